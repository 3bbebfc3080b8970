package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strconv"
	"strings"

	"ictdash/data"
)

// validISO accepts what the loader accepts as a date: 2024, 2024-06 or
// 2024-06-12, and only real dates (the one date grammar, data/quantity).
func validISO(s string) bool {
	_, err := quantity.ParseISO(s)
	return err == nil
}

// publication returns the publication date and how it was found: the
// option when given, else the article's own metadata (a saved page's
// article:published_time or JSON-LD, a "Date:" header line), else the
// first date on a dateline (which the cleaner removes from the body, so it
// is read from the removed lines, or from a short line near the top that
// is only a date).
func publication(given string, c *data.Cleaned, in *input) (string, string) {
	if given != "" {
		return given, "publication date given to extract (--published)"
	}
	if in != nil && in.Published != "" {
		if iso, how, ok := metaDate(in.Published); ok {
			note := "from " + in.PublishedFrom
			if how != "" {
				note += ", read as " + how
			}
			return iso, note
		}
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
			if q.Kind != quantity.KindDate {
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

// metaDate reads a date from metadata: an ISO timestamp
// ("2019-07-12T10:00:00+07:00", the date as the page gives it in its own
// zone), else the first date the scanner finds in the value ("12/07/2019",
// "July 2019", "2024.11.23 10:12", "2024년 11월 23일"), at the precision
// written; ok is false when the value holds no date with a year.
func metaDate(v string) (iso, how string, ok bool) {
	v = strings.TrimSpace(v)
	if d, err := quantity.ParseISO(v); err == nil {
		return d.String(), "", true // 2019, 2019-07, 2019-07-12
	}
	if len(v) >= 10 {
		if d, err := quantity.ParseISO(v[:10]); err == nil && (len(v) == 10 || v[10] == 'T' || v[10] == ' ') {
			return d.String(), "", true
		}
	}
	for _, q := range quantity.Scan(v, quantity.Unknown) {
		if q.Kind == quantity.KindDate {
			if iso, how, ok := parseDate(q.Text); ok {
				return iso, how, true
			}
		}
	}
	return "", "", false
}

// parseDate reads a date as the scanner finds it and returns it in ISO form
// (as precise as written; a date without a year is returned as "MM-DD"
// with ok false), with how an ambiguous form was read. Numeric dates are
// day first, as Vietnamese outlets write them ("12/06/2024" is 12 June),
// unless the second number cannot be a month. The grammar is
// data/quantity's.
func parseDate(s string) (iso, how string, ok bool) {
	d, how, err := quantity.ParseDate(strings.TrimSpace(s), quantity.Unknown)
	switch {
	case err != nil:
		return "", "", false
	case d.Year == 0 && d.Month != 0 && d.Day != 0:
		return fmt.Sprintf("%02d-%02d", d.Month, d.Day), "year not stated", false
	case d.Year == 0:
		return "", "", false
	}
	return d.String(), how, true
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
// dateReasonOf is dateReason for a scanned date, which also resolves what
// Korean and Vietnamese news write without month or year: "23일" is the
// 23rd of the month of publication (of the month before, when that day
// is still to come), "11월" is November of the year of publication.
func (x *extractor) dateReasonOf(q data.Quantity) string {
	d := q.Date
	if x.pub == "" || d.Year != 0 || len(x.pub) < 10 {
		return x.dateReason(q.Text)
	}
	pub, err := quantity.ParseISO(x.pub)
	if err != nil {
		return x.dateReason(q.Text)
	}
	switch {
	case d.Month == 0 && d.Day != 0:
		y, m := pub.Year, pub.Month
		if d.Day > pub.Day {
			if m--; m == 0 {
				y, m = y-1, 12
			}
		}
		return fmt.Sprintf("date: %s → %04d-%02d-%02d (month and year not stated; from the publication date %s); give the event this date", q.Text, y, m, d.Day, x.pub)
	case d.Month != 0 && d.Day == 0:
		return fmt.Sprintf("date: %s → %04d-%02d (year not stated; from the publication date %s); give the event this date", q.Text, pub.Year, d.Month, x.pub)
	}
	return x.dateReason(q.Text)
}

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
