package tui

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ictdash/internal/drafttest"
	"ictdash/review"
)

func reviewSession(t *testing.T) (*review.Session, string) {
	t.Helper()
	dir := drafttest.Dataset(t, "../seeds", "danang-korean-projects", "danang-korean-investment-value")
	s, err := review.Start(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func reviewSend(m ReviewModel, msgs ...tea.Msg) ReviewModel {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(ReviewModel)
	}
	return m
}

func reviewScreen(m ReviewModel) string { return ansi.Strip(m.View().Content) }

// TestReviewByKeys walks both drafts by keys only: edit the first's label,
// then accept it; mark the second not a figure; undo that; accept it.
func TestReviewByKeys(t *testing.T) {
	s, dir := reviewSession(t)
	m := reviewSend(NewReview(s, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	scr := reviewScreen(m)
	for _, want := range []string{"0 of 2 reviewed", "FIGURE danang-korean-projects", "confidence 0.50", "with 279 projects worth US$382 million"} {
		if !strings.Contains(scr, want) {
			t.Errorf("screen lacks %q:\n%s", want, scr)
		}
	}
	m = reviewSend(m, press("e", "1")...)
	m = reviewSend(m, press("ctrl+u")...)
	m.input.SetValue("")
	m = reviewSend(m, press("Korean investment projects in Đà Nẵng, cumulative", "enter")...)
	if m.bad {
		t.Fatalf("edit refused: %s", m.notice)
	}
	if got := s.Set.Figure("danang-korean-projects").Label; got != "Korean investment projects in Đà Nẵng, cumulative" {
		t.Errorf("label %q", got)
	}
	m = reviewSend(m, press("a")...)
	if !strings.Contains(reviewScreen(m), "1 of 2 reviewed") {
		t.Errorf("after a:\n%s", reviewScreen(m))
	}
	m = reviewSend(m, press("x", "4")...)
	if s.Set.Figure("danang-korean-investment-value") != nil {
		t.Error("x 4 did not turn the figure into a skipped number")
	}
	if !strings.Contains(reviewScreen(m), "All 2 drafts reviewed") {
		t.Errorf("no summary:\n%s", reviewScreen(m))
	}
	m = reviewSend(m, press("u")...)
	if s.Set.Figure("danang-korean-investment-value") == nil || !strings.Contains(reviewScreen(m), "undid") {
		t.Errorf("u did not undo:\n%s", reviewScreen(m))
	}
	m = reviewSend(m, press("a")...)
	b, _ := os.ReadFile(filepath.Join(dir, drafttest.SeedFile))
	if strings.Contains(string(b), "review:") {
		t.Error("a review line is left")
	}
	if !strings.Contains(reviewScreen(m), "1 accepted · 1 edited") && !strings.Contains(reviewScreen(m), "2 accepted · 1 edited") {
		t.Errorf("summary:\n%s", reviewScreen(m))
	}
}

// TestReviewRefusesWhatWouldNotLoad: a value as written that is not in
// the quote is flagged as it is typed and not saved on enter.
func TestReviewRefusesWhatWouldNotLoad(t *testing.T) {
	s, dir := reviewSession(t)
	before, _ := os.ReadFile(filepath.Join(dir, drafttest.SeedFile))
	m := reviewSend(NewReview(s, Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = reviewSend(m, press("e", "2")...)
	m.input.SetValue("")
	m = reviewSend(m, press("280 projects")...)
	if scr := reviewScreen(m); !strings.Contains(scr, "must be in the quote") {
		t.Errorf("no live verdict:\n%s", scr)
	}
	m = reviewSend(m, press("enter")...)
	after, _ := os.ReadFile(filepath.Join(dir, drafttest.SeedFile))
	if string(after) != string(before) || !m.bad {
		t.Error("a value not in the quote was written")
	}
}

// TestReviewAnySize: every size and a storm of keys, nothing panics and
// every line fits.
func TestReviewAnySize(t *testing.T) {
	s, _ := reviewSession(t)
	m := NewReview(s, Options{})
	rng := rand.New(rand.NewPCG(3, 4))
	keys := []string{"]", "[", "l", "j", "k", "e", "1", "esc", "x", "m", "n", "p", "?", "down", "up", "tab", "enter", "u", "U", "9", "backspace"}
	for i := 0; i < 800; i++ {
		if i%40 == 0 {
			w, h := 1+rng.IntN(220), 1+rng.IntN(70)
			m = reviewSend(m, tea.WindowSizeMsg{Width: w, Height: h})
		}
		k := keys[rng.IntN(len(keys))]
		if k == "enter" && m.mode != merging {
			continue // keep the storm from writing: decisions are tested above
		}
		switch rng.IntN(10) {
		case 0: // a paste, of any size and content, into whatever is open
			m = reviewSend(m, tea.PasteMsg{Content: strings.Repeat("Đà Nẵng\x1b[2J\n", 1+rng.IntN(500))})
		case 1: // the mouse: the wheel scrolls the article, clicks do nothing
			m = reviewSend(m, tea.MouseClickMsg{X: rng.IntN(300) - 5, Y: rng.IntN(100) - 5, Button: tea.MouseLeft},
				tea.MouseWheelMsg{Button: tea.MouseWheelDown})
		}
		m = reviewSend(m, press(k)...)
		for n, l := range strings.Split(reviewScreen(m), "\n") {
			if ansi.StringWidth(l) > m.w {
				t.Fatalf("line %d is %d wide at %dx%d after %q", n, ansi.StringWidth(l), m.w, m.h, k)
			}
		}
	}
}

// TestReviewWheelScrollsArticle: the wheel moves the article as j and k do.
func TestReviewWheelScrollsArticle(t *testing.T) {
	s, _ := reviewSession(t)
	m := reviewSend(NewReview(s, Options{}), tea.WindowSizeMsg{Width: 120, Height: 20})
	before := reviewScreen(m)
	down := reviewSend(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown}, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if reviewScreen(down) == before {
		t.Fatalf("the wheel did not scroll the article:\n%s", before)
	}
	if reviewScreen(reviewSend(m, press("j", "j")...)) != reviewScreen(down) {
		t.Errorf("two wheel steps down differ from j j")
	}
	back := reviewSend(down, tea.MouseWheelMsg{Button: tea.MouseWheelUp}, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if reviewScreen(back) != before {
		t.Errorf("the wheel up did not scroll back")
	}
	if NewReview(s, Options{NoMouse: true}).View().MouseMode != tea.MouseModeNone {
		t.Errorf("--no-mouse still asks for mouse events")
	}
}
