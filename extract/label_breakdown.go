package extract

import (
	"strings"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Breakdowns. Reporting gives a whole and then its parts: "export value
// reached US$92.3 billion, of which electronics brought US$88 billion and
// software US$4.3 billion"; "cấp mới 12 dự án FDI, trong đó Hàn Quốc
// chiếm 5 dự án"; "수출액은 500억 달러로, 이 중 스마트폰이 300억 달러를
// 차지했다". A part's own grammar gives only the item ("Software", "Dự
// án"); its label is the whole's measure said of the item ("Export value
// of software", "Dự án FDI … của Hàn Quốc", "… 수출액 중 스마트폰").

// breakdown returns the label of a part of a breakdown whose own label is
// l, or "" when the figure is not one or l already says more.
func (c lctx) breakdown(l string) string {
	if c.depth > 0 {
		return ""
	}
	m := c.breakdownMark()
	if m < 0 {
		return ""
	}
	w := c.wholeBefore(m)
	if w == "" {
		return ""
	}
	switch c.lang {
	case quantity.VI:
		return c.viPart(l, w, m)
	case quantity.KO:
		return c.koPart(l, w, m)
	}
	return c.enPart(l, w, m)
}

// breakdownMark is the token that opens the breakdown the figure is in
// ("of which", "trong đó", "이 중"), or -1.
func (c lctx) breakdownMark() int {
	for j := c.k - 1; j >= 1; j-- {
		switch c.lang {
		case quantity.VI:
			if c.lw(j-1) == "trong" && c.lw(j) == "đó" {
				return j
			}
		case quantity.KO:
			if w := c.ts[j].w; (c.ts[j-1].w == "이" || c.ts[j-1].w == "그") && (w == "중" || w == "가운데" || w == "중에서") || w == "그중" || w == "이중" {
				return j
			}
		default:
			if c.lw(j) == "which" && (c.lw(j-1) == "of" || c.lw(j-1) == "among") || c.lw(j) == "including" {
				return j
			}
		}
		if c.ts[j].w == ";" || c.ts[j].w == "." {
			return -1
		}
	}
	return -1
}

// wholeBefore is the label of the whole a breakdown opening at m divides:
// the nearest figure of the same kind before m.
func (c lctx) wholeBefore(m int) string {
	for p := m - 1; p >= 0; p-- {
		t := c.ts[p]
		if t.num < 0 {
			continue
		}
		q := c.qs[t.num]
		share := c.q.Unit == quantity.Percent && q.Unit != quantity.Percent && q.Unit != quantity.PercentPoint
		if q.IsSkipped() || !share && (!sameMeasureKind(q, c.q) || q.Unit != c.q.Unit && !(q.IsMoney() && c.q.IsMoney())) {
			continue
		}
		w := c.sub(p)
		if isChangeLabel(w) {
			continue // "doanh thu đạt 7,2 tỷ USD, tăng 8%, trong đó xuất khẩu chiếm 95%": a share of the revenue, not of its rise
		}
		if w != "" && !weakLabel(w) {
			return w
		}
		return ""
	}
	return ""
}

// isChangeLabel: a label of a change, which no breakdown divides.
func isChangeLabel(w string) bool {
	l := strings.ToLower(w)
	for _, p := range []string{"mức tăng", "mức giảm", "tăng trưởng", "increase", "rise", "growth", "change", "fall"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return strings.Contains(l, "증가율") || strings.Contains(l, "감소율") || strings.Contains(l, "증가폭")
}

// measureHead is the measure of a whole's label without what follows its
// noun ("Export value earned by …" → "Export value").
func measureHead(w string, stops map[string]bool) string {
	fs := strings.Fields(w)
	for i, f := range fs {
		lf := strings.ToLower(f)
		if i > 0 && (stops[lf] || strings.HasSuffix(lf, "ed")) {
			return strings.Join(fs[:i], " ")
		}
	}
	return w
}

var enHeadStops = setOf("of", "by", "in", "to", "from", "for", "at", "on", "with", "under", "a", "per")

// enPart: "electronics brought US$88 billion and software US$4.3 billion"
// after "of which": the item is the noun before the amount or the
// subject of its verb ("brought", "accounted for", "made up").
func (c lctx) enPart(l, w string, m int) string {
	if !(c.q.IsMoney() || c.q.Unit == quantity.Percent) {
		return ""
	}
	item := enListed(c)
	if item == "" {
		if v := enVerbBefore(c.ts, c.k); v > m {
			item = enSubject(c.ts, v)
		}
	}
	if item == "" || !strings.EqualFold(item, strings.TrimSpace(l)) && l != "" {
		return ""
	}
	head := measureHead(w, enHeadStops)
	if strings.EqualFold(head, item) {
		return ""
	}
	if c.q.Unit == quantity.Percent {
		return "share of " + strings.ToLower(item[:1]) + item[1:] + " in " + head
	}
	return head + " of " + strings.ToLower(item[:1]) + item[1:]
}

var viHeadStops = setOf("được", "của", "do", "tại", "ở", "vào", "cho", "đạt", "là")

// viPart: "cấp mới 12 dự án FDI trong lĩnh vực CNTT, trong đó Hàn Quốc
// chiếm 5 dự án" → "Dự án FDI trong lĩnh vực CNTT của Hàn Quốc"; money
// "trong đó điện tử chiếm 8 tỷ USD" → "Kim ngạch xuất khẩu điện tử".
func (c lctx) viPart(l, w string, m int) string {
	j := c.k
	for n := viBefore(c.ts, j, viHedge); n > 0; n = viBefore(c.ts, j, viHedge) {
		j -= n
	}
	n := viBefore(c.ts, j, setOf("chiếm", "đạt", "là", "có", "với"))
	if n == 0 {
		return ""
	}
	s := m + 1
	if s < len(c.ts) && c.ts[s].w == "," {
		s++
	}
	if s >= j-n {
		return ""
	}
	item := viPhrase(c.ts, s, j-n)
	if item == "" || j-n-s > 8 {
		return ""
	}
	head := measureHead(w, viHeadStops)
	bare := strings.TrimSpace(l)
	switch {
	case c.countLike():
		head = strings.TrimPrefix(strings.TrimPrefix(head, "Số "), "số ")
		if bare != "" && !strings.HasPrefix(strings.ToLower(head), strings.ToLower(bare)) && !weakLabel(l) {
			return ""
		}
	case l != "" && !weakLabel(l):
		return ""
	}
	if c.q.Unit == quantity.Percent {
		return "tỷ trọng của " + item + " trong " + strings.ToLower(head)
	}
	if capitalised(item) {
		return head + " của " + item
	}
	return head + " " + item
}

// koPart: "이 중 스마트폰이 300억 달러를 차지했다" → "<whole> 중 스마트폰".
func (c lctx) koPart(l, w string, m int) string {
	if l != "" && !weakLabel(l) && strings.Contains(l, " ") {
		return ""
	}
	for j := m + 1; j < c.k; j++ {
		t := c.ts[j]
		if !t.isWord() {
			continue
		}
		stem, role := koSplit(t.w)
		if role == 's' || role == 'l' || role == 't' {
			if c.q.Unit == quantity.Percent {
				return w + " 중 " + stem + " 비중"
			}
			return w + " 중 " + stem
		}
	}
	return ""
}

// koPartAcross labels a part of a breakdown that opens its sentence ("이
// 중 박닌성에 11억 달러가 투자됐다") by the whole of the sentence before.
func koPartAcross(text string, sent span, q data.Quantity, l string) string {
	body := strings.TrimSpace(text[sent.start:sent.end])
	open := ""
	for _, o := range []string{"이 중 ", "이 가운데 ", "그중 ", "이중 ", "이 중에서 "} {
		if strings.HasPrefix(body, o) {
			open = o
		}
	}
	// A part labelled without its whole ("중 반도체 교역 비중") is no label yet.
	if open == "" || (l != "" && !weakLabel(l) && !strings.HasPrefix(l, "중 ")) {
		return ""
	}
	prev, ok := prevSentence(text, sent.start)
	if !ok {
		return ""
	}
	pb := text[prev.start:prev.end]
	qs := quantity.Scan(pb, quantity.KO)
	for i := len(qs) - 1; i >= 0; i-- {
		share := q.Unit == quantity.Percent && qs[i].Unit != quantity.Percent && qs[i].Unit != quantity.PercentPoint
		if qs[i].IsSkipped() || !share && !sameMeasureKind(qs[i], q) {
			continue // a percentage is a share of a whole of any kind
		}
		w := labelBuilt(quantity.KO, pb, span{0, len(pb)}, qs[i], qs)
		if koChangeLabel(w) {
			continue // "교역액은 866억 달러로 8.3% 늘었다. 이 가운데 …": a part of the trade, not of its rise
		}
		if w == "" || weakLabel(w) {
			return ""
		}
		rest := strings.Fields(body[len(open):])
		if len(rest) == 0 {
			return ""
		}
		stem := koPartStem(rest)
		if stem == "" {
			return ""
		}
		if share {
			stem += " 비중"
		}
		return finishLabel(w+" 중 "+stem, quantity.KO)
	}
	return ""
}
