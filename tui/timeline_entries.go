package tui

import (
	"cmp"
	"slices"
	"time"

	"ictdash/data"
	"ictdash/data/quantity"
	"ictdash/format"
)

// tlKind is how a timeline entry is drawn: what it is decides its glyph,
// so that a projection is never read as something that happened.
type tlKind int

const (
	tlEvent      tlKind = iota // a dated event or milestone: a point
	tlProgramme                // a programme, plan or initiative over years: a solid span
	tlProjection               // a projected figure: dotted
	tlTarget                   // a target: dashed
)

// tlEntry is one row of the timeline: an item with a date, or a projected
// or targeted figure with a period, on the axis from its start to its end.
type tlEntry struct {
	entry            // the record, for the detail pane and enter
	kind     tlKind  //
	from, to float64 // in years: 2024.0 is 1 Jan 2024; to > from
	span     bool    // an interval ("2024/2027"), not one date
	when     string  // the period as read ("2024–2027", "2 Aug 2024")
	label    string  // name or label, sanitised
}

// timelineEntries collects what the timeline shows: every dated item of a
// timeline kind (data.Set.Timeline), and every reported projection or
// target with a period. Actual figures are measurements, not things that
// happen at a date, and derived figures are our arithmetic; neither is
// drawn. Entries are in order of start, then end.
func timelineEntries(set *data.Set) []tlEntry {
	var out []tlEntry
	for _, it := range set.Timeline() {
		from, to, span, ok := periodSpan(it.Date)
		if !ok {
			continue
		}
		kind := tlEvent
		if span {
			kind = tlProgramme
		}
		out = append(out, tlEntry{entry: entry{item: it}, kind: kind, from: from, to: to, span: span,
			when: format.Period(it.Date), label: sanitize(it.Name)})
	}
	for _, f := range set.Figures {
		if f.Derived || (f.Status != data.Projection && f.Status != data.Target) {
			continue
		}
		from, to, span, ok := periodSpan(f.Period)
		if !ok {
			continue
		}
		kind := tlProjection
		if f.Status == data.Target {
			kind = tlTarget
		}
		out = append(out, tlEntry{entry: entry{fig: f}, kind: kind, from: from, to: to, span: span,
			when: format.Period(f.Period), label: sanitize(f.Label)})
	}
	slices.SortStableFunc(out, func(a, b tlEntry) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
	return out
}

// periodSpan reads an ISO date or interval as a stretch of the axis, each
// date covering what its precision covers: "2024" is the whole year,
// "2024-08" August, "2024/2027" from 1 Jan 2024 to the end of 2027.
func periodSpan(p string) (from, to float64, span, ok bool) {
	if p == "" {
		return 0, 0, false, false
	}
	a, b, err := quantity.ParsePeriod(p)
	if err != nil || a.Year == 0 || b.Year == 0 {
		return 0, 0, false, false
	}
	start, _ := dateBounds(a)
	_, end := dateBounds(b)
	return yearsOf(start), yearsOf(end), a != b, true
}

// dateBounds is the first instant of a date at its precision and the first
// instant after it.
func dateBounds(d quantity.Date) (time.Time, time.Time) {
	switch {
	case d.Day != 0:
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 0, 1)
	case d.Month != 0:
		t := time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 1, 0)
	}
	t := time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	return t, t.AddDate(1, 0, 0)
}

// yearsOf places an instant on the axis: the year plus the fraction of it
// gone by, so that a month is a twelfth of a year whatever the zoom.
func yearsOf(t time.Time) float64 {
	t = t.UTC()
	start := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	next := start.AddDate(1, 0, 0)
	return float64(t.Year()) + float64(t.Sub(start))/float64(next.Sub(start))
}

// timeAt is the inverse of yearsOf, for the axis labels.
func timeAt(y float64) time.Time {
	year := int(y)
	if y < 0 {
		year--
	}
	start := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	next := start.AddDate(1, 0, 0)
	return start.Add(time.Duration((y - float64(year)) * float64(next.Sub(start))))
}
