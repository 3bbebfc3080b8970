package extract

import (
	"strings"

	"ictdash/data/quantity"
)

// enAmount labels money, percentages and other measures by the noun the
// amount measures, trying the constructions in order of how firmly they
// tie the amount to its noun.
func enAmount(c lctx) string {
	for _, rule := range []func(lctx) string{enShareOf, enVerbAmount, enWorthOf, enPrenominal, enWorth, enOf, enChange, enRaiseTo, enPercentObject, enLinked, enListed, enSubjectAmount} {
		if l := rule(c); l != "" {
			return l
		}
	}
	return ""
}

func (c lctx) lw(i int) string {
	if i < 0 || i >= len(c.ts) {
		return ""
	}
	return c.ts[i].lw()
}

// enShareOf: "80% of participants securing jobs …" → "share of
// participants …"; "accounts for 20% of exports" → "Samsung share of exports".
func enShareOf(c lctx) string {
	if c.q.Unit != quantity.Percent && c.q.Unit != quantity.Fraction || c.lw(c.k+1) != "of" {
		return ""
	}
	if w := c.lw(c.k + 2); w == "what" || w == "which" || w == "whom" || w == "whose" {
		return "" // "a third of what a Korean counterpart makes": a clause, no noun to name
	}
	if l := enShareOfReferent(c); l != "" {
		return l
	}
	s, e := enNPAfter(c.ts, c.k+2, len(c.ts), true)
	l := ""
	switch {
	case e > s:
		l = joinNonEmpty("share of", enPhrase(c.ts, s, e), enPassivePredicate(c.ts, e, len(c.ts)))
	case c.lw(c.k+2) == "them" || c.lw(c.k+2) == "these" || c.lw(c.k+2) == "those":
		// "1,340 students graduated …, and approximately 80% of them"
		if n := c.prevCountNoun(); n != "" {
			l = "share of " + n
		}
	}
	if l == "" {
		return ""
	}
	if v := enVerbBefore(c.ts, c.k); v >= 0 || c.lw(c.k-1) == "for" {
		if v < 0 {
			v = c.k - 2
		}
		if b, _ := enVerb(c.lw(v)); enShareVerbs[b] {
			if h := enSubject(c.ts, v); h != "" {
				return h + " " + l
			}
		}
	}
	return l
}

// enWorthOf: "US$230 billion worth of committed investments".
func enWorthOf(c lctx) string {
	if c.lw(c.k+1) != "worth" || c.lw(c.k+2) != "of" {
		return ""
	}
	if s, e := enNPAfter(c.ts, c.k+3, len(c.ts), true); e > s {
		return enPhrase(c.ts, s, e)
	}
	return ""
}

// enPrenominal: the amount modifies the noun after it: "a 25% stake in
// CMC", "a US$500 million investment in …", "a $1.5 billion plant".
func enPrenominal(c lctx) string {
	ts, k, n := c.ts, c.k, len(c.ts)
	s := k + 1
	core := enCore(ts, s, n)
	if core == s || c.lw(s) == "worth" {
		return ""
	}
	head := ts[core-1].lw()
	det := k > 0 && (enDet[c.lw(k-1)] || strings.HasSuffix(c.lw(k-1), "’s") || strings.HasSuffix(c.lw(k-1), "'s"))
	if !det && !enMoneyNouns[head] {
		return ""
	}
	post := enPostmods(ts, core, n)
	np := joinNonEmpty(enPhrase(ts, s, core), enJoin(ts, core, post))
	holder := ""
	if v := enVerbBefore(ts, k); v >= 0 {
		holder = enSubject(ts, v)
	}
	switch {
	case c.q.Unit == quantity.Percent && (head == "stake" || head == "share" || head == "holding" || head == "interest" || head == "ownership"):
		return joinNonEmpty(holder, np)
	case c.q.Unit == quantity.Percent:
		return np
	case enMoneyNouns[head]:
		if holder != "" && startsCapital(holder) && !strings.Contains(np, " by ") {
			return joinNonEmpty(holder, np)
		}
		return np
	}
	return measureOf(c.q) + np
}

// measureOf is what an amount before a noun measures: the value of a
// plant, but the area of a site ("a 70,000-square-meter site") and the
// length of a contract ("a three-year contract").
func measureOf(q quantity.Quantity) string {
	switch q.Kind {
	case quantity.KindArea:
		return "area of "
	case quantity.KindDuration:
		return "length of "
	}
	return "value of "
}

// enWorth: "279 projects worth US$382 million", "projects in ICT, worth
// $5.1 billion", "a market valued at $600 billion".
func enWorth(c lctx) string {
	ts, k := c.ts, c.k
	j := k - 1
	for j > 0 && (enDet[c.lw(j)] || c.lw(j) == "combined" || c.lw(j) == "total" || c.lw(j) == "estimated" || c.lw(j) == "reported") {
		j-- // "worth a combined $22 billion"
	}
	switch {
	case c.lw(j) == "worth":
	case c.lw(j) == "at" && c.lw(j-1) == "valued" && !enAux[c.lw(j-2)]:
		j--
	default:
		return ""
	}
	if j > 0 && ts[j-1].w == "," {
		j--
	}
	s := enNPBefore(ts, j, 0)
	if s == j {
		return ""
	}
	// The counted things before "worth" are labelled as their count is.
	for p := s - 1; p >= 0 && p >= s-2; p-- {
		if ts[p].num >= 0 && c.qs[ts[p].num].Kind == quantity.KindCount {
			return "value of " + c.sub(p)
		}
		if !enDet[c.lw(p)] {
			break
		}
	}
	if s > 0 && c.lw(s-1) == "the" {
		s-- // "the fund, worth US$50 million" → "value of the fund"
	}
	return "value of " + enPhrase(ts, s, j)
}

// enOf: "a turnover of US$98.9 billion" → "turnover of <holder>", where
// the holder is the subject of "had", or of the clause of "with".
func enOf(c lctx) string {
	ts, k := c.ts, c.k
	if c.lw(k-1) != "of" {
		return ""
	}
	o := k - 1
	s := o
	for s > 0 && (enContent(ts[s-1]) || (s < o && s > 1 && strings.HasSuffix(ts[s-1].lw(), "ed") && !enAux[ts[s-1].lw()] &&
		ts[s-2].isWord() && !startsCapital(ts[s-2].w) && (enContent(ts[s-2]) || enDet[ts[s-2].lw()]))) {
		s--
	}
	if s == o {
		return ""
	}
	np := enPhrase(ts, s, o)
	if c.q.Per != "" && c.q.IsMoney() {
		np += " per " + c.q.Per // "a minimum offer price of VND 40,000 per share"
	}
	post := enJoin(ts, k+1, enPostmods(ts, k+1, len(ts)))
	if enChangeNoun(ts[o-1].lw()) || (ts[o-1].lw() == "rate" && o-2 >= s && enChangeNoun(ts[o-2].lw())) {
		if p := c.prevAmount(s); p >= 0 {
			return np + " of " + c.sub(p)
		}
	}
	d := s
	for d > 0 && enDet[c.lw(d-1)] {
		d--
	}
	if ts[o-1].lw() == "rate" && c.lw(d-1) == "at" {
		// "is growing at an annual rate of 12 per cent"
		if b, _ := enVerb(c.lw(d - 2)); enGrowth[b] {
			if h := c.changeOf(d - 2); h != "" {
				return strings.Replace(np, "rate", "growth rate", 1) + " of " + h
			}
		}
	}
	holder := ""
	switch {
	case c.lw(d-1) == "with" && d >= 2 && enContent(ts[d-2]):
		holder = enPhrase(ts, enNPBefore(ts, d-1, 0), d-1) // "cities with ICT revenue of"
	case c.lw(d-1) == "with":
		holder = enClauseSubject(ts, d-1)
		if holder == "" && d >= 2 && ts[d-2].w == "," {
			// "The programme, with a total budget of …, will offer": the
			// noun the aside is about.
			if a := enNPBefore(ts, d-2, 0); a < d-2 && (a == 0 || a == 1 && enDet[c.lw(0)]) {
				holder = enPhrase(ts, a, d-2)
				if a == 1 {
					holder = c.lw(0) + " " + holder
				}
			}
		}
	default:
		if b, ok := enVerb(c.lw(d - 1)); ok && (enHave[b] || enLink[b]) {
			holder = enSubject(ts, d-1)
		}
	}
	if holder != "" && !strings.Contains(np, "’s") {
		return joinNonEmpty(np, "of", holder, post)
	}
	return joinNonEmpty(np, post)
}

// enPercentObject: a percentage a verb's subject takes: "of which the
// Korean side will contribute 70 per cent" → "Korean side share of <the
// amount before>".
func enPercentObject(c lctx) string {
	if c.q.Unit != quantity.Percent {
		return ""
	}
	v := enVerbBefore(c.ts, c.k)
	if v < 0 || c.lw(v) == "with" {
		return ""
	}
	if b, _ := enVerb(c.lw(v)); enLink[b] || enGrowth[b] || enDecline[b] {
		return ""
	}
	h := enSubject(c.ts, v)
	if h == "" {
		return ""
	}
	for p := v - 1; p >= 1; p-- {
		if c.lw(p) == "which" && c.lw(p-1) == "of" {
			for q := p - 2; q >= 0; q-- {
				if c.ts[q].num >= 0 && c.qs[c.ts[q].num].Kind == quantity.KindMoney {
					return h + " share of " + c.sub(q)
				}
			}
		}
	}
	return h + " share"
}

func enChangeNoun(w string) bool {
	return w == "growth" || w == "increase" || w == "rise" || w == "decline" || w == "drop" || w == "fall" || w == "jump" || w == "gain"
}

// prevAmount returns the token of the quantity the phrase at s is in
// apposition to ("a turnover of US$98.9 billion, a growth of 8%"), or -1.
func (c lctx) prevAmount(s int) int {
	j := s
	for j > 0 && enDet[c.lw(j-1)] {
		j--
	}
	if j < 2 || c.ts[j-1].w != "," {
		return -1
	}
	if p := j - 2; c.ts[p].num >= 0 {
		return p
	}
	return -1
}
