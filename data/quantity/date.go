package quantity

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Date is a calendar date at the precision a text gives: a year, a month
// of a year, a day; or a month and day without a year ("6월 12일",
// "12 June"), or a month alone ("tháng 6"). Zero fields are not given.
type Date struct {
	Year, Month, Day int
}

// String returns the date in ISO 8601 at its precision: "2024",
// "2024-06", "2024-06-12"; without a year "--06-12" or "--06"; a day
// alone "---12".
func (d Date) String() string {
	switch {
	case d.Year != 0 && d.Month != 0 && d.Day != 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Year != 0 && d.Month != 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Year != 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Month != 0 && d.Day != 0:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	case d.Month != 0:
		return fmt.Sprintf("--%02d", d.Month)
	case d.Day != 0:
		return fmt.Sprintf("---%02d", d.Day)
	}
	return ""
}

// IsZero reports whether no part of the date is given.
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether the parts given make a real date: month 1–12, a
// day that the month has (29 February only in a leap year, when the year
// is given), a year 1000–2999, and no day without a month unless alone.
func (d Date) Valid() bool {
	switch {
	case d.IsZero():
		return false
	case d.Year != 0 && (d.Year < 1000 || d.Year > 2999):
		return false
	case d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31:
		return false
	case d.Year != 0 && d.Month == 0 && d.Day != 0:
		return false
	case d.Month == 0 || d.Day == 0:
		return true
	}
	y := d.Year
	if y == 0 {
		y = 2000 // a leap year: "29 February" without a year may be real
	}
	return time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Day() == d.Day
}

// ParseISO reads an ISO 8601 date at any precision Date.String writes
// with a year ("2024", "2024-06", "2024-06-12") and rejects dates that do
// not exist (2024-02-30).
func ParseISO(s string) (Date, error) {
	var d Date
	ok := false
	switch len(s) {
	case 4:
		d.Year, ok = atoiN(s, 4)
	case 7:
		d.Year, ok = atoiN(s[:4], 4)
		m, ok2 := atoiN(s[5:], 2)
		d.Month, ok = m, ok && ok2 && s[4] == '-'
	case 10:
		d.Year, ok = atoiN(s[:4], 4)
		m, ok2 := atoiN(s[5:7], 2)
		day, ok3 := atoiN(s[8:], 2)
		d.Month, d.Day, ok = m, day, ok && ok2 && ok3 && s[4] == '-' && s[7] == '-'
	}
	if !ok || !d.Valid() || d.Month == 0 && len(s) > 4 || d.Day == 0 && len(s) > 7 {
		return Date{}, fmt.Errorf("quantity: %q is not an ISO date (2024, 2024-06 or 2024-06-12)", s)
	}
	return d, nil
}

// ParsePeriod reads an ISO date or an interval of two ("2024/2028",
// "2024-06/2025-01") whose end is not before its start.
func ParsePeriod(s string) (from, to Date, err error) {
	a, b, isRange := strings.Cut(s, "/")
	if from, err = ParseISO(a); err != nil || !isRange {
		return from, from, err
	}
	if to, err = ParseISO(b); err != nil {
		return from, to, err
	}
	// Compared at the precision both give: 2024-12/2024-08 ends before it
	// starts, 2024/2024-06 does not.
	fa, fb := from.String(), to.String()
	if n := min(len(fa), len(fb)); fb[:n] < fa[:n] {
		return from, to, fmt.Errorf("quantity: period %q ends before it starts", s)
	}
	return from, to, nil
}

// ParseDate reads a whole date as written, in any form Scan finds
// ("12 June 2024", "June 12, 2024", "12/06/2024", "ngày 12 tháng 6 năm
// 2024", "2024년 6월 12일"), by lang's conventions (numeric dates are day
// first). The returned string, when not empty, says why the reading may be
// wrong ("day and month may be either way round").
func ParseDate(s string, lang Lang) (Date, string, error) {
	t := strings.TrimSpace(s)
	sc := scanner{s: t, lang: lang}
	q, ok := sc.date(0)
	if !ok || q.End != len(t) || (q.Kind != KindDate && q.Kind != KindYear) {
		return Date{}, "", fmt.Errorf("quantity: %q is not a date", s)
	}
	return q.Date, q.Ambiguous, nil
}

// monthNames are the English month names, January first.
var monthNames = [12]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// months maps English month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// LookupMonth returns the month an English month name or abbreviation
// names, ignoring case and a trailing dot: "June", "jun", "Sept.".
func LookupMonth(name string) (time.Month, bool) {
	m, ok := lookup(months, strings.TrimSuffix(name, "."))
	return time.Month(m), ok
}

// MonthWords returns every English month name and abbreviation LookupMonth
// reads, in lower case, longest first (for building patterns).
func MonthWords() []string {
	words := make([]string, 0, len(months))
	for w := range months {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return words
}

// MonthName returns the English name of month m (1–12), or "".
func MonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return monthNames[m-1]
}

// atoiN reads exactly n ASCII digits (n ≤ 9).
func atoiN(s string, n int) (int, bool) {
	if len(s) != n || n == 0 || n > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// atoi reads a short run of ASCII digits; -1 if it is not one.
func atoi(s string) int {
	v, ok := atoiN(s, len(s))
	if !ok {
		return -1
	}
	return v
}
