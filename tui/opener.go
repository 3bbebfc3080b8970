package tui

import (
	"errors"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// o opens the selected record's article in the browser with the system's
// opener: xdg-open on Linux and the BSDs, open on macOS, url.dll's handler
// on Windows. The address is one argument of the command, never part of a
// shell line, and only an http or https address (what the loader accepts)
// is ever passed. Where there is no opener, o copies the address instead.

// findOpener returns the system's opener, or nil when there is none. Tests
// replace it so that they never start a browser.
var findOpener = func() func(url string) error {
	name, args := "xdg-open", []string(nil)
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler"}
	}
	path, err := exec.LookPath(name)
	if err != nil {
		return nil
	}
	return func(url string) error {
		cmd := exec.Command(path, append(args, url)...) // no shell: the address is one argument
		if err := cmd.Start(); err != nil {
			return err
		}
		go func() { _ = cmd.Wait() }() // reaped, not waited for: a browser may stay
		return nil
	}
}

// openedMsg is the opener's answer.
type openedMsg struct {
	url string
	err error
}

var errNotWeb = errors.New("not an http or https address")

// webAddress reports whether s is an address o may hand to the opener
// (the loader accepts no other; this holds whatever the data).
func webAddress(s string) bool {
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) &&
		!strings.ContainsAny(s, " \t\r\n\x00")
}

// openSelected opens (or, without an opener, copies) the URL of the
// selected record's article, and says what it did.
func (m *Model) openSelected() tea.Cmd {
	a := m.selectedArticle()
	if a == nil {
		m.flash = "Nothing selected to open"
		return nil
	}
	if a.URL == "" {
		m.flash = "No URL is known for " + sanitize(a.Title)
		return nil
	}
	url := a.URL
	if !webAddress(url) {
		m.flash = "Not opened: " + errNotWeb.Error()
		return nil
	}
	open := findOpener()
	if open == nil {
		cmd, flash := copyText(url, sanitize(url)+" (no system opener to open it)")
		m.flash = flash
		return cmd
	}
	m.flash = "Opening " + sanitize(url)
	return func() tea.Msg { return openedMsg{url: url, err: open(url)} }
}

// opened is the notice once the opener has answered.
func (m Model) opened(msg openedMsg) Model {
	if msg.err != nil {
		m.flash = "Could not open " + sanitize(msg.url) + ": " + sanitize(msg.err.Error())
		return m
	}
	if m.flash == "Opening "+sanitize(msg.url) {
		m.flash = "Opened " + sanitize(msg.url) + " with the system opener"
	}
	return m
}

// selectedArticle is the article of what is selected on the active tab:
// the source picked in a detail pane, else the row's first source (a
// figure's or an item's) or the row's article.
func (m *Model) selectedArticle() *data.Article {
	var en *entry
	if lv := m.activeList(); lv != nil {
		if lv.focus == focusDetail && lv.docOf != nil {
			lv.syncPane()
			if p := &lv.ui.pane; p.sel >= 0 && p.sel < len(p.d.targets) && p.d.targets[p.sel].src != nil {
				return m.set.Article(p.d.targets[p.sel].src.Article)
			}
		}
		en = lv.selected()
	} else if t, ok := m.pickedTarget(); ok && t.src != nil {
		return m.set.Article(t.src.Article)
	} else if s, ok := resolve(m.tabs[m.active]).(interface{ selectedEntry() *entry }); ok {
		en = s.selectedEntry()
	}
	return entryArticle(m.set, en)
}

// entryArticle is the article a row is from: its own, or its first
// source's.
func entryArticle(set *data.Set, en *entry) *data.Article {
	switch {
	case en == nil:
		return nil
	case en.art != nil:
		return en.art
	case en.fig != nil && len(en.fig.Sources) > 0:
		return set.Article(en.fig.Sources[0].Article)
	case en.item != nil && len(en.item.Sources) > 0:
		return set.Article(en.item.Sources[0].Article)
	}
	return nil
}
