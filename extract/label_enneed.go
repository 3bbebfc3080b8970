package extract

// English needs and gaps: a count after "a shortage of", "demand for" or
// "short of" measures the need, not the things needed.

// enNeeds are the nouns of a need or a gap, which a count after "of" or
// "for" measures: "a shortage of 30,000 software engineers", "demand for
// 50,000 IT workers".
var enNeeds = setOf("shortage", "shortages", "deficit", "lack", "gap", "demand", "need", "needs", "surplus", "excess")

// enNeedOf labels a count that measures a need or a gap.
func enNeedOf(c lctx) string {
	if l := c.enShortOf(); l != "" {
		return l
	}
	if p := c.lw(c.k - 1); (p == "of" || p == "for") && enNeeds[c.lw(c.k-2)] {
		if counted, _, _ := c.enCounted(); counted != "" {
			return c.lw(c.k-2) + " " + p + " " + counted
		}
	}
	return ""
}

// enShortOf: "Korean chip companies were short of 17,000 engineers" is a
// shortage, at the companies that have it.
func (c lctx) enShortOf() string {
	if c.lw(c.k-1) == "of" && c.lw(c.k-2) == "short" {
		if counted, _, _ := c.enCounted(); counted != "" {
			if v := c.k - 3; v >= 0 && enAux[c.lw(v)] {
				if h := enSubject(c.ts, v); h != "" {
					return "shortage of " + counted + " at " + h
				}
			}
			return "shortage of " + counted
		}
	}
	return ""
}
