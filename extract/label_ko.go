package extract

import (
	"strings"
	"unicode/utf8"

	"ictdash/data/quantity"
)

// Korean labels: the noun phrase before the number (its bare nouns,
// 의-modifiers and a relative clause: "베트남에 진출한 한국 기업 9000여
// 곳"), else the noun after its counter ("5개 기업"); the clause's verb
// made a relative clause for a count ("베트남에 진출한 한국 ICT 기업 수"),
// its verbal noun made an amount for money ("삼성전자는 베트남에
// 215억달러를 투자" → "삼성전자의 베트남 투자액"), and the topic or subject
// as the holder.

func labelKO(c lctx) string {
	role := c.koNumRole()
	if c.q.Kind == quantity.KindDuration {
		if l := koDuration(c, role); l != "" {
			return l
		}
	}
	if l := koMultiplier(c, role); l != "" {
		return l
	}
	if c.countLike() {
		if l := koCount(c, role); l != "" {
			return l
		}
	}
	return koAmount(c, role)
}

// koDuration labels a span of time a thing takes: "신규 공장 건설에
// 2~3년이 걸릴" → "신규 공장 건설 소요 기간".
func koDuration(c lctx, role byte) string {
	after := c.k + 1
	if role != 0 {
		after++
	}
	takes := false
	for i := after; i < len(c.ts) && i <= after+1; i++ {
		takes = takes || strings.HasPrefix(c.ts[i].w, "걸") || strings.HasPrefix(c.ts[i].w, "소요")
	}
	if !takes {
		return ""
	}
	_, hEnd := c.koHolder(c.k)
	for i := c.k - 1; i >= hEnd; i-- {
		if _, r := koSplit(c.ts[i].w); r == 'l' && c.ts[i].isWord() {
			return joinNonEmpty(c.koWords(c.koNPBefore(i), i+1), "소요 기간")
		}
	}
	return ""
}

// koNumRole is the role of the particle glued to the number ("215억달러를"
// → 'o'); 'p' for a copula or a complement ("50억 달러다", "…로", "…에
// 달한다"), 0 for none.
func (c lctx) koNumRole() byte {
	k := c.k
	if k+1 < len(c.ts) && c.ts[k+1].w == "(" {
		// "2억2000만달러(약 2800억원)를": the particle follows the bracket.
		for k++; k < len(c.ts) && c.ts[k].w != ")"; k++ {
		}
	}
	if !c.koGlued(k + 1) {
		return 0
	}
	w := c.ts[k+1].w
	switch w {
	case "다", "이다", "였다", "이며", "며", "로", "으로", "에", "으로는", "로는", "에서":
		return 'p'
	case "인", "의":
		return 'g' // "2200여 명인 현지 연구인력": the noun after is counted
	}
	for _, p := range koLabelParticles {
		if w == p.s {
			return p.role
		}
	}
	return 'x'
}

// koGlued reports whether token i is a word glued to the number before it.
func (c lctx) koGlued(i int) bool {
	if i <= 0 || i >= len(c.ts) || !c.ts[i].isWord() || c.ts[i].start != c.ts[i-1].end {
		return false
	}
	return c.ts[i-1].num >= 0 || (c.ts[i-1].w == ")" && koIsParticle(c.ts[i].w))
}

// koGluedNum reports whether token i is glued to a number before it.
func (c lctx) koGluedNum(i int) bool {
	return i > 0 && i < len(c.ts) && c.ts[i].isWord() && c.ts[i-1].num >= 0 && c.ts[i].start == c.ts[i-1].end
}

func koIsParticle(w string) bool {
	for _, p := range koLabelParticles {
		if w == p.s {
			return true
		}
	}
	return false
}

// koTime words date a figure; they are never part of what it measures.
var koTime = setOf("지난해", "올해", "내년", "작년", "현재", "최근", "당시", "전년", "이날", "지난달", "오는", "향후", "올",
	"매년", "연간", "매달", "매월", "아직", "이미", "총", "모두", "약", "또", "각각", "이", "그", "이번에", "가운데", "중",
	"상반기", "하반기", "분기", "연말", "연초", "이후", "이래", "이전", "동안")

// koQuote marks are passed over inside a noun phrase ("'한-베 IT 인재센터' 2곳").
func koQuote(t tok) bool { return t.punct && strings.ContainsAny(t.w, "'‘’\"“”") }

// koSkipBack passes back from j over adverbs and time words between a
// noun phrase and its number ("인력은 아직 5000명", "현재 약 3500명").
func (c lctx) koSkipBack(j int) int {
	for j > 0 && c.ts[j-1].isWord() && koTime[c.ts[j-1].w] {
		j--
	}
	return j
}

// koNPBefore returns the start of the noun phrase ending at j: bare
// nouns and 의-modifiers, the last word possibly topic- or subject-marked,
// and a relative clause before them ("베트남에 진출한").
func (c lctx) koNPBefore(j int) int {
	s := j
	for s > 0 {
		t := c.ts[s-1]
		if (koQuote(t) && s == j) || t.w == "·" {
			s-- // "'한-베 IT 인재센터' 2곳", "중견·중소 IT 기업"
			continue
		}
		if t.w == ")" {
			// "외국인직접투자(FDI) 실행액": the bracket is passed over.
			o := s - 1
			for o > 0 && c.ts[o].w != "(" {
				o--
			}
			if o == 0 || !c.ts[o-1].isWord() {
				break
			}
			s = o
			continue
		}
		if s < j && c.koTimeInside(s-1) {
			s-- // "법인들의 지난해 수출액": the date inside the phrase
			continue
		}
		if !t.isWord() || c.koGluedNum(s-1) || koTime[t.w] || (koPredicate(t.w) && !koAdnominal(t.w)) {
			break
		}
		if koAdnominal(t.w) {
			if s == j {
				return s
			}
			return c.koRelativeBefore(s)
		}
		_, role := koSplit(t.w)
		if t.w == "의" {
			role = 'g' // a particle after a bracket: "진흥원(NIA)의"
		}
		if !(role == 0 || role == 'g' || (s == j && (role == 't' || role == 's'))) {
			break
		}
		s--
	}
	for s < j && (!c.ts[s].isWord() || koAsOf[c.ts[s].w]) {
		s++ // "지난해 말 기준 누적 투자액": the as-of words after the time word
	}
	return s
}

// koAsOf are the words that complete a time word before a noun phrase
// ("지난해 말 기준", "올해 초", "6월 말 현재"): they date it, they are not
// what it measures.
var koAsOf = setOf("말", "초", "기준", "현재", "말께", "중순")

// koRelativeBefore extends a phrase starting at s over the relative
// clause before it: the adnominal verb and its place words.
func (c lctx) koRelativeBefore(s int) int {
	s-- // the verb
	for n := 0; n < 3 && s > 0; n++ {
		t := c.ts[s-1]
		if !t.isWord() || c.koGlued(s-1) || koTime[t.w] || koPredicate(t.w) {
			break
		}
		if _, role := koSplit(t.w); role == 't' || role == 'g' || role == 'x' || role == 'c' {
			break
		}
		s--
	}
	return s
}

// koAdnominal reports whether w is a verb form modifying a noun.
func koAdnominal(w string) bool {
	for _, e := range []string{"하는", "되는", "있는", "없는", "한", "된", "할", "될", "릴", "던", "어난", "어든", "아진", "어진", "늘린", "줄인"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e) {
			return true
		}
	}
	return false
}

// koWords writes tokens s..e-1 as a phrase: brackets dropped, a lone
// particle glued back ("진흥원 의" → "진흥원의"), the last particle removed.
func (c lctx) koWords(s, e int) string {
	var ws []string
	depth := 0
	for i := s; i < e; i++ {
		t := c.ts[i]
		switch {
		case t.w == "(":
			depth++
		case t.w == ")":
			depth--
		case depth > 0 || !t.isWord() || c.koTimeInside(i):
		case len(ws) > 0 && (t.w == "의" || (c.ts[i-1].end == t.start && (c.ts[i-1].isWord() || c.ts[i-1].w == ")" || c.ts[i-1].w == "·"))):
			if c.ts[i-1].w == "·" {
				ws[len(ws)-1] += "·"
			}
			ws[len(ws)-1] += t.w
		default:
			ws = append(ws, t.w)
		}
	}
	// "전문기업 하나마이크론": a describing noun before a name is dropped.
	for i := len(ws) - 2; i >= 0; i-- {
		if w := ws[i]; strings.HasSuffix(w, "전문기업") || strings.HasSuffix(w, "업체") || strings.HasSuffix(w, "전문회사") || strings.HasSuffix(w, "스타트업") {
			ws = ws[i+1:]
			break
		}
	}
	if len(ws) > 0 {
		ws[len(ws)-1], _ = koSplit(ws[len(ws)-1])
	}
	return strings.Join(ws, " ")
}

// koHolder finds the topic (else the subject) of the clause before token
// j, with its modifiers ("삼성전자 베트남 법인은" → "삼성전자 베트남 법인"),
// and the token after it. Inside a quotation only the quotation counts.
func (c lctx) koHolder(j int) (string, int) {
	from, quotes := 0, 0
	for i := 0; i < j; i++ {
		if koQuote(c.ts[i]) && c.ts[i].w != "'" && c.ts[i].w != "’" && c.ts[i].w != "‘" {
			quotes++
			if quotes%2 == 1 {
				from = i + 1
			}
		}
	}
	topic, tEnd, subj, sEnd := "", 0, "", 0
	for i := from; i < j; i++ {
		if !c.ts[i].isWord() || c.koGlued(i) {
			continue
		}
		stem, role := koSplit(c.ts[i].w)
		if (role == 't' || role == 's') && !koTime[stem] {
			h := c.koWords(c.koNPBefore(i+1), i+1)
			if role == 't' && topic == "" {
				topic, tEnd = h, i+1
			} else if role == 's' && subj == "" {
				subj, sEnd = h, i+1
			}
		}
		if koPredicate(c.ts[i].w) && !koAdnominal(c.ts[i].w) && !strings.HasSuffix(c.ts[i].w, "면") && !koPurposeWord(c.ts[i].w) {
			// A clause ended ("…두고 있으며"): its topic is not this
			// one's, unless this clause has none ("삼성전자는 …하고, …").
			subj, sEnd = "", 0
		}
	}
	if topic != "" {
		return topic, tEnd
	}
	return subj, sEnd
}

// koPurposeWord: "돕기 위해", "위하여", "키우려고": a purpose inside the clause,
// which does not end it (its subject is still the clause's).
func koPurposeWord(w string) bool {
	return w == "위해" || w == "위하여" || w == "위한" || strings.HasSuffix(w, "려고") || strings.HasSuffix(w, "기") && utf8.RuneCountInString(w) >= 2
}
