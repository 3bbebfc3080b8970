package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// jump shows the tab that lists a figure or item and selects it; a figure
// that no list holds opens its source instead.
func (m Model) jump(id string) Model {
	match := func(en *entry) bool {
		return (en.fig != nil && en.fig.ID == id) || (en.item != nil && en.item.ID == id)
	}
	targets := []struct {
		tab  int
		list *listView
	}{
		{tabInvestments, &m.investments.list}, {tabTraining, &m.training.list},
		{tabEvents, &m.events.list}, {tabActors, &m.actors.list},
	}
	for _, t := range targets {
		if t.list.selectWhere(match) {
			m.back = append(m.back, m.active)
			m.active = t.tab
			return m
		}
	}
	// A figure about an event is shown with its event.
	if f := m.set.Figure(id); f != nil {
		for _, iid := range f.Items {
			if m.events.list.selectWhere(func(en *entry) bool { return en.item != nil && en.item.ID == iid }) {
				m.back = append(m.back, m.active)
				m.active = tabEvents
				return m
			}
		}
	}
	m.flash = fmt.Sprintf("%s is not listed in any tab", id)
	return m
}

// activeList returns the list of the active tab, or nil on the overview.
func (m *Model) activeList() *listView {
	switch m.active {
	case tabInvestments:
		return &m.investments.list
	case tabTraining:
		return &m.training.list
	case tabEvents:
		return &m.events.list
	case tabActors:
		return &m.actors.list
	case tabSources:
		return &m.sources.list
	}
	return nil
}

// copySelected copies the selected figure (or item) with its citation to
// the clipboard through OSC 52, and says what it copied.
func (m *Model) copySelected() tea.Cmd {
	lv := m.activeList()
	if lv == nil || lv.selected() == nil {
		m.flash = "Nothing selected to copy"
		return nil
	}
	en := lv.selected()
	var text, what string
	switch {
	case en.fig != nil:
		text, what = citedText(m.set, en.fig), en.fig.Label
	case en.item != nil:
		text, what = itemCitation(m.set, en.item), en.item.Name
	default:
		text, what = citation(m.set, en.art.File)+"\n"+en.art.Title, en.art.Title
	}
	m.flash = "Copied with citation (OSC 52): " + sanitize(what)
	return tea.SetClipboard(text)
}

// itemCitation is what y copies for an item: its name, date and quotes.
func itemCitation(set *data.Set, it *data.Item) string {
	var b strings.Builder
	b.WriteString(it.Name)
	if it.Date != "" {
		b.WriteString(" (" + it.Date + ")")
	}
	for _, s := range it.Sources {
		fmt.Fprintf(&b, "\n  “%s” — %s", s.Quote, citation(set, s.Article))
	}
	return sanitize(b.String())
}
