package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"
)

// A figure's period is what its clause says, at the precision the text
// gives: "put into operation in March 2015" is 2015-03, "in the first half
// of 2024" 2024-01/2024-06, "giai đoạn 2021-2025" 2021/2025, "올해 상반기"
// the first half of the publication year. A clause without a date borrows
// the date of the sentence it continues ("Of this, …", "Trong đó, …",
// "이 중 …"). Only when the text gives nothing is the figure dated by its
// publication, and then as an as-of ("as reported 2024-06-12"), with the
// basis "publication", never as a silent publication year.

// dated is a date or period the text gives near a figure.
type dated struct {
	start, end int // the words that give it, in the clean text
	period     string
	note       string
	basis      string // "publication" for "now", "hiện nay", "현재"
}

// period dates a figure: the nearest date in its clause; else a date of the
// sentence it continues; else a time horizon in its clause; else the
// publication date as an as-of. It returns the period, where it came from
// and the basis ("publication" when it is only the publication date).
func (x *extractor) period(m mention) (string, string, string) {
	lang := sentenceLang(x.text, m.sent)
	cl := statusClause(x.text, m.sent, m.q)
	if lang == quantity.KO {
		cl = koClause(x.text, cl, m.q)
	}
	// The number's own comma segment first: in "will launch a programme
	// next year, training 500 engineers a year over 2025-2027" the span is
	// the engineers', "next year" the launch's.
	cands := x.periodCandidates(m, cl, lang)
	if lang != quantity.KO {
		seg := statusSegment(x.text, cl, m.q)
		var own []dated
		for _, d := range cands {
			if d.start >= seg.start && d.end <= seg.end {
				own = append(own, d)
			}
		}
		if len(own) > 0 {
			cands = own
		}
	}
	if d, ok := ownDateAfter(x.text, cands, m.q.End); ok {
		// "25% GRDP vào năm 2025 và khoảng 40% vào năm 2030", "20% in 2025
		// and 30% in 2030": each figure's own date follows it; the nearer
		// one before belongs to the figure before.
		cands = []dated{d}
	}
	if d, ok := nearest(cands, m.q.Start, m.q.End); ok {
		if w, ok := x.deadlineSpan(m, cl, d, lang); ok {
			d = w
		}
		return d.period, d.note, d.basis
	}
	if d, ok := x.continuedClause(m, cl, lang); ok {
		return d.period, d.note, d.basis
	}
	if d, ok := x.earlierInSentence(m, cl, lang); ok {
		return d.period, d.note, d.basis
	}
	if d, ok := x.continued(m, lang); ok {
		return d.period, d.note, ""
	}
	for _, o := range m.group {
		if o.Relative && o.Start >= cl.start && o.End <= cl.end && !strings.HasSuffix(strings.ToLower(o.Text), "ago") {
			if p, n := x.horizon(o); p != "" {
				return p, n, ""
			}
		}
	}
	if x.pub != "" {
		return x.pub, fmt.Sprintf("as reported %s; the text gives no period", x.pub), "publication"
	}
	return "", "the text gives no period and no publication date", ""
}

// ownDateAfter returns the date that follows the number at end with only a
// preposition between ("40% vào năm 2030", "30% in 2030", "30% by 2030"),
// when a conjunction or comma opens the number's part of the clause (the
// date before it belongs to another figure).
func ownDateAfter(t string, cands []dated, end int) (dated, bool) {
	for _, d := range cands {
		if d.start < end {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(t[end:d.start]))
		if !dateLinkWords[gap] {
			continue
		}
		for _, o := range cands {
			if o.end <= end {
				between := strings.ToLower(t[o.end:end])
				if strings.Contains(between, " và ") || strings.Contains(between, " and ") || strings.Contains(between, ",") {
					return d, true
				}
			}
		}
	}
	return dated{}, false
}

// dateLinkWords join a number to its own date after it.
var dateLinkWords = setOf("vào", "vào năm", "năm", "đến", "đến năm", "trong năm", "in", "by")

// nearest returns the date closest to [start, end); of two as close, the
// one given by more words ("quý III năm nay" over "năm nay").
func nearest(ds []dated, start, end int) (dated, bool) {
	best, dist := dated{}, -1
	for _, d := range ds {
		k := d.start - end
		if d.end <= start {
			k = start - d.end
		}
		if dist < 0 || k < dist || k == dist && d.end-d.start > best.end-best.start {
			best, dist = d, k
		}
	}
	return best, dist >= 0
}

// periodCandidates lists the dates the clause cl gives: the years, dates and
// periods the quantity engine scanned, and the relative words ("last
// year", "năm nay", "지난해") and month names ("as of August") it does not.
func (x *extractor) periodCandidates(m mention, cl span, lang quantity.Lang) []dated {
	var out []dated
	for _, o := range m.group {
		if o.Start < cl.start || o.End > cl.end || o.Start == m.q.Start {
			continue
		}
		if d, ok := x.scannedDate(m, o, lang); ok {
			out = append(out, d)
		}
	}
	out = append(out, x.relativeWords(m, cl, lang)...)
	out = append(out, x.nowWords(cl, lang)...)
	if lang == quantity.EN {
		out = append(out, x.monthWords(m, cl)...)
	}
	out = append(out, x.bareHalves(cl)...)
	return out
}

// bareHalves dates "in the first half" with no year, as news writes it of
// the publication year ("exported $31.7 billion worth of goods in the
// first half", "상반기 수출"): its first or second six months.
func (x *extractor) bareHalves(cl span) []dated {
	if len(x.pub) < 4 {
		return nil
	}
	var out []dated
	t := x.text[cl.start:cl.end]
	low := strings.ToLower(t)
	for _, h := range []struct {
		w        string
		from, to int
	}{{"the first half", 1, 6}, {"the second half", 7, 12}, {"상반기", 1, 6}, {"하반기", 7, 12}} {
		k := strings.Index(low, h.w)
		if k < 0 {
			continue
		}
		rest, before := low[k+len(h.w):], low[:k]
		// "the first half of 2024", "2024년 상반기", "올해 상반기": another
		// rule reads those with their year.
		if strings.HasPrefix(rest, " of") || strings.HasSuffix(strings.TrimRight(before, " "), "년") ||
			strings.HasSuffix(strings.TrimRight(before, " "), "해") || strings.HasSuffix(strings.TrimRight(before, " "), "올") {
			continue
		}
		s := cl.start + k
		out = append(out, dated{s, s + len(h.w), monthSpan(atoi(x.pub[:4]), h.from, h.to),
			fmt.Sprintf("%q with no year in an article of %s: that year's", t[k:k+len(h.w)], x.pub), ""})
	}
	return out
}

// continued dates a sentence that continues the one before it in its
// paragraph ("Of this, $2 billion came from …") by that sentence's last
// date.
func (x *extractor) continued(m mention, lang quantity.Lang) (dated, bool) {
	low := strings.ToLower(x.text[m.sent.start:min(m.sent.end, m.sent.start+40)])
	ok := false
	for _, w := range continuations {
		if strings.HasPrefix(low, w) {
			ok = true
		}
	}
	p, found := x.prevSentence(m.sent)
	if !ok || !found || strings.Contains(x.text[p.end:m.sent.start], "\n") {
		return dated{}, false
	}
	pm := mention{sent: p, q: m.q}
	for _, o := range quantity.Scan(x.text[p.start:p.end], x.lang) {
		o.Start, o.End = o.Start+p.start, o.End+p.start
		pm.group = append(pm.group, o)
	}
	ds := x.periodCandidates(pm, p, lang)
	if len(ds) == 0 {
		return dated{}, false
	}
	d := ds[0]
	for _, e := range ds {
		if e.end > d.end {
			d = e
		}
	}
	d.note = "from the sentence it continues: " + d.note
	return d, true
}

// continuedClause dates a clause that continues the one before it in its
// sentence ("…, trong đó Hàn Quốc chiếm 5 dự án", "…넘어섰으며, 이 가운데
// 베트남 비중은 10% 미만이다") by the nearest date before it.
func (x *extractor) continuedClause(m mention, cl span, lang quantity.Lang) (dated, bool) {
	if cl.start <= m.sent.start {
		return dated{}, false
	}
	before := strings.ToLower(x.text[max(m.sent.start, cl.start-16):min(cl.end, cl.start+16)])
	ok := false
	for _, w := range clauseContinuations {
		ok = ok || strings.Contains(before, w)
	}
	if !ok {
		return dated{}, false
	}
	ds := x.periodCandidates(m, span{m.sent.start, cl.start}, lang)
	if len(ds) == 0 {
		return dated{}, false
	}
	d, _ := nearest(ds, cl.start, cl.start)
	d.note = "from the clause it continues: " + d.note
	return d, true
}

// earlierInSentence dates a clause that gives no date by the nearest date
// earlier in its sentence: news states the time once ("LG Innotek posted
// sales of 19.58 trillion won last year, with its optical division …
// accounting for 83 percent"; "In 2023, exports reached $5bn, while
// imports …"). Not across a contrast ("but", "nhưng", "반면"), which
// sets the clause apart, and not when the clause states its own time.
func (x *extractor) earlierInSentence(m mention, cl span, lang quantity.Lang) (dated, bool) {
	if cl.start <= m.sent.start {
		return dated{}, false
	}
	gap := strings.ToLower(x.text[max(m.sent.start, cl.start-12):min(cl.end, cl.start+12)])
	for _, w := range contrasts {
		if strings.Contains(gap, w) {
			return dated{}, false
		}
	}
	ds := x.periodCandidates(m, span{m.sent.start, cl.start}, lang)
	if len(ds) == 0 {
		return dated{}, false
	}
	d, _ := nearest(ds, cl.start, cl.start)
	if !x.sameTense(m, d) {
		return dated{}, false // "invested $1bn in 2020, and will invest $2bn more"
	}
	d.note = "from earlier in the sentence: " + d.note
	return d, true
}

// sameTense: a date borrowed from another clause must suit this figure's
// status — a past date does not date a plan, a future one not a result.
func (x *extractor) sameTense(m mention, d dated) bool {
	if len(x.pub) < 4 || len(d.period) < 4 {
		return true
	}
	status, _ := guessStatus(x.text, m.sent, m.q)
	year, pub := d.period[:4], x.pub[:4]
	if status == "actual" {
		return year <= pub
	}
	last := d.period[strings.LastIndex(d.period, "/")+1:]
	return len(last) < 4 || last[:4] >= pub
}

// contrasts open a clause set against the one before, whose time may differ.
var contrasts = []string{" but ", " yet ", " whereas ", " however", " nhưng ", " song ", " tuy nhiên", " còn ",
	"반면", "지만", "그러나", "하지만"}

// clauseContinuations open a clause that is part of the one before.
var clauseContinuations = []string{"trong đó", "of which", "of whom", "이 가운데", "이 중", "그중"}

// nowWords are "currently", "hiện nay", "현재": the text dates the figure
// by the time of writing, the publication date.
func (x *extractor) nowWords(cl span, lang quantity.Lang) []dated {
	if x.pub == "" {
		return nil
	}
	words := map[quantity.Lang][]string{quantity.EN: {"currently", "now", "at present"},
		quantity.VI: {"hiện nay", "hiện tại", "hiện có", "hiện đang"}, quantity.KO: {"현재"}}[lang]
	low := strings.ToLower(x.text[cl.start:cl.end])
	var out []dated
	for _, w := range words {
		if k := indexWord(low, w); k >= 0 {
			s := cl.start + k
			out = append(out, dated{s, s + len(w), x.pub, fmt.Sprintf("%q: as reported %s", w, x.pub), "publication"})
			break
		}
	}
	return out
}

// continuations open a sentence that continues the one before.
var continuations = []string{"of this", "of these", "of which", "of the total", "of that", "among them",
	"it ", "this ", "the figure", "the amount", "the total", "trong đó", "con số này", "trong số này",
	"trong số đó", "số vốn này", "riêng", "이 중", "이 가운데", "그중", "이는", "이 금액"}

// prevSentence is the sentence before s.
func (x *extractor) prevSentence(s span) (span, bool) {
	for i, t := range x.sents {
		if t.start >= s.start {
			if i == 0 {
				return span{}, false
			}
			return x.sents[i-1], true
		}
	}
	return span{}, false
}

// noteFor is the period note for a date given by text[start:end].
func (x *extractor) noteFor(start, end int, how string) string {
	n := fmt.Sprintf("%q in the same clause", phrase(wordBefore(x.text, start), x.text[start:end]))
	if how != "" {
		n += " (" + how + ")"
	}
	return n
}
