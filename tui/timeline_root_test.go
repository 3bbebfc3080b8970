package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestTimelineInDashboard drives the Timeline tab through the root, as a
// user does: its number key shows it, j moves, + zooms, the mouse selects
// and zooms, enter opens the selected entry's source at its quote and esc
// comes back.
func TestTimelineInDashboard(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	i := tabNamed(t, m, "Timeline")
	m = send(m, press(fmt.Sprint(i+1), "j", "j", "+")...)
	p := m.tabs[i].(*timelinePage)
	if m.active != i || p.t.cursor != 2 || p.t.zoom != 1 {
		t.Fatalf("tab %d, cursor %d, zoom %d", m.active, p.t.cursor, p.t.zoom)
	}
	checkFits(t, m, 120, 40, "timeline") // drawn: the mouse finds rows where the frame put them
	l := p.t.layout(120, 38)
	m = send(m, tea.MouseClickMsg{X: l.trackX + 2, Y: 1 + l.rowsY + 5, Button: tea.MouseLeft})
	row := p.t.top(l.rows) + 5
	if p.t.cursor != row {
		t.Errorf("a click on row 5: cursor %d, want %d", p.t.cursor, row)
	}
	m = send(m, tea.MouseWheelMsg{X: l.trackX + l.trackW/2, Y: 1 + l.rowsY + 1, Button: tea.MouseWheelUp})
	if p.t.zoom != 2 {
		t.Errorf("the wheel up over the marks: zoom %d, want 2", p.t.zoom)
	}
	en := p.t.entries[p.t.cursor]
	m = send(m, press("enter")...)
	if m.active == i || m.tabs[m.active].title() != "Sources" {
		t.Fatalf("enter on %q showed %s", en.label, m.tabs[m.active].title())
	}
	quote := entrySources(&en.entry)[0].Quote
	if s := strings.Join(strings.Fields(screen(m)), " "); !strings.Contains(s, strings.Join(strings.Fields(quote[:min(30, len(quote))]), " ")) {
		t.Errorf("the source does not show the quote %q:\n%s", quote, screen(m))
	}
	m = send(m, press("esc")...)
	if m.active != i {
		t.Errorf("esc went to %s, not back to the timeline", m.tabs[m.active].title())
	}
}

// TestOverviewInDashboard: on the overview, j moves the selected card and
// enter opens its figure's source at the quote; a click on a card
// selects it.
func TestOverviewInDashboard(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	m = send(m, press("1", "j")...)
	p := m.tabs[0].(*overviewPage)
	if p.t.cursor != 1 {
		t.Fatalf("j: card %d selected", p.t.cursor)
	}
	_ = screen(m) // the mouse finds the cards where the last frame drew them
	m = send(m, tea.MouseClickMsg{X: 2, Y: 1 + cardHeight + 2, Button: tea.MouseLeft})
	if p.t.cursor != 2 {
		t.Errorf("a click on the third card: card %d selected", p.t.cursor)
	}
	f := p.t.cards[p.t.cursor]
	m = send(m, press("enter")...)
	if m.tabs[m.active].title() != "Sources" {
		t.Fatalf("enter on a card showed %s", m.tabs[m.active].title())
	}
	quote := f.Sources[0].Quote
	if s := strings.Join(strings.Fields(screen(m)), " "); !strings.Contains(s, strings.Join(strings.Fields(quote[:25]), " ")) {
		t.Errorf("the source does not show the quote %q:\n%s", quote, screen(m))
	}
}

// copyOn presses y on tab i after keys and returns what reached the
// system clipboard, and the notice.
func copyOn(t *testing.T, i int, keys ...string) (Model, string) {
	t.Helper()
	var got string
	systemClipboard = func(s string) error { got = s; return nil }
	t.Cleanup(func() { systemClipboard = func(string) error { return nil } })
	m := sized(t, 120, 40, Options{})
	m = send(m, press(append([]string{fmt.Sprint(i + 1)}, keys...)...)...)
	next, cmd := m.Update(press("y")[0])
	m = next.(Model)
	runBatch(cmd)
	return m, got
}

// TestCopyOnPages: y on the overview copies the selected card's figure
// with its citation, and on the timeline the selected entry.
func TestCopyOnPages(t *testing.T) {
	m, got := copyOn(t, 0, "j")
	f := m.tabs[0].(*overviewPage).t.cards[1]
	if !strings.HasPrefix(got, sanitize(f.Label)+": ") || !strings.Contains(got, citation(m.set, f.Sources[0].Article)) {
		t.Errorf("y on card %s copied:\n%s", f.ID, got)
	}
	if !strings.Contains(m.flash, "OSC 52") {
		t.Errorf("y on the overview: %q", m.flash)
	}
	i := tabNamed(t, m, "Timeline")
	m, got = copyOn(t, i, "j", "j")
	en := m.tabs[i].(*timelinePage).t.entries[2]
	want, _ := entryCitation(m.set, &en.entry)
	if want == "" || got != want {
		t.Errorf("y on the timeline's entry %q copied %q, want %q", en.label, got, want)
	}
}

// TestTimelinePaneInDashboard: through the root, tab focuses the
// timeline's pane, j picks the second quote; y copies that quote, o opens
// its article, enter opens the source there.
func TestTimelinePaneInDashboard(t *testing.T) {
	var got string
	systemClipboard = func(s string) error { got = s; return nil }
	t.Cleanup(func() { systemClipboard = func(string) error { return nil } })
	var opened string
	withOpener(t, func(u string) error { opened = u; return nil })
	m, i, p, two := timelineAtTwoSources(t)
	m = send(m, press("tab")...)
	if m.active != i || !p.t.detail.focused {
		t.Fatalf("tab: active %d, pane focused %v", m.active, p.t.detail.focused)
	}
	if s := screen(m); !strings.Contains(s, "open quote") {
		t.Errorf("the footer of the focused pane does not say enter opens the quote:\n%s", s)
	}
	srcs := entrySources(&p.t.entries[two].entry)
	for range 40 {
		if tg, ok := p.t.picked(); ok && tg.src == &srcs[1] {
			break
		}
		m = send(m, press("j")...)
	}
	next, cmd := m.Update(press("y")[0])
	m = next.(Model)
	runBatch(cmd)
	if !strings.Contains(got, sanitize(srcs[1].Quote)) || strings.Contains(got, sanitize(srcs[0].Quote)) {
		t.Errorf("y on the second quote copied:\n%s", got)
	}
	a := m.set.Article(srcs[1].Article)
	a.URL = "https://example.org/second"
	next, cmd = m.Update(press("o")[0])
	m = next.(Model)
	if cmd != nil {
		cmd()
	}
	if opened != a.URL {
		t.Errorf("o on the second quote opened %q, want %q", opened, a.URL)
	}
	m = send(m, press("enter")...)
	if m.tabs[m.active].title() != "Sources" {
		t.Fatalf("enter on the second quote showed %s", m.tabs[m.active].title())
	}
	quote := srcs[1].Quote
	if s := strings.Join(strings.Fields(screen(m)), " "); !strings.Contains(s, strings.Join(strings.Fields(quote[:min(30, len(quote))]), " ")) {
		t.Errorf("the source does not show the second quote %q:\n%s", quote, screen(m))
	}
}

// TestTimelinePaneMouse: a click on the second quote in the timeline's
// detail pane opens that source there; the wheel over the pane scrolls it.
func TestTimelinePaneMouse(t *testing.T) {
	m, _, p, two := timelineAtTwoSources(t)
	srcs := entrySources(&p.t.entries[two].entry)
	l := p.t.layout(120, 38)
	second := -1
	for _, tg := range p.t.detail.pane.d.targets {
		if tg.src == &srcs[1] {
			second = tg.first - p.t.detail.pane.y
		}
	}
	if second < 0 || second >= p.t.detail.pane.shown {
		t.Skipf("the second quote is not on screen at 120x40 (line %d)", second)
	}
	m = send(m, tea.MouseClickMsg{X: l.detailX + 3, Y: 1 + l.detailY + second, Button: tea.MouseLeft})
	if m.tabs[m.active].title() != "Sources" {
		t.Fatalf("a click on the second quote showed %s", m.tabs[m.active].title())
	}
	quote := srcs[1].Quote
	if s := strings.Join(strings.Fields(screen(m)), " "); !strings.Contains(s, strings.Join(strings.Fields(quote[:min(30, len(quote))]), " ")) {
		t.Errorf("the source does not show the second quote %q:\n%s", quote, screen(m))
	}
}

// timelineAtTwoSources opens the Timeline at 120×40 with the first entry
// that has two sources selected and drawn; it returns the model, the tab's
// index, the page and the entry's index.
func timelineAtTwoSources(t *testing.T) (Model, int, *timelinePage, int) {
	t.Helper()
	m := sized(t, 120, 40, Options{})
	i := tabNamed(t, m, "Timeline")
	m = send(m, press(fmt.Sprint(i+1))...)
	p := m.tabs[i].(*timelinePage)
	two := -1
	for j, en := range p.t.entries {
		if len(entrySources(&en.entry)) >= 2 {
			two = j
			break
		}
	}
	if two < 0 {
		t.Fatal("no timeline entry with two sources")
	}
	for p.t.cursor < two {
		m = send(m, press("j")...)
	}
	_ = screen(m)
	return m, i, p, two
}
