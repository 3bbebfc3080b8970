package tui

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// chartNoData is what a chart builder draws when the loaded dataset lacks the
// figures it charts (another dataset given with --data).
func chartNoData(st styles, title string, width int) string {
	return chartLine(st, title+": no data in this dataset", width)
}

// chartFigures looks up ids and reports whether all of them exist.
func chartFigures(set *data.Set, ids ...string) ([]*data.Figure, bool) {
	out := make([]*data.Figure, len(ids))
	for i, id := range ids {
		if out[i] = set.Figure(id); out[i] == nil {
			return nil, false
		}
	}
	return out, true
}

// chartBar is a bar for a figure: its status (and any disagreement between
// sources) as the note, projections and targets drawn as projected.
func chartBar(label string, f *data.Figure) barItem {
	note := format.Status(f)
	if f.Conflict != "" {
		note = strings.TrimSpace(note + " sources differ")
	}
	return barItem{label: label, value: f.Value, note: note,
		projected: f.Status == data.Projection || f.Status == data.Target}
}

// outsourcingChart draws the Korean IT outsourcing market: the reported
// value as a point and the projection as a dotted line to its end year.
func outsourcingChart(set *data.Set, st styles, width int) string {
	const title = "Korean IT outsourcing market"
	figs, ok := chartFigures(set, "korea-it-outsourcing-market-value", "korea-it-outsourcing-market-2028")
	if !ok {
		return chartNoData(st, title, width)
	}
	rep, proj := figs[0], figs[1]
	_, from := data.PeriodYears(rep.Period)
	_, to := data.PeriodYears(proj.Period)
	if from == 0 || to <= from {
		return chartNoData(st, title, width)
	}
	n := to - from + 1
	reported, projected := make([]float64, n), make([]float64, n)
	for i := range n {
		reported[i] = math.NaN()
		// A straight line between the two published values; the years in
		// between are not in any source, which the caption says.
		projected[i] = (rep.Value + (proj.Value-rep.Value)*float64(i)/float64(n-1)) / 1e9
	}
	reported[0] = rep.Value / 1e9
	caption := fmt.Sprintf("%d reported: %s; %d %s: %s. Years between are interpolated, not reported. %s",
		from, format.Qualified(rep), to, format.Status(proj), format.Qualified(proj), chartSources(set, figs, nil))
	// The projection is listed first so that the reported point is drawn
	// over it, not under it.
	series := []lineSeries{
		{name: fmt.Sprintf("projection (%d, expected)", to), values: projected, projected: true},
		{name: fmt.Sprintf("reported (%d)", from), values: reported},
	}
	return lineChart(st, title, "US$ billion", caption, from, series, width, 6)
}

// turnover2018Chart draws Vietnam's 2018 IT turnover by segment, with the
// sum of the segments beside the reported total they fall short of.
func turnover2018Chart(set *data.Set, st styles, width int) string {
	const title = "Vietnam IT industry turnover by segment, 2018 (US$ billion)"
	rows := []struct{ id, label string }{
		{"vn-it-2018-electronics", "Electronics"},
		{"vn-it-2018-software", "Software"},
		{"vn-it-2018-services", "IT services"},
		{"vn-it-2018-content", "Digital content"},
		{"vn-it-2018-segments-sum", "Sum of parts"},
		{"vn-it-2018-turnover", "Reported total"},
	}
	var bars []barItem
	var figs []*data.Figure
	for _, r := range rows {
		if f := set.Figure(r.id); f != nil {
			bars = append(bars, chartBar(r.label, f))
			figs = append(figs, f)
		}
	}
	if len(bars) == 0 {
		return chartNoData(st, title, width)
	}
	billions := func(v float64) string { return format.Amount(math.Round(v/1e8)/10, "") }
	return barChart(st, title, chartSources(set, figs, nil), bars, width, billions)
}

// eventsPerYearChart counts the dated events of each year, the same events
// the Events tab lists, and beside them the projections and targets by the
// year they run to, so announced plans show up on the timeline as plans.
// Each year is one row: its events as a solid bar, then its plans as a
// projected one.
func eventsPerYearChart(set *data.Set, st styles, width int) string {
	const title = "Events per year"
	actual, planned := map[int]int{}, map[int]int{}
	kinds := map[int]map[data.Status]bool{}
	var items []*data.Item
	var figs []*data.Figure
	for _, ev := range set.Timeline() {
		if y := data.Year(ev.Date); y != 0 {
			actual[y]++
			items = append(items, ev)
		}
	}
	for _, f := range set.Figures {
		// Derived figures are our arithmetic, not anything announced.
		if f.Derived || (f.Status != data.Projection && f.Status != data.Target) {
			continue
		}
		if _, end := data.PeriodYears(f.Period); end != 0 {
			planned[end]++
			if kinds[end] == nil {
				kinds[end] = map[data.Status]bool{}
			}
			kinds[end][f.Status] = true
			figs = append(figs, f)
		}
	}
	var years []int
	for y := range actual {
		years = append(years, y)
	}
	for y := range planned {
		if actual[y] == 0 {
			years = append(years, y)
		}
	}
	if len(years) == 0 {
		return chartNoData(st, title, width)
	}
	sort.Ints(years)
	rows := make([]yearRow, len(years))
	for i, y := range years {
		note := "projection"
		switch {
		case kinds[y][data.Projection] && kinds[y][data.Target]:
			note = "projection/target"
		case kinds[y][data.Target]:
			note = "target"
		}
		rows[i] = yearRow{year: y, actual: actual[y], planned: planned[y], note: note}
	}
	head := fmt.Sprintf("%s, %d–%d (count)", title, years[0], years[len(years)-1])
	caption := "Projected bars: projections and targets by end year. Years with neither left out. " +
		chartSources(set, figs, items)
	return yearChart(st, head, caption, rows, width)
}

// yearRow is one year of the events chart: events that happened, and
// projections or targets that run to it.
type yearRow struct {
	year            int
	actual, planned int
	note            string // what the planned part is: projection, target
}

// yearChart draws one row per year: the year, a solid bar for the events
// and a projected bar after it for the plans, and the counts in words
// ("15 + 1 projection"), every line at most width cells.
func yearChart(st styles, title, caption string, rows []yearRow, width int) string {
	title = chartText(st, title)
	if width < minChartWidth {
		return chartLine(st, title+": not enough room", width)
	}
	vals, maxV, valW := yearValues(st, rows)
	const labelW = 4
	barW := width - labelW - 1 - 1 - valW
	if barW < 3 {
		// The counts go under the bars rather than squeeze them out.
		barW = width - labelW - 1
	}
	if barW < 1 {
		return chartLine(st, title+": not enough room", width)
	}
	lines := chartTitle(st, title, width)
	for i, r := range rows {
		total := barCells(float64(r.actual+r.planned), float64(maxV), barW)
		solid := barCells(float64(r.actual), float64(maxV), barW)
		if r.planned > 0 && total == solid {
			// A plan next to many events still gets its cell.
			solid = max(0, total-1)
			if total < barW && r.actual > 0 {
				total, solid = total+1, total
			}
		}
		bar := st.barFill.Render(strings.Repeat(st.barRune, solid)) +
			st.barProjected.Render(strings.Repeat(st.barProjectedRune, total-solid)) +
			strings.Repeat(st.barEmptyRune, barW-total)
		label := st.pad(strconv.Itoa(r.year), labelW)
		val := st.value.Render(vals[i])
		if r.planned > 0 {
			val = st.projection.Render(vals[i])
		}
		if labelW+1+barW+1+st.width(vals[i]) <= width {
			lines = append(lines, label+" "+bar+" "+val)
		} else {
			lines = append(lines, label+" "+bar, strings.Repeat(" ", labelW+1)+chartTrunc(st, val, width-labelW-1))
		}
	}
	lines = append(lines, chartCaption(st, caption, width)...)
	return chartFinish(st, lines, width)
}

// yearValues writes each row's counts ("15 + 1 projection"), the first
// count right-aligned in one column, and returns the largest total and the
// widest text.
func yearValues(st styles, rows []yearRow) (vals []string, maxV, valW int) {
	lead := func(r yearRow) int {
		if r.actual > 0 {
			return r.actual
		}
		return r.planned
	}
	numW := 0
	for _, r := range rows {
		numW = max(numW, len(strconv.Itoa(lead(r))))
	}
	vals = make([]string, len(rows))
	for i, r := range rows {
		vals[i] = fmt.Sprintf("%*d", numW, lead(r))
		switch {
		case r.actual == 0:
			vals[i] += " " + r.note
		case r.planned > 0:
			vals[i] += fmt.Sprintf(" + %d %s", r.planned, r.note)
		}
		vals[i] = chartText(st, vals[i])
		maxV = max(maxV, r.actual+r.planned)
		valW = max(valW, st.width(vals[i]))
	}
	return vals, maxV, valW
}

// workforceChart compares the IT workers Korea says it needs with what its
// current training would supply (derived) and the stated 490,000.
func workforceChart(set *data.Set, st styles, width int) string {
	const title = "Korea IT workforce, next five years (count)"
	figs, ok := chartFigures(set, "korea-it-workforce-need", "korea-it-workforce-need-current-training",
		"korea-it-workforce-implied-supply")
	if !ok {
		return chartNoData(st, title, width)
	}
	bars := []barItem{
		chartBar("Needed", figs[0]),
		chartBar("Still needed", figs[1]),
		chartBar("Training yields", figs[2]),
	}
	caption := "Still needed: as stated, with current training (most likely the shortfall). " +
		"Training yields: needed minus still needed. " +
		chartSources(set, figs, nil)
	return barChart(st, title, caption, bars, width, func(v float64) string { return format.Amount(v, "count") })
}

// danangChart draws Đà Nẵng's ICT revenue and software exports, and the
// exports carried one year forward at the reported growth rate.
func danangChart(set *data.Set, st styles, width int) string {
	const title = "Đà Nẵng ICT revenue and software exports (US$ million)"
	figs, ok := chartFigures(set, "danang-ict-revenue", "danang-software-exports", "danang-software-exports-next-year")
	if !ok {
		return chartNoData(st, title, width)
	}
	year := func(f *data.Figure) string {
		if _, y := data.PeriodYears(f.Period); y != 0 {
			return " " + strconv.Itoa(y)
		}
		return ""
	}
	bars := []barItem{
		chartBar("Revenue"+year(figs[0]), figs[0]),
		chartBar("Exports"+year(figs[1]), figs[1]),
		chartBar("Exports"+year(figs[2]), figs[2]),
	}
	millions := func(v float64) string { return format.Amount(math.Round(v/1e5)/10, "") }
	return barChart(st, title, chartSources(set, figs, nil), bars, width, millions)
}

// chartSources names the articles behind a chart: "Source: Vietnam News,
// 12 Jun 2024 (000_….txt)". Derived figures have no quotes of their own, so
// their inputs' sources are followed instead.
func chartSources(set *data.Set, figs []*data.Figure, items []*data.Item) string {
	var files []string
	seen := map[string]bool{}
	add := func(srcs []data.Source) {
		for _, s := range srcs {
			if !seen[s.Article] {
				seen[s.Article] = true
				files = append(files, s.Article)
			}
		}
	}
	visited := map[*data.Figure]bool{}
	var walk func(f *data.Figure)
	walk = func(f *data.Figure) {
		if f == nil || visited[f] {
			return
		}
		visited[f] = true
		add(f.Sources)
		for _, id := range f.Inputs {
			walk(set.Figure(id))
		}
	}
	for _, f := range figs {
		walk(f)
	}
	for _, it := range items {
		add(it.Sources)
	}
	if len(files) == 0 {
		return "Source: none recorded"
	}
	sort.Strings(files)
	cites := make([]string, len(files))
	for i, f := range files {
		cites[i] = chartCitation(set, f)
	}
	prefix := "Source: "
	if len(files) > 1 {
		prefix = "Sources: "
	}
	return prefix + strings.Join(cites, "; ")
}

// chartCitation is one article as a chart caption names it: outlet, date
// and file, the same wording as the detail pane's citations.
func chartCitation(set *data.Set, file string) string {
	a := set.Article(file)
	if a == nil {
		return file
	}
	outlet, date := a.Outlet, "undated"
	if outlet == "" || outlet == "unknown" {
		outlet = "unknown outlet"
	}
	if a.Published != "" {
		date = format.Period(a.Published)
	}
	return fmt.Sprintf("%s, %s (%s)", outlet, date, file)
}
