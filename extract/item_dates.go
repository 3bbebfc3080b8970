package extract

import (
	"slices"
	"strings"

	"ictdash/data"
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
		if p := nameSpan(it.Name); p != "" {
			it.Date, it.DateNote = p, "the period its name gives"
			continue
		}
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
		if before == "năm" { // "đến năm 2030", "tầm nhìn đến năm 2050": the word before năm decides
			before = strings.ToLower(wordBefore(x.text, at-len(" năm")-1))
			if !horizonWords[before] {
				before = "năm"
			}
		}
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

// sharedPeriod is the period every actual figure linked to an item states
// (not one taken from the publication date), or "". A target's period is
// the deadline of a plan, not when the thing was (the joint venture "set
// up" in the sentence of a revenue aim "by 2030" is not dated 2030).
func sharedPeriod(d *Draft, id string) string {
	p := ""
	for _, f := range d.Figures {
		if !slices.Contains(f.Items, id) || f.Status != data.Actual {
			continue
		}
		if f.Period == "" || f.PeriodBasis != "" || p != "" && f.Period != p {
			return ""
		}
		p = f.Period
	}
	return p
}

// nameSpan is the period a name ends in ("Chương trình chuyển đổi số giai
// đoạn 2021-2025" → 2021/2025, "thời kỳ 2021-2030"), or "".
func nameSpan(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 || !slices.Contains([]string{"giai đoạn", "thời kỳ", "period"}, strings.ToLower(strings.Join(f[max(0, len(f)-3):len(f)-1], " "))) &&
		strings.ToLower(f[len(f)-2]) != "period" {
		return ""
	}
	last := f[len(f)-1]
	a, b, ok := strings.Cut(strings.ReplaceAll(last, "–", "-"), "-")
	if !ok || len(a) != 4 || len(b) != 4 || !isDigits(a) || !isDigits(b) {
		return ""
	}
	return a + "/" + b
}
