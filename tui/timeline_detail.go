package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/format"
)

// tlDetail is the timeline's detail pane: the list tabs' pane (pane.go)
// over the selected entry's doc, so that it scrolls and each quote is a
// line to pick (tab focuses it, j/k pick, enter opens that quote). Copies
// of the tab share it, as they share the rows' cache.
type tlDetail struct {
	pane    detailPane
	key     tlDocKey
	focused bool
	w, h    int // the pane's size at the last frame; 0 when not drawn
}

// tlDocKey is what the pane's doc was built for.
type tlDocKey struct {
	en        *entry
	w, h, gen int
}

// tlHint is the pane's scroll hint when it is not focused: l pans here.
const tlHint = "tab to scroll"

// sync builds the selected entry's doc for a w×h pane, unless it is built.
func (t timelineTab) sync(e env, w, h int) {
	d := t.detail
	en := t.selected()
	if en == nil {
		d.pane.d, d.key = doc{}, tlDocKey{}
		return
	}
	k := tlDocKey{en: &en.entry, w: w, h: h, gen: e.st.gen}
	if d.key == k {
		return
	}
	same := d.key.en == k.en
	if !same {
		d.pane.reset()
	}
	d.pane.d, d.key = t.entryDoc(e, en, w, h), k
	if same && d.pane.sel >= 0 {
		d.pane.shown = h
		d.pane.selectTarget(d.pane.sel)
	}
}

// entryDoc is the entry's detail: whole when it fits, else the short form
// that leads with the quotes. Under --ascii its lines are folded to ASCII.
func (t timelineTab) entryDoc(e env, en *tlEntry, w, h int) doc {
	d := entryDoc(e, &en.entry, w)
	if len(d.lines) > h {
		d = t.shortDoc(e, en, w)
	}
	if e.st.ascii {
		for i, l := range d.lines {
			d.lines[i] = asciiFold(e.st.toASCII(l))
		}
	}
	return d
}

// detailView draws the selected entry's pane in w×h cells.
func (t timelineTab) detailView(e env, w, h int) string {
	d := t.detail
	d.w, d.h = w, h
	if t.selected() == nil {
		return e.st.fit("", w, h)
	}
	t.sync(e, w, h)
	d.pane.hint = tlHint
	return d.pane.render(e.st, w, h, d.focused)
}

// detailKey handles a key while the pane may take it: tab focuses it (when
// it is drawn); focused, j/k, pgup/pgdn and g/G scroll and pick, enter
// opens the picked quote, and esc, shift+tab or h go back to the chart,
// tab on to the next tab. done reports whether the key was handled here.
func (t timelineTab) detailKey(msg tea.KeyPressMsg, e env) (cmd tea.Cmd, done, used bool) {
	d, k := t.detail, e.keys
	if !d.focused {
		if key.Matches(msg, k.NextTab) && d.w > 0 && d.h > 0 && t.selected() != nil {
			d.focused = true
			t.sync(e, d.w, d.h)
			d.pane.focus()
			return nil, true, true
		}
		return nil, false, false
	}
	switch {
	case key.Matches(msg, k.NextTab):
		d.focused = false
		return nil, true, false
	case key.Matches(msg, k.Back, k.PrevTab, t.keys.Left):
		d.focused = false
		return nil, true, true
	}
	if d.w > 0 && d.h > 0 {
		t.sync(e, d.w, d.h)
	}
	if cmd, used := d.pane.update(msg, k); used {
		return cmd, true, true
	}
	return nil, false, false
}

// picked is the quote or record picked in the focused pane, if any.
func (t timelineTab) picked() (target, bool) {
	p := &t.detail.pane
	if !t.detail.focused || p.sel < 0 || p.sel >= len(p.d.targets) || t.detail.key.en == nil {
		return target{}, false
	}
	if en := t.selected(); en == nil || &en.entry != t.detail.key.en {
		return target{}, false
	}
	return p.d.targets[p.sel], true
}

// shortDoc is the detail of an entry for a short pane: what and when,
// then each quote with its source (a line to pick), then places and
// actors.
func (t timelineTab) shortDoc(e env, en *tlEntry, w int) doc {
	st := e.st
	var d doc
	add := func(s string) { d.add(st.wrap(s, w)) }
	head := st.muted.Render(tlKindName(en) + " " + st.sep + " " + en.when)
	var srcs []data.Source
	var places, orgs []string
	if f := en.fig; f != nil {
		head = st.value.Render(format.Qualified(f)) + " " + statusStyle(st, f).Render(format.Status(f)) + " " + head
		srcs, places, orgs = f.Sources, f.Places, f.Orgs
		if f.Conflict != "" {
			head += " " + st.conflict.Render("! sources differ")
		}
	} else {
		srcs, places, orgs = en.item.Sources, en.item.Places, en.item.Orgs
	}
	add(st.title.Render(en.label))
	add(head)
	for i := range srcs {
		s := &srcs[i]
		text := fmt.Sprintf("%d “%s” ", i+1, sanitize(s.Quote)) + st.muted.Render("— "+citation(e.set, s.Article))
		d.addTarget(st, text, w, target{src: s, copy: sanitize("“" + s.Quote + "” — " + copyCitation(e.set, s.Article))})
	}
	if len(places) > 0 {
		add(st.label.Render("Places: ") + strings.Join(names(e.set, places), ", "))
	}
	if len(orgs) > 0 {
		add(st.label.Render("Actors: ") + strings.Join(names(e.set, orgs), ", "))
	}
	return d
}

// detailMouse handles the mouse over the detail pane of a w×h timeline,
// as a list's pane does: the wheel scrolls it, a click on a quote picks it
// and opens it (press is enter), a click elsewhere in it focuses it.
func (t timelineTab) detailMouse(ev mouseEvent, w, h int) (press *tea.KeyPressMsg, used bool) {
	l, d := t.layout(w, h), t.detail
	if l.detailW <= 0 || l.detailH <= 0 || d.key.en == nil || t.selected() == nil || d.key.en != &t.selected().entry ||
		ev.x < l.detailX || ev.x >= l.detailX+l.detailW || ev.y < l.detailY || ev.y >= l.detailY+l.detailH {
		return nil, false
	}
	if ev.wheel != 0 {
		d.pane.scroll(ev.wheel)
		return nil, true
	}
	if !ev.click {
		return nil, false
	}
	d.focused = true
	if i := d.pane.targetAt(ev.y - l.detailY); i >= 0 {
		d.pane.sel = i
		return &enterKey, true
	}
	d.pane.focus()
	return nil, true
}
