package brief

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// Chart is one bar chart as data, a bar per point; each writer draws it to
// its width. A briefing has a chart only when its selection gives one with
// at least two reported points or a projection: one measure over the
// years (a series), the parts of a reported total, or, failing both, the
// selection's figures and events per year over at least two years.
type Chart struct {
	Kind   string       `json:"kind"`  // "series", "parts" or "count"
	Title  string       `json:"title"` // what is plotted
	Unit   string       `json:"unit"`  // the figures' unit ("USD"), or "count"
	Notes  []string     `json:"notes"` // what the reader must know: what is not shown, what the parts add up to
	Points []ChartPoint `json:"points"`
}

// ChartPoint is one bar.
type ChartPoint struct {
	Label string  `json:"label"` // the year ("2024", "2015–2019") or the part's name
	Year  int     `json:"year"`  // the (first) year; 0 for a part
	Value float64 `json:"value"` // in the unit's base units
	Text  string  `json:"text"`  // the value as worded ("US$600 billion", "about 250")
	Kind  string  `json:"kind"`  // reported, projection, target, estimate (a figure's status), or count
	Cites []int   `json:"cites"`
}

// chartPlan is a chart before its citations are numbered.
type chartPlan struct {
	kind, title, unit string
	figs              []*data.Figure // series and parts, in bar order
	total             *data.Figure   // parts: the reported or derived total
	counts            []ChartPoint   // count: the bars
	notes             []string
}

// figures are the figures a chart cites.
func (c *chartPlan) figures() []*data.Figure {
	if c == nil {
		return nil
	}
	if c.total != nil && !c.total.Derived {
		return append(slices.Clone(c.figs), c.total)
	}
	return c.figs
}

// planChart picks the chart: the series or the parts of the best-ranked
// figure that has either (of the best key figures and the first figures of
// the forward look), else the count per year.
func (p *plan) planChart() *chartPlan {
	seeds := slices.Clone(p.keys)
	for _, a := range p.ahead[:min(len(p.ahead), pageMax)] {
		if a.fig != nil {
			seeds = append(seeds, a.fig)
		}
	}
	for _, f := range p.rank.Rank(seeds) {
		if c := p.series(f); c != nil {
			return c
		}
		if c := p.parts(f); c != nil {
			return c
		}
	}
	return p.countChart()
}

// selected reports whether a figure is one of the selection's reported
// figures (without a map of a hundred thousand of them).
func (p *plan) selected(f *data.Figure) bool {
	return f.Review == "" && !f.Derived && p.sel.keepFigure(f)
}

// series is the measure f belongs to over the years: the selected reported
// figures of its items in its unit whose labels name the same measure once
// status words and years are set aside ("Expected value of the market in
// 2028" is "value of the market"), one per year.
func (p *plan) series(f *data.Figure) *chartPlan {
	if p.rank.Part(f) {
		return nil
	}
	measure := measureOf(f.Label)
	byYear := map[int]*data.Figure{}
	for _, id := range f.Items {
		for _, g := range p.set.FiguresOf(id) {
			_, y := data.PeriodYears(g.Period)
			if y == 0 || g.Unit != f.Unit || !p.selected(g) || p.rank.Part(g) || measureOf(g.Label) != measure {
				continue
			}
			if cur := byYear[y]; cur == nil || p.rank.Less(g, cur) {
				byYear[y] = g
			}
		}
	}
	var years []int
	reported, ahead := 0, 0
	for y, g := range byYear {
		years = append(years, y)
		if g.Status == data.Projection || g.Status == data.Target {
			ahead++
		} else {
			reported++
		}
	}
	if len(years) < 2 || (reported < 2 && ahead == 0) {
		return nil
	}
	slices.Sort(years)
	c := &chartPlan{kind: "series", unit: f.Unit}
	for _, y := range years {
		c.figs = append(c.figs, byYear[y])
	}
	c.title = c.figs[0].Label
	for _, g := range c.figs {
		if g.Status == data.Actual || g.Status == "" {
			c.title = g.Label
			break
		}
	}
	if years[len(years)-1]-years[0] >= len(years) {
		c.notes = append(c.notes, "Only the years the sources give; none between them is interpolated.")
	}
	return c
}

// measureWords are set aside when labels are compared for a series.
var measureWords = map[string]bool{"expected": true, "projected": true, "estimated": true, "forecast": true,
	"target": true, "targeted": true, "planned": true, "in": true, "by": true, "the": true, "a": true, "an": true}

// measureOf is a label without status words and years, lower-cased.
func measureOf(label string) string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if measureWords[w] || data.Year(w) != 0 && len(w) == 4 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// parts is the chart of a total's parts, when at least two are selected.
func (p *plan) parts(total *data.Figure) *chartPlan {
	var parts []*data.Figure
	for _, f := range p.rank.PartsOf(total) {
		if p.selected(f) {
			parts = append(parts, f)
		}
	}
	if len(parts) < 2 {
		return nil
	}
	slices.SortStableFunc(parts, func(a, b *data.Figure) int {
		switch {
		case a.Value > b.Value:
			return -1
		case a.Value < b.Value:
			return 1
		}
		return 0
	})
	title := clean(total.Label)
	if total.Period != "" {
		title += ", " + format.Period(total.Period)
	}
	return &chartPlan{kind: "parts", title: title + ", by part", unit: total.Unit, figs: parts, total: total}
}

// countChart counts the selection's reported figures (in the last year of
// their period) and events per year, every selected one, so that the chart
// shows the selection's spread over time; nil under two years.
func (p *plan) countChart() *chartPlan {
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
	for _, f := range p.reported {
		_, end := data.PeriodYears(f.Period)
		add(end)
	}
	events := p.events
	for _, a := range p.ahead {
		if a.item != nil && a.item.Kind == "event" {
			events = append(slices.Clip(events), a.item)
		}
	}
	for _, ev := range events {
		add(data.Year(ev.Date))
	}
	if len(counts) < 2 {
		return nil
	}
	c := &chartPlan{kind: "count", title: "Selected figures and events per year", unit: "count",
		notes: []string{"Figures are counted in the last year of their period, events in their year; all selected are counted, not only those listed; derived figures are not counted."}}
	if undated > 0 {
		c.notes = append(c.notes, fmt.Sprintf("Not shown: %d undated.", undated))
	}
	c.counts = countBars(counts, from, to)
	if years := len(counts); to-from >= years && years <= chartBars {
		c.notes = append(c.notes, "Years with none are left out.")
	}
	return c
}

// countBars is a bar per year that has any count, at most chartBars:
// beyond that, years are summed into spans of equal length.
func countBars(counts map[int]int, from, to int) []ChartPoint {
	var years []int
	for y := range counts {
		years = append(years, y)
	}
	slices.Sort(years)
	span := 1
	if len(years) > chartBars {
		span = (to - from + chartBars) / chartBars
	}
	var out []ChartPoint
	for i := 0; i < len(years); {
		y := from + (years[i]-from)/span*span
		n := 0
		for ; i < len(years) && years[i] < y+span; i++ {
			n += counts[years[i]]
		}
		label := strconv.Itoa(y)
		if span > 1 {
			label += "–" + strconv.Itoa(min(y+span-1, to))
		}
		out = append(out, ChartPoint{Label: label, Year: y, Value: float64(n), Text: strconv.Itoa(n), Kind: "count", Cites: []int{}})
	}
	return out
}

// chartBars bounds the bars of a count chart.
const chartBars = 12
