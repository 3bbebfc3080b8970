package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
)

// keyMap is every binding of the dashboard. The footer shows the keys of
// the view on screen (the short helps below); ? shows them all, with what
// the markers mean (help.go).
type keyMap struct {
	NextTab, PrevTab, Tabs                         key.Binding
	Up, Down, Top, Bottom, PageUp, PageDown, Move  key.Binding
	Focus, Unfocus, Zoom                           key.Binding
	Enter, Back, Filter, Sort, Reverse, Copy, Open key.Binding
	Search, NextMatch, PrevMatch                   key.Binding
	Brief, Write, Reload                           key.Binding
	Help, Quit                                     key.Binding
	// Footer-only wordings of keys above, for the views they act in.
	Scroll, Pick, OpenQuote, PaneTab, Close, Type key.Binding
	PickHit                                       key.Binding
}

func defaultKeyMap() keyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	hint := func(helpKey, desc string) key.Binding { return b([]string{}, helpKey, desc) }
	return keyMap{
		NextTab: b([]string{"tab"}, "tab", "next pane, then tab"),
		PrevTab: b([]string{"shift+tab"}, "shift+tab", "back a pane or tab"),
		// The number keys of the registry's tabs (tabs.go).
		Tabs: b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}[:len(registry)],
			fmt.Sprintf("1-%d", alwaysTabs), "tab"),
		Up:        b([]string{"k", "up"}, "k/↑", "up"),
		Down:      b([]string{"j", "down"}, "j/↓", "down"),
		Move:      hint("j/k", "move"),
		Top:       b([]string{"g", "home"}, "g", "top"),
		Bottom:    b([]string{"G", "end"}, "G", "bottom"),
		PageUp:    b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown:  b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		Focus:     b([]string{"l", "right"}, "l/→", "detail pane"),
		Unfocus:   b([]string{"h", "left"}, "h/←", "table"),
		Zoom:      b([]string{"z"}, "z", "zoom"),
		Enter:     b([]string{"enter"}, "enter", "open"),
		Back:      b([]string{"esc"}, "esc", "back"),
		Filter:    b([]string{"/"}, "/", "filter"),
		Sort:      b([]string{"s"}, "s", "sort"),
		Reverse:   b([]string{"S"}, "S", "reverse sort"),
		Copy:      b([]string{"y"}, "y", "copy"),
		Open:      b([]string{"o"}, "o", "open URL"),
		Search:    b([]string{"ctrl+f", ":"}, "ctrl+f", "search"),
		NextMatch: b([]string{"n"}, "n", "next match"),
		PrevMatch: b([]string{"N"}, "N", "previous match"),
		Brief:     b([]string{"b"}, "b", "briefing"),
		Write:     b([]string{"w"}, "w", "write markdown"),
		Reload:    b([]string{"r"}, "r", "reload --data"),
		Help:      b([]string{"?"}, "?", "help"),
		Quit:      b([]string{"q", "ctrl+c"}, "q", "quit"),
		Scroll:    hint("j/k", "scroll"),
		Pick:      hint("j/k", "scroll, pick"),
		OpenQuote: hint("enter", "open quote"),
		PaneTab:   hint("tab", "pane"),
		Close:     hint("esc", "close"),
		Type:      hint("type", "to search"),
		PickHit:   hint("↑/↓", "pick"),
	}
}

// The footers, most useful first: what does not fit at 80 columns is cut
// whole and is in ? (help.go).

// tableHelp is the footer of a list with its table focused.
func (k keyMap) tableHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.PaneTab, k.Tabs, k.Move, k.Enter, k.Filter, k.Search, k.Zoom, k.Sort, k.Brief, k.Copy, k.Open}
}

// detailHelp is the footer of a list with its detail pane focused.
func (k keyMap) detailHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.Pick, k.OpenQuote, k.Unfocus, k.Zoom, k.PageDown, k.Search, k.Copy, k.Open}
}

// textHelp is the footer of an article being read.
func (k keyMap) textHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.Scroll, k.NextMatch, k.Back, k.Zoom, k.PageDown, k.Search, k.Copy, k.Open}
}

// pageHelp is the footer of a tab without a list.
func (k keyMap) pageHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.NextTab, k.Tabs, k.Search, k.Brief, k.Reload}
}

// briefHelp is the footer of the briefing.
func (k keyMap) briefHelp() []key.Binding {
	return []key.Binding{k.Help, k.Scroll, k.Write, k.Copy, k.Close}
}

// searchHelp is the footer of the global search.
func (k keyMap) searchHelp() []key.Binding {
	return []key.Binding{k.Type, k.PickHit, k.Enter, k.Close}
}

// fullHelp is the ? overlay's keys, in groups with a heading each.
func (k keyMap) fullHelp() []helpGroup {
	return []helpGroup{
		{"Tabs", []key.Binding{k.Tabs, k.NextTab, k.PrevTab, k.Help, k.Quit}},
		{"Tables", []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.Enter, k.Filter, k.Sort, k.Reverse, k.Back}},
		{"Detail pane", []key.Binding{k.Focus, k.Pick, k.OpenQuote, k.Unfocus, k.Zoom, k.Copy, k.Open}},
		{"Articles", []key.Binding{k.Scroll, k.NextMatch, k.PrevMatch, k.Back}},
		{"Everywhere", []key.Binding{k.Search, k.Brief, k.Write, k.Reload}},
	}
}

// helpGroup is one column of the ? overlay.
type helpGroup struct {
	title string
	keys  []key.Binding
}
