package data

import "ictdash/data/quantity"

// validDate accepts an ISO date as precise as a text allows: 2024, 2024-06
// or 2024-06-12, and no date that does not exist (2024-02-30). The grammar
// is data/quantity's, the one date grammar of the project.
func validDate(s string) bool {
	_, err := quantity.ParseISO(s)
	return err == nil
}

// validPeriod accepts a date or an ISO 8601 interval of two dates
// ("2024/2028") whose end is not before its start.
func validPeriod(s string) bool {
	_, _, err := quantity.ParsePeriod(s)
	return err == nil
}

// Year returns the first year of an ISO date or interval, or 0. It reads
// the first four digits only: it runs over every figure when views sort
// and group, on data the loader has already checked.
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
