package tui

import (
	"strings"

	"charm.land/lipgloss/v2"

	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
)

// chartFunc draws one chart from the dataset into width columns.
type chartFunc func(set *data.Set, st styles, width int) string

var (
	investmentKinds  = []string{"investment", "market", "initiative"}
	trainingKinds    = []string{"training"}
	investmentCharts = []chartFunc{outsourcingChart, danangChart}
	trainingCharts   = []chartFunc{workforceChart}
)

// listTab is the Investments or Training tab: figures (and items without
// figures) of some item kinds, with a detail pane and the tab's charts.
type listTab struct {
	name, topic string
	lv          listView
	charts      []chartFunc
	drawn       *memo
}

// newListTab is a tab of the figures about items of kinds; topic is its
// briefing's.
func newListTab(name, topic string, set *data.Set, keys keyMap, kinds []string, charts []chartFunc) *listTab {
	return &listTab{name: name, topic: topic, lv: newListView(set, figureSpec(set), kindEntries(set, kinds), keys),
		charts: charts, drawn: &memo{}}
}

func (t *listTab) title() string   { return t.name }
func (t *listTab) list() *listView { return &t.lv }
func (t *listTab) briefing() brief.Options {
	return brief.Options{Topic: t.topic, Filter: t.lv.filterText()}
}

func (t *listTab) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) {
	var cmd tea.Cmd
	var used bool
	t.lv, cmd, used = t.lv.updateOpening(msg, e.keys)
	return cmd, used
}

func (t *listTab) view(e env, w, h int) string {
	return splitView(e, &t.lv, w, h, func(cw, ch int) string {
		return t.drawn.get(cw, ch, e.st, func() string { return drawCharts(e, t.charts, cw, ch) })
	})
}

// drawCharts stacks as many of the charts as fit in width×height.
func drawCharts(e env, charts []chartFunc, width, height int) string {
	var out []string
	used := 0
	for _, c := range charts {
		s := c(e.set, e.st, width)
		n := strings.Count(s, "\n") + 1
		if used+n > height {
			break
		}
		out = append(out, s)
		used += n + 1
	}
	return strings.Join(out, "\n\n")
}

// Layout thresholds: the wide, medium and narrow terminals.
const (
	wideWidth   = 120
	mediumWidth = 80
	// sideWidth is the narrowest screen that puts a list's detail pane
	// beside its table. Below it the table has the whole width, so that
	// labels and names are read whole, and the pane is under it.
	sideWidth  = 160
	chartsMinH = 30 // below this height the table gets all the room
	// minRows is the fewest table rows a list shows when stacked over its
	// detail pane, down to the smallest screen the dashboard accepts
	// (minWidth×minHeight); minTableH is that with the header and its rule.
	minRows   = 3
	minTableH = minRows + 2
)

// splitView lays out a list tab in w×h cells: the filter line, then the
// table and the detail pane side by side on a wide screen (charts under the
// table when tall), or the table over the pane (charts beside the pane when
// there is room for both). z gives the focused pane the whole body. It
// records where it put the table and the pane for the mouse (listGeom).
func splitView(e env, lv *listView, w, h int, charts func(w, h int) string) string {
	st := e.st
	g := &lv.ui.geom
	*g = listGeom{w: w, h: h}
	if w <= 0 || h <= 0 {
		return ""
	}
	header := st.fit(lv.header(st, w), w, 1)
	bodyH := h - 1
	if bodyH <= 0 {
		return header
	}
	if lv.zoomed {
		if lv.focus == focusDetail {
			g.detail = rect{0, 1, w, bodyH}
			return header + "\n" + lv.paneView(e, w, bodyH)
		}
		g.table = rect{0, 1, w, bodyH}
		return header + "\n" + st.fit(lv.tableQ(st, w, bodyH, e.query), w, bodyH)
	}
	side := sideWidth
	if lv.spec.sideWidth > 0 {
		side = lv.spec.sideWidth
	}
	if w >= side {
		detailW := max(48, min(72, w/3))
		leftW := w - detailW - 3
		tableH := bodyH
		var chartBlock string
		if charts != nil && h >= chartsMinH {
			chartH := min(16, bodyH/2)
			tableH = bodyH - chartH
			chartBlock = "\n" + st.fit("", leftW, 1) + "\n" + st.fit(charts(leftW, chartH-1), leftW, chartH-1)
		}
		g.table, g.detail = rect{0, 1, leftW, tableH}, rect{leftW + 3, 1, detailW, bodyH}
		left := st.fit(lv.tableQ(st, leftW, tableH, e.query), leftW, tableH) + chartBlock
		return header + "\n" + joinH(left, lv.ruleStyle(st).Render(rule(st, bodyH)), lv.paneView(e, detailW, bodyH))
	}
	// Stacked: as many rows as there are, up to half the body.
	tableH := max(minTableH, min(len(lv.view)+2, bodyH/2))
	rest := bodyH - tableH
	sep := ""
	if rest >= 3 {
		sep = "\n" + lv.paneRule(st, w)
		rest--
	}
	table := st.fit(lv.tableQ(st, w, tableH, e.query), w, tableH)
	g.table = rect{0, 1, w, tableH}
	paneY := 1 + tableH
	if sep != "" {
		paneY++
	}
	if rest <= 0 {
		return header + "\n" + table
	}
	var bottom string
	if charts != nil && w >= wideWidth && h >= chartsMinH {
		detailW := (w - 3) / 2
		chartW := w - detailW - 3
		g.detail = rect{0, paneY, detailW, rest}
		bottom = joinH(lv.paneView(e, detailW, rest), st.muted.Render(rule(st, rest)),
			st.fit(charts(chartW, rest), chartW, rest))
	} else {
		g.detail = rect{0, paneY, w, rest}
		bottom = lv.paneView(e, w, rest)
	}
	return header + "\n" + table + sep + "\n" + bottom
}

// splitViewWith is splitView with the tab's own detail pane: docOf builds
// it (an actor's links, say).
func splitViewWith(e env, lv *listView, w, h int, charts func(w, h int) string, docOf func(e env, en *entry, width int) doc) string {
	lv.docOf = docOf
	return splitView(e, lv, w, h, charts)
}

// ruleStyle is the separator's style: the title's colour while the detail
// pane beside it has the keys.
func (lv *listView) ruleStyle(st styles) lipgloss.Style {
	if lv.focus == focusDetail {
		return st.title
	}
	return st.muted
}

// paneRule is the line between a table and the detail pane under it: what
// the pane is and how to reach it, never cut inside a word.
func (lv *listView) paneRule(st styles, w int) string {
	hint := "Detail · l or tab: scroll, pick a quote · z zoom"
	if lv.focus == focusDetail {
		hint = "Detail · j/k scroll and pick · enter opens · h or esc: table · z zoom"
	}
	bar := "─"
	if st.ascii {
		bar = "-"
	}
	hint = fitWords(st, hint, max(0, w-4))
	line := bar + " " + hint + " "
	line += strings.Repeat(bar, max(0, w-st.width(line)))
	return lv.ruleStyle(st).Render(st.fit(line, w, 1))
}

// rule is a vertical separator line of height h.
func rule(st styles, h int) string {
	bar := "│"
	if st.ascii {
		bar = "|"
	}
	return strings.TrimSuffix(strings.Repeat(bar+"\n", h), "\n")
}

// openSourceMsg asks the root to show an article scrolled to a quote.
type openSourceMsg struct {
	article        string
	offset, length int
	query          string // a search's folded query: its matches are marked, the one at offset current
}

// jumpMsg asks the root to show the tab holding a figure or item; found
// says the global search asked, so its matches stay marked there.
type jumpMsg struct {
	id    string
	found bool
}

// openEntry opens the first source of a figure or item.
func openEntry(en *entry) tea.Cmd {
	if en == nil {
		return nil
	}
	return openSources(en.sources(), 0)
}

// sources are the citations of an entry's figure or item (none for an
// article).
func (en *entry) sources() []data.Source {
	switch {
	case en.fig != nil:
		return en.fig.Sources
	case en.item != nil:
		return en.item.Sources
	}
	return nil
}

// openSources opens source i of srcs at its quote, or does nothing when
// there is no such source.
func openSources(srcs []data.Source, i int) tea.Cmd {
	if i < 0 || i >= len(srcs) {
		return nil
	}
	s := srcs[i]
	return func() tea.Msg { return openSourceMsg{article: s.Article, offset: s.Offset, length: len(s.Quote)} }
}
