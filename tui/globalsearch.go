package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/format"
)

// globalSearch is the search over everything (ctrl+f or :): every figure
// and item, by its own words, notes and quotes, and every passage of every
// article. Hits are listed by kind with the match underlined; enter shows
// a record in its tab (a figure no table lists, with what it is about) or
// opens an article at the passage, its matches marked for n and N.
type globalSearch struct {
	open   bool // on screen; closed, it keeps its query for the next time
	input  textinput.Model
	query  string // the folded query the hits are for
	hits   []hit
	counts map[string]int // hits per kind, before the caps
	cursor int
	top    int // first line shown
	index  *searchIndex
	all    []entry // what index indexes: figures, items, articles
	rows   []searchRow
	rowsW  int               // the width drawn lines are for
	drawn  map[int][2]string // hits' lines, drawn as they come on screen
	geom   rect
}

// hit is one result: a record, or a passage of an article.
type hit struct {
	kind    string // its group's heading
	en      *entry
	offset  int    // an article passage: where the match is in the clean text, -1 until known
	folded  int    // and where in the folded clean text
	snippet string // the text it matched in, as drawn
}

// searchRow is one line of the hits list: a group's heading (hit -1,
// text set) or line part (0, 1) of a hit, drawn when it is on screen.
type searchRow struct {
	hit, part int
	text      string
}

// Caps on what one query lists: a large dataset matches "a" everywhere.
const (
	maxRecordHits  = 300
	maxPassageHits = 200
	maxPerArticle  = 20
)

func newGlobalSearch(set *data.Set) *globalSearch {
	ti := textinput.New()
	ti.Prompt = "search all: "
	ti.Placeholder = "figures, records, notes, articles"
	ti.CharLimit = 200
	g := &globalSearch{input: ti}
	for _, f := range set.Figures {
		g.all = append(g.all, entry{fig: f})
	}
	for _, it := range set.Items {
		g.all = append(g.all, entry{item: it})
	}
	for _, a := range set.Articles {
		g.all = append(g.all, entry{art: a})
	}
	// Each record by its own words only: a search for a place finds the
	// place and what names it in its text, not every figure tagged with it.
	g.index = newSearchIndex(set, g.all, func(en *entry) ([]string, []string) { return ownTexts(en), nil })
	return g
}

// ownTexts is what the global search finds a record by.
func ownTexts(en *entry) []string {
	switch {
	case en.fig != nil:
		f := en.fig
		out := []string{f.Label}
		for _, s := range f.Sources {
			out = append(out, s.Quote)
		}
		out = append(out, f.Note, f.PeriodNote, f.ValueText)
		for _, s := range f.Sources {
			out = append(out, s.ValueText)
		}
		return out
	case en.item != nil:
		it := en.item
		out := append([]string{it.Name, it.Note, it.DateNote}, it.Aliases...)
		for _, s := range it.Sources {
			out = append(out, s.Quote)
		}
		return out
	}
	return []string{en.art.Title, en.art.Clean.Text}
}

// kindTitle is the heading of a kind of hit.
func kindTitle(en *entry) string {
	switch {
	case en.fig != nil:
		return "Figures"
	case en.item != nil:
		return kindTitles[en.item.Kind]
	}
	return "Article passages"
}

var kindTitles = map[string]string{"investment": "Investments", "training": "Training", "event": "Events",
	"market": "Markets", "initiative": "Initiatives", "organisation": "Organisations", "person": "People",
	"place": "Places"}

// kindOrder is the order of the groups.
var kindOrder = []string{"Figures", "Investments", "Training", "Events", "Markets", "Initiatives",
	"Organisations", "People", "Places", "Article passages"}

// run searches for what the input holds.
func (g *globalSearch) run() {
	q := data.Fold(strings.TrimSpace(g.input.Value()))
	if q == g.query && g.hits != nil {
		return
	}
	g.query, g.hits, g.counts, g.cursor, g.top, g.rows, g.drawn = q, []hit{}, map[string]int{}, 0, 0, nil, nil
	if q == "" {
		return
	}
	byKind := map[string][]hit{}
	records, passages := 0, 0
	for _, i := range g.index.filter(q, nil, len(g.all), nil) {
		en := &g.all[i]
		kind := kindTitle(en)
		if en.art != nil {
			// The index holds the article folded (after its title): the
			// matches are found there, and traced back to the text only
			// for the hits drawn or opened (offset).
			ft := g.index.own(i)[len(data.Fold(en.art.Title))+1:]
			for at, k := 0, 0; ; k++ {
				j := strings.Index(ft[at:], q)
				if j < 0 {
					break
				}
				g.counts[kind]++
				if k < maxPerArticle && passages < maxPassageHits {
					byKind[kind] = append(byKind[kind], hit{kind: kind, en: en, offset: -1, folded: at + j})
					passages++
				}
				at += j + len(q)
			}
			continue
		}
		g.counts[kind]++
		if records < maxRecordHits {
			byKind[kind] = append(byKind[kind], hit{kind: kind, en: en})
			records++
		}
	}
	for _, k := range kindOrder {
		g.hits = append(g.hits, byKind[k]...)
	}
}

// offset is where hit i's match starts in its article's clean text.
func (g *globalSearch) offset(i int) int {
	h := &g.hits[i]
	if h.offset < 0 {
		h.offset = unfold(h.en.art.Clean.Text, h.folded)
	}
	return h.offset
}

// unfold is the byte of s whose fold holds byte at of s folded.
func unfold(s string, at int) int {
	var buf []byte
	n := 0
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		buf = data.AppendFold(buf[:0], s[i:i+size])
		if n += len(buf); n > at {
			return i
		}
		i += size
	}
	return len(s)
}

// update handles a key while the search is open; closed reports esc.
func (g *globalSearch) update(msg tea.KeyPressMsg) (cmd tea.Cmd, closed bool) {
	switch msg.String() {
	case "esc":
		return nil, true
	case "enter":
		cmd := g.openHit()
		return cmd, cmd != nil
	case "up", "ctrl+p":
		g.move(-1)
	case "down", "ctrl+n":
		g.move(1)
	case "pgup":
		g.move(-max(1, g.geom.h/2-1))
	case "pgdown":
		g.move(max(1, g.geom.h/2-1))
	case "end", "ctrl+end":
		g.move(len(g.hits))
	case "home", "ctrl+home":
		g.move(-len(g.hits))
	default:
		var c tea.Cmd
		g.input, c = g.input.Update(msg)
		g.run()
		return c, false
	}
	return nil, false
}

// paste types a paste's first line into the query.
func (g *globalSearch) paste(content string) tea.Cmd {
	text := pasteText(content)
	if text == "" {
		return nil
	}
	var cmd tea.Cmd
	g.input, cmd = g.input.Update(tea.PasteMsg{Content: text})
	g.run()
	return cmd
}

func (g *globalSearch) move(n int) {
	g.cursor = max(0, min(g.cursor+n, len(g.hits)-1))
}

// open is enter on the selected hit: the record in its tab, or the article
// at the passage.
func (g *globalSearch) openHit() tea.Cmd {
	if g.cursor < 0 || g.cursor >= len(g.hits) {
		return nil
	}
	h := g.hits[g.cursor]
	switch {
	case h.en.art != nil:
		msg := openSourceMsg{article: h.en.art.File, offset: g.offset(g.cursor), length: len(g.query), query: g.query}
		return func() tea.Msg { return msg }
	case h.en.fig != nil:
		id := h.en.fig.ID
		return func() tea.Msg { return jumpMsg{id: id, found: true} }
	}
	id := h.en.item.ID
	return func() tea.Msg { return jumpMsg{id: id, found: true} }
}

// mouse: the wheel moves the selection, a click selects a hit and a click
// on the selected one opens it.
func (g *globalSearch) mouse(ev mouseEvent) (*tea.KeyPressMsg, bool) {
	if ev.wheel != 0 {
		g.move(ev.wheel)
		return nil, true
	}
	if !g.geom.has(ev.x, ev.y) {
		return nil, false
	}
	row := g.top + ev.y - g.geom.y
	if row < 0 || row >= len(g.rows) || g.rows[row].hit < 0 {
		return nil, true
	}
	if g.rows[row].hit == g.cursor {
		return &enterKey, true
	}
	g.cursor = g.rows[row].hit
	return nil, true
}

// view draws the search in w×h cells: the query, the hits by kind, and
// beside them (when wide) the selected hit's detail.
func (g *globalSearch) view(e env, w, h int) string {
	st := e.st
	e.query = g.query
	count := fmt.Sprintf("%d hits", len(g.hits))
	switch {
	case g.query == "":
		count = "ignores case and accents"
	case len(g.hits) == 0:
		count = "no hits"
	}
	g.input.SetWidth(max(1, w-st.width(count)-len(g.input.Prompt)-3))
	head := g.input.View()
	gap := w - st.width(head) - st.width(count)
	head = st.fit(head+strings.Repeat(" ", max(1, gap))+st.count.Render(count), w, 1)
	bodyH := h - 1
	listW, previewW := w, 0
	if w >= wideWidth {
		previewW = w * 2 / 5
		listW = w - previewW - 3
	}
	g.geom = rect{0, 1, listW, bodyH}
	list := g.list(e, listW, bodyH)
	if previewW == 0 {
		return head + "\n" + list
	}
	return head + "\n" + joinH(list, st.muted.Render(rule(st, bodyH)), g.preview(e, previewW, bodyH))
}

// list draws the hits from the scroll position that keeps the cursor's in
// view.
func (g *globalSearch) list(e env, w, h int) string {
	st := e.st
	if g.query == "" {
		return st.fit(st.muted.Render(st.wrap("Type to search every figure, record, note and article. "+
			"↑/↓ pick a hit, enter shows it (an article at the passage; n/N there step through the matches), esc closes.", w)), w, h)
	}
	if len(g.hits) == 0 {
		return st.fit(st.muted.Render("Nothing matches."), w, h)
	}
	if g.rows == nil {
		g.rows = g.layout(e)
	}
	if g.rowsW != w || g.drawn == nil {
		g.drawn, g.rowsW = map[int][2]string{}, w
	}
	first, last := -1, -1
	for i, r := range g.rows {
		if r.hit == g.cursor {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		if first-1 < g.top { // keep its heading in view when it has one
			g.top = max(0, first-1)
		}
		if last >= g.top+h {
			g.top = last - h + 1
		}
	}
	g.top = max(0, min(g.top, len(g.rows)-h))
	out := make([]string, 0, h)
	for i := g.top; i < min(len(g.rows), g.top+h); i++ {
		r := g.rows[i]
		text := r.text
		if r.hit >= 0 {
			lines, ok := g.drawn[r.hit]
			if !ok {
				lines = g.draw(e, r.hit, w)
				g.drawn[r.hit] = lines
			}
			text = lines[r.part]
		}
		if r.hit >= 0 && r.hit == g.cursor {
			mark := st.marker
			if i > first {
				mark = st.bar
			}
			out = append(out, st.title.Render(mark)+" "+strings.TrimPrefix(text, "  "))
			continue
		}
		out = append(out, text)
	}
	return st.fit(strings.Join(out, "\n"), w, h)
}

// layout is the hits as lines: a heading per kind with its count, then per
// hit two lines, its name and the text it matched in (drawn by draw when
// they come on screen: a query can match hundreds of records).
func (g *globalSearch) layout(e env) []searchRow {
	var rows []searchRow
	kind := ""
	for i, h := range g.hits {
		if h.kind != kind {
			kind = h.kind
			n := g.counts[kind]
			head := fmt.Sprintf("%s (%d)", kind, n)
			if shown := countKind(g.hits, kind); shown < n {
				head = fmt.Sprintf("%s (%d, the first %d shown)", kind, n, shown)
			}
			rows = append(rows, searchRow{hit: -1, text: e.st.label.Render(head)})
		}
		rows = append(rows, searchRow{hit: i, part: 0}, searchRow{hit: i, part: 1})
	}
	return rows
}

// draw is hit i's two lines at width w.
func (g *globalSearch) draw(e env, i, w int) [2]string {
	st := e.st
	if g.hits[i].en.art != nil {
		g.offset(i)
	}
	name, snippet := g.describe(e, g.hits[i], w-4)
	return [2]string{"  " + st.truncate(name, w-2), "    " + st.muted.Render(st.truncate(snippet, w-4))}
}

func countKind(hits []hit, kind string) int {
	n := 0
	for _, h := range hits {
		if h.kind == kind {
			n++
		}
	}
	return n
}

// describe is a hit's name line and the excerpt of the text it matched in
// (when that is not the name), the match underlined.
func (g *globalSearch) describe(e env, h hit, w int) (string, string) {
	switch {
	case h.en.art != nil:
		a := h.en.art
		return e.mark(a.Title) + e.st.muted.Render("  "+shortCitation(e.set, a.File)), excerptAt(e, a.Clean.Text, h.offset, len(g.query), w)
	case h.en.fig != nil:
		f := h.en.fig
		name := e.st.value.Render(figureWordings(f)) + " " + e.mark(f.Label)
		if in := g.matchedIn(e, ownTexts(h.en)[1:], w); in != "" && len(matchSpans(sanitize(f.Label), g.query)) == 0 {
			return name, in
		}
		return name, strings.Join(nonEmpty(format.Status(f), format.Period(f.Period), sourceShort(e.set, f.Sources)), " · ")
	}
	it := h.en.item
	if in := g.matchedIn(e, ownTexts(h.en)[1:], w); in != "" && len(matchSpans(sanitize(it.Name), g.query)) == 0 {
		return e.mark(it.Name), in
	}
	return e.mark(it.Name), strings.Join(nonEmpty(it.Kind, format.Period(it.Date), sourceShort(e.set, it.Sources)), " · ")
}

// nonEmpty is xs without its empty strings.
func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

// matchedIn is the excerpt of the first of texts the query is in.
func (g *globalSearch) matchedIn(e env, texts []string, w int) string {
	for _, t := range texts {
		t = sanitize(t)
		if sp := matchSpans(t, g.query); len(sp) > 0 {
			return excerptAt(e, t, sp[0].start, sp[0].end-sp[0].start, w)
		}
	}
	return ""
}

// excerptAt is about w cells of text around the match at [at, at+n), on one
// line, with the match underlined.
func excerptAt(e env, text string, at, n, w int) string {
	from := max(0, at-w/3)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	// Start at a word, unless the word is the match.
	if sp := strings.IndexAny(text[from:at], " \n"); from > 0 && sp >= 0 {
		from += sp + 1
	}
	to := min(len(text), at+n+w)
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	s := strings.Join(strings.Fields(sanitize(text[from:to])), " ")
	if from > 0 {
		s = "…" + s
	}
	return markMatches(s, e.query)
}

// preview is the selected hit's detail: a record's pane, or the passage.
func (g *globalSearch) preview(e env, w, h int) string {
	if g.cursor < 0 || g.cursor >= len(g.hits) {
		return e.st.fit("", w, h)
	}
	hh := g.hits[g.cursor]
	if hh.en.art != nil {
		hh.offset = g.offset(g.cursor)
		a := hh.en.art
		body := e.st.title.Render(sanitize(a.Title)) + "\n" + e.st.muted.Render(citation(e.set, a.File)) + "\n\n" +
			excerptAt(e, a.Clean.Text, hh.offset, len(g.query), 4*w) + "\n\n" + e.st.muted.Render("enter opens the article here")
		return e.st.fit(e.st.wrap(body, w), w, h)
	}
	return e.st.fit(entryDoc(e, hh.en, w).String(), w, h)
}

// kinds is the hits' groups, in order.
func (g *globalSearch) kinds() []string {
	var out []string
	for _, h := range g.hits {
		if len(out) == 0 || out[len(out)-1] != h.kind {
			out = append(out, h.kind)
		}
	}
	return out
}
