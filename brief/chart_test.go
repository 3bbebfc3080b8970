package brief

import (
	"math"
	"strings"
	"testing"
)

// TestChartPlotEdges draws charts asciigraph could choke on (one point,
// all zeros, more years than columns) at many widths: no panic, every line
// fits, and each plotted year with room for it is labelled.
func TestChartPlotEdges(t *testing.T) {
	points := func(from, n int, v func(int) float64) []ChartPoint {
		var ps []ChartPoint
		for i := 0; i < n; i++ {
			ps = append(ps, ChartPoint{Year: from + i, Value: v(i), Kind: "count"})
		}
		return ps
	}
	charts := map[string]*Chart{
		"one":      {Kind: "count", Points: points(2024, 1, func(int) float64 { return 3 })},
		"zeros":    {Kind: "count", Points: points(2020, 3, func(int) float64 { return 0 })},
		"century":  {Kind: "count", Points: points(1925, 100, func(i int) float64 { return float64(i % 7) })},
		"market":   {Kind: "market", Points: points(2024, 2, func(i int) float64 { return 600 + 200*float64(i) })},
		"fraction": {Kind: "market", Points: points(2024, 3, func(i int) float64 { return 0.001 * float64(i+1) })},
	}
	for name, c := range charts {
		for w := 40; w <= 120; w += 7 {
			lines := c.plot(w)
			if !fits(lines, w) {
				t.Errorf("%s at %d: does not fit: %q", name, w, lines)
			}
			if len(lines) < 3 || !strings.Contains(strings.Join(lines, "\n"), "┤") {
				t.Errorf("%s at %d: no plot: %q", name, w, lines)
			}
		}
	}
	lines := charts["century"].plot(40)
	if !strings.Contains(lines[len(lines)-1], "each column: ") {
		t.Errorf("century at 40: binned years not explained: %q", lines[len(lines)-1])
	}
	if last := charts["market"].plot(80); !strings.Contains(last[len(last)-1], "2025") {
		t.Errorf("market: last year unlabelled: %q", last)
	}
}

// TestNiceScale: round steps, whole for counts, covering the data.
func TestNiceScale(t *testing.T) {
	tests := []struct {
		lo, hi    float64
		rows      int
		whole     bool
		b, tp, st float64
	}{
		{0, 20, 10, true, 0, 20, 2},
		{0, 3, 10, true, 0, 3, 1},
		{0, 14, 10, true, 0, 14, 2},
		{600, 800, 8, false, 600, 800, 25},
		{0, 0, 10, true, 0, 1, 1},
	}
	for _, tt := range tests {
		b, top, step := niceScale(tt.lo, tt.hi, tt.rows, tt.whole)
		if b != tt.b || top != tt.tp || step != tt.st {
			t.Errorf("niceScale(%v, %v, %d, %v) = %v, %v, %v, want %v, %v, %v",
				tt.lo, tt.hi, tt.rows, tt.whole, b, top, step, tt.b, tt.tp, tt.st)
		}
		if tt.whole && step != math.Round(step) {
			t.Errorf("niceScale(%v, %v): step %v is not whole", tt.lo, tt.hi, step)
		}
	}
}
