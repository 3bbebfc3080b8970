package tui

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"

	"ictdash/data"
)

// minChartWidth is the narrowest chart drawn; below it a chart says so in
// one line instead of drawing something unreadable.
const minChartWidth = 10

// barItem is one bar of a horizontal bar chart.
type barItem struct {
	label     string
	value     float64
	note      string // shown after the value: "derived", "projection", "reported total", ...
	projected bool   // drawn with the projected glyph/style so it is visibly not an actual
}

// barChart draws labelled horizontal bars scaled to the largest value,
// with a title line and a wrapped caption, every line at most width cells.
// Notes move to their own line when they would squeeze the bars too much.
func barChart(st styles, title, caption string, bars []barItem, width int, format func(float64) string) string {
	title = chartText(st, title)
	if width < minChartWidth {
		return chartLine(st, title+": not enough room", width)
	}
	if len(bars) == 0 {
		return chartLine(st, title+": no data", width)
	}
	vals, notes := make([]string, len(bars)), make([]string, len(bars))
	labelMax, valW, noteW, maxV := 0, 0, 0, 0.0
	for i, b := range bars {
		vals[i] = "n/a"
		if !math.IsNaN(b.value) && !math.IsInf(b.value, 0) {
			vals[i] = chartText(st, format(b.value))
			maxV = max(maxV, b.value)
		}
		notes[i] = b.note
		if b.projected && notes[i] == "" { // the glyph alone is easy to miss
			notes[i] = "projected"
		}
		notes[i] = chartText(st, notes[i])
		labelMax = max(labelMax, st.width(chartText(st, b.label)))
		valW = max(valW, st.width(vals[i]))
		noteW = max(noteW, st.width(notes[i]))
	}
	tail := 1 + valW
	if noteW > 0 {
		tail += 1 + noteW
	}
	// Labels get at most 40% of the width (half when narrow, where a cut
	// label says less than a short bar) so the bars stay comparable.
	labelRoom := width * 2 / 5
	if width < 50 {
		labelRoom = width / 2
	}
	labelW := min(labelMax, max(4, labelRoom))
	barW := width - labelW - 1 - tail
	notesBelow := false
	if noteW > 0 && barW < max(4, width/5) {
		notesBelow, tail = true, 1+valW
		barW = width - labelW - 1 - tail
	}
	if barW < 3 {
		labelW = max(3, min(labelW, width-1-tail-3))
		barW = width - labelW - 1 - tail
	}
	if barW < 1 {
		return chartLine(st, title+": not enough room", width)
	}

	lines := chartTitle(st, title, width)
	for i, b := range bars {
		label := chartTrunc(st, chartText(st, b.label), labelW)
		label = st.pad(label, labelW)
		glyph, style := st.barRune, st.barFill
		if b.projected {
			glyph, style = st.barProjectedRune, st.barProjected
		}
		n := barCells(b.value, maxV, barW)
		bar := style.Render(strings.Repeat(glyph, n)) + strings.Repeat(st.barEmptyRune, barW-n)
		val := strings.Repeat(" ", valW-st.width(vals[i])) + st.value.Render(vals[i])
		row := label + " " + bar + " " + val
		note := noteStyle(st, b).Render(notes[i])
		switch {
		case notes[i] == "":
		case notesBelow:
			// Under the bar, or further left if that is what makes it fit.
			lines = append(lines, row)
			indent := max(0, min(labelW+1, width-st.width(notes[i])))
			row = strings.Repeat(" ", indent) + chartTrunc(st, note, width-indent)
		default:
			row += " " + note
		}
		lines = append(lines, row)
	}
	lines = append(lines, chartCaption(st, caption, width)...)
	return chartFinish(st, lines, width)
}

// barCells is the length of a bar in cells. Any positive value gets at
// least one cell so that a small bar is never mistaken for zero; its value
// is printed beside it anyway.
func barCells(v, maxV float64, barW int) int {
	if !(v > 0) || !(maxV > 0) {
		return 0
	}
	return min(barW, max(1, int(math.Round(v/maxV*float64(barW)))))
}

// noteStyle colours a bar's note by what it warns of.
func noteStyle(st styles, b barItem) lipgloss.Style {
	switch {
	case b.projected:
		return st.projection
	case strings.Contains(b.note, "derived"):
		return st.derived
	}
	return st.muted
}

// chartTitle wraps a title to width rather than cutting it, because the
// unit is usually at its end ("… (US$ billion)").
func chartTitle(st styles, title string, width int) []string {
	var out []string
	for _, l := range strings.Split(st.wrap(title, width), "\n") {
		out = append(out, st.title.Render(l))
	}
	return out
}

// chartCaption wraps a caption to width in the muted style.
func chartCaption(st styles, caption string, width int) []string {
	caption = chartText(st, caption)
	if strings.TrimSpace(caption) == "" {
		return nil
	}
	var out []string
	for _, l := range strings.Split(st.wrap(caption, width), "\n") {
		out = append(out, st.muted.Render(l))
	}
	return out
}

// chartLine is the one-line stand-in for a chart that cannot be drawn.
func chartLine(st styles, msg string, width int) string {
	return chartFinish(st, []string{st.muted.Render(chartTrunc(st, msg, max(width, 1)))}, max(width, 1))
}

// chartTrunc cuts text to width cells with the style's ellipsis.
func chartTrunc(st styles, s string, width int) string {
	if width <= 0 {
		return ""
	}
	if st.width(s) <= width {
		return s
	}
	if st.width(st.ellipsis) >= width {
		return st.cut(s, width, "")
	}
	return st.cut(s, width, st.ellipsis)
}

// chartText makes text from the dataset safe to draw and, under --ascii,
// plain ASCII. It runs before anything is measured, because the ASCII
// forms can be wider ("₩" becomes "KRW ") and widths must be exact.
func chartText(st styles, s string) string {
	s = data.Sanitize(strings.ReplaceAll(s, "\n", " "))
	if st.ascii {
		s = asciiFold(st.toASCII(s))
	}
	return s
}

// chartFinish joins a chart's lines, maps any remaining glyphs to ASCII
// under --ascii and cuts every line to width as a last guard, so a chart can
// never push a pane wider than it was given.
func chartFinish(st styles, lines []string, width int) string {
	s := strings.Join(lines, "\n")
	if st.ascii {
		s = asciiFold(st.toASCII(s))
	}
	lines = strings.Split(s, "\n")
	for i, l := range lines {
		if st.width(l) > width {
			lines[i] = st.cut(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}
