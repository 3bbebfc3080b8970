package quantity

import "strings"

// The date grammar: every date, year period and time of day is read here,
// before anything else, so that its parts are never read as quantities.

// Skip reasons of the numbers that date things.
const (
	skipDate    = "a date, not a quantity"
	skipYear    = "a year, not a quantity"
	skipPeriod  = "a period of years, not a quantity"
	skipTime    = "a time of day, not a quantity"
	skipQuarter = "a quarter of a year, not a quantity"
	skipDecade  = "a decade, not a quantity"
	skipDates   = "a span of dates, not a quantity"
)

// date reads a date, year period or time of day at i.
func (sc *scanner) date(i int) (Quantity, bool) {
	s := sc.s
	if i >= len(s) {
		return Quantity{}, false
	}
	if isDigit(s[i]) {
		e := digitEnd(s, i)
		if e >= len(s) || e-i > 4 {
			return Quantity{}, false
		}
		if c := s[e]; e-i <= 2 && (c == '.' || c == 0xC2 || c == 0xE3) && sc.lang != EN && sc.lang != VI {
			if q, ok := sc.koNamedDate(i); ok {
				return q, true
			}
		}
		if e-i == 1 && strings.HasPrefix(s[e:], "/4분기") && s[i] >= '1' && s[i] <= '4' {
			return sc.dated(i, e+len("/4분기"), Date{}, KindDate, skipQuarter), true // "3/4분기": the third quarter
		}
		switch c := s[e]; {
		case c >= 0xEA: // Hangul: 년, 월, 일
			return sc.koDate(i)
		case e-i == 4:
			if q, ok := sc.isoDate(i); ok {
				return q, true
			}
			return sc.yearPeriod(i)
		case e-i > 2:
		case c == '/' || c == '.' || c == '-':
			if q, ok := sc.numericDate(i); ok || c != '.' {
				return q, ok
			}
			return sc.clockTime(i) // "8.30am", as British papers write the time
		case c == ':' || c == 'h' || c == 'a' || c == 'p' || c == 'A' || c == 'P':
			return sc.clockTime(i)
		case c == ' ' || c == 's' || c == 'n' || c == 'r' || c == 't' || c == 0xC2:
			if q, ok := sc.dayFirstDate(i); ok {
				return q, true
			}
			return sc.clockTime(i)
		}
		return Quantity{}, false
	}
	if q, ok := sc.monthFirstDate(i); ok {
		return q, true
	}
	if sc.lang == EN {
		if q, ok := sc.enPeriodCode(i); ok {
			return q, true
		}
	}
	if strings.HasPrefix(s[i:], "오후") || strings.HasPrefix(s[i:], "오전") {
		k := skipSpaces(s, i+len("오후"))
		if h, e, ok := digitsN(s, k, 1, 2); ok && h <= 24 && strings.HasPrefix(s[e:], "시") && !strings.HasPrefix(s[e:], "시간") {
			q := sc.koTime(k, h, e+len("시"))
			q.Start, q.Text = i, s[i:q.End]
			return q, true
		}
	}
	return sc.viDate(i)
}

// dated builds the Quantity of a date read from i to end.
func (sc *scanner) dated(i, end int, d Date, kind Kind, skip string) Quantity {
	return Quantity{Text: sc.s[i:end], Start: i, End: end, Value: float64(d.Year), Max: float64(d.Year),
		Kind: kind, Qualifier: Exact, Date: d, Skip: skip}
}

// digitsN reads a run of lo to hi digits at i.
func digitsN(s string, i, lo, hi int) (int, int, bool) {
	e := digitEnd(s, i)
	if e-i < lo || e-i > hi {
		return 0, i, false
	}
	return atoi(s[i:e]), e, true
}

// yearAt reads four digits 1900–2100 at i.
func yearAt(s string, i int) (int, int, bool) {
	y, e, ok := digitsN(s, i, 4, 4)
	return y, e, ok && y >= 1900 && y <= 2100
}

// dateEnds: nothing at e continues the number ("12/06/2024a", "2024-06-12-1").
func dateEnds(s string, e int) bool {
	if wordCharAt(s, e) && !hangulAt(s, e) {
		return false
	}
	return e+1 >= len(s) || !strings.ContainsRune("/.-:", rune(s[e])) || !isDigit(s[e+1])
}

// isoDate reads "2024-06-12", "2024-06", "2024/06/12", "2024.06.12" and
// the Korean "2024. 6. 12.".
func (sc *scanner) isoDate(i int) (Quantity, bool) {
	s := sc.s
	y, e, ok := yearAt(s, i)
	if !ok || e >= len(s) || !strings.ContainsRune("-/.", rune(s[e])) {
		return Quantity{}, false
	}
	sep := s[e]
	p := e + 1
	if sep == '.' {
		p = skipSpaces(s, p)
	}
	m, e2, ok := digitsN(s, p, 1, 2)
	if !ok || m < 1 || m > 12 || (sep == '-' && e2-p != 2) {
		return Quantity{}, false
	}
	if e2 < len(s) && s[e2] == sep {
		p = e2 + 1
		if sep == '.' {
			p = skipSpaces(s, p)
		}
		if d, e3, ok := digitsN(s, p, 1, 2); ok && (sep != '-' || e3-p == 2) && (Date{y, m, d}).Valid() {
			if sep == '.' && e3 < len(s) && s[e3] == '.' && !(e3+1 < len(s) && isDigit(s[e3+1])) {
				e3++
			}
			if dateEnds(s, e3) {
				return sc.dated(i, e3, Date{y, m, d}, KindDate, skipDate), true
			}
		}
		return Quantity{}, false
	}
	if sep != '-' || !dateEnds(s, e2) {
		return Quantity{}, false
	}
	q := sc.dated(i, e2, Date{Year: y, Month: m}, KindDate, skipDate)
	if yy := y % 100; m > yy {
		q.Ambiguous = "may be a period of years (" + s[i:e2] + ") rather than a month"
		if m == yy+1 {
			q.Kind, q.Skip, q.Date, q.Max = KindPeriod, skipPeriod, Date{Year: y}, float64(y+1)
			q.Ambiguous = "may be the month " + s[i:e2] + " rather than a period of years"
		}
	}
	return q, true
}

// numericDate reads "12/06/2024", "12.6.2024", "12-6-2024", "12/06/24"
// (day first, the Vietnamese and British convention, unless the second
// number cannot be a month) and the month of a year "06/2024".
func (sc *scanner) numericDate(i int) (Quantity, bool) {
	s := sc.s
	a, e, ok := digitsN(s, i, 1, 2)
	if !ok || e >= len(s) || !strings.ContainsRune("/.-", rune(s[e])) {
		return Quantity{}, false
	}
	sep := s[e]
	if y, e2, ok := yearAt(s, e+1); ok && sep == '/' && a >= 1 && a <= 12 && dateEnds(s, e2) {
		return sc.dated(i, e2, Date{Year: y, Month: a}, KindDate, skipDate), true
	}
	b, e2, ok := digitsN(s, e+1, 1, 2)
	if !ok || e2 >= len(s) || s[e2] != sep {
		return Quantity{}, false
	}
	y, e3, ok := yearAt(s, e2+1)
	if !ok && sep == '/' {
		if yy, e4, ok2 := digitsN(s, e2+1, 2, 2); ok2 {
			y, e3, ok = 2000+yy, e4, true
		}
	}
	if !ok || !dateEnds(s, e3) {
		return Quantity{}, false
	}
	d := Date{y, b, a}
	if !d.Valid() {
		if d = (Date{y, a, b}); !d.Valid() {
			return Quantity{}, false
		}
	}
	q := sc.dated(i, e3, d, KindDate, skipDate)
	if sc.lang != VI && a <= 12 && b <= 12 && a != b {
		q.Ambiguous = "day and month may be either way round (" + s[i:e3] + " read day first)"
	}
	return q, true
}

// monthAt reads a capitalised English month name at i ("June", "Sept.";
// capitalised so that the verb "may" is not a month).
func monthAt(s string, i int) (int, int, bool) {
	if !isUpperAt(s, i) {
		return 0, i, false
	}
	w, e := wordAt(s, i)
	en := entryOf(w)
	if en == nil || en.month == 0 || letterAt(s, e) {
		return 0, i, false
	}
	m := en.month
	if len(w) <= 4 && e < len(s) && s[e] == '.' {
		e++
	}
	return m, e, true
}

// dayAt reads a day of the month (1–31), perhaps with an ordinal suffix.
func dayAt(s string, i int) (int, int, bool) {
	d, e, ok := digitsN(s, i, 1, 2)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	w, k := wordAt(s, e)
	switch strings.ToLower(w) {
	case "":
	case "st", "nd", "rd", "th":
		e = k
	default:
		return 0, i, false
	}
	return d, e, !wordCharAt(s, e)
}

// yearAfter reads ", 2024" or " 2024" after a date.
func yearAfter(s string, e int) (int, int, bool) {
	p := e
	if p < len(s) && s[p] == ',' {
		p++
	}
	if k := skipSpaces(s, p); k > p {
		if y, ye, ok := yearAt(s, k); ok && !wordCharAt(s, ye) {
			return y, ye, true
		}
	}
	return 0, e, false
}

// monthFirstDate reads "August 2, 2024", "May 30", "August 2024".
func (sc *scanner) monthFirstDate(i int) (Quantity, bool) {
	s := sc.s
	m, k, ok := monthAt(s, i)
	if !ok {
		return Quantity{}, false
	}
	prev, _ := wordBefore(s, i)
	if y, e, ok := monthSpanYear(s, k, m, sameWord(prev, "between")); ok {
		return sc.dated(i, e, Date{Year: y, Month: m}, KindDate, skipDates), true
	}
	j := skipSpaces(s, k)
	if j == k {
		return Quantity{}, false
	}
	if y, e, ok := yearAt(s, j); ok && !wordCharAt(s, e) {
		return sc.dated(i, e, Date{Year: y, Month: m}, KindDate, skipDate), true
	}
	d, e, ok := dayAt(s, j)
	if !ok || !(Date{Month: m, Day: d}).Valid() {
		return Quantity{}, false
	}
	skip := skipDate
	if e2, ok := daySpanEnd(s, e, m, d); ok { // "June 12-15", "Oct. 10 to 12"
		e, skip = e2, skipDates
	}
	if y, ye, ok := yearAfter(s, e); ok && (Date{y, m, d}).Valid() {
		return sc.dated(i, ye, Date{y, m, d}, KindDate, skip), true
	}
	return sc.dated(i, e, Date{Month: m, Day: d}, KindDate, skip), true
}

// dayFirstDate reads "2 August 2024", "2nd August" and "12 June, 2024".
func (sc *scanner) dayFirstDate(i int) (Quantity, bool) {
	s := sc.s
	d, e, ok := dayAt(s, i)
	j := skipSpaces(s, e)
	if !ok || j == e {
		return Quantity{}, false
	}
	if w, we := wordAt(s, j); strings.EqualFold(w, "of") {
		j = skipSpaces(s, we)
	}
	m, k, ok := monthAt(s, j)
	if !ok || !(Date{Month: m, Day: d}).Valid() {
		return Quantity{}, false
	}
	if y, ye, ok := yearAfter(s, k); ok && (Date{y, m, d}).Valid() {
		return sc.dated(i, ye, Date{y, m, d}, KindDate, skipDate), true
	}
	return sc.dated(i, k, Date{Month: m, Day: d}, KindDate, skipDate), true
}
