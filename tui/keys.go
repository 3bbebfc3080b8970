package tui

import "charm.land/bubbles/v2/key"

// keyMap is every binding of the dashboard. The footer shows the short
// help; ? toggles the full help.
type keyMap struct {
	NextTab, PrevTab, Tab1, Tab2, Tab3, Tab4, Tab5, Tab6 key.Binding
	Up, Down, Top, Bottom, PageUp, PageDown, Move        key.Binding
	Enter, Back, Filter, Sort, Reverse, Copy             key.Binding
	Brief, Write                                         key.Binding
	Help, Quit                                           key.Binding
}

func defaultKeyMap() keyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	return keyMap{
		NextTab:  b([]string{"tab"}, "tab", "tabs"),
		PrevTab:  b([]string{"shift+tab"}, "shift+tab", "prev tab"),
		Tab1:     b([]string{"1"}, "1-6", "tab"),
		Tab2:     b([]string{"2"}, "2", "investments"),
		Tab3:     b([]string{"3"}, "3", "training"),
		Tab4:     b([]string{"4"}, "4", "events"),
		Tab5:     b([]string{"5"}, "5", "actors"),
		Tab6:     b([]string{"6"}, "6", "sources"),
		Up:       b([]string{"k", "up"}, "k/↑", "up"),
		Down:     b([]string{"j", "down"}, "j/↓", "down"),
		Move:     b([]string{}, "j/k", "move"),
		Top:      b([]string{"g", "home"}, "g", "top"),
		Bottom:   b([]string{"G", "end"}, "G", "bottom"),
		PageUp:   b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown: b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		Enter:    b([]string{"enter"}, "enter", "open"),
		Back:     b([]string{"esc"}, "esc", "back"),
		Filter:   b([]string{"/"}, "/", "filter"),
		Sort:     b([]string{"s"}, "s", "sort"),
		Reverse:  b([]string{"S"}, "S", "reverse sort"),
		Copy:     b([]string{"y"}, "y", "copy"),
		Brief:    b([]string{"b"}, "b", "briefing"),
		Write:    b([]string{"w"}, "w", "write brief (in briefing)"),
		Help:     b([]string{"?"}, "?", "help"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// ShortHelp is the one-line footer.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.NextTab, k.Tab1, k.Move, k.Enter, k.Filter, k.Sort, k.Brief, k.Copy}
}

// FullHelp is the ? overlay, one column per group.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextTab, k.PrevTab, k.Tab1},
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Enter, k.Back, k.Filter, k.Sort, k.Reverse},
		{k.Copy, k.Brief, k.Write, k.Help, k.Quit},
	}
}
