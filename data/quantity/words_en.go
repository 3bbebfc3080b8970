package quantity

import "math"

// English number words: "five", "twenty-five", "one hundred and twenty",
// "two million five hundred thousand", "a dozen", "two and a half
// million", "three billions", "half a million", "a third of", "two thirds".

var enSmall = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// enScales multiply what precedes them (the value is a power of ten).
// The plurals count only after a number ("three billions").
var enScales = map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
	"thousands": -3, "millions": -6, "billions": -9, "trillions": -12,
}

// enDenominators make fractions: "a third", "two thirds", "a fifth of".
var enDenominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// enFolds are multipliers written as one word.
var enFolds = map[string]float64{
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
	"sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10,
	"hundredfold": 100, "thousandfold": 1000, "twice": 2,
}

// wordNum is a number written in words.
type wordNum struct {
	val    float64
	end    int
	words  int    // number words read
	scaled bool   // a scale word was read
	mulExp int    // the exponent of the first scale word
	frac   bool   // a fraction ("a third")
	fold   bool   // a multiplier ("threefold")
	first  string // the first word, as written
}

// word states of the English reader: what the last word was.
const (
	wNone = iota
	wA
	wUnit
	wTeen
	wTens
	wHundred
	wScale
	wHalf
)

// parseEN reads an English number in words at i.
func (sc *scanner) parseEN(i int) (wordNum, bool) {
	s := sc.s
	w, e, en := sc.entryAt(i)
	if en == nil {
		return wordNum{}, false
	}
	n := wordNum{first: w}
	if en.fold != 0 && !letterAt(s, e) {
		return wordNum{val: en.fold, end: e, words: 1, fold: true, first: w}, true
	}
	switch {
	case sameWord(w, "half"):
		return parseHalf(s, e, n, byBefore(s, i))
	case en.isA:
		if q, ok := aFraction(s, e, w, byBefore(s, i)); ok {
			return q, true
		}
	}
	p := enParser{n: n, last: wNone, lastScale: 100}
	for j := i; ; {
		w, k, en := sc.entryAt(j)
		if w == "" || en == nil {
			break
		}
		switch p.word(s, w, k, en) {
		case stepDone:
			return p.n.done(p.total + p.group)
		case stepFraction:
			if exp, end, ok := ofAScale(s, p.n.end); ok { // "three quarters of a million"
				p.n.val, p.n.end, p.n.frac, p.n.scaled, p.n.mulExp = p.n.val*math.Pow10(exp), end, false, true, exp
			}
			return p.n, true
		case stepHalf:
			j = skipSpaces(s, p.n.end)
			continue
		}
		if j = nextNumberWord(s, k, p.last); j > len(s) {
			break
		}
	}
	return p.n.done(p.total + p.group)
}

// enParser is the state of parseEN: the number so far, in thousands
// groups, and the kind of the last word.
type enParser struct {
	n            wordNum
	total, group float64
	last         int
	lastScale    int
}

// What a word did to the number.
const (
	stepOn       = iota // the number goes on
	stepDone            // the word is not part of it
	stepFraction        // a fraction ended it ("two thirds")
	stepHalf            // "and a half" followed
)

// word takes the word w (entry en), which ends at k.
func (p *enParser) word(s, w string, k int, en *entry) int {
	n := &p.n
	exp := en.enScale
	switch {
	case en.isSmall && follows(p.last, en.small):
		p.group += float64(en.small)
		p.last = smallKind(en.small)
	case en.isA && p.last == wNone && nextIs(s, k, enScales, "dozen"):
		p.group, p.last = 1, wA
	case en.dozen && (p.last == wA || p.last == wUnit || p.last == wTeen):
		p.group *= 12
		p.last = wHundred
	case en.isEnScale && exp == 2 && (p.last == wUnit || p.last == wTeen || p.last == wA):
		p.group *= 100
		p.last = wHundred
	case en.isEnScale && exp < 0 && p.last != wNone && p.last != wA && p.last != wScale && -exp < p.lastScale:
		p.scale(-exp)
	case en.isEnScale && exp > 2 && exp < p.lastScale && p.last != wNone && p.last != wScale:
		p.scale(exp)
	case en.isDen && (p.last == wUnit || p.last == wTeen || p.last == wTens) && !n.scaled && (w[0]|0x20 != 'q' || ofFollows(s, k)):
		n.val, n.end, n.frac = p.group/en.den, k, true
		n.words++
		return stepFraction
	default:
		return stepDone
	}
	if p.last != wA {
		n.end = k
		n.words++
	}
	if p.last == wScale || p.last == wHundred || p.last == wA {
		if e, ok := andAHalf(s, k); ok && p.last == wScale {
			p.total += 0.5 * math.Pow10(p.lastScale) // "a million and a half"
			n.end = e
			return stepDone
		}
		return stepOn
	}
	if e, ok := andAHalf(s, k); ok {
		p.group += 0.5 // "two and a half million"
		n.end, p.last = e, wHalf
		return stepHalf
	}
	return stepOn
}

// scale multiplies the group read so far by 10^exp.
func (p *enParser) scale(exp int) {
	p.total += p.group * math.Pow10(exp)
	if !p.n.scaled {
		p.n.mulExp = exp
	}
	p.group, p.last, p.lastScale, p.n.scaled = 0, wScale, exp, true
}

func (n wordNum) done(v float64) (wordNum, bool) {
	n.val = v
	return n, n.words > 0
}

// aFraction reads "a third of", "a quarter of", "an eighth of" at the
// word "a" ending at e.
//
// After "by" no "of" is needed: "rose by a fifth", "cut by a third".
func aFraction(s string, e int, first string, by bool) (wordNum, bool) {
	j := skipSpaces(s, e)
	w, k := wordAt(s, j)
	den, ok := lookup(enDenominators, w)
	if j == e || !ok || !(ofFollows(s, k) || (by || clauseEnds(s, k)) && !letterAt(s, k)) || sameWord(w, "half") {
		return wordNum{}, false
	}
	if exp, end, ok := ofAScale(s, k); ok {
		// "a quarter of a million dollars": 250,000, one amount.
		return wordNum{val: math.Pow10(exp) / den, end: end, words: 4, scaled: true, mulExp: exp, first: first}, true
	}
	return wordNum{val: 1 / den, end: k, words: 2, frac: true, first: first}, true
}

// parseHalf reads "half a million", "half of" (a fraction) and "by half"
// ("cut by half").
func parseHalf(s string, e int, n wordNum, by bool) (wordNum, bool) {
	j := skipSpaces(s, e)
	if by && !letterAt(s, e) && (j == e || !wordAt2(s, j)) {
		return wordNum{val: 0.5, end: e, words: 1, frac: true, first: "half"}, true
	}
	if j == e {
		return n, false
	}
	w, k := wordAt(s, j)
	switch {
	case sameWord(w, "a") || sameWord(w, "an"):
		j2 := skipSpaces(s, k)
		w2, k2 := wordAt(s, j2)
		if exp, ok := lookup(enScales, w2); ok && exp > 2 && j2 > k {
			return wordNum{val: 0.5 * math.Pow10(exp), end: k2, words: 2, scaled: true, mulExp: exp, first: "half"}, true
		}
	case sameWord(w, "of"):
		return wordNum{val: 0.5, end: e, words: 1, frac: true, first: "half"}, true
	}
	return n, false
}

// follows reports whether a small number v may follow a word of kind last:
// "twenty-five" yes, "five five" no.
func follows(last int, v int) bool {
	switch last {
	case wNone, wHundred, wScale:
		return true
	case wTens:
		return v >= 1 && v <= 9
	}
	return false
}

func smallKind(v int) int {
	switch {
	case v < 10:
		return wUnit
	case v < 20:
		return wTeen
	}
	return wTens
}

// nextNumberWord skips the separator after a number word: a space, or a
// hyphen after tens ("twenty-five", "two-thirds"), or " and " after
// hundred or a scale. Past the end when the number cannot go on.
func nextNumberWord(s string, k int, last int) int {
	if k < len(s) && s[k] == '-' && (last == wTens || last == wUnit || last == wTeen) {
		return k + 1
	}
	j := skipSpaces(s, k)
	if j == k {
		return len(s) + 1
	}
	if last == wHundred || last == wScale {
		if w, e := wordAt(s, j); sameWord(w, "and") {
			if e2 := skipSpaces(s, e); e2 > e {
				return e2
			}
		}
	}
	return j
}

// nextIs reports whether the next word is in m or is want.
func nextIs[T any](s string, k int, m map[string]T, want string) bool {
	j := skipSpaces(s, k)
	if j == k {
		return false
	}
	w, _ := wordAt(s, j)
	_, ok := lookup(m, w)
	return ok || sameWord(w, want)
}

// andAHalf reads " and a half" at k.
func andAHalf(s string, k int) (int, bool) {
	j := k
	for _, want := range []string{"and", "a", "half"} {
		p := skipSpaces(s, j)
		w, e := wordAt(s, p)
		if p == j || !sameWord(w, want) {
			return k, false
		}
		j = e
	}
	return j, !letterAt(s, j)
}

// ofFollows reports whether " of" follows k.
func ofFollows(s string, k int) bool {
	j := skipSpaces(s, k)
	w, _ := wordAt(s, j)
	return j > k && sameWord(w, "of")
}
