package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"

	"ictdash/data"
)

// A deadline with a length of time beside it is a span from now to the
// deadline: "2026년까지 3년간 약 3억 달러 규모의 공동 프로젝트" is 2024/2026
// in an article of 2024, "사업 기간은 2027년 6월까지 약 3년이다"
// 2024-09/2027-06, "over three years to 2027" 2024/2027, "trong 3 năm tới,
// đến năm 2027" likewise, and so does a yearly rate ("2030년까지 연평균
// 10%"). Without either, "by 2030" stays the year a target is due.

// deadlineSpan widens the deadline d of a figure's clause cl to a span
// from the publication date, when the clause also gives a length of time.
func (x *extractor) deadlineSpan(m mention, cl span, d dated, lang quantity.Lang) (dated, bool) {
	if len(x.pub) < 4 || strings.Contains(d.period, "/") || d.period <= x.pub[:min(len(x.pub), len(d.period))] {
		return d, false
	}
	if !x.isDeadline(d, lang) || !hasDuration(m, cl) && m.q.Per != "year" {
		return d, false // a yearly rate to a deadline ("연평균 10%", "12 percent a year through 2030") runs from now too
	}
	from := x.pub[:min(len(x.pub), len(d.period))]
	if o, ok := durationIn(m, cl); ok && len(d.period) == 4 && o.Unit == quantity.Years && o.Value >= 1 && o.Value == float64(int(o.Value)) && o.Max == o.Value {
		// "2027년까지 3년간", "trong 4 năm, đến năm 2028": the N years that
		// end with the deadline's year (2025-2027), not publication to it.
		if y := atoi(d.period) - int(o.Value) + 1; y >= atoi(x.pub[:4])-1 {
			d.note = fmt.Sprintf("%s, the %d years its clause gives that end then", d.note, int(o.Value))
			d.period = fmt.Sprintf("%d/%s", y, d.period)
			return d, true
		}
	}
	d.note = fmt.Sprintf("%s, over the length of time its clause gives, from the publication date %s", d.note, x.pub)
	d.period = from + "/" + d.period
	return d, true
}

// isDeadline: the date is the end of something — "까지" after it, "by",
// "through", "until", "to" or "đến" before it.
func (x *extractor) isDeadline(d dated, lang quantity.Lang) bool {
	if lang == quantity.KO {
		return strings.HasPrefix(x.text[d.end:], "까지")
	}
	before := strings.ToLower(x.text[max(0, d.start-16):d.start])
	for _, w := range []string{"by ", "through ", "until ", "to ", "đến ", "đến năm ", "tới ", "đến hết năm "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// hasDuration: the clause holds a length of time in years or months that
// is not itself relative ("3년간", "약 3년", "three years").
func hasDuration(m mention, cl span) bool {
	_, ok := durationIn(m, cl)
	return ok || m.q.Kind == quantity.KindDuration && !m.q.Relative
}

// durationIn returns the clause's length of time in years or months (not
// the figure itself) that hasDuration looks for.
func durationIn(m mention, cl span) (data.Quantity, bool) {
	for _, o := range m.group {
		if o.Start < cl.start || o.End > cl.end || o.Start == m.q.Start && o.End == m.q.End {
			continue
		}
		if o.Kind == quantity.KindDuration && !o.Relative && (o.Unit == quantity.Years || o.Unit == quantity.Months) {
			return o, true
		}
	}
	return data.Quantity{}, false
}
