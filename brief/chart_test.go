package brief

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// fits reports whether every line is at most width cells wide.
func fits(lines []string, width int) bool {
	for _, l := range lines {
		if ansi.StringWidth(l) > width {
			return false
		}
	}
	return true
}

// TestChartPlotEdges draws charts a naive plot could choke on (one point,
// all zeros, long labels and texts, a projection) at many widths: every
// line fits, a bar per point, and each bar says its value.
func TestChartPlotEdges(t *testing.T) {
	long := strings.Repeat("Vietnam IT industry turnover ", 4)
	charts := map[string]*Chart{
		"one":    {Kind: "count", Points: []ChartPoint{{Label: "2024", Value: 3, Text: "3", Kind: "count"}}},
		"zeros":  {Kind: "count", Points: []ChartPoint{{Label: "2020", Text: "0", Kind: "count"}, {Label: "2021", Text: "0", Kind: "count"}}},
		"series": {Kind: "series", Points: []ChartPoint{{Label: "2024", Value: 600e9, Text: "US$600 billion", Kind: "reported", Cites: []int{5}}, {Label: "2028", Value: 800e9, Text: "US$800 billion", Kind: "projection", Cites: []int{5}}}},
		"long":   {Kind: "parts", Points: []ChartPoint{{Label: long, Value: 1, Text: long, Kind: "reported", Cites: []int{1, 2, 3}}, {Label: "b", Value: 0.001, Text: "tiny", Kind: "estimate"}}},
	}
	for name, c := range charts {
		for w := 40; w <= 120; w += 7 {
			lines := c.plot(w)
			if !fits(lines, w) {
				t.Errorf("%s at %d: does not fit: %q", name, w, lines)
			}
			joined := strings.Join(lines, "\n")
			for _, p := range c.Points {
				if !strings.Contains(strings.Join(strings.Fields(joined), " "), strings.Join(strings.Fields(p.Text), " ")) {
					t.Errorf("%s at %d: %q not said: %q", name, w, p.Text, lines)
				}
			}
		}
	}
	lines := charts["series"].plot(80)
	if !strings.Contains(lines[0], "█") || !strings.Contains(lines[1], "░") || strings.Contains(lines[1], "█") {
		t.Errorf("series: a projection must be drawn apart from what is reported: %q", lines)
	}
	if n := strings.Count(lines[1], "░"); n <= strings.Count(lines[0], "█") {
		t.Errorf("series: bars not to scale: %q", lines)
	}
}
