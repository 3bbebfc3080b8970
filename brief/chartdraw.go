package brief

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
	"ictdash/format"
)

// chart converts a chart plan, citing each bar's figure.
func (bd *builder) chart(c *chartPlan) *Chart {
	if c == nil {
		return nil
	}
	out := &Chart{Kind: c.kind, Title: clean(c.title), Unit: c.unit, Notes: slices.Clone(c.notes), Points: slices.Clone(c.counts)}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	for _, f := range c.figs {
		label := ""
		if c.kind == "series" {
			_, y := data.PeriodYears(f.Period)
			label = strconv.Itoa(y)
		} else {
			label = partName(c.total, f)
		}
		_, y := data.PeriodYears(f.Period)
		if c.kind == "parts" {
			y = 0
		}
		out.Points = append(out.Points, ChartPoint{Label: label, Year: y, Value: f.Value, Text: clean(format.Qualified(f)),
			Kind: statusWord(f.Status), Cites: bd.cites(f.Sources)})
	}
	if t := c.total; t != nil {
		srcs := t.Sources
		if t.Derived {
			for _, in := range bd.reportedInputs(t, 0) {
				srcs = append(srcs, in.Sources...)
			}
		}
		note := fmt.Sprintf("Total: %s %s", clean(format.PhraseIn(bd.set, t)), citeText(bd.cites(srcs)))
		sum := 0.0
		for _, f := range c.figs {
			sum += f.Value
		}
		if !t.Derived && math.Abs(sum-t.Value) > 1e-9*math.Abs(t.Value) {
			note += "; the parts shown add up to " + format.Amount(sum, t.Unit)
		}
		out.Notes = append(out.Notes, strings.TrimSpace(note)+".")
	}
	return out
}

// partName is what a part's label adds to its total's ("electronics" of
// "Vietnam IT industry turnover – electronics"), or the whole label.
func partName(total, part *data.Figure) string {
	if total != nil {
		for _, sep := range []string{" – ", " — ", " - ", ": "} {
			if rest, ok := strings.CutPrefix(part.Label, total.Label+sep); ok {
				return clean(rest)
			}
		}
	}
	return clean(part.Label)
}

// statusWord names a status for charts.
func statusWord(s data.Status) string {
	if s == data.Actual || s == "" {
		return "reported"
	}
	return string(s)
}

// barGlyphs draw a bar by the kind of its point: solid for what was
// reported or counted, shaded for what is expected.
var barGlyphs = map[string]string{"reported": "█", "count": "█", "estimate": "▓"}

// plot draws the chart's bars in at most width cells per line: the label,
// the bar scaled to the largest value, and the value as worded with its
// kind and citations. A line too wide for its bar is wrapped under it.
func (c *Chart) plot(width int) []string {
	labelW, textW, top := 0, 0, 0.0
	texts := make([]string, len(c.Points))
	for i, p := range c.Points {
		labelW = max(labelW, ansi.StringWidth(p.Label))
		texts[i] = p.Text
		if c.Kind != "count" {
			texts[i] += ", " + p.Kind
		}
		if len(p.Cites) > 0 {
			texts[i] += " " + citeText(p.Cites)
		}
		textW = max(textW, ansi.StringWidth(texts[i]))
		top = math.Max(top, p.Value)
	}
	labelW = min(labelW, width/3)
	barW := max(width-2-labelW-1-1-textW, 8)
	var lines []string
	for i, p := range c.Points {
		n := 0
		if top > 0 && p.Value > 0 {
			n = max(int(math.Round(p.Value/top*float64(barW))), 1)
		}
		glyph, ok := barGlyphs[p.Kind]
		if !ok {
			glyph = "░"
		}
		label := cutCells(p.Label, labelW)
		head := "  " + label + strings.Repeat(" ", labelW-ansi.StringWidth(label)) + " " + strings.Repeat(glyph, n)
		if n == 0 {
			head += "·"
		}
		line := head + " " + texts[i]
		if ansi.StringWidth(line) > width {
			lines = append(lines, strings.TrimRight(cutCells(head, width), " "))
			lines = append(lines, wrap(texts[i], width, strings.Repeat(" ", 3+labelW), strings.Repeat(" ", 3+labelW))...)
			continue
		}
		lines = append(lines, line)
	}
	return lines
}

// citeText writes citation markers: "[1][4]".
func citeText(ns []int) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString("[" + strconv.Itoa(n) + "]")
	}
	return b.String()
}

// heading is the chart's title.
func (c *Chart) heading() string { return "Chart: " + c.Title }
