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
	if press, used := p.t.detailMouse(ev, w, h); used {
		return press, true
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
	if p.t.detail.focused {
		return []key.Binding{k.Help, k.Quit, k.Pick, k.OpenQuote, k.Back, k.PageDown, k.Search, k.Copy, k.Open}
	}
	own := p.t.keys.ShortHelp() // pan, zoom, all
	return []key.Binding{k.Help, k.Quit, k.Move, own[0], own[1], k.Enter, own[2], k.NextTab, k.Tabs, k.Brief, k.Copy, k.Open}
}

// selectedEntry is what y copies and o opens on the timeline: the
// selected entry's event, programme or figure.
func (p *timelinePage) selectedEntry() *entry {
	if en := p.t.selected(); en != nil {
		return &en.entry
	}
	return nil
}

// picked is the quote or record picked in the focused detail pane: what y
// copies and o opens then.
func (p *timelinePage) picked() (target, bool) { return p.t.picked() }

// fullHelp is the timeline's own keys in ?: pan and zoom, and its pane.
func (p *timelinePage) fullHelp(k keyMap) []helpGroup {
	pane := key.NewBinding(key.WithKeys([]string{}...), key.WithHelp("tab", "quotes"))
	return []helpGroup{{"Timeline", append(p.t.keys.FullHelp()[0], pane)}}
}
