package format

import (
	"math"
	"os"
	"regexp"
	"strings"
	"testing"

	"ictdash/data"
)

// fig builds a figure with just what formatting reads.
func fig(v float64, unit string, q data.Qualifier, st data.Status, period string, derived bool) *data.Figure {
	return &data.Figure{Value: v, Unit: unit, Qualifier: q, Status: st, Period: period, Derived: derived}
}

// TestValue covers every unit, scaling, separators and trimmed zeros.
func TestValue(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{382e6, "USD", "US$382 million"},
		{1e9, "USD", "US$1 billion"},
		{98.9e9, "USD", "US$98.9 billion"},
		{98.90e9, "USD", "US$98.9 billion"},
		{5.1e9, "USD", "US$5.1 billion"},
		{150e6, "USD", "US$150 million"},
		{175862, "USD", "US$175,862"},
		{91574074074, "USD", "US$91.574 billion"},
		{999999999, "USD", "US$1 billion"},
		{2.5e15, "USD", "US$2,500 trillion"},
		{12.5, "USD", "US$12.5"},
		{-5e6, "USD", "-US$5 million"},
		{10e12, "VND", "VND 10 trillion"},
		{5e9, "KRW", "₩5 billion"},
		{12, "percent", "12%"},
		{33.333333, "percent", "33.3%"},
		{279, "count", "279"},
		{29000, "count", "29,000"},
		{740000, "count", "740,000"},
		{7, "months", "7 months"},
		{1, "months", "1 month"},
		{30, "years", "30 years"},
		{1, "years", "1 year"},
		{3, "days", "3 days"},
		{2.5, "", "2.5"},
		{4, "hectares", "4 hectares"},
		{math.NaN(), "USD", "n/a"},
		{math.Inf(1), "count", "n/a"},
	}
	for _, tt := range tests {
		if got := Value(fig(tt.v, tt.unit, data.Exact, data.Actual, "", false)); got != tt.want {
			t.Errorf("Value(%v %s) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
	if Value(nil) != "" {
		t.Error("Value(nil) should be empty")
	}
}

// TestQualified covers each hedge and the exact and unknown qualifiers.
func TestQualified(t *testing.T) {
	tests := []struct {
		f    *data.Figure
		want string
	}{
		{fig(30, "count", data.Over, data.Actual, "", false), "over 30"},
		{fig(20, "count", data.Nearly, data.Actual, "", false), "nearly 20"},
		{fig(10, "count", data.MoreThan, data.Actual, "", false), "more than 10"},
		{fig(250, "count", data.About, data.Actual, "", false), "about 250"},
		{fig(80, "percent", data.About, data.Actual, "", false), "about 80%"},
		{fig(5, "count", data.UpTo, data.Actual, "", false), "up to 5"},
		{fig(34, "count", data.Exact, data.Actual, "", false), "34"},
		{fig(34, "count", "", data.Actual, "", false), "34"},
		{fig(3, "count", "at_least", data.Actual, "", false), "at least 3"},
	}
	for _, tt := range tests {
		if got := Qualified(tt.f); got != tt.want {
			t.Errorf("Qualified = %q, want %q", got, tt.want)
		}
	}
}

// TestQualifiedSource shows a source's own wording winning over the figure's.
func TestQualifiedSource(t *testing.T) {
	f := fig(1e9, "USD", data.Exact, data.Actual, "2024", false)
	tests := []struct {
		s    data.Source
		want string
	}{
		{data.Source{ValueText: "more than $1 billion", Value: 1e9, Qualifier: data.MoreThan}, "more than US$1 billion"},
		{data.Source{ValueText: "US$1 billion", Value: 1e9, Qualifier: data.Exact}, "US$1 billion"},
		{data.Source{}, "US$1 billion"}, // no wording of its own: the figure's
	}
	for _, tt := range tests {
		if got := QualifiedSource(f, tt.s); got != tt.want {
			t.Errorf("QualifiedSource(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestStatus covers statuses with and without derivation.
func TestStatus(t *testing.T) {
	tests := []struct {
		f    *data.Figure
		want string
	}{
		{fig(1, "count", "", data.Actual, "", false), ""},
		{fig(1, "count", "", "", "", false), ""},
		{fig(1, "count", "", data.Projection, "", false), "projection"},
		{fig(1, "count", "", data.Target, "", false), "target"},
		{fig(1, "count", "", data.Estimate, "", false), "estimate"},
		{fig(1, "count", "", data.Actual, "", true), "derived"},
		{fig(1, "count", "", data.Projection, "", true), "derived projection"},
		{fig(1, "count", "", data.Estimate, "", true), "derived estimate"},
	}
	for _, tt := range tests {
		if got := Status(tt.f); got != tt.want {
			t.Errorf("Status(%s, derived=%v) = %q, want %q", tt.f.Status, tt.f.Derived, got, tt.want)
		}
	}
}

// TestPhrase checks that projections, targets and estimates never read as actuals.
func TestPhrase(t *testing.T) {
	tests := []struct {
		f    *data.Figure
		want string
	}{
		{fig(30, "count", data.Over, data.Actual, "2024", false), "over 30"},
		{fig(800e9, "USD", data.Exact, data.Projection, "2028", false), "expected to reach US$800 billion by 2028"},
		{fig(740000, "count", data.Exact, data.Projection, "2024/2029", false), "expected to reach 740,000 by 2029"},
		{fig(5, "count", data.Exact, data.Projection, "", false), "expected to reach 5"},
		{fig(1e9, "USD", data.Exact, data.Target, "2030", false), "target: US$1 billion by 2030"},
		{fig(175862, "USD", data.Exact, data.Estimate, "2024", true), "an estimated US$175,862 (derived)"},
		{fig(98.8e9, "USD", data.Exact, data.Actual, "2018", true), "US$98.8 billion (derived)"},
		{fig(168e6, "USD", data.Exact, data.Projection, "2025", true), "expected to reach US$168 million by 2025 (derived)"},
		{fig(3, "count", data.Exact, "rumour", "", false), "3 (rumour)"},
	}
	for _, tt := range tests {
		if got := Phrase(tt.f); got != tt.want {
			t.Errorf("Phrase = %q, want %q", got, tt.want)
		}
	}
}

// TestPeriod covers each ISO precision, intervals and unreadable text.
func TestPeriod(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"2018", "2018"},
		{"2024-08-02", "2 Aug 2024"},
		{"2024-06", "Jun 2024"},
		{"2024/2029", "2024–2029"},
		{"2024-06/2024-08", "Jun 2024–Aug 2024"},
		{"2024/2024", "2024"},
		{"2024-02-30", "2024-02-30"}, // not a date: shown as recorded
		{"soon", "soon"},
	}
	for _, tt := range tests {
		if got := Period(tt.in); got != tt.want {
			t.Errorf("Period(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestShort covers compact chart labels for each unit.
func TestShort(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{98.9e9, "USD", "$98.9B"},
		{800e6, "USD", "$800M"},
		{600e9, "USD", "$600B"},
		{91574074074, "USD", "$91.6B"},
		{175862, "USD", "$176k"},
		{999.6, "USD", "$1k"},
		{12, "USD", "$12"},
		{1.5e12, "USD", "$1.5T"},
		{5e9, "KRW", "₩5B"},
		{10e12, "VND", "₫10T"},
		{740000, "count", "740k"},
		{29000, "count", "29k"},
		{279, "count", "279"},
		{80, "percent", "80%"},
		{33.333333, "percent", "33.3%"},
		{30, "years", "30y"},
		{7, "months", "7mo"},
		{0, "count", "0"},
		{-2e6, "USD", "-$2M"},
		{math.NaN(), "USD", "n/a"},
	}
	for _, tt := range tests {
		if got := Short(tt.v, tt.unit); got != tt.want {
			t.Errorf("Short(%v, %s) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

// scientific matches Go's exponent notation ("8e+11", "1.5E-07").
var scientific = regexp.MustCompile(`\d[eE][+-]?\d`)

// TestSeedFigures formats every seed figure and source through every
// function: nothing panics, nothing is empty, no exponent notation, and no
// projection or target is worded as an actual.
func TestSeedFigures(t *testing.T) {
	set, err := data.Load(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Figures) == 0 {
		t.Fatal("no seed figures")
	}
	for _, f := range set.Figures {
		out := []string{Value(f), Qualified(f), Phrase(f), Short(f.Value, f.Unit)}
		for _, s := range f.Sources {
			out = append(out, QualifiedSource(f, s))
		}
		for _, s := range out {
			if s == "" || scientific.MatchString(s) || strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
				t.Errorf("%s: bad output %q", f.ID, s)
			}
		}
		if f.Period != "" && Period(f.Period) == "" {
			t.Errorf("%s: empty period for %q", f.ID, f.Period)
		}
		p := Phrase(f)
		switch f.Status {
		case data.Projection:
			if !strings.HasPrefix(p, "expected") {
				t.Errorf("%s: projection phrased as %q", f.ID, p)
			}
		case data.Target:
			if !strings.HasPrefix(p, "target") {
				t.Errorf("%s: target phrased as %q", f.ID, p)
			}
		}
		if f.Derived != strings.Contains(Status(f), "derived") {
			t.Errorf("%s: status %q hides derivation", f.ID, Status(f))
		}
	}
}
