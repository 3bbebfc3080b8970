package extract

import (
	"strings"

	"ictdash/data/quantity"
)

// Clauses that finish an English label: what money or people are for
// ("will invest 1.3 trillion won to expand its production base in Hai
// Phong"), what is said of the share's whole ("60-70 percent of the
// trainees are expected to be hired by Korean firms"), and what a share
// of a figure named before is ("about 30% of it expected to come from
// Korea").

// enPurpose returns the purpose clause at i ("to expand its production
// base in Hai Phong"), or "": an infinitive with its object, kept with its
// determiners, since "its production base" is the holder's own.
func enPurpose(ts []tok, i, lim int) string {
	if i+2 >= lim || ts[i].lw() != "to" || !ts[i+1].isWord() || startsCapital(ts[i+1].w) {
		return ""
	}
	v := ts[i+1].lw()
	if _, ok := enVerb(v); !ok || enNounToo[v] || enAux[v] || enParticipleWord(ts[i+1]) {
		return ""
	}
	s, e := enNPAfter(ts, i+2, lim, false)
	if e == s || enTimePhrase(ts, s, e) {
		return ""
	}
	return enJoin(ts, i, enPPs(ts, e, lim))
}

// enPPs returns the end of the prepositional phrases after i (no
// participle phrase: a label's clause stays one clause).
func enPPs(ts []tok, i, lim int) int {
	for n := 0; n < 3; n++ {
		e := enPP(ts, i, lim)
		if e == i {
			break
		}
		i = e
	}
	return i
}

// enPassivePredicate returns what is said of the noun phrase ending at i
// when it is passive or expected ("are expected to be hired by Korean
// firms", "were trained in Seoul"), without its auxiliaries, or "".
// Active predicates are a new clause and are left out.
func enPassivePredicate(ts []tok, i, lim int) string {
	k := i
	for k < lim && enAux[ts[k].lw()] && ts[k].lw() != "’s" {
		k++
	}
	if k == i || k >= lim || !enParticipleWord(ts[k]) || !strings.HasSuffix(ts[k].lw(), "ed") && enIrregular[ts[k].lw()] == "" {
		return ""
	}
	j := k + 1
	for j+1 < lim && ts[j].lw() == "to" && (ts[j+1].lw() == "be" || ts[j+1].lw() == "get") {
		// "expected to be hired", "set to get"
		j += 2
		if j >= lim || !enParticipleWord(ts[j]) {
			return ""
		}
		j++
	}
	e := enPPs(ts, j, lim)
	if e == j && j == k+1 {
		return "" // a bare participle ("are affected") says nothing more
	}
	return joinToks(ts, k, e) // "to be hired" keeps its "be"
}

// enShareOfReferent labels "N% of it/this" by the amount named before it
// in the sentence and where that share comes from ("… expected to come
// from the Republic of Korea" → "from the Republic of Korea").
func enShareOfReferent(c lctx) string {
	if w := c.lw(c.k + 2); w != "it" && w != "this" && w != "that" {
		return ""
	}
	for p := c.k - 1; p >= 0; p-- {
		if c.ts[p].num < 0 {
			continue
		}
		if q := c.qs[c.ts[p].num]; q.IsSkipped() || !(q.IsMoney() || q.Kind == quantity.KindCount) {
			continue
		}
		whole := c.sub(p)
		if whole == "" {
			return ""
		}
		return joinNonEmpty("share of", whole, enSourceAfter(c.ts, c.k+3, len(c.ts)))
	}
	return ""
}

// enSourceAfter returns the "from …" phrase a few words after i ("expected
// to come from Korea", "coming from FDI"), or "".
func enSourceAfter(ts []tok, i, lim int) string {
	for j := i; j < lim && j < i+6; j++ {
		if ts[j].lw() == "from" {
			if e := enPPs(ts, j, lim); e > j {
				return enJoin(ts, j, e)
			}
			return ""
		}
		if !ts[j].isWord() || !(enAux[ts[j].lw()] || ts[j].lw() == "to" || enParticipleWord(ts[j]) || ts[j].lw() == "come" || ts[j].lw() == "comes") {
			return ""
		}
	}
	return ""
}

// skipBracket passes over a bracket opening at i ("($1 billion)",
// "(khoảng 44.000 tỷ đồng)").
func skipBracket(ts []tok, i, lim int) int {
	if i >= lim || ts[i].w != "(" {
		return i
	}
	for j := i + 1; j < lim; j++ {
		if ts[j].w == ")" {
			return j + 1
		}
	}
	return i
}

// enItemPlaces are nouns of sites: what is done there is done "at" them.
var enItemPlaces = setOf("plant", "factory", "centre", "center", "park", "campus", "school", "university", "lab", "laboratory", "facility", "complex", "hub")

// enParticipleSetting is where a participle clause's action happens when
// the clause opens after a comma ("…, training 500 engineers a year"):
// the object of the clause before, said with "in" or "at" ("in the chip
// design training programme"), or "".
func enParticipleSetting(ts []tok, v int) string {
	if v < 2 || ts[v-1].w != "," || !strings.HasSuffix(ts[v].lw(), "ing") {
		return ""
	}
	for j := v - 2; j >= 0; j-- {
		if ts[j].punct && ts[j].w != "-" {
			return ""
		}
		if _, ok := enVerb(ts[j].lw()); !ok || !ts[j].isWord() || startsCapital(ts[j].w) || enNounToo[ts[j].lw()] || enAux[ts[j].lw()] {
			continue
		}
		s, e := enNPAfter(ts, j+1, v-1, false)
		if e == s || e-s < 2 || enTimePhrase(ts, s, e) {
			return ""
		}
		prep := "in the "
		if enItemPlaces[ts[e-1].lw()] {
			prep = "at the "
		}
		return prep + enPhrase(ts, s, e)
	}
	return ""
}
