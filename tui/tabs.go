package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
)

// A tab is one page of the dashboard: Overview, Investments … Sources.
//
// Tabs are pointers with pointer receivers, and every copy of a Model
// shares them: Bubble Tea keeps only the model Update last returned, so
// nothing else ever sees a tab change under it. What a copy of the Model
// holds by value (the active tab, the jump history, the notice in the
// footer) is the root's own.
//
// # Adding a tab
//
//  1. Write the tab in its own file (timeline.go): a type with pointer
//     receivers that implements tab. A tab over a table embeds a listView
//     (newListView) and returns it from list; splitView draws it with its
//     detail pane, and gives it the filter, sorting, focus, zoom, scrolling
//     and the mouse with nothing more to write.
//  2. Add its constructor to registry below, at the place it should have in
//     the tab bar.
//
// That is all. The tab bar, the number keys, jumps to a record (enter on a
// link or a search hit), y, b, / and the global search reach every tab
// through the interface. A tab may also implement sourceOpener (it shows
// articles), mouser (it takes clicks itself), shortHelper and fullHelper
// (its own keys in the footer and in ?), and selectedEntry() *entry (what
// y copies on a tab without a list).
type tab interface {
	// title is the name in the tab bar.
	title() string
	// update handles a key while the tab is shown; used reports whether
	// it took the key, so that the root falls back to the global keys.
	update(msg tea.KeyPressMsg, e env) (cmd tea.Cmd, used bool)
	// view draws the tab into exactly w×h cells.
	view(e env, w, h int) string
	// list is the tab's table, or nil for a tab without one.
	list() *listView
	// briefing is what b briefs from this tab: its topic and filter.
	briefing() brief.Options
}

// sourceOpener is a tab that shows an article scrolled to a quote (enter on
// a figure's source opens it there).
type sourceOpener interface {
	tab
	open(openSourceMsg)
}

// mouser is a tab that handles clicks and the wheel itself; for other tabs
// with a list, the list does (listView.mouse). The event's x and y are
// relative to the tab's body, the screen below the tab bar. press is the
// key the click stands for (enter on what was clicked), if any: the root
// then presses it, so that a click does what the key does.
type mouser interface {
	mouse(ev mouseEvent, e env) (press *tea.KeyPressMsg, used bool)
}

// shortHelper is a tab with its own keys in the footer.
type shortHelper interface {
	shortHelp(k keyMap) []key.Binding
}

// fullHelper is a tab whose own keys ? lists, in groups after the shared
// ones.
type fullHelper interface {
	fullHelp(k keyMap) []helpGroup
}

// registry is every tab, in the order of the tab bar and the number keys
// (at most nine). The title is the tab's own (TestRegistryTitles), known
// before the tab is built.
var registry = []struct {
	title string
	build func(set *data.Set, keys keyMap) tab
	// when, if set, says whether a dataset has the tab at all: Drafts is
	// there only while a dataset has drafts to review.
	when func(set *data.Set) bool
}{
	{"Overview", func(set *data.Set, _ keyMap) tab { return &overviewPage{t: newOverviewTab(set)} }, nil},
	{"Investments", func(set *data.Set, keys keyMap) tab {
		return newListTab("Investments", "investments", set, keys, investmentKinds, investmentCharts)
	}, nil},
	{"Training", func(set *data.Set, keys keyMap) tab {
		return newListTab("Training", "training", set, keys, trainingKinds, trainingCharts)
	}, nil},
	{"Events", func(set *data.Set, keys keyMap) tab { return &eventsPage{t: newEventsTab(set, keys)} }, nil},
	{"Actors", func(set *data.Set, keys keyMap) tab { return newActorsTab(set, keys) }, nil},
	{"Sources", func(set *data.Set, keys keyMap) tab { return newSourcesTab(set, keys) }, nil},
	{"Timeline", func(set *data.Set, _ keyMap) tab { return newTimelinePage(set) }, nil},
	{"Drafts", func(set *data.Set, _ keyMap) tab { return newDraftsTab(set) }, hasDrafts},
}

// alwaysTabs is how many tabs every dataset has (the number keys' help).
const alwaysTabs = 7

func hasDrafts(set *data.Set) bool { return set.Drafts().Total() > 0 }

// tabSpecs is the registry's entries that set has, in order.
func tabSpecs(set *data.Set) []int {
	var out []int
	for i, r := range registry {
		if r.when == nil || r.when(set) {
			out = append(out, i)
		}
	}
	return out
}

// newTabs builds every tab of the registry over one dataset.
func newTabs(set *data.Set, keys keyMap) []tab {
	specs := tabSpecs(set)
	out := make([]tab, len(specs))
	for i, k := range specs {
		out[i] = registry[k].build(set, keys)
	}
	return out
}

// tabTitles is the registry's titles, for the help and the tests.
func tabTitles(tabs []tab) []string {
	out := make([]string, len(tabs))
	for i, t := range tabs {
		out[i] = t.title()
	}
	return out
}

// overviewPage adapts the overview (overview.go, a value with value
// receivers) to tab. It goes once overviewTab implements tab itself.
type overviewPage struct{ t overviewTab }

func (p *overviewPage) title() string           { return "Overview" }
func (p *overviewPage) list() *listView         { return nil }
func (p *overviewPage) briefing() brief.Options { return brief.Options{} }
func (p *overviewPage) view(e env, w, h int) string {
	return p.t.view(e, w, h)
}
func (p *overviewPage) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) {
	var cmd tea.Cmd
	var used bool
	p.t, cmd, used = p.t.update(msg, e)
	return cmd, used
}

// eventsPage adapts the Events tab (events.go) to tab, as overviewPage.
type eventsPage struct{ t eventsTab }

func (p *eventsPage) title() string   { return "Events" }
func (p *eventsPage) list() *listView { return &p.t.list }
func (p *eventsPage) briefing() brief.Options {
	return brief.Options{Topic: "events", Filter: p.t.list.filterText()}
}
func (p *eventsPage) view(e env, w, h int) string { return p.t.view(e, w, h) }
func (p *eventsPage) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) {
	var cmd tea.Cmd
	var used bool
	p.t, cmd, used = p.t.update(msg, e)
	return cmd, used
}
