package format

import (
	"strconv"
	"strings"
	"time"

	"ictdash/data"
)

// hedges are the words each qualifier puts before a number.
var hedges = map[data.Qualifier]string{
	data.About:    "about",
	data.Over:     "over",
	data.MoreThan: "more than",
	data.AtLeast:  "at least",
	data.Nearly:   "nearly",
	data.UpTo:     "up to",
	data.LessThan: "less than",
}

// Qualified returns the figure's value with the hedge its record gives it:
// "over 30", "nearly 20", "about 80%", "at least 4,000"; an exact figure is
// just its Value.
func Qualified(f *data.Figure) string {
	if f == nil {
		return ""
	}
	return hedge(f.Qualifier, Value(f))
}

// QualifiedSource returns the value as one source words it. Sources of a
// figure may disagree ("US$1 billion" vs "more than $1 billion"), so a
// citation must show its own source's number and hedge, not the figure's.
func QualifiedSource(f *data.Figure, s data.Source) string {
	if f == nil {
		return ""
	}
	v, hi, q := s.Value, s.ValueMax, s.Qualifier
	if v == 0 && s.ValueText == "" { // a source without its own wording
		v, hi = f.Value, f.ValueMax
	}
	if q == "" {
		q = f.Qualifier
	}
	n := Amount(v, f.Unit)
	if hi != 0 && hi > v {
		n = Range(v, hi, f.Unit)
	}
	return hedge(q, n+tail(f.Unit, f.Noun, f.Per))
}

// hedge puts a qualifier's words before a formatted number.
func hedge(q data.Qualifier, value string) string {
	if q == "" || q == data.Exact {
		return value
	}
	word, ok := hedges[q]
	if !ok { // a qualifier added to the data after this table
		word = strings.ReplaceAll(string(q), "_", " ")
	}
	return word + " " + value
}

// Status names what kind of number a figure is when it is not a plain
// reported actual: "projection", "target", "estimate", "derived", or
// "derived projection". It is "" for a reported actual.
func Status(f *data.Figure) string {
	if f == nil {
		return ""
	}
	st := ""
	if f.Status != "" && f.Status != data.Actual {
		st = string(f.Status)
	}
	if !f.Derived {
		return st
	}
	if st == "" {
		return "derived"
	}
	return "derived " + st
}

// Phrase is the figure's value worded on its own, so that what is not a
// reported fact never reads as one and what the source says is kept: "over
// 30", "expected to reach US$800 billion by 2028", "740,000 needed by
// 2029" (a need is not a forecast), "US$1 billion committed", "planned: 10
// hectares", "target: US$1 billion by 2030", "an estimated 30 years", "our
// arithmetic: US$98.8 billion" (derived, never worded as a forecast). See
// PhraseIn for a line that shows the label and period beside it.
func Phrase(f *data.Figure) string {
	if f == nil {
		return ""
	}
	q := Qualified(f)
	if f.Derived {
		q = hedge(f.Qualifier, valueOf(f, Rounded(nil, f)))
	}
	return phrase(f, q, true)
}

// PhraseIn is Phrase for a line that shows the figure's label and period
// beside it, as the briefing does: the period is left to that line (no
// "… by 2028 — … in 2028, 2028"), and a derived figure is rounded to the
// precision of its inputs (see Rounded), which set resolves.
func PhraseIn(set *data.Set, f *data.Figure) string {
	if f == nil {
		return ""
	}
	q := Qualified(f)
	if f.Derived {
		q = hedge(f.Qualifier, valueOf(f, Rounded(set, f)))
	}
	return phrase(f, q, false)
}

// The ways a figure that is not a reported actual is worded, chosen from
// the record: its label's words, its unit and its status.
const (
	Reported   = "reported"
	Forecast   = "forecast"   // a projection of a level: "expected to reach"
	Need       = "need"       // "would need", "demand", "require": "740,000 needed"
	Commitment = "commitment" // "committed", "pledged": "US$1 billion committed"
	Plan       = "plan"       // "planned": "planned: 10 hectares"
	Goal       = "target"     // "target: US$1 billion"
	Expected   = "expected"   // a duration or an area is not reached: "expected: 5 years"
	Estimated  = "estimate"   // "an estimated 30 years"
	Arithmetic = "derived"    // our arithmetic, never a forecast
)

// Wording says how Phrase words a figure (one of the constants above): a
// need, a commitment or a plan in its label is worded as such whatever its
// status; an area or a duration is never "reached".
func Wording(f *data.Figure) string {
	switch {
	case f.Derived:
		return Arithmetic
	case f.Status == data.Actual || f.Status == "":
		return Reported
	case f.Status == data.Estimate:
		return Estimated
	case labelSays(f, needWords):
		return Need
	case labelSays(f, commitWords):
		return Commitment
	case labelSays(f, planWords):
		return Plan
	case f.Status == data.Target:
		return Goal
	case isArea(f.Unit) || isDuration(f.Unit):
		return Expected
	}
	return Forecast
}

// Words in a label that say what kind of forward-looking number it is.
var (
	needWords   = []string{"need", "needs", "needed", "demand", "demands", "require", "requires", "required", "requirement", "shortage", "shortfall"}
	commitWords = []string{"commit", "commits", "committed", "commitment", "commitments", "pledge", "pledged", "pledges"}
	planWords   = []string{"plan", "plans", "planned"}
)

// labelSays reports whether the figure's label or noun holds one of words
// as a whole word.
func labelSays(f *data.Figure, words []string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(f.Label+" "+f.Noun), notLetter) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

func notLetter(r rune) bool { return !(r >= 'a' && r <= 'z' || r > 0x7f) }

func isArea(unit string) bool { return unit == "hectares" || unit == "m2" || unit == "km2" }

func isDuration(unit string) bool {
	return unit == "years" || unit == "months" || unit == "days" || unit == "hours"
}

// phrase words q (the figure's qualified value) by Wording; with by, a
// forward-looking number says the year it runs to.
func phrase(f *data.Figure, q string, by bool) string {
	year := ""
	// A period the text does not state (the publication date, background
	// knowledge) is no deadline: never "planned: 6 by 2019".
	if _, end := data.PeriodYears(f.Period); end != 0 && by && f.PeriodBasis == "" {
		year = " by " + strconv.Itoa(end)
	}
	switch Wording(f) {
	case Arithmetic:
		return "our arithmetic: " + q
	case Reported:
		return q
	case Estimated:
		return "an estimated " + q
	case Need:
		return q + " needed" + year
	case Commitment:
		return q + " committed" + year
	case Plan:
		return "planned: " + q + year
	case Goal:
		return "target: " + q + year
	case Expected:
		return "expected: " + q
	case Forecast:
		if f.Status == data.Projection {
			return "expected to reach " + q + year
		}
	}
	// A status added to the data after this switch must still not pass
	// for an actual.
	return q + " (" + string(f.Status) + ")"
}

// dateLayouts map the ISO precisions a record may use to display forms.
var dateLayouts = []struct{ iso, display string }{
	{"2006-01-02", "2 Jan 2006"},
	{"2006-01", "Jan 2006"},
	{"2006", "2006"},
}

// Period writes an ISO date or interval for reading: "2018", "Jun 2024",
// "2 Aug 2024", "2024–2029". Text it cannot read is returned unchanged so
// that nothing recorded is hidden.
func Period(p string) string {
	from, to, isRange := strings.Cut(p, "/")
	if !isRange {
		return date(p)
	}
	a, b := date(from), date(to)
	if a == b {
		return a
	}
	// Within one year (or month), say the year (and month) once:
	// "Aug–Dec 2024", "12–20 Jun 2024".
	if len(from) == len(to) && len(from) >= 7 && from[:4] == to[:4] && a != from && b != to {
		if len(from) == 10 && from[:7] == to[:7] {
			return a[:strings.IndexByte(a, ' ')] + "–" + b
		}
		if len(from) == 7 {
			return a[:strings.IndexByte(a, ' ')] + "–" + b
		}
	}
	return a + "–" + b
}

// FigurePeriod writes a figure's period with its basis: "2018" as stated,
// "as reported 12 Jun 2024" when the text gives no period and the
// publication date stands in, "1992–2022 (background)" when the period is
// known only from outside the text.
func FigurePeriod(f *data.Figure) string {
	if f == nil {
		return ""
	}
	return withBasis(f.Period, f.PeriodBasis)
}

// ItemDate writes an item's date with its basis, as FigurePeriod.
func ItemDate(it *data.Item) string {
	if it == nil {
		return ""
	}
	return withBasis(it.Date, it.DateBasis)
}

func withBasis(p, basis string) string {
	if p == "" {
		return ""
	}
	switch basis {
	case data.BasisPublication:
		return "as reported " + Period(p)
	case data.BasisBackground:
		return Period(p) + " (background)"
	}
	return Period(p)
}

// Published writes an article's publication date: "12 Jun 2024"; a window
// inferred from the text as "Aug–Dec 2024 (inferred)"; "undated" when
// nothing tells.
func Published(a *data.Article) string {
	switch {
	case a == nil || a.Published == "":
		return "undated"
	case strings.Contains(a.Published, "/"):
		return Period(a.Published) + " (inferred)"
	}
	return Period(a.Published)
}

// date writes one ISO date, or returns s unchanged when it is not one.
func date(s string) string {
	for _, l := range dateLayouts {
		if len(s) != len(l.iso) {
			continue
		}
		if t, err := time.Parse(l.iso, s); err == nil {
			return t.Format(l.display)
		}
	}
	return s
}
