package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
	"ictdash/format"
)

var sourceColumns = []column{
	{title: "#", min: 3, max: 3},
	{title: "Outlet", min: 8, max: 16, drop: 2},
	{title: "Date", min: 11, max: 11, drop: 1},
	{title: "Title", min: 16, weight: 1, flex: true},
}

// sourcesTab lists the articles and shows the selected one's clean text
// with every quoted passage highlighted; a jump from a figure scrolls to
// and marks its quote, and the matches of a search are marked and stepped
// through with n and N.
type sourcesTab struct {
	lv        listView
	focusText bool // keys scroll the text instead of the list
	zoomed    bool // the text has the whole body
	fromJump  bool // esc returns to the tab the jump came from
	current   span // the quote jumped to, in clean-text offsets
	yOffset   int  // first line shown; -1: the current quote or match, at the next draw
	// query is the folded text whose matches are marked: the search that
	// opened the article, else the list's filter. match is the current
	// one (n/N), an index into the article's matches, or -1.
	query   string
	match   int
	wrapped wrapCache
	geom    sourcesGeom
}

// sourcesGeom is where the last frame put the list and the text.
type sourcesGeom struct {
	list, text rect
	textY      int // the first line of text shown (below the title line)
}

type span struct{ start, end int }

// wrapCache keeps the wrapped, highlighted text of the shown article for
// the last width, so scrolling does not re-wrap the article on every key.
type wrapCache struct {
	article string
	width   int
	gen     int
	current span
	query   string
	match   int
	lines   []string
	matches []span // the query's matches in the clean text
	quoteAt int    // first wrapped line of the current quote
	matchAt int    // and of the current match
}

func newSourcesTab(set *data.Set, keys keyMap) *sourcesTab {
	entries := make([]entry, len(set.Articles))
	for i, a := range set.Articles {
		entries[i] = entry{art: a}
	}
	cells := func(en *entry) []string {
		a := en.art
		date := "undated"
		if a.Published != "" {
			date = format.Period(a.Published)
		}
		return []string{a.File[:min(3, len(a.File))], sanitize(a.Outlet), date, sanitize(a.Title)}
	}
	sortKey := func(en *entry, col int) string {
		a := en.art
		return []string{a.File, a.Outlet, a.Published, a.Title}[col]
	}
	search := func(en *entry) ([]string, []string) {
		a := en.art
		return []string{a.File + " " + a.Outlet + " " + a.Title + " " + a.Clean.Text}, nil
	}
	// Whole articles are searched: their folded text is built on the first
	// filter, not with the dashboard.
	spec := &listSpec{cols: sourceColumns, cells: cells, sortKey: sortKey, search: search, lazySearch: true}
	t := &sourcesTab{lv: newListView(set, spec, entries, keys), current: span{-1, -1}, match: -1}
	t.lv.docOf = nil // the pane beside the list is the article, drawn here
	return t
}

func (t *sourcesTab) title() string   { return "Sources" }
func (t *sourcesTab) list() *listView { return &t.lv }

// briefing is every topic: the Sources filter searches article text, which
// a briefing's filter does not.
func (t *sourcesTab) briefing() brief.Options { return brief.Options{} }

// article returns the selected article, or nil.
func (t *sourcesTab) article() *data.Article {
	if en := t.lv.selected(); en != nil {
		return en.art
	}
	return nil
}

// open selects an article and marks the quote to scroll to, or the match
// of the search that led here.
func (t *sourcesTab) open(msg openSourceMsg) {
	t.lv.selectWhere(func(en *entry) bool { return en.art.File == msg.article })
	t.current = span{msg.offset, msg.offset + msg.length}
	t.focusText, t.fromJump = true, true
	t.query, t.match = msg.query, -1
	if msg.query != "" {
		t.current = span{-1, -1}
		t.match = t.matchAtOrAfter(msg.offset)
	}
	t.yOffset = -1 // scroll to it at the next draw, when the width is known
}

// shortHelp is the footer: the list's keys, or the article's (n/N only
// when there is something to step through).
func (t *sourcesTab) shortHelp(k keyMap) []key.Binding {
	if !t.focusText || t.lv.editing {
		return listHelp(&t.lv, k)
	}
	keys := k.textHelp()
	if len(t.matches()) == 0 {
		keys = slices.DeleteFunc(keys, func(b key.Binding) bool { return b.Help().Key == k.NextMatch.Help().Key })
	}
	return keys
}

// queryNow is the folded text whose matches the article marks.
func (t *sourcesTab) queryNow() string {
	if t.query != "" {
		return t.query
	}
	return t.lv.filtered
}

// matches are the current query's matches in the selected article.
func (t *sourcesTab) matches() []span {
	a := t.article()
	q := t.queryNow()
	if a == nil || q == "" {
		return nil
	}
	c := &t.wrapped
	if c.article == a.File && c.query == q && c.matches != nil {
		return c.matches
	}
	return matchSpans(a.Clean.Text, q)
}

// matchAtOrAfter is the first match starting at or after offset (or the
// last one), -1 when there is none.
func (t *sourcesTab) matchAtOrAfter(offset int) int {
	ms := t.matches()
	for i, m := range ms {
		if m.start >= offset {
			return i
		}
	}
	return len(ms) - 1
}

func (t *sourcesTab) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) {
	k := e.keys
	if !t.focusText {
		if !t.lv.editing {
			switch {
			case key.Matches(msg, k.Enter, k.Focus, k.NextTab):
				t.focusText, t.yOffset, t.current, t.match = true, 0, span{-1, -1}, -1
				return nil, true
			case key.Matches(msg, k.Zoom):
				t.focusText, t.zoomed = true, true
				return nil, true
			}
		}
		var cmd tea.Cmd
		var used bool
		before := t.lv.tbl.Cursor()
		t.lv, cmd, used = t.lv.update(msg, k)
		if t.lv.tbl.Cursor() != before {
			t.yOffset, t.current, t.match, t.query = 0, span{-1, -1}, -1, ""
		}
		return cmd, used
	}
	page := max(1, t.geom.text.h-2)
	switch {
	case key.Matches(msg, k.Zoom):
		t.zoomed = !t.zoomed
	case t.zoomed && key.Matches(msg, k.Back):
		t.zoomed = false
	case key.Matches(msg, k.Back):
		t.focusText = false
		if t.fromJump {
			t.fromJump = false
			return nil, false // the root returns to where the jump came from
		}
	case key.Matches(msg, k.Unfocus, k.PrevTab):
		t.focusText, t.zoomed, t.fromJump = false, false, false
	case key.Matches(msg, k.NextTab):
		t.focusText, t.zoomed, t.fromJump = false, false, false
		return nil, false // the next tab
	case key.Matches(msg, k.NextMatch, k.PrevMatch):
		t.step(key.Matches(msg, k.NextMatch))
	case key.Matches(msg, k.Down):
		t.scrollBy(1)
	case key.Matches(msg, k.Up):
		t.scrollBy(-1)
	case key.Matches(msg, k.PageDown):
		t.scrollBy(page)
	case key.Matches(msg, k.PageUp):
		t.scrollBy(-page)
	case key.Matches(msg, k.Top):
		t.yOffset = 0
	case key.Matches(msg, k.Bottom):
		t.yOffset = len(t.wrapped.lines)
	default:
		return nil, false
	}
	return nil, true
}

// step moves to the next (or previous) match of the query, wrapping round.
func (t *sourcesTab) step(next bool) {
	ms := t.matches()
	if len(ms) == 0 {
		return
	}
	switch {
	case t.match < 0 && next:
		t.match = 0
	case t.match < 0:
		t.match = len(ms) - 1
	case next:
		t.match = (t.match + 1) % len(ms)
	default:
		t.match = (t.match + len(ms) - 1) % len(ms)
	}
	t.yOffset = -1
}

// scrollBy moves the text by n lines from where the last frame showed it.
func (t *sourcesTab) scrollBy(n int) {
	if t.yOffset < 0 {
		t.yOffset = t.geom.textY
	}
	t.yOffset = max(0, t.yOffset+n)
}

func (t *sourcesTab) view(e env, w, h int) string {
	a := t.article()
	t.geom = sourcesGeom{}
	if w <= 0 || h <= 0 {
		return ""
	}
	if t.zoomed {
		t.geom.text = rect{0, 0, w, h}
		return t.text(e, a, w, h)
	}
	if w < sideWidth {
		// The filter line, the table header and its rule, then the rows.
		listH := min(len(t.lv.view)+3, max(minTableH+1, h*2/5))
		t.geom.list = rect{0, 1, w, listH - 1}
		t.geom.text = rect{0, listH, w, h - listH}
		top := e.st.fit(t.lv.header(e.st, w), w, 1) + "\n" + e.st.fit(t.lv.table(e.st, w, listH-1), w, listH-1)
		return top + "\n" + t.text(e, a, w, h-listH)
	}
	leftW := w * 2 / 5
	t.geom.list = rect{0, 1, leftW, h - 1}
	t.geom.text = rect{leftW + 3, 0, w - leftW - 3, h}
	left := e.st.fit(t.lv.header(e.st, leftW), leftW, 1) + "\n" + e.st.fit(t.lv.table(e.st, leftW, h-1), leftW, h-1)
	bar := e.st.muted
	if t.focusText {
		bar = e.st.title
	}
	return joinH(e.st.fit(left, leftW, h), bar.Render(rule(e.st, h)), t.text(e, a, w-leftW-3, h))
}

// text draws the article: a title line with the keys that act on it, then
// the wrapped body from yOffset.
func (t *sourcesTab) text(e env, a *data.Article, w, h int) string {
	if a == nil || w < 4 || h < 2 {
		return e.st.fit(e.st.muted.Render("No article selected."), max(w, 0), max(h, 0))
	}
	c := &t.wrapped
	q := t.queryNow()
	if c.article != a.File || c.width != w || c.gen != e.st.gen || c.current != t.current || c.query != q || c.match != t.match {
		*c = wrapCache{article: a.File, width: w, gen: e.st.gen, current: t.current, query: q, match: t.match}
		if q != "" {
			c.matches = matchSpans(a.Clean.Text, q)
		}
		c.lines, c.quoteAt, c.matchAt = highlightArticle(e, a, t.current, c.matches, t.match, w)
	}
	y := t.yOffset
	if y < 0 { // just jumped: put the quote (or match) a few lines from the top
		at := c.quoteAt
		if t.match >= 0 {
			at = c.matchAt
		}
		y = max(0, at-2)
	}
	y = min(y, max(0, len(c.lines)-(h-1)))
	t.geom.textY = y
	if t.yOffset >= 0 {
		t.yOffset = y
	}
	var hint string
	switch {
	case !t.focusText:
		hint = "enter or l to read"
	case len(c.matches) > 0:
		at := "–"
		if t.match >= 0 {
			at = fmt.Sprint(t.match + 1)
		}
		hint = fmt.Sprintf("j/k scroll · n/N match %s of %d · esc back", at, len(c.matches))
	default:
		hint = "j/k scroll · esc back · z zoom"
	}
	// The hint says what keys do here, whole words only; the title gives
	// way to it.
	hint = "  " + fitWords(e.st, hint, max(0, w-2))
	title := e.st.truncate(e.st.title.Render(sanitize(a.Title)), max(0, w-e.st.width(hint))) + e.st.muted.Render(hint)
	end := min(len(c.lines), y+h-1)
	return e.st.fit(title+"\n"+strings.Join(c.lines[y:end], "\n"), w, h)
}

// mouse: over the list, the wheel moves the cursor and a click selects an
// article (a click on the selected one reads it); over the text, the wheel
// scrolls it and a click gives it the keys.
func (t *sourcesTab) mouse(ev mouseEvent, _ env) (*tea.KeyPressMsg, bool) {
	g := t.geom
	switch {
	case g.text.has(ev.x, ev.y):
		if ev.wheel != 0 {
			t.scrollBy(ev.wheel)
		} else {
			t.focusText = true
		}
		return nil, true
	case g.list.has(ev.x, ev.y) && !t.lv.editing:
		if ev.wheel != 0 {
			t.lv.setCursor(t.lv.tbl.Cursor() + ev.wheel)
			t.yOffset, t.current, t.match, t.query = 0, span{-1, -1}, -1, ""
			return nil, true
		}
		row := ev.y - g.list.y - t.lv.tbl.headH
		if row < 0 {
			t.lv.sortBy(t.lv.columnAt(ev.x - g.list.x))
			return nil, true
		}
		i := t.lv.tbl.offset + row
		if i >= t.lv.tbl.n {
			return nil, true
		}
		if i == t.lv.tbl.Cursor() {
			return &enterKey, true
		}
		t.lv.setCursor(i)
		t.focusText, t.yOffset, t.current, t.match, t.query = false, 0, span{-1, -1}, -1, ""
		return nil, true
	}
	return nil, false
}
