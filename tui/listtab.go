package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

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
	list   listView
	charts []chartFunc
	drawn  *memo
}

func newListTab(set *data.Set, keys keyMap, kinds []string, charts []chartFunc) listTab {
	return listTab{list: newListView(set, figureSpec(set), kindEntries(set, kinds), keys), charts: charts, drawn: &memo{}}
}

func (t listTab) update(msg tea.KeyPressMsg, e env) (listTab, tea.Cmd, bool) {
	var cmd tea.Cmd
	var used bool
	t.list, cmd, used = t.list.updateOpening(msg, e.keys)
	return t, cmd, used
}

func (t listTab) view(e env, w, h int) string {
	return splitView(e, &t.list, w, h, func(cw, ch int) string {
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
	chartsMinH  = 30 // below this height the table gets all the room
	// minRows is the fewest table rows a list shows when stacked over its
	// detail pane, down to the smallest screen the dashboard accepts
	// (minWidth×minHeight); minTableH is that with the header and its rule.
	minRows   = 3
	minTableH = minRows + 2
)

// splitView lays out a list tab: filter line, table and detail side by side
// (stacked when narrow), and charts under the table when there is room.
func splitView(e env, lv *listView, w, h int, charts func(w, h int) string) string {
	return splitViewWith(e, lv, w, h, charts, func(en *entry, width, _ int) string { return entryDetail(e, en, width) })
}

// splitViewWith is splitView with the tab's own detail pane.
func splitViewWith(e env, lv *listView, w, h int, charts func(w, h int) string, detail func(*entry, int, int) string) string {
	header := lv.header(e.st, w)
	bodyH := h - 1
	if w < mediumWidth {
		tableH := max(minTableH, bodyH/2)
		below := e.st.fit(detail(lv.selected(), w, bodyH-tableH), w, bodyH-tableH)
		return header + "\n" + e.st.fit(lv.table(e.st, w, tableH), w, tableH) + "\n" + below
	}
	leftW := w * 3 / 5
	rightW := w - leftW - 1
	tableH := bodyH
	var chartBlock string
	if charts != nil && h >= chartsMinH {
		chartH := min(16, bodyH/2)
		tableH = bodyH - chartH
		chartBlock = "\n" + e.st.fit("", leftW, 1) + "\n" + e.st.fit(charts(leftW, chartH-1), leftW, chartH-1)
	}
	left := e.st.fit(lv.table(e.st, leftW, tableH), leftW, tableH) + chartBlock
	right := e.st.fit(detail(lv.selected(), rightW-2, bodyH), rightW-2, bodyH)
	return e.st.fit(header, w, 1) + "\n" + joinH(left, e.st.muted.Render(rule(e.st, bodyH)), right)
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
}

// jumpMsg asks the root to show the tab holding a figure or item.
type jumpMsg struct{ id string }

// openEntry opens the first source of a figure or item.
func openEntry(en *entry) tea.Cmd {
	if en == nil {
		return nil
	}
	var srcs []data.Source
	if en.fig != nil {
		srcs = en.fig.Sources
	} else {
		srcs = en.item.Sources
	}
	if len(srcs) == 0 {
		return nil
	}
	s := srcs[0]
	return func() tea.Msg { return openSourceMsg{article: s.Article, offset: s.Offset, length: len(s.Quote)} }
}
