package tui

import (
	"errors"

	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
)

// Copying (y) sends the text to the terminal's clipboard with OSC 52, which
// nothing confirms: a terminal that does not support it, or tmux without
// set-clipboard, drops it silently. So the text also goes to the system
// clipboard where there is one (pbcopy, wl-copy, xclip or xsel, Windows'
// clip), which says whether it worked; and the notice says which of the two
// was done, never "copied" on the strength of OSC 52 alone.

// systemClipboard writes to the system clipboard. Tests replace it so that
// they never touch the machine's.
var systemClipboard = func(text string) error {
	if clipboard.Unsupported {
		return errNoClipboard
	}
	return clipboard.WriteAll(text)
}

var errNoClipboard = errors.New("no clipboard tool found (pbcopy, wl-copy, xclip, xsel)")

// clipboardMsg is the system clipboard's answer to a copy.
type clipboardMsg struct {
	what string // what was copied, as the notice names it
	err  error
}

// oscNotice is the notice while the system clipboard has not answered.
func oscNotice(what string) string { return "Sent to the terminal clipboard (OSC 52): " + what }

// copyText sends text to both clipboards; what names it in the notice.
func copyText(text, what string) (tea.Cmd, string) {
	toSystem := func() tea.Msg { return clipboardMsg{what: what, err: systemClipboard(text)} }
	return tea.Batch(tea.SetClipboard(text), toSystem), oscNotice(what)
}

// copied is the notice once the system clipboard has answered; it replaces
// the OSC 52 notice only while that is still on screen.
func (m Model) copied(msg clipboardMsg) Model {
	if m.flash != oscNotice(msg.what) {
		return m
	}
	if msg.err != nil {
		m.flash = "Sent to the terminal clipboard (OSC 52); the system clipboard failed (" +
			sanitize(msg.err.Error()) + "): " + msg.what
		return m
	}
	m.flash = "Copied to the system clipboard and sent to the terminal's (OSC 52): " + msg.what
	return m
}
