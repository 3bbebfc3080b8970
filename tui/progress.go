package tui

import (
	"fmt"
	"strings"
	"sync"

	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// Progress is how far loading a dataset has got, as the loader reports
// it: files read of all the dataset's files (articles and record files),
// and of them the articles, which are read first.
type Progress struct {
	Files, TotalFiles       int
	Articles, TotalArticles int
}

// LoadFunc loads a dataset and calls report as it goes: from any
// goroutine, as often as it likes (report never blocks; the screen shows
// the latest). A loader with nothing to count (a snapshot) never calls it,
// and nothing is drawn until the dataset is there.
type LoadFunc func(report func(Progress)) (*data.Set, error)

// FileProgress adapts a loader that counts files (data.LoadProgress and
// LoadDirProgress report done of total, articles first) to report. articles
// is how many of the files are articles (the *.txt files), or 0 when not
// known: then only files are counted.
func FileProgress(report func(Progress), articles int) func(done, total int) {
	return func(done, total int) {
		report(Progress{Files: done, TotalFiles: total, Articles: min(done, articles), TotalArticles: articles})
	}
}

// progressMsg is the loader's latest report, on its way to the screen.
type progressMsg Progress

// progressFeed carries a loader's reports to the UI. It keeps only the
// latest, so that a loader reporting every file never waits for a frame,
// and the UI reads at its own pace.
type progressFeed struct {
	mu   sync.Mutex
	last Progress
	wake chan struct{} // one pending signal at most
}

func newProgressFeed() *progressFeed { return &progressFeed{wake: make(chan struct{}, 1)} }

// report records p as the latest progress; it never blocks.
func (f *progressFeed) report(p Progress) {
	f.mu.Lock()
	f.last = p
	f.mu.Unlock()
	select {
	case f.wake <- struct{}{}:
	default: // a signal is already pending; it will read this report
	}
}

// wait is a command that returns the next report (a progressMsg) or, once
// loading is over, what done delivers. Whoever receives a progressMsg
// runs wait again; the loadedMsg ends the loop.
func (f *progressFeed) wait(done <-chan loadedMsg) tea.Cmd {
	return func() tea.Msg {
		select {
		case msg := <-done:
			return msg
		case <-f.wake:
			f.mu.Lock()
			p := f.last
			f.mu.Unlock()
			return progressMsg(p)
		}
	}
}

// progressView is the screen while a dataset loads: a bar of the files
// read, the articles and files counted, and how to quit.
type progressView struct {
	last Progress
	seen bool // a report has come; before one the screen stays blank
}

func (p progressView) update(msg progressMsg) progressView {
	p.last, p.seen = Progress(msg), true
	return p
}

// view draws the loading screen in w×h cells, centred.
func (p progressView) view(st styles, w, h int) string {
	if !p.seen || w <= 0 || h <= 0 {
		return ""
	}
	pr := p.last
	stage := "Loading the dataset"
	switch {
	case pr.TotalFiles > 0 && pr.Files >= pr.TotalFiles:
		stage = "Verifying the dataset"
	case pr.TotalArticles == 0:
		stage = "Reading files"
	case pr.Articles < pr.TotalArticles:
		stage = "Reading articles"
	case pr.TotalFiles > 0:
		stage = "Reading records"
	}
	frac := 0.0
	if pr.TotalFiles > 0 {
		frac = min(1, float64(pr.Files)/float64(pr.TotalFiles))
	}
	barW := max(0, min(60, w-4))
	full, empty := '█', '░'
	if st.ascii {
		full, empty = '#', '.'
	}
	bar := progress.New(progress.WithWidth(barW), progress.WithFillCharacters(full, empty),
		progress.WithColors(st.barFill.GetForeground()))
	bar.EmptyColor = st.muted.GetForeground()
	counts := fmt.Sprintf("%d of %d files", pr.Files, pr.TotalFiles)
	if pr.TotalArticles > 0 {
		counts = fmt.Sprintf("%d of %d articles %s %s", pr.Articles, pr.TotalArticles, st.sep, counts)
	}
	lines := []string{
		st.title.Render(stage + st.ellipsis),
		"",
		bar.ViewAs(frac),
		"",
		st.muted.Render(counts),
		st.muted.Render("q quits"),
	}
	if barW < 10 {
		lines = []string{st.title.Render(stage), st.muted.Render(fmt.Sprintf("%d/%d files", pr.Files, pr.TotalFiles))}
	}
	// Centred: each line padded on the left to the middle, the block in the
	// middle of the height.
	top := max(0, (h-len(lines))/2)
	out := make([]string, 0, h)
	for range top {
		out = append(out, "")
	}
	for _, l := range lines {
		l = st.toASCII(l)
		left := max(0, (w-st.width(l))/2)
		out = append(out, strings.Repeat(" ", left)+l)
	}
	return st.fit(strings.Join(out, "\n"), w, h)
}
