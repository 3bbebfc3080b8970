package quantity

import (
	"fmt"
	"strings"
)

// Numbers English reporting writes next to a name or a hedge that the
// plain rules would take for quantities: a year after a hedge that is a
// preposition ("over 2022"), a year in a name before a verb ("Vision 2030
// aims"), house numbers and numbers that name ("District 7").

// yearPrepHedges are hedges that are also prepositions of time: before
// a bare year they place something in time ("a 32.1% increase over 2022",
// "around 2025, the market will grow") rather than hedge a number.
var yearPrepHedges = map[string]bool{"over": true, "around": true, "about": true,
	"circa": true, "above": true, "under": true, "below": true}

// changeWords before "over 2022" make it the year compared with.
var changeWords = map[string]bool{"increase": true, "rise": true, "growth": true, "gain": true,
	"jump": true, "decrease": true, "decline": true, "drop": true, "fall": true, "up": true,
	"down": true, "higher": true, "lower": true, "more": true, "less": true, "improvement": true}

// hedgedYear: four bare digits 1900–2100 after a hedge that is a
// preposition of time, with no unit or noun after them.
func (r *reading) hedgedYear(prev string) bool {
	q, n := &r.q, &r.n
	return r.sc.lang != KO && r.hedge != "" && yearPrepHedges[lowerASCII(strings.TrimSpace(r.hedge))] && q.Unit == None &&
		!r.ranged && !q.Relative && n.plain && n.ndigits == 4 && n.val >= 1900 && n.val <= 2100
}

// yearNotHedged makes a hedged year a year: the hedge leaves the span,
// and unless a word of change says it is the year compared with, the
// reading is flagged, since "over 2000" may be a number.
func (r *reading) yearNotHedged(prev string) {
	q := &r.q
	q.Skip, q.Kind, q.Date, q.Qualifier = skipYear, KindYear, Date{Year: int(r.n.val)}, Exact
	q.Start, q.Text = r.numStart, r.sc.s[r.numStart:q.End]
	if !changeWords[lowerASCII(prev)] {
		r.addAmb(fmt.Sprintf("%q may be a number, not a year", r.hedge+q.Text))
	}
}

// yearInName: "Vision 2030 aims to", "Expo 2025 draws": a year after a
// capitalised word, before a word in lower case that looks plural but is
// the verb. A headline's "Hires 2000 Engineers" capitalises its noun; the
// reading is flagged all the same.
func (r *reading) yearInName(prev string) bool {
	q, n := &r.q, &r.n
	if r.sc.lang != EN || q.Unit != Count || q.Kind == KindRate || r.noun == 0 || !n.plain || n.ndigits != 4 || n.val < 1900 || n.val > 2100 {
		return false
	}
	if prev == "" || !isUpperAt(r.sc.s, r.prevAt) || acronym(prev) || isUpperAt(q.Noun, 0) || q.Qualifier != Exact {
		return false
	}
	pe := r.prevEntry
	return pe == nil || !pe.notNoun && !pe.starter && pe.month == 0
}

// streetWords end the name of a street after a house number: "54 Nguyen
// Chi Thanh Street", "No. 5 Ly Thuong Kiet Street". Capitalised, as a
// name is.
var streetWords = map[string]bool{"Street": true, "St": true, "Road": true, "Rd": true,
	"Avenue": true, "Ave": true, "Boulevard": true, "Blvd": true, "Lane": true, "Alley": true}

// nameNumber: the plain number after a word that names by number
// ("Chapter 3", "District 7"); one with a hedge, a scale, thousands or a
// unit other than a count measures something.
func (r *reading) nameNumber() bool {
	q, n := &r.q, &r.n
	return q.Qualifier == Exact && r.cur.unit == "" && !r.ranged && n.mul == 1 &&
		(n.plain && n.ndigits <= 4 || n.words.words == 1) && (q.Unit == None || q.Unit == Count)
}
