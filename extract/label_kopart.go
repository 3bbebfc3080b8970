package extract

import "strings"

// koPartStem is the part a Korean breakdown sentence names: its words up
// to the one marked as subject, topic or place ("반도체 교역이" →
// "반도체 교역", "박닌성에" → "박닌성"), at most three; "" when the
// sentence starts with a number or names no part.
func koPartStem(rest []string) string {
	var ws []string
	for _, w := range rest {
		if len(ws) == 3 || strings.ContainsAny(w, "0123456789") {
			return ""
		}
		stem, role := koSplit(w)
		if role == 's' || role == 'l' || role == 't' {
			return strings.Join(append(ws, stem), " ")
		}
		ws = append(ws, w)
	}
	return ""
}

// koChangeLabel: a Korean label of a change, which no breakdown divides.
func koChangeLabel(w string) bool {
	for _, suf := range []string{"증가율", "감소율", "증가폭", "감소폭", "성장률", "상승률", "하락률"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
