package main

import (
	"testing"

	"ictdash/internal/hostile"
)

// TestHostileDatasetOutputs runs every command that writes dataset text
// over the hostile dataset and checks no output carries a control or
// escape character from it.
func TestHostileDatasetOutputs(t *testing.T) {
	dir := t.TempDir()
	if err := hostile.Write(dir); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"check"}, {"export", "--format", "json"}, {"export", "--format", "csv"},
		{"brief"}, {"brief", "--format", "markdown"}, {"brief", "--format", "json"},
	} {
		code, out, stderr := runCmd(append(args, "--data", dir)...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		for _, s := range []string{out, stderr} {
			if r, bad := hostile.Unsafe(s); bad && r != '\r' {
				t.Errorf("%v emits %U", args, r)
			}
		}
	}
}
