package tui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/format"
)

var sourceColumns = []column{
	{title: "#", min: 3, weight: 0},
	{title: "Outlet", min: 10, weight: 2},
	{title: "Date", min: 10, weight: 1},
	{title: "Title", min: 16, weight: 6},
}

// sourcesTab lists the articles and shows the selected one's clean text with
// every quoted passage highlighted; a jump from a figure scrolls to and
// marks its quote.
type sourcesTab struct {
	list      listView
	focusText bool // keys scroll the text instead of the list
	fromJump  bool // esc returns to the tab the jump came from
	current   span // the quote jumped to, in clean-text offsets
	yOffset   int
	wrapped   *wrapCache // shared across copies of the model: views are values
}

type span struct{ start, end int }

// wrapCache keeps the wrapped, highlighted text of the shown article for
// the last width, so scrolling does not re-wrap the article on every key.
type wrapCache struct {
	article string
	width   int
	current span
	lines   []string
	quoteAt int // first wrapped line of the current quote
}

func newSourcesTab(set *data.Set, keys keyMap) sourcesTab {
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
	return sourcesTab{list: newListView(set, spec, entries, keys), wrapped: &wrapCache{}, current: span{-1, -1}}
}

// article returns the selected article, or nil.
func (t sourcesTab) article() *data.Article {
	if en := t.list.selected(); en != nil {
		return en.art
	}
	return nil
}

// open selects an article and marks the quote to scroll to.
func (t sourcesTab) open(msg openSourceMsg) sourcesTab {
	t.list.selectWhere(func(en *entry) bool { return en.art.File == msg.article })
	t.current = span{msg.offset, msg.offset + msg.length}
	t.focusText, t.fromJump = true, true
	t.yOffset = -1 // scroll to the quote at the next draw, when the width is known
	return t
}

func (t sourcesTab) update(msg tea.KeyPressMsg, e env) (sourcesTab, tea.Cmd, bool) {
	k := e.keys
	if !t.focusText {
		if !t.list.editing && key.Matches(msg, k.Enter) {
			t.focusText, t.yOffset, t.current = true, 0, span{-1, -1}
			return t, nil, true
		}
		var cmd tea.Cmd
		var used bool
		before := t.list.tbl.Cursor()
		t.list, cmd, used = t.list.update(msg, k)
		if t.list.tbl.Cursor() != before {
			t.yOffset, t.current = 0, span{-1, -1}
		}
		return t, cmd, used
	}
	page := max(1, len(t.wrapped.lines)/4)
	switch {
	case key.Matches(msg, k.Back):
		t.focusText = false
		if t.fromJump {
			t.fromJump = false
			return t, nil, false // the root returns to where the jump came from
		}
	case key.Matches(msg, k.Down):
		t.yOffset++
	case key.Matches(msg, k.Up):
		t.yOffset--
	case key.Matches(msg, k.PageDown):
		t.yOffset += page
	case key.Matches(msg, k.PageUp):
		t.yOffset -= page
	case key.Matches(msg, k.Top):
		t.yOffset = 0
	case key.Matches(msg, k.Bottom):
		t.yOffset = len(t.wrapped.lines)
	default:
		return t, nil, false
	}
	t.yOffset = max(0, t.yOffset)
	return t, nil, true
}

func (t sourcesTab) view(e env, w, h int) string {
	a := t.article()
	if w < mediumWidth {
		// The filter line, the table header and its rule, then the rows.
		listH := min(len(e.set.Articles)+3, max(minTableH+1, h/3))
		top := t.list.header(e.st, w) + "\n" + e.st.fit(t.list.table(e.st, w, listH-1), w, listH-1)
		return top + "\n" + t.text(e, a, w, h-listH)
	}
	leftW := w * 2 / 5
	left := t.list.header(e.st, leftW) + "\n" + e.st.fit(t.list.table(e.st, leftW, h-1), leftW, h-1)
	return joinH(e.st.fit(left, leftW, h), e.st.muted.Render(rule(e.st, h)), t.text(e, a, w-leftW-3, h))
}

// text draws the article: a title line, then the wrapped body from yOffset.
func (t sourcesTab) text(e env, a *data.Article, w, h int) string {
	if a == nil || w < 4 || h < 2 {
		return e.st.fit(e.st.muted.Render("No article selected."), max(w, 0), max(h, 0))
	}
	c := t.wrapped
	if c.article != a.File || c.width != w || c.current != t.current {
		*c = wrapCache{article: a.File, width: w, current: t.current}
		c.lines, c.quoteAt = highlightArticle(e, a, t.current, w)
	}
	y := t.yOffset
	if y < 0 { // just jumped: put the quote a few lines from the top
		y = max(0, c.quoteAt-2)
	}
	y = min(y, max(0, len(c.lines)-(h-1)))
	hint := "enter to read"
	if t.focusText {
		hint = "j/k scroll · esc back"
	}
	// The hint says what keys do here; the title gives way to it.
	hint = e.st.muted.Render("  " + hint)
	title := e.st.truncate(e.st.title.Render(sanitize(a.Title)), max(0, w-e.st.width(hint))) + hint
	end := min(len(c.lines), y+h-1)
	return e.st.fit(title+"\n"+strings.Join(c.lines[y:end], "\n"), w, h)
}

// highlightArticle wraps an article to width with every quoted passage
// underlined and the current one reversed; it returns the lines and the
// line where the current quote starts.
func highlightArticle(e env, a *data.Article, current span, width int) ([]string, int) {
	text := a.Clean.Text
	var spans []span
	for _, f := range e.set.Figures {
		spans = appendQuotes(spans, f.Sources, a.File)
	}
	for _, it := range e.set.Items {
		spans = appendQuotes(spans, it.Sources, a.File)
	}
	spans = mergeSpans(spans)
	var b strings.Builder
	pos := 0
	for _, s := range spans {
		if s.start < pos {
			continue
		}
		b.WriteString(text[pos:s.start])
		style := e.st.highlight
		if current.start >= s.start && current.start < s.end {
			style = e.st.highlightCurrent
		}
		b.WriteString(style.Render(text[s.start:s.end]))
		pos = s.end
	}
	b.WriteString(text[pos:])
	lines := strings.Split(e.st.wrap(b.String(), width), "\n")
	quoteAt := 0
	if current.start >= 0 && current.start <= len(text) {
		quoteAt = strings.Count(e.st.wrap(text[:current.start], width), "\n")
	}
	return lines, quoteAt
}

func appendQuotes(spans []span, srcs []data.Source, file string) []span {
	for _, s := range srcs {
		if s.Article == file {
			spans = append(spans, span{s.Offset, s.Offset + len(s.Quote)})
		}
	}
	return spans
}

// mergeSpans sorts spans and joins overlapping ones, so each character is
// styled once.
func mergeSpans(spans []span) []span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []span
	for _, s := range spans {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}
