package data

import (
	"strings"
	"time"
)

// validDate accepts an ISO date as precise as a text allows: 2024, 2024-06
// or 2024-06-12. time.Parse rejects impossible dates such as 2024-02-30.
func validDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}

// validPeriod accepts a date or an ISO 8601 interval of two dates
// ("2024/2028") whose end is not before its start.
func validPeriod(s string) bool {
	from, to, isRange := strings.Cut(s, "/")
	if !isRange {
		return validDate(s)
	}
	return validDate(from) && validDate(to) && from[:4] <= to[:4]
}

// Year returns the first year of an ISO date or interval, or 0.
func Year(period string) int {
	if len(period) < 4 {
		return 0
	}
	y := 0
	for _, r := range period[:4] {
		if r < '0' || r > '9' {
			return 0
		}
		y = y*10 + int(r-'0')
	}
	return y
}
