package extract

import (
	"strings"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Korean multipliers and time words inside a noun phrase.

// koMultiplier labels "베트남 매출을 2배로 늘린다": the object brought to a
// multiple of itself, with the change the verb names ("증가 배수").
func koMultiplier(c lctx, role byte) string {
	if c.q.Kind != quantity.KindMultiplier || role != 'p' {
		return ""
	}
	obj := c.koObjectBefore(c.k)
	if obj == "" {
		return ""
	}
	change := "배수"
	for i := c.k + 1; i < len(c.ts) && i <= c.k+3; i++ {
		if c.ts[i].isWord() && koChange(c.ts[i].w) == "증가율" {
			change = "증가 배수" // "2배로 늘린다", "3배로 확대할"
			break
		}
	}
	h, _ := c.koHolder(c.k)
	if koGenericHolder[h] || strings.Contains(obj, h) {
		h = ""
	}
	return joinNonEmpty(koOf(h), obj, change)
}

// koGenericHolder are holders that only point back at a company named
// before ("회사는 …"); a label is clearer without them.
var koGenericHolder = setOf("회사", "이 회사", "동사", "업체", "그룹", "당사", "기업")

// koTimePoint words date a phrase ("삼성 베트남 법인들의 지난해 수출액"):
// passed over inside a noun phrase and left out of its label.
var koTimePoint = setOf("지난해", "올해", "작년", "내년", "지난달", "이번", "상반기", "하반기", "연말", "연초")

// koTimeInside reports whether token i is a time word between a
// 의-modifier and its head.
func (c lctx) koTimeInside(i int) bool {
	if i < 1 || i+1 >= len(c.ts) || !koTimePoint[c.ts[i].w] || !c.ts[i-1].isWord() || !c.ts[i+1].isWord() {
		return false
	}
	_, role := koSplit(c.ts[i-1].w)
	return role == 'g' || strings.HasSuffix(c.ts[i-1].w, "의")
}

// koCarriedSubject gives a bare Korean measure ("투입액") the subject of the
// sentence before when its own sentence has none: Korean drops a subject
// the previous sentence named ("네이버클라우드가 … 짓는다. 2027년까지 약
// 5000억원을 투입해 …" → 네이버클라우드의 투입액).
func koCarriedSubject(text string, sent span, q data.Quantity, l string) string {
	if l == "" || strings.Contains(l, " ") || weakLabel(l) && strings.HasPrefix(l, weakPrefix) {
		return l
	}
	body := text[sent.start:max(sent.start, min(q.Start, sent.end))]
	for _, w := range strings.Fields(body) {
		if _, role := koSplit(w); role == 't' || role == 's' {
			return l // the sentence has its own subject
		}
	}
	prev, ok := prevSentence(text, sent.start)
	if !ok || strings.Contains(text[prev.end:sent.start], "\n\n") {
		return l
	}
	ws := strings.Fields(text[prev.start:prev.end])
	if len(ws) == 0 {
		return l
	}
	stem, role := koSplit(ws[0])
	if (role != 's' && role != 't') || koTime[stem] || koGenericHolder[stem] || !isHangulPhrase(stem) && !capitalised(stem) {
		return l
	}
	return stem + "의 " + l
}
