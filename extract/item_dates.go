package extract

import (
	"slices"
	"strings"

	"ictdash/data/quantity"
)

// dateItems dates each drafted item: by a date its naming sentence gives
// at an event's words ("opened in March 2015", "on June 12", "vào năm
// 2020", "2024년"), not a horizon ("by 2030", "đến năm 2030", "2030년까지");
// else by the period its figures share; else it is left undated for the
// analyst (the publication date is not the item's date).
func (x *extractor) dateItems(d *Draft) {
	for i := range d.Items {
		it := &d.Items[i]
		if s, ok := x.sentenceOf(it.Quote); ok {
			if date := x.eventDate(s); date != "" {
				it.Date, it.DateNote = date, "from the sentence that names it"
				continue
			}
		}
		if p := sharedPeriod(d, it.ID); p != "" {
			it.Date, it.DateNote = p, "the period of the figures linked to it"
		}
	}
}

// eventDate is the first date in the sentence said as when something
// happened, ISO at the precision written, or "".
func (x *extractor) eventDate(s span) string {
	for _, q := range quantity.Scan(x.text[s.start:s.end], x.lang) {
		if q.Kind != quantity.KindDate && q.Kind != quantity.KindYear || q.Date.Year == 0 || !q.Date.Valid() {
			continue
		}
		at := s.start + q.Start
		before := strings.ToLower(wordBefore(x.text, at))
		after := x.text[s.start+q.End : min(s.end, s.start+q.End+12)]
		if horizonWords[before] || strings.HasPrefix(after, "까지") || strings.HasPrefix(strings.TrimSpace(after), "까지") {
			continue
		}
		if q.Kind == quantity.KindYear && !eventYearWords[before] && !strings.Contains(q.Text, "년") {
			continue
		}
		return q.Date.String()
	}
	return ""
}

// horizonWords before a date make it a deadline, not an event's date.
var horizonWords = setOf("by", "until", "till", "through", "before", "đến", "tới", "trước")

// eventYearWords before a bare year make it the year something happened.
var eventYearWords = setOf("in", "since", "năm", "vào", "from")

// sharedPeriod is the period every figure linked to an item states (not
// one taken from the publication date), or "".
func sharedPeriod(d *Draft, id string) string {
	p := ""
	for _, f := range d.Figures {
		if !slices.Contains(f.Items, id) {
			continue
		}
		if f.Period == "" || f.PeriodBasis != "" || p != "" && f.Period != p {
			return ""
		}
		p = f.Period
	}
	return p
}
