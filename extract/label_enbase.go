package extract

import (
	"strings"
	"unicode/utf8"

	"ictdash/data/quantity"
)

// English comparisons name their measure once: "the salary … is about
// $1,100, compared with 4.5 million won in Korea"; "expand its Hanoi
// center to 1,200 staff by 2026, from about 700 now"; "could top $25
// billion, against $18 billion last year". The amount after "compared
// with", "from" or "against" is the same measure at another time or
// place: it takes the label of the amount it is compared with, with its
// own place when it names one.

// enBaseOpeners are the words before a compared amount (hedges are part
// of the amount's text).
var enBaseOpeners = []string{"compared with", "compared to", "versus", "vs", "against", "up from", "down from", "from", "as against"}

// enBase labels a compared amount, or returns "".
func enBase(c lctx) string {
	n := enBaseOpener(c)
	if n == 0 {
		return ""
	}
	if nx := c.k + 1; nx < len(c.ts) && c.ts[nx].isWord() && !enBaseAfter[c.lw(nx)] && !enTimeWords[c.lw(nx)] {
		return "" // "from 300 engineers": a noun of its own, read as a count
	}
	p := c.comparedWith(c.k - n)
	if p < 0 {
		return ""
	}
	l := c.sub(p)
	if l == "" {
		return ""
	}
	if place := enBasePlace(c); place != "" && !strings.Contains(strings.ToLower(l), strings.ToLower(place)) {
		if i := strings.LastIndex(l, " with "); i > 0 && utf8.RuneCountInString(l+place) >= maxLabelRunes {
			l = l[:i] // the place says more than the qualifier about a compared amount
		}
		l += " " + place
	}
	return l
}

// enBaseAfter may follow a compared amount: a place or a time, not a noun.
var enBaseAfter = setOf("in", "now", "a", "per", "last", "this", "the", "previously", "earlier", "at", "on", "during", "for", "according")

// enBaseOpener returns how many tokens of an opener end before the
// amount; "from" only when an amount is reached "to" in the clause
// ("to 1,200 staff …, from about 700"), or after up/down/rise.
func enBaseOpener(c lctx) int {
	for _, o := range enBaseOpeners {
		ws := strings.Fields(o)
		if c.k < len(ws) {
			continue
		}
		ok := true
		for i, w := range ws {
			ok = ok && c.lw(c.k-len(ws)+i) == w
		}
		if ok {
			return len(ws)
		}
	}
	return 0
}

// comparedWith is the token of the amount before j the compared amount
// stands against: the nearest one of the same kind, over a conversion
// in brackets; -1 when there is none.
func (c lctx) comparedWith(j int) int {
	for p := j - 1; p >= 0; p-- {
		t := c.ts[p]
		if t.w == ")" {
			p = bracketOpen(c.ts, p)
			continue
		}
		if t.w == ";" || t.w == "." {
			return -1
		}
		if t.num < 0 {
			continue
		}
		o := c.qs[t.num]
		if o.IsSkipped() {
			continue
		}
		if o.IsMoney() == c.q.IsMoney() && (o.Unit == quantity.Percent) == (c.q.Unit == quantity.Percent) {
			return p
		}
		return -1
	}
	return -1
}

// enBasePlace is "in <Place>" right after the compared amount.
func enBasePlace(c lctx) string {
	i := c.k + 1
	if c.lw(i) != "in" || i+1 >= len(c.ts) || !startsCapital(c.ts[i+1].w) {
		return ""
	}
	e := i + 1
	for e < len(c.ts) && c.ts[e].isWord() && startsCapital(c.ts[e].w) {
		e++
	}
	return enJoin(c.ts, i, e)
}

// cutQualifier: an English label cut inside a "with" qualifier ("… a
// developer with three" of "with three years of experience") loses the
// qualifier whole: half of one says something else.
func cutQualifier(fs []string, dropped string, lang quantity.Lang) []string {
	if dropped == "" || lang != quantity.EN {
		return fs
	}
	for i := len(fs) - 1; i >= 2 && i >= len(fs)-3; i-- {
		if strings.EqualFold(fs[i], "with") {
			return fs[:i]
		}
	}
	return fs
}

// enGrownTo is what a count is brought to by a raise verb: "expand its
// Hanoi development center to 1,200 staff" → "Hanoi development
// center", so that the count is the center's staff; "" otherwise.
func (c lctx) enGrownTo() string {
	j := c.k - 1
	if c.lw(j) != "to" {
		return ""
	}
	s := enNPBefore(c.ts, j, 0)
	if s == j {
		return ""
	}
	v := s - 1
	for v >= 0 && enDet[c.lw(v)] {
		v--
	}
	if v < 0 || !enRaiseVerb(c.lw(v)) {
		return ""
	}
	if s > 0 && (c.lw(s-1) == "its" || c.lw(s-1) == "their") {
		if h := enSubject(c.ts, v); h != "" && startsCapital(h) {
			return enPossessive(h, c.ts) + " " + enPhrase(c.ts, s, j) // "LG CNS's Hanoi development center"
		}
	}
	return enPhrase(c.ts, s, j)
}

// enRaiseVerb: the verbs that bring a measure to an amount ("raise … to").
func enRaiseVerb(w string) bool {
	b, ok := enVerb(w)
	if !ok {
		b = strings.TrimSuffix(strings.TrimSuffix(w, "ing"), "s") // "lift", "lifts", "lifting": not all are in the verb list
	}
	switch b {
	case "raise", "increase", "lift", "bring", "cut", "boost", "expand", "double", "grow", "reduce", "push":
		return true
	}
	return false
}

// enRaiseTo: "to raise the digital economy's share of its GRDP to 20-30
// per cent" → "digital economy's share of its GRDP".
func enRaiseTo(c lctx) string {
	ts, j := c.ts, c.k-1
	if c.lw(j) != "to" {
		return ""
	}
	if j > 0 && ts[j-1].w == ")" {
		for j--; j > 0 && ts[j].w != "("; j-- {
		}
	}
	for j > 0 && (c.lw(j-1) == "there" || c.lw(j-1) == "here") {
		j--
	}
	s := enNPBefore(ts, j, 0)
	if s == j {
		return ""
	}
	if s+1 < j && enRaiseVerb(c.lw(s)) {
		// "aims to lift annual revenue from Korea to $500 million": the
		// verb read as the phrase's first word is not part of it.
		return enPhrase(ts, s+1, j)
	}
	v := s - 1
	for v >= 0 && enDet[c.lw(v)] {
		v--
	}
	if enRaiseVerb(c.lw(v)) {
		return enPhrase(ts, s, j)
	}
	return ""
}

// prevCountNoun is the counted noun of the sentence's count before this
// one: "50,000 engineers by 2030, while the country has only about 5,000".
func (c lctx) prevCountNoun() string {
	for p := c.k - 1; p >= 0; p-- {
		if c.ts[p].num >= 0 && c.qs[c.ts[p].num].Kind == quantity.KindCount {
			s := enSkipDet(c.ts, p+1, len(c.ts))
			if e := enCore(c.ts, s, len(c.ts)); e > s {
				return enPhrase(c.ts, s, e)
			}
			return ""
		}
	}
	return ""
}
