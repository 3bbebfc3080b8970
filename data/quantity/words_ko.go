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
		// follows them ("2조 5000억", "1억 2,500만"); glued digits alone
		// are units ("1만5000").
		p := e
		if sk := skipSpaces(s, e); sk > e && sk < len(s) && isDigit(s[sk]) {
			de := digitEnd(s, sk)
			if d, ok := readDigits(s, sk, sc.lang); ok && !d.version {
				de = d.end
			}
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

// parseKOSeveral reads 수 (several) before a Sino-Korean unit: "수십 개"
// (some tens), "수천 명", "수백억 원", "수조 원". It is no number the text
// gives: the range two to nine of the unit, hedged and flagged.
func parseKOSeveral(s string, i int) (wordNum, float64, bool) {
	if !strings.HasPrefix(s[i:], "수") {
		return wordNum{}, 0, false
	}
	j := i + len("수")
	if koSeveralCounter(s, j) {
		// "수년간" (for some years), "수개월", "수차례": several of the
		// counter itself, two to nine.
		return wordNum{val: 2, end: j, words: 1, first: "수"}, 9, true
	}
	if r, _ := runeAt(s, j); koSmallUnits[r] == 0 && koBigUnits[r] == 0 {
		return wordNum{}, 0, false
	}
	w, ok := parseKOSino(s, j)
	if r, n := runeAt(s, j); !ok && (r == '억' || r == '조') {
		w, ok = wordNum{val: koBigUnits[r], end: j + n, words: 1, first: s[j : j+n]}, true // "수억", "수조"
	}
	if !ok || w.val != koUnitOnly(s[j:w.end]) {
		return wordNum{}, 0, false // "수십오" is no such word
	}
	u := w.val
	w.val, w.first, w.words = 2*u, s[i:w.end], w.words+1
	return w, 9 * u, true
}

// koSeveralCounters may follow 수 (several) directly: "수년간", "수개월째",
// "수차례", "수일 내", "수시간". Not 명, 주, 원, 건, 배 or 분: 수명
// (lifespan), 수주 (winning orders), 수원 (the city), 수건, 수배, 수분
// (moisture) are words.
var koSeveralCounters = map[string]bool{
	"년": true, "년간": true, "년째": true, "개월": true, "개월간": true, "개월째": true,
	"차례": true, "일": true, "일간": true, "시간": true, "개국": true, "개사": true,
}

// koSeveralCounter reports one of koSeveralCounters at j, ending the word.
func koSeveralCounter(s string, j int) bool {
	c, _, _, ok := koCounterAt(s, j)
	return ok && koSeveralCounters[c.word]
}

// koUnitOnly is the value of a run of units alone ("십", "백억", "천만"),
// or 0 when a digit is among them.
func koUnitOnly(w string) float64 {
	v, group := 0.0, 1.0
	for _, r := range w {
		switch {
		case koSmallUnits[r] != 0:
			group *= koSmallUnits[r]
		case koBigUnits[r] != 0:
			v += group * koBigUnits[r]
			group = 0
		default:
			return 0
		}
	}
	if v == 0 {
		return group // "십", "백": small units alone
	}
	return v
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
	if units == 0 || syl == 1 && (s[i:e] == "억" || s[i:e] == "조") {
		// A lone 억 or 조 is a unit of account, not a number: "(단위: 억 원)".
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
	{"넷", 4}, {"네", 4}, {"넉", 4}, {"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9},
	{"첫", 1}} // "첫 번째", "첫째": ordinals only (wordsFit)

// koNativeRanges are native numerals of two neighbouring numbers, a
// range: "한두 명" (one or two), "두세 곳", "서너 개", "대여섯 명".
var koNativeRanges = []struct {
	w      string
	lo, hi float64
}{{"두서너", 2, 4}, {"한두", 1, 2}, {"두세", 2, 3}, {"서너", 3, 4}, {"너덧", 4, 5}, {"네댓", 4, 5},
	{"대여섯", 5, 6}, {"예닐곱", 6, 7}, {"일고여덟", 7, 8}, {"일여덟", 7, 8}, {"엳아홉", 8, 9}}

// parseKORange reads a native range ("두세"), its bounds and end.
func parseKORange(s string, i int) (wordNum, float64, bool) {
	for _, r := range koNativeRanges {
		if strings.HasPrefix(s[i:], r.w) {
			return wordNum{val: r.lo, end: i + len(r.w), words: 1, first: r.w}, r.hi, true
		}
	}
	return wordNum{}, 0, false
}

// koHalves are the Korean words for a half: 절반 (half), 과반 and 과반수
// (a majority: more than half).
var koHalves = []struct {
	w string
	q Qualifier
}{{"과반수", MoreThan}, {"과반", MoreThan}, {"절반", Exact}}

// parseKOHalf reads 절반 or 과반 at i.
func parseKOHalf(s string, i int) (wordNum, Qualifier, bool) {
	for _, h := range koHalves {
		if strings.HasPrefix(s[i:], h.w) {
			return wordNum{val: 0.5, end: i + len(h.w), words: 1, frac: true, first: h.w}, h.q, true
		}
	}
	return wordNum{}, "", false
}

// parseKONative reads a native Korean numeral ("한", "열두", "스물다섯").
// Only before a counter is it a number: 한 is also Korea, 세 tax.
func parseKONative(s string, i int) (wordNum, bool) {
	if koNativeWord(s, i) {
		return wordNum{}, false
	}
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

// koDayWords are the native words for a number of days: "사흘간" (for
// three days), "이틀 만에", "열흘", "보름" (a fortnight, fifteen days).
var koDayWords = []struct {
	w string
	v float64
	u Unit
}{{"하루", 1, Days}, {"이틀", 2, Days}, {"사흘", 3, Days}, {"나흘", 4, Days}, {"닷새", 5, Days},
	{"엿새", 6, Days}, {"열흘", 10, Days}, {"보름", 15, Days}, {"반년", 0.5, Years},
	{"일주일", 7, Days}} // "일주일간": a week

// parseKODays reads a native word for days at i (or 반년, half a year): a
// span of time, in the unit it returns.
func parseKODays(s string, i int) (wordNum, Unit, bool) {
	for _, d := range koDayWords {
		if strings.HasPrefix(s[i:], d.w) {
			e := i + len(d.w)
			if strings.HasPrefix(s[e:], "간") || strings.HasPrefix(s[e:], "째") {
				e += len("간") // "사흘간", "닷새째" (both one syllable)
			}
			if _, _, ok := koTail(s, e); !ok {
				return wordNum{}, "", false // "하루살이", "보름달"
			}
			return wordNum{val: d.v, end: e, words: 1, first: d.w}, d.u, true
		}
	}
	return wordNum{}, "", false
}

// koNativeWords begin with a numeral but are words of their own: 한편
// (meanwhile), 한때 (once), 한참, 한층, 한창, 두루; and a lone Sino-Korean
// unit glued to what looks like a counter: 만기 (maturity, not 10,000
// reactors), 만세 (hurrah), 만일 (if), 백인 (a white person), 백기 (a white
// flag), 천사 (an angel), 만사 (everything). Written apart, "한 편" is one
// piece and "만 명" ten thousand people. A particle may follow ("만기가").
var koNativeWords = []string{"한편", "한때", "한참", "한층", "한창", "한결", "두루", "세계",
	"만기", "만세", "만일", "만인", "만사", "백인", "백기", "천사"}

func koNativeWord(s string, i int) bool {
	for _, w := range koNativeWords {
		if !strings.HasPrefix(s[i:], w) {
			continue
		}
		e := i + len(w)
		if !hangulAt(s, e) {
			return true
		}
		if _, _, ok := koTail(s, e); ok && !koNumberGoesOn(s, e) {
			return true
		}
	}
	return false
}

// koNumberGoesOn reports a numeral syllable at e, so that the word is
// the start of a longer number: "천사백 명" is 1,400 people, "만일천" 11,000.
func koNumberGoesOn(s string, e int) bool {
	r, _ := runeAt(s, e)
	return koSinoDigits[r] != 0 || koSmallUnits[r] != 0 || koBigUnits[r] != 0
}

// koSinoOnlyCounters are the counters a native numeral never takes: one
// day is 하루, not 한 일; a native numeral glued to them is another word:
// 한일 (Korea–Japan), 한인 (ethnic Koreans), 세원 (a source of tax), 세종
// (the city), 세위. Native numerals count with native counters (명, 개, 곳,
// 대, 번, 살, 시간 …).
var koSinoOnlyCounters = map[string]bool{
	"일": true, "일간": true, "일째": true, "년": true, "년간": true, "년째": true, "년물": true,
	"인": true, "원": true, "원권": true, "세": true, "위": true, "차": true, "호": true, "초": true,
	"등": true, "사": true, "동": true, "엔": true, "종": true, "주년": true, "회차": true, "회": true,
	"위권": true, "개년": true, "돌": true,
}

// koNativeCounterFits: a native numeral ("한", "세", "두세") before the
// counter ko, glued to it or not. Glued to 기 or 대 it is a word: 세기 (a
// century), 세대 (a generation); apart, "원전 두 기", "차량 세 대" count.
func koNativeCounterFits(ko string, glued bool) bool {
	if koSinoOnlyCounters[ko] {
		return false
	}
	return !glued || ko != "기" && ko != "대"
}
