package data

import (
	"os"
	"testing"
)

// BenchmarkLoadSeeds measures loading and verifying the seed dataset, which
// is most of the dashboard's start-up.
func BenchmarkLoadSeeds(b *testing.B) {
	fsys := os.DirFS(seedsDir)
	for i := 0; i < b.N; i++ {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
