package extract

import (
	"ictdash/data/quantity"
)

// A bare amount joined to an earlier one of the same unit by "and"/"và"
// ("đóng góp 25% GRDP vào năm 2025 và khoảng 40% vào năm 2030", "revenue
// of $300 million this year and $500 million by 2030") names nothing of
// its own: it is the same measure at another time or place, and takes
// the earlier amount's label.

var coordWords = map[quantity.Lang]map[string]bool{
	quantity.EN: setOf("and", "or", "then"),
	quantity.VI: setOf("và", "hoặc", "rồi"),
}

// coordAfter are the words that may follow a bare coordinated amount: a
// dating or placing preposition, not a noun of its own.
var coordAfter = map[quantity.Lang]map[string]bool{
	quantity.EN: setOf("by", "in", "a", "per", "this", "next", "last", "over", "on", "at", "for", "respectively"),
	quantity.VI: setOf("vào", "năm", "trong", "đến", "tới", "mỗi", "cho", "tại", "ở", "sau", "trước"),
}

// coordinated returns the label of the earlier amount the figure is
// joined to, or "" when the figure is not a bare coordinated amount.
func (c lctx) coordinated() string {
	cw, after := coordWords[c.lang], coordAfter[c.lang]
	if cw == nil || c.k < 2 || !cw[c.ts[c.k-1].lw()] || c.q.Noun != "" {
		return ""
	}
	if n := c.k + 1; n < len(c.ts) && c.ts[n].isWord() && !after[c.ts[n].lw()] {
		return ""
	}
	for p := c.k - 2; p >= 0 && p >= c.k-14; p-- {
		t := c.ts[p]
		if t.w == ";" || cw[t.lw()] {
			return ""
		}
		if t.num < 0 {
			continue
		}
		if o := c.qs[t.num]; o.Unit == c.q.Unit && o.Kind == c.q.Kind && !o.IsSkipped() {
			return c.sub(p)
		}
	}
	return ""
}
