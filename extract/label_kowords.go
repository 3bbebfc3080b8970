package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Korean marks a word's role with a koParticle glued to its end (은/는
// topic, 이/가 subject, 을/를 object, 의 of, 에/에서 place) and puts the
// head last, so a label is built from the bare nouns next to the number
// and the koParticle-marked words of its clause. A koParticle is only split
// off when it fits the syllable before it (이/을/은/과 after a final
// consonant, 가/를/는/와 after a vowel), so "국가" and "전문가" keep their 가.

type koParticle struct {
	s     string
	coda  int8 // 1: needs a final consonant before, -1: needs none, 0: either
	role  byte // 't' topic, 's' subject, 'o' object, 'g' genitive, 'l' place or goal, 'c' with, 'x' other
	multi bool
}

var koLabelParticles = []koParticle{
	{"에서는", 0, 'l', true}, {"에선", 0, 'l', true}, {"에서도", 0, 'l', true}, {"에서의", 0, 'g', true}, {"으로는", 1, 'l', true},
	{"으로의", 1, 'g', true}, {"에게서", 0, 'l', true}, {"에서", 0, 'l', true}, {"에게", 0, 'l', true},
	{"으로", 1, 'l', true}, {"에는", 0, 'l', true}, {"에도", 0, 'l', true}, {"에의", 0, 'g', true},
	{"과의", 1, 'g', true}, {"와의", -1, 'g', true}, {"로는", -1, 'l', true}, {"로의", -1, 'g', true},
	{"까지", 0, 'x', true}, {"부터", 0, 'x', true}, {"보다", 0, 'x', true}, {"처럼", 0, 'x', true},
	{"마다", 0, 'x', true}, {"이나", 1, 'x', true}, {"은", 1, 't', false}, {"는", -1, 't', false},
	{"이", 1, 's', false}, {"가", -1, 's', false}, {"을", 1, 'o', false}, {"를", -1, 'o', false},
	{"의", 0, 'g', false}, {"에", 0, 'l', false}, {"로", -1, 'l', false}, {"과", 1, 'c', false},
	{"와", -1, 'c', false}, {"도", 0, 'x', false},
}

// koSplit returns a word's stem and the role of its koParticle (0 if none).
func koSplit(w string) (string, byte) {
	for _, p := range koLabelParticles {
		if !strings.HasSuffix(w, p.s) || len(w) == len(p.s) {
			continue
		}
		stem := w[:len(w)-len(p.s)]
		last, _ := utf8.DecodeLastRuneInString(stem)
		if !unicode.Is(unicode.Hangul, last) {
			if p.coda == 0 || isLatinOrDigit(last) {
				return stem, p.role
			}
			continue
		}
		if !fitsCoda(last, p.coda) {
			continue
		}
		if (p.role == 's' || p.role == 'c') && utf8.RuneCountInString(stem) < 2 {
			continue // "추가", "참가": a one-syllable stem is a noun's own ending
		}
		return stem, p.role
	}
	return w, 0
}

func isLatinOrDigit(r rune) bool { return r < 0x250 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// fitsCoda reports whether a koParticle needing coda (1 consonant, -1
// vowel, 0 either) may follow the syllable r (ㄹ takes 로 as a vowel does).
func fitsCoda(r rune, coda int8) bool {
	if r < 0xAC00 || r > 0xD7A3 {
		return true
	}
	final := (r - 0xAC00) % 28
	switch coda {
	case 1:
		return final != 0
	case -1:
		return final == 0
	}
	return true
}

// koHaEndings turn a 하다/되다 verb into its stem ("투자했다" → "투자").
var koHaEndings = []string{"하겠다는", "한다는", "하기를", "하기로", "했으며", "했다고", "했지만", "하겠다", "하면서", "했다", "했고", "했던",
	"한다", "하며", "하고", "하는", "하여", "해서", "할", "한", "해", "됐다", "된다", "되며", "되고", "되는",
	"되어", "됐으며", "된", "될", "돼", "시켰다", "시킨다", "하였다", "하였으며"}

// koVerbStem returns the verbal noun of a 하다/되다 predicate.
func koVerbStem(w string) (string, bool) {
	for _, e := range koHaEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return strings.TrimSuffix(w, e), true
		}
	}
	return "", false
}

// koPredicate reports whether w ends a clause (a verb or copula form).
func koPredicate(w string) bool {
	if _, ok := koVerbStem(w); ok {
		return true
	}
	for _, e := range []string{"다", "며", "으며", "고", "는데", "지만", "면서", "면", "었다", "았다", "였다", "어난", "어든", "는다는", "린다", "진다"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) >= 2 {
			return true
		}
	}
	return false
}

// koLink predicates make the number the complement of its topic
// ("투자액은 50억 달러에 달한다"): the topic is the label.
var koLink = setOf("달한다", "달했다", "달하며", "달하는", "이른다", "이르며", "이르는", "넘는다", "넘었다", "넘어섰다",
	"돌파했다", "기록했다", "기록하며", "기록한", "규모다", "수준이다", "수준이며", "이다", "였다", "이며",
	"집계됐다", "추산된다", "추정된다", "예상된다", "전망된다", "늘었다", "늘어난", "줄었다", "줄어든")

// koMoneyNoun names an amount that is the object of the verbal noun v.
func koMoneyNoun(v string) string {
	switch v {
	case "투자", "수출", "수입", "지원", "출자", "판매", "거래", "투입", "집행", "매출", "수주", "유치", "발행",
		"조달", "대출", "차입", "기부", "배정", "편성", "인수", "계약", "출연", "송금", "납부":
		return v + "액"
	}
	return v + " 규모"
}

// koChange names the rate a percentage of change is.
func koChange(v string) string {
	switch {
	case strings.HasPrefix(v, "증가"), strings.HasPrefix(v, "늘"), strings.HasPrefix(v, "상승"), strings.HasPrefix(v, "성장"), strings.HasPrefix(v, "확대"):
		return "증가율"
	case strings.HasPrefix(v, "높아"), strings.HasPrefix(v, "커"), strings.HasPrefix(v, "뛰"), strings.HasPrefix(v, "급증"):
		return "증가율"
	case strings.HasPrefix(v, "감소"), strings.HasPrefix(v, "줄"), strings.HasPrefix(v, "하락"), strings.HasPrefix(v, "축소"), strings.HasPrefix(v, "낮아"):
		return "감소율"
	}
	return ""
}

// koSubjectParticle writes 이 or 가 after a holder, as its last syllable needs.
func koSubjectParticle(h string) string {
	last, _ := utf8.DecodeLastRuneInString(h)
	if unicode.Is(unicode.Hangul, last) && fitsCoda(last, 1) {
		return h + "이"
	}
	return h + "가"
}
