package quantity

import "strings"

// English numbers that join a fraction or an ordinal to what is around
// them: "twenty-first", "3 1/2 years", "a quarter of a million", "rose by a
// fifth", "nearly a third.".

// unitOrdinals end a compound ordinal: "twenty-first", "thirty-second".
var unitOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4,
	"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}

// compoundOrdinal reads the "-first" of "twenty-first" after tens in words
// ending at e: the whole is an ordinal ("the twenty-first century").
func compoundOrdinal(s string, e int, val float64) (float64, int, bool) {
	if e >= len(s) || s[e] != '-' || val < 20 || val > 90 || val != float64(int(val)/10*10) {
		return 0, e, false
	}
	w, we := wordAt(s, e+1)
	d, ok := lookup(unitOrdinals, w)
	if !ok || letterAt(s, we) {
		return 0, e, false
	}
	return val + float64(d), we, true
}

// mixedFraction reads the "1/2" of "3 1/2 years" (three and a half) into
// the whole number before it: a small fraction, numerator below its
// denominator, after a space or, as Reuters writes it, a hyphen ("the
// lowest in 3-1/2 years"), which cannot be a range: its bound would fall.
func (r *reading) mixedFraction() {
	s, n := r.sc.s, &r.n
	if r.sc.lang != EN || !n.plain || n.ndigits > 3 || n.end+4 > len(s) || s[n.end] != ' ' && s[n.end] != '-' {
		return
	}
	p := n.end + 1
	a, e, ok := digitsN(s, p, 1, 1)
	if !ok || e+1 >= len(s) || s[e] != '/' {
		return
	}
	b, e2, ok := digitsN(s, e+1, 1, 1)
	if !ok || a == 0 || a >= b || wordCharAt(s, e2) || e2 < len(s) && s[e2] == '/' {
		return
	}
	n.val += float64(a) / float64(b)
	n.end, n.plain, r.end = e2, false, e2
}

// byBefore reports whether the word before i is "by".
func byBefore(s string, i int) bool {
	w, _ := wordBefore(s, i)
	return sameWord(w, "by")
}

// wordAt2 reports whether the word at j is "a" or "an" (of "half a
// million").
func wordAt2(s string, j int) bool {
	w, _ := wordAt(s, j)
	return sameWord(w, "a") || sameWord(w, "an")
}

// clauseEnds: punctuation or the end of the text at k ("nearly a third.",
// "a quarter, while"): "a third" stands alone as a fraction, as it does not
// before a noun ("a third time", "a third party").
func clauseEnds(s string, k int) bool {
	return k >= len(s) || strings.IndexByte(".,;:)!?", s[k]) >= 0 && (k+1 >= len(s) || !isDigit(s[k+1]))
}

// ofAScale reads " of a million", " of a billion" after a fraction ending
// at k.
func ofAScale(s string, k int) (int, int, bool) {
	j := k
	for _, want := range []string{"of", "a"} {
		p := skipSpaces(s, j)
		w, e := wordAt(s, p)
		if p == j || !sameWord(w, want) && !(want == "a" && sameWord(w, "an")) {
			return 0, k, false
		}
		j = e
	}
	p := skipSpaces(s, j)
	w, e := wordAt(s, p)
	exp, ok := lookup(enScales, w)
	if p == j || !ok || exp <= 2 || letterAt(s, e) {
		return 0, k, false
	}
	return exp, e, true
}
