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
	data.Nearly:   "nearly",
	data.UpTo:     "up to",
}

// Qualified returns the figure's value with the hedge its record gives it:
// "over 30", "nearly 20", "about 80%"; an exact figure is just its Value.
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
	v, q := s.Value, s.Qualifier
	if v == 0 && s.ValueText == "" { // a source without its own wording
		v = f.Value
	}
	if q == "" {
		q = f.Qualifier
	}
	return hedge(q, Amount(v, f.Unit))
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

// Phrase is the figure's value worded for a briefing so that a projection
// or target never reads as something that has happened: "over 30",
// "expected to reach US$800 billion by 2028", "target: US$1 billion by
// 2030", "an estimated US$175,862 (derived)".
func Phrase(f *data.Figure) string {
	if f == nil {
		return ""
	}
	q := Qualified(f)
	by := ""
	if _, end := data.PeriodYears(f.Period); end != 0 {
		by = " by " + strconv.Itoa(end)
	}
	var p string
	switch f.Status {
	case data.Projection:
		p = "expected to reach " + q + by
		if f.Unit == "years" || f.Unit == "months" || f.Unit == "days" {
			// A duration is not reached: "within 5 years, expected (by 2024)".
			p = "expected within " + q + by
		}
	case data.Target:
		p = "target: " + q + by
	case data.Estimate:
		p = "an estimated " + q
	case data.Actual, "":
		p = q
	default: // an unknown status must still not pass for an actual
		p = q + " (" + string(f.Status) + ")"
	}
	if f.Derived {
		p += " (derived)"
	}
	return p
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
	return a + "–" + b
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
