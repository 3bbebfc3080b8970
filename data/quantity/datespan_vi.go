package quantity

import "strings"

// Vietnamese hours of the day and spans of days and months.

// viClock reads a Vietnamese hour at i, h its digits ending at e: "lúc 17
// giờ", "14 giờ 30 phút", "4 giờ chiều", "17 giờ ngày 5/12". "N giờ" is
// also a span of hours ("trong vòng 48 giờ"), so it is a time of day only
// when the text says so: "lúc" (at) before it, a part of the day after it,
// or the day it falls on.
func (sc *scanner) viClock(i, h, e int) (Quantity, bool) {
	s := sc.s
	k := skipSpaces(s, e)
	w, we := wordAt(s, k)
	if !sameWord(w, "giờ") || letterAt(s, we) {
		return Quantity{}, false
	}
	end, m := we, 0
	if p := skipSpaces(s, we); p > we {
		if mm, me, ok := digitsN(s, p, 1, 2); ok && mm <= 59 && !wordCharAt(s, me) {
			m, end = mm, me
			if q := skipSpaces(s, me); q > me {
				if w, pe := wordAt(s, q); sameWord(w, "phút") {
					end = pe
				}
			}
		}
	}
	pw, pe := wordAt(s, skipSpaces(s, end))
	part := viDayParts[strings.ToLower(pw)]
	prev, _ := wordBefore(s, i)
	switch {
	case part != 0:
		end = pe
		if part == 12 && h < 12 || part == 11 && h < 11 || part == 6 && h >= 6 && h < 12 {
			h += 12
		}
	case sameWord(prev, "lúc"), sameWord(pw, "ngày") && isDigitAt(s, skipSpaces(s, pe)):
	default:
		return Quantity{}, false
	}
	if h > 24 {
		return Quantity{}, false
	}
	v := float64(h) + float64(m)/60
	return Quantity{Text: s[i:end], Start: i, End: end, Value: v, Max: v, Kind: KindTime, Qualifier: Exact, Skip: skipTime}, true
}

// viDayParts are the parts of the day after an hour, by what they add to
// it: chiều and tối 12 (4 giờ chiều is 16:00), trưa 12 before 11 (1 giờ
// trưa is 13:00), đêm 12 from six (11 giờ đêm is 23:00, 2 giờ đêm 2:00);
// sáng nothing (marked -1).
var viDayParts = map[string]int{"sáng": -1, "chiều": 12, "tối": 12, "trưa": 11, "đêm": 6}

// isDigitAt reports whether s has a digit at i.
func isDigitAt(s string, i int) bool { return i < len(s) && isDigit(s[i]) }

// viDaySpan reads the rest of a span of days at e, after its first day
// d: "-3/12/2024" of "1-3/12/2024", "-13/6" of "ngày 12-13/6" (the 12th
// to the 13th of June). The month (and year) written once after the
// second day is both days'. from says "từ" or "ngày" opened the span (see
// viSpanJoin); words that "ngày" did, which lets the month be written in
// words ("ngày 14-15 tháng 11"). The returned date is the first day.
func viDaySpan(s string, e, d int, from, words bool) (Date, int, bool) {
	k, ok := viSpanJoin(s, e, from, true)
	if !ok {
		return Date{}, e, false
	}
	if w, we := wordAt(s, k); sameWord(w, "ngày") && skipSpaces(s, we) > we {
		k = skipSpaces(s, we) // "từ ngày 10 đến ngày 12/12/2024"
	}
	d2, e2, ok := digitsN(s, k, 1, 2)
	if !ok || d2 <= d || d2 > 31 {
		return Date{}, e, false
	}
	if e2 >= len(s) || s[e2] != '/' && s[e2] != '.' {
		if !words {
			return Date{}, e, false // "từ 3 đến 5 tháng": months, unless "ngày" opened the span
		}
		return viDaySpanWords(s, e, e2, d, d2)
	}
	m, e3, ok := digitsN(s, e2+1, 1, 2)
	if !ok || m < 1 || m > 12 || !(Date{Month: m, Day: d2}).Valid() {
		return Date{}, e, false
	}
	date, end := Date{Month: m, Day: d}, e3
	if e3 < len(s) && s[e3] == s[e2] {
		if y, ye, ok := yearAt(s, e3+1); ok && dateEnds(s, ye) {
			date.Year, end = y, ye
		}
	}
	if !dateEnds(s, end) {
		return Date{}, e, false
	}
	return date, end, true
}

// viDaySpanWords reads the month written in words after a span's second
// day d2 ending at e2: "ngày 14-15 tháng 11 năm 2024", "từ ngày 14 đến
// ngày 16 tháng 11". e is where the first day ends, returned on failure.
func viDaySpanWords(s string, e, e2, d, d2 int) (Date, int, bool) {
	k := skipSpaces(s, e2)
	w, we := wordAt(s, k)
	p := skipSpaces(s, we)
	if k == e2 || !sameWord(w, "tháng") || p == we {
		return Date{}, e, false
	}
	m, me, ok := digitsN(s, p, 1, 2)
	if !ok || m < 1 || m > 12 || wordCharAt(s, me) || !(Date{Month: m, Day: d2}).Valid() {
		return Date{}, e, false
	}
	date, end := Date{Month: m, Day: d}, me
	if y, ye, ok := viYear(s, me); ok {
		date.Year, end = y, ye
	}
	return date, end, true
}

// viSpanJoin reads what joins the two ends of a span of days at e and
// returns where the second end begins: a dash written close ("1-3/12") or
// spaced on both sides ("tháng 1 - 10/2024"), or, when from says "từ" or
// "ngày" opened the span, "đến" or "tới" ("từ 3 đến 5/10/2024", "từ ngày
// 14 đến 16/11"), and for two days "và" ("ngày 5 và 6/12"). Without that
// opener a spaced dash or "đến" between days may join a range of anything
// ("tỷ lệ 5 - 8/10 điểm", scores of ten), so it is no span.
func viSpanJoin(s string, e int, from, days bool) (int, bool) {
	k := skipSpaces(s, e)
	spaced := k > e
	for _, dash := range []string{"-", "–"} {
		if strings.HasPrefix(s[k:], dash) {
			p := skipSpaces(s, k+len(dash))
			if (p > k+len(dash)) != spaced || spaced && days && !from {
				return e, false // "5 -8/11"; "tỷ lệ 5 - 8/10 điểm" (a score of ten)
			}
			return p, true
		}
	}
	if !spaced || !from {
		return e, false
	}
	w, we := wordAt(s, k)
	if (sameWord(w, "đến") || sameWord(w, "tới") || days && sameWord(w, "và")) && skipSpaces(s, we) > we {
		return skipSpaces(s, we), true
	}
	return e, false
}

// viDaySpan reads a span of days written without "ngày" ("từ 1-3/12/2024",
// "trong 2 ngày 5-6/12"): a date, skipped.
func (r *reading) viDaySpan() bool {
	sc, n := r.sc, &r.n
	if sc.lang != VI && sc.lang != Unknown || !n.plain || n.val < 1 || n.val > 31 {
		return false
	}
	prev, _ := wordBefore(sc.s, n.start)
	from := sameWord(prev, "từ") || sameWord(prev, "ngày")
	d, end, ok := viDaySpan(sc.s, n.end, int(n.val), from, false)
	if !ok {
		return false
	}
	r.hi, r.ranged, r.end = num{start: n.end + 1, end: end, val: float64(d.Year), mul: 1}, true, end
	r.q.Kind, r.q.Skip, r.q.Date, r.unitRead = KindDate, skipDates, d, true
	n.val = float64(d.Year)
	return true
}

// viMonthSpan reads the rest of a span of months at e, after its first
// month m: "tháng 1 - 10/2024", "tháng 1-6/2024" (January to October
// 2024), "từ tháng 1 đến tháng 6/2024" (from says "từ" opened it). The
// year written once after the second month is both months'; the returned
// date is the first month.
func viMonthSpan(s string, e, m int, from bool) (Date, int, bool) {
	p, ok := viSpanJoin(s, e, from, false)
	if !ok {
		return Date{}, e, false
	}
	if w, we := wordAt(s, p); sameWord(w, "tháng") {
		p = skipSpaces(s, we)
	}
	m2, e2, ok := digitsN(s, p, 1, 2)
	if !ok || m2 <= m || m2 > 12 || e2 >= len(s) || s[e2] != '/' && s[e2] != '-' {
		return Date{}, e, false
	}
	y, ye, ok := yearAt(s, e2+1)
	if !ok || !dateEnds(s, ye) {
		return Date{}, e, false
	}
	return Date{Year: y, Month: m}, ye, true
}
