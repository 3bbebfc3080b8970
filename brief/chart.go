package brief

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/guptarohit/asciigraph"

	"ictdash/data"
)

// The two market figures that, when both are selected, make the chart a
// line from the reported value to the projection.
const (
	marketNow   = "korea-it-outsourcing-market-value"
	marketLater = "korea-it-outsourcing-market-2028"
)

// Chart is one line chart as data; each writer draws it to its width.
type Chart struct {
	Kind   string       `json:"kind"`  // "market" (a line between years) or "count" (one step per year)
	Title  string       `json:"title"` // what is plotted
	Unit   string       `json:"unit"`  // the y axis unit: "US$ billion", "count"
	Notes  []string     `json:"notes"` // what the reader must know: interpolation, projections, what is not shown
	Points []ChartPoint `json:"points"`
}

// ChartPoint is one year's value.
type ChartPoint struct {
	Year  int     `json:"year"`
	Value float64 `json:"value"` // in Chart.Unit
	Kind  string  `json:"kind"`  // reported, interpolated, projection (or another status), count
	Cites []int   `json:"cites"`
}

// buildChart picks the market line when the brief lists both market
// figures, and otherwise counts the selection's reported figures and its
// events per year — all of them, not only the ones listed, so that the
// chart shows the selection's spread over time. It returns nil when
// nothing is dated: asciigraph panics on no data.
func buildChart(b *Brief, reported []*data.Figure, events []*data.Item) *Chart {
	if c := marketChart(b.figure(marketNow), b.figure(marketLater)); c != nil {
		return c
	}
	counts, undated, from, to := map[int]int{}, 0, 0, 0
	add := func(year int) {
		if year == 0 {
			undated++
			return
		}
		counts[year]++
		if from == 0 || year < from {
			from = year
		}
		to = max(to, year)
	}
	for _, f := range reported {
		_, end := data.PeriodYears(f.Period)
		add(end)
	}
	for _, ev := range events {
		add(data.Year(ev.Date))
	}
	if len(counts) == 0 {
		return nil
	}
	c := &Chart{Kind: "count", Title: "Selected figures and events per year", Unit: "count",
		Notes: []string{"Figures are counted in the last year of their period, events in their year; all selected are counted, not only those listed; derived figures are not counted."}}
	if undated > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("Not shown: %d undated.", undated))
	}
	for y := from; y <= to; y++ {
		c.Points = append(c.Points, ChartPoint{Year: y, Value: float64(counts[y]), Kind: "count", Cites: []int{}})
	}
	return c
}

// marketChart draws the reported market value to its projection, the years
// between on a straight line, each labelled as what it is.
func marketChart(now, later *Figure) *Chart {
	if now == nil || later == nil || now.Unit != "USD" || later.Unit != "USD" {
		return nil
	}
	_, y0 := data.PeriodYears(now.Period)
	_, y1 := data.PeriodYears(later.Period)
	if y0 == 0 || y1 <= y0 {
		return nil
	}
	c := &Chart{Kind: "market", Title: now.Label, Unit: "US$ billion"}
	for y := y0; y <= y1; y++ {
		v := now.Value + (later.Value-now.Value)*float64(y-y0)/float64(y1-y0)
		p := ChartPoint{Year: y, Value: v / 1e9, Kind: "interpolated", Cites: []int{}}
		switch y {
		case y0:
			p.Kind, p.Cites = statusWord(now.Status), now.Cites
		case y1:
			p.Kind, p.Cites = statusWord(later.Status), later.Cites
		}
		c.Points = append(c.Points, p)
	}
	c.Notes = append(c.Notes, fmt.Sprintf("%d: %s, %s %s.", y0, now.Phrase, statusWord(now.Status), citeText(now.Cites)))
	if y1-y0 > 1 {
		between := strconv.Itoa(y0 + 1)
		if y1-y0 > 2 {
			between += "–" + strconv.Itoa(y1-1)
		}
		c.Notes = append(c.Notes, between+": interpolated on a straight line, not reported.")
	}
	c.Notes = append(c.Notes, fmt.Sprintf("%d is a %s: %s %s.", y1, statusWord(later.Status), later.Phrase, citeText(later.Cites)))
	return c
}

// statusWord names a status for chart notes.
func statusWord(s data.Status) string {
	if s == data.Actual || s == "" {
		return "reported"
	}
	return string(s)
}

// plot draws the chart's axes and line in at most width cells per line:
// the asciigraph plot and a row of year labels under it. Counts are drawn
// as steps (a year is a block of columns, nothing between years is
// invented); the market line is interpolated by asciigraph.Width.
func (c *Chart) plot(width int) []string {
	vals := make([]float64, len(c.Points))
	years := make([]int, len(c.Points))
	for i, p := range c.Points {
		vals[i], years[i] = p.Value, p.Year
	}
	bottom, top, step := niceScale(0, slices.Max(vals), 10, true)
	if c.Kind == "market" {
		bottom, top, step = niceScale(slices.Min(vals), slices.Max(vals), 8, false)
	}
	yfmt := func(v float64) string { return strconv.FormatFloat(v, 'f', decimals(step), 64) }
	for cols := width - len(yfmt(top)) - 3; cols >= 2; cols-- {
		series, plotCols, at, note := layout(c.Kind, vals, years, cols)
		out := asciigraph.Plot(series, asciigraph.Width(plotCols), asciigraph.Height(int(math.Round((top-bottom)/step))),
			asciigraph.LowerBound(bottom), asciigraph.UpperBound(top), asciigraph.YAxisValueFormatter(yfmt))
		lines := strings.Split(out, "\n")
		lines = append(lines, xLabels(lines[0], at, width))
		if note != "" {
			lines = append(lines, note)
		}
		if fits(lines, width) {
			return lines
		}
	}
	return []string{"(no room for the chart at this width)"}
}

// layout turns values per year into plot columns: the series to draw, how
// many columns asciigraph.Width should spread it over, the column and year
// of each label, and a note when years had to be summed into columns
// because there are more years than columns.
func layout(kind string, vals []float64, years []int, cols int) ([]float64, int, map[int]int, string) {
	at := map[int]int{}
	if kind == "market" && len(vals) > 1 {
		for i, y := range years {
			at[i*(cols-1)/(len(vals)-1)] = y
		}
		return vals, cols, at, ""
	}
	bin, note := 1, ""
	if len(vals) > cols {
		bin = (len(vals) + cols - 1) / cols
		note = fmt.Sprintf("(each column: %d years, summed)", bin)
	}
	var binned []float64
	var starts []int
	for i := 0; i < len(vals); i += bin {
		sum := 0.0
		for _, v := range vals[i:min(i+bin, len(vals))] {
			sum += v
		}
		binned, starts = append(binned, sum), append(starts, years[i])
	}
	k := max(cols/len(binned), 1)
	if len(binned) == 1 {
		k = max(k, 2) // asciigraph needs two columns to draw a line
	}
	series := make([]float64, 0, len(binned)*k)
	for i, v := range binned {
		for j := 0; j < k; j++ {
			series = append(series, v)
		}
		at[i*k+(k-1)/2] = starts[i]
	}
	return series, len(series), at, note
}

// xLabels writes each year under its column, centred, skipping a label
// that would overlap the previous one or pass the width.
func xLabels(first string, at map[int]int, width int) string {
	axis := 0
	if i := strings.IndexAny(first, "┤┼"); i >= 0 {
		axis = ansi.StringWidth(first[:i])
	}
	row := []rune(strings.Repeat(" ", width))
	next := 0
	for col := 0; col < width; col++ {
		y, ok := at[col]
		if !ok {
			continue
		}
		label := strconv.Itoa(y)
		start := max(axis+1+col-len(label)/2+1, 0)
		if start+len(label) > width { // the last column: right-align
			start = width - len(label)
		}
		if start < next {
			continue
		}
		copy(row[start:], []rune(label))
		next = start + len(label) + 1
	}
	return strings.TrimRight(string(row), " ")
}

// niceScale picks an axis from bottom to top in a round step (1, 2, 2.5
// or 5 × 10^k; whole numbers only when whole is set, as for counts) with at
// most maxRows rows, so every y label is a round number. The axis starts at
// zero for counts; a market line starts just below its lowest value so that
// its rise is visible (the y labels say where the axis starts).
func niceScale(lo, hi float64, maxRows int, whole bool) (bottom, top, step float64) {
	if hi <= lo || math.IsNaN(hi-lo) || math.IsInf(hi-lo, 0) {
		return lo, lo + 1, 1
	}
	span := hi - lo
	for p := math.Pow(10, math.Floor(math.Log10(span/float64(maxRows)))); ; p *= 10 {
		for _, m := range []float64{1, 2, 2.5, 5} {
			s := m * p
			if whole && s != math.Round(s) {
				continue
			}
			bottom, top = math.Floor(lo/s)*s, math.Ceil(hi/s)*s
			if math.Round((top-bottom)/s) <= float64(maxRows) {
				return bottom, top, s
			}
		}
	}
}

// decimals is how many decimals a step needs to be written exactly.
func decimals(step float64) int {
	for d := 0; d < 6; d++ {
		if p := step * math.Pow(10, float64(d)); math.Abs(p-math.Round(p)) < 1e-9 {
			return d
		}
	}
	return 6
}

// fits reports whether every line is at most width cells wide.
func fits(lines []string, width int) bool {
	for _, l := range lines {
		if ansi.StringWidth(l) > width {
			return false
		}
	}
	return true
}

// citeText writes citation markers: "[1][4]".
func citeText(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString("[" + strconv.Itoa(n) + "]")
	}
	return b.String()
}

// chartHeading is the chart's title with its unit.
func (c *Chart) heading() string {
	return fmt.Sprintf("Chart: %s (%s)", c.Title, c.Unit)
}
