package extract

import (
	"strings"

	"ictdash/data"
)

// When the words of a number's own segment do not decide, the frame of its
// sentence may: a leading adverbial ("Under the plan,", "Theo kế hoạch,"),
// a deadline, or a project the sentence says is not yet built. And a
// future modal on a planned action is a plan, not a forecast.

// plan turns a projection from a future modal into a target when the verb
// it governs is a planned action ("will invest", "sẽ dành"): c ends at
// toks[i].
func (lx *lexicon) plan(toks []token, i int, c cue, st data.Status, w string) (data.Status, string, bool) {
	if st != data.Projection || !lx.planModals[phraseOf(c)] {
		return st, w, true
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if lx.glue[toks[j].low] {
			continue
		}
		v := toks[j].low
		if j+1 < len(toks) && lx.planVerbs[v+" "+toks[j+1].low] {
			return data.Target, w + " " + toks[j].orig + " " + toks[j+1].orig + " (a plan)", true
		}
		if lx.planVerbs[v] {
			return data.Target, w + " " + toks[j].orig + " (a plan)", true
		}
		if ownGrowthVerbs[v] && j+1 < len(toks) && possessives[toks[j+1].low] {
			return data.Target, w + " " + toks[j].orig + " " + toks[j+1].orig + " (an actor's plan for its own)", true
		}
		break
	}
	return st, w, true
}

// frame decides a number whose own segment has no cue from the frame of
// its sentence: a leading "under the plan," or "theo kế hoạch,", a
// deadline ("by 2030", "đến năm 2030"), or the cost of a project the
// sentence says is not yet built.
func (lx *lexicon) frame(text string, sent, seg span, q data.Quantity) (data.Status, string, bool) {
	cl := statusClause(text, sent, q)
	for _, part := range strings.Split(text[cl.start:seg.start], ", ") {
		toks := tokenize(part, 0, len(part))
		for _, f := range lx.frames {
			if len(toks) >= len(f.words) && wordsAt(toks, 0, f.words) {
				return f.status, statusReason(f.status, phraseOf(f)), true
			}
		}
	}
	if lx.deadline != nil {
		if w, ok := lx.deadline(text, cl); ok {
			return lx.deadlineS, statusReason(lx.deadlineS, w), true
		}
	}
	return lx.projectCost(text, sent, seg, q)
}

// projectCost: the cost of a project the sentence says is not yet built
// ("the plant, to be built in Bắc Ninh, has a total investment of $1
// billion") is a projection, though its own verb is in the present.
func (lx *lexicon) projectCost(text string, sent, seg span, q data.Quantity) (data.Status, string, bool) {
	if !q.IsMoney() || !hasAny(text[seg.start:q.Start], lx.costWords) {
		return "", "", false
	}
	s := strings.ToLower(text[sent.start:sent.end])
	if hasAny(s, licenceWords) {
		return "", "", false // registered capital, as licensed, is a fact (status_attrib.go)
	}
	for _, w := range lx.future {
		if containsWord(s, w) {
			return data.Target, statusReason(data.Target, w) + " (the planned cost of a project not yet built)", true
		}
	}
	return "", "", false
}
