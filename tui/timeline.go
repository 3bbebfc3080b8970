package tui

import (
	"math"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// clock is where the timeline reads today's date from; tests fix it so
// that goldens do not change with the day they run.
var clock = time.Now

// timelineTab is the Timeline: every dated event, programme, plan,
// projection and target on one linear time axis, one row each, with the
// selected entry's detail (and quotes) beside or below. It pans and zooms.
type timelineTab struct {
	entries []tlEntry
	lo, hi  float64 // the whole axis, in whole years: first start to last end
	cursor  int
	zoom    int     // the view shows (hi-lo)/2^zoom years
	start   float64 // the view's first instant, in years
	keys    timelineKeyMap
	cache   *tlCache  // the rows as last drawn (timeline_draw.go)
	detail  *tlDetail // the detail pane (timeline_detail.go)
}

// timelineKeyMap is the timeline's own keys, beside the shared movement
// keys (j/k, g/G, pgup/pgdn) and enter.
type timelineKeyMap struct {
	Left, Right, ZoomIn, ZoomOut, Reset key.Binding
}

func newTimelineKeyMap() timelineKeyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	return timelineKeyMap{
		Left:    b([]string{"h", "left"}, "h/←", "earlier"),
		Right:   b([]string{"l", "right"}, "l/→", "later"),
		ZoomIn:  b([]string{"+", "="}, "+", "zoom in"),
		ZoomOut: b([]string{"-", "_"}, "-", "zoom out"),
		Reset:   b([]string{"0"}, "0", "whole axis"),
	}
}

// ShortHelp is the timeline's keys for a footer, in pairs.
func (k timelineKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{
		// No keys of their own (the bindings above match), but enabled:
		// a binding without keys is left out of the help.
		key.NewBinding(key.WithKeys([]string{}...), key.WithHelp("h/l", "pan")),
		key.NewBinding(key.WithKeys([]string{}...), key.WithHelp("+/-", "zoom")),
		key.NewBinding(key.WithKeys([]string{}...), key.WithHelp("0", "all")),
	}
}

// FullHelp is the timeline's keys for the ? overlay, one by one.
func (k timelineKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Left, k.Right, k.ZoomIn, k.ZoomOut, k.Reset}}
}

// Zoom limits: each step halves the years shown, down to half a year.
const (
	tlMinSpan  = 0.5
	tlPageRows = 10
)

func newTimelineTab(set *data.Set) timelineTab {
	t := timelineTab{entries: timelineEntries(set), keys: newTimelineKeyMap(), cache: &tlCache{},
		detail: &tlDetail{}}
	if len(t.entries) == 0 {
		return t
	}
	t.lo, t.hi = math.Inf(1), math.Inf(-1)
	for _, en := range t.entries {
		t.lo, t.hi = min(t.lo, en.from), max(t.hi, en.to)
	}
	// Whole years, so that the ends of the axis are labelled years.
	t.lo, t.hi = math.Floor(t.lo), math.Ceil(t.hi)
	if t.hi <= t.lo {
		t.hi = t.lo + 1
	}
	t.start = t.lo
	return t
}

// span is the number of years the view shows.
func (t timelineTab) span() float64 {
	s := (t.hi - t.lo) / math.Exp2(float64(t.zoom))
	return max(s, min(tlMinSpan, t.hi-t.lo))
}

// maxZoom is the deepest zoom: the last step that still shows at least
// tlMinSpan years.
func (t timelineTab) maxZoom() int {
	if t.hi-t.lo <= tlMinSpan {
		return 0
	}
	return int(math.Ceil(math.Log2((t.hi - t.lo) / tlMinSpan)))
}

// clamp keeps the view inside the axis.
func (t timelineTab) clamp() timelineTab {
	t.zoom = max(0, min(t.zoom, t.maxZoom()))
	t.start = max(t.lo, min(t.start, t.hi-t.span()))
	return t
}

// zoomAt zooms by steps (in when positive) keeping the instant at keep
// where it is on screen.
func (t timelineTab) zoomAt(steps int, keep float64) timelineTab {
	old := t.span()
	frac := (keep - t.start) / old
	t.zoom = max(0, min(t.zoom+steps, t.maxZoom()))
	t.start = keep - frac*t.span()
	return t.clamp()
}

// pan moves the view by a fraction of what it shows (later when positive).
func (t timelineTab) pan(frac float64) timelineTab {
	t.start += frac * t.span()
	return t.clamp()
}

// focus is the instant a key zoom keeps still: the selected entry when it
// is in view (so + closes in on it), else the middle of the view.
func (t timelineTab) focus() float64 {
	if en := t.selected(); en != nil {
		c := min(max(en.from, t.start), t.start+t.span())
		if en.to > t.start && en.from < t.start+t.span() {
			return c
		}
	}
	return t.start + t.span()/2
}

// follow pans so that the selected entry is in view: its start, or the
// whole of it when it fits.
func (t timelineTab) follow() timelineTab {
	en := t.selected()
	if en == nil {
		return t
	}
	end := t.start + t.span()
	if en.to > t.start && en.from < end {
		return t
	}
	if en.to-en.from <= t.span() {
		t.start = (en.from+en.to)/2 - t.span()/2
	} else {
		t.start = en.from - t.span()/10
	}
	return t.clamp()
}

func (t timelineTab) selected() *tlEntry {
	if t.cursor < 0 || t.cursor >= len(t.entries) {
		return nil
	}
	return &t.entries[t.cursor]
}

func (t timelineTab) move(to int) timelineTab {
	t.cursor = max(0, min(to, len(t.entries)-1))
	return t.follow()
}

// handleKey handles the timeline's keys; used reports whether it took the key.
func (t timelineTab) handleKey(msg tea.KeyPressMsg, e env) (timelineTab, tea.Cmd, bool) {
	k := e.keys
	if len(t.entries) > 0 {
		if cmd, done, used := t.detailKey(msg, e); done {
			return t, cmd, used
		}
	}
	switch {
	case len(t.entries) == 0:
		return t, nil, false
	case key.Matches(msg, k.Up):
		return t.move(t.cursor - 1), nil, true
	case key.Matches(msg, k.Down):
		return t.move(t.cursor + 1), nil, true
	case key.Matches(msg, k.Top):
		return t.move(0), nil, true
	case key.Matches(msg, k.Bottom):
		return t.move(len(t.entries) - 1), nil, true
	case key.Matches(msg, k.PageUp):
		return t.move(t.cursor - tlPageRows), nil, true
	case key.Matches(msg, k.PageDown):
		return t.move(t.cursor + tlPageRows), nil, true
	case key.Matches(msg, t.keys.Left):
		return t.pan(-0.25), nil, true
	case key.Matches(msg, t.keys.Right):
		return t.pan(0.25), nil, true
	case key.Matches(msg, t.keys.ZoomIn):
		return t.zoomAt(1, t.focus()), nil, true
	case key.Matches(msg, t.keys.ZoomOut):
		return t.zoomAt(-1, t.focus()), nil, true
	case key.Matches(msg, t.keys.Reset):
		t.zoom, t.start = 0, t.lo
		return t, nil, true
	case key.Matches(msg, k.Enter):
		return t, openEntry(&t.entries[t.cursor].entry), true
	}
	return t, nil, false
}

// mouseAt handles a click or a turn of the wheel (wheel < 0 up, > 0
// down) at x, y within the timeline's w×h area: a click on a row selects
// it; the wheel over the rows' marks zooms about the pointer (up closer),
// over the axis or the title it pans (up earlier), and over the names it
// moves the selection. used reports whether it took the event.
func (t timelineTab) mouseAt(x, y, wheel int, click bool, w, h int) (timelineTab, bool) {
	lay := t.layout(w, h)
	if len(t.entries) == 0 || x < 0 || x >= lay.chartW || y < 0 || y >= lay.chartH {
		return t, false
	}
	row := y - lay.rowsY
	onRow := row >= 0 && row < lay.rows && t.top(lay.rows)+row < len(t.entries)
	dir := 1
	if wheel < 0 {
		dir = -1
	}
	switch {
	case click && onRow:
		t.cursor = t.top(lay.rows) + row
		return t, true
	case click || wheel == 0:
		return t, false
	case row < 0:
		return t.pan(0.1 * float64(dir)), true
	case x < lay.trackX || lay.trackW <= 0:
		return t.move(t.cursor + dir), true
	}
	at := t.start + float64(x-lay.trackX)/float64(lay.trackW)*t.span()
	return t.zoomAt(-dir, at), true
}

// top is the first entry shown in rows rows: the selection is kept in
// the middle, so the rows around it show whichever way it moves.
func (t timelineTab) top(rows int) int {
	if rows <= 0 || len(t.entries) <= rows {
		return 0
	}
	return max(0, min(t.cursor-rows/2, len(t.entries)-rows))
}
