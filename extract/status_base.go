package extract

import (
	"ictdash/data/quantity"
	"strings"

	"ictdash/data"
)

// The level a change starts from is what holds now, whatever the change:
// "will cut training time from five years to two or three" (five years is
// today's), "rút ngắn thời gian từ 5 năm xuống còn 2-3 năm", "현재 2200명에서
// 3000명으로 늘릴 계획". The planned level keeps the clause's status.

// changeBase reports whether q opens a change "from q to …" whose second
// level follows in the same clause.
func changeBase(text string, cl span, q data.Quantity, lang quantity.Lang) bool {
	if q.IsRange() {
		return false
	}
	after := text[q.End:cl.end]
	switch lang {
	case quantity.KO:
		return strings.HasPrefix(after, "에서 ") && koLevelNext(after[len("에서 "):])
	case quantity.VI:
		w, _ := lastWordBefore(text, cl.start, q.Start)
		return w == "từ" && hasPrefixAny(strings.TrimLeft(after, " "), "xuống còn ", "xuống ", "lên ", "đến ", "còn ")
	}
	w, _ := lastWordBefore(text, cl.start, q.Start)
	return strings.EqualFold(w, "from") && hasPrefixAny(strings.TrimLeft(after, " "), "to ")
}

// koLevelNext: the words after "에서" are a number and its level ending
// (으)로: "3000명 이상으로", "5%로".
func koLevelNext(s string) bool {
	qs := quantity.Scan(s[:min(len(s), 80)], quantity.KO)
	if len(qs) == 0 || qs[0].Start != 0 || qs[0].Skip != "" {
		return false
	}
	return hasPrefixAny(s[qs[0].End:], "로", "으로", " 이상으로", " 수준으로")
}

// lastWordBefore is the word ending just before at (after from).
func lastWordBefore(text string, from, at int) (string, int) {
	t := strings.TrimRight(text[from:at], " ")
	k := strings.LastIndex(t, " ")
	return strings.ToLower(t[k+1:]), from + k + 1
}

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
