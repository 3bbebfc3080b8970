package extract

import (
	"strings"

	"ictdash/data/quantity"
)

// enChange: a percentage that is a change of something: "exports rose 12
// per cent" → "growth of exports"; ", up 12%" after an amount → "growth of
// <that amount's label>".
func enChange(c lctx) string {
	if c.q.Unit != quantity.Percent && c.q.Unit != quantity.PercentPoint && c.q.Kind != quantity.KindMultiplier {
		return ""
	}
	v := c.k - 1
	if c.lw(v) == "by" || c.lw(v) == "at" {
		v--
	}
	if nx := c.lw(c.k + 1); nx == "higher" || nx == "lower" {
		// "shares closed 2.1 percent higher"
		if h := enSubject(c.ts, v); h != "" {
			return map[string]string{"higher": "rise in ", "lower": "fall in "}[nx] + h
		}
	}
	b, ok := enVerb(c.lw(v))
	if c.lw(v) == "up" || c.lw(v) == "down" {
		b, ok = c.lw(v), true
	}
	if !ok || (!enGrowth[b] && !enDecline[b]) {
		return ""
	}
	what := "growth of "
	if enDecline[b] {
		what = "decline of "
	}
	if h := c.changeOf(v); h != "" {
		return what + h
	}
	return ""
}

// changeOf names what the change verb at v changes: its subject, else the
// amount the clause before is about.
func (c lctx) changeOf(v int) string {
	// ", up 21 percent from 2022" after an amount: the change is of that
	// amount, not of the sentence's subject ("According to KOSA, …").
	afterComma := (c.lw(v) == "up" || c.lw(v) == "down") && v > 0 && c.ts[v-1].w == ","
	if !afterComma {
		if h := enSubject(c.ts, v); h != "" {
			return h
		}
	}
	// ", up 12%", "… comes from software exports and is growing at 12%":
	// the change is of the amount the clause before is about (not of its
	// conversion in brackets).
	depth := 0
	for p := v - 1; p >= 0; p-- {
		switch c.ts[p].w {
		case ")":
			depth++
		case "(":
			depth--
		}
		if depth > 0 || c.ts[p].num < 0 {
			continue
		}
		if k := c.qs[c.ts[p].num].Kind; k == quantity.KindMoney || afterComma && k == quantity.KindCount {
			return c.sub(p)
		}
	}
	if afterComma {
		return enSubject(c.ts, v)
	}
	return ""
}

// enVerbAmount: money that is the object of a verb: "Samsung invested
// US$1.5 billion in the plant" → "investment by Samsung in the plant";
// "the city attracted $2 billion in FDI" → "FDI attracted by the city".
func enVerbAmount(c lctx) string {
	if c.q.Kind != quantity.KindMoney {
		return ""
	}
	ts, k, n := c.ts, c.k, len(c.ts)
	v := enVerbBefore(ts, k)
	if v < 0 || c.lw(v) == "with" {
		return ""
	}
	b, _ := enVerb(c.lw(v))
	extra := ""
	for j := v + 1; j < k; j++ {
		if lw := c.lw(j); lw == "additional" || lw == "another" || lw == "further" || lw == "more" {
			extra = "additional"
		}
	}
	subj := enSubject(ts, v)
	after := k + 1
	if c.lw(after) == "worth" && c.lw(after+1) == "of" {
		// "attracted US$230 billion worth of committed investments"
		if s, e := enNPAfter(ts, after+2, n, false); e > s && !enGeneric[ts[e-1].lw()] {
			by := ""
			if subj != "" {
				by = "by " + subj
			}
			return joinNonEmpty(enPhrase(ts, s, e), enPastParticiple(b), by, enJoin(ts, e, enPostmods(ts, e, n)))
		}
	}
	if c.lw(after) == "in" {
		if s, e := enNPAfter(ts, after+1, n, false); e > s && enMoneyNouns[ts[e-1].lw()] {
			// "$2 billion in FDI", "$1 billion in additional investment"
			post := enJoin(ts, e, enPostmods(ts, e, n))
			by := ""
			if subj != "" {
				by = "by " + subj
			}
			return joinNonEmpty(enPhrase(ts, s, e), enPastParticiple(b), by, post)
		}
	}
	t, ok := enAmountNoun[b]
	if !ok {
		if enLink[b] || enGrowth[b] || enDecline[b] || enHave[b] {
			return ""
		}
		return subj // "electronics brought US$88 billion": what brought it
	}
	post := enJoin(ts, after, enPostmods(ts, after, n))
	if post == "" {
		post = enPurpose(ts, skipBracket(ts, after, n), n) // "invest … to expand its plant"
	}
	i := strings.LastIndexByte(t, ' ')
	noun, prep := t[:i], t[i+1:]
	if subj == "" {
		return joinNonEmpty(extra, noun, post)
	}
	return joinNonEmpty(extra, noun, prep, subj, post)
}

// enGeneric nouns say nothing a verb's noun does not ("exported $31.7
// billion worth of goods" is exports).
var enGeneric = setOf("goods", "products", "items", "equipment", "merchandise", "stuff", "things")

// enLinked: the amount is the complement of a link verb: "the market is
// valued at $600 billion", "exports rose 12% last year to US$31.4
// billion", "the budget is VND 120 billion". The subject is the label;
// "the figure" or "it" refer back to the sentence's earlier amount.
func enLinked(c lctx) string {
	ts := c.ts
	v := c.k - 1
	for v >= 0 && (c.lw(v) == "to" || c.lw(v) == "at" || c.lw(v) == "of" || c.lw(v) == "by" || c.lw(v) == "about" || c.lw(v) == "higher" || c.lw(v) == "lower" ||
		enTimeWords[c.lw(v)] || ts[v].num >= 0) {
		v--
	}
	if v < 0 || !ts[v].isWord() {
		return ""
	}
	b, ok := enVerb(c.lw(v))
	if !(ok && (enLink[b] || enGrowth[b] || enDecline[b])) && !enAux[c.lw(v)] {
		return ""
	}
	subj := enSubject(ts, v)
	if subj == "" || enAnaphor(subj) {
		for p := v - 1; p >= 0; p-- {
			if ts[p].num >= 0 && (c.qs[ts[p].num].Unit == c.q.Unit || c.countLike() && c.countLikeAt(p)) {
				return c.sub(p)
			}
		}
	}
	return subj
}

// enAnaphor reports whether a subject only points back at another
// figure ("the figure", "this number", "it").
func enAnaphor(s string) bool {
	fs := strings.Fields(strings.ToLower(s))
	if len(fs) == 0 {
		return true
	}
	switch fs[len(fs)-1] {
	case "figure", "number", "amount", "total", "it", "this", "that", "value", "sum":
		return len(fs) <= 2
	}
	// "the gap could widen to 54,000": the gap named by the figure before.
	return len(fs) == 2 && fs[0] == "the" && enNeeds[fs[1]]
}

// enListed: an amount right after its noun in a list: "electronics
// brought US$88 billion and software US$4.3 billion".
func enListed(c lctx) string {
	ts, k := c.ts, c.k
	s := k
	for s > 0 && enContent(ts[s-1]) {
		s--
	}
	if s == k {
		return ""
	}
	return enPhrase(ts, s, k)
}

// enSubjectAmount: the amount is a subject: "$150 million comes from
// software exports" → "software exports".
func enSubjectAmount(c lctx) string {
	ts, k, n := c.ts, c.k, len(c.ts)
	j := k + 1
	if _, ok := enVerb(c.lw(j)); !ok {
		return ""
	}
	j++
	if !enPreps[c.lw(j)] {
		return ""
	}
	if s, e := enNPAfter(ts, j+1, n, true); e > s {
		return enPhrase(ts, s, e)
	}
	return ""
}

// sub labels another number of the sentence (the count before "worth",
// the amount a growth rate is of), without its finishing touches.
func (c lctx) sub(p int) string {
	if c.depth > 2 || p < 0 || c.ts[p].num < 0 {
		return ""
	}
	d := c
	d.k, d.q, d.depth = p, c.qs[c.ts[p].num], c.depth+1
	return d.build()
}

// countLikeAt reports whether the number at token p counts things, as
// countLike does for the figure: "17,000 engineers … the gap could widen
// to 54,000" are one measure though only the first names its noun.
func (c lctx) countLikeAt(p int) bool {
	d := c
	d.q = c.qs[c.ts[p].num]
	return d.countLike()
}
