package quantity

import (
	"math"
	"strings"
)

// reading is one expression being read: prefixes, the number (or a range's
// two), unit, hedges and rate, then the checks that make it a quantity or
// a skipped number.
type reading struct {
	sc          *scanner
	start       int // the expression's start, with any prefix
	numStart    int // where the number (with its currency sign) starts
	afterOpener int // where what follows a range opener starts
	end         int
	q           Quantity
	cur         currency
	n           num
	hi          num // a range's upper bound, when ranged
	ranged      bool
	opener      string // "between", "from", "từ" before a range
	relative    bool
	mult        bool // "gấp": what follows is a multiplier
	negative    bool // "âm 1,5%": the number is negative
	koFrom      bool // "A에서 B까지": the 까지 closes the range
	unitRead    bool
	ko          string  // the Korean counter read
	umul        float64 // the multiplier its unit applied (7 for 주, weeks), 0 if none
	noun        int     // end of the counted noun, when one follows
	hedge       string  // the hedge before the number, as written

	prevEntry *entry // the lexicon's entry for the word before the expression
	prevAt    int    // where that word starts

	// The unit read after the first number, kept from the range test
	// for the unit step when there is no range.
	peekAt, peekEnd int
	peek            unitRead
	peekOK          bool
}

// unitAt is sc.unitAt, remembering the reading at the first number's end.
func (r *reading) unitAt(e int, scaled, money bool) (unitRead, int, bool) {
	if r.peekAt == e && r.peekAt > 0 {
		return r.peek, r.peekEnd, r.peekOK
	}
	u, end, ok := r.sc.unitAt(e, scaled, money)
	r.peekAt, r.peek, r.peekEnd, r.peekOK = e, u, end, ok
	return u, end, ok
}

// expr reads the expression at i.
func (sc *scanner) expr(i int) (Quantity, bool) {
	q, ok, rated := sc.exprFrom(i, true)
	if !ok && rated {
		// A Korean rate word that is a number itself, with no number
		// after it: "하루 만에" is one day, not "per day" of 만.
		q, ok, _ = sc.exprFrom(i, false)
	}
	return q, ok
}

// exprFrom reads the expression at i; rate says whether a Korean rate word
// may open it, rated whether one did.
func (sc *scanner) exprFrom(i int, rate bool) (Quantity, bool, bool) {
	var r reading // on the stack: the reader is made for every number of a text
	return r.expr(sc, i, rate)
}

// expr reads the expression at i into r; rated says a Korean rate word
// opened it.
func (r *reading) expr(sc *scanner, i int, rate bool) (Quantity, bool, bool) {
	rated := func() bool { return r.q.Per != "" && r.numStart > i }
	if isDigit(sc.s[i]) {
		if q, ok := sc.docNumber(i); ok {
			return q, true, false
		}
	}
	if q, ok := sc.date(i); ok {
		return q, true, false
	}
	if c := sc.s[i]; isDigit(c) || c == '+' {
		if q, ok := sc.phone(i); ok {
			return q, true, false
		}
	}
	if q, ok := sc.viOrdinalTuNam(i); ok {
		return q, true, false
	}
	*r = reading{sc: sc, start: i, q: Quantity{Qualifier: Exact}}
	j := i
	if !isDigit(sc.s[i]) {
		j = r.prefixes(i, rate)
		if letterAt(sc.s, i) && !hangulAt(sc.s, i) && !sc.numberStartsAt(j, r.mult) {
			return Quantity{}, false, rated() // "in the", "at its": no number after the word
		}
	}
	r.numStart = j
	if j > i && j < len(sc.s) && isDigit(sc.s[j]) {
		if q, ok := sc.date(j); ok {
			return q, true, false
		}
	}
	if r.mult {
		if v, e, ok := viDouble(sc.s, j); ok {
			r.n, r.end = num{start: j, end: e, val: v, mul: 1, words: wordNum{words: 1}}, e
			r.q.Unit, r.unitRead = Multiplier, true
			return r.finish(), true, false
		}
	}
	cur, j := sc.currencyPrefix(j)
	r.cur = cur
	n, ok := sc.numeral(j, cur.unit != "")
	if !ok || r.negative && n.signed {
		return Quantity{}, false, rated()
	}
	if r.negative {
		n.val, n.signed = -n.val, true
	}
	r.n, r.end = n, n.end
	if !r.read() {
		return Quantity{}, false, rated()
	}
	return r.finish(), true, false
}

// viDouble reads the "đôi" (two) and "rưỡi" (one and a half) of "gấp đôi",
// "gấp rưỡi".
func viDouble(s string, j int) (float64, int, bool) {
	w, e := wordAt(s, j)
	switch {
	case letterAt(s, e):
	case sameWord(w, "đôi"):
		return 2, e, true
	case sameWord(w, "rưỡi"):
		return 1.5, e, true
	}
	return 0, j, false
}

// prefixes reads what may come before the number: a range opener, a
// hedge, a relative word, a Korean rate word, the Vietnamese "gấp".
func (r *reading) prefixes(i int, rate bool) int {
	sc := r.sc
	j := i
	if o, k, ok := sc.rangeOpener(j); ok {
		r.opener, j = o, k
	}
	r.afterOpener = j
	if k, ok := sc.multiplierPrefix(j); ok {
		r.mult, j = true, k // "gấp hơn 2 lần", "gấp gần 3 lần": the hedge follows "gấp"
	}
	hedged := false
	if q, k, ok := sc.prefixHedge(j); ok {
		r.q.Qualifier, r.hedge, j, hedged = q, sc.s[j:k], k, true
	}
	if k, ok := sc.relativePrefix(j); ok {
		r.relative, j = true, k
	}
	if per, k, ok := sc.ratePrefix(j); ok && rate {
		r.q.Per, j = per, k
		if q, k, ok := sc.prefixHedge(j); ok && !hedged {
			r.q.Qualifier, r.hedge, j = q, sc.s[j:k], k // "기업당 최대 1억 원"
		}
	}
	if k, ok := sc.multiplierPrefix(j); ok && !r.mult {
		r.mult, j = true, k
	}
	if k, ok := sc.viMinus(j); ok {
		r.negative, j = true, k
	}
	return j
}

// read reads what follows the number and decides what it is. false means
// there is no expression here after all.
func (r *reading) read() bool {
	n := &r.n
	if v, e, ok := compoundOrdinal(r.sc.s, n.end, n.val); ok && n.words.words == 1 {
		n.val, n.end, n.ordinal, r.end = v, e, true, e
		return true
	}
	switch {
	case n.version, n.ordinal, n.decade, n.tail != "":
		return true
	case n.slash != 0:
		return r.fraction()
	case n.words.frac:
		if w, _ := wordBefore(r.sc.s, r.start); sameWord(n.words.first, "half") && halfPeriods[lowerASCII(w)] {
			return false // "the first half of 2024" is a period
		}
		r.q.Unit, r.unitRead = Fraction, true
		if n.koQual != "" && n.koQual != Exact && r.q.Qualifier == Exact {
			r.q.Qualifier = n.koQual // 과반: more than half
		}
	case n.words.fold:
		r.q.Unit, r.unitRead = Multiplier, true
	case r.koFraction():
		r.postfixHedge() // "3분의 2 이상"
		return true
	case r.colonRatio():
		return true
	case n.koDays != "":
		r.q.Unit, r.unitRead = n.koDays, true // "사흘간": three days
	}
	if n.koHi > 0 {
		r.hi, r.ranged = *n, true // "두세 곳": two or three places
		r.hi.val = n.koHi
		if n.koSeveral && r.q.Qualifier == Exact {
			// "수천 명": several thousand, read as two to nine thousand.
			r.q.Qualifier = About
			r.addAmb(r.sc.s[n.start:n.end] + " is an indefinite number (several), read as 2 to 9 of its unit")
		}
	}
	r.mixedFraction()
	r.rangeTail()
	if !r.ranged && r.inRatio() {
		return true
	}
	r.koAbout()
	r.unit()
	r.viAgeUnit()
	r.koMoreTime()
	r.koBand()
	r.koOutOf()
	r.koDenominator()
	r.koPerAverage()
	r.koDotList()
	if r.q.Unit == None && !r.unitRead {
		r.countNoun()
		r.timesMultiplier()
		r.viChangeUnit()
		r.viBareBillions()
	}
	r.koBareWon()
	r.postfixHedge()
	r.relativePostfix()
	r.rate()
	r.overDuring()
	r.orScale()
	r.trenAcross()
	if r.relative && r.q.Unit.Kind() != KindDuration {
		return false // "the last 500 units": "last" dates nothing
	}
	return r.wordsFit()
}

// wordsFit applies what number words need: Korean numerals a counter,
// one Vietnamese word (hai, ba …) a unit or a known noun after it.
func (r *reading) wordsFit() bool {
	n := &r.n
	switch {
	case n.koWords && n.words.first == "첫":
		return r.unitRead && r.q.Kind == KindOrdinal // "첫 번째"; "첫 해" is the first year
	case n.koWords && n.koNative:
		glued := r.ko != "" && strings.HasPrefix(r.sc.s[n.end:], r.ko) // "세대", not "세 대"
		return r.unitRead && koNativeCounterFits(r.ko, glued)
	case n.koWords:
		return r.unitRead
	case n.viWords && n.words.words == 1 && !n.words.scaled:
		return r.unitRead || r.q.Noun != "" && r.noun > 0 && viKnownNoun(r.q.Noun) || r.viOrdinalWord()
	}
	return true
}

// finish builds the Quantity: span, kind, and the skip rules.
func (r *reading) finish() Quantity {
	if r.opener != "" && !r.ranged && !r.openerKept() {
		r.start = r.afterOpener
	}
	q := &r.q
	q.Start, q.End = r.start, r.end
	q.Text = r.sc.s[q.Start:q.End]
	q.Value, q.Max = r.n.val, r.n.val
	q.Relative = q.Relative || r.relative
	if r.ranged {
		q.Max = r.hi.val
	}
	if q.Kind == "" {
		q.Kind = q.Unit.Kind()
	}
	if q.Per != "" && q.Skip == "" {
		q.Kind = KindRate
	}
	r.addAmb(r.n.amb)
	if r.ranged {
		r.addAmb(r.hi.amb)
	}
	r.addAmb(r.cur.amb)
	r.skips()
	return r.q
}

// openerKept: "từ … trở lên" keeps its "từ" in the span.
func (r *reading) openerKept() bool {
	return r.opener == "từ" && r.q.Qualifier == AtLeast
}

// addAmb adds a reason the reading may be wrong.
func (r *reading) addAmb(reason string) {
	switch {
	case reason == "":
	case r.q.Ambiguous == "":
		r.q.Ambiguous = reason
	default:
		r.q.Ambiguous += "; " + reason
	}
}

// timesMultiplier reads "2.5 times" and "rose three times" as a
// multiplier, not a count of occasions: occasions are whole, and a verb of
// growth before the number says what is multiplied ("visited three times"
// stays a count).
func (r *reading) timesMultiplier() {
	if r.q.Noun != "times" || r.q.Unit != Count {
		return
	}
	w, _ := wordBefore(r.sc.s, r.start)
	k := skipSpaces(r.sc.s, r.end)
	t, e := wordAt(r.sc.s, k)
	// A value as written on its own ("3 times", read back by the loader)
	// keeps the reading the sentence gave it.
	alone := r.start == 0 && strings.TrimSpace(r.sc.s[e:]) == ""
	vi := sameWord(t, "lần") && viGrowthVerbs[strings.ToLower(w)]
	if sameWord(t, "times") && (r.n.val != math.Trunc(r.n.val) || growthVerbs[lowerASCII(w)] || alone || r.timesLevel(w, e)) ||
		sameWord(t, "lần") && (vi || r.n.val != math.Trunc(r.n.val) || alone) {
		r.q.Unit, r.q.Noun, r.unitRead, r.end = Multiplier, "", true, e
	}
}

// timesLevel: "the ratio fell to 1.5 times from 2 times last year": after
// "from" or "to" a number of times is the level of a multiple, unless a
// rate's denominator follows, which makes it a frequency ("from 2 times a
// week").
func (r *reading) timesLevel(w string, e int) bool {
	if !sameWord(w, "from") && !sameWord(w, "to") && r.opener != "from" {
		return false // "from" may open the reading, and so not precede it
	}
	_, _, per := r.sc.perAt(e)
	return !per
}

// viGrowthVerbs before "N lần" make it a multiplier: "tăng 175 lần",
// "tăng lên 3 lần" ("đến thăm 3 lần", visited three times, stays a count).
var viGrowthVerbs = map[string]bool{"tăng": true, "giảm": true, "lên": true, "nhân": true, "trưởng": true}

// growthVerbs before "N times" make it a multiplier.
var growthVerbs = map[string]bool{"rose": true, "rise": true, "risen": true, "grew": true, "grown": true,
	"increased": true, "increase": true, "jumped": true, "surged": true, "multiplied": true, "expanded": true,
	"climbed": true, "soared": true, "doubled": true, "by": true, "about": true, "nearly": true, "almost": true}
