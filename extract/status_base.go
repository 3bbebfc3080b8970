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
		// "5억6000만달러 규모에서 2028년 11억달러로": the level may be named
		// (규모, 수준) and the next one dated.
		for _, p := range []string{"에서 ", " 규모에서 ", "규모에서 ", " 수준에서 ", "수준에서 "} {
			if strings.HasPrefix(after, p) && koLevelNext(after[len(p):]) {
				return true
			}
		}
		return false
	case quantity.VI:
		w := strings.ToLower(wordBefore(text, q.Start))
		return w == "từ" && hasPrefixAny(strings.TrimLeft(after, " "), "xuống còn ", "xuống ", "lên ", "đến ", "còn ")
	}
	return strings.EqualFold(wordBefore(text, q.Start), "from") && (hasPrefixAny(strings.TrimLeft(after, " "), "to ") || enLevelBefore(text, cl.start, q.Start))
}

// enLevelBefore: the new level came first ("expand the centre to 1,200
// staff by 2026, from about 700 now", "rose to $5 billion, from $4
// billion"): "to" and a number earlier in the clause.
func enLevelBefore(text string, from, at int) bool {
	t := text[from:at]
	for i := strings.Index(t, "to "); i >= 0; {
		rest := strings.TrimLeft(t[i+3:], " ")
		if qs := quantity.Scan(rest[:min(len(rest), 40)], quantity.EN); len(qs) > 0 && qs[0].Start == 0 && qs[0].Skip == "" {
			return true
		}
		j := strings.Index(t[i+3:], "to ")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	return false
}

// koLevelNext: the words after "에서" are a number and its level ending
// (으)로: "3000명 이상으로", "5%로".
func koLevelNext(s string) bool {
	qs := quantity.Scan(s[:min(len(s), 80)], quantity.KO)
	if len(qs) == 0 || qs[0].Start != 0 {
		return false
	}
	k := 0
	for k < len(qs)-1 && qs[k].Skip != "" && (qs[k].Kind == quantity.KindYear || qs[k].Kind == quantity.KindDate) &&
		strings.TrimSpace(s[qs[k].End:qs[k+1].Start]) == "" {
		k++ // a date before the level: "2028년 11억달러로"
	}
	if qs[k].Skip != "" {
		return false
	}
	return hasPrefixAny(s[qs[k].End:], "로", "으로", " 이상으로", " 수준으로")
}

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
