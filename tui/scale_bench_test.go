package tui

import (
	"os"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/internal/memlimit"
)

// The scale benchmarks run on a generated corpus (go run ./internal/synth
// -figures 100000 -out DIR; scripts/scale.sh does it all) named by
// ICTDASH_SCALE_DIR, and skip without one so that `go test ./...` stays
// fast. Each reports, besides the mean, the slowest frame (max-ms): the
// budget is per frame, and a mean would hide one slow keystroke.

var scaleSet = sync.OnceValues(func() (*data.Set, error) {
	return data.Load(os.DirFS(os.Getenv("ICTDASH_SCALE_DIR")))
})

func scaleModel(b *testing.B) Model {
	if os.Getenv("ICTDASH_SCALE_DIR") == "" {
		b.Skip("set ICTDASH_SCALE_DIR to a corpus from `go run ./internal/synth -figures 100000 -out DIR` (scripts/scale.sh does)")
	}
	memlimit.ForDataset(os.Getenv("ICTDASH_SCALE_DIR")) // as ictdash sets it
	set, err := scaleSet()
	if err != nil {
		b.Fatal(err)
	}
	return send(New(set, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
}

// frame applies one key and draws the screen, as the runtime does.
func frame(m Model, k tea.Msg) Model {
	next, _ := m.Update(k)
	m = next.(Model)
	_ = m.View()
	return m
}

// BenchmarkScaleFilterKeystroke types filters on the Investments tab one
// character at a time, from an empty filter: each op is one keystroke
// (Update and View at 120×40), the first character of each query included.
func BenchmarkScaleFilterKeystroke(b *testing.B) {
	m := scaleModel(b)
	m = frame(m, press("2")[0])
	queries := []string{"da nang", "samsung", "semiconductor", "expected", "ha noi 2024", "us$45", "nguyen"}
	var worst time.Duration
	rows := len(listNamed(b, m, "Investments").entries)
	q, at := 0, 0
	m = frame(m, press("/")[0])
	b.ResetTimer()
	for b.Loop() {
		query := queries[q%len(queries)]
		start := time.Now()
		m = frame(m, press(string([]rune(query)[at]))[0])
		worst = max(worst, time.Since(start))
		if at++; at == len([]rune(query)) {
			b.StopTimer()
			m = frame(m, press("esc")[0]) // clear, and start the next query
			m = frame(m, press("/")[0])
			q, at = q+1, 0
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "max-ms")
	b.ReportMetric(float64(rows), "rows")
}

// BenchmarkScaleScroll moves down one row at a time through a table of
// every figure in the corpus (the Investments tab given all item kinds):
// each op is one key, Update and View at 120×40. Training, which would
// list none of them in such a dataset, is emptied, so that the dashboard
// holds what it would hold.
func BenchmarkScaleScroll(b *testing.B) {
	m := scaleModel(b)
	m.tabs[tabNamed(b, m, "Investments")] = newListTab("Investments", "investments", m.set, m.keys, data.ItemKinds, investmentCharts)
	m.tabs[tabNamed(b, m, "Training")] = newListTab("Training", "training", m.set, m.keys, nil, trainingCharts)
	runtime.GC()
	m = frame(m, press("2")[0])
	down, top := press("j")[0], press("g")[0]
	rows := len(listNamed(b, m, "Investments").view)
	var worst time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i > 0 && i%5000 == 0 {
			b.StopTimer()
			m = frame(m, top)
			b.StartTimer()
		}
		start := time.Now()
		m = frame(m, down)
		worst = max(worst, time.Since(start))
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "max-ms")
	b.ReportMetric(float64(rows), "rows")
}

// BenchmarkScaleModel builds the dashboard over the loaded corpus and draws
// its first frame: what the dashboard adds to loading at start-up.
func BenchmarkScaleModel(b *testing.B) {
	m := scaleModel(b)
	set := m.set
	b.ResetTimer()
	for b.Loop() {
		m := send(New(set, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// TestScaleModelMemory loads the corpus, builds the dashboard and draws its
// first frame, as `ictdash --data DIR` does before anyone presses a key,
// and logs the process's peak resident memory. scripts/scale.sh runs it
// alone under /usr/bin/time -v, which measures the same peak from outside.
func TestScaleModelMemory(t *testing.T) {
	dir := os.Getenv("ICTDASH_SCALE_DIR")
	if dir == "" {
		t.Skip("set ICTDASH_SCALE_DIR to a corpus from `go run ./internal/synth -figures 100000 -out DIR` (scripts/scale.sh does)")
	}
	memlimit.ForDataset(dir) // as ictdash sets it
	set, err := data.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	m := send(New(set, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.View().Content == "" {
		t.Fatal("no first frame")
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		t.Logf("peak RSS %d MB (%d figures, %d investment rows)", ru.Maxrss>>10, len(set.Figures), len(listNamed(t, m, "Investments").entries))
	}
}

// BenchmarkScaleReloadTabs is the dashboard's part of a reload: the new
// Set's tabs (the active one built, the rest lazy), the swap that keeps
// each list's place, and the next frame. With Dir.Reload
// (BenchmarkScaleReload in data) it is the time from a saved file to the
// new data on screen.
func BenchmarkScaleReloadTabs(b *testing.B) {
	m := scaleModel(b)
	m = frame(m, press("2")[0])
	for b.Loop() {
		tabs := newLazyTabs(m.set, m.keys, m.active)
		m = m.swap(m.set, tabs)
		_ = m.View()
	}
}
