package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"

	"ictdash/data"
)

// scannedDate is the period a year, date or period the quantity engine
// scanned gives a figure in its clause, refined by the words around it
// ("the first half of 2024"), or false when it is a comparison base, a
// starting point, an event's date or a decade.
func (x *extractor) scannedDate(m mention, o data.Quantity, lang quantity.Lang) (dated, bool) {
	pw := periodWordsFor(lang)
	if o.Kind == quantity.KindYear && !strings.HasSuffix(o.Text, "s") {
		if d, ok := x.sinceYear(o); ok {
			return d, true
		}
	}
	if datesEvent(x.text, o.Start) || o.Kind != quantity.KindPeriod && (x.compared(o.Start, o.End, pw) || x.baseOfChange(m, o.Start)) {
		return dated{}, false
	}
	switch o.Kind {
	case quantity.KindYear:
		if strings.HasSuffix(o.Text, "s") {
			return dated{}, false
		}
		y := o.Date.Year
		if from, to, s, e, ok := x.yearPart(m, o.Start, o.End, pw); ok {
			return dated{s, e, monthSpan(y, from, to), x.noteFor(s, e, ""), ""}, true
		}
		if x.yearEnd(o) {
			return dated{o.Start, o.End, fmt.Sprintf("%d-12", y), x.noteFor(o.Start, o.End, "the end of the year"), ""}, y != 0
		}
		note := x.noteFor(o.Start, o.End, "")
		if isNameWord(x.text, o.Start, wordBefore(x.text, o.Start)) {
			note = fmt.Sprintf("from the name %q in the same sentence", nameRun(x.text, o))
		}
		return dated{o.Start, o.End, fmt.Sprint(y), note, ""}, y != 0
	case quantity.KindPeriod:
		p, ok := yearRange(o)
		return dated{o.Start, o.End, p, x.noteFor(o.Start, o.End, ""), ""}, ok
	case quantity.KindDate:
		return x.scannedDay(m, o, pw)
	}
	return dated{}, false
}

// scannedDay handles a scanned date: a quarter, a span of months, a day or
// month with or without its year.
func (x *extractor) scannedDay(m mention, o data.Quantity, pw *periodWords) (dated, bool) {
	d := o.Date
	from, to := 0, 0
	if strings.Contains(o.Skip, "span of quarters") && o.Value >= 1 && o.Max > o.Value && o.Max <= 4 {
		// "1~3분기", "quý I-III": the months of the first quarter to the last.
		from, to = int(o.Value)*3-2, int(o.Max)*3
	} else if qw, ok := partIn(strings.ToLower(o.Text), pw.quarters); ok {
		from, to = qw.from, qw.to
	} else if d.Month != 0 && d.Day == 0 && o.Max > o.Value && o.Max <= 12 { // "1~6월"
		from, to = d.Month, int(o.Max)
	}
	s, e, how := o.Start, o.End, ""
	if d.Month == 0 && d.Day != 0 && from == 0 && len(x.pub) >= 10 {
		// "17일": a day of the publication's month (or of the month before,
		// for a day later than the publication's).
		y, mo := atoi(x.pub[:4]), atoi(x.pub[5:7])
		if d.Day > atoi(x.pub[8:10]) {
			if mo--; mo == 0 {
				y, mo = y-1, 12
			}
		}
		d.Year, d.Month, how = y, mo, fmt.Sprintf("month and year not stated; from the publication date %s", x.pub)
	}
	if d.Year == 0 {
		first := max(d.Month, from)
		y, ys, ye, h, ok := x.yearNear(m, o, pw, first)
		if !ok {
			return dated{}, false
		}
		d.Year, s, e, how = y, min(s, ys), max(e, ye), h
	}
	switch {
	case from != 0:
		return dated{s, e, monthSpan(d.Year, from, to), x.noteFor(s, e, how), ""}, true
	case d.Month == 0:
		return dated{s, e, fmt.Sprint(d.Year), x.noteFor(s, e, how), ""}, true
	case d.Day == 0:
		return dated{s, e, fmt.Sprintf("%04d-%02d", d.Year, d.Month), x.noteFor(s, e, how), ""}, true
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	return dated{s, e, iso, x.noteFor(s, e, how), ""}, validISO(iso)
}

// monthSpan writes months from..to of year y as an ISO interval.
func monthSpan(y, from, to int) string {
	if from == 1 && to == 12 {
		return fmt.Sprint(y)
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", y, from, y, to)
}

// yearNear finds the year of a date written without one ("tháng 8",
// "3월", "quý III", "1분기"): a year or relative year right beside it
// ("2024년 1~6월", "quý III năm nay", "지난해 4분기"), else the publication
// year, the one before it when the month is later than the publication's
// and the figure is a stated fact ("reached $5 billion in August" in an
// article of June). It returns the year, the span of the words that gave
// it and how it was read.
func (x *extractor) yearNear(m mention, o data.Quantity, pw *periodWords, month int) (int, int, int, string, bool) {
	for _, g := range m.group {
		if g.Kind != quantity.KindYear || g.Date.Year == 0 {
			continue
		}
		if gap := strings.TrimSpace(x.text[min(g.End, o.Start):o.Start]); g.End <= o.Start && gap == "" ||
			g.Start >= o.End && strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(x.text[o.End:g.Start]), "năm")) == "" {
			return g.Date.Year, min(g.Start, o.Start), max(g.End, o.End), "", true
		}
	}
	for _, r := range x.relativeIn(span{max(m.sent.start, o.Start-20), min(m.sent.end, o.End+20)}, pw) {
		if r.w.unit != "years" || (r.end < o.Start-1 || r.start > o.End+1) && strings.TrimSpace(x.text[min(o.End, r.start):r.start]) != "" {
			continue
		}
		if y := x.shift("years", r.w.n); y != "" {
			return atoi(y), min(r.start, o.Start), max(r.end, o.End), fmt.Sprintf("%q from the publication date %s", x.text[r.start:r.end], x.pub), true
		}
	}
	if len(x.pub) < 4 {
		return 0, 0, 0, "", false
	}
	y := atoi(x.pub[:4])
	how := fmt.Sprintf("year not stated; the publication year %d", y)
	if len(x.pub) >= 7 && month > atoi(x.pub[5:7]) {
		if st, _ := guessStatus(x.text, m.sent, m.q); st == data.Actual || st == data.Estimate {
			y--
			how = fmt.Sprintf("year not stated; the last such month before the publication date %s", x.pub)
		}
	}
	return y, o.Start, o.End, how, true
}

// yearPart finds a part of the year written beside a year (or relative
// year) at [s, e): "the first half of 2024", "the first six months of",
// "6 tháng đầu năm 2024", "2024년 상반기". It returns the months and the
// span of the words.
func (x *extractor) yearPart(m mention, s, e int, pw *periodWords) (int, int, int, int, bool) {
	before := strings.ToLower(x.text[max(m.sent.start, s-30):s])
	for _, p := range pw.partBefore {
		if k := strings.LastIndex(before, p.s); k >= 0 && strings.TrimSpace(before[k+len(p.s):]) == "" &&
			(k == 0 || !isWordByte(before, k, true)) {
			return p.from, p.to, s - len(before) + k, e, true
		}
	}
	after := x.text[e:min(m.sent.end, e+20)]
	for _, p := range pw.partAfter {
		if strings.HasPrefix(strings.TrimLeft(after, " "), p.s) {
			return p.from, p.to, s, e + strings.Index(after, p.s) + len(p.s), true
		}
	}
	for _, g := range m.group { // "the first nine months of 2023", "6 tháng đầu năm 2024"
		if g.Unit != quantity.Months || g.End > s || g.Value < 1 || g.Value > 11 || g.Value != float64(int(g.Value)) {
			continue
		}
		gap, n := strings.ToLower(x.text[g.End:s]), int(g.Value)
		for _, w := range pw.firstMonths {
			if gap == w {
				return 1, n, g.Start, e, true
			}
		}
		for _, w := range pw.lastMonths {
			if gap == w {
				return 13 - n, 12, g.Start, e, true
			}
		}
	}
	return 0, 0, 0, 0, false
}

// partIn returns the part of the year phrase s names, longest first as
// listed.
func partIn(s string, parts []partWord) (partWord, bool) {
	for _, p := range parts {
		if k := indexWord(s, p.s); k >= 0 {
			return p, true
		}
	}
	return partWord{}, false
}

// compared reports whether the date at [s, e) is a comparison base or a
// starting point: "from 2023", "so với năm ngoái", "지난해 대비".
func (x *extractor) compared(s, e int, pw *periodWords) bool {
	before := strings.ToLower(strings.TrimRight(x.text[max(0, s-30):s], " "))
	for _, w := range pw.compareBefore {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isWordByte(before, len(before)-len(w), true)) {
			return true
		}
	}
	after := x.text[e:min(len(x.text), e+30)]
	for _, w := range pw.compareAfter {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// sinceYear dates a stock counted since a year: "has invested more than
// $7 billion since 2013", "2013년 이후", "từ năm 2013 đến nay" is the
// interval from that year to the publication year.
func (x *extractor) sinceYear(o data.Quantity) (dated, bool) {
	if len(x.pub) < 4 || o.Date.Year == 0 {
		return dated{}, false
	}
	before := strings.ToLower(strings.TrimRight(x.text[max(0, o.Start-12):o.Start], " "))
	after := x.text[o.End:min(len(x.text), o.End+24)]
	since := strings.HasSuffix(before, "since") || strings.HasPrefix(after, " 이후") || strings.HasPrefix(after, " 이래") ||
		strings.HasPrefix(after, "년 이후") || strings.HasPrefix(after, "년 이래") || koSinceClause(x.text[o.End:min(len(x.text), o.End+60)]) ||
		strings.HasSuffix(before, "từ năm") && strings.HasPrefix(strings.TrimLeft(after, " ,"), "đến nay")
	if !since || fmt.Sprint(o.Date.Year) >= x.pub[:4] {
		return dated{}, false
	}
	return dated{o.Start, o.End, fmt.Sprintf("%d/%s", o.Date.Year, x.pub[:4]),
		fmt.Sprintf("%q: from %d to the publication year", strings.TrimSpace(x.text[max(0, o.Start-6):o.End]), o.Date.Year), ""}, true
}

// koSinceClause: "1995년 베트남에 진출한 이후" — the year's own clause, a
// verb in -ㄴ and then 이후/이래 (since it entered Viet Nam in 1995),
// before any comma.
func koSinceClause(after string) bool {
	for _, w := range []string{"한 이후", "한 이래", "된 이후", "된 이래", "은 이후", "은 이래"} {
		if k := strings.Index(after, w); k > 0 && !strings.ContainsAny(after[:k], ",.") {
			return true
		}
	}
	return false
}

// yearEnd: "as of end-2023", "at the end of 2023", "cuối năm 2023",
// "2023년 말": the year's last month.
func (x *extractor) yearEnd(o data.Quantity) bool {
	before := strings.ToLower(x.text[max(0, o.Start-20):o.Start])
	after := x.text[o.End:min(len(x.text), o.End+8)]
	if strings.Contains(before, "by the end") || strings.Contains(before, "đến cuối") {
		return false // a deadline: its year (see the target rules)
	}
	return strings.HasSuffix(before, "end-") || strings.HasSuffix(before, "end of ") || strings.HasSuffix(before, "cuối năm ") ||
		strings.HasPrefix(after, "년 말") || strings.HasPrefix(after, "년말") || strings.HasPrefix(after, " 말")
}

// baseOfChange: the year of the number a change is measured from, "up
// from 1,450 in 2020": not the period of the figure the sentence is about.
func (x *extractor) baseOfChange(m mention, at int) bool {
	from := max(0, at-40)
	before := strings.ToLower(x.text[from:at])
	k := strings.LastIndex(before, "from ")
	if k < 0 || !strings.HasSuffix(strings.TrimRight(before, " "), " in") || m.q.Start >= from+k && m.q.Start < at {
		return false // the year of the base number itself, when that is the figure
	}
	mid := strings.TrimSuffix(strings.TrimRight(before[k+5:], " "), " in")
	return mid != "" && strings.IndexFunc(mid, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 && !strings.Contains(mid, ",  ")
}
