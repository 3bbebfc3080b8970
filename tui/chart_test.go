package tui

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// chartBuilders are the dashboard's charts with a piece of each title.
var chartBuilders = []struct {
	name      string
	build     chartFunc
	title     string
	projected bool // has projected values that must be marked
}{
	{"outsourcing", outsourcingChart, "Korean IT outsourcing market", true},
	{"turnover2018", turnover2018Chart, "Vietnam IT industry turnover", false},
	{"events", eventsPerYearChart, "Events per year", true},
	{"workforce", workforceChart, "Korea IT workforce", true},
	{"danang", danangChart, "ICT revenue and software exports", true},
}

// chartModes are the style combinations a chart must survive.
var chartModes = []struct {
	name  string
	style styles
}{
	{"unicode+colour", newStyles(true, false, true)},
	{"unicode", newStyles(false, false, false)},
	{"ascii", newStyles(true, true, false)},
}

// loadSeeds loads the repository's seed dataset.
func loadSeeds(t *testing.T) *data.Set {
	t.Helper()
	set, err := data.Load(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// checkWidth fails when any line of out is wider than width cells.
func checkWidth(t *testing.T, out string, width int) {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if w := lipgloss.Width(ansi.Strip(l)); w > width {
			t.Errorf("line %d cells wide, limit %d: %q", w, width, ansi.Strip(l))
		}
	}
}

// checkASCII fails when out has a byte outside ASCII.
func checkASCII(t *testing.T, out string) {
	t.Helper()
	for i := 0; i < len(out); i++ {
		if out[i] >= 0x80 {
			t.Errorf("non-ASCII byte at %d in:\n%s", i, out)
			return
		}
	}
}

// flat joins wrapped lines so phrases can be found across line breaks.
func flat(out string) string {
	return strings.Join(strings.Fields(ansi.Strip(out)), " ")
}

// TestChartBuildersOnSeeds draws every chart in every style at the widths
// the dashboard uses and checks width, title, source, ASCII and marking.
func TestChartBuildersOnSeeds(t *testing.T) {
	set := loadSeeds(t)
	for _, b := range chartBuilders {
		for _, m := range chartModes {
			for _, width := range []int{30, 60, 80, 110} {
				t.Run(fmt.Sprintf("%s/%s/%d", b.name, m.name, width), func(t *testing.T) {
					out := b.build(set, m.style, width)
					checkWidth(t, out, width)
					text := flat(out)
					title := b.title
					if m.style.ascii {
						title = asciiFold(title)
					}
					if !strings.Contains(text, title) || !strings.Contains(text, "Source") {
						t.Errorf("missing title %q or source:\n%s", title, ansi.Strip(out))
					}
					if strings.Contains(text, "no data") || strings.Contains(text, "not enough room") {
						t.Errorf("chart not drawn:\n%s", ansi.Strip(out))
					}
					if m.style.ascii {
						checkASCII(t, out)
					}
					if b.projected && !m.style.color && !projectionMarked(ansi.Strip(out), m.style) {
						t.Errorf("projection not visibly marked without colour:\n%s", ansi.Strip(out))
					}
				})
			}
		}
	}
}

// projectionMarked reports whether a chart drawn without colour tells
// projected values apart in words and in glyphs: the projected bar rune or
// the dotted line.
func projectionMarked(out string, st styles) bool {
	if !strings.Contains(out, "projection") {
		return false
	}
	dots := "···"
	if st.ascii {
		dots = "..."
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, st.barProjectedRune+" ") || strings.Contains(l, dots+st.barProjectedRune) ||
			(strings.ContainsAny(l, "┤┼|+") && strings.Contains(l, dots)) {
			return true
		}
	}
	return false
}

// TestChartCaptionsAndNotes checks the cited articles and the notes that
// keep derived and projected values from passing for reported ones.
func TestChartCaptionsAndNotes(t *testing.T) {
	set := loadSeeds(t)
	st := newStyles(true, false, false)
	tests := []struct {
		build chartFunc
		want  []string
	}{
		{outsourcingChart, []string{"2024", "2028", "interpolated, not reported", "US$600 billion", "004_2c8182438bac70ce.txt"}},
		{turnover2018Chart, []string{"Sum of parts", "derived", "Reported total", "98.9", "98.8",
			"Source: Channelasia, 30 May 2019 (001_a43f31124e8e001b.txt)"}},
		{workforceChart, []string{"740,000", "490,000", "250,000", "derived estimate", "projection"}},
		{danangChart, []string{"1,000", "150", "168", "derived projection",
			"Vietnam News, 12 Jun 2024 (000_b77dc0c3b0768d47.txt)"}},
		{eventsPerYearChart, []string{"2022", "2029", "(count)", "Sources:"}},
	}
	for _, tt := range tests {
		out := flat(tt.build(set, st, 110))
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("missing %q in:\n%s", w, out)
			}
		}
	}
}

// TestChartBuildersEmptyDataset checks the one-line fallback of each chart.
func TestChartBuildersEmptyDataset(t *testing.T) {
	empty := &data.Set{}
	for _, b := range chartBuilders {
		out := ansi.Strip(b.build(empty, newStyles(true, false, false), 120))
		if strings.Contains(out, "\n") || !strings.HasSuffix(out, ": no data in this dataset") {
			t.Errorf("%s on an empty dataset: %q", b.name, out)
		}
	}
}

// TestBarChartEdges draws awkward bars at every width from 0 to 120.
func TestBarChartEdges(t *testing.T) {
	bars := []barItem{
		{label: "a very long label that will not fit anywhere narrow", value: 98.9e9, note: "reported total"},
		{label: "zero", value: 0},
		{label: "negative", value: -5},
		{label: "nan", value: math.NaN()},
		{label: "inf", value: math.Inf(1)},
		{label: "tiny", value: 1, note: "derived projection", projected: true},
		{label: "Đà Nẵng ₩", value: 5e9, projected: true},
	}
	fmtv := func(v float64) string { return fmt.Sprintf("%.0f", v) }
	for _, m := range chartModes {
		for width := 0; width <= 120; width++ {
			out := barChart(m.style, "Title (US$)", "Source: test", bars, width, fmtv)
			checkWidth(t, out, max(width, 1))
			if m.style.ascii {
				checkASCII(t, out)
			}
		}
		if out := ansi.Strip(barChart(m.style, "T", "c", nil, 80, fmtv)); out != "T: no data" {
			t.Errorf("empty bars: %q", out)
		}
		if out := ansi.Strip(barChart(m.style, "T", "c", bars, 9, fmtv)); !strings.HasPrefix(out, "T: not") || strings.Contains(out, "\n") {
			t.Errorf("narrow bars: %q", out)
		}
		one := ansi.Strip(barChart(m.style, "T", "", []barItem{{label: "x", value: 3, projected: true}}, 40, fmtv))
		if !strings.Contains(one, "projected") || !strings.Contains(one, m.style.barProjectedRune) {
			t.Errorf("projected bar without note is not marked:\n%s", one)
		}
	}
}

// TestLineChartEdges draws the series asciigraph mishandles (empty, NaN,
// single, flat) at many sizes without panicking or overflowing.
func TestLineChartEdges(t *testing.T) {
	nan := math.NaN()
	cases := map[string][]lineSeries{
		"nil":          nil,
		"empty values": {{name: "a"}},
		"all NaN":      {{name: "a", values: []float64{nan, nan}}},
		"single point": {{name: "a", values: []float64{5}}},
		"flat":         {{name: "a", values: []float64{3, 3, 3}}},
		"zeros":        {{name: "a", values: []float64{0, 0}}},
		"inf":          {{name: "a", values: []float64{1, math.Inf(1), 2}}},
		"gap":          {{name: "a", values: []float64{1, nan, 2}}, {name: "p", values: []float64{nan, 2, 4, 8}, projected: true}},
		"tiny values":  {{name: "a", values: []float64{0.001, 0.002}}},
		"huge values":  {{name: "a", values: []float64{1e12, 3e12}}},
		"long x":       {{name: "a", values: make([]float64, 40)}, {name: "b", values: []float64{1, 2}}},
	}
	for name, series := range cases {
		t.Run(name, func(t *testing.T) {
			for _, m := range chartModes {
				for _, h := range []int{0, 1, 2, 3, 8} {
					for width := 0; width <= 120; width += 7 {
						out := lineChart(m.style, "T", "US$ billion", "Source: test", 2024, series, width, h)
						checkWidth(t, out, max(width, 1))
						if m.style.ascii {
							checkASCII(t, out)
						}
					}
				}
			}
		})
	}
	st := newStyles(true, false, false)
	if out := ansi.Strip(lineChart(st, "T", "u", "", 2024, cases["all NaN"], 60, 6)); out != "T: no data" {
		t.Errorf("all NaN: %q", out)
	}
	if out := ansi.Strip(lineChart(st, "T", "u", "", 2024, cases["flat"], 60, 1)); out != "T: not enough room" {
		t.Errorf("height 1: %q", out)
	}
	single := ansi.Strip(lineChart(st, "T", "u", "", 2024, cases["single point"], 60, 6))
	if !strings.Contains(single, "2024") || !strings.Contains(single, "┼ a") || strings.Contains(single, "──") {
		t.Errorf("single point lacks its year or marker:\n%s", single)
	}
	gap := ansi.Strip(lineChart(st, "T", "u", "", 2020, cases["gap"], 60, 6))
	if !strings.Contains(gap, "2020") || !strings.Contains(gap, "2023") || !strings.Contains(gap, "p (projected)") {
		t.Errorf("x labels or legend missing:\n%s", gap)
	}
}

// TestAsciiFold checks what --ascii makes of dataset text.
func TestAsciiFold(t *testing.T) {
	tests := map[string]string{
		"Đà Nẵng":   "Da Nang",
		"₩5B":       "KRW 5B",
		"2024–2029": "2024-2029",
		"“quoted”":  `"quoted"`,
		"中":         "?",
		"plain":     "plain",
	}
	for in, want := range tests {
		if got := asciiFold(in); got != want {
			t.Errorf("asciiFold(%q) = %q, want %q", in, got, want)
		}
	}
}
