package extract

import "strings"

// English noun phrases, found by walking tokens: a phrase is a run of
// content words (modifiers and head), which may carry post-modifiers:
// prepositional phrases ("in Đà Nẵng", "of the AI course") and one
// participle phrase ("trained in …", "operating in …"). Relative clauses,
// time phrases and numbers end it.

// enContent reports whether t can be part of a noun phrase's core.
func enContent(t tok) bool {
	if !t.isWord() {
		return false
	}
	lw := t.lw()
	if enDet[lw] || enAux[lw] || enPreps[lw] || enClauseEnd[lw] || stopWords[lw] || lw == "and" || lw == "to" {
		return false
	}
	if _, v := enVerb(lw); v && !startsCapital(t.w) && !enNounToo[lw] {
		return false
	}
	return !enMonth[lw] && !enWeekday[lw] && !(enPersonal[lw] && t.w != "IT") && !enLyAdverb(lw)
}

var enWeekday = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// enPersonal pronouns are never part of a measured noun phrase.
var enPersonal = setOf("he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "together", "there", "here", "since", "once")

// enLyAdverb: "currently", "increasingly" (not "supply", "family", "July").
func enLyAdverb(lw string) bool {
	if !strings.HasSuffix(lw, "ly") || len(lw) < 6 {
		return false
	}
	switch lw {
	case "supply", "assembly", "family", "monopoly", "anomaly", "italy", "july", "rally", "ally", "reply", "quarterly", "weekly", "monthly", "daily":
		return false
	}
	return true
}

// enMonth are month names (a date, never part of what is measured).
var enMonth = setOf("january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "sept")

// enTimeStart reports whether a time phrase starts at i: "last year",
// "next five years", "this month".
func enTimeStart(ts []tok, i, lim int) bool {
	switch ts[i].lw() {
	case "last", "next", "this", "coming", "past", "previous", "same":
		for j := i + 1; j < lim && j <= i+2; j++ {
			if enTimeWords[ts[j].lw()] && ts[j].lw() != "last" && ts[j].lw() != "next" {
				return true
			}
			if ts[j].num < 0 {
				continue
			}
		}
	}
	return false
}

// enNounToo are verb forms that are nouns in a phrase's core more often
// than not ("exports", "sales", "funds", "projects").
var enNounToo = setOf("revenue", "turnover", "exports", "imports", "funds", "fund", "sales", "investment",
	"investments", "cost", "costs", "project", "projects", "record", "records", "report", "reports", "value",
	"total", "plan", "plans", "target", "targets", "number", "count", "increase", "decline", "growth", "rise",
	"export", "import", "offer", "offers", "need", "needs", "list", "order", "orders", "support", "training",
	"funding", "financing", "earnings", "savings", "aid", "meeting", "building", "manufacturing", "engineering",
	"programming", "marketing", "processing", "outsourcing", "banking", "housing", "spending", "trade", "deal",
	"deals", "forecast", "amount", "grants", "estimates", "loss", "losses", "transfer", "transfers", "delivery",
	"fdi", "graduates", "graduate", "hires", "recruits", "visits", "trips", "starts", "returns")

// enCore returns the end of the noun-phrase core starting at i: content
// words, joined by "and" or "&" only between two content words.
func enCore(ts []tok, i, lim int) int {
	j := i
	for j < lim {
		switch {
		case enTimeStart(ts, j, lim):
			return j
		case enContent(ts[j]):
			j++
		case ts[j].lw() == "top" && j+1 < lim && (ts[j+1].num >= 0 || enContent(ts[j+1])):
			j++ // "Vietnam's top 10 technology companies"
		case ts[j].num >= 0 && j > i && ts[j-1].lw() == "top":
			j++
		case strings.HasSuffix(ts[j].lw(), "ed") && j+1 < lim && enContent(ts[j+1]) && !enAux[ts[j].lw()] && (j == i || enContent(ts[j-1])):
			j++ // "registered capital", "total registered capital"
		case j > i && (ts[j].lw() == "and" || ts[j].w == "&") && j+1 < lim && enContent(ts[j+1]) && !enVerbNext(ts, j+1, lim):
			j++
		default:
			return j
		}
	}
	return j
}

// enVerbNext reports whether the content word at i is followed by an
// auxiliary, meaning "and" joins clauses there, not nouns.
func enVerbNext(ts []tok, i, lim int) bool {
	k := enCore(ts, i, lim)
	return k < lim && enAux[ts[k].lw()]
}

// enSkipDet passes over determiners at i.
func enSkipDet(ts []tok, i, lim int) int {
	for i < lim && ts[i].isWord() && enDet[ts[i].lw()] {
		i++
	}
	return i
}

// enTimePhrase reports whether ts[i:j] dates rather than describes:
// "2027", "the next five years", "March 2015".
func enTimePhrase(ts []tok, i, j int) bool {
	for k := i; k < j; k++ {
		if ts[k].num >= 0 && enWithNumber(ts, k, 0) {
			continue // "with three years of experience" qualifies, it does not date
		}
		if ts[k].num >= 0 || enTimeWords[ts[k].lw()] {
			return true
		}
	}
	return false
}

// enPP returns the end of a prepositional phrase starting at i, or i.
func enPP(ts []tok, i, lim int) int {
	if i >= lim || !enPreps[ts[i].lw()] {
		return i
	}
	p := ts[i].lw()
	o := enSkipDet(ts, i+1, lim)
	e := enCore(ts, o, lim)
	if e == o || enTimePhrase(ts, i+1, e) || (e < lim && ts[e].num >= 0) {
		return i
	}
	if p == "to" || p == "for" {
		// "opportunities to expand", "for investing": an infinitive or
		// gerund is a purpose clause, not a modifier of the noun.
		if _, v := enVerb(ts[o].lw()); v && !enNounToo[ts[o].lw()] {
			return i
		}
	}
	if p == "by" && !startsCapital(ts[o].w) {
		return i
	}
	// A list of places: "in Thừa Thiên Huế, Đà Nẵng, and Quảng Ngãi".
	for e+2 < lim && ts[e].w == "," && startsCapital(ts[o].w) {
		k := e + 1
		if ts[k].lw() == "and" {
			k++
		}
		if k >= lim || !startsCapital(ts[k].w) || !enContent(ts[k]) {
			break
		}
		e = enCore(ts, k, lim)
	}
	if e+1 < lim && ts[e].lw() == "and" && startsCapital(ts[e+1].w) && startsCapital(ts[o].w) && enContent(ts[e+1]) {
		e = enCore(ts, e+1, lim)
	}
	return e
}

// enPostmods returns the end of the post-modifiers after a core ending at
// i: up to three prepositional phrases and one participle phrase.
func enPostmods(ts []tok, i, lim int) int {
	participled := false
	for n := 0; n < 4 && i < lim; n++ {
		if e := enPP(ts, i, lim); e > i {
			i = e
			continue
		}
		if participled {
			break
		}
		k := i
		for k < lim && enAux[ts[k].lw()] {
			k++ // "are operating in", "have been doing business in"
		}
		if k >= lim || !enParticipleWord(ts[k]) {
			break
		}
		e := k + 1
		if o := enCore(ts, e, lim); o > e && !enTimePhrase(ts, e, o) {
			e = o // "doing business"
		}
		pp := enPP(ts, e, lim)
		if pp == e && e == k+1 {
			break
		}
		participled = true
		i = pp
	}
	return i
}

// enParticipleWord reports whether t is an -ed or -ing form that can
// follow a noun ("trained", "operating").
func enParticipleWord(t tok) bool {
	lw := t.lw()
	if lw == "" || enClauseEnd[lw] || stopWords[lw] || startsCapital(t.w) {
		return false
	}
	if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") {
		return true
	}
	_, irregular := enIrregular[lw]
	return irregular && enParticiple[enIrregular[lw]] == lw
}

// enNPAfter returns the span [s, e) of the noun phrase at i (after any
// determiner), with its post-modifiers when mods is set.
func enNPAfter(ts []tok, i, lim int, mods bool) (int, int) {
	s := enSkipDet(ts, i, lim)
	e := enCore(ts, s, lim)
	if e == s {
		return s, s
	}
	if mods {
		e = enPostmods(ts, e, lim)
	}
	return s, e
}

// enNPBefore returns the start of the noun phrase ending at j (exclusive),
// with prepositional phrases inside it ("Korea’s ICT exports to Vietnam"),
// and whether it began with a determiner it leaves out.
func enNPBefore(ts []tok, j, lo int) int {
	s := j
	for s > lo {
		t := ts[s-1]
		switch {
		case enContent(t):
			s--
		case s < j && s-2 >= lo && (t.lw() == "and" || t.w == "&") && enContent(ts[s-2]):
			s--
		case s < j && s-2 >= lo && (t.lw() == "of" || t.lw() == "in" || t.lw() == "to" || t.lw() == "for" || t.lw() == "from") &&
			(enContent(ts[s-2]) || enDet[ts[s-2].lw()] || t.lw() == "of" && ts[s-2].num >= 0 && enWithNumber(ts, s-2, lo)) && !enTimePhrase(ts, s, j):
			s--
		case s < j && t.num >= 0 && enWithNumber(ts, s-1, lo):
			s -= 2 // "a developer with three years of experience": the number qualifies the noun
		case t.w == "." && s-2 >= lo && (ts[s-2].w == "No" || ts[s-2].w == "no"):
			s -= 2 // "Software Park No. 2"
		case s < j && enDet[t.lw()] && s-2 >= lo && enPreps[ts[s-2].lw()] && ts[s-2].lw() != "by":
			s-- // "of the manufacturing sector": keep going over "of the"
		default:
			return s
		}
	}
	return s
}

// enPhrase writes ts[s:e], lower-casing an ordinary sentence-initial word.
func enPhrase(ts []tok, s, e int) string {
	if s >= e {
		return ""
	}
	full := enJoin(ts, s, e)
	return lowerFirst(ts, s) + full[len(ts[s].w):]
}

// enJoin is joinToks without the auxiliaries of a reduced relative
// clause: "businesses are operating in" → "businesses operating in".
func enJoin(ts []tok, s, e int) string {
	var b strings.Builder
	from := s
	for i := s; i < e; i++ {
		if enAux[ts[i].lw()] && i+1 < e && (enAux[ts[i+1].lw()] || enParticipleWord(ts[i+1])) {
			b.WriteString(joinToks(ts, from, i))
			b.WriteByte(' ')
			from = i + 1
		}
	}
	b.WriteString(joinToks(ts, from, e))
	return strings.Join(strings.Fields(b.String()), " ")
}

// enWithNumber reports whether the number at p opens a qualifier after
// "with" on a noun ("a developer with five years of experience", "firms
// with 100 staff"): the noun phrase goes on before it.
func enWithNumber(ts []tok, p, lo int) bool {
	return p-2 >= lo && ts[p-1].lw() == "with" && enContent(ts[p-2])
}
