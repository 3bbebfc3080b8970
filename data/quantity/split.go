package quantity

import "fmt"

// Two numbers joined by a dash or a colon that are no range: a split or a
// score ("50-50", "2-1"), a ratio ("1:3"), a year and the level a change
// reached ("in 2024 to 51.2 million").

// yearThenLevel: "shrank in 2024 to 51.2 million": a year after a
// preposition of time, then "to" and a number that is no year, is the
// date of a change and its level, not a range from 2,024.
func (r *reading) yearThenLevel(hi num) bool {
	lo := &r.n
	if !lo.plain || lo.ndigits != 4 || lo.val < 1900 || lo.val > 2100 {
		return false
	}
	if hi.plain && hi.ndigits == 4 && hi.val >= 1900 && hi.val <= 2100 || hi.plain && hi.ndigits == 2 {
		return false // "from 2021 to 2025", "2025-30": a period
	}
	prev, _ := wordBefore(r.sc.s, r.start)
	en := entryOf(prev)
	return en != nil && en.yearPrep
}

// splitOrScore: "a 50-50 joint venture", "won 2-1": two small whole
// numbers joined by a dash that do not rise are a split or a score, one
// skipped number, not a range nor two numbers.
func (r *reading) splitOrScore(hi num) bool {
	lo := &r.n
	if r.sc.lang != EN || !lo.plain || !hi.plain || hi.val > lo.val || lo.val > 100 || r.cur.unit != "" {
		return false
	}
	if _, _, ok := r.sc.unitAt(hi.end, false, false); ok {
		return false
	}
	r.end = hi.end
	r.q.Skip = fmt.Sprintf("a split or score (%q), not a quantity", r.sc.s[lo.start:hi.end])
	r.unitRead = true
	return true
}

// colonRatio reads "a ratio of 1:3", "3:1" as a fraction (one third,
// three), the way a reader takes it; a clock time ("16:02", two digits
// after the colon) was read before.
func (r *reading) colonRatio() bool {
	s, n := r.sc.s, &r.n
	if !n.plain || n.end+1 >= len(s) || s[n.end] != ':' || r.cur.unit != "" {
		return false
	}
	d, e, ok := digitsN(s, n.end+1, 1, 3)
	if !ok || d == 0 || wordCharAt(s, e) || e+1 < len(s) && s[e] == ':' && isDigit(s[e+1]) {
		return false
	}
	n.val, r.end = n.val/float64(d), e
	r.q.Unit, r.unitRead = Fraction, true
	return true
}
