package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
	"ictdash/format"
)

// overviewKeys sends key presses to the overview, as the root does.
func overviewKeys(t overviewTab, e env, names ...string) overviewTab {
	for _, msg := range press(names...) {
		t, _, _ = t.update(msg.(tea.KeyPressMsg), e)
	}
	return t
}

// cardsShown counts the cards on a screen: their top borders.
func cardsShown(s string) int {
	return strings.Count(s, "╭") + strings.Count(s, "┏") + strings.Count(s, "+-") + strings.Count(s, "#=")
}

// TestGoldenOverview pins the overview's body at the three standard sizes
// with the selection moved, and checks that the screen is used: at least
// four cards at 80×24, more cards the more room, and no long run of blank
// lines at 200×60.
func TestGoldenOverview(t *testing.T) {
	e := viewEnv(t, Options{})
	prev := 0
	for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}, {200, 60}} {
		ov := overviewKeys(newOverviewTab(e.set), e, "j", "j")
		s := ov.view(e, sz.w, sz.h-2)
		name := fmt.Sprintf("overview-body-%dx%d", sz.w, sz.h)
		checkBlock(t, e.st, s, sz.w, sz.h-2, name)
		golden(t, name, ansi.Strip(s))
		n := cardsShown(s)
		if n < minCards || n <= prev {
			t.Errorf("%s: %d cards (the size before showed %d)", name, n, prev)
		}
		prev = n
		blank := 0
		for _, l := range strings.Split(ansi.Strip(s), "\n") {
			if strings.TrimSpace(l) == "" {
				blank++
			} else {
				blank = 0
			}
			if blank > 8 {
				t.Errorf("%s: more than 8 blank lines in a row:\n%s", name, ansi.Strip(s))
				break
			}
		}
	}
}

// TestOverviewCards: j/k move the selection (its card has the heavy
// border), the grid scrolls to keep it on screen, enter opens its source
// at the quote, a click selects the card under it, a conflict is marked
// and one article quoted twice is named once.
func TestOverviewCards(t *testing.T) {
	e := viewEnv(t, Options{})
	ov := newOverviewTab(e.set)
	const w, h = 80, 22
	if !strings.Contains(strings.Split(ov.view(e, w, h), "\n")[0], "┏") {
		t.Fatal("the first card is not drawn selected")
	}
	ov = overviewKeys(ov, e, "j", "j", "j")
	if ov.cursor != 3 {
		t.Fatalf("j j j: cursor %d", ov.cursor)
	}
	ov = overviewKeys(ov, e, "k")
	if ov.cursor != 2 {
		t.Fatalf("k: cursor %d", ov.cursor)
	}
	ov = overviewKeys(ov, e, "G")
	s := ansi.Strip(ov.view(e, w, h))
	if ov.cursor != len(ov.cards)-1 || !strings.Contains(s, "┏") {
		t.Fatalf("G: cursor %d of %d, selected card on screen: %v", ov.cursor, len(ov.cards), strings.Contains(s, "┏"))
	}
	ov = overviewKeys(ov, e, "g")
	_, cmd, used := ov.update(press("enter")[0].(tea.KeyPressMsg), e)
	if !used || cmd == nil {
		t.Fatal("enter on a card did nothing")
	}
	src := ov.cards[0].Sources[0]
	if open, ok := cmd().(openSourceMsg); !ok || open.article != src.Article || open.offset != src.Offset || open.length != len(src.Quote) {
		t.Errorf("enter: %#v, want the card's first quote %+v", cmd(), src)
	}
	ov, used = ov.click(e, 41, 7, w, h) // second column, second row
	if !used || ov.cursor != 3 {
		t.Errorf("click on the fourth card: used %v, cursor %d", used, ov.cursor)
	}
	if _, used := ov.click(e, 39, 7, w, h); used {
		t.Error("a click between two cards selected one")
	}
	// Two quotes of one article that disagree (made from a seed figure, so
	// that the seeds may settle their own disagreements).
	base := e.set.Figure("danang-ict-revenue")
	if base == nil || len(base.Sources) == 0 {
		t.Fatal("the seeds lost danang-ict-revenue")
	}
	twoQuotes := *base
	twoQuotes.Sources = []data.Source{base.Sources[0], base.Sources[0]}
	twoQuotes.Conflict = "the two quotes word it differently"
	if c := ansi.Strip(card(e, &twoQuotes, 60, false)); !strings.Contains(c, "! ") ||
		!strings.Contains(c, "Vietnam News, 2 quotes differ") || strings.Contains(c, "+1") {
		t.Errorf("card for two quotes of one article that differ:\n%s", c)
	}
	for _, f := range ov.cards {
		if f.ID == "forum-vn-firms" {
			if c := ansi.Strip(card(e, f, 60, false)); !strings.Contains(c, "+1, sources differ") {
				t.Errorf("card for %s:\n%s", f.ID, c)
			}
		}
	}
}

// TestOverviewAnySize draws the overview, selection moved, at widths and
// heights from 1 to 300×100 in Unicode and --ascii: nothing panics, no
// line is wider than the screen, and --ascii is pure ASCII.
func TestOverviewAnySize(t *testing.T) {
	heights := []int{1, 2, 5, 6, 7, 11, 12, 13, 22, 38, 58, 100}
	for _, opt := range []Options{{}, {ASCII: true, NoColor: true}} {
		e := viewEnv(t, opt)
		ov := overviewKeys(newOverviewTab(e.set), e, "j", "j", "j", "j", "j")
		for w := 1; w <= 300; w++ {
			if w > 50 && w%11 != 0 && w != 80 && w != 120 && w != 200 && w != 300 {
				continue
			}
			for _, h := range heights {
				checkBlock(t, e.st, ov.view(e, w, h), w, h, fmt.Sprintf("%dx%d ascii=%v", w, h, opt.ASCII))
				_, _ = ov.click(e, w/2, h/2, w, h)
			}
		}
	}
}

// BenchmarkOverviewKeypress is j/k on the overview at 200×60, the most
// cards: Update and View as the root runs them.
func BenchmarkOverviewKeypress(b *testing.B) {
	m := sized(b, 200, 60, Options{})
	m = send(m, press("1")...)
	down, up := press("j")[0], press("k")[0]
	for i := 0; b.Loop(); i++ {
		k := down
		if i%20 >= 10 {
			k = up
		}
		next, _ := m.Update(k)
		m = next.(Model)
		_ = m.View()
	}
}

// TestOverviewRanksAsBriefing: the cards are the reported figures in the
// project's one ranking (data.Ranker), as the briefing's key figures are.
func TestOverviewRanksAsBriefing(t *testing.T) {
	e := viewEnv(t, Options{})
	var pool []*data.Figure
	for _, f := range e.set.Figures {
		if !f.Derived && len(f.Sources) > 0 {
			pool = append(pool, f)
		}
	}
	want := e.set.Ranker().Top(pool, maxCards)
	got := newOverviewTab(e.set).cards
	if len(got) != len(want) {
		t.Fatalf("%d cards, ranking gives %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("card %d is %s, the ranking's is %s", i, got[i].ID, want[i].ID)
		}
	}
}

// TestOverviewCaveat: a card whose figure's note qualifies its reliability
// is marked (⚠, ! in --ascii), with the caveat when the card has room.
func TestOverviewCaveat(t *testing.T) {
	for _, opt := range []Options{{}, {ASCII: true, NoColor: true}} {
		e := viewEnv(t, opt)
		mark := "⚠ "
		if opt.ASCII {
			mark = "! "
		}
		f := e.set.Figure("korean-ict-projects-vietnam")
		caveat := format.Caveat(e.set, f)
		if f == nil || caveat == "" {
			t.Fatal("the seeds' korean-ict-projects-vietnam lost its caveat")
		}
		narrow := ansi.Strip(card(e, f, minCardWidth, false))
		if first := strings.Split(narrow, "\n")[1]; !strings.Contains(first, mark) {
			t.Errorf("ascii=%v: no %q on the value line:\n%s", opt.ASCII, mark, narrow)
		}
		wide := ansi.Strip(card(e, f, 160, false))
		if !strings.Contains(wide, mark+caveat) {
			t.Errorf("ascii=%v: wide card without its caveat %q:\n%s", opt.ASCII, caveat, wide)
		}
		plain := e.set.Figure("korean-ict-investment-vietnam-value")
		if c := ansi.Strip(card(e, plain, 160, false)); strings.Contains(c, mark) {
			t.Errorf("ascii=%v: card without a caveat is marked:\n%s", opt.ASCII, c)
		}
	}
}
