package quantity

import "strings"

// Vietnamese and Korean dates, clock times and year periods.

// viDate reads "ngày 12 tháng 6 năm 2024", "ngày 12/6/2024", "ngày 1/5",
// "tháng 6/2024", "tháng 6 năm 2024", "tháng 6" and "quý 2/2024".
func (sc *scanner) viDate(i int) (Quantity, bool) {
	s := sc.s
	w, k := wordAt(s, i)
	j := skipSpaces(s, k)
	if j == k || j >= len(s) || !isDigit(s[j]) {
		return Quantity{}, false
	}
	var buf [16]byte
	switch string(fold(buf[:0], w)) {
	case "ngày":
		d, e, ok := digitsN(s, j, 1, 2)
		if !ok || d < 1 || d > 31 {
			return Quantity{}, false
		}
		date, end := sc.viMonthYear(e, Date{Day: d})
		if !date.Valid() {
			return Quantity{}, false
		}
		return sc.dated(i, end, date, KindDate, skipDate), true
	case "tháng":
		m, e, ok := digitsN(s, j, 1, 2)
		if !ok || m < 1 || m > 12 || wordCharAt(s, e) && !hangulAt(s, e) {
			return Quantity{}, false
		}
		date, end := Date{Month: m}, e
		if y, ye, ok := viYear(s, e); ok {
			date.Year, end = y, ye
		}
		return sc.dated(i, end, date, KindDate, skipDate), true
	case "quý":
		n, e, ok := digitsN(s, j, 1, 1)
		if !ok || n < 1 || n > 4 || wordCharAt(s, e) {
			return Quantity{}, false
		}
		date, end := Date{}, e
		if y, ye, ok := viYear(s, e); ok {
			date.Year, end = y, ye
		}
		return sc.dated(i, end, date, KindDate, skipQuarter), true
	}
	return Quantity{}, false
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

// koDate reads "2024년 6월 12일", "2024년 6월", "6월 12일", "2024년",
// "11월" and "23일" (a day of the month, unless "3일간", "30일 동안": days).
func (sc *scanner) koDate(i int) (Quantity, bool) {
	s := sc.s
	n, e, ok := digitsN(s, i, 1, 4)
	if !ok {
		return Quantity{}, false
	}
	var d Date
	switch {
	case strings.HasPrefix(s[e:], "년") && n >= 1900 && n <= 2100 && !koDuration(s, e+len("년")):
		d.Year = n
		e += len("년")
		if strings.HasPrefix(s[e:], "도") {
			e += len("도")
		}
		e2 := skipSpaces(s, e)
		m, me, ok := digitsN(s, e2, 1, 2)
		if !ok || !strings.HasPrefix(s[me:], "월") || m < 1 || m > 12 {
			return sc.dated(i, e, d, KindYear, skipYear), true
		}
		d.Month, e = m, me+len("월")
	case strings.HasPrefix(s[e:], "월") && n >= 1 && n <= 12:
		d.Month, e = n, e+len("월")
	case strings.HasPrefix(s[e:], "일") && n >= 1 && n <= 31 && !koDuration(s, e+len("일")):
		d.Day = n
		return sc.dated(i, e+len("일"), d, KindDate, skipDate), true
	case strings.HasPrefix(s[e:], "시") && !strings.HasPrefix(s[e:], "시간") && n <= 24:
		return sc.koTime(i, n, e+len("시")), true
	default:
		return Quantity{}, false
	}
	e2 := skipSpaces(s, e)
	if day, de, ok := digitsN(s, e2, 1, 2); ok && strings.HasPrefix(s[de:], "일") && !koDuration(s, de+len("일")) {
		if dd := (Date{d.Year, d.Month, day}); dd.Valid() {
			return sc.dated(i, de+len("일"), dd, KindDate, skipDate), true
		}
	}
	return sc.dated(i, e, d, KindDate, skipDate), true
}

// koTime reads "2시", "오후 2시 30분" (the 오후 before it makes it p.m.).
func (sc *scanner) koTime(i, h, e int) Quantity {
	s := sc.s
	m := 0
	if k := skipSpaces(s, e); k < len(s) && isDigit(s[k]) {
		if mm, me, ok := digitsN(s, k, 1, 2); ok && mm < 60 && strings.HasPrefix(s[me:], "분") {
			m, e = mm, me+len("분")
		}
	}
	if w, _ := wordBefore(s, i); (w == "오후" || strings.HasPrefix(s[i:], "오후")) && h < 12 {
		h += 12
	}
	v := float64(h) + float64(m)/60
	return Quantity{Text: s[i:e], Start: i, End: e, Value: v, Max: v, Kind: KindTime, Qualifier: Exact, Skip: skipTime}
}

// koDuration: a counter of days or years is a span of time when 간
// ("3일간") or 동안, 만에, 이내, 째 follows.
func koDuration(s string, e int) bool {
	for _, w := range []string{"간", "동안", "만에", "이내", "째", "안에"} {
		if strings.HasPrefix(s[e:], w) {
			return true
		}
	}
	k := skipSpaces(s, e)
	if k == e {
		return false
	}
	for _, w := range []string{"동안", "만에", "이내", "안에"} {
		if strings.HasPrefix(s[k:], w) {
			return true
		}
	}
	return false
}

// clockTime reads "16:02", "9:30 a.m.", "16:02:33" and, in Vietnamese,
// "16h30" and "9h". Value is in hours.
func (sc *scanner) clockTime(i int) (Quantity, bool) {
	s := sc.s
	h, e, ok := digitsN(s, i, 1, 2)
	if !ok || h > 23 || e >= len(s) {
		return Quantity{}, false
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

// yearPeriod reads "2021-2025", "2025-30", "2021–2025" and "2020/21".
func (sc *scanner) yearPeriod(i int) (Quantity, bool) {
	s := sc.s
	y, e, ok := yearAt(s, i)
	if !ok {
		return Quantity{}, false
	}
	k := skipSpaces(s, e)
	dash := 0
	switch {
	case strings.HasPrefix(s[k:], "-") || strings.HasPrefix(s[k:], "/"):
		dash = 1
	case strings.HasPrefix(s[k:], "–"):
		dash = len("–")
	}
	if dash == 0 || (k > e && s[k] == '/') {
		return Quantity{}, false
	}
	p := skipSpaces(s, k+dash)
	if (p > k+dash) != (k > e) {
		return Quantity{}, false // "2021 -2025": not one period
	}
	y2, e2 := 0, p
	if v, ve, ok := yearAt(s, p); ok {
		y2, e2 = v, ve
	} else if v, ve, ok := digitsN(s, p, 2, 2); ok {
		y2, e2 = y-y%100+v, ve
	} else {
		return Quantity{}, false
	}
	if y2 <= y || y2-y > 50 || !dateEnds(s, e2) {
		return Quantity{}, false
	}
	q := sc.dated(i, e2, Date{Year: y}, KindPeriod, skipPeriod)
	q.Max = float64(y2)
	return q, true
}
