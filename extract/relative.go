package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"ictdash/data/text"
	"math"
	"strings"
	"time"

	"ictdash/data"
)

// Relative dates ("two years ago", "last year") and horizons ("the next five
// years") are resolved against the publication date, at the precision of
// their unit: years give a year, months a month, days a day.

// shift moves the publication date by n units and formats the result at
// the unit's precision; "" when there is no publication date precise enough
// or the result leaves 1900–2100.
func (x *extractor) shift(unit string, n int) string {
	if x.pub == "" {
		return ""
	}
	y, m, d := atoi(x.pub[:4]), 1, 1
	if len(x.pub) >= 7 {
		m = atoi(x.pub[5:7])
	}
	if len(x.pub) == 10 {
		d = atoi(x.pub[8:10])
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	var out string
	switch {
	case unit == "years":
		out = t.AddDate(n, 0, 0).Format("2006")
	case unit == "months" && len(x.pub) >= 7:
		out = t.AddDate(0, n, 0).Format("2006-01")
	case unit == "days" && len(x.pub) == 10:
		out = t.AddDate(0, 0, n).Format("2006-01-02")
	case unit == "months": // only a year is known: the month's year, roughly
		out = t.AddDate(0, n, 0).Format("2006")
	case unit == "days":
		out = t.AddDate(0, 0, n).Format("2006")
	}
	if out == "" || !validISO(out) || data.Year(out) < 1900 || data.Year(out) > 2100 {
		return ""
	}
	return out
}

// steps is a relative quantity's length as a whole number of its unit.
func steps(q data.Quantity) (int, bool) {
	if q.Value < 0 || q.Value > 500 || q.Value != math.Trunc(q.Value) {
		return 0, false
	}
	return int(q.Value), true
}

// resolveAgo explains "two years ago" → "2017 (published 2019-05-30)".
func (x *extractor) resolveAgo(q data.Quantity) string {
	n, ok := steps(q)
	if r := x.shift(string(q.Unit), -n); ok && r != "" {
		return fmt.Sprintf("%s → %s (published %s)", q.Text, r, x.pub)
	}
	return fmt.Sprintf("%s (no publication date to resolve it against)", q.Text)
}

// horizon resolves "the next five years" or "the last five years" to an
// interval from or to the publication date.
func (x *extractor) horizon(q data.Quantity) (string, string) {
	// "the next two to three years" reaches as far as its upper bound.
	n, ok := steps(data.Quantity{Value: q.Max})
	if !ok || x.pub == "" {
		return "", ""
	}
	now := x.shift(string(q.Unit), 0)
	low := strings.ToLower(q.Text)
	back := hasAny(low, []string{"last", "past", "previous", "qua", "trước"}) || strings.Contains(low, "지난")
	if back {
		if from := x.shift(string(q.Unit), -n); from != "" && now != "" {
			return from + "/" + now, fmt.Sprintf("%q from the publication date %s", q.Text, x.pub)
		}
		return "", ""
	}
	if to := x.shift(string(q.Unit), n); to != "" && now != "" {
		return now + "/" + to, fmt.Sprintf("%q from the publication date %s", q.Text, x.pub)
	}
	return "", ""
}

// relativeDateRE finds relative dates that hold no numeral.
var relativeDateRE = text.LazyRegexp(`(?i)\b(last|next|this) (year|month)\b`)

type found struct {
	text       string
	start, end int
}

func relativeDates(text string) []found {
	var out []found
	for _, m := range relativeDateRE().FindAllStringIndex(text, -1) {
		out = append(out, found{text[m[0]:m[1]], m[0], m[1]})
	}
	return out
}

// resolveRelative resolves "last year", "next month", "this year".
func (x *extractor) resolveRelative(text string) string {
	w := strings.Fields(strings.ToLower(text))
	if len(w) != 2 {
		return ""
	}
	n := map[string]int{"last": -1, "next": 1, "this": 0}[w[0]]
	return x.shift(w[1]+"s", n)
}

// relativeDateReason is the skip reason for "last year" and the like.
func (x *extractor) relativeDateReason(text string) (string, bool) {
	if r := x.resolveRelative(text); r != "" {
		return fmt.Sprintf("relative date: %s → %s (published %s); date the event with it", text, r, x.pub), true
	}
	return fmt.Sprintf("relative date: %s (no publication date to resolve it against)", text), true
}

// dates returns the ISO date or interval a year, date or year range in the
// text gives a figure beside it, or "". "since 2015" is a starting point
// ("the largest since 2015"), not the period of the figure.
func (x *extractor) dates(o data.Quantity) string {
	if isQuantity(o) && o.Kind != quantity.KindPeriod || datesEvent(x.text, o.Start) {
		return ""
	}
	switch o.Kind {
	case quantity.KindYear:
		if !strings.HasSuffix(o.Text, "s") {
			return o.Text
		}
	case quantity.KindDate:
		p, _, ok := parseDate(o.Text)
		if !ok && p != "" && x.pub != "" {
			p = x.pub[:4] + "-" + p // "Nov. 5" in an article of 2025
			ok = validISO(p)
		}
		if ok {
			return p
		}
	case quantity.KindPeriod:
		p, _ := yearRange(o)
		return p
	}
	return ""
}

// datesEvent reports whether a year at i follows "since" or an event word
// within a few words ("began the annual event in 2015"): it dates that
// event, not the figures beside it.
func datesEvent(t string, i int) bool {
	s := i
	for range 5 {
		lo := max(0, s-100)
		s = prevWordStart(t, s, lo+strings.LastIndexByte(t[lo:s], '\n')+1)
	}
	return hasAny(t[s:i], append([]string{"since"}, eventWords...))
}
