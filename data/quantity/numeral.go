package quantity

import (
	"math"
	"strings"
)

// num is the number part of an expression: digits or words, with any
// scale, before its unit.
type num struct {
	start, end int
	val        float64
	mul        float64 // the scale read (10^9 for "billion"), 1 if none
	digits     bool    // written in digits
	plain      bool    // ASCII digits only: no sign, separator or scale
	ndigits    int     // the digits of a plain number
	signed     bool
	words      wordNum   // when written in words (words.words > 0)
	viWords    bool      // Vietnamese words
	koWords    bool      // Korean words, which need a counter
	koHi       float64   // the upper bound of a native range ("두세": 2 to 3), 0 if none
	koQual     Qualifier // the hedge a word carries (과반: more than half)
	koDays     Unit      // a native word of days ("사흘"): its unit of time
	koSeveral  bool      // 수십, 수천억: an indefinite number
	koNative   bool      // native Korean words ("한", "두세"), which take native counters
	amb        string
	ordinal    bool   // "21st"
	decade     bool   // "1990s"
	version    bool   // "1.2.3"
	tail       string // letters glued to the digits that are no unit ("5G")
	slash      int    // "1/5": the denominator, 0 if none
}

// attachedScales are written onto the digits ("$100M", "5bn", "$2.174T").
var attachedScales = map[string]int{
	"K": 3, "k": 3, "M": 6, "mn": 6, "mln": 6, "B": 9, "bn": 9, "bln": 9, "tn": 12, "trn": 12, "tln": 12, "T": 12,
	"bil": 9, "mil": 6, // "US$1.5bil", as Malaysian and some Vietnamese English papers write it
}

// scaleWords follow digits ("5.1 billion", "2,5 tỷ", "10 nghìn tỷ").
var scaleWords = map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "quadrillion": 15,
	"thousands": 3, "millions": 6, "billions": 9, "trillions": 12,
	"mln": 6, "mn": 6, "bln": 9, "bn": 9, "tn": 12, "trn": 12, "tln": 12, "bil": 9, "tril": 12, // "9.18 tln won", as Yonhap's headlines write it
	"nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9,
}

// lengthWords after "100m" make the m metres.
var lengthWords = map[string]bool{
	"tall": true, "high": true, "long": true, "wide": true, "deep": true, "sprint": true,
	"away": true, "above": true, "below": true, "length": true, "height": true, "depth": true,
	"race": true, "freestyle": true, "hurdles": true, "metres": true, "meters": true,
}

// numeral reads the number at i. money says a currency sign precedes it,
// which lets "m" mean million ("$5m") and "T" trillion.
func (sc *scanner) numeral(i int, money bool) (num, bool) {
	s := sc.s
	n := num{start: i, mul: 1}
	j := i
	switch {
	case j < len(s) && (s[j] == '+' || s[j] == '-'):
		n.signed, j = true, j+1
	case strings.HasPrefix(s[j:], "−"):
		n.signed, j = true, j+len("−")
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) && sc.lang != VI {
		return sc.pointNumeral(n, j)
	}
	if j < len(s) && isDigit(s[j]) {
		if !sc.digitNumeral(&n, j, money) {
			return n, false
		}
		if s[i] != '+' && n.signed {
			n.val = -n.val
		}
		return n, true
	}
	if n.signed {
		return n, false
	}
	return sc.wordNumeral(n, j)
}

// pointNumeral reads a decimal written without its zero: ".77".
func (sc *scanner) pointNumeral(n num, j int) (num, bool) {
	s := sc.s
	e := digitEnd(s, j+1)
	var d digitNum
	if wordCharAt(s, e) || (e < len(s) && (s[e] == '.' || s[e] == ',') && e+1 < len(s) && isDigit(s[e+1])) || !d.add("0"+s[j:e]) {
		return n, false
	}
	d.end = e
	v, ok := d.value(0)
	n.val, n.end, n.digits = v, e, true
	if n.signed && s[n.start] != '+' {
		n.val = -v
	}
	return n, ok
}

// digitNumeral reads digits at j and what is glued to them or follows as
// a scale.
func (sc *scanner) digitNumeral(n *num, j int, money bool) bool {
	s := sc.s
	d, ok := readDigits(s, j, sc.lang)
	if !ok {
		return false
	}
	if sc.lang != VI && !d.plain {
		// "10.000 tỷ đồng" quoted in an English text, or in a text whose
		// language was not told: a Vietnamese scale word says the
		// separators are Vietnamese.
		if dv, ok := readDigits(s, j, VI); ok && sc.viScaleAt(dv.end) {
			d = dv
		}
	}
	n.digits, n.amb, n.end = true, d.amb, d.end
	if d.version {
		n.version = true
		return true
	}
	n.plain, n.ndigits = d.plain && !n.signed, d.intLen
	v, ok := d.value(0)
	if !ok {
		return false
	}
	n.val = v
	e := d.end
	r, _ := runeAt(s, e)
	switch {
	case koSmallUnits[r] != 0 || koBigUnits[r] != 0:
		kv, ke, ok := sc.koScales(v, e)
		if ok {
			n.val, n.end, n.plain = kv, ke, false
			if v != 0 {
				n.mul = kv / v
			}
		}
		return true
	case e < len(s) && s[e] == '/' && d.plain:
		return sc.slashNumeral(n, e)
	case isLetter(r) && !isHangul(r):
		return sc.gluedLetters(n, &d, e, money)
	case r == '_':
		return false // "000_b77dc0c3": a file name
	}
	return sc.spacedScales(n, &d)
}

// gluedLetters reads letters written onto digits: a scale ("100M"), an
// ordinal ("21st"), a decade ("1990s"), a unit the unit reader takes
// ("500ha", "3x"), or a code ("5G"); digits after the letters make an
// identifier ("3a4b"), which is no number.
func (sc *scanner) gluedLetters(n *num, d *digitNum, e int, money bool) bool {
	s := sc.s
	for _, g := range gluedUnits {
		if strings.HasPrefix(s[e:], g.text) && !wordCharAt(s, e+len(g.text)) {
			return true
		}
	}
	if _, _, ok := sqUnitAt(s, e); ok {
		return true // "5,000sqm": the unit reader takes it
	}
	w, we := wordAt(s, e)
	if wordCharAt(s, we) {
		return false
	}
	if _, code := codes[w]; code || w == "đ" {
		return true // "50.000đ", "500USD": the unit reader takes it
	}
	mCurrency, mAmb := false, false
	if w == "m" && !money {
		_, _, mCurrency = sc.currencySuffix(we, true) // "12.5m euros"
		if next, _ := wordAt(s, skipSpaces(s, we)); !mCurrency && !lengthWords[strings.ToLower(next)] {
			mCurrency, mAmb = true, true // "5m people", "1.2m last year"
		}
	}
	viGlued := sc.lang == VI && viGluedScale(w)
	if exp, ok := attachedScales[w]; ok || (money || mCurrency) && w == "m" || (w == "tr" && sc.lang == VI) || money && w == "b" ||
		money && w == "tr" && sc.lang == EN || viGlued {
		switch {
		case viGlued:
			exp = scaleWords[w] // "3,5tỷ USD", "200triệu đồng": the space dropped, as quick copy does
		case w == "tr" && sc.lang == EN:
			exp = 12 // "W1.2tr", "$1.5tr": trillion after a currency sign in English; triệu (million) in Vietnamese
		case w == "m", w == "tr":
			exp = 6
		case w == "b":
			exp = 9 // "$1.2b", "US$150b": after a currency sign, as headlines write billion
		case w == "T":
			if !money {
				n.amb = "'T' read as trillion"
			}
		}
		if mAmb {
			n.amb = "'m' read as million; it may be metres"
		}
		n.val, _ = d.value(exp)
		n.end, n.plain, n.mul = we, false, math.Pow10(exp)
		return true
	}
	n.end = we
	switch strings.ToLower(w) {
	case "st", "nd", "rd", "th":
		n.ordinal = true
	case "s":
		n.decade = n.plain && n.ndigits == 4
		if !n.decade {
			n.tail = w
		}
	default:
		n.tail = w
	}
	n.plain = false
	return true
}

// viGluedScale reports whether w, written onto digits, is a Vietnamese
// scale word: "2,5tỷ", "100tỷ", "200triệu", "5nghìn".
func viGluedScale(w string) bool {
	switch w {
	case "tỷ", "tỉ", "triệu", "nghìn", "ngàn":
		return true
	}
	return false
}

// slashNumeral reads "1/5" (a fraction, or in Vietnamese perhaps a day and
// month: the expression decides) and "24/7".
func (sc *scanner) slashNumeral(n *num, e int) bool {
	s := sc.s
	de := digitEnd(s, e+1)
	if de == e+1 || de-(e+1) > 3 || wordCharAt(s, de) || (de < len(s) && strings.ContainsRune("/.-", rune(s[de])) && de+1 < len(s) && isDigit(s[de+1])) {
		return true // "1/", "3/2024a": the number is the numerator alone
	}
	b := atoi(s[e+1 : de])
	if b == 0 {
		return true
	}
	n.slash, n.end, n.plain = b, de, false
	return true
}

// spacedScales reads scale words after the digits: "5.1 billion", "10
// nghìn tỷ" (multiplied), "3 tỷ 500 triệu" (added), "2 triệu rưỡi".
func (sc *scanner) spacedScales(n *num, d *digitNum) bool {
	s := sc.s
	exp, k := sc.scaleRun(d.end)
	if exp == 0 {
		return true
	}
	v, ok := d.value(exp)
	if !ok {
		return false
	}
	n.val, n.end, n.plain, n.mul = v, k, false, math.Pow10(exp)
	if k2, ok := viHalf(s, k); ok {
		n.val += 0.5 * math.Pow10(exp)
		n.end = k2
		return true
	}
	for last := exp; ; {
		p := skipSpaces(s, n.end)
		if p == n.end || p >= len(s) || !isDigit(s[p]) {
			return true
		}
		d2, ok := readDigits(s, p, sc.lang)
		if !ok || d2.version || !d2.plain {
			return true
		}
		exp2, k2 := sc.scaleRun(d2.end)
		if exp2 == 0 || exp2 >= last {
			return true
		}
		v2, _ := d2.value(exp2)
		n.val, n.end, last = n.val+v2, k2, exp2
	}
}

// scaleRun reads spaced scale words after e, multiplied ("nghìn tỷ" is
// 10^12), and returns their exponent (0 if none) and end.
func (sc *scanner) scaleRun(e int) (int, int) {
	s, exp := sc.s, 0
	for {
		j := skipSpaces(s, e)
		if j == e && exp == 0 && j+1 < len(s) && s[j] == '-' && letterAt(s, j+1) {
			j++ // "a $4-billion plant", "a 1.5-million-strong"
		}
		if j == e || j >= len(s) || isDigit(s[j]) {
			return exp, e
		}
		w, k, en := sc.entryAt(j)
		if w == "" || en == nil || !en.hasScale || letterAt(s, k) || (exp > 0 && en.scale == 2) {
			return exp, e
		}
		exp, e = exp+en.scale, k
	}
}

// wordNumeral reads a number in words at j: Korean (Sino-Korean or
// native, which the expression checks for a counter), Vietnamese (in
// Vietnamese or unknown-language text) or English.
func (sc *scanner) wordNumeral(n num, j int) (num, bool) {
	s := sc.s
	r, _ := runeAt(s, j)
	var w wordNum
	ok := false
	switch {
	case isHangul(r):
		if h, q, isHalf := parseKOHalf(s, j); isHalf {
			w, ok, n.koQual = h, true, q
		} else if d, u, isDays := parseKODays(s, j); isDays {
			w, ok, n.koDays = d, true, u
		} else if rw, hi, isRange := parseKORange(s, j); isRange {
			w, ok, n.koHi, n.koNative = rw, true, hi, true
		} else if sw, hi, several := parseKOSeveral(s, j); several {
			w, ok, n.koHi, n.koSeveral = sw, true, hi, true
		} else if koNativeWord(s, j) {
			ok = false // "만기", "백인": words, not numbers
		} else if w, ok = parseKOSino(s, j); !ok {
			w, ok = parseKONative(s, j)
			n.koNative = ok
		}
		n.koWords = ok
	case sc.lang == VI || sc.lang == Unknown:
		if w, ok = parseVI(s, j); ok {
			n.viWords = true
			break
		}
		w, ok = sc.parseEN(j)
	default:
		w, ok = sc.parseEN(j)
	}
	if !ok {
		return n, false
	}
	n.words, n.val, n.end = w, w.val, w.end
	if w.scaled {
		n.mul = math.Pow10(w.mulExp)
	}
	return n, true
}
