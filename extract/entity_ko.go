package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Korean writes a foreign firm's name in Hangul with no legal form
// (하나마이크론, 카운터포인트리서치, 빈패스트), so neither a suffix nor
// capitals mark it. Two things together do: the word is a transcription
// (koLoanLooking), and the sentence uses it as a firm (koOrgCue): a role
// noun before it, a Latin spelling in brackets, "X에 따르면", "X 관계자",
// or X as the subject of an announcement.

// koRoleNouns end the word before a firm's name in apposition: "시장조사업체
// 카운터포인트리서치", "반도체 후공정 전문기업 하나마이크론", "완성차 업체 빈패스트".
var koRoleNouns = []string{"업체", "기업", "회사", "스타트업", "제조사", "기관", "자회사", "계열사", "법인", "통신사", "조사업체", "협력사", "운영사", "개발사"}

// koOrgAfter follow a firm's name as the next word: its people and its
// side ("하나마이크론 관계자는", "빈패스트 측은"), which a person's name
// does not take.
var koOrgAfter = setOf("관계자", "관계자는", "관계자들", "관계자들은", "측", "측은", "측이", "측의", "대변인", "대변인은", "임직원", "직원들")

// koAnnounceVerbs end a sentence whose subject is an actor, a firm or a
// person, not a thing: "X는 … 밝혔다".
var koAnnounceVerbs = []string{"밝혔다", "발표했다", "체결했다", "전했다", "말했다", "설명했다", "강조했다", "서명했다", "공개했다"}

// koCommonLoans are transcribed common nouns that may stand where a firm's
// name does ("스마트폰은", "프로그램에 따르면").
var koCommonLoans = setOf("스마트폰", "소프트웨어", "프로그램", "프로젝트", "플랫폼", "데이터", "네트워크", "시스템",
	"서비스", "솔루션", "스마트팩토리", "클러스터", "캠퍼스", "포럼", "세미나", "콘퍼런스", "컨퍼런스", "리포트",
	"센터", "스타트업", "디스플레이", "엔지니어", "파트너", "비즈니스", "마케팅", "인프라", "모바일", "디지털", "스마트시티")

// koOrgCue says why the Hangul word ws[i] (its stem without a particle) is
// a firm's name, or "".
func (x *extractor) koOrgCue(ws []word, i int, stem string) string {
	if !koLoanLooking(stem) || koCommonLoans[stem] || placeSpellings(stem) != nil {
		return ""
	}
	w := ws[i]
	if latin := bracketLatin(x.text, w.start+len(stem)); latin != "" {
		return fmt.Sprintf("spelt %q in brackets", latin)
	}
	if i > 0 && w.joined {
		prev := koStem(ws[i-1].s)
		for _, r := range koRoleNouns {
			if strings.HasSuffix(prev, r) {
				return fmt.Sprintf("named after the role %q", ws[i-1].s)
			}
		}
	}
	if i+1 < len(ws) && ws[i+1].joined {
		next := ws[i+1].s
		if strings.HasPrefix(next, "따르면") && strings.HasSuffix(w.s, "에") {
			return `the source of "에 따르면"`
		}
		if koOrgAfter[next] {
			return fmt.Sprintf("followed by %q", next)
		}
	}
	if i == 0 && stem != w.s && strings.ContainsAny(lastOf(w.s, stem), "은는이가") && !koFamilyStart(stem) {
		sent := x.text[w.start:ws[len(ws)-1].end]
		for _, v := range koAnnounceVerbs {
			if strings.Contains(sent, v) {
				return fmt.Sprintf("the subject of %q", v)
			}
		}
	}
	return ""
}

// lastOf is the particle w carries after its stem.
func lastOf(w, stem string) string { return strings.TrimPrefix(w, stem) }

// bracketLatin returns the Latin spelling in brackets right after a Hangul
// name, "빈패스트(VinFast)", or "": a capitalised name with lower-case
// letters, so that the acronyms Korean glosses common nouns with
// (인공지능(AI), 연구개발(R&D), 사물인터넷(IoT)) are not.
func bracketLatin(t string, i int) string {
	s, ok := bracketed(t, i, "(", 3, 40)
	if !ok {
		return ""
	}
	lower, run := false, 0 // two lower-case letters in a row: VinFast, not IoT
	for _, r := range s {
		if !unicode.IsLower(r) {
			run = 0
		}
		switch {
		case unicode.IsLower(r) && r < utf8.RuneSelf:
			run++
			lower = lower || run >= 2
		case r == ' ' || r == '-' || r == '&' || r == '.' || unicode.IsDigit(r) || (unicode.IsUpper(r) && r < utf8.RuneSelf):
		default:
			return ""
		}
	}
	if !lower || !unicode.IsUpper(firstRune(s)) {
		return ""
	}
	return s
}

// koLoanLooking reports whether a Hangul word of three syllables or more
// is a transcription of a foreign name: it has a syllable that no
// Sino-Korean reading has (크, 스, 트, 카, 터, 레, 찐 …). Korean names of
// firms and bodies built from Sino-Korean words carry a suffix that
// koOrg reads instead.
func koLoanLooking(w string) bool {
	if utf8.RuneCountInString(w) < 3 || !allHangul(w) {
		return false
	}
	for _, r := range w {
		if nonSinoSyllable(r) {
			return true
		}
	}
	return false
}

// nonSinoSyllable: a Hangul syllable that is no Sino-Korean reading. The
// Sino-Korean syllabary has no initial ㅋ (but 쾌), ㄲ, ㄸ, ㅃ, ㅉ, no
// final ㅅ, no bare ㅡ (스, 트, 크, 프), no bare ㅓ after ㄴㄷㄹㅁㅂㅋㅌㅍ
// (너, 터, 퍼), no bare ㅔ but 세, 제, 체, and no ㄷ or ㅌ before ㅣ (디, 티).
func nonSinoSyllable(r rune) bool {
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	n := int(r - 0xAC00)
	initial, vowel, final := n/588, (n%588)/28, n%28
	const (
		kk, tt, pp, jj, kh = 1, 4, 8, 13, 15
		d, th              = 3, 16
		eo, e, eu, i       = 4, 5, 18, 20
		finalS             = 19
	)
	switch {
	case initial == kk || initial == tt || initial == pp || initial == jj:
		return true
	case initial == kh && r != '쾌':
		return true
	case final == finalS:
		return true
	case final == 0 && vowel == eu:
		return true
	case final == 0 && vowel == eo && strings.ContainsRune("ㄴㄷㄹㅁㅂㅋㅌㅍ", initialJamo(initial)):
		return true
	case final == 0 && vowel == e && r != '세' && r != '제' && r != '체':
		return true
	case (initial == d || initial == th) && vowel == i:
		return true // 디, 틱, 틴: Sino-Korean reads 지, 치 there
	}
	return false
}

// initialJamo is the compatibility jamo of a syllable's initial consonant.
func initialJamo(i int) rune {
	return []rune("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")[i]
}

// koOrg reports whether a Korean word (without its particle) names an
// organisation, and why.
func koOrg(stem string) (string, bool) {
	if koNotOrgs[stem] || strings.HasSuffix(stem, "정부") {
		return "", false // "디지털정부" (digital government) is a field, "정부" the government
	}
	for _, suf := range koOrgSuffixes {
		rest, ok := strings.CutSuffix(stem, suf)
		if !ok || rest == "" {
			continue
		}
		// A one-syllable suffix (부, 청) needs a name of some length before
		// it: 산업통상자원부, not 일부.
		if utf8.RuneCountInString(suf) == 1 && utf8.RuneCountInString(rest) < 2 {
			continue
		}
		return fmt.Sprintf("ends in %q", suf), true
	}
	// A Latin brand glued to Hangul: LG이노텍, SK하이닉스, CJ대한통운.
	n := 0
	for n < len(stem) && stem[n] >= 'A' && stem[n] <= 'Z' {
		n++
	}
	if n >= 2 && n < len(stem) && hangul(stem[n:]) && !koGluedWords[stem[:n]] {
		return fmt.Sprintf("the brand %q glued to a Korean name", stem[:n]), true
	}
	// A Korean group name with a Latin unit after it: 삼성SDS, 현대ENG.
	if k := strings.IndexFunc(stem, func(r rune) bool { return r >= 'A' && r <= 'Z' }); k > 0 && allHangul(stem[:k]) &&
		strings.TrimFunc(stem[k:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) == "" && len(stem)-k >= 2 && !koGluedWords[stem[k:]] {
		return fmt.Sprintf("the Korean name %q with the unit %q", stem[:k], stem[k:]), true
	}
	// A university by its short name: 성균관대, 서울대 (three syllables or
	// more, so that 최대 and 확대 are not).
	if r := []rune(stem); len(r) >= 3 && r[len(r)-1] == '대' && allHangul(stem) && !koNotOrgs[stem] {
		return `a university's short name (ends in "대")`, true
	}
	return "", false
}

// koNamedByPlace: public bodies that a place's name before them belongs
// to (a ministry, a committee, an agency, an embassy).
func koNamedByPlace(stem string) bool {
	for _, suf := range []string{"부", "위원회", "청", "대사관", "총영사관"} {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return false
}
