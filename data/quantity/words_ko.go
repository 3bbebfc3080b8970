package quantity

import (
	"strings"
)

// Korean numbers: digits with the myriad scales 만 (10^4), 억 (10^8) and 조
// (10^12) and the small units 십 백 천 ("74만", "2조5000억", "278억9천만",
// "1억2000만", "3천"); Sino-Korean words ("삼십", "오천만"); and native
// numerals before a counter ("한 명", "열두 곳", "스무 살").

var koSmallUnits = map[rune]float64{'십': 10, '백': 100, '천': 1000}
var koBigUnits = map[rune]float64{'만': 1e4, '억': 1e8, '조': 1e12}
var koSinoDigits = map[rune]float64{'일': 1, '이': 2, '삼': 3, '사': 4, '오': 5, '육': 6, '륙': 6, '칠': 7, '팔': 8, '구': 9}

// koScales continues a number whose digits (value v) end at e with Korean
// units glued to it, perhaps across one space before the next group
// ("2조 5000억"). It returns the value and end, ok only if a unit was read.
func (sc *scanner) koScales(v float64, e int) (float64, int, bool) {
	s := sc.s
	total, group, cur := 0.0, 0.0, v
	lastBig, read := 1e16, false
	for {
		r, n := runeAt(s, e)
		if u, ok := koSmallUnits[r]; ok {
			if cur == 0 {
				cur = 1
			}
			group += cur * u
			cur, e, read = 0, e+n, true
		} else if u, ok := koBigUnits[r]; ok && u < lastBig {
			sec := group + cur
			if sec == 0 {
				sec = 1
			}
			total += sec * u
			group, cur, lastBig, e, read = 0, 0, u, e+n, true
		} else {
			break
		}
		// More digits may follow, glued or after a space when a unit
		// follows them ("2조 5000억"); glued digits alone are units ("1만5000").
		p := e
		if sk := skipSpaces(s, e); sk > e && sk < len(s) && isDigit(s[sk]) {
			de := digitEnd(s, sk)
			if r2, _ := runeAt(s, de); koSmallUnits[r2] == 0 && koBigUnits[r2] == 0 {
				break
			}
			p = sk
		}
		if p < len(s) && isDigit(s[p]) {
			d, ok := readDigits(s, p, sc.lang)
			if !ok || d.version {
				break
			}
			cur, _ = d.value(0)
			e = d.end
		}
	}
	return total + group + cur, e, read
}

// parseKOSino reads a Sino-Korean numeral word ("삼십", "오천만", "백")
// at the start of a Hangul run. It must hold a unit; the caller checks
// that a counter follows, since 구조 (structure) and 사천 (Sichuan) are
// also words.
func parseKOSino(s string, i int) (wordNum, bool) {
	total, group, cur := 0.0, 0.0, 0.0
	lastBig, units, syl := 1e16, 0, 0
	e := i
	for {
		r, n := runeAt(s, e)
		if d, ok := koSinoDigits[r]; ok && cur == 0 {
			cur = d
		} else if u, ok := koSmallUnits[r]; ok {
			group += max(cur, 1) * u
			cur, units = 0, units+1
		} else if u, ok := koBigUnits[r]; ok && u < lastBig {
			total += max(group+cur, 1) * u
			group, cur, lastBig, units = 0, 0, u, units+1
		} else {
			break
		}
		e, syl = e+n, syl+1
	}
	if units == 0 {
		return wordNum{}, false
	}
	return wordNum{val: total + group + cur, end: e, words: syl, first: s[i:e]}, true
}

var koNativeTens = []struct {
	w string
	v float64
}{{"열", 10}, {"스물", 20}, {"스무", 20}, {"서른", 30}, {"마흔", 40}, {"쉰", 50},
	{"예순", 60}, {"일흔", 70}, {"여든", 80}, {"아흔", 90}}

var koNativeUnits = []struct {
	w string
	v float64
}{{"하나", 1}, {"한", 1}, {"둘", 2}, {"두", 2}, {"셋", 3}, {"세", 3}, {"석", 3},
	{"넷", 4}, {"네", 4}, {"넉", 4}, {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9}}

// parseKONative reads a native Korean numeral ("한", "열두", "스물다섯").
// Only before a counter is it a number: 한 is also Korea, 세 tax.
func parseKONative(s string, i int) (wordNum, bool) {
	v, e := 0.0, i
	for _, t := range koNativeTens {
		if strings.HasPrefix(s[e:], t.w) {
			v, e = t.v, e+len(t.w)
			break
		}
	}
	for _, u := range koNativeUnits {
		if strings.HasPrefix(s[e:], u.w) {
			v, e = v+u.v, e+len(u.w)
			break
		}
	}
	if e == i {
		return wordNum{}, false
	}
	return wordNum{val: v, end: e, words: 1, first: s[i:e]}, true
}
