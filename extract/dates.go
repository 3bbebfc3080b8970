package extract

import (
	"fmt"
	"ictdash/data/text"
	"strconv"
	"strings"
	"time"

	"ictdash/data"
)

// validISO accepts what the loader accepts as a date: 2024, 2024-06 or
// 2024-06-12, and only real dates.
func validISO(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}

// publication returns the publication date and how it was found: the
// option when given, else the first date on a dateline (which the cleaner
// removes from the body, so it is read from the removed lines, or from a
// short line near the top that is only a date).
func publication(given string, c *data.Cleaned) (string, string) {
	if given != "" {
		return given, "publication date given to extract (--published)"
	}
	var lines []string
	for _, r := range c.Removed {
		if r.Kind == "dateline" {
			lines = append(lines, r.Text)
		}
	}
	for i, l := range strings.SplitN(c.Text, "\n", 6) {
		if i < 5 && len(l) < 60 {
			lines = append(lines, l)
		}
	}
	for _, l := range lines {
		for _, q := range data.ScanNumbers(l) {
			if q.Kind != "date" {
				continue
			}
			if iso, how, ok := parseDate(q.Text); ok && len(iso) == len("2006-01-02") {
				note := fmt.Sprintf("dateline %q", strings.TrimSpace(l))
				if how != "" {
					note += " read as " + how
				}
				return iso, note
			}
		}
	}
	return "", "no dateline found; the text gives no publication date (pass --published YYYY-MM-DD if it is known)"
}

var (
	numericDateRE = text.LazyRegexp(`^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})$`)
	isoDateRE     = text.LazyRegexp(`^(\d{4})-(\d{2})-(\d{2})$`)
	monthYearRE   = text.LazyRegexp(`^(\d{1,2})/(\d{4})$`)
	wordDateRE    = text.LazyRegexp(`^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$`)
	dayFirstRE    = text.LazyRegexp(`^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?$`)
	monthOnlyRE   = text.LazyRegexp(`^([A-Za-z]+)\.?\s+(\d{4})$`)
)

// parseDate reads a date as the scanner finds it and returns it in ISO form
// (as precise as written; "--MM-DD" style partial dates are returned as
// "MM-DD" with ok false), with how an ambiguous form was read. Numeric
// dates are day first, as Vietnamese outlets write them ("12/06/2024" is
// 12 June), unless the second number cannot be a month.
func parseDate(s string) (iso, how string, ok bool) {
	s = strings.TrimSpace(s)
	if m := isoDateRE().FindStringSubmatch(s); m != nil {
		return checked(atoi(m[1]), atoi(m[2]), atoi(m[3]), "")
	}
	if m := numericDateRE().FindStringSubmatch(s); m != nil {
		a, b, y := atoi(m[1]), atoi(m[3]), atoi(m[4])
		if len(m[4]) == 2 {
			y += 2000
		}
		switch {
		case b > 12 && a <= 12:
			return checked(y, a, b, "month/day, as the second number is above 12")
		case a > 12:
			return checked(y, b, a, "day/month")
		}
		return checked(y, b, a, "day/month, the Vietnamese convention")
	}
	if m := monthYearRE().FindStringSubmatch(s); m != nil {
		if mo := atoi(m[1]); mo >= 1 && mo <= 12 {
			return fmt.Sprintf("%s-%02d", m[2], mo), "", true
		}
	}
	if m := monthOnlyRE().FindStringSubmatch(s); m != nil {
		if mo, found := month(m[1]); found {
			return fmt.Sprintf("%s-%02d", m[2], mo), "", true
		}
	}
	var mon, day, year string
	if m := wordDateRE().FindStringSubmatch(s); m != nil {
		mon, day, year = m[1], m[2], m[3]
	} else if m := dayFirstRE().FindStringSubmatch(s); m != nil {
		mon, day, year = m[2], m[1], m[3]
	}
	mo, found := month(mon)
	if !found {
		return "", "", false
	}
	if year == "" {
		return fmt.Sprintf("%02d-%02d", mo, atoi(day)), "year not stated", false
	}
	return checked(atoi(year), mo, atoi(day), "")
}

// checked formats a date, rejecting impossible ones (31/02).
func checked(y, m, d int, how string) (string, string, bool) {
	iso := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	if _, err := time.Parse("2006-01-02", iso); err != nil || y < 1900 || y > 2100 {
		return "", "", false
	}
	return iso, how, true
}

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

func month(w string) (int, bool) {
	m, ok := months[strings.ToLower(w)]
	return m, ok
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// dateReason is the skip reason for a date in the body: the ISO date it
// gives the event or item it belongs to.
func (x *extractor) dateReason(text string) string {
	iso, how, ok := parseDate(text)
	switch {
	case ok && how != "":
		return fmt.Sprintf("date: %s → %s (read as %s); give the event this date", text, iso, how)
	case ok:
		return fmt.Sprintf("date: %s → %s; give the event this date", text, iso)
	case iso != "" && x.pub != "":
		return fmt.Sprintf("date: %s → %s-%s (year not stated; taken from the publication date %s); give the event this date", text, x.pub[:4], iso, x.pub)
	}
	return fmt.Sprintf("date: %s; give the event this date", text)
}
