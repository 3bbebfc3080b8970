package tui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/format"
)

var eventColumns = []column{
	{title: "Date", min: 10, weight: 1},
	{title: "Event", min: 16, weight: 5},
	{title: "Kind", min: 8, weight: 0},
	{title: "Place", min: 8, weight: 2},
	{title: "Organisers", min: 10, weight: 3},
	{title: "Figures", min: 7, weight: 1, numeric: true},
}

// eventsTab is the timeline chart and, in date order, the events and the
// dated milestones of investments and programmes (data.Timeline).
type eventsTab struct {
	list  listView
	drawn *memo
}

func newEventsTab(set *data.Set, keys keyMap) eventsTab {
	timeline := set.Timeline()
	entries := make([]entry, len(timeline))
	for i, ev := range timeline {
		entries[i] = entry{item: ev}
	}
	cells := func(en *entry) []string {
		ev := en.item
		return []string{format.Period(ev.Date), sanitize(ev.Name), ev.Kind, strings.Join(names(set, ev.Places), ", "),
			strings.Join(names(set, ev.Orgs), ", "), strconv.Itoa(len(set.FiguresOf(ev.ID)))}
	}
	sortKey := func(en *entry, col int) string {
		if col == 0 {
			if en.item.Date == "" {
				return "9999" // undated last
			}
			return en.item.Date
		}
		return cells(en)[col]
	}
	search := func(en *entry) ([]string, []string) { return itemTexts(en.item) }
	spec := &listSpec{cols: eventColumns, cells: cells, sortKey: sortKey, search: search}
	return eventsTab{list: newListView(set, spec, entries, keys), drawn: &memo{}}
}

func (t eventsTab) update(msg tea.KeyPressMsg, e env) (eventsTab, tea.Cmd, bool) {
	var cmd tea.Cmd
	var used bool
	t.list, cmd, used = t.list.updateOpening(msg, e.keys)
	return t, cmd, used
}

// view puts the events-per-year chart above the list when there is room.
func (t eventsTab) view(e env, w, h int) string {
	if h < chartsMinH {
		return splitView(e, &t.list, w, h, nil)
	}
	chart := t.drawn.get(w, 0, e.st, func() string { return eventsPerYearChart(e.set, e.st, w) })
	chartH := min(strings.Count(chart, "\n")+1, h/2)
	return e.st.fit(chart, w, chartH) + "\n" + splitView(e, &t.list, w, h-chartH, nil)
}
