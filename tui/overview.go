package tui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ictdash/data"
	"ictdash/format"
)

// overviewTab is the landing page: headline figures as cards, as many as
// the screen holds, two charts and the latest events. The cards are
// selectable; enter opens the selected figure's source at its quote.
type overviewTab struct {
	cards      []*data.Figure
	latest     []*data.Item // dated events, latest first
	cursor     int          // the selected card
	drawn      *memo        // the charts
	natural    *memo        // the charts at their natural height, to measure
	size       *[2]int      // the size last drawn (shared by copies): the mouse needs it
	drawnCards *cardCache   // the cards as drawn, for the width
}

// cardCache holds the cards drawn at one width and style generation, both
// as plain and as selected: a key moves the selection, and drawing every
// card again would be most of a frame. Copies of the tab share it; it only
// remembers what the figures give.
type cardCache struct {
	width, gen    int
	plain, chosen []string
}

func (c *cardCache) get(e env, cards []*data.Figure, i, width int, selected bool) string {
	if c.plain == nil || c.width != width || c.gen != e.st.gen {
		c.width, c.gen = width, e.st.gen
		c.plain, c.chosen = make([]string, len(cards)), make([]string, len(cards))
	}
	slot := &c.plain[i]
	if selected {
		slot = &c.chosen[i]
	}
	if *slot == "" {
		*slot = card(e, cards[i], width, selected)
	}
	return *slot
}

func newOverviewTab(set *data.Set) overviewTab {
	var dated []*data.Item
	for _, it := range set.Events() {
		if it.Date != "" {
			dated = append(dated, it)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].Date > dated[j].Date })
	return overviewTab{cards: headlines(set), latest: dated, drawn: &memo{}, natural: &memo{}, size: &[2]int{},
		drawnCards: &cardCache{}}
}

// maxCards is the most headline cards the overview holds: more than the
// largest screen shows, and few enough that ranking a large dataset picks
// them without ordering every figure.
const maxCards = 200

// headlines is the reported (not derived) figures for the cards, in the
// project's one ranking (data.Ranker, as the briefing's key figures): what
// ties Việt Nam and Korea most directly first, money before counts before
// shares, figures of one item kept together.
func headlines(set *data.Set) []*data.Figure {
	var pool []*data.Figure
	for _, f := range set.Figures {
		if !f.Derived && len(f.Sources) > 0 {
			pool = append(pool, f)
		}
	}
	return set.Ranker().Top(pool, maxCards)
}

// update moves the selection over the cards (j/k, arrows, g/G) and opens
// the selected figure's source at its quote (enter).
func (t overviewTab) update(msg tea.KeyPressMsg, e env) (overviewTab, tea.Cmd, bool) {
	if len(t.cards) == 0 {
		return t, nil, false
	}
	k := e.keys
	switch {
	case key.Matches(msg, k.Down), msg.String() == "l", msg.String() == "right":
		t.cursor = min(t.cursor+1, len(t.cards)-1)
	case key.Matches(msg, k.Up), msg.String() == "h", msg.String() == "left":
		t.cursor = max(t.cursor-1, 0)
	case key.Matches(msg, k.Top):
		t.cursor = 0
	case key.Matches(msg, k.Bottom):
		t.cursor = len(t.cards) - 1
	case key.Matches(msg, k.Enter):
		return t, openEntry(&entry{fig: t.cards[t.cursor]}), true
	default:
		return t, nil, false
	}
	return t, nil, true
}

// selected is the selected card's figure, or nil when there are none.
func (t overviewTab) selected() *data.Figure {
	if t.cursor < 0 || t.cursor >= len(t.cards) {
		return nil
	}
	return t.cards[t.cursor]
}

// minCardWidth is the narrowest headline card, border included; cards
// widen to share the row evenly. cardHeight is a card's lines, border
// included; minCards is the fewest cards the page shows when it has them.
const (
	minCardWidth = 27
	cardHeight   = 6
	minCards     = 4
)

// ovLayout is where the overview's parts go in w×h: rows of cards at the
// top (the rows from top on), then the charts with the latest events
// beside them, or the latest events alone when the charts do not fit.
type ovLayout struct {
	cols, cardW, rows, top int
	lowerH                 int  // lines under the cards (after a blank line when charts)
	charts                 bool // the charts are drawn under the cards
	chartsW, eventsW       int
}

func (t overviewTab) layout(e env, w, h int) ovLayout {
	var l ovLayout
	if w <= 0 || h <= 0 {
		return l
	}
	l.cols = max(1, (w+1)/(minCardWidth+1))
	l.cardW = min(w, (w-(l.cols-1))/l.cols)
	l.eventsW = min(44, w/3)
	if w < mediumWidth {
		l.eventsW = 0
	}
	l.chartsW = w
	if l.eventsW > 0 {
		l.chartsW = w - l.eventsW - 1
	}
	maxRows := (len(t.cards) + l.cols - 1) / l.cols
	wantRows := min(maxRows, (minCards+l.cols-1)/l.cols)
	// The cards take what the charts leave, as long as at least minCards
	// of them show; else the charts give way to more cards.
	if ch := t.chartsHeight(e, l.chartsW); ch > 0 {
		if fit := (h - ch - 1) / cardHeight; fit >= wantRows {
			l.rows, l.charts = min(fit, maxRows), true
		}
	}
	if !l.charts {
		l.rows = min(h/cardHeight, maxRows)
	}
	l.lowerH = max(0, h-l.rows*cardHeight)
	if l.rows > 0 {
		// Rows scroll so the selected card is always on screen.
		l.top = max(0, t.cursor/l.cols-l.rows+1)
	}
	return l
}

// chartsHeight is the lines the charts take at width w, drawn whole.
func (t overviewTab) chartsHeight(e env, w int) int {
	if w < minChartWidth {
		return 0
	}
	s := t.natural.get(w, 0, e.st, func() string { return overviewCharts(e, w, 1000) })
	s = strings.TrimRight(s, "\n ")
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}

func (t overviewTab) view(e env, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	if len(t.cards) == 0 {
		return e.st.fit(e.st.muted.Render("No reported figures in this dataset."), w, h)
	}
	*t.size = [2]int{w, h}
	l := t.layout(e, w, h)
	var parts []string
	if l.rows > 0 {
		parts = append(parts, t.cardGrid(e, l, w))
	}
	// What is under the cards does not change with the selection.
	if lower := t.drawn.get(w, h, e.st, func() string { return t.lower(e, l, w) }); lower != "" {
		parts = append(parts, lower)
	}
	return strings.Join(parts, "\n")
}

// lower is what goes under the cards: a blank line, the charts and the
// latest events beside them; or the latest events alone.
func (t overviewTab) lower(e env, l ovLayout, w int) string {
	rest := l.lowerH
	switch {
	case rest <= 0:
		return ""
	case !l.charts:
		return e.st.fit(t.latestEvents(e, w), w, rest)
	}
	rest--
	block := e.st.fit(overviewCharts(e, l.chartsW, rest), l.chartsW, rest)
	if l.eventsW > 0 {
		block = joinH(block, e.st.fit(t.latestEvents(e, l.eventsW), l.eventsW, rest))
	}
	return e.st.fit("", w, 1) + "\n" + block
}

// overviewCharts puts the two headline charts side by side when wide, one
// under the other when there is height, else the first only.
func overviewCharts(e env, w, h int) string {
	if w >= 2*44 {
		half := (w - 1) / 2
		left, right := outsourcingChart(e.set, e.st, half), turnover2018Chart(e.set, e.st, half)
		rows := max(strings.Count(left, "\n"), strings.Count(right, "\n")) + 1
		return joinH(e.st.fit(left, half, min(h, rows)), e.st.fit(right, half, min(h, rows)))
	}
	return drawCharts(e, []chartFunc{outsourcingChart, turnover2018Chart}, w, h)
}

// cardGrid is the rows of cards, l.rows×cardHeight lines of w cells. A
// card is exactly l.cardW cells wide (boxed), so rows are padded by count,
// not measured.
func (t overviewTab) cardGrid(e env, l ovLayout, w int) string {
	var lines []string
	for r := l.top; r < l.top+l.rows; r++ {
		var row []string
		for c := 0; c < l.cols; c++ {
			i := r*l.cols + c
			if i >= len(t.cards) {
				break
			}
			row = append(row, t.drawnCards.get(e, t.cards, i, l.cardW, i == t.cursor))
		}
		if len(row) == 0 {
			for range cardHeight {
				lines = append(lines, strings.Repeat(" ", w))
			}
			continue
		}
		pad := strings.Repeat(" ", max(0, w-len(row)*(l.cardW+1)+1))
		for _, line := range strings.Split(joinH(row...), "\n") {
			lines = append(lines, line+pad)
		}
	}
	grid := strings.Join(lines, "\n")
	if l.cardW < minCardWidth {
		// Narrower than a card: its border is cut to the screen.
		return e.st.fit(grid, w, l.rows*cardHeight)
	}
	return grid
}

// cardAt is the index of the card at x, y of the overview drawn w×h, or
// -1 (for a click: the mouse selects what it points at).
func (t overviewTab) cardAt(e env, x, y, w, h int) int {
	l := t.layout(e, w, h)
	if x < 0 || y < 0 || l.rows == 0 || y >= l.rows*cardHeight {
		return -1
	}
	c := x / (l.cardW + 1)
	if c >= l.cols || x%(l.cardW+1) == l.cardW {
		return -1 // the gap between two cards
	}
	if i := (l.top+y/cardHeight)*l.cols + c; i < len(t.cards) {
		return i
	}
	return -1
}

// click selects the card under a click at x, y; used reports whether one
// was there.
func (t overviewTab) click(e env, x, y, w, h int) (overviewTab, bool) {
	if i := t.cardAt(e, x, y, w, h); i >= 0 {
		t.cursor = i
		return t, true
	}
	return t, false
}

// mouse gives the overview the mouse (overviewPage is its tab, tabs.go):
// a click selects the card under it, and a click on the selected card is
// enter (its source at the quote); the wheel moves the selection a row.
func (p *overviewPage) mouse(ev mouseEvent, e env) (*tea.KeyPressMsg, bool) {
	w, h := p.t.size[0], p.t.size[1]
	if ev.h > 0 {
		h = ev.h
	}
	if len(p.t.cards) == 0 {
		return nil, false
	}
	if ev.wheel != 0 {
		step := max(1, p.t.layout(e, w, h).cols)
		if ev.wheel < 0 {
			step = -step
		}
		p.t.cursor = max(0, min(p.t.cursor+step, len(p.t.cards)-1))
		return nil, true
	}
	before := p.t.cursor
	var used bool
	p.t, used = p.t.click(e, ev.x, ev.y, w, h)
	if used && p.t.cursor == before {
		return &enterKey, true
	}
	return nil, used
}

// shortHelp is the overview's keys for the footer: the cards move and open.
func (p *overviewPage) shortHelp(k keyMap) []key.Binding {
	return []key.Binding{k.Help, k.Quit, k.Move, k.Enter, k.NextTab, k.Tabs, k.Search, k.Brief, k.Copy, k.Open}
}

// card shows one figure: value as the source qualifies it (with "!" when
// its sources disagree, and ⚠ when its note qualifies its reliability, the
// caveat itself under it when it fits), what it measures, place and period, and where it
// is from. The selected card has a heavy border, so it shows without
// colour too.
func card(e env, f *data.Figure, width int, selected bool) string {
	st := e.st
	inner := width - 4
	value := st.value.Render(format.Qualified(f))
	if s := format.Status(f); s != "" {
		value += " " + statusStyle(st, f).Render(s)
	}
	caveat := format.Caveat(e.set, f)
	if caveat != "" {
		value = st.warn.Render(st.caveat) + " " + value
	}
	if f.Conflict != "" {
		value = st.conflict.Render("!") + " " + value
	}
	meta := []string{}
	if len(f.Places) > 0 {
		meta = append(meta, sanitize(e.set.Name(f.Places[0])))
	}
	if f.Period != "" {
		meta = append(meta, format.Period(f.Period))
	}
	// The caveat follows place and period when the line has room for it
	// whole; the mark on the value says there is one either way.
	if caveat != "" {
		with := append(slices.Clone(meta), st.caveat+" "+caveat)
		if st.width(cardText(st, strings.Join(with, " "+st.sep+" "))) <= inner {
			meta = with
		}
	}
	src, short := cardSource(st, e.set, f)
	if st.width(cardText(st, src)) > inner {
		src = short
	}
	text := func(s string) string { return st.truncate(cardText(st, s), inner) }
	body := strings.Join([]string{
		text(value),
		text(sanitize(f.Label)),
		text(st.muted.Render(strings.Join(meta, " "+st.sep+" "))),
		text(src),
	}, "\n")
	border, edge := st.boxBorder, st.box
	if selected {
		border, edge = selectedBorder(st.ascii), st.title
	}
	return st.toASCII(boxed(st, body, width, 4, border, edge))
}

// cardText is a card's text under --ascii: letters unaccented and
// punctuation spelled out, before it is measured and cut.
func cardText(st styles, s string) string {
	if st.ascii {
		return asciiFold(st.toASCII(s))
	}
	return s
}

// cardSource names where a card's figure is from: the outlet of its first
// article, "+N" for each other article, and how many quotes when one
// article is cited more than once (said once, not as another source);
// then, when they disagree, that they do. short is the same for a narrow
// card, leading with the disagreement, which matters more than the name.
func cardSource(st styles, set *data.Set, f *data.Figure) (full, short string) {
	if len(f.Sources) == 0 {
		return st.muted.Render("derived"), st.muted.Render("derived")
	}
	var files []string
	quotes := map[string]int{}
	for _, s := range f.Sources {
		if quotes[s.Article] == 0 {
			files = append(files, s.Article)
		}
		quotes[s.Article]++
	}
	outlet := outletOf(set, files[0])
	src, differ := outlet, "quotes differ"
	switch {
	case len(files) > 1:
		src, differ = fmt.Sprintf("%s +%d", outlet, len(files)-1), "sources differ"
	case len(f.Sources) > 1:
		src = fmt.Sprintf("%s, %d quotes", outlet, len(f.Sources))
		differ = fmt.Sprintf("%d quotes differ", len(f.Sources))
	}
	if f.Conflict == "" {
		return st.muted.Render(src), st.muted.Render(src)
	}
	full = st.muted.Render(src+", ") + st.conflict.Render(differ)
	if len(files) == 1 && len(f.Sources) > 1 {
		full = st.muted.Render(outlet+", ") + st.conflict.Render(differ)
	}
	short = st.conflict.Render(differ) + st.muted.Render(" "+st.sep+" "+src)
	if len(files) == 1 {
		short = st.conflict.Render(differ) + st.muted.Render(" "+st.sep+" "+outlet)
	}
	return full, short
}

// selectedBorder is the selected card's border: heavy lines, or = and #
// in --ascii.
func selectedBorder(ascii bool) lipgloss.Border {
	if ascii {
		return lipgloss.Border{Top: "=", Bottom: "=", Left: "#", Right: "#",
			TopLeft: "#", TopRight: "#", BottomLeft: "#", BottomRight: "#"}
	}
	return lipgloss.ThickBorder()
}

// boxed draws body in a border, width cells wide with a one-cell margin
// inside and height lines of body. The border is drawn here rather than by
// Lip Gloss, which would pad and wrap the body by its own widths.
func boxed(st styles, body string, width, height int, b lipgloss.Border, edge lipgloss.Style) string {
	span := max(0, width-2)
	var out strings.Builder
	out.WriteString(edge.Render(b.TopLeft + strings.Repeat(b.Top, span) + b.TopRight))
	for _, l := range strings.Split(st.fit(body, max(0, width-4), height), "\n") {
		out.WriteString("\n" + edge.Render(b.Left) + " " + l + " " + edge.Render(b.Right))
	}
	out.WriteString("\n" + edge.Render(b.BottomLeft+strings.Repeat(b.Bottom, span)+b.BottomRight))
	return out.String()
}

// latestEvents lists the dated events, latest first, as many as w×(the
// pane's height) holds.
func (t overviewTab) latestEvents(e env, w int) string {
	var b strings.Builder
	b.WriteString(e.st.title.Render("Latest events") + "\n")
	for _, ev := range t.latest {
		fmt.Fprintf(&b, "%s %s\n", e.st.muted.Render(format.Period(ev.Date)), sanitize(ev.Name))
	}
	return e.st.wrap(cardText(e.st, strings.TrimRight(b.String(), "\n")), w)
}

// selectedEntry is what y copies and o opens on the overview: the selected
// card's figure.
func (p *overviewPage) selectedEntry() *entry {
	if f := p.t.selected(); f != nil {
		return &entry{fig: f}
	}
	return nil
}
