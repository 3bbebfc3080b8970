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
		if per, ok := r.perPastConversion(at); ok {
			r.q.Per = per // the span stays the amount: the ")" lies between
		}
		return
	}
	r.q.Per = per
	if r.noun == 0 {
		r.end = e
	}
}

// perPastConversion reads the denominator that follows an amount and its
// conversion in parentheses, which is the rate of both: "VND15 million
// (US$615) a month", "50,000 won ($38) per person". For the amount before
// the parentheses it is read after the ")"; for the amount inside, whose
// "(" opens just before it, after its own ")". Only money is converted so.
func (r *reading) perPastConversion(at int) (string, bool) {
	s := r.sc.s
	if !r.q.Unit.IsCurrency() || at >= len(s) {
		return "", false
	}
	if k := skipSpaces(s, at); k < len(s) && s[k] == '(' && k > at {
		c := strings.IndexByte(s[k:], ')')
		if c < 0 || c > 48 || strings.ContainsAny(s[k+1:k+c], "(;") || !strings.ContainsAny(s[k+1:k+c], "0123456789") {
			return "", false
		}
		per, _, ok := r.sc.perAt(k + c + 1)
		return per, ok
	}
	if s[at] != ')' || !parenOpensBefore(s, r.start) {
		return "", false
	}
	per, _, ok := r.sc.perAt(at + 1)
	return per, ok
}

// parenOpensBefore: the "(" of a conversion opens just before i, perhaps
// with a hedge between ("(about US$1.5 billion)"), after an amount.
func parenOpensBefore(s string, i int) bool {
	o := strings.LastIndexByte(s[:i], '(')
	if o < 1 || i-o > 24 || strings.ContainsAny(s[o:i], ")0123456789") {
		return false
	}
	t := strings.TrimRight(s[:o], " ")
	return t != "" && (isDigit(t[len(t)-1]) || letterAt(t, len(t)-1))
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
	for _, us := range []string{"US ", "U.S. "} {
		if strings.HasPrefix(s[p:], us) && !timeOnly {
			p += len(us) // "25,400 per US dollar": per dollar
			break
		}
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
	if sameWord(w, "square") || sameWord(w, "sq") {
		// "VND 500,000 per square metre", "per sq m": per m2, per km2.
		w2, we2 := wordAt(s, skipSpaces(s, we))
		switch strings.ToLower(w2) {
		case "metre", "meter", "m":
			return "m2", we2, !timeOnly
		case "kilometre", "kilometer", "km":
			return "km2", we2, !timeOnly
		}
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
