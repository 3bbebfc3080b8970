package tui

import (
	"fmt"
	"strings"

	"ictdash/format"
)

// tlLayout is where the parts of the timeline go in a w×h area. The chart
// is at the top left: a title line, the legend, the axis (labels, ticks)
// and one row per entry; the detail pane is beside it when the screen is
// wide, else under it.
type tlLayout struct {
	chartW, chartH                     int
	side                               bool // detail to the right of the chart
	detailX, detailY, detailW, detailH int
	dateW, nameW, trackX, trackW       int
	legend, axis                       bool
	rowsY, rows                        int
}

// tlSideWidth is the narrowest screen that puts the detail beside the
// chart: below it the axis needs the whole width.
const tlSideWidth = 160

func (t timelineTab) layout(w, h int) tlLayout {
	var l tlLayout
	if w <= 0 || h <= 0 {
		return l
	}
	l.chartW, l.chartH = w, h
	switch {
	case w >= tlSideWidth && h >= 8:
		l.side = true
		l.chartW = w * 3 / 5
		l.detailX, l.detailW, l.detailH = l.chartW+3, w-l.chartW-3, h
	case h >= 10:
		// Under the chart: a rule, then the detail, with at least two
		// fifths of the height; the chart takes no more than it needs.
		detailH := max(5, h*2/5)
		if h >= 30 {
			detailH = h / 3
		}
		l.chartH = min(h-detailH, 4+len(t.entries))
		l.detailY, l.detailW, l.detailH = l.chartH+1, w, h-l.chartH-1
	}
	// Title; legend and axis when there is room for rows too.
	l.rowsY = 1
	if l.chartH >= 5 {
		l.axis = true
		l.rowsY += 2
	}
	if l.chartH >= 7 {
		l.legend = true
		l.rowsY++
	}
	l.rows = max(0, l.chartH-l.rowsY)
	// Columns: selection mark, date, name, then the track.
	for _, en := range t.entries {
		l.dateW = max(l.dateW, len([]rune(en.when)))
	}
	l.dateW = min(l.dateW, 11)
	l.nameW = max(8, min(44, l.chartW/3))
	l.trackW = l.chartW - 1 - l.dateW - 1 - l.nameW - 1
	if l.trackW < 20 {
		// Names give way first, then dates, so the axis stays readable.
		l.nameW = max(4, l.nameW-(20-l.trackW))
		l.trackW = l.chartW - 1 - l.dateW - 1 - l.nameW - 1
	}
	if l.trackW < 10 {
		l.dateW = 0
		l.trackW = l.chartW - 1 - l.nameW - 1
	}
	l.trackW = max(0, l.trackW)
	l.trackX = l.chartW - l.trackW
	return l
}

// tlGlyphs are the marks of the timeline, in Unicode or --ascii.
type tlGlyphs struct {
	point, span   [4]string // by tlKind
	today, before string
	after, tick   string
	axis, sel     string
}

func timelineGlyphs(ascii bool) tlGlyphs {
	if ascii {
		return tlGlyphs{point: [4]string{"*", "*", "o", "+"}, span: [4]string{"*", "=", ".", "-"},
			today: ":", before: "<", after: ">", tick: "+", axis: "-", sel: ">"}
	}
	return tlGlyphs{point: [4]string{"●", "●", "○", "◇"}, span: [4]string{"●", "━", "·", "╌"},
		today: "┊", before: "◂", after: "▸", tick: "┬", axis: "─", sel: "▸"}
}

// view draws the timeline in w×h cells.
func (t timelineTab) view(e env, w, h int) string {
	st := e.st
	if w <= 0 || h <= 0 {
		return ""
	}
	if len(t.entries) == 0 {
		return st.fit(chartLine(st, "Timeline: nothing in this dataset has a date", w), w, h)
	}
	l := t.layout(w, h)
	g := timelineGlyphs(st.ascii)
	today := yearsOf(clock())
	lines := []string{t.titleLine(st, l.chartW)}
	if l.legend {
		lines = append(lines, t.legendLine(st, g, today, l.chartW))
	}
	if l.axis {
		labels, ticks := t.axisLines(st, g, today, l)
		lines = append(lines, labels, ticks)
	}
	top := t.top(l.rows)
	for i := top; i < min(len(t.entries), top+l.rows); i++ {
		lines = append(lines, t.row(st, g, i, today, l))
	}
	chart := st.fit(strings.Join(lines, "\n"), l.chartW, l.chartH)
	if l.detailW <= 0 || l.detailH <= 0 {
		t.detail.w, t.detail.h, t.detail.focused = 0, 0, false
		return st.fit(chart, w, h)
	}
	detail := t.detailView(e, l.detailW, l.detailH)
	if l.side {
		return joinH(chart, st.muted.Render(rule(st, h)), detail)
	}
	bar := strings.Repeat(g.axis, w)
	return chart + "\n" + st.muted.Render(bar) + "\n" + detail
}

// tlKindName says what an entry is, in the legend's words.
func tlKindName(en *tlEntry) string {
	switch {
	case en.fig != nil && en.kind == tlTarget:
		return "target"
	case en.fig != nil:
		return "projection"
	}
	return en.item.Kind
}

// titleLine names the axis and the view: "Timeline 2007–2030 · 3 of
// 28", and what the view shows when zoomed. The keys are in the footer
// (timelinePage.shortHelp).
func (t timelineTab) titleLine(st styles, w int) string {
	head := fmt.Sprintf("Timeline %d–%d", int(t.lo), int(t.hi)-1)
	info := fmt.Sprintf(" %s %d of %d", st.sep, t.cursor+1, len(t.entries))
	if t.zoom > 0 {
		info += fmt.Sprintf(" %s showing %s–%s (zoom ×%d)", st.sep, axisDate(t.start, t.span()),
			axisDate(t.start+t.span(), t.span()), 1<<t.zoom)
	}
	line := st.title.Render(chartText(st, head)) + st.muted.Render(chartText(st, info))
	return chartFinish(st, []string{chartTrunc(st, line, w)}, w)
}

// legendLine explains every mark, and where today is.
func (t timelineTab) legendLine(st styles, g tlGlyphs, today float64, w int) string {
	now := clock()
	when := format.Period(now.Format("2006-01-02"))
	switch {
	case today < t.start:
		when += ", before the view " + g.before
	case today >= t.start+t.span():
		when += ", after the view " + g.after
	}
	parts := []string{
		st.value.Render(g.point[tlEvent]) + " event",
		st.barFill.Render(g.span[tlProgramme]+g.span[tlProgramme]) + " programme/plan",
		st.projection.Render(g.span[tlProjection]+g.span[tlProjection]) + " projection",
		st.projection.Render(g.span[tlTarget]+g.span[tlTarget]) + " target",
		st.muted.Render(g.today) + " today " + when,
	}
	return chartFinish(st, []string{chartTrunc(st, chartText(st, strings.Join(parts, "  ")), w)}, w)
}
