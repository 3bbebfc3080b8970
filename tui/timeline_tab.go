package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
)

// timelinePage is the Timeline as a tab of the registry (tabs.go): the
// timeline model (timeline.go) and the size it was last drawn at, which
// the mouse needs to find what is under the pointer.
type timelinePage struct {
	t    timelineTab
	w, h int
}

func newTimelinePage(set *data.Set) *timelinePage { return &timelinePage{t: newTimelineTab(set)} }

func (p *timelinePage) title() string   { return "Timeline" }
func (p *timelinePage) list() *listView { return nil }

// briefing briefs the events, which is what the timeline shows.
func (p *timelinePage) briefing() brief.Options { return brief.Options{Topic: "events"} }

func (p *timelinePage) view(e env, w, h int) string {
	p.w, p.h = w, h
	return p.t.view(e, w, h)
}

func (p *timelinePage) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) {
	var cmd tea.Cmd
	var used bool
	p.t, cmd, used = p.t.handleKey(msg, e)
	return cmd, used
}

// mouse: a click selects the row under it, and a click on the selected
// row is enter (its source), as in the lists; the wheel zooms over the
// marks, pans over the axis and moves the selection over the names.
func (p *timelinePage) mouse(ev mouseEvent, _ env) (*tea.KeyPressMsg, bool) {
	w, h := p.w, p.h
	if ev.h > 0 {
		h = ev.h
	}
	before := p.t.cursor
	var used bool
	p.t, used = p.t.mouseAt(ev.x, ev.y, ev.wheel, ev.click, w, h)
	if used && ev.click && p.t.cursor == before {
		return &enterKey, true
	}
	return nil, used
}

// shortHelp is the timeline's keys for the footer, most used first: what
// does not fit at 80 columns is in ?.
func (p *timelinePage) shortHelp(k keyMap) []key.Binding {
	own := p.t.keys.ShortHelp() // pan, zoom, all
	return []key.Binding{k.Help, k.Quit, k.Move, own[0], own[1], k.Enter, own[2], k.NextTab, k.Tabs, k.Brief}
}
