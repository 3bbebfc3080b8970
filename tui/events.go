package tui

import (
	"fmt"
	"slices"
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
	var entries []entry
	for _, ev := range set.Timeline() {
		nFigs := len(set.FiguresOf(ev.ID))
		cells := []string{format.Period(ev.Date), sanitize(ev.Name), ev.Kind, strings.Join(names(set, ev.Places), ", "),
			strings.Join(names(set, ev.Orgs), ", "), fmt.Sprint(nFigs)}
		sortBy := slices.Clone(cells)
		sortBy[0] = ev.Date
		if ev.Date == "" {
			sortBy[0] = "9999" // undated last
		}
		entries = append(entries, entry{item: ev, cells: cells, sortBy: sortBy, folded: set.ItemText(ev)})
	}
	return eventsTab{list: newListView(eventColumns, entries, keys), drawn: &memo{}}
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
	return fit(chart, w, chartH) + "\n" + splitView(e, &t.list, w, h-chartH, nil)
}
