package quantity

import "strings"

// Vietnamese and Korean dates, clock times and year periods.

// viDate reads "ngày 12 tháng 6 năm 2024", "ngày 12/6/2024", "ngày 1/5",
// "tháng 6/2024", "tháng 6 năm 2024", "tháng 6" and "quý 2/2024".
func (sc *scanner) viDate(i int) (Quantity, bool) {
	s := sc.s
	w, k := wordAt(s, i)
	j := skipSpaces(s, k)
	if j == k || j >= len(s) {
		return Quantity{}, false
	}
	var buf [16]byte
	fw := string(fold(buf[:0], w))
	if fw == "quý" {
		return sc.viQuarter(i, j)
	}
	if !isDigit(s[j]) {
		return Quantity{}, false
	}
	switch fw {
	case "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm":
		// "ngày 14-3", and the part of the day news gives instead of
		// "ngày": "chiều 14-3" (the afternoon of 14 March), "sáng 22/11".
		d, e, ok := digitsN(s, j, 1, 2)
		if !ok || d < 1 || d > 31 {
			return Quantity{}, false
		}
		if date, end, ok := viDaySpan(s, e, d, true, fw == "ngày"); ok {
			return sc.dated(i, end, date, KindDate, skipDates), true
		}
		date, end := sc.viMonthYear(e, Date{Day: d})
		if !date.Valid() || fw != "ngày" && date.Month == 0 {
			return Quantity{}, false
		}
		return sc.dated(i, end, date, KindDate, skipDate), true
	case "tháng":
		m, e, ok := digitsN(s, j, 1, 2)
		if !ok || m < 1 || m > 12 || wordCharAt(s, e) && !hangulAt(s, e) {
			return Quantity{}, false
		}
		prev, _ := wordBefore(s, i)
		if date, end, ok := viMonthSpan(s, e, m, sameWord(prev, "từ")); ok {
			return sc.dated(i, end, date, KindDate, skipDates), true
		}
		date, end := Date{Month: m}, e
		if y, ye, ok := viYear(s, e); ok {
			date.Year, end = y, ye
		}
		return sc.dated(i, end, date, KindDate, skipDate), true
	case "năm":
		return sc.viYearSpan(i, j)
	}
	return Quantity{}, false
}

// viQuarter reads the quarter after "quý" at j, in digits or Roman
// numerals, with its year: "quý 2/2024", "quý I/2024", "quý IV năm 2023".
func (sc *scanner) viQuarter(i, j int) (Quantity, bool) {
	s := sc.s
	n, e, ok := digitsN(s, j, 1, 1)
	if !ok {
		w, we := wordAt(s, j)
		n, e = romanQuarters[w], we
	}
	if n < 1 || n > 4 || wordCharAt(s, e) {
		return Quantity{}, false
	}
	date, end := Date{}, e
	if y, ye, ok := viYear(s, e); ok {
		date.Year, end = y, ye
	}
	return sc.dated(i, end, date, KindDate, skipQuarter), true
}

// romanQuarters are the quarters as Vietnamese reporting writes them.
var romanQuarters = map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4}

// viYearSpan reads "năm 2021 đến năm 2025", "năm 2021 - 2025": after the
// year that "năm" introduces, a span to another year is one period.
func (sc *scanner) viYearSpan(i, j int) (Quantity, bool) {
	s := sc.s
	y, e, ok := yearAt(s, j)
	if !ok {
		return Quantity{}, false
	}
	if q, ok := sc.yearPeriod(j); ok {
		q.Start, q.Text = i, s[i:q.End]
		return q, true
	}
	k := skipSpaces(s, e)
	w, we := wordAt(s, k)
	if k == e || !sameWord(w, "đến") && !sameWord(w, "tới") {
		return Quantity{}, false
	}
	p := skipSpaces(s, we)
	if w2, e2 := wordAt(s, p); sameWord(w2, "năm") {
		p = skipSpaces(s, e2)
	}
	y2, ye, ok := yearAt(s, p)
	if !ok || y2 <= y || y2-y > 50 || wordCharAt(s, ye) {
		return Quantity{}, false
	}
	q := sc.dated(i, ye, Date{Year: y}, KindPeriod, skipPeriod)
	q.Max = float64(y2)
	return q, true
}

// viMonthYear reads what follows the day: " tháng 6 năm 2024", "/6/2024",
// "-6", ".6.2024".
func (sc *scanner) viMonthYear(e int, d Date) (Date, int) {
	s := sc.s
	if e < len(s) && strings.ContainsRune("/-.", rune(s[e])) {
		m, e2, ok := digitsN(s, e+1, 1, 2)
		if !ok || m < 1 || m > 12 {
			return d, e
		}
		d.Month = m
		if e2 < len(s) && s[e2] == s[e] {
			if y, e3, ok := yearAt(s, e2+1); ok && dateEnds(s, e3) {
				d.Year = y
				return d, e3
			}
		}
		return d, e2
	}
	k := skipSpaces(s, e)
	if w, we := wordAt(s, k); k > e && sameWord(w, "tháng") {
		if m, e2, ok := digitsN(s, skipSpaces(s, we), 1, 2); ok && m >= 1 && m <= 12 && skipSpaces(s, we) > we {
			d.Month = m
			if y, e3, ok := viYear(s, e2); ok {
				d.Year = y
				return d, e3
			}
			return d, e2
		}
	}
	return d, e
}

// viYear reads "/2024", "-2024" or " năm 2024" after a month.
func viYear(s string, e int) (int, int, bool) {
	if e < len(s) && (s[e] == '/' || s[e] == '-') {
		if y, ye, ok := yearAt(s, e+1); ok && dateEnds(s, ye) {
			return y, ye, true
		}
		return 0, e, false
	}
	k := skipSpaces(s, e)
	if w, we := wordAt(s, k); k > e && sameWord(w, "năm") {
		if p := skipSpaces(s, we); p > we {
			if y, ye, ok := yearAt(s, p); ok && !wordCharAt(s, ye) {
				return y, ye, true
			}
		}
	}
	return 0, e, false
}

// clockTime reads "16:02", "9:30 a.m.", "16:02:33" and, in Vietnamese,
// "16h30" and "9h". Value is in hours.
func (sc *scanner) clockTime(i int) (Quantity, bool) {
	s := sc.s
	h, e, ok := digitsN(s, i, 1, 2)
	if !ok || h > 23 || e >= len(s) {
		return Quantity{}, false
	}
	if s[e] == ' ' && (sc.lang == VI || sc.lang == Unknown) {
		return sc.viClock(i, h, e)
	}
	var m int
	hourOnly := false
	switch {
	case s[e] == ':':
		var e2 int
		if m, e2, ok = digitsN(s, e+1, 2, 2); !ok || m > 59 {
			return Quantity{}, false
		}
		e = e2
		if e < len(s) && s[e] == ':' {
			if sec, e3, ok := digitsN(s, e+1, 2, 2); ok && sec <= 59 {
				e = e3
			}
		}
	case meridiem(s, skipSpaces(s, e)) > 0 && h >= 1 && h <= 12:
		hourOnly = true // "9am", "9 a.m.": the hour alone
	case s[e] == '.' && h >= 1 && h <= 12:
		// "8.30am", "10.30 pm": a dot for the colon, which only the
		// meridiem after the minutes tells from a decimal.
		mm, e2, ok := digitsN(s, e+1, 2, 2)
		if !ok || mm > 59 || meridiem(s, skipSpaces(s, e2)) == 0 {
			return Quantity{}, false
		}
		m, e, hourOnly = mm, e2, true
	case s[e] == 'h' && (sc.lang == VI || sc.lang == Unknown):
		e++
		if mm, e2, ok := digitsN(s, e, 2, 2); ok && mm <= 59 {
			m, e = mm, e2
		}
		if letterAt(s, e) {
			return Quantity{}, false
		}
	default:
		return Quantity{}, false
	}
	if !hourOnly && !dateEnds(s, e) {
		return Quantity{}, false
	}
	if k := skipSpaces(s, e); meridiem(s, k) > 0 {
		if s[k]|0x20 == 'p' && h < 12 {
			h += 12
		}
		e = k + meridiem(s, k)
	}
	v := float64(h) + float64(m)/60
	q := Quantity{Text: s[i:e], Start: i, End: e, Value: v, Max: v, Kind: KindTime, Qualifier: Exact, Skip: skipTime}
	return q, true
}

// meridiem returns the length of "am", "p.m.", "PM" … at k, or 0.
func meridiem(s string, k int) int {
	if k >= len(s) || s[k]|0x20 != 'a' && s[k]|0x20 != 'p' {
		return 0
	}
	for _, mer := range []string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."} {
		if strings.HasPrefix(s[k:], mer) && !letterAt(s, k+len(mer)) {
			return len(mer)
		}
	}
	return 0
}

// yearPeriod reads "2021-2025", "2025-30", "2021–2025", "2020/21",
// "2021~2025" and "2021~2025년". Two four-digit years joined by a dash are
// one period however the dash is spaced ("(2013 -2023)", "2013 - 2023"):
// no count of things is written as a negative year.
func (sc *scanner) yearPeriod(i int) (Quantity, bool) {
	s := sc.s
	y, e, ok := yearAt(s, i)
	if !ok {
		return Quantity{}, false
	}
	k := skipSpaces(s, e)
	dash := yearDashAt(s, k)
	if dash == 0 || (k > e && s[k] == '/') {
		return Quantity{}, false
	}
	p := skipSpaces(s, k+dash)
	y2, e2 := 0, p
	if v, ve, ok := yearAt(s, p); ok {
		y2, e2 = v, ve
	} else if v, ve, ok := digitsN(s, p, 2, 2); ok && (p > k+dash) == (k > e) {
		y2, e2 = y-y%100+v, ve // "2025-30", but not "2021 -25"
	} else {
		return Quantity{}, false
	}
	e2 = koYearSuffix(s, e2)
	if y2 <= y || y2-y > 50 || !dateEnds(s, e2) {
		return Quantity{}, false
	}
	q := sc.dated(i, e2, Date{Year: y}, KindPeriod, skipPeriod)
	q.Max = float64(y2)
	return q, true
}

// yearDashAt returns the width of a dash joining two years at k ("-",
// "–", "—", "/", "~"), or 0.
func yearDashAt(s string, k int) int {
	if k < len(s) && (s[k] == '-' || s[k] == '/' || s[k] == '~') {
		return 1
	}
	for _, d := range []string{"–", "—", "∼", "〜", "～"} {
		if strings.HasPrefix(s[k:], d) {
			return len(d)
		}
	}
	return 0
}
