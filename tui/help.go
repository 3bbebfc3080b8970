package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
)

// footer is the flash notice or the keys of the view on screen: as many
// whole bindings as fit the width, then "…" when some did not (? has them
// all).
func (m Model) footer() string {
	if m.flash != "" {
		return m.st.fit(m.st.muted.Render(fitWords(m.st, m.flash, m.w)), m.w, 1)
	}
	keys := m.shortHelp()
	c := m.drawn
	if c == nil {
		return m.st.fit(m.shortHelpLine(keys, m.w), m.w, 1)
	}
	// The same keys at the same width and style: the same line.
	var id strings.Builder
	fmt.Fprintf(&id, "%d/%d", m.w, m.st.gen)
	for _, k := range keys {
		id.WriteString("\x00" + k.Help().Key + "\x00" + k.Help().Desc)
	}
	if c.footerID != id.String() {
		c.footerID, c.footer = id.String(), m.st.fit(m.shortHelpLine(keys, m.w), m.w, 1)
	}
	return c.footer
}

// drawCache keeps what the root draws the same way frame after frame.
type drawCache struct {
	footerID, footer string
}

// shortHelpLine is bindings in one line of at most w cells, in the help
// styles, cut between bindings.
func (m Model) shortHelpLine(bindings []key.Binding, w int) string {
	st, hs := m.st, m.help.Styles
	sep := " " + st.bullet + " "
	tail := " " + st.ellipsis
	var b strings.Builder
	used := 0
	for i, kb := range bindings {
		h := kb.Help()
		item := h.Key + " " + h.Desc
		iw := st.width(item)
		if i > 0 {
			iw += st.width(sep)
		}
		rest := 0
		if i < len(bindings)-1 {
			rest = st.width(tail) // room to say that more follow
		}
		if used+iw+rest > w {
			if used+st.width(tail) <= w {
				b.WriteString(hs.Ellipsis.Render(tail))
			}
			break
		}
		if i > 0 {
			b.WriteString(hs.ShortSeparator.Render(sep))
		}
		b.WriteString(hs.ShortKey.Render(h.Key) + " " + hs.ShortDesc.Render(h.Desc))
		used += iw
	}
	return b.String()
}

// shortHelp is the keys of the view on screen.
func (m Model) shortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.showHelp:
		return []key.Binding{k.Scroll, key.NewBinding(key.WithHelp("any other key", "closes"))}
	case m.brief.open:
		return k.briefHelp()
	case m.searchOpen():
		return k.searchHelp()
	}
	t := resolve(m.tabs[m.active])
	if h, ok := t.(shortHelper); ok {
		return h.shortHelp(k)
	}
	return listHelp(t.list(), k)
}

// listHelp is the footer of a tab showing lv (nil: a tab without a list).
func listHelp(lv *listView, k keyMap) []key.Binding {
	switch {
	case lv == nil:
		return k.pageHelp()
	case lv.editing:
		return []key.Binding{key.NewBinding(key.WithHelp("type", "to filter")), key.NewBinding(key.WithHelp("enter", "keep")),
			key.NewBinding(key.WithHelp("esc", "clear")), k.Move}
	case lv.focus == focusDetail:
		return k.detailHelp()
	}
	return k.tableHelp()
}

// markers explains what the tables and panes mark, for ?.
var markers = [][2]string{
	{"!", "the sources disagree: the detail pane shows each one's wording side by side"},
	{"⚠", "on a card: the figure's note doubts or qualifies it; the caveat follows when the card has room"},
	{"derived", "computed from other figures by the formula shown, never reported by a source"},
	{"projection, target, estimate", "not something that has happened (italic; dotted in charts)"},
	{"—", "no figure: the row is a programme, centre or plan without a number"},
	{"DRAFT", "drafted by ictdash extract and not reviewed yet"},
}

// fullHelpText is the ? overlay: the keys in groups, the mouse, and what
// the markers mean, wrapped to width.
func (m Model) fullHelpText(w int) []string {
	st := m.st
	var out []string
	out = append(out, st.title.Render("Keys")+st.muted.Render("  j/k scroll · any other key closes"), "")
	groups := m.keys.fullHelp()
	for _, t := range m.tabs {
		if g, ok := resolve(t).(fullHelper); ok {
			groups = append(groups, g.fullHelp(m.keys)...)
		}
	}
	colW := 0
	for _, g := range groups {
		for _, b := range g.keys {
			colW = max(colW, st.width(b.Help().Key)+2+st.width(b.Help().Desc))
		}
	}
	colW = min(colW+2, max(20, w))
	perRow := max(1, (w+2)/(colW+2))
	for i := 0; i < len(groups); i += perRow {
		row := groups[i:min(len(groups), i+perRow)]
		height := 0
		blocks := make([]string, len(row))
		for j, g := range row {
			lines := []string{st.label.Render(g.title)}
			keyW := 0
			for _, b := range g.keys {
				keyW = max(keyW, st.width(b.Help().Key))
			}
			for _, b := range g.keys {
				lines = append(lines, st.value.Render(st.pad(b.Help().Key, keyW))+"  "+b.Help().Desc)
			}
			height = max(height, len(lines))
			blocks[j] = strings.Join(lines, "\n")
		}
		for j := range blocks {
			blocks[j] = st.fit(blocks[j], colW, height)
		}
		out = append(out, strings.Split(joinH(blocks...), "\n")...)
		out = append(out, "")
	}
	para := func(s string) { out = append(out, strings.Split(st.wrap(s, w), "\n")...) }
	out = append(out, st.label.Render("Mouse"))
	if m.opt.NoMouse {
		para("Off (--no-mouse): the terminal selects text as usual.")
	} else {
		para("Click a tab, a row or a quote (a click on the selected row opens it); the wheel scrolls the table, " +
			"the detail pane and the article under it. To select text with the mouse, hold shift while dragging " +
			"(option on macOS terminals), or start with --no-mouse.")
	}
	out = append(out, "", st.label.Render("Markers"))
	for _, mk := range markers {
		para(st.value.Render(mk[0]) + "  " + mk[1])
	}
	return out
}

// fullHelp draws the ? overlay from its scroll position.
func (m Model) fullHelp(w, h int) string {
	lines := m.fullHelpText(w)
	y := max(0, min(m.helpY, len(lines)-h))
	return m.st.fit(strings.Join(lines[y:min(len(lines), y+h)], "\n"), w, h)
}
