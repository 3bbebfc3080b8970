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
		{fig(3, "count", data.AtLeast, data.Actual, "", false), "at least 3"},
		{fig(3, "count", data.LessThan, data.Actual, "", false), "less than 3"},
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

// TestPhrase checks that projections, targets and estimates never read as
// actuals, that a need, a commitment, a plan and an area are worded as
// such, and that derived figures are our arithmetic, never a forecast.
func TestPhrase(t *testing.T) {
	labelled := func(f *data.Figure, label string) *data.Figure { f.Label = label; return f }
	tests := []struct {
		f    *data.Figure
		want string
	}{
		{fig(30, "count", data.Over, data.Actual, "2024", false), "over 30"},
		{fig(800e9, "USD", data.Exact, data.Projection, "2028", false), "expected to reach US$800 billion by 2028"},
		{fig(5, "count", data.Exact, data.Projection, "", false), "expected to reach 5"},
		{fig(1e9, "USD", data.Exact, data.Target, "2030", false), "target: US$1 billion by 2030"},
		{fig(30, "years", data.Exact, data.Estimate, "2024", false), "an estimated 30 years"},
		{labelled(fig(740000, "count", data.Exact, data.Projection, "2024/2029", false), "IT workers South Korea would need over the next five years"), "740,000 needed by 2029"},
		{labelled(fig(1e9, "USD", data.Exact, data.Projection, "2030", false), "Capital committed to the plant"), "US$1 billion committed by 2030"},
		{labelled(fig(10, "hectares", data.Exact, data.Projection, "2016", false), "Site area of the park"), "expected: 10 hectares"},
		{labelled(fig(10, "hectares", data.Exact, data.Target, "2016", false), "Planned site area"), "planned: 10 hectares by 2016"},
		{fig(5, "years", data.Exact, data.Projection, "2019/2024", false), "expected: 5 years"},
		{labelled(fig(740000, "count", data.Exact, data.Actual, "2024", false), "IT workers needed"), "740,000"},
		{fig(175862, "USD", data.Exact, data.Estimate, "2024", true), "our arithmetic: US$176,000"},
		{fig(98.8e9, "USD", data.Exact, data.Actual, "2018", true), "our arithmetic: US$98.8 billion"},
		{fig(168e6, "USD", data.Exact, data.Projection, "2025", true), "our arithmetic: US$168 million"},
		{fig(3, "count", data.Exact, "rumour", "", false), "3 (rumour)"},
	}
	for _, tt := range tests {
		if got := Phrase(tt.f); got != tt.want {
			t.Errorf("Phrase(%s %v %s) = %q, want %q", tt.f.Label, tt.f.Value, tt.f.Status, got, tt.want)
		}
	}
	// Beside its label and period, a phrase does not say the year again.
	if got := PhraseIn(nil, fig(800e9, "USD", data.Exact, data.Projection, "2028", false)); got != "expected to reach US$800 billion" {
		t.Errorf("PhraseIn = %q", got)
	}
}

// TestRangesNounsRates: a range keeps both bounds, a count its noun, a
// rate its denominator, every qualifier its words.
func TestRangesNounsRates(t *testing.T) {
	f := func(v, hi float64, unit, noun, per string, q data.Qualifier) *data.Figure {
		return &data.Figure{Value: v, ValueMax: hi, Unit: unit, Noun: noun, Per: per, Qualifier: q, Status: data.Actual}
	}
	tests := []struct {
		f    *data.Figure
		want string
	}{
		{f(20e6, 30e6, "USD", "", "", data.Exact), "US$20–30 million"},
		{f(500e6, 1.2e9, "USD", "", "", data.About), "about US$0.5–1.2 billion"},
		{f(20, 30, "percent", "", "", data.Exact), "20–30%"},
		{f(4000, 5000, "count", "jobs", "", data.Exact), "4,000–5,000 jobs"},
		{f(2, 3, "years", "", "", data.Exact), "2–3 years"},
		{f(4000, 0, "count", "jobs", "", data.AtLeast), "at least 4,000 jobs"},
		{f(5, 0, "percent", "", "", data.LessThan), "less than 5%"},
		{f(2, 0, "USD", "", "share", data.Exact), "US$2 per share"},
		{f(12, 0, "percent", "", "year", data.Exact), "12% a year"},
		{f(279, 0, "count", "projects", "", data.Exact), "279 projects"},
		{f(3, 0, "times", "", "", data.Exact), "3-fold"},
		{f(1000, 0, "m2", "", "", data.Exact), "1,000 m²"},
		{f(2, 0, "percentage_points", "", "", data.Exact), "2 percentage points"},
		{f(5e6, 0, "EUR", "", "", data.Exact), "€5 million"},
	}
	for _, tt := range tests {
		got := Qualified(tt.f)
		if got != tt.want {
			t.Errorf("Qualified(%+v) = %q, want %q", *tt.f, got, tt.want)
		}
		// The number engine reads the wording back as the figure.
		qs := data.ScanNumbers(got)
		if len(qs) != 1 || qs[0].Value != tt.f.Value || (tt.f.ValueMax != 0 && qs[0].Max != tt.f.ValueMax) ||
			(tt.f.Qualifier != data.Exact && qs[0].Qualifier != tt.f.Qualifier) {
			t.Errorf("%q reads back as %+v", got, qs)
		}
	}
}

// TestRounded: a derived figure is stated to the precision of its inputs.
func TestRounded(t *testing.T) {
	set, err := data.Load(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"vn-it-2017-turnover":                 "our arithmetic: US$91.6 billion",
		"korean-ict-project-average-value":    "our arithmetic: US$176,000",
		"danang-software-exports-next-year":   "our arithmetic: US$168 million",
		"vn-it-2018-segments-sum":             "our arithmetic: US$98.8 billion",
		"korea-it-workforce-implied-supply":   "our arithmetic: 250,000",
		"korea-it-outsourcing-growth-to-2028": "our arithmetic: 33.3%",
	}
	for id, want := range tests {
		if got := PhraseIn(set, set.Figure(id)); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
	if got := Rounded(set, set.Figure("vn-it-2018-turnover")); got != 98.9e9 {
		t.Errorf("a reported figure is as recorded: %v", got)
	}
}

// TestCaveat: the reliability clauses of a note, short, whatever the
// figure; nothing from a note that qualifies nothing.
func TestCaveat(t *testing.T) {
	tests := []struct{ note, want string }{
		{"As stated in the article. Attributing this sum to one campaign is doubtful (it is of the order of Vietnam's total committed FDI); treat the attribution with caution.",
			"Attributing this sum to one campaign is doubtful"},
		{"As stated by Vinasa's chair. Very large for one country's IT outsourcing market (roughly a third of South Korea's GDP); it may refer to a broader IT market. Verify before reuse.",
			"It may refer to a broader IT market. Verify before reuse"},
		{"Attributed to an Oxford Economics report; FDI measure (registered, disbursed or stock) not stated.", "FDI measure not stated"},
		{"Reported total; the four segments add up to US$98.8 billion.", ""},
		{"Launched in May 2019 at the forum.", ""},
		{"Unattributed analysts' prediction.", "Unattributed analysts' prediction"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Caveat(nil, &data.Figure{Note: tt.note}); got != tt.want {
			t.Errorf("Caveat(%q) = %q, want %q", tt.note, got, tt.want)
		}
	}
	set, err := data.Load(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Caveat(set, set.Figure("korea-it-outsourcing-market-2028")); got != "It may refer to a broader IT market. Verify before reuse" {
		t.Errorf("a note pointing to another figure's caveat: %q", got)
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
		{"2024-06/2024-08", "Jun–Aug 2024"},
		{"2024-08/2025-02", "Aug 2024–Feb 2025"},
		{"2024-06-12/2024-06-20", "12–20 Jun 2024"},
		{"2024-06-12/2024-07-01", "12 Jun 2024–1 Jul 2024"},
		{"2024/2024-06", "2024–Jun 2024"},
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

// TestPeriodBasis covers periods the text does not state and inferred
// publication windows.
func TestPeriodBasis(t *testing.T) {
	f := &data.Figure{Period: "2024-06-12", PeriodBasis: data.BasisPublication}
	if got := FigurePeriod(f); got != "as reported 12 Jun 2024" {
		t.Errorf("publication basis: %q", got)
	}
	f = &data.Figure{Period: "1992/2022", PeriodBasis: data.BasisBackground}
	if got := FigurePeriod(f); got != "1992–2022 (background)" {
		t.Errorf("background basis: %q", got)
	}
	if got := FigurePeriod(&data.Figure{Period: "2018"}); got != "2018" {
		t.Errorf("stated: %q", got)
	}
	if got := ItemDate(&data.Item{Date: "2022", DateBasis: data.BasisBackground}); got != "2022 (background)" {
		t.Errorf("item background: %q", got)
	}
	for in, want := range map[string]string{"2024-08/2024-12": "Aug–Dec 2024 (inferred)", "2024-06-12": "12 Jun 2024", "": "undated"} {
		if got := Published(&data.Article{Published: in}); got != want {
			t.Errorf("Published(%q) = %q, want %q", in, got, want)
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
		switch {
		case f.Derived:
			if !strings.HasPrefix(p, "our arithmetic: ") || strings.Contains(p, "expected") {
				t.Errorf("%s: derived phrased as %q", f.ID, p)
			}
		case f.Status == data.Projection:
			if !strings.HasPrefix(p, "expected") && !strings.Contains(p, "needed") {
				t.Errorf("%s: projection phrased as %q", f.ID, p)
			}
		case f.Status == data.Target:
			if !strings.HasPrefix(p, "target") && !strings.HasPrefix(p, "planned: ") {
				t.Errorf("%s: target phrased as %q", f.ID, p)
			}
		}
		if f.Derived != strings.Contains(Status(f), "derived") {
			t.Errorf("%s: status %q hides derivation", f.ID, Status(f))
		}
	}
}
