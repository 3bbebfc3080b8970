package quantity

import "fmt"

// viChangeUnit reads the unit of "từ A lên B" (from A up to B) and "từ A
// xuống B" (down to B) written only after B: "tăng từ 10 lên 15%" is from
// 10% to 15%, "từ 58.000 lên 74.000 doanh nghiệp" counts enterprises both
// times, "từ 5 lên 8 triệu đồng/tháng" is from five million đồng a month.
// A change is no range: A keeps its own span and takes B's unit, noun,
// scale and rate. A scale that would turn the change the wrong way
// ("từ 500 lên 2 triệu") is not shared, and the reading is flagged.
func (r *reading) viChangeUnit() {
	sc, s := r.sc, r.sc.s
	if sc.lang == EN || r.opener != "từ" || r.ranged || r.q.Unit != None || r.q.Noun != "" || r.cur.unit != "" || r.q.Skip != "" {
		return
	}
	k := skipSpaces(s, r.end)
	w, we := wordAt(s, k)
	up := sameWord(w, "lên")
	if k == r.end || !up && !sameWord(w, "xuống") {
		return
	}
	p := skipSpaces(s, we)
	if w2, e2 := wordAt(s, p); sameWord(w2, "còn") || sameWord(w2, "mức") {
		p = skipSpaces(s, e2)
	}
	cur, p2 := sc.currencyPrefix(p)
	hi, ok := sc.numeral(p2, cur.unit != "")
	if p == we || !ok || hi.version || hi.ordinal || hi.tail != "" || hi.slash != 0 || hi.signed || hi.koWords {
		return
	}
	u, ue, ok := sc.unitAt(hi.end, hi.mul > 1, cur.unit != "")
	unit, noun := u.unit, u.noun
	if cur.unit != "" {
		unit, r.cur = cur.unit, cur
	} else if ok && u.cur.unit != "" {
		r.cur = u.cur
	}
	if !ok || unit == None {
		if n, ne, _ := viNoun(s, hi.end, sc.lang == VI); n != "" && viKnownNoun(n) {
			unit, noun, ue = Count, n, ne
		} else if cur.unit == "" {
			return
		}
	}
	if u.skip != "" || unit == Years && u.mul == 0 && !ok {
		return
	}
	r.q.Unit, r.q.Noun, r.unitRead = unit, noun, true
	if u.mul != 0 && u.mul != 1 {
		r.n.val *= u.mul
	}
	r.shareChangeScale(hi, up)
	if per, _, ok := sc.perAt(ue); ok && r.q.Per == "" {
		r.q.Per = per
	}
}

// shareChangeScale gives A the scale of B in "từ A lên B triệu" when A
// has none and the change then goes the way its verb says.
func (r *reading) shareChangeScale(hi num, up bool) {
	lo := &r.n
	if lo.mul != 1 || hi.mul <= 1 {
		return
	}
	if v := lo.val * hi.mul; v < hi.val == up && v != hi.val {
		lo.val, lo.mul = v, hi.mul
		return
	}
	r.addAmb(fmt.Sprintf("the scale of %q may also apply to %q", r.sc.s[hi.start:hi.end], r.sc.s[lo.start:lo.end]))
}
