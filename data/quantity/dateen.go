package quantity

import "strings"

// English reporting's short names for parts of a year, written with the
// digit glued to a letter: "Q3 2024", "H1 2024", "FY2024", "FY 2025",
// "FY24". Glued digits are otherwise part of a word ("G20", "S24"), so
// these are read before the word is skipped: a quarter's year is a date,
// never a count of the noun after it ("Q3 2024 results"). And the spans
// of dates English writes with words: "Oct. 10 to 12", "Sept 12 and 13",
// "January to June 2024", "January-June 2024".

const (
	skipHalfYear   = "a half of a year, not a quantity"
	skipFiscalYear = "a fiscal year, not a quantity"
)

// periodCodeAt reports whether a quarter, half or fiscal-year code starts
// at i (for startsAt, which otherwise skips a word with digits in it).
func periodCodeAt(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	switch s[i] {
	case 'Q', 'H':
		return isDigit(s[i+1])
	case 'F':
		return strings.HasPrefix(s[i:], "FY")
	}
	return false
}

// enPeriodCode reads "Q1".."Q4" and "H1"/"H2" with a year after them,
// and "FY2024", "FY 2024", "FY24".
func (sc *scanner) enPeriodCode(i int) (Quantity, bool) {
	s := sc.s
	if !periodCodeAt(s, i) || i > 0 && wordCharAt(s, i-1) {
		return Quantity{}, false
	}
	if s[i] == 'F' {
		return sc.fiscalYear(i)
	}
	n, e, ok := digitsN(s, i+1, 1, 1)
	if !ok || wordCharAt(s, e) || n < 1 || s[i] == 'Q' && n > 4 || s[i] == 'H' && n > 2 {
		return Quantity{}, false
	}
	skip := skipQuarter
	if s[i] == 'H' {
		skip = skipHalfYear
	}
	y, ye, hasYear := codeYear(s, e)
	if !hasYear {
		return Quantity{}, false // "Q3" alone stays a word, as "G20"; "H2" may be hydrogen
	}
	return sc.dated(i, ye, Date{Year: y}, KindDate, skip), true
}

// codeYear reads the year after a quarter code: " 2024", "/2024", "-2024",
// " of 2024", "'24".
func codeYear(s string, e int) (int, int, bool) {
	if e+1 < len(s) && (s[e] == '/' || s[e] == '-') {
		if y, ye, ok := yearAt(s, e+1); ok && !wordCharAt(s, ye) {
			return y, ye, true
		}
		return 0, e, false
	}
	if e+2 < len(s) && (s[e] == '\'' || strings.HasPrefix(s[e:], "’")) {
		p := e + 1
		if s[e] != '\'' {
			p = e + len("’")
		}
		if yy, ye, ok := digitsN(s, p, 2, 2); ok && !wordCharAt(s, ye) {
			return 2000 + yy, ye, true
		}
		return 0, e, false
	}
	k := skipSpaces(s, e)
	if w, we := wordAt(s, k); k > e && sameWord(w, "of") {
		k = skipSpaces(s, we)
	}
	if y, ye, ok := yearAt(s, k); ok && k > e && !wordCharAt(s, ye) {
		return y, ye, true
	}
	return 0, e, false
}

// fiscalYear reads "FY2024", "FY 2024" and "FY24" (the two digits of a
// year after 2000).
func (sc *scanner) fiscalYear(i int) (Quantity, bool) {
	s := sc.s
	p := skipSpaces(s, i+2)
	if y, ye, ok := yearAt(s, p); ok && !wordCharAt(s, ye) {
		return sc.dated(i, ye, Date{Year: y}, KindYear, skipFiscalYear), true
	}
	if yy, ye, ok := digitsN(s, p, 2, 2); ok && p == i+2 && !wordCharAt(s, ye) {
		return sc.dated(i, ye, Date{Year: 2000 + yy}, KindYear, skipFiscalYear), true
	}
	return Quantity{}, false
}

// daySpanEnd reads the second day of "June 12-15", "June 12–15", "Oct.
// 10 to 12", "Sept 12 and 13", "May 3 through 5" after the first day d
// ending at e. A day after a word must end the phrase, so that "June 12
// and 300 firms" keeps its count.
func daySpanEnd(s string, e, m, d int) (int, bool) {
	p := e
	switch {
	case e+1 < len(s) && s[e] == '-':
		p = e + 1
	case strings.HasPrefix(s[e:], "–"):
		p = e + len("–")
	default:
		w, we := wordAt(s, skipSpaces(s, e))
		if skipSpaces(s, e) == e || !daySpanWords[strings.ToLower(w)] || skipSpaces(s, we) == we {
			return e, false
		}
		p = skipSpaces(s, we)
	}
	d2, e2, ok := dayAt(s, p)
	if !ok || d2 <= d || !(Date{Month: m, Day: d2}).Valid() {
		return e, false
	}
	if p > e+len("–") {
		next, ne, en := "", e2, (*entry)(nil)
		if k := skipSpaces(s, e2); k > e2 {
			next, ne = wordAt(s, k)
			en = entryOf(next)
		}
		if next != "" && !(en != nil && en.notNoun) && ne > e2 {
			return e, false
		}
	}
	return e2, true
}

// daySpanWords join the two days of a span of dates.
var daySpanWords = map[string]bool{"to": true, "and": true, "through": true, "until": true, "till": true}

// monthSpanYear reads "-June 2024", " to June 2024", "–June 2024" after
// the month m ending at k: "January-June 2024" is one span of months,
// dated by its first; after "between", " and June 2024" too.
func monthSpanYear(s string, k, m int, between bool) (int, int, bool) {
	p := k
	switch {
	case k < len(s) && s[k] == '-':
		p = k + 1
	case strings.HasPrefix(s[k:], "–"):
		p = k + len("–")
	default:
		w, we := wordAt(s, skipSpaces(s, k))
		if !daySpanWords[strings.ToLower(w)] || sameWord(w, "and") != between {
			return 0, k, false
		}
		p = skipSpaces(s, we)
	}
	m2, e, ok := monthAt(s, p)
	if !ok || m2 <= m {
		return 0, k, false
	}
	if y, ye, ok := yearAfter(s, e); ok {
		return y, ye, true
	}
	return 0, k, false
}
