package extract

// The holder of an English figure is the subject of its verb, found
// backwards over auxiliaries, adverbs, catenative verbs ("has begun
// training") and asides between commas; pronouns stand for the subject of
// the reporting verb or are no holder at all.

// enSubject finds the subject of the verb at v: the noun phrase before it,
// over auxiliaries and adverbs ("will also invest"), and over a
// parenthetical clause between commas ("FDI …, bolstered by …, has grown").
// Pronouns are no holder: "" is returned for them.
func enSubject(ts []tok, v int) string {
	j := v
	for j > 0 && ts[j-1].isWord() && (enAux[ts[j-1].lw()] || enAdverb(ts[j-1].lw())) {
		j--
	}
	if j > 1 && (ts[j-1].lw() == "which" || ts[j-1].lw() == "who") && ts[j-2].w == "," {
		j -= 2 // "Samsung Electronics, which employs …": the antecedent
	} else if j > 0 && ts[j-1].w == "," {
		j = enSkipParenthetical(ts, j)
	}
	if j > 1 && ts[j-1].lw() == "and" {
		// "Samsung established … and is supporting two businesses": the
		// subject of the first clause.
		return enClauseSubject(ts, j-1)
	}
	if j > 0 && (ts[j-1].lw() == "it" || ts[j-1].lw() == "they" || ts[j-1].lw() == "we") {
		// "LG Innotek said Wednesday it will invest": the reporting
		// verb's subject is what the pronoun stands for.
		for r := j - 2; r >= 0 && r >= j-5; r-- {
			if lw := ts[r].lw(); lw == "said" || lw == "says" || lw == "announced" || lw == "added" || lw == "stated" {
				return enSubject(ts, r)
			}
			if !enTimeWords[ts[r].lw()] && ts[r].lw() != "that" && ts[r].lw() != "on" {
				break
			}
		}
		return ""
	}
	s := enNPBefore(ts, j, 0)
	if s == j || (j-s == 1 && enPronoun[ts[s].lw()]) {
		return ""
	}
	if s > 0 && enDet[ts[s-1].lw()] && !enPronoun[ts[s-1].lw()] && ts[s-1].lw() != "a" && ts[s-1].lw() != "an" {
		// "the city’s ICT sector": the article stays inside a label.
		return ts[s-1].lw() + " " + enPhrase(ts, s, j)
	}
	return enPhrase(ts, s, j)
}

// enSkipParenthetical passes back over ", …," before j when what the
// commas hold is an aside (an apposition without a verb, or a clause
// opened by "to", a participle, "which" or "who"): "Hoa Lac Hi-tech Park,
// west of central Hanoi, covers"; "The plant, to be built …, is expected".
func enSkipParenthetical(ts []tok, j int) int {
	for k := j - 2; k > 0; k-- {
		if ts[k].w != "," {
			continue
		}
		open := ts[k+1]
		aside := enParticipleWord(open) || open.lw() == "which" || open.lw() == "who" || open.lw() == "to"
		if !aside {
			aside = true
			for m := k + 1; m < j-1; m++ {
				if _, v := enVerb(ts[m].lw()); (v && !enNounToo[ts[m].lw()] && !startsCapital(ts[m].w)) || enAux[ts[m].lw()] {
					aside = false
				}
			}
		}
		if aside {
			return k
		}
		return j
	}
	// "The plant, to be built on 25 hectares": the subject before the
	// only comma.
	if j-1 > 0 && ts[j].lw() == "to" {
		return j - 1
	}
	return j
}

func enAdverb(lw string) bool {
	return lw == "also" || lw == "already" || lw == "still" || lw == "now" || lw == "reportedly" || lw == "jointly" ||
		lw == "recently" || lw == "further" || lw == "just" || lw == "even" || lw == "to" || lw == "plans" ||
		lw == "plan" || lw == "planned" || lw == "aims" || lw == "expected" || lw == "set" || lw == "able" || lw == "not" ||
		lw == "since" || lw == "together" || lw == "only" || enCatenative[lw] || enLyAdverb(lw)
}

// enCatenative verbs take another verb ("has begun training"): the
// subject is before them.
var enCatenative = setOf("begun", "began", "begin", "begins", "started", "start", "starts", "continue", "continues",
	"continued", "help", "helps", "helped", "want", "wants", "wanted", "seek", "seeks", "sought", "hope", "hopes",
	"hoped", "intend", "intends", "intended", "decided", "agreed", "agree", "agrees", "pledged", "vowed", "promised", "going", "likely",
	"expects", "expect", "targets", "needs", "need")
