package extract

import (
	"strings"

	"ictdash/data"
)

// ownGrowthVerbs with the actor's own thing as their object ("would
// expand its Hanoi centre to 1,200 staff", "will double their capacity")
// state what the actor plans to do, a target; "exports would expand to"
// forecasts an outcome and stays a projection.
var ownGrowthVerbs = setOf("expand", "raise", "increase", "double", "triple", "lift", "grow", "boost", "scale",
	"enlarge", "extend")

var possessives = setOf("its", "their", "our")

// leadingEstimate finds an attribution to an estimate that opens the
// number's sentence: "Theo ước tính của KOICA, trung tâm có thể thu hút
// 20-25 doanh nghiệp", "According to KOICA's estimates, …". The figure is
// the source's estimate, though the clause's verb is a modal.
func leadingEstimate(text string, sent span, q data.Quantity) (string, bool) {
	if q.Start <= sent.start {
		return "", false
	}
	before := strings.ToLower(strings.TrimLeft(text[sent.start:q.Start], " \"“"))
	c := strings.Index(before, ", ")
	if c < 0 {
		return "", false
	}
	lead := before[:c]
	switch {
	case strings.HasPrefix(lead, "theo ước tính"), strings.HasPrefix(lead, "theo số liệu ước tính"):
		return "theo ước tính", true
	case strings.HasPrefix(lead, "according to") && strings.Contains(lead, "estimate"):
		return lead, true
	}
	return "", false
}

// licenceWords cite an investment licence: the capital it registers is a
// fact the day it is granted, though the project is still to be built
// ("Theo giấy chứng nhận, giai đoạn 1 của dự án có vốn 450 triệu USD, …,
// dự kiến đi vào vận hành từ tháng 6/2025").
var licenceWords = []string{"giấy chứng nhận", "vốn đăng ký", "giấy phép đầu tư", "registered capital",
	"investment certificate", "investment registration certificate", "investment licence", "investment license"}

// koWillNoun: a "-겠다는" clause qualifying an aim or plan noun states
// that aim ("3배 수준으로 확대하겠다는 목표를 제시했다"): the noun decides, as
// for "-ㄴ다는 목표" (koPresent). w is the cue found at at in after.
func koWillNoun(after string, at int, w string) (string, bool) {
	if w != "겠" || at < 0 || at >= len(after) {
		return "", false
	}
	rest, ok := strings.CutPrefix(after[at:], "겠다는 ")
	if !ok {
		return "", false
	}
	for _, n := range []string{"목표", "계획", "방침", "구상", "전략", "각오", "의지"} {
		if strings.HasPrefix(rest, n) {
			return n, true
		}
	}
	return "", false
}
