package quantity

import "strings"

// Rates: "US$2 per share", "12% a year", "4,000 jobs annually",
// "50 triệu đồng/tháng", "mỗi năm", and the Korean words before the number
// (prefix.go).

// perNouns normalise a rate's denominator.
var perNouns = map[string]string{
	"year": "year", "years": "year", "annum": "year", "năm": "year",
	"month": "month", "months": "month", "tháng": "month",
	"week": "week", "weeks": "week", "tuần": "week",
	"day": "day", "days": "day", "ngày": "day",
	"hour": "hour", "hours": "hour", "giờ": "hour",
	"quarter": "quarter", "quý": "quarter",
	"capita": "person", "head": "person", "person": "person", "người": "person",
	"share": "share", "cổ phiếu": "share",
}

// perTimeNouns may follow "a", "each", "every", "mỗi", "một", "hằng".
var perTimeNouns = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "hour": true, "quarter": true,
	"share": true, "person": true,
}

// perAdverbs are rates in one word.
var perAdverbs = map[string]string{
	"annually": "year", "yearly": "year", "monthly": "month", "daily": "day", "weekly": "week",
	"hourly": "hour",
}

// rate reads a rate's denominator after the number, its unit or its noun.
func (r *reading) rate() {
	if r.q.Per != "" || r.q.Skip != "" {
		return
	}
	at := r.end
	if r.noun > 0 {
		at = r.noun
	}
	per, e, ok := r.sc.perAt(at)
	if !ok {
		return
	}
	r.q.Per = per
	if r.noun == 0 {
		r.end = e
	}
}

// perAt reads "per share", "a year", "each month", "annually", "/tháng",
// "mỗi năm", "hằng năm", "một tháng" at e.
func (sc *scanner) perAt(e int) (string, int, bool) {
	s := sc.s
	if e < len(s) && s[e] == '/' {
		per, pe, ok := perWord(s, e+1, false)
		return perChain(s, per, pe, ok)
	}
	k := skipSpaces(s, e)
	if k == e {
		return "", e, false
	}
	if strings.HasPrefix(s[k:], "p.a") && !wordCharAt(s, k+len("p.a")) {
		end := k + len("p.a")
		if end < len(s) && s[end] == '.' {
			end++
		}
		return "year", end, true // "8% p.a.", per annum
	}
	w, we, en := sc.entryAt(k)
	if w == "" || letterAt(s, we) {
		return "", e, false
	}
	if en != nil && en.per != "" {
		return en.per, we, true
	}
	if en == nil || en.fn < fnPer {
		return "", e, false
	}
	p := skipSpaces(s, we)
	if p == we {
		return "", e, false
	}
	switch {
	case en == nil:
	case en.fn == fnPer:
		per, pe, ok := perWord(s, p, false)
		return perChain(s, per, pe, ok)
	case en.fn == fnA, en.fn == fnViPer && sc.lang != EN:
		per, pe, ok := perWord(s, p, true)
		if ok && en.fn == fnA {
			if w, we := wordAt(s, skipSpaces(s, pe)); notRateAfter[strings.ToLower(w)] && !onAverage(s, w, we) {
				return "", e, false // "from $11.2bn a year earlier" dates the base
			}
		}
		return per, pe, ok
	}
	return "", e, false
}

// perChain reads a second denominator after the first's slash:
// "8,5 triệu đồng/người/tháng" is a wage per person per month, Per
// "person/month" (which Format writes back as "per person/month").
func perChain(s string, per string, pe int, ok bool) (string, int, bool) {
	if ok && pe < len(s) && s[pe] == '/' {
		if per2, pe2, ok := perWord(s, pe+1, true); ok {
			return per + "/" + per2, pe2, true
		}
	}
	return per, pe, ok
}

// koSlashPers are the Korean denominators written after a slash: "1천억
// 원/년" (a year), "200만 원/월", "50달러/명", "1,350원/달러"; longest first.
var koSlashPers = []struct{ w, per string }{
	{"시간", "hour"}, {"가구", "household"}, {"개월", "month"}, {"달러", "dollar"},
	{"년", "year"}, {"연", "year"}, {"월", "month"}, {"일", "day"}, {"주", "week"},
	{"명", "person"}, {"인", "person"}, {"개", "item"}, {"대", "unit"}, {"건", "case"}, {"톤", "tonne"},
}

// koPerWord reads a Korean denominator at p; the particles after it ("원/년이다")
// are no part of it. Another Hangul word is none: "원/달러 환율" names a rate.
func koPerWord(s string, p int, timeOnly bool) (string, int, bool) {
	for _, k := range koSlashPers {
		if !strings.HasPrefix(s[p:], k.w) {
			continue
		}
		e := p + len(k.w)
		if _, _, ok := koTail(s, e); !ok || timeOnly && !perTimeNouns[k.per] {
			return "", p, false
		}
		return k.per, e, true
	}
	return "", p, false
}

// onAverage: "$5bn a year on average" is a rate all the same.
func onAverage(s, w string, we int) bool {
	next, _ := wordAt(s, skipSpaces(s, we))
	return sameWord(w, "on") && sameWord(next, "average")
}

// notRateAfter make "a year" a point in time, not a rate's denominator.
var notRateAfter = map[string]bool{
	"earlier": true, "ago": true, "before": true, "later": true, "after": true,
	"previously": true, "prior": true, "back": true, "on": true, "since": true,
}

// perWord reads the denominator at p ("share", "cổ phiếu", "m2"); timeOnly
// limits it to the nouns of perTimeNouns.
func perWord(s string, p int, timeOnly bool) (string, int, bool) {
	if hangulAt(s, p) {
		return koPerWord(s, p, timeOnly)
	}
	w, we := wordAt(s, p)
	if w == "" {
		return "", p, false
	}
	if w2, we2 := wordAt(s, skipSpaces(s, we)); sameWord(w, "cổ") && sameWord(w2, "phiếu") {
		return "share", we2, true
	}
	if strings.HasPrefix(s[we:], "2") && (w == "m" || w == "km") && !wordCharAt(s, we+1) {
		return w + "2", we + 1, true // "/m2"
	}
	if letterAt(s, we) || wordCharAt(s, we) {
		return "", p, false
	}
	per, ok := lookup(perNouns, w)
	if !ok {
		if timeOnly {
			return "", p, false
		}
		per = w
	}
	if timeOnly && !perTimeNouns[per] {
		return "", p, false
	}
	return per, we, true
}
