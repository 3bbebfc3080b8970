package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// jump shows the tab that lists a figure or item and selects it, looking
// through the tabs in the registry's order. A figure that no list holds is
// shown with an item it is about (a figure about an event, with its event);
// failing that, its source opens at its quote.
func (m Model) jump(id string) (Model, tea.Cmd) {
	match := func(en *entry) bool {
		return (en.fig != nil && en.fig.ID == id) || (en.item != nil && en.item.ID == id)
	}
	if m.selectIn(match) {
		return m, nil
	}
	f := m.set.Figure(id)
	if f == nil {
		m.flash = fmt.Sprintf("%s is not listed in any tab", sanitize(id))
		return m, nil
	}
	// Shown with what it is about, unless that is what is on screen now
	// (enter on it in that item's detail pane): then its source opens.
	var here *entry
	if lv := m.activeList(); lv != nil {
		here = lv.selected()
	}
	for _, iid := range f.Items {
		if here != nil && here.item != nil && here.item.ID == iid {
			break
		}
		if m.selectIn(func(en *entry) bool { return en.item != nil && en.item.ID == iid }) {
			// Its line in the item's pane picked, for enter to open.
			m.activeList().pickTarget(func(t target) bool { return t.id == f.ID })
			return m, nil
		}
	}
	if cmd := openSources(f.Sources, 0); cmd != nil {
		return m, cmd
	}
	m.flash = fmt.Sprintf("%s is not listed in any tab", sanitize(f.Label))
	return m, nil
}

// selectIn selects the first entry matching keep in the first tab whose
// list has one, and shows that tab (esc comes back).
func (m *Model) selectIn(keep func(*entry) bool) bool {
	for i, t := range m.tabs {
		if lv := t.list(); lv != nil && lv.selectWhere(keep) {
			m.show(i)
			return true
		}
	}
	return false
}

// show makes tab i the active one, remembering where esc goes back to.
func (m *Model) show(i int) {
	m.back = append(m.back, m.active)
	m.active = i
}

// openSource shows the tab that shows articles, at the quote asked for.
func (m *Model) openSource(msg openSourceMsg) {
	for i, t := range m.tabs {
		if o, ok := resolve(t).(sourceOpener); ok {
			m.show(i)
			o.open(msg)
			return
		}
	}
}

// activeList returns the list of the active tab, or nil.
func (m *Model) activeList() *listView {
	if m.active >= len(m.tabs) {
		return nil
	}
	return m.tabs[m.active].list()
}

// copySelected copies what is selected with its citation: the quote or
// link picked in a detail pane, else the row (a figure, an item, an
// article); and says what it did (clipboard.go).
func (m *Model) copySelected() tea.Cmd {
	text, what := m.selection()
	if text == "" {
		m.flash = "Nothing selected to copy"
		return nil
	}
	cmd, flash := copyText(text, sanitize(what))
	m.flash = flash
	return cmd
}

// selection is what y copies on the active tab, and its name.
func (m *Model) selection() (text, what string) {
	lv := m.activeList()
	if lv == nil {
		if t, ok := m.pickedTarget(); ok && t.copy != "" {
			return t.copy, targetName(t)
		}
		if s, ok := resolve(m.tabs[m.active]).(interface{ selectedEntry() *entry }); ok {
			return entryCitation(m.set, s.selectedEntry())
		}
		return "", ""
	}
	if lv.focus == focusDetail && lv.docOf != nil {
		lv.syncPane()
		if p := &lv.ui.pane; p.sel >= 0 && p.sel < len(p.d.targets) && p.d.targets[p.sel].copy != "" {
			t := p.d.targets[p.sel]
			return t.copy, targetName(t)
		}
	}
	return entryCitation(m.set, lv.selected())
}

// targetName is what a pane's target is, in the copy notice.
func targetName(t target) string {
	if t.src == nil {
		return "the figure"
	}
	return "the quote"
}

// pickedTarget is the line picked in the focused pane of a tab without a
// list (the timeline's), if any.
func (m *Model) pickedTarget() (target, bool) {
	if m.active < len(m.tabs) {
		if p, ok := resolve(m.tabs[m.active]).(interface{ picked() (target, bool) }); ok {
			return p.picked()
		}
	}
	return target{}, false
}

// entryCitation is what y copies for a row, and its name.
func entryCitation(set *data.Set, en *entry) (string, string) {
	switch {
	case en == nil:
		return "", ""
	case en.fig != nil:
		return citedText(set, en.fig), en.fig.Label
	case en.item != nil:
		return itemCitation(set, en.item), en.item.Name
	}
	return copyCitation(set, en.art.File), en.art.Title
}

// itemCitation is what y copies for an item: its name, date and quotes.
func itemCitation(set *data.Set, it *data.Item) string {
	var b strings.Builder
	b.WriteString(it.Name)
	if it.Date != "" {
		b.WriteString(" (" + it.Date + ")")
	}
	for _, s := range it.Sources {
		fmt.Fprintf(&b, "\n  “%s” — %s", s.Quote, copyCitation(set, s.Article))
	}
	return sanitize(b.String())
}
