package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"

	"ictdash/data"
)

// A comma segment that continues the clause before it, with no verb of its
// own that marks tense or mood, takes that clause's status: "will launch a
// programme next year, training 500 engineers a year" (the training is
// planned too); "dự kiến tuyển gần 3.000 kỹ sư, tăng 20-25% so với năm
// 2022" (the rise is the plan's); "ước đạt 142 tỷ USD, tăng 4,1%" (an
// estimate's change is an estimate). Participles, "up"/"down", "with" and
// "of which" in English; tăng, giảm, trong đó, chiếm, nâng, đưa in
// Vietnamese.

// enContinuers open an English segment that continues the clause before.
var enContinuers = setOf("up", "down", "with", "including", "of", "bringing", "raising", "taking", "lifting",
	"creating", "making", "accounting", "representing", "training", "employing", "adding", "generating")

// viContinuers open a Vietnamese segment that continues the clause before.
var viContinuers = []string{"tăng", "giảm", "trong đó", "chiếm", "nâng", "đưa", "bao gồm", "tương đương", "gồm",
	"đóng góp", "tạo ra", "mang lại", "giải quyết"}

// continuesClause: seg opens with a continuing word and is not the
// sentence's first segment.
func continuesClause(text string, sent, seg span, lang quantity.Lang) bool {
	before := strings.ToLower(strings.TrimRight(text[sent.start:seg.start], " "))
	if seg.start <= sent.start {
		return false
	}
	if strings.HasSuffix(before, ", trong đó") || strings.HasSuffix(before, ", of which") {
		return true // the clause break itself continues: "…, trong đó khoảng 30% là …"
	}
	if !strings.HasSuffix(before, ",") {
		return false
	}
	low := strings.ToLower(strings.TrimLeft(text[seg.start:seg.end], " "))
	if lang == quantity.VI {
		for _, w := range viContinuers {
			if strings.HasPrefix(low, w+" ") {
				return true
			}
		}
		return false
	}
	w, _, _ := strings.Cut(low, " ")
	return enContinuers[w] || len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")
}

// inheritedStatus is the status of the segment before seg, when seg
// continues it and that status is not actual (an actual clause leaves the
// default as it is).
func inheritedStatus(text string, sent, seg span, lang quantity.Lang) (data.Status, string, bool) {
	if !continuesClause(text, sent, seg, lang) {
		return "", "", false
	}
	end := strings.LastIndex(text[sent.start:seg.start], ",") + sent.start
	at := data.Quantity{Start: end, End: end}
	// The status of the figure it continues, when the clause before has
	// one: in "attracted $38.2 billion in investment pledges in 2024, up
	// 9.4%" the rise is the attracted amount's, not the pledges'.
	for _, o := range quantity.Scan(text[sent.start:end], lang) {
		if !o.IsSkipped() {
			at = data.Quantity{Start: sent.start + o.Start, End: sent.start + o.End}
		}
	}
	st, why := statusIn(text, span{sent.start, end}, at, lang)
	if st == data.Actual || st == "" {
		return "", "", false
	}
	if why == "" {
		why = string(st)
	}
	return st, fmt.Sprintf("continues the clause before it (%s)", why), true
}
