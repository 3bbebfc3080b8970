package data

import (
	"os"
	"testing"

	"ictdash/internal/memlimit"
)

// scaleDir returns the corpus the scale benchmarks run on, or skips: they
// need a generated dataset (go run ./internal/synth -figures 100000 -out
// DIR, or scripts/scale.sh) and would only slow `go test ./...` down.
func scaleDir(b *testing.B) string {
	dir := os.Getenv("ICTDASH_SCALE_DIR")
	if dir == "" {
		b.Skip("set ICTDASH_SCALE_DIR to a corpus from `go run ./internal/synth -figures 100000 -out DIR` (scripts/scale.sh does)")
	}
	memlimit.ForDataset(dir) // as ictdash sets it
	return dir
}

// BenchmarkScaleLoad is the load-and-verify budget: data.Load of the whole
// corpus, as `ictdash check` and the dashboard's --data do it.
func BenchmarkScaleLoad(b *testing.B) {
	fsys := os.DirFS(scaleDir(b))
	var figures int
	for b.Loop() {
		set, err := Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		if n := set.Uncovered(); n != 0 {
			b.Fatalf("%d uncovered numbers: not a valid corpus", n)
		}
		figures = len(set.Figures)
	}
	b.ReportMetric(float64(figures), "figures")
}
