package tui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// terminal is what the terminal has told a program: its size, its
// background, and how its renderer measures text. The dashboard and the
// review screen keep one each.
type terminal struct {
	w, h  int
	dark  bool        // the background, as last reported
	cells ansi.Method // how the renderer measures text (see text.go)
}

// observe takes in a size, background or mode report; restyle is true
// when the styles must be rebuilt.
func (t *terminal) observe(msg tea.Msg) (restyle bool) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		t.w, t.h = max(0, msg.Width), max(0, msg.Height)
	case tea.BackgroundColorMsg:
		t.dark = msg.IsDark()
		return true
	case tea.ModeReportMsg:
		// The renderer has just seen this report too and measures by
		// grapheme cluster from now on if it names mode 2027: so must we.
		if c := cellMethod(t.cells, msg.Value); msg.Mode == ansi.ModeUnicodeCore && c != t.cells {
			t.cells = c
			return true
		}
	}
	return false
}
