package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// TestProgressFeed: a loader reporting far faster than anyone reads never
// blocks; a reader gets the latest report, then the loaded dataset once
// loading is done.
func TestProgressFeed(t *testing.T) {
	feed := newProgressFeed()
	done := make(chan loadedMsg, 1)
	finished := make(chan struct{})
	go func() {
		for i := 1; i <= 100000; i++ {
			feed.report(Progress{Files: i, TotalFiles: 100000, Articles: min(i, 500), TotalArticles: 500})
		}
		close(finished)
	}()
	select {
	case <-finished:
	case <-time.After(5 * time.Second):
		t.Fatal("the loader blocked on its reports")
	}
	msg, ok := feed.wait(done)().(progressMsg)
	if !ok || msg.Files != 100000 || msg.Articles != 500 {
		t.Fatalf("wait gave %#v, want the last report", msg)
	}
	done <- loadedMsg{set: seeds(t)}
	if got, ok := feed.wait(done)().(loadedMsg); !ok || got.set == nil {
		t.Fatalf("after loading, wait gave %#v", got)
	}
}

// TestProgressView: nothing is drawn before the first report (a snapshot
// loads too fast for a bar to mean anything); then the bar, the articles
// and files counted and how to quit, centred, at every size, and pure
// ASCII under --ascii.
func TestProgressView(t *testing.T) {
	var pv progressView
	st := newStyles(true, false, true)
	if s := pv.view(st, 80, 24); s != "" {
		t.Fatalf("before any report: %q", s)
	}
	pv = pv.update(progressMsg{Files: 300, TotalFiles: 1160, Articles: 300, TotalArticles: 580})
	s := ansi.Strip(pv.view(st, 80, 24))
	for _, want := range []string{"Reading articles", "300 of 580 articles", "300 of 1160 files", "q quits", "26%", "█", "░"} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %q:\n%s", want, s)
		}
	}
	golden(t, "progress-80x24", s)
	pv = pv.update(progressMsg{Files: 1160, TotalFiles: 1160, Articles: 580, TotalArticles: 580})
	if s := ansi.Strip(pv.view(st, 80, 24)); !strings.Contains(s, "Verifying") || !strings.Contains(s, "100%") {
		t.Errorf("all files read:\n%s", s)
	}
	pv = pv.update(progressMsg{Files: 700, TotalFiles: 1160, Articles: 580, TotalArticles: 580})
	if s := ansi.Strip(pv.view(st, 80, 24)); !strings.Contains(s, "Reading records") {
		t.Errorf("articles read, records not:\n%s", s)
	}
	// A loader counting files only (data.LoadDirProgress without the
	// number of articles), through FileProgress.
	FileProgress(func(p Progress) { pv = pv.update(progressMsg(p)) }, 0)(40, 1160)
	if s := ansi.Strip(pv.view(st, 80, 24)); !strings.Contains(s, "Reading files") || !strings.Contains(s, "40 of 1160 files") || strings.Contains(s, "articles") {
		t.Errorf("files only:\n%s", s)
	}
	FileProgress(func(p Progress) { pv = pv.update(progressMsg(p)) }, 580)(600, 1160)
	if s := ansi.Strip(pv.view(st, 80, 24)); !strings.Contains(s, "580 of 580 articles") || !strings.Contains(s, "600 of 1160 files") {
		t.Errorf("600 files read, the first 580 of them articles:\n%s", s)
	}
	for _, ascii := range []bool{false, true} {
		st := newStyles(true, ascii, !ascii)
		for w := 1; w <= 300; w += 7 {
			for _, h := range []int{1, 2, 3, 6, 12, 24, 60, 100} {
				checkBlock(t, st, pv.view(st, w, h), w, h, fmt.Sprintf("progress %dx%d ascii=%v", w, h, ascii))
			}
		}
	}
}
