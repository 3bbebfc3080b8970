package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
)

// lazyTab is a tab not built yet: a large dataset's tabs take a quarter of
// a second to build (their tables, charts and search text), and the first
// frame should wait for the tab it shows only. The rest are built in the
// background after it (buildRest), or here on first use if a key gets
// there first. Only the UI goroutine touches a lazyTab.
type lazyTab struct {
	name  string
	build func() tab
	t     tab
	carry *listView // the list of the tab this one replaces on a reload
}

func (l *lazyTab) get() tab {
	if l.t == nil {
		l.set(l.build())
	}
	return l.t
}

// set installs the built tab, with the list state of the tab it replaces.
func (l *lazyTab) set(t tab) {
	if l.t != nil {
		return
	}
	l.t = t
	if l.carry != nil {
		carryList(l.carry, t.list())
		l.carry = nil
	}
}

func (l *lazyTab) title() string                                     { return l.name }
func (l *lazyTab) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) { return l.get().update(msg, e) }
func (l *lazyTab) view(e env, w, h int) string                       { return l.get().view(e, w, h) }
func (l *lazyTab) list() *listView                                   { return l.get().list() }
func (l *lazyTab) briefing() brief.Options                           { return l.get().briefing() }

// resolve is t itself, built if it was lazy: for the checks of what a tab
// can do (sourceOpener, mouser …), which a lazyTab does not answer.
func resolve(t tab) tab {
	if l, ok := t.(*lazyTab); ok {
		return l.get()
	}
	return t
}

// newLazyTabs builds the tab at active and leaves the others lazy.
func newLazyTabs(set *data.Set, keys keyMap, active int) []tab {
	specs := tabSpecs(set)
	out := make([]tab, len(specs))
	for i, k := range specs {
		r := registry[k]
		if i == active || i == len(specs)-1 && active >= len(specs) {
			out[i] = r.build(set, keys)
			continue
		}
		out[i] = &lazyTab{name: r.title, build: func() tab { return r.build(set, keys) }}
	}
	return out
}

// firstFrameDelay is how long background work waits after the data
// arrives: a frame at 120 fps is drawn within ~8 ms, and a keypress that
// comes sooner builds its tab itself.
const firstFrameDelay = 60 * time.Millisecond

// afterFirstFrame runs cmd once the first frame has been drawn.
func afterFirstFrame(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return tea.Tick(firstFrameDelay, func(time.Time) tea.Msg { return cmd() })
}

// tabBuiltMsg is a tab the background builder made for dataset set.
type tabBuiltMsg struct {
	set *data.Set
	i   int
	t   tab
}

// buildRest builds the lazy tabs of tabs off the UI goroutine, one message
// each (the dataset is immutable; the tabs are new and nobody else's yet).
func buildRest(set *data.Set, keys keyMap, tabs []tab) tea.Cmd {
	var cmds []tea.Cmd
	for i, t := range tabs {
		if l, ok := t.(*lazyTab); ok && l.t == nil {
			build := l.build // reads only the immutable set
			cmds = append(cmds, func() tea.Msg { return tabBuiltMsg{set: set, i: i, t: build()} })
		}
	}
	return tea.Sequence(cmds...)
}

// tabBuilt installs a tab the background built, if its dataset is still
// the one on screen and the tab was not built meanwhile.
func (m Model) tabBuilt(msg tabBuiltMsg) Model {
	if msg.set != m.set || msg.i >= len(m.tabs) {
		return m
	}
	if l, ok := m.tabs[msg.i].(*lazyTab); ok {
		l.set(msg.t)
	}
	return m
}
