package extract

import (
	"strings"

	"ictdash/data/quantity"
)

var viChangeVerb = map[string]string{
	"tăng": "mức tăng", "tăng thêm": "mức tăng", "tăng lên": "mức tăng", "giảm": "mức giảm",
	"giảm đi": "mức giảm", "sụt giảm": "mức giảm", "tăng trưởng": "mức tăng trưởng",
	"tăng trưởng bình quân": "mức tăng trưởng bình quân", "giảm xuống": "mức giảm",
}

var viChangeSet = func() map[string]bool {
	m := map[string]bool{}
	for k := range viChangeVerb {
		m[k] = true
	}
	return m
}()

// viAmountHedge may sit between a verb and its amount ("đầu tư thêm").
var viAmountHedge = setOf("thêm", "khoảng", "hơn", "gần", "tổng cộng", "bổ sung", "trên")

// viHedge may sit between a verb and its number, link verbs included.
var viHedge = setOf("thêm", "khoảng", "hơn", "gần", "tổng cộng", "bổ sung", "trên", "lên", "đến", "tới", "ở mức", "đạt")

// viChange: "…, tăng 12% so với cùng kỳ" → "mức tăng của kim ngạch …".
func viChange(c lctx) string {
	if c.q.Unit != quantity.Percent && c.q.Unit != quantity.PercentPoint && c.q.Kind != quantity.KindMultiplier {
		return ""
	}
	ts, j := c.ts, c.k
	for n := viBefore(ts, j, viHedge); n > 0 && viBefore(ts, j, viChangeSet) == 0; n = viBefore(ts, j, viHedge) {
		j -= n
	}
	n := viBefore(ts, j, viChangeSet)
	if n == 0 && c.q.Kind == quantity.KindMultiplier && j >= 2 && ts[j-1].w == "," {
		// "thu hút 1,94 tỷ USD vốn FDI, gấp 3,1 lần cùng kỳ": a multiple
		// of the amount before, against the period it names.
		if l := c.viAmountBefore(j - 1); l != "" {
			if c.lw(c.k+1) == "cùng" && c.lw(c.k+2) == "kỳ" {
				return l + " so với cùng kỳ"
			}
			return "mức tăng của " + l
		}
	}
	if n == 0 {
		return ""
	}
	v := j - n
	what := viChangeVerb[lowerJoin(ts[v:j])]
	if h := viSubject(ts, v); h != "" {
		return what + " của " + h
	}
	if v >= 2 && ts[v-1].w == "," {
		if l := c.viAmountBefore(v - 1); l != "" {
			return what + " của " + l
		}
	}
	return what
}

// viAmountBefore is the label of the nearest number before token e that
// is no percentage, passing over a conversion in brackets ("(tương đương
// 25.800 tỷ won)"), or "": the base of ", tăng 8,3%" and ", gấp 3,1 lần".
func (c lctx) viAmountBefore(e int) string {
	for p := e - 1; p >= 0; p-- {
		if c.ts[p].w == ")" {
			p = bracketOpen(c.ts, p)
			continue
		}
		if c.ts[p].num >= 0 && c.qs[c.ts[p].num].Kind != quantity.KindPercent {
			return c.sub(p)
		}
	}
	return ""
}

// viPercentOf: a percentage of the noun after it: "25% cổ phần CMC" →
// "tỷ lệ cổ phần CMC của Samsung SDS"; "chiếm 30% tổng kim ngạch" →
// "tỷ trọng của Samsung trong tổng kim ngạch".
func viPercentOf(c lctx) string {
	if c.q.Unit != quantity.Percent {
		return ""
	}
	ts, k := c.ts, c.k
	np := viNP(ts, k+1)
	if k+1 < len(ts) && ts[k+1].lw() == "là" {
		np = viNP(ts, k+2) // "trong đó khoảng 30% là kỹ sư thiết kế vi mạch"
	}
	if np == "" {
		return ""
	}
	j := k
	for n := viBefore(ts, j, viHedge); n > 0; n = viBefore(ts, j, viHedge) {
		j -= n
	}
	switch n := viBefore(ts, j, setOf("chiếm", "đóng góp", "nắm", "nắm giữ", "sở hữu", "mua", "mua lại", "bán", "chuyển nhượng", "thâu tóm")); {
	case n > 0 && (ts[j-n].lw() == "chiếm" || lowerJoin(ts[j-n:j]) == "đóng góp"):
		// "kinh tế số đóng góp 25% GRDP": a share of the whole, as "chiếm" is.
		if h := viSubject(ts, j-n); h != "" {
			return "tỷ trọng của " + h + " trong " + np
		}
		return "tỷ trọng trong " + np
	case n > 0:
		if h := viSubject(ts, j-n); h != "" && !strings.Contains(np, " của ") {
			return "tỷ lệ " + np + " của " + h
		}
	}
	return "tỷ lệ " + np
}

// viMeasureBefore: the noun phrase just before the amount, over link
// verbs: "Kim ngạch xuất khẩu đạt 31,4 tỷ USD" → "kim ngạch xuất khẩu";
// "với tổng vốn đăng ký 382 triệu USD" after a count → "tổng vốn đăng ký
// của <the count's label>"; "Samsung đạt doanh thu 60 tỷ USD" → "doanh
// thu của Samsung".
func viMeasureBefore(c lctx) string {
	ts, j := c.ts, c.k
	for n := viBefore(ts, j, viLink) + viBefore(ts, j, viAspect); n > 0; n = viBefore(ts, j, viLink) + viBefore(ts, j, viAspect) {
		j -= max(viBefore(ts, j, viLink), viBefore(ts, j, viAspect))
	}
	j -= viTimeBefore(ts, j) // "… của TP HCM năm 2023 đạt 28,5 tỷ USD"
	s := j
	for s > 0 && ts[s-1].isWord() && j-s < 14 {
		if lw := ts[s-1].lw(); (lw == "tăng" || lw == "giảm") && s < j && ts[s].lw() == "thêm" {
			s-- // "khoản vốn tăng thêm": a noun phrase
			continue
		}
		if n := viMidPhrase(ts, s, j); n > 0 {
			s -= n
			continue
		}
		if ts[s-1].lw() == "không" && s+1 < len(ts) && ts[s].lw() == "hoàn" && ts[s+1].lw() == "lại" {
			s-- // "vốn tài trợ không hoàn lại": non-refundable, one modifier
			continue
		}
		if viBefore(ts, s, viStop) > 0 || viBefore(ts, s, viAspect) > 0 || viBefore(ts, s, setOf("hiện", "mong muốn", "muốn", "cho biết")) > 0 {
			break
		}
		if n := viBefore(ts, s, viPreps); n > 0 && (s-n == 0 || !ts[s-n-1].isWord()) {
			break
		}
		s--
	}
	for s < j && viAt(ts, s, viPreps) > 0 {
		s++
	}
	// "nâng tổng vốn … lên 25 tỷ USD": the verb is not the measure.
	for s < j && viAt(ts, s, setOf("nâng", "tăng", "đưa", "giảm", "hạ", "kéo")) > 0 && s+1 < j {
		s++
	}
	if s == j {
		return ""
	}
	np := viPhrase(ts, s, j)
	if e := viPost(ts, c.k+1); e > c.k+1 {
		np += " " + joinToks(ts, c.k+1, e)
	}
	if strings.Contains(np, " của ") || s == 0 {
		return np
	}
	prev := ts[s-1].lw()
	switch {
	case (prev == "với" || prev == ",") && c.countBefore(s-1) >= 0:
		// "279 dự án … với tổng vốn đăng ký 382 triệu USD"
		if l := c.sub(c.countBefore(s - 1)); l != "" {
			return np + " của " + l
		}
	case prev == "và" && s >= 2 && ts[s-2].num >= 0:
		// "doanh nghiệp đạt doanh thu 4,2 tỷ USD và nộp ngân sách hơn
		// 1.200 tỷ đồng": the two objects share the first one's holder.
		if h := viHolderOf(c.sub(s - 2)); h != "" {
			return viWithHolder(np, h)
		}
	case prev == "với":
		if h := viClauseSubject(ts, s-1); h != "" {
			return np + " của " + h
		}
	case viLink[prev] || prev == "có" || prev == "ghi nhận" || prev == "mang về" || prev == "thu" || prev == "tăng" || prev == "nâng":
		if h := viSubject(ts, s-1); h != "" {
			return viWithHolder(np, h)
		}
	}
	return np
}

// countBefore returns the token of the count whose noun phrase ends at j
// ("279 dự án FDI tại Đà Nẵng với …"), or -1.
func (c lctx) countBefore(j int) int {
	for p := j - 1; p >= 0 && p >= j-10; p-- {
		t := c.ts[p]
		if t.num >= 0 {
			if c.qs[t.num].Kind == quantity.KindCount {
				return p
			}
			return -1
		}
		if t.punct {
			return -1
		}
	}
	return -1
}

// viHolderOf is the holder a label names after "của" ("doanh thu của
// doanh nghiệp tại Hải Phòng" → "doanh nghiệp"), or "".
func viHolderOf(l string) string {
	i := strings.Index(l, " của ")
	if i < 0 {
		return ""
	}
	h := l[i+len(" của "):]
	for _, p := range []string{" tại ", " vào ", " cho ", " ở ", " trong ", " của "} {
		if j := strings.Index(h, p); j >= 0 {
			h = h[:j]
		}
	}
	return strings.TrimSpace(h)
}
