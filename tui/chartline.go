package tui

import (
	"ictdash/data/text"
	"math"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/guptarohit/asciigraph"
)

// lineSeries is one line of a line chart: values at consecutive x positions
// from the chart's xFrom; NaN leaves a gap.
type lineSeries struct {
	name      string
	values    []float64
	projected bool // drawn dotted and named as such in the legend
}

// lineChart draws one or more series over consecutive x positions (e.g.
// years) with asciigraph: a title, height rows of plot on a y axis from
// zero, the first and last x labelled underneath, a legend and a caption.
// Projected series are drawn with dots rather than lines so that they stay
// distinguishable without colour.
func lineChart(st styles, title, yUnit, caption string, xFrom int, series []lineSeries, width, height int) string {
	title = chartText(st, title)
	if width < minChartWidth || height < 2 {
		return chartLine(st, title+": not enough room", width)
	}
	// asciigraph panics on empty slices and labels an all-NaN series with
	// garbage, so only series with a finite value are plotted.
	var keep []lineSeries
	n, maxV := 0, 0.0
	for _, s := range series {
		finite := false
		for _, v := range s.values {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				finite, maxV = true, max(maxV, v)
			}
		}
		if finite {
			keep = append(keep, s)
			n = max(n, len(s.values))
		}
	}
	if len(keep) == 0 {
		return chartLine(st, title+": no data", width)
	}
	plot := plotSeries(st, keep, n, maxV, xFrom, width, height)
	if plot == nil {
		return chartLine(st, title+": not enough room", width)
	}
	head := title
	if yUnit = chartText(st, yUnit); yUnit != "" && !strings.Contains(title, yUnit) {
		head += " (" + yUnit + ")"
	}
	lines := append(chartTitle(st, head, width), plot...)
	lines = append(lines, chartLegend(st, keep, n, width)...)
	lines = append(lines, chartCaption(st, caption, width)...)
	return chartFinish(st, lines, width)
}

// plotSeries renders the plot and its x labels, narrowing the plot until
// the widest line (y labels and the last x label included) fits width.
// It returns nil when no plot fits.
func plotSeries(st styles, series []lineSeries, n int, maxV float64, xFrom, width, height int) []string {
	grid := make([][]float64, len(series))
	chars := make([]asciigraph.CharSet, len(series))
	colors := make([]asciigraph.AnsiColor, len(series))
	// Solid lines end in a dot so that a series of one value (a single
	// reported year) is visible; projections are dotted throughout.
	solid, dots := asciigraph.DefaultCharSet, asciigraph.CreateCharSet("·")
	solid.StartCap, solid.EndCap = "●", "●"
	if st.ascii {
		solid.StartCap, solid.EndCap, dots = "*", "*", asciigraph.CreateCharSet(".")
	}
	for i, s := range series {
		grid[i] = make([]float64, n)
		for j := range grid[i] {
			grid[i][j] = math.NaN()
			if j < len(s.values) && !math.IsInf(s.values[j], 0) {
				grid[i][j] = s.values[j]
			}
		}
		chars[i], colors[i] = solid, asciigraph.MediumPurple
		if s.projected {
			chars[i], colors[i] = dots, asciigraph.Goldenrod
		}
	}
	height = niceRows(maxV, height)
	// Enough decimals that the y labels are the rows' true values ("2.5",
	// not "2") and neighbouring labels differ.
	step, prec := maxV/float64(height-1), uint(0)
	for prec < 2 && step > 0 && math.Abs(step*math.Pow(10, float64(prec))-math.Round(step*math.Pow(10, float64(prec)))) > 1e-9 {
		prec++
	}
	opts := []asciigraph.Option{asciigraph.Height(height - 1), asciigraph.Precision(prec),
		asciigraph.LowerBound(0), asciigraph.SeriesChars(chars...)}
	if st.color {
		opts = append(opts, asciigraph.SeriesColors(colors...))
	}
	year := func(v float64) string { return strconv.Itoa(int(math.Round(v))) }
	for pw := width - 6; pw >= 2; {
		// One x position is drawn as a mark on the axis: stretching it
		// across the width would draw a line the data does not have.
		o := opts[:len(opts):len(opts)]
		if n > 1 {
			o = append(o, asciigraph.Width(pw), asciigraph.XAxisRange(float64(xFrom), float64(xFrom+n-1)),
				asciigraph.XAxisTickCount(xTicks(n, pw)), asciigraph.XAxisValueFormatter(year))
		}
		lines := strings.Split(strings.TrimRight(asciigraph.PlotMany(grid, o...), "\n"), "\n")
		if n == 1 { // asciigraph's x axis needs a range; label the one year by hand
			lines = append(lines, strings.Repeat(" ", axisColumn(st, lines[0]))+strconv.Itoa(xFrom))
		}
		over := 0
		for _, l := range lines {
			over = max(over, st.width(l)-width)
		}
		if over <= 0 {
			return lines
		}
		pw -= over
	}
	return nil
}

// niceRows returns the number of plot rows, at most height and at least
// half of it, that puts the y labels on round steps (1, 2, 2.5 or 5 times a
// power of ten), so that 600 is drawn on a "600" row, not on "640".
func niceRows(maxV float64, height int) int {
	for r := height; r >= max(2, height/2); r-- {
		step := maxV / float64(r-1)
		if step <= 0 || math.IsNaN(step) {
			return height
		}
		m := step / math.Pow(10, math.Floor(math.Log10(step)))
		for _, nice := range []float64{1, 2, 2.5, 5, 10} {
			if math.Abs(m-nice) < 1e-9 {
				return r
			}
		}
	}
	return height
}

// xTicks picks how many x ticks to draw: as many as fit at about six cells
// apart, but only counts that land every tick on a whole year.
func xTicks(n, plotWidth int) int {
	for k := min(n, plotWidth/6+1); k > 2; k-- {
		if (n-1)%(k-1) == 0 {
			return k
		}
	}
	return 2
}

// axisColumn is the cell column of the y axis in a plot line.
func axisColumn(st styles, line string) int {
	plain := ansi.Strip(line)
	if i := strings.IndexAny(plain, "┼┤"); i >= 0 {
		return st.width(plain[:i])
	}
	return 0
}

// chartLegend names each series with a sample of how it is drawn, actual
// series first; the projected ones say so in words as well as dots. n is
// the number of x positions: with one, every series is a mark on the axis.
func chartLegend(st styles, series []lineSeries, n, width int) []string {
	var actual, projected []string
	for _, s := range series {
		name := chartText(st, s.name)
		switch {
		case s.projected:
			if !strings.Contains(name, "project") {
				name += " (projected)"
			}
			projected = append(projected, st.barProjected.Render(map[bool]string{false: "···", true: "..."}[st.ascii])+" "+name)
		case n == 1:
			actual = append(actual, st.barFill.Render(map[bool]string{false: "┼", true: "+"}[st.ascii])+" "+name)
		case finiteCount(s.values) == 1: // drawn as a lone end cap
			actual = append(actual, st.barFill.Render(map[bool]string{false: "●", true: "*"}[st.ascii])+" "+name)
		default:
			actual = append(actual, st.barFill.Render(map[bool]string{false: "───", true: "---"}[st.ascii])+" "+name)
		}
	}
	// Entries are packed whole, so a sample is never split from its name.
	var lines []string
	for _, p := range append(actual, projected...) {
		last := len(lines) - 1
		switch {
		case last >= 0 && st.width(lines[last])+3+st.width(p) <= width:
			lines[last] += "   " + p
		default:
			lines = append(lines, strings.Split(st.wrapAt(p, width, " "), "\n")...)
		}
	}
	return lines
}

// finiteCount counts the values that are drawn (neither NaN nor infinite).
func finiteCount(values []float64) int {
	n := 0
	for _, v := range values {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			n++
		}
	}
	return n
}

// asciiFold reduces text to ASCII for --ascii: styles.toASCII handles the
// drawing glyphs, text.ASCII the words from the dataset ("Đà Nẵng" → "Da
// Nang").
func asciiFold(s string) string { return text.ASCII(s) }
