package quantity

import "math"

// Vietnamese number words: một hai ba bốn năm sáu bảy tám chín mười,
// mươi (tens), mốt/tư/lăm (1, 4, 5 after tens), lẻ/linh (no tens), trăm,
// chục, nghìn/ngàn, triệu, tỷ/tỉ, and combinations ("hai mươi lăm",
// "một trăm lẻ năm", "ba nghìn tỷ", "ba tỷ năm trăm triệu", "hai tỷ rưỡi").
//
// "năm" is five only where a number word or a counted noun follows it
// ("năm trăm", "năm doanh nghiệp") or lẻ precedes it: elsewhere it is
// "year" ("hai năm", two years).

var viDigits = map[string]int{
	"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
	"năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

// viScales are the scale words (powers of ten), also after digits
// ("2,5 tỷ", "1.000 tỷ", "10 nghìn tỷ").
var viScales = map[string]int{"nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9}

// viWord returns the folded Vietnamese number word at j and its end.
func viWord(s string, j int, buf []byte) (string, int) {
	w, e := wordAt(s, j)
	if w == "" || len(w) > 16 {
		return "", j
	}
	return string(fold(buf[:0], w)), e
}

// viNext skips the one space between number words; past the end if none.
func viNext(s string, e int) int {
	if j := skipSpaces(s, e); j > e {
		return j
	}
	return len(s) + 1
}

// viChunk reads a number below a thousand: [d trăm] [lẻ d | mười [d] |
// d mươi [d] | d chục | d].
func viChunk(s string, j int) (v float64, end, words int, ok bool) {
	var buf [24]byte
	end = j
	w, e := viWord(s, j, buf[:])
	d, isD := viDigits[w]
	if isD && followedBy(s, e, "trăm") {
		v, end, words = float64(d*100), viAfter(s, e), 2
		j = viNext(s, end)
		if j > len(s) {
			return v, end, words, true
		}
		w, e = viWord(s, j, buf[:])
		if w == "lẻ" || w == "linh" {
			u, ue := viWord(s, viNext(s, e), buf[:])
			if ud, ok := viDigits[u]; ok && ud > 0 && u != "mốt" && u != "tư" && u != "lăm" {
				return v + float64(ud), ue, words + 2, true
			}
			return v, end, words, true
		}
		d, isD = viDigits[w]
	}
	switch {
	case w == "mười":
		v, end, words = v+10, e, words+1
		if u, ue := viWord(s, viNext(s, e), buf[:]); u != "" {
			if ud, ok := viDigits[u]; ok && ud > 0 && u != "mốt" && u != "tư" && (u != "năm" || viNumberAfter(s, ue)) {
				v, end, words = v+float64(ud), ue, words+1
			}
		}
		return v, end, words, true
	case isD && d >= 2 && (followedBy(s, e, "mươi") || followedBy(s, e, "chục")):
		v, end, words = v+float64(d*10), viAfter(s, e), words+2
		if u, ue := viWord(s, viNext(s, end), buf[:]); u != "" && !followedBy(s, e, "chục") {
			if ud, ok := viDigits[u]; ok && ud > 0 && u != "năm" {
				v, end, words = v+float64(ud), ue, words+1
			}
		}
		return v, end, words, true
	case isD && w != "mốt" && w != "lăm" && w != "nhăm" && w != "tư" && w != "không" &&
		(w != "năm" || viNumberAfter(s, e) || viNounAfter(s, e)):
		return v + float64(d), e, words + 1, true
	}
	return v, end, words, words > 0
}

// followedBy reports whether the word want follows e after one space.
func followedBy(s string, e int, want string) bool {
	j := skipSpaces(s, e)
	w, _ := wordAt(s, j)
	return j > e && w != "" && sameWord(w, want)
}

// viAfter returns the end of the word after e.
func viAfter(s string, e int) int {
	_, k := wordAt(s, skipSpaces(s, e))
	return k
}

// viNumberAfter: a number word (trăm, mươi, chục or a scale) follows e,
// so that "năm" before it is five.
func viNumberAfter(s string, e int) bool {
	for _, w := range []string{"trăm", "mươi", "chục", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"} {
		if followedBy(s, e, w) {
			return true
		}
	}
	return false
}

// viNounAfter: a counted noun of viNouns follows e, so that "năm" before
// it is five ("năm trường đại học", five universities), not "year".
func viNounAfter(s string, e int) bool {
	k := skipSpaces(s, e)
	_, _, ok := viNouns.match(s, k)
	return k > e && ok
}

// parseVI reads a Vietnamese number in words at i: chunks with descending
// scales ("ba tỷ năm trăm triệu"), scales multiplied ("nghìn tỷ"), and
// "rưỡi" (and a half of the last scale).
func parseVI(s string, i int) (wordNum, bool) {
	var n wordNum
	var e0 int
	n.first, e0 = wordAt(s, i)
	if sameWord(n.first, "nửa") {
		// "nửa triệu người": half of the scale that follows.
		if exp, e := viScaleRun(s, e0); exp > 0 {
			n.end, n.words, n.scaled, n.mulExp = e, 2, true, exp
			return n.done(0.5 * math.Pow10(exp))
		}
		return n, false
	}
	if f, ok := viFraction(s, i); ok {
		return f, true
	}
	total, lastExp := 0.0, 1000
	for j := i; j <= len(s); {
		v, end, words, ok := viChunk(s, j)
		if !ok {
			break
		}
		exp, e := viScaleRun(s, end)
		if exp == 0 || exp >= lastExp {
			if n.scaled && words < 2 {
				break // "ba tỷ hai người": the two is another number
			}
			n.end, n.words = end, n.words+words
			return n.done(total + v)
		}
		total += v * math.Pow10(exp)
		if !n.scaled {
			n.mulExp = exp
		}
		n.end, n.words, n.scaled, lastExp = e, n.words+words+1, true, exp
		if k, ok := viHalf(s, e); ok {
			total += 0.5 * math.Pow10(exp)
			n.end = k
			break
		}
		j = viNext(s, e)
	}
	return n.done(total)
}

// viScaleRun reads scale words after e, multiplied ("nghìn tỷ" = 10^12),
// and returns their exponent (0 if none) and end.
func viScaleRun(s string, e int) (int, int) {
	exp := 0
	for {
		j := skipSpaces(s, e)
		w, k := wordAt(s, j)
		x, ok := lookup(viScales, w)
		if j == e || !ok || letterAt(s, k) {
			return exp, e
		}
		exp, e = exp+x, k
	}
}

// viHalf reads " rưỡi" (and a half) at e.
func viHalf(s string, e int) (int, bool) {
	j := skipSpaces(s, e)
	w, k := wordAt(s, j)
	return k, j > e && sameWord(w, "rưỡi")
}

// viFraction reads a fraction in words at i: "hai phần ba" (two thirds),
// "một phần tư" (a quarter), "ba phần năm" (three fifths), and "một nửa"
// (a half). The denominator is one digit word or "mười"; "phần trăm" and
// "phần nghìn" are percent and per mille, no fraction. Here "năm" and "tư"
// are numbers, as they only can be after "phần".
func viFraction(s string, i int) (wordNum, bool) {
	var buf [24]byte
	w, e := viWord(s, i, buf[:])
	a, ok := viDigits[w]
	if !ok || a == 0 || w == "mốt" || w == "lăm" || w == "nhăm" {
		return wordNum{}, false
	}
	first, _ := wordAt(s, i)
	j := viNext(s, e)
	if j > len(s) {
		return wordNum{}, false
	}
	p, pe := viWord(s, j, buf[:])
	if a == 1 && p == "nửa" && !letterAt(s, pe) {
		if exp, _ := viScaleRun(s, pe); exp == 0 { // "một nửa triệu" is no fraction
			return wordNum{val: 0.5, end: pe, words: 2, frac: true, first: first}, true
		}
		return wordNum{}, false
	}
	if p != "phần" {
		return wordNum{}, false
	}
	k := viNext(s, pe)
	if k > len(s) {
		return wordNum{}, false
	}
	d, de := viWord(s, k, buf[:])
	den, ok := viDigits[d]
	if d == "mười" {
		den, ok = 10, true
	}
	if !ok || den <= a || letterAt(s, de) || viNumberAfter(s, de) {
		return wordNum{}, false // "hai phần trăm", "ba phần năm trăm"
	}
	return wordNum{val: float64(a) / float64(den), end: de, words: 3, frac: true, first: first}, true
}
