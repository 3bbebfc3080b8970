package brief

import (
	"io"
	"os"
	"testing"

	"ictdash/data"
	"ictdash/internal/memlimit"
)

// BenchmarkScaleBrief is `ictdash brief` on a generated corpus (go run
// ./internal/synth -figures 100000 -out DIR; scripts/scale.sh does it):
// Build and WriteText of the briefing on everything. It skips without
// ICTDASH_SCALE_DIR so that `go test ./...` stays fast.
func BenchmarkScaleBrief(b *testing.B) {
	dir := os.Getenv("ICTDASH_SCALE_DIR")
	if dir == "" {
		b.Skip("set ICTDASH_SCALE_DIR to a corpus from `go run ./internal/synth -figures 100000 -out DIR` (scripts/scale.sh does)")
	}
	memlimit.ForDataset(dir) // as ictdash sets it
	set, err := data.Load(os.DirFS(dir))
	if err != nil {
		b.Fatal(err)
	}
	var size int
	for b.Loop() {
		br, err := Build(set, Options{})
		if err != nil {
			b.Fatal(err)
		}
		w := &countWriter{}
		if err := br.WriteText(w, 80); err != nil {
			b.Fatal(err)
		}
		size = w.n
	}
	b.ReportMetric(float64(size), "bytes")
}

type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
