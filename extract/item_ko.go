package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// koItemAt reads a Korean name ending in a head, glued or not ("반도체
// 패키징 공장을", "한-베 ICT포럼에서"): the word without its particle and up
// to two words before it that carry no particle or verb ending.
func (x *extractor) koItemAt(ws []word, k int, sent span) (itemMention, bool) {
	stem := koStem(ws[k].s)
	for _, c := range koItemCues {
		if !strings.HasSuffix(stem, c.head) {
			continue
		}
		end := ws[k].start + len(stem)
		m := itemMention{cue: c, start: end - len(c.head), end: end, sent: sent}
		a := k
		for a > 0 && k-a < 4 && ws[a].joined && koItemModifier(ws, a-1) && !unicode.IsDigit(firstRune(ws[a-1].s)) && !koAnaphors[ws[a-1].s] {
			a--
		}
		if a == k && stem == c.head {
			if name, start, ok := koActivityName(ws, k, c.head); ok {
				m.start, m.name = start, name
				return m, true
			}
			return m, true // a bare head, or "이 공장": a reference back
		}
		m.start, m.name = ws[a].start, x.text[ws[a].start:end]
		return m, true
	}
	return itemMention{}, false
}

// koModifier: a word before a Korean head that is part of its name: a
// noun with no particle or verb ending, or a holder in the genitive
// ("삼성전자의 R&D센터"); not a particle standing alone.
func koModifier(w string) bool {
	if koParticleAlone[w] {
		return false
	}
	return !koParticleEnd(w) || strings.HasSuffix(w, "의") && len([]rune(w)) > 2
}

// koActivityName names a head after a relative clause by what it does:
// "매년 소프트웨어 인재 500명을 교육하는 프로그램" is the 소프트웨어 인재 교육
// 프로그램 — the verb's noun (교육하는 → 교육) and up to two bare nouns of its
// object before it, past the object's number. The name is ours, not the
// text's; start is where its words begin.
func koActivityName(ws []word, k int, head string) (string, int, bool) {
	if k == 0 || !ws[k].joined {
		return "", 0, false
	}
	verb := ws[k-1].s
	noun := ""
	for _, end := range []string{"하는", "할", "하기 위한", "하기"} {
		if n, ok := strings.CutSuffix(verb, end); ok && utf8.RuneCountInString(n) >= 2 {
			noun = n
			break
		}
	}
	if noun == "" || !hangul(noun) {
		return "", 0, false
	}
	i := k - 2
	if i >= 0 && unicode.IsDigit(firstRune(ws[i].s)) && (strings.HasSuffix(ws[i].s, "을") || strings.HasSuffix(ws[i].s, "를")) {
		i-- // "500명을": the object's number
	}
	var obj []string
	for ; i >= 0 && len(obj) < 2 && ws[i+1].joined && hangul(ws[i].s) && !koParticleEnd(ws[i].s) && !koAnaphors[ws[i].s]; i-- {
		obj = append([]string{ws[i].s}, obj...)
	}
	if len(obj) == 0 {
		return "", 0, false
	}
	return strings.Join(append(obj, noun, head), " "), ws[i+1].start, true
}

// koItemModifier: ws[i] may be part of the Korean item name after it —
// a koModifier, not ending in a locative or topic particle ("업계에선",
// "현지에서는"), not the size of an amount ("3억 달러 규모의"), and not the
// unit or counter of a number before it ("3억 달러").
func koItemModifier(ws []word, i int) bool {
	w := ws[i].s
	if !koModifier(w) || strings.HasPrefix(w, "규모") || koTimeWords[w] {
		return false
	}
	for _, p := range []string{"에선", "에는", "에도", "에서", "께서", "으론", "로는"} {
		if strings.HasSuffix(w, p) {
			return false
		}
	}
	return i == 0 || !unicode.IsDigit(firstRune(ws[i-1].s)) || !ws[i].joined
}

// koParticleAlone are particles split off by a space or a bracket.
var koParticleAlone = setOf("의", "은", "는", "이", "가", "을", "를", "에", "와", "과", "및")
