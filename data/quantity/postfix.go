package quantity

import "strings"

// What follows the number and its unit: the Korean 여 ("80여명"), the unit
// itself, hedges after the number, "ago" and its kin, and rates.

// koAbout reads 여 between a number and its counter: "80여명", "100여 개",
// "10여만 명" (some hundred thousand).
func (r *reading) koAbout() {
	s := r.sc.s
	if !strings.HasPrefix(s[r.end:], "여") {
		return
	}
	p := r.end + len("여")
	mul := 1.0
	if r, n := runeAt(s, p); koBigUnits[r] != 0 {
		mul, p = koBigUnits[r], p+n
	}
	k := skipSpaces(s, p)
	if _, _, _, ok := koCounterAt(s, k); !ok {
		return
	}
	r.n.val *= mul
	r.end = p
	if r.q.Qualifier == Exact {
		r.q.Qualifier = About
	}
}

// unit reads and applies the unit after the number (or a range's second
// number), or the currency sign read before it.
func (r *reading) unit() {
	s := r.sc.s
	if r.mult {
		r.q.Unit, r.unitRead = Multiplier, true
		if w, e := wordAt(s, skipSpaces(s, r.end)); sameWord(w, "lần") {
			r.end = e
		}
		return
	}
	scaled := r.n.mul > 1 || r.ranged && r.hi.mul > 1
	u, e, ok := r.unitAt(r.end, scaled, r.cur.unit != "")
	if r.cur.unit != "" {
		r.q.Unit, r.unitRead = r.cur.unit, true
		if ok {
			r.end = e
		}
		return
	}
	if !ok || r.yearAfterOrdinal(u, e) {
		return
	}
	if alt, ok := koScaledAlt[u.ko]; ok && (r.n.mul > 1 || r.n.val > alt.over) {
		u = counterRead(alt.c, u.q, r.sc)
	}
	if u.ko == "동" && r.n.mul == 1 && r.n.val < 1000 {
		// "101동 1502호", "역삼1동": a building or a district, not 101 dong.
		u = unitRead{skip: "a building or district number, not a quantity", kind: KindNumber}
	}
	r.end = e
	r.ko = u.ko
	r.addAmb(u.amb)
	if u.q != "" && r.q.Qualifier == Exact && !(r.koFrom && u.q == UpTo) {
		r.q.Qualifier = u.q
	}
	if u.unit == None && u.skip == "" {
		return
	}
	r.unitRead = true
	r.q.Unit, r.q.Noun = u.unit, u.noun
	if u.cur.unit != "" {
		r.cur = u.cur
	}
	if u.mul != 0 && u.mul != 1 {
		r.umul = u.mul
		r.n.val *= u.mul
		if r.ranged {
			r.hi.val *= u.mul
		}
	}
	if u.skip != "" {
		r.q.Skip, r.q.Kind = u.skip, u.kind
	}
}

// postfixHedge reads a hedge after the number, its unit or its noun:
// "50 or more", "10.000 người trở lên", "10,000명 이상", "50+".
func (r *reading) postfixHedge() {
	s := r.sc.s
	if r.q.Kind == KindOrdinal {
		return // "세계 5위 수준", "100호점 돌파": a rank is not hedged
	}
	at := r.end
	if r.noun > 0 {
		at = r.noun
	}
	if at < len(s) && s[at] == '+' && !wordCharAt(s, at+1) && r.noun == 0 {
		r.hedgeAfter(AtLeast, at+1)
		return
	}
	if strings.HasPrefix(s[at:], "-plus") && !letterAt(s, at+len("-plus")) && r.noun == 0 {
		r.hedgeAfter(AtLeast, at+len("-plus")) // "a $1 billion-plus deal", after the currency's scale
		return
	}
	if hangulAt(s, at) { // particles after a counter: "명이 넘는"
		if q, e, ok := koHedgeWord(s, at); ok && r.n.koWords && r.n.words.frac {
			r.hedgeAfter(q, e) // "절반가량", glued to the word
			return
		}
		_, at = wordAt(s, at)
	}
	k := skipSpaces(s, at)
	if k == at {
		return
	}
	if w, we, en := r.sc.entryAt(k); en != nil && en.post != nil {
		q, e, ok := matchList(en.post, s, k, we)
		if !ok {
			return
		}
		if !sameWord(w, "trở") && !sameWord(w, "đổ") || r.sc.lang != EN {
			r.hedgeAfter(q, e)
		}
		return
	}
	if !hangulAt(s, k) {
		return
	}
	if strings.HasPrefix(s[k:], "규모") {
		// "1천억 원 규모 이상": the hedge after 규모 (in size).
		if k2 := skipSpaces(s, k+len("규모")); k2 > k+len("규모") && hangulAt(s, k2) {
			if q, e, ok := koHedgeWord(s, k2); ok {
				r.hedgeAfter(q, e)
			}
			return
		}
	}
	if q, e, ok := koHedgeWord(s, k); ok {
		r.hedgeAfter(q, e)
	}
}

// hedgeAfter sets a hedge read after the number; the span grows to it
// unless a counted noun lies between.
func (r *reading) hedgeAfter(q Qualifier, e int) {
	if r.q.Qualifier == Exact {
		r.q.Qualifier = q
	}
	if r.noun == 0 {
		r.end = e
		if r.q.Unit == None && !r.unitRead {
			r.countNoun() // "50 or more companies"
		}
	}
}

// relativePostfix reads "two years ago", "5 năm tới", "2년 전".
func (r *reading) relativePostfix() {
	s := r.sc.s
	if r.q.Unit.Kind() != KindDuration {
		return
	}
	k := skipSpaces(s, r.end)
	if w, e := wordAt(s, k); k > r.end && r.q.Unit == Years && sameWord(w, "old") && !letterAt(s, e) {
		r.q.Skip, r.q.Kind, r.end = skipAge, KindDuration, e // "45 years old"
		return
	}
	if hangulAt(s, k) {
		if strings.HasPrefix(s[k:], "전") || strings.HasPrefix(s[k:], "후") {
			if _, _, ok := koTail(s, k+len("전")); ok {
				r.q.Relative, r.end = true, k+len("전")
			}
		}
		return
	}
	w, e := wordAt(s, k)
	if k == r.end || w == "" || letterAt(s, e) {
		return
	}
	switch {
	case sameWord(w, "ago"):
	case r.sc.lang != EN && (sameWord(w, "trước") || sameWord(w, "tới") || sameWord(w, "qua") || sameWord(w, "nữa")):
	default:
		return
	}
	r.q.Relative, r.end = true, e
}
