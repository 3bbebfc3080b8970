package quantity

import "strings"

// The words before a number: range openers, hedges, relative words, rate
// words (Korean) and the Vietnamese multiplier "gấp".

// rangeOpener reads "between", "from", "từ" (only when a number follows).
func (sc *scanner) rangeOpener(i int) (string, int, bool) {
	s := sc.s
	_, e, en := sc.entryAt(i)
	if en == nil || en.fn < fnBetween || en.fn > fnTu {
		return "", i, false
	}
	k := skipSpaces(s, e)
	if k == e {
		return "", i, false
	}
	switch {
	case en.fn == fnBetween:
		return "between", k, true
	case en.fn == fnFrom:
		return "from", k, true
	case sc.lang != EN && sc.lang != KO:
		return "từ", k, true
	}
	return "", i, false
}

// prefixHedge reads a hedge before the number; in Vietnamese text also
// the Vietnamese ones. Korean hedges may be glued to the digits ("약20%").
func (sc *scanner) prefixHedge(i int) (Qualifier, int, bool) {
	s := sc.s
	w, we, en := sc.entryAt(i)
	if w == "" || en == nil || en.pre == nil && en.viPre == nil {
		return "", i, false
	}
	q, e, ok := matchList(en.pre, s, i, we)
	if !ok && (sc.lang == VI || sc.lang == Unknown) {
		q, e, ok = matchList(en.viPre, s, i, we)
	}
	if !ok {
		return "", i, false
	}
	k := skipSpaces(s, e)
	if k == e && !(hangulAt(s, i) && e < len(s) && isDigit(s[e])) {
		return "", i, false
	}
	return q, k, true
}

// relativePrefix reads "next", "last", "past", "coming", "previous" and
// the Korean 향후, 지난, 최근, 앞으로 before a span of time.
func (sc *scanner) relativePrefix(i int) (int, bool) {
	s := sc.s
	w, e, en := sc.entryAt(i)
	k := skipSpaces(s, e)
	if w == "" || k == e {
		return i, false
	}
	if en != nil && en.fn == fnRelative || w == "향후" || w == "지난" || w == "최근" || w == "앞으로" {
		return k, true
	}
	return i, false
}

// koRateWords before a number make it a rate ("연간 100만 명", "주당 1000원").
var koRateWords = map[string]string{
	"연간": "year", "연": "year", "매년": "year", "해마다": "year", "매해": "year", "연평균": "year",
	"월": "month", "매월": "month", "매달": "month", "월간": "month", "달마다": "month", "월평균": "month",
	"하루": "day", "매일": "day", "일일": "day", "날마다": "day", "일평균": "day",
	"매주": "week", "주마다": "week", "주간": "week", "주": "week", // "주 52시간", "주 4일 근무"
	"분기마다": "quarter", "매분기": "quarter", "분기당": "quarter",
	// A counter with 당 (per): "시간당 1만 원", "가구당 100만 원".
	"주당": "share", "인당": "person", "명당": "person", "시간당": "hour", "가구당": "household",
	"개당": "item", "건당": "case", "톤당": "tonne", "평당": "pyeong", "배럴당": "barrel",
	"기업당": "company", "업체당": "company", "회사당": "company", "개사당": "company", "팀당": "team",
	"학생당": "student", "곳당": "place", "국가당": "country", "대당": "unit", "달러당": "dollar",
}

// ratePrefix reads a Korean rate word before the number.
func (sc *scanner) ratePrefix(i int) (string, int, bool) {
	s := sc.s
	if !hangulAt(s, i) {
		return "", i, false
	}
	w, e := wordAt(s, i)
	per, ok := koRateWords[w]
	k := skipSpaces(s, e)
	if ok && k > e && strings.HasPrefix(s[k:], "평균") {
		// "하루 평균 3만 명", "연간 평균 5%": on average per day, per year.
		if k2 := skipSpaces(s, k+len("평균")); k2 > k+len("평균") {
			k = k2
		}
	}
	if !ok || k >= len(s) || !isDigit(s[k]) && !hangulAt(s, k) {
		return "", i, false
	}
	return per, k, true
}

// multiplierPrefix reads the Vietnamese "gấp" ("gấp 3 lần", "gấp đôi").
func (sc *scanner) multiplierPrefix(i int) (int, bool) {
	s := sc.s
	if sc.lang != VI && sc.lang != Unknown {
		return i, false
	}
	w, e, _ := sc.entryAt(i)
	k := skipSpaces(s, e)
	if (sc.lang != VI && sc.lang != Unknown) || k == e || !sameWord(w, "gấp") {
		return i, false
	}
	return k, true
}

// viMinus reads "âm" (minus) before digits: "tăng trưởng âm 1,5%" is
// growth of -1.5%, "âm 5 độ C" five below zero.
func (sc *scanner) viMinus(i int) (int, bool) {
	s := sc.s
	if sc.lang != VI && sc.lang != Unknown {
		return i, false
	}
	w, e := wordAt(s, i)
	k := skipSpaces(s, e)
	if !sameWord(w, "âm") || k == e || !isDigitAt(s, k) {
		return i, false
	}
	return k, true
}
