package extract

import (
	"strings"
	"unicode"

	"ictdash/data"
	"ictdash/data/quantity"
)

// English labels. A count is labelled by its counted noun phrase (with
// the verb it is the object of turned into a participle: "trained 500
// students in the AI course" → "students trained in the AI course"); an
// amount by the noun it measures: the noun it is "worth", "of", the
// subject of a link verb ("turnover reached"), the noun of the verb it is
// the object of ("invested" → "investment by Samsung"), or the noun it
// modifies ("a 25% stake in CMC").

func labelEN(c lctx) string {
	if l := enBase(c); l != "" {
		return l
	}
	switch {
	case c.q.Unit == quantity.Fraction:
		// "nearly a quarter of its overseas sales": a share, as a percent is.
		if l := enShareOf(c); l != "" {
			return l
		}
	case c.countLike():
		if l := enNeedOf(c); l != "" {
			return l
		}
	}
	switch {
	case c.q.Kind == quantity.KindArea:
		if l := enArea(c); l != "" {
			return l
		}
	case c.countLike():
		if l := enCount(c); l != "" {
			return l
		}
	case c.q.Kind == quantity.KindDuration:
		if l := enDuration(c); l != "" {
			return l
		}
		return enNearest(c)
	}
	if l := enAmount(c); l != "" {
		return l
	}
	return enNearest(c)
}

// enCounted returns the counted noun phrase's core after the count (or
// after "of the": "25 of the 98 projects"), its end, and whether "of"
// was passed; when none follows, the noun of the sentence's count before
// ("up from 1,450") or "people" for a verb that hires them.
func (c lctx) enCounted() (string, int, bool) {
	ts, k, n := c.ts, c.k, len(c.ts)
	s := enSkipDet(ts, k+1, n)
	if l := c.lw(s); (l == "more" || l == "fewer" || l == "additional" || l == "extra") && c.lw(s+1) != "than" {
		s++ // "needs 100,000 more chip engineers"
	}
	of := false
	if c.lw(k+1) == "of" {
		s, of = enSkipDet(ts, k+2, n), true
		if s < n && ts[s].num >= 0 {
			s++
		}
	}
	core := enCore(ts, s, n)
	if core > s {
		return enPhrase(ts, s, core), core, of
	}
	if w := c.lw(k - 1); w == "from" || w == "has" || w == "have" || w == "had" || w == "only" {
		return c.prevCountNoun(), core, of // "up from 1,450", "currently has only about 5,000"
	}
	if v := enVerbBefore(ts, k); v >= 0 {
		if b, _ := enVerb(ts[v].lw()); enAmountNoun[b] != "" || enCountVerb[b] {
			return "people", core, of // "plans to hire 1,000 more"
		}
	}
	return "", core, of
}

// enCount labels a count by the noun phrase after it.
func enCount(c lctx) string {
	ts, k, n := c.ts, c.k, len(c.ts)
	np, core, of := c.enCounted()
	if np == "" {
		return ""
	}
	if grown := c.enGrownTo(); grown != "" {
		return np + " of " + grown
	}
	after := core
	per := ""
	if c.q.Per != "" && after+1 < n && (c.lw(after) == "a" || c.lw(after) == "per" || c.lw(after) == "each") && enTimeWords[c.lw(after+1)] {
		per, after = "a "+c.lw(after+1), after+2 // "500 engineers a year"
	}
	post := enPostmods(ts, after, n)
	mods := enJoin(ts, after, post)
	v := enVerbBefore(ts, k)
	if v < 0 {
		return joinNonEmpty(np, per, mods)
	}
	base, _ := enVerb(ts[v].lw())
	holder := enSubject(ts, v)
	if mods == "" && holder == "" {
		// "… will launch a chip design training programme, training 500
		// engineers a year": the clause's participle is done in what the
		// clause before names.
		mods = enParticipleSetting(ts, v)
	}
	switch {
	case ts[v].lw() == "with" || enHave[base] || (of && enShareVerbs[base]):
		if ts[v].lw() == "with" {
			holder = enClauseSubject(ts, v)
		}
		if holder != "" && strings.Count(holder, " ") < 4 {
			return joinNonEmpty(enPossessive(holder, ts), np, per, mods)
		}
	case base == "include" || base == "comprise" || base == "consist" || base == "make":
		// "The delegation, made up of about 40 Korean businesses"
		if holder != "" && mods == "" {
			return joinNonEmpty(np, "in", holder)
		}
	case enLink[base] || base == "say" || base == "plan" || base == "aim" || base == "expect":
	default:
		// "Samsung employs 2,000 workers in Việt Nam" → "workers employed
		// by Samsung in Việt Nam"; a common-noun holder only when nothing
		// else says where ("jobs created by the plant").
		if holder != "" && !strings.HasPrefix(mods, "by ") && (startsCapital(strings.TrimPrefix(holder, "the ")) || mods == "") {
			return joinNonEmpty(np, enPastParticiple(base), per, "by", holder, mods)
		}
		if mods == "" && per == "" {
			return np // "we have developed three … parks": a bare participle says nothing
		}
		return joinNonEmpty(np, enPastParticiple(base), per, mods)
	}
	return joinNonEmpty(np, per, mods)
}

// enCountVerb are verbs whose object is people when no noun follows.
var enCountVerb = setOf("hire", "recruit", "employ", "train")

// enArea labels an area by what covers it: "the park covers 1,586
// hectares" → "area of the park".
func enArea(c lctx) string {
	for v := c.k - 1; v >= 0 && v >= c.k-4; v-- {
		if _, ok := enVerb(c.lw(v)); ok && c.ts[v].isWord() {
			h := enSubject(c.ts, v)
			if h == "" || h == "which" {
				h = enClauseSubject(c.ts, v)
			}
			if strings.IndexFunc(h, unicode.IsLetter) >= 0 && !endsWithNumber(h) {
				return "area of " + h
			}
			return ""
		}
	}
	return ""
}

// enVerbBefore finds the verb whose object the number at k is, passing
// over determiners and words like "the first", "another", "a total of";
// "with" counts as one ("with 279 projects"). -1 when there is none.
func enVerbBefore(ts []tok, k int) int {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		lw := ts[j].lw()
		switch {
		case lw == "with":
			return j
		case lw == "for" && j > 0:
			if b, _ := enVerb(ts[j-1].lw()); enShareVerbs[b] {
				return j - 1 // "accounted for 25 of the 98 projects"
			}
			return -1
		case lw == "of" && j > 0 && (ts[j-1].lw() == "up" || ts[j-1].lw() == "consisting"):
			return j - 2 // "made up of", "consisting of"
		case lw == "of" && j > 0 && !(ts[j-1].lw() == "total" || ts[j-1].lw() == "maximum" || ts[j-1].lw() == "minimum" || ts[j-1].lw() == "sum" || ts[j-1].lw() == "average"):
			return -1 // "a joint fund of 30 billion won": "fund" is a noun
		case enDet[lw] || lw == "first" || lw == "additional" || lw == "another" || lw == "further" ||
			lw == "total" || lw == "of" || lw == "more" || lw == "some" || lw == "nearly" || lw == "up" || lw == "to" && j < k-1:
			continue
		}
		if _, ok := enVerb(lw); ok && ts[j].isWord() && !startsCapital(ts[j].w) {
			return j
		}
		return -1
	}
	return -1
}

// enClauseSubject is the subject of the clause holding i: the subject of
// the nearest verb or auxiliary before it.
func enClauseSubject(ts []tok, i int) string {
	for j := i - 1; j > 0; j-- {
		if ts[j].w == ";" || ts[j].lw() == "said" || ts[j].lw() == "that" {
			return ""
		}
		if _, ok := enVerb(ts[j].lw()); (ok && !enNounToo[ts[j].lw()] || enAux[ts[j].lw()]) && ts[j].isWord() && !startsCapital(ts[j].w) && !enDet[ts[j-1].lw()] {
			return enSubject(ts, j)
		}
	}
	return ""
}

// enDuration labels a span of time by what lasts that long.
func enDuration(c lctx) string {
	ts, k, n := c.ts, c.k, len(c.ts)
	low := strings.ToLower(c.q.Text)
	switch {
	case strings.Contains(low, "-month") || strings.Contains(low, "-year") || strings.Contains(low, "-day") || strings.Contains(low, "-week"):
		// "seven-month internships": the duration modifies its noun.
		if s, e := enNPAfter(ts, k+1, n, true); e > s {
			return "length of " + enPhrase(ts, s, e)
		}
	case k+1 < n && ts[k+1].lw() == "of":
		if s, e := enNPAfter(ts, k+2, n, true); e > s {
			return enUnitWord(c.q) + " of " + enPhrase(ts, s, e)
		}
	}
	return ""
}

func enUnitWord(q data.Quantity) string {
	switch q.Unit {
	case quantity.Months:
		return "months"
	case quantity.Days:
		return "days"
	}
	return "years"
}

// enNearest is the last resort: the noun phrase just before the number,
// else just after, with the unit for spans of time.
func enNearest(c lctx) string {
	ts, k := c.ts, c.k
	j := k
	for j > 0 && (enDet[ts[j-1].lw()] || enAux[ts[j-1].lw()] || enPreps[ts[j-1].lw()] || enTimeWords[ts[j-1].lw()] ||
		ts[j-1].lw() == "over" || ts[j-1].lw() == "during" || ts[j-1].lw() == "about") {
		j--
	}
	l := ""
	if s := enNPBefore(ts, j, 0); s < j {
		l = enPhrase(ts, s, j)
	} else if s, e := enNPAfter(ts, k+1, len(ts), true); e > s {
		l = enPhrase(ts, s, e)
	}
	if l != "" && c.q.Kind == quantity.KindDuration {
		l += " (" + string(c.q.Unit) + ")"
	}
	return l
}

// join writes the non-empty parts with spaces.
func joinNonEmpty(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// possessive writes a holder before its noun: "South Korea’s".
func enPossessive(h string, ts []tok) string {
	if strings.HasSuffix(h, "’s") || strings.HasSuffix(h, "'s") || strings.HasSuffix(h, "s’") {
		return h
	}
	mark := "’"
	for _, t := range ts {
		if strings.Contains(t.w, "'") {
			mark = "'"
		}
	}
	if strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") {
		return h + mark // "Korean firms’"
	}
	return h + mark + "s"
}

// endsWithNumber reports whether a phrase is a lone number (a name cut
// short: "Software Park No. 2" read back to "2").
func endsWithNumber(h string) bool {
	fs := strings.Fields(h)
	return len(fs) == 1 && strings.IndexFunc(fs[0], unicode.IsLetter) < 0
}
