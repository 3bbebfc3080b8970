package data

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dates and clock times are numbers in the text too ("12/06/2024",
// "May 30, 2019 | 16:02"); they are recognised first so their parts are not
// read as separate quantities.

// parseDateTime reads a date or clock time at i.
func parseDateTime(s string, i int) (Quantity, int, bool) {
	for _, f := range []func(string, int) (Quantity, int, bool){monthFirstDate, dayFirstDate, numericDate, clockTime} {
		if q, end, ok := f(s, i); ok {
			return q, end, true
		}
	}
	return Quantity{}, i, false
}

func dateQuantity(year int) Quantity {
	return Quantity{Value: float64(year), Qualifier: Exact, Kind: kindDate}
}

// monthFirstDate reads "August 2, 2024", "May 30" and "August 2024". Month
// names must be capitalised so that the verb "may" is not a month.
func monthFirstDate(s string, i int) (Quantity, int, bool) {
	k, ok := monthAt(s, i)
	j := skipSpaces(s, k)
	if !ok || j == k {
		return Quantity{}, i, false
	}
	d, e := digitRun(s, j)
	if y, ok := yearDigits(d); ok && !wordCharAt(s, e) {
		return dateQuantity(y), e, true // "August 2024"
	}
	e, ok = dayEnd(s, d, e)
	if !ok {
		return Quantity{}, i, false
	}
	p := e
	if p < len(s) && s[p] == ',' {
		p++
	}
	if p2 := skipSpaces(s, p); p2 > p {
		yd, ye := digitRun(s, p2)
		if y, ok := yearDigits(yd); ok && !wordCharAt(s, ye) {
			return dateQuantity(y), ye, true
		}
	}
	return dateQuantity(0), e, true
}

// dayFirstDate reads "2 August 2024" and "2nd August".
func dayFirstDate(s string, i int) (Quantity, int, bool) {
	d, e := digitRun(s, i)
	e, ok := dayEnd(s, d, e)
	j := skipSpaces(s, e)
	if !ok || j == e {
		return Quantity{}, i, false
	}
	k, ok := monthAt(s, j)
	if !ok {
		return Quantity{}, i, false
	}
	if p := skipSpaces(s, k); p > k {
		yd, ye := digitRun(s, p)
		if y, ok := yearDigits(yd); ok && !wordCharAt(s, ye) {
			return dateQuantity(y), ye, true
		}
	}
	return dateQuantity(0), k, true
}

// numericDate reads "12/06/2024", "12.06.2024", "06/2024" and ISO
// "2024-06-12". Day and month may be either way round (Vietnamese sources
// write day first); one of them must be a valid month.
func numericDate(s string, i int) (Quantity, int, bool) {
	a, e := digitRun(s, i)
	if y, ok := yearDigits(a); ok && strings.HasPrefix(s[e:], "-") {
		m, e2 := digitRun(s, e+1)
		if len(m) == 2 && e2 < len(s) && s[e2] == '-' {
			d, e3 := digitRun(s, e2+1)
			if len(d) == 2 && validDayMonth(atoi(d), atoi(m)) && dateEnds(s, e3) {
				return dateQuantity(y), e3, true
			}
		}
		return Quantity{}, i, false
	}
	if len(a) < 1 || len(a) > 2 || e >= len(s) || (s[e] != '/' && s[e] != '.') {
		return Quantity{}, i, false
	}
	sep := s[e]
	b, e2 := digitRun(s, e+1)
	if y, ok := yearDigits(b); ok && sep == '/' && atoi(a) >= 1 && atoi(a) <= 12 && dateEnds(s, e2) {
		return dateQuantity(y), e2, true // "06/2024"
	}
	if len(b) < 1 || len(b) > 2 || e2 >= len(s) || s[e2] != sep {
		return Quantity{}, i, false
	}
	c, e3 := digitRun(s, e2+1)
	y, ok := yearDigits(c)
	if !ok && len(c) == 2 && sep == '/' {
		y, ok = 2000+atoi(c), true // "12/06/24"
	}
	day, month := atoi(a), atoi(b)
	if !ok || !dateEnds(s, e3) || (!validDayMonth(day, month) && !validDayMonth(month, day)) {
		return Quantity{}, i, false
	}
	return dateQuantity(y), e3, true
}

// clockTime reads "16:02", "9:30 a.m." and "16:02:33". Value is in hours.
func clockTime(s string, i int) (Quantity, int, bool) {
	h, e := digitRun(s, i)
	if len(h) < 1 || len(h) > 2 || e >= len(s) || s[e] != ':' {
		return Quantity{}, i, false
	}
	m, e2 := digitRun(s, e+1)
	if len(m) != 2 || atoi(h) > 23 || atoi(m) > 59 {
		return Quantity{}, i, false
	}
	if e2 < len(s) && s[e2] == ':' {
		if sec, e3 := digitRun(s, e2+1); len(sec) == 2 && atoi(sec) <= 59 {
			e2 = e3
		}
	}
	if !dateEnds(s, e2) {
		return Quantity{}, i, false
	}
	hours := atoi(h)
	end := e2
	if k := skipSpaces(s, e2); k > e2 {
		for _, mer := range []string{"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."} {
			if strings.HasPrefix(s[k:], mer) && !wordCharAt(s, k+len(mer)) {
				if unicode.ToLower(rune(mer[0])) == 'p' && hours < 12 {
					hours += 12
				}
				end = k + len(mer)
				break
			}
		}
	}
	q := Quantity{Value: float64(hours) + float64(atoi(m))/60, Qualifier: Exact, Kind: kindTime}
	return q, end, true
}

// monthAt matches a capitalised month name (abbreviations may take a dot).
func monthAt(s string, i int) (int, bool) {
	w, k := wordAt(s, i)
	r, _ := utf8.DecodeRuneInString(w)
	if _, ok := monthNames[strings.ToLower(w)]; !ok || !unicode.IsUpper(r) || wordCharAt(s, k) {
		return i, false
	}
	if len(w) <= 4 && k < len(s) && s[k] == '.' {
		k++
	}
	return k, true
}

// dayEnd checks a day-of-month of one or two digits and skips an ordinal
// suffix ("2nd").
func dayEnd(s, d string, e int) (int, bool) {
	if len(d) < 1 || len(d) > 2 || atoi(d) < 1 || atoi(d) > 31 {
		return e, false
	}
	w, k := wordAt(s, e)
	switch strings.ToLower(w) {
	case "":
	case "st", "nd", "rd", "th":
		e = k
	default:
		return e, false
	}
	return e, !wordCharAt(s, e)
}

// dateEnds: the date is not followed by more of an identifier.
func dateEnds(s string, e int) bool {
	if wordCharAt(s, e) {
		return false
	}
	return e+1 >= len(s) || !strings.ContainsRune("/.-:", rune(s[e])) || !isDigit(s[e+1])
}

func validDayMonth(day, month int) bool {
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// yearDigits accepts four digits 1900–2100.
func yearDigits(d string) (int, bool) {
	y := atoi(d)
	return y, len(d) == 4 && y >= 1900 && y <= 2100
}

func digitRun(s string, i int) (string, int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return s[i:j], j
}

// atoi converts a short digit run; callers have checked it is digits.
func atoi(d string) int {
	if d == "" || len(d) > 9 {
		return -1 // (an empty run would allocate strconv's error, per word scanned)
	}
	n, err := strconv.Atoi(d)
	if err != nil {
		return -1
	}
	return n
}
