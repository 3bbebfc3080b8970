package memlimit

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFor(t *testing.T) {
	if got := For(0); got != Floor {
		t.Errorf("For(0) = %d, want the floor %d", got, Floor)
	}
	if got := For(400 << 20); got != 1000<<20 {
		t.Errorf("For(400 MiB) = %d MiB, want 1000", got>>20)
	}
}

func TestSize(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"a.txt": 10, "a.yaml": 20, "b.yml": 5, "notes.md": 100} {
		if err := os.WriteFile(filepath.Join(dir, name), make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := Size(dir); got != 35 {
		t.Errorf("Size = %d, want 35 (the .txt, .yaml and .yml files)", got)
	}
	if got := Size(filepath.Join(dir, "missing")); got != 0 {
		t.Errorf("Size of a missing directory = %d", got)
	}
}
