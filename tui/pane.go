package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// doc is what a detail pane shows: wrapped, styled lines, some of which
// belong to targets (a quote, which enter opens in its article at that
// quote; a linked record, which enter shows in its tab).
type doc struct {
	lines   []string
	targets []target
}

// target is a run of a doc's lines that can be selected. Its lines start
// with a gutter of gutterW cells, where the selection marker goes.
type target struct {
	first, end int          // its lines, [first, end)
	src        *data.Source // enter opens this source at its quote
	id         string       // or shows this record in its tab
	copy       string       // what y copies while it is selected
	link       bool         // one of an actor's links
}

// gutterW is the width of a target's gutter.
const gutterW = 2

// add appends text (wrapped already, or one line).
func (d *doc) add(s string) { d.lines = append(d.lines, strings.Split(s, "\n")...) }

// addTarget appends the lines of s, wrapped to width after a gutter, as one
// target.
func (d *doc) addTarget(st styles, s string, width int, t target) {
	t.first = len(d.lines)
	for _, l := range strings.Split(st.wrap(s, max(1, width-gutterW)), "\n") {
		d.lines = append(d.lines, strings.Repeat(" ", gutterW)+l)
	}
	t.end = len(d.lines)
	d.targets = append(d.targets, t)
}

// String is the whole doc, unscrolled.
func (d doc) String() string { return strings.Join(d.lines, "\n") }

// detailPane is the scrollable detail of a list's selected row: the first
// line shown and the selected target. It lives in the list's listUI, which
// every copy of the list shares.
type detailPane struct {
	y, sel int
	shown  int // lines of content the pane showed at its last draw
	d      doc
	key    docKey // what d was built for
	hint   string // how to focus the pane, in its scroll line ("" for a list's)
}

// docKey is what a detail doc depends on.
type docKey struct {
	en         *entry
	width, gen int
	query      string
	hasDoc     bool
}

// reset scrolls back to the top with nothing selected: the row changed.
func (p *detailPane) reset() { p.y, p.sel = 0, -1 }

// visible reports whether target i starts on screen.
func (p *detailPane) visible(i int) bool {
	t := p.d.targets[i]
	return t.first >= p.y && t.first < p.y+max(1, p.shown)
}

// clamp keeps the scroll within the doc and the selection on screen,
// choosing the first (down) or last (up) target on screen when it left.
func (p *detailPane) clamp(down bool) {
	p.y = max(0, min(p.y, len(p.d.lines)-max(1, p.shown)))
	if p.sel >= len(p.d.targets) {
		p.sel = -1
	}
	if p.sel >= 0 && p.visible(p.sel) {
		return
	}
	p.sel = -1
	for i := range p.d.targets {
		j := i
		if !down {
			j = len(p.d.targets) - 1 - i
		}
		if p.visible(j) {
			p.sel = j
			return
		}
	}
}

// focus is what happens as the pane takes the keys: the first target on
// screen is selected, unless one already is.
func (p *detailPane) focus() {
	if p.sel < 0 || p.sel >= len(p.d.targets) || !p.visible(p.sel) {
		p.sel = -1
		p.clamp(true)
	}
}

// selectTarget selects target i and scrolls it into view.
func (p *detailPane) selectTarget(i int) {
	if i < 0 || i >= len(p.d.targets) {
		return
	}
	p.sel = i
	t := p.d.targets[i]
	if t.first < p.y || t.first >= p.y+max(1, p.shown) {
		p.y = t.first
	}
	p.y = max(0, min(p.y, len(p.d.lines)-max(1, p.shown)))
}

// down selects the next target if it starts on screen, else scrolls a
// line: so j reads the whole pane, stopping at each quote.
func (p *detailPane) down() {
	if next := p.sel + 1; next < len(p.d.targets) && p.visible(next) {
		p.sel = next
		if t := p.d.targets[next]; t.end > p.y+p.shown {
			p.y = min(t.first, t.end-p.shown)
		}
		return
	}
	p.y++
	p.clamp(true)
}

// up is down the other way.
func (p *detailPane) up() {
	if prev := p.sel - 1; p.sel > 0 && p.visible(prev) {
		p.sel = prev
		return
	}
	p.y--
	p.clamp(false)
}

// scroll moves the view by n lines.
func (p *detailPane) scroll(n int) {
	p.y += n
	p.clamp(n > 0)
}

// update handles a key while the pane has focus; act is the command for
// enter on a target. It reports whether it used the key.
func (p *detailPane) update(msg tea.KeyPressMsg, k keyMap) (tea.Cmd, bool) {
	page := max(1, p.shown-1)
	switch {
	case key.Matches(msg, k.Down):
		p.down()
	case key.Matches(msg, k.Up):
		p.up()
	case key.Matches(msg, k.PageDown):
		p.scroll(page)
	case key.Matches(msg, k.PageUp):
		p.scroll(-page)
	case key.Matches(msg, k.Top):
		p.y, p.sel = 0, -1
		p.clamp(true)
	case key.Matches(msg, k.Bottom):
		p.y, p.sel = len(p.d.lines), -1
		p.clamp(false)
	case key.Matches(msg, k.Enter):
		return p.activate(), true
	default:
		return nil, false
	}
	return nil, true
}

// activate is enter on the selected target.
func (p *detailPane) activate() tea.Cmd {
	if p.sel < 0 || p.sel >= len(p.d.targets) {
		return nil
	}
	return targetCmd(p.d.targets[p.sel])
}

// targetCmd is what enter on a target does.
func targetCmd(t target) tea.Cmd {
	switch {
	case t.src != nil:
		s := *t.src
		return func() tea.Msg { return openSourceMsg{article: s.Article, offset: s.Offset, length: len(s.Quote)} }
	case t.id != "":
		id := t.id
		return func() tea.Msg { return jumpMsg{id: id} }
	}
	return nil
}

// targetAt is the target holding the pane's line y (relative to the top of
// the pane), or -1.
func (p *detailPane) targetAt(y int) int {
	line := p.y + y
	for i, t := range p.d.targets {
		if line >= t.first && line < t.end {
			return i
		}
	}
	return -1
}

// render draws the doc in w×h cells from the scroll position: the selected
// target marked when the pane has focus, and a last line saying where in
// the doc the pane is when it does not all fit.
func (p *detailPane) render(st styles, w, h int, focused bool) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := p.d.lines
	p.shown = h
	over := len(lines) > h
	if over && h > 1 {
		p.shown = h - 1
	}
	p.clamp(true)
	end := min(len(lines), p.y+p.shown)
	out := make([]string, 0, h)
	for i := p.y; i < end; i++ {
		l := lines[i]
		if focused && p.sel >= 0 && p.sel < len(p.d.targets) && i >= p.d.targets[p.sel].first && i < p.d.targets[p.sel].end {
			t := p.d.targets[p.sel]
			mark := st.marker
			if i > t.first {
				mark = st.bar
			}
			l = st.title.Render(mark) + " " + strings.TrimPrefix(l, "  ")
		}
		out = append(out, l)
	}
	if over && h > 1 {
		out = append(out, st.muted.Render(fitWords(st, p.where(len(lines), focused), w)))
	}
	return st.fit(strings.Join(out, "\n"), w, h)
}

// where is the pane's scroll line: the lines shown, and the keys that
// scroll it.
func (p *detailPane) where(n int, focused bool) string {
	at := fmt.Sprintf("%d–%d of %d lines", p.y+1, min(n, p.y+p.shown), n)
	if focused {
		return at + " · j/k scroll and pick · pgdn page · z zoom"
	}
	if p.hint != "" {
		return at + " · " + p.hint
	}
	return at + " · l or tab to scroll · z zoom"
}

// fitWords is s cut to width at a space, never inside a word: a hint that
// does not fit loses its last parts (between " · ") whole, or else its last
// words.
func fitWords(st styles, s string, width int) string {
	if st.width(s) <= width {
		return s
	}
	if parts := strings.Split(s, " · "); len(parts) > 1 {
		for n := len(parts) - 1; n > 0; n-- {
			if cut := strings.Join(parts[:n], " · "); st.width(cut) <= width {
				return cut
			}
		}
	}
	words := strings.Fields(s)
	for n := len(words) - 1; n > 0; n-- {
		cut := strings.Join(words[:n], " ")
		cut = strings.TrimRight(cut, " ·|•")
		if st.width(cut) <= width {
			return cut
		}
	}
	return ""
}
