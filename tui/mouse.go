package tui

import tea "charm.land/bubbletea/v2"

// mouseEvent is a click or a turn of the wheel at a cell, relative to the
// pane that receives it.
type mouseEvent struct {
	x, y  int
	h     int  // the height of the body the event is in
	wheel int  // lines to scroll: negative up, positive down; 0 for a click
	click bool // the left button went down
}

// mouseEventOf reads a Bubble Tea mouse message; ok is false for what the
// dashboard ignores (motion, release, other buttons).
func mouseEventOf(msg tea.MouseMsg) (mouseEvent, bool) {
	m := msg.Mouse()
	ev := mouseEvent{x: m.X, y: m.Y}
	switch msg.(type) {
	case tea.MouseClickMsg:
		ev.click = m.Button == tea.MouseLeft
		return ev, ev.click
	case tea.MouseWheelMsg:
		switch m.Button {
		case tea.MouseWheelUp:
			ev.wheel = -wheelLines
		case tea.MouseWheelDown:
			ev.wheel = wheelLines
		default:
			return ev, false
		}
		return ev, true
	}
	return ev, false
}

// wheelLines is how far one notch of the wheel scrolls.
const wheelLines = 3

// rect is a pane's place, relative to the block it was drawn in.
type rect struct{ x, y, w, h int }

func (r rect) has(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// listGeom is where the last frame drew a list's parts, relative to the
// top left of its block (splitView). The block is always drawn at the
// bottom of the tab's body (the Events tab puts its chart above it), so
// the mouse finds its top from the body's height.
type listGeom struct {
	w, h          int // the block
	table, detail rect
}

// mouse handles a mouse message: a click on a tab shows it; in the body,
// the view on screen gets it (the briefing, the search, the active tab).
// What a click does is what a key does: a click on the selected row, or on
// a quote, is enter there.
func (m Model) mouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	ev, ok := mouseEventOf(msg)
	if !ok || m.opt.NoMouse || m.set == nil || m.w < minWidth || m.h < minHeight {
		return m, nil
	}
	m.flash = ""
	bodyH := m.h - 2
	switch {
	case m.showHelp:
		if ev.wheel != 0 {
			m.helpY = max(0, min(m.helpY+ev.wheel, len(m.fullHelpText(m.w))-bodyH))
		} else {
			m.showHelp = false
		}
		return m, nil
	case ev.y == 0:
		if i := m.tabAt(ev.x); ev.click && i >= 0 && !m.brief.open && !m.searchOpen() {
			m.switchTab(i)
		}
		return m, nil
	case ev.y > bodyH:
		return m, nil // the footer
	}
	ev.y--
	ev.h = bodyH
	switch {
	case m.brief.open:
		if ev.wheel != 0 {
			m.brief.scroll(ev.wheel)
		}
		return m, nil
	case m.searchOpen():
		press, ok := m.search.mouse(ev)
		if ok && press != nil {
			return m.handleKey(*press)
		}
		return m, nil
	}
	t := resolve(m.tabs[m.active])
	var press *tea.KeyPressMsg
	if mt, ok := t.(mouser); ok {
		press, _ = mt.mouse(ev, m.viewEnv())
	} else if lv := t.list(); lv != nil {
		press = lv.mouse(ev)
	}
	if press != nil {
		return m.handleKey(*press)
	}
	return m, nil
}

// enterKey is the key a click stands for when it opens what it is on.
var enterKey = tea.KeyPressMsg{Code: tea.KeyEnter}

// mouse handles a click or the wheel over a list's block: over the table
// the wheel moves the cursor and a click selects a row (a click on the
// selected one is enter), on a column's title sorts by it; over the detail
// pane the wheel scrolls it and a click focuses it (a click on a quote or a
// link is enter on it). It returns the key the click stands for, if any.
func (lv *listView) mouse(ev mouseEvent) *tea.KeyPressMsg {
	g := lv.ui.geom
	x, y := ev.x, ev.y-(ev.h-g.h) // the block is at the bottom of the body
	switch {
	case g.table.has(x, y):
		if lv.editing {
			return nil
		}
		if ev.wheel != 0 {
			lv.setCursor(lv.tbl.Cursor() + ev.wheel)
			return nil
		}
		row := y - g.table.y - lv.tbl.headH
		if row < 0 {
			lv.sortBy(lv.columnAt(x - g.table.x))
			return nil
		}
		i := lv.tbl.offset + row
		if i >= lv.tbl.n {
			return nil
		}
		if i == lv.tbl.Cursor() && lv.focus == focusTable {
			return &enterKey
		}
		lv.setCursor(i)
	case g.detail.has(x, y) && lv.docOf != nil:
		lv.syncPane()
		p := &lv.ui.pane
		if ev.wheel != 0 {
			p.scroll(ev.wheel)
			return nil
		}
		lv.focus = focusDetail
		if i := p.targetAt(y - g.detail.y); i >= 0 {
			p.sel = i
			return &enterKey
		}
		p.focus()
	}
	return nil
}

// columnAt is the column drawn at x of the table, or -1.
func (lv *listView) columnAt(x int) int {
	at := 0
	for i, c := range lv.tbl.cols {
		if c.Width > 0 && x >= at && x < at+c.Width {
			return i
		}
		at += c.Width
	}
	return -1
}

// sortBy sorts by column c, or reverses the sort when it already is.
func (lv *listView) sortBy(c int) {
	if c < 0 || c >= len(lv.cols) {
		return
	}
	if lv.sortCol == c {
		lv.sortDesc = !lv.sortDesc
	} else {
		lv.sortCol, lv.sortDesc = c, false
	}
	lv.apply()
}
