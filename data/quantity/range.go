package quantity

import (
	"fmt"
	"strings"
)

// Ranges keep both bounds: "20-30%", "US$20-30 million", "$1.5-2 billion",
// "600 to 1,000", "between 5 and 10 per cent", "from 20 to 30 per cent",
// "từ 20 đến 30%", "20~30%", "20-30억 원". A unit or scale written once,
// after the second number, applies to the first too.

// rangeDashes join a range's numbers ("20-30%", "20~30%").
var rangeDashes = []string{"-", "–", "~", "∼", "〜"}

// connector reads what joins a range's numbers at e, and where the second
// number may start. dash says it is a symbol, which wants digits on both
// sides.
func (r *reading) connector(e int) (end int, dash bool, ok bool) {
	s := r.sc.s
	k := skipSpaces(s, e)
	if k >= len(s) {
		return e, false, false
	}
	for _, d := range rangeDashes {
		if c := s[k]; c != '-' && c != '~' && c != 0xE2 && c != 0xE3 {
			break
		}
		if strings.HasPrefix(s[k:], d) {
			p := skipSpaces(s, k+len(d))
			if (p > k+len(d)) != (k > e) {
				return e, false, false // "5 -3" is no range
			}
			return p, true, true
		}
	}
	if k == e {
		return e, false, false
	}
	_, we, en := r.sc.entryAt(k)
	if en == nil || en.fn < fnTo || en.fn > fnDen {
		return e, false, false
	}
	p := skipSpaces(s, we)
	if p == we {
		return e, false, false
	}
	switch {
	case en.fn == fnTo && r.opener != "between",
		en.fn == fnAnd && r.opener == "between",
		en.fn == fnDen && r.sc.lang != EN:
		return p, false, true
	}
	return e, false, false
}

// rangeTail reads a range's second number and what it shares with the
// first; it leaves r as it was when there is none.
func (r *reading) rangeTail() {
	sc, s := r.sc, r.sc.s
	if r.n.koWords || r.negative || r.viDaySpan() {
		return
	}
	e := r.n.end
	first, firstEnd, hasFirst := r.unitAt(e, r.n.mul > 1, r.cur.unit != "")
	if hasFirst && first.unit != None {
		e = firstEnd
	} else {
		hasFirst = false
	}
	firstUnit := first.unit
	if r.n.words.fold {
		hasFirst, firstUnit = true, Multiplier // "sixfold"
	}
	p, dash, ok := r.connector(e)
	koFrom := false
	for _, from := range []string{"에서", "부터"} {
		if !ok && hasFirst && strings.HasPrefix(s[e:], from) && skipSpaces(s, e+len(from)) > e+len(from) {
			// "3천억 원에서 5천억 원 사이", "1천만 원부터 5천만 원까지"
			p, ok, koFrom = skipSpaces(s, e+len(from)), true, true
		}
	}
	if !ok || (dash && !r.n.digits) {
		return
	}
	cur2, p2 := sc.currencyPrefix(p)
	if cur2.unit != "" && cur2.unit != r.cur.unit {
		return
	}
	if dash && (p2 >= len(s) || !isDigit(s[p2])) {
		return
	}
	hi, ok := sc.numeral(p2, r.cur.unit != "")
	if !ok || hi.version || hi.ordinal || hi.tail != "" || hi.slash != 0 || hi.signed {
		return
	}
	if dash && hi.end < len(s) && strings.ContainsRune("-–.", rune(s[hi.end])) && hi.end+1 < len(s) && isDigit(s[hi.end+1]) {
		return // "090-123-4567"
	}
	if hasFirst {
		// A unit written after the first number must be written after the
		// second too: "20% to 30%", but "rose 20% to 5,000" and "sixfold to
		// 37,000" are a change and the level it reached, not a range.
		second, _, ok := sc.unitAt(hi.end, hi.mul > 1, r.cur.unit != "")
		if (!ok || second.unit != firstUnit) && !(r.n.words.fold && hi.words.fold) {
			return
		}
	}
	if koFrom && !r.koBetween(hi.end) {
		return
	}
	if dash && r.koDateSpan(hi) || r.daySpan(hi) { // "12-15 June", "12 to 15 June"
		return
	}
	if dash && r.splitOrScore(hi) {
		return
	}
	if r.yearThenLevel(hi) {
		return
	}
	if !r.shareScale(&hi) {
		return
	}
	if r.changeFromTo() || !dash && r.changeByTo(hi, hasFirst) {
		return
	}
	r.hi, r.ranged, r.end, r.koFrom = hi, true, hi.end, koFrom
	r.changeVerb()
}

// changeByTo: "the staff rose by 1,200 to 12,500", "inflation rose 0.3% to
// 2.1%": after a change verb (and "by"), "A to B" is most often the change
// and the level it reached, not a range. A level far above the change
// (six times or more) cannot be a range's upper bound in reporting, and
// is read apart; closer bounds ("prices rose by 5% to 10%") stay a range,
// flagged, as either is possible. A unit written only once, after the
// second number ("costs were cut by 10 to 15 percent"), is shared: a
// range. True when the numbers are read apart.
func (r *reading) changeByTo(hi num, hasFirst bool) bool {
	if r.opener != "" || r.sc.lang != EN {
		return false
	}
	if u, _, ok := r.sc.unitAt(hi.end, hi.mul > 1, r.cur.unit != ""); !hasFirst && r.cur.unit == "" && ok && u.unit != None {
		return false
	}
	w, k := wordBefore(r.sc.s, r.start)
	by := sameWord(w, "by")
	if by {
		w, _ = wordBefore(r.sc.s, k)
	}
	if _, ok := lookup(changeVerbs, w); !ok || w == "" {
		return false
	}
	if hi.val >= 6*r.n.val {
		return true
	}
	r.addAmb(fmt.Sprintf("after %q, the second number may be the level reached rather than a range's upper bound", w))
	return false
}

// changeFromTo: "raise its local staff from 2,200 to 3,000", "nâng tỷ
// trọng từ 18% lên 30%": a change verb a few words before "from A to B"
// makes A the level it starts from and B the level it reaches, not a
// range. Only when the verb is not just before "from", which changeVerb
// flags instead ("rose from 5 to 10 per cent" may be either).
func (r *reading) changeFromTo() bool {
	if r.opener != "from" && r.opener != "từ" {
		return false
	}
	s := r.sc.s
	w, k := wordBefore(s, r.start)
	if _, ok := lookup(changeVerbs, w); ok || w == "" {
		return false
	}
	for n := 0; n < 6 && k > 0; n++ {
		if c := s[k-1]; c != ' ' {
			return false // punctuation ends the clause
		}
		if w, k = wordBefore(s, k); w == "" {
			return false
		}
		if _, ok := lookup(changeVerbs, w); ok {
			return true
		}
	}
	return false
}

// koBetween: after "A에서 B", the unit and then 사이 (between) or 까지 (to)
// must follow for a range.
func (r *reading) koBetween(e int) bool {
	s := r.sc.s
	u, ue, ok := r.sc.unitAt(e, true, false)
	if !ok {
		return false
	}
	if u.q == UpTo {
		return true // "200억 원까지"
	}
	if hangulAt(s, ue) {
		return strings.HasPrefix(s[ue:], "까지")
	}
	k := skipSpaces(s, ue)
	return strings.HasPrefix(s[k:], "사이") || strings.HasPrefix(s[k:], "까지")
}

// koDateSpan reads "1~10월" and "5~7일", a span of months or days: a
// date, skipped. Both ends must be a month (or a day) of the calendar;
// months may run over the new year ("12~2월"), whose bounds are then
// the first month's.
func (r *reading) koDateSpan(hi num) bool {
	s := r.sc.s
	for _, c := range []string{"월", "일", "분기"} {
		if !strings.HasPrefix(s[hi.end:], c) || strings.HasPrefix(s[hi.end:], "일간") {
			continue
		}
		lo, last := r.n.val, 31.0
		switch c {
		case "월":
			last = 12
		case "분기":
			last = 4 // "1~3분기": the first three quarters
		}
		if !r.n.plain || !hi.plain || lo < 1 || lo > last || hi.val < 1 || hi.val > last || lo == hi.val || lo > hi.val && c != "월" {
			return false
		}
		if lo > hi.val {
			hi.val = lo
		}
		r.hi, r.ranged, r.end = hi, true, hi.end+len(c)
		r.q.Kind, r.q.Skip, r.unitRead = KindDate, skipDates, true
		switch c {
		case "월":
			r.q.Date = Date{Month: int(lo)}
		case "일":
			r.q.Date = Date{Day: int(lo)}
		case "분기":
			r.q.Skip = "a span of quarters, not a quantity"
		}
		return true
	}
	return false
}

// daySpan reads "12-15 June 2024": a span of days, a date, skipped.
func (r *reading) daySpan(hi num) bool {
	s := r.sc.s
	lo := int(r.n.val)
	if !r.n.plain || !hi.plain || lo < 1 || hi.val > 31 || float64(lo) >= hi.val {
		return false
	}
	k := skipSpaces(s, hi.end)
	m, me, ok := monthAt(s, k)
	if k == hi.end || !ok || !(Date{Month: m, Day: int(hi.val)}).Valid() {
		return false
	}
	d, end := Date{Month: m, Day: lo}, me
	if y, ye, ok := yearAfter(s, me); ok {
		d.Year, end = y, ye
	}
	r.hi, r.ranged, r.end = hi, true, end
	r.q.Kind, r.q.Skip, r.q.Date, r.unitRead = KindDate, skipDates, d, true
	r.n.val, r.hi.val = float64(d.Year), float64(d.Year)
	return true
}

// shareScale gives the first number the scale of the second when it has
// none of its own ("US$20-30 million"), unless that would put it above
// the second: "US$740,000 to US$3.75 million" is as written, and "500 to
// 2 billion", where a scale seems missing, is flagged. A range whose
// bounds fall is no range.
func (r *reading) shareScale(hi *num) bool {
	lo := &r.n
	if lo.mul == 1 && hi.mul > 1 {
		if v := lo.val * hi.mul; v <= hi.val {
			lo.val, lo.mul = v, hi.mul
		} else if lo.val < 1000 {
			r.addAmb(fmt.Sprintf("the scale of %q may also apply to %q", r.sc.s[hi.start:hi.end], r.sc.s[lo.start:lo.end]))
		}
	}
	return lo.val < hi.val
}

// changeVerb flags "rose from 20 to 30 per cent": a change, perhaps, not a
// range.
func (r *reading) changeVerb() {
	if r.opener != "from" && r.opener != "từ" {
		return
	}
	w, _ := wordBefore(r.sc.s, r.start)
	if _, ok := lookup(changeVerbs, w); ok {
		r.addAmb(fmt.Sprintf("after %q, \"from … to\" may be a change from one value to the other rather than a range", w))
	}
}

// changeVerbs before "from A to B" make it a change.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "rising": true,
	"grew": true, "grown": true, "grow": true, "grows": true, "growing": true,
	"increased": true, "increase": true, "increases": true, "increasing": true,
	"climbed": true, "jumped": true, "surged": true, "soared": true, "up": true,
	"fell": true, "fallen": true, "fall": true, "falls": true, "falling": true,
	"dropped": true, "declined": true, "decreased": true, "slipped": true, "down": true,
	"went": true, "raised": true, "raising": true, "raise": true, "boosted": true, "boost": true,
	"expanded": true, "expand": true, "reduced": true, "reduce": true, "cut": true, "tăng": true, "giảm": true, "lên": true,
}

// inRatio reads "one in five", "3 in 10", "two out of three" as a ratio.
func (r *reading) inRatio() bool {
	s, n := r.sc.s, &r.n
	if n.mul != 1 || n.val <= 0 || n.val >= 1000 || r.cur.unit != "" || n.koWords {
		return false
	}
	k := skipSpaces(s, n.end)
	w, e := wordAt(s, k)
	if k == n.end || !sameWord(w, "in") && !sameWord(w, "out") {
		return false
	}
	if sameWord(w, "out") {
		w2, e2 := wordAt(s, skipSpaces(s, e))
		if !sameWord(w2, "of") {
			return false
		}
		e = e2
		if w3, e3 := wordAt(s, skipSpaces(s, e)); sameWord(w3, "every") {
			e = e3 // "one out of every three workers"
		}
	}
	p := skipSpaces(s, e)
	if p == e {
		return false
	}
	d, ok := r.sc.numeral(p, false)
	if !ok || d.mul != 1 || d.val <= n.val || d.plain && d.ndigits == 4 || d.slash != 0 || d.tail != "" || d.version || d.ordinal {
		return false
	}
	n.val, r.end = n.val/d.val, d.end
	r.q.Unit, r.unitRead = Fraction, true
	return true
}

// fraction reads "1/5" as a fifth, "24/7" as around the clock, and in
// Vietnamese a day and month ("1/5" is 1 May after "ngày", flagged
// elsewhere when a month is possible).
func (r *reading) fraction() bool {
	s, n := r.sc.s, &r.n
	a, b := n.val, n.slash
	text := s[n.start:n.end]
	prev, _ := wordBefore(s, n.start)
	switch {
	case text == "24/7":
		r.q.Skip = "'24/7': around the clock, not a quantity"
		return true
	case (Date{Month: b, Day: int(a)}).Valid() && a == float64(int(a)) &&
		(r.sc.lang == VI && (a >= float64(b) || viDateWords[strings.ToLower(prev)] || afterDate(s, n.start)) ||
			dateWordsEN[strings.ToLower(prev)]):
		r.q.Skip, r.q.Kind, r.q.Date = skipDate, KindDate, Date{Month: b, Day: int(a)}
		n.val = 0
		if r.sc.lang != VI && a <= 12 && a != float64(b) {
			// "on 3/12": 12 March in British use, 3 December in American.
			r.addAmb(fmt.Sprintf("day and month may be either way round (%s read day first)", text))
		}
		return true
	}
	if a == float64(b) && b > 1 {
		r.q.Skip = fmt.Sprintf("an even split (%q), not a quantity", text) // "a 50/50 joint venture"
		return true
	}
	n.val = a / float64(b)
	r.q.Unit = Fraction
	r.unitRead = true
	if r.sc.lang == VI && (Date{Month: b, Day: int(a)}).Valid() && !r.viShareOf(prev) {
		r.addAmb(fmt.Sprintf("%q may be the date %d/%d (day/month)", text, int(a), b))
	}
	return true
}

// viShareOf: what follows the fraction is what it is a share of, which
// no date is followed by: a word of a whole ("1/3 số doanh nghiệp", "2/3
// tổng vốn", "1/4 dân số") or a counted noun right after it ("2/3 doanh
// nghiệp FDI", "3/5 chỉ tiêu"), unless a word of time before it keeps the
// date open ("trước 1/7 doanh nghiệp phải …", before 1 July).
func (r *reading) viShareOf(prev string) bool {
	s, e := r.sc.s, r.n.end
	k := skipSpaces(s, e)
	if k == e {
		return false
	}
	w, _ := wordAt(s, k)
	switch strings.ToLower(w) {
	case "số", "tổng", "lượng", "dân", "diện", "kim", "vốn", "giá", "trong", "các", "những":
		return true
	}
	if k-e > 1 || viTimeBefore[strings.ToLower(prev)] {
		return false
	}
	_, _, ok := viNouns.match(s, k)
	return ok
}

// viTimeBefore are words before "1/7" that make a date as likely as a
// share: "trước 1/7", "sau 1/7", "vào 1/7", "hết 30/6".
var viTimeBefore = map[string]bool{"trước": true, "sau": true, "vào": true, "hết": true, "tới": true,
	"kể": true, "cuối": true, "đầu": true, "giữa": true, "dịp": true, "hạn": true, "là": true}

// afterDate: "30/4 - 1/5": the second of two dates joined by a dash.
func afterDate(s string, i int) bool {
	t := strings.TrimRight(s[:i], " ")
	if !strings.HasSuffix(t, "-") && !strings.HasSuffix(t, "–") {
		return false
	}
	t = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, "-"), "–"), " ")
	j := len(t)
	for j > 0 && (isDigit(t[j-1]) || t[j-1] == '/') {
		j--
	}
	return strings.Count(t[j:], "/") == 1 && !strings.HasPrefix(t[j:], "/") && !strings.HasSuffix(t, "/")
}

// viDateWords before "1/5" make it a date.
var viDateWords = map[string]bool{"ngày": true, "hôm": true, "dịp": true, "sáng": true, "chiều": true, "tối": true, "đến": true, "từ": true}

// dateWordsEN before "12/6" make it a date.
var dateWordsEN = map[string]bool{"on": true, "dated": true}

// koFraction reads the Korean fraction "3분의 1" (one third: the
// denominator comes first, "분의", then the numerator) as 1/3, so that it
// is one quantity and not the numbers 3 and 1.
func (r *reading) koFraction() bool {
	s, n := r.sc.s, &r.n
	if n.end >= len(s) || !strings.HasPrefix(s[n.end:], "분의") || n.val == 0 {
		return false
	}
	p := skipSpaces(s, n.end+len("분의"))
	m, ok := r.sc.numeral(p, false)
	if !ok || m.slash != 0 || m.tail != "" || m.version || m.ordinal || m.val > n.val {
		return false
	}
	n.val, r.end = m.val/n.val, m.end
	r.q.Unit, r.unitRead = Fraction, true
	if q, e, ok := koTail(s, m.end); ok && q != "" && r.q.Qualifier == Exact {
		r.q.Qualifier, r.end = q, e // "3분의 1가량이": a hedge glued to the numerator
	}
	return true
}
