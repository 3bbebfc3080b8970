package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifyRun decides what the capitalised run ws[a:b] names, by its own
// words first (a company or institution word, a place suffix, a surname)
// and then by how the sentence uses it (an actor: "Hana Micron will
// invest"). first is where the run began before its lead words were
// dropped: a run at the very start of a sentence is a name only by its
// words, since any word is capitalised there.
func (x *extractor) classifyRun(ws []word, a, b, first int) (candidate, bool) {
	lw := make([]string, 0, b-a)
	for _, w := range ws[a:b] {
		lw = append(lw, strings.ToLower(w.s))
	}
	last := lw[len(lw)-1]
	last2 := ""
	if len(lw) >= 2 {
		last2 = lw[len(lw)-2] + " " + last
	}
	switch {
	case itemHeads[last]:
		return candidate{}, false
	case parkOrgSuffixes[last2] && len(lw) > 2:
		return x.cand(ws, a, b, "organisation", fmt.Sprintf("a park run by its board (%q)", ws[b-2].s+" "+ws[b-1].s)), true
	case placeSuffixes[last2] && len(lw) > 2:
		return x.cand(ws, a, b, "place", fmt.Sprintf("ends in %q", ws[b-2].s+" "+ws[b-1].s)), true
	case placeSuffixes[last] && len(lw) > 1:
		c := x.cand(ws, a, b-1, "place", fmt.Sprintf("named before %q", ws[b-1].s))
		c.aliases = append(c.aliases, x.text[ws[a].start:ws[b-1].end])
		return c, true
	}
	for k, l := range lw {
		// A lone institution word ("the Committee said") is no name.
		if (k > 0 && companyWords[l]) || institutionWords[l] && len(lw) > 1 {
			return x.cand(ws, a, b, "organisation", fmt.Sprintf("%q makes it an organisation", ws[a+k].s)), true
		}
	}
	if placeSpellings(x.text[ws[a].start:ws[b-1].end]) != nil {
		return candidate{}, false // listedPlaces finds it ("Lâm Đồng", "Cao Bằng" begin with a family name)
	}
	if len(lw) >= 2 && isSurname(lw[0]) && isPersonRun(ws, a, b) {
		return x.cand(ws, a, b, "person", fmt.Sprintf("%q is a family name", ws[a].s)), true
	}
	if cue := x.orgByContext(ws, a, b); cue != "" {
		return x.cand(ws, a, b, "organisation", cue), true
	}
	if x.actsInSentence(ws, a, b, first) {
		return x.cand(ws, a, b, "organisation", fmt.Sprintf("acts in the sentence (%q)", ws[b].s)), true
	}
	if x.latinInKorean(ws, a, b) {
		return x.cand(ws, a, b, "organisation", "a Latin name in a Korean sentence (LG CNS, KOTRA)"), true
	}
	return candidate{}, false
}

// latinInKorean: a run of Latin words in a Korean sentence with an
// acronym in it ("LG CNS", "SK Telecom", "KOTRA") names a firm or an
// agency; the acronyms Korean writes for common nouns (AI, ICT, MOU) do
// not.
func (x *extractor) latinInKorean(ws []word, a, b int) bool {
	if x.lang != quantity.KO {
		return false
	}
	for _, w := range ws[a:b] {
		upper := len(w.s) >= 2 && strings.ToUpper(w.s) == w.s && strings.IndexFunc(w.s, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
		if upper && !koGluedWords[w.s] && !itemHeads[strings.ToLower(w.s)] {
			return true
		}
	}
	return false
}

// actsInSentence reports whether the run is the subject of a business
// verb, or follows a place's possessive ("South Korea's Hana Micron").
// A single word must not open the sentence and "said" does not count for
// it: "Thanh said" is a person.
func (x *extractor) actsInSentence(ws []word, a, b, first int) bool {
	if b >= len(ws) || !ws[b].joined {
		return false
	}
	verb := strings.ToLower(ws[b].s)
	if !actorVerbs[verb] {
		return false
	}
	if b-a >= 2 {
		return true
	}
	if a == 0 || a == first && first == 0 || verb == "said" || verb == "says" || verb == "is" || verb == "was" {
		return false
	}
	return possessive(x.text, ws[a-1]) || a > first
}

// listedPlaces finds gazetteer places inside a run, longest first: "Bắc
// Ninh" in "Bắc Ninh Province", "BẮC NINH" in a dateline.
func (x *extractor) listedPlaces(ws []word, a, b int) []candidate {
	var out []candidate
	for k := a; k < b; {
		n := min(maxPlaceWords, b-k)
		for ; n > 0; n-- {
			names := placeSpellings(x.text[ws[k].start:ws[k+n-1].end])
			if names == nil {
				continue
			}
			c := x.cand(ws, k, k+n, "place", "a province, city or country of Việt Nam or Korea")
			c.aliases = append(c.aliases, names...)
			out = append(out, c)
			break
		}
		k += max(n, 1)
	}
	return out
}

// koNames finds Korean names: a word ending in an organisation suffix
// (삼성전자, 과학기술정보통신부), a Latin brand glued to Hangul (LG이노텍),
// or a listed place (하노이, 박닌성).
func (x *extractor) koNames(ws []word) []candidate {
	var out []candidate
	for i, w := range ws {
		if !hangul(w.s) {
			continue
		}
		if c, ok := x.koPlace(w); ok {
			out = append(out, c)
			continue
		}
		stem := koStem(w.s)
		if c, ok := x.koPerson(ws, i); ok {
			out = append(out, c)
			continue
		}
		cue, ok := koOrg(stem)
		if !ok {
			cue = x.koOrgCue(ws, i, stem)
			ok = cue != ""
		}
		if ok {
			c := candidate{name: stem, start: w.start, end: w.start + len(stem), kind: "organisation", cue: cue}
			if latin := bracketLatin(x.text, c.end); latin != "" {
				c.aliases = append(c.aliases, latin) // 빈패스트(VinFast): the firm's own spelling
			}
			// "베트남 정보통신부", "박장성 인민위원회": a country, province or city
			// before a public body is part of its name.
			if i > 0 && w.joined && koNamedByPlace(stem) {
				if _, ok := x.koPlace(ws[i-1]); ok && koStem(ws[i-1].s) == ws[i-1].s {
					c.start, c.name = ws[i-1].start, x.text[ws[i-1].start:c.end]
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// koPlace looks a Korean word up in the gazetteer: whole, without its
// particle, and without the province or city suffix (박닌성 → 박닌).
func (x *extractor) koPlace(w word) (candidate, bool) {
	for _, s := range []string{w.s, koStem(w.s)} {
		try := []string{s}
		for _, suf := range []string{"성", "시", "도"} {
			if b, ok := strings.CutSuffix(s, suf); ok && utf8.RuneCountInString(b) >= 2 {
				try = append(try, b)
			}
		}
		for _, t := range try {
			if names := placeSpellings(t); names != nil {
				c := candidate{name: t, start: w.start, end: w.start + len(t), kind: "place", cue: "a province, city or country of Việt Nam or Korea"}
				if t != s {
					c.aliases = append(c.aliases, s) // 박장성: the spelling with its suffix, which the tagger then finds
				}
				c.aliases = append(c.aliases, names...)
				return c, true
			}
		}
	}
	return candidate{}, false
}

// koTitles follow a Korean person's name: "이재용 회장", "팜민찐 총리",
// "김지현 기자".
var koTitles = setOf("회장", "부회장", "사장", "부사장", "대표", "대표이사", "총리", "장관", "차관", "대통령",
	"기자", "교수", "원장", "위원장", "주석", "대사", "국장", "이사장", "본부장", "실장", "청장", "지사",
	"의장", "상무", "전무", "씨", "박사", "연구원", "총장", "부총리")

// koPerson reads a person's name: two to four Hangul syllables (a family
// name and a given name, or a transcribed foreign name) followed by a
// title as the next word.
func (x *extractor) koPerson(ws []word, i int) (candidate, bool) {
	if c, ok := x.koSpacedVIName(ws, i); ok {
		return c, true
	}
	w := ws[i]
	n := utf8.RuneCountInString(w.s)
	if n < 2 || n > 5 || !allHangul(w.s) || i+1 >= len(ws) || !ws[i+1].joined {
		return candidate{}, false
	}
	t, ok := koTitleAt(ws, i+1)
	if !ok {
		return candidate{}, false
	}
	if _, org := koOrg(w.s); org || koNotNames[w.s] || !koFamilyStart(w.s) {
		return candidate{}, false
	}
	return candidate{name: w.s, start: w.start, end: w.end, kind: "person",
		cue: fmt.Sprintf("a name before the title %q", koStem(ws[t].s))}, true
}

// koSpacedVIName reads a Vietnamese name written in Hangul word by word
// ("응우옌 찌 중 기획투자부 장관", Nguyễn Chí Dũng): a Vietnamese family name,
// one to three short words, then a title, perhaps after an organisation or
// a country.
func (x *extractor) koSpacedVIName(ws []word, i int) (candidate, bool) {
	if !viHangulFamilies[ws[i].s] {
		return candidate{}, false
	}
	e := i + 1
	for e < len(ws) && e-i <= 3 && ws[e].joined && allHangul(ws[e].s) && utf8.RuneCountInString(ws[e].s) <= 2 && !koTitles[ws[e].s] {
		e++
	}
	if e == i+1 || e >= len(ws) || !ws[e].joined {
		return candidate{}, false
	}
	t, ok := koTitleAt(ws, e)
	if !ok {
		return candidate{}, false
	}
	return candidate{name: x.text[ws[i].start:ws[e-1].end], start: ws[i].start, end: ws[e-1].end, kind: "person",
		cue: fmt.Sprintf("a Vietnamese name before the title %q", koStem(ws[t].s))}, true
}

// koTitleAt finds the title after a Korean name, at t or after a country
// or an organisation at t ("팜민찐 베트남 총리", "이재용 삼성전자 회장"), and
// returns where it is.
func koTitleAt(ws []word, t int) (int, bool) {
	if _, org := koOrg(koStem(ws[t].s)); (org || placeSpellings(koStem(ws[t].s)) != nil) && t+1 < len(ws) && ws[t+1].joined {
		t++
	}
	return t, koTitles[koStem(ws[t].s)] || koTitles[ws[t].s]
}

// viHangulFamilies are Vietnamese family names as Korean writes them.
var viHangulFamilies = setOf("응우옌", "팜", "쩐", "레", "부", "호", "당", "도", "응오", "즈엉", "후인", "판", "보",
	"람", "마이", "딘", "브엉", "호앙", "황", "부이", "리")

// koFamilyStart: a Korean name starts with a family name (the forty
// commonest cover nearly every Korean), a Vietnamese name in Hangul with
// the transcription of a Vietnamese one (팜 Phạm, 응우옌 Nguyễn …): "대학
// 총장" and "양국 대표" are no names.
func koFamilyStart(w string) bool {
	for _, f := range koFamilies {
		// A given name of two syllables after a family name of one: "양국"
		// (both countries) is no name.
		if strings.HasPrefix(w, f) && len([]rune(w)) >= len([]rune(f))+2 {
			return true
		}
	}
	return false
}

var koFamilies = []string{
	"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
	"류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차",
	"주", "우", "구", "민", "진", "나", "엄", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도",
	"응우옌", "팜", "쩐", "레", "부", "호", "당", "도", "응오", "즈엉", "후인", "판", "보", "람", "마이", "딘",
}

// koNotNames come before a title without being a name: "현지 대표",
// "한국 대사", "베트남 총리".
var koNotNames = setOf("현지", "한국", "국내", "해외", "신임", "전임", "현직", "공동", "당시", "관련", "업체", "회사", "기업")

func allHangul(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return s != ""
}

// koGluedWords are acronyms Korean writes glued to a common noun (ICT산업,
// AI기술), which do not make an organisation.
var koGluedWords = setOf("ICT", "IT", "AI", "RD", "MOU", "ODA", "FDI", "GDP", "IOT", "SW", "HW", "ESG", "TV", "PC", "CEO", "KOTRA",
	"UX", "UI", "MES", "ERP", "CRM", "OLED", "LCD", "LED", "EV", "CCTV", "DX", "AX", "GPU", "CPU", "HBM", "DRAM", "SSD", "SNS", "OTT", "API", "CTO", "CFO", "R", "D")
