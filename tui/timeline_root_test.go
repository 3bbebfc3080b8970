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
	quote := en.item.Sources[0].Quote
	if s := strings.Join(strings.Fields(screen(m)), " "); !strings.Contains(s, strings.Join(strings.Fields(quote[:30]), " ")) {
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
