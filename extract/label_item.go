package extract

import (
	"strings"
	"unicode/utf8"

	"ictdash/data/quantity"
)

// The item a figure is about is named in full once ("Hanyang University
// and HUST will launch a chip design training programme") and then by its
// head noun ("The programme, with a total budget of 15 billion KRW …").
// A label that names it by "the programme" names it as the article first
// did: "Total budget of the chip design training programme".

// enItemNouns are the heads of the things figures are about.
var enItemNouns = setOf("programme", "program", "project", "plant", "factory", "centre", "center", "fund", "course",
	"scheme", "initiative", "park", "complex", "facility", "campus", "lab", "laboratory", "hub", "forum", "deal", "agreement", "contract")

// itemSentencesBack bounds how many sentences back the full name is looked for.
const itemSentencesBack = 3

// expandItem writes "the <noun>" in an English label l as the fuller name
// a sentence before sent gave it, when the nearest one that names such a
// thing names one only.
func expandItem(lang quantity.Lang, text string, sent span, l string) string {
	if lang != quantity.EN {
		return l
	}
	fs := strings.Fields(l)
	at := -1
	for i := 0; i+1 < len(fs); i++ {
		if strings.ToLower(fs[i]) == "the" && enItemNouns[strings.ToLower(strings.TrimRight(fs[i+1], ",;:"))] {
			at = i
			break
		}
	}
	if at < 0 {
		return l
	}
	noun := strings.ToLower(strings.TrimRight(fs[at+1], ",;:"))
	from := sent.start
	for range itemSentencesBack {
		prev, ok := prevSentence(text, from)
		if !ok {
			return l
		}
		from = prev.start
		full, n := fullItemNames(text, prev, noun)
		if n > 1 {
			return l
		}
		if n == 1 {
			out := strings.Join(append(append(append([]string{}, fs[:at]...), "the", full), fs[at+1:]...), " ")
			if utf8.RuneCountInString(out) > maxLabelRunes {
				// Keep the item whole; drop what follows it.
				out = strings.Join(append(append(append([]string{}, fs[:at]...), "the", full), fs[at+1]), " ")
			}
			if utf8.RuneCountInString(out) > maxLabelRunes {
				return l
			}
			return out
		}
	}
	return l
}

// fullItemNames returns the premodifiers the sentence gives noun after a
// determiner ("a chip design training"), when it gives one such name, and
// how many distinct names it gives.
func fullItemNames(text string, sent span, noun string) (string, int) {
	ts := labelTokens(text, sent, nil)
	var names []string
	for i, t := range ts {
		if t.lw() != noun || i+1 < len(ts) && enContent(ts[i+1]) && !enTimeStart(ts, i+1, len(ts)) {
			continue
		}
		s := i
		for s > 0 && i-s < 5 && enPremodifier(ts[s-1]) {
			s--
		}
		if s == i || s == 0 || !enDet[ts[s-1].lw()] || ts[s-1].lw() == "its" || ts[s-1].lw() == "their" {
			continue
		}
		name := enJoin(ts, s, i)
		found := false
		for _, n := range names {
			found = found || n == name
		}
		if !found {
			names = append(names, name)
		}
	}
	if len(names) != 1 {
		return "", len(names)
	}
	return names[0], 1
}

// enPremodifier: a word that may stand before an item's head noun ("chip",
// "design", "training", "Hanyang–HUST").
func enPremodifier(t tok) bool {
	lw := t.lw()
	return t.isWord() && !enDet[lw] && !enPreps[lw] && !enAux[lw] && !stopWords[lw] && lw != "and" && !enClauseEnd[lw]
}
