package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// koPredicateAfter returns the first predicate after token i and the
// place or goal words met before it ("베트남에"), as written. A clause
// cut short by a comma or the end of a headline ends at its last bare
// noun ("300억원을 투입, …", "2조5000억원 추가 투자").
func (c lctx) koPredicateAfter(i int) (int, []string) {
	var args []string
	last := -1
	for j := i; j < len(c.ts); j++ {
		t := c.ts[j]
		if t.w == "," || t.w == "…" {
			break
		}
		if !t.isWord() || c.koGlued(j) {
			continue
		}
		if koPredicate(t.w) || koAdnominal(t.w) {
			return j, args
		}
		if _, role := koSplit(t.w); role == 'l' {
			args = append(args, t.w)
		} else if role == 0 && !koTime[t.w] {
			last = j
			args = append(args, t.w) // "추가 투자": a bare noun before the verb
		} else {
			last = -1
		}
	}
	if last >= 0 && len(args) > 0 && args[len(args)-1] == c.ts[last].w {
		return last, args[:len(args)-1]
	}
	return -1, args
}

// koStem is the verbal noun of the predicate at p ("투자했다" → "투자";
// a bare "투입" is its own).
func (c lctx) koStem(p int) (string, bool) {
	if p < 0 {
		return "", false
	}
	if st, ok := koVerbStem(c.ts[p].w); ok {
		return st, true
	}
	if w := c.ts[p].w; !koPredicate(w) && !koAdnominal(w) {
		if _, role := koSplit(w); role == 0 {
			return w, true
		}
	}
	return "", false
}

// koArgs returns the place words (with their bare modifiers) between
// tokens from and to: "하이퐁 공장에" of "LG이노텍은 하이퐁 공장에 10억 달러를".
func (c lctx) koArgs(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		t := c.ts[i]
		if t.punct {
			out = nil // a clause before a comma is not this figure's
		}
		if !t.isWord() || c.koGlued(i) || (i+1 < to && koSourceCue(c.ts[i+1].w)) {
			continue
		}
		if _, role := koSplit(t.w); role == 'l' && koPlace(t.w) {
			s := i
			for s > from && c.ts[s-1].isWord() && !c.koGlued(s-1) && !koTime[c.ts[s-1].w] {
				if _, r := koSplit(c.ts[s-1].w); r != 0 {
					break
				}
				s--
			}
			out = append(out, c.koWordsKeep(s, i+1))
		}
	}
	return out
}

// koPlace reports whether a place word is marked by 에 or 에서 (not 로,
// "as": "최대 투자국으로").
func koPlace(w string) bool {
	for _, s := range []string{"에", "에서", "에는", "에서는", "에도", "에서도", "에게"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// koSourceCue: "연합뉴스에 따르면", "보도에 의하면" name a source, not a place.
func koSourceCue(w string) bool {
	return strings.HasPrefix(w, "따르") || strings.HasPrefix(w, "의하") || strings.HasPrefix(w, "따라")
}

// koWordsKeep writes tokens s..e-1 as written, a place particle made
// plain ("포럼에는" → "포럼에").
func (c lctx) koWordsKeep(s, e int) string {
	ws := []string{}
	for i := s; i < e; i++ {
		ws = append(ws, c.ts[i].w)
	}
	last := ws[len(ws)-1]
	for _, suf := range []string{"에는", "에도", "에서는", "에서도"} {
		if strings.HasSuffix(last, suf) {
			ws[len(ws)-1] = strings.TrimSuffix(last, suf) + strings.TrimSuffix(strings.TrimSuffix(suf, "는"), "도")
		}
	}
	return strings.Join(ws, " ")
}

// stems drops the particles of place words ("베트남에" → "베트남").
func stems(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i], _ = koSplit(w)
	}
	return strings.Join(out, " ")
}

// koCounter is the counter word of a count ("300여 개" → "개").
func koCounter(text string) string {
	for _, h := range []string{"가량", "안팎", "이상", "이하", "미만", "초과", "정도", "남짓", "가까이", "내외", "여"} {
		text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), h))
	}
	i := len(text)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.Is(unicode.Hangul, r) || strings.ContainsRune("만억조천백십여", r) {
			break
		}
		i -= n
	}
	return text[i:]
}

// koRelative writes the predicate at p as a noun modifier: "진출했다" →
// "진출한", "활동하고 있다" → "활동하는", "양성한다는"/"파견하기로" →
// "양성할"/"파견할" (a plan), "양성할" as written.
func (c lctx) koRelative(p int) string {
	w := c.ts[p].w
	if koAdnominal(w) && !strings.HasSuffix(w, "한다는") {
		return w
	}
	stem, ok := c.koStem(p)
	if !ok {
		return ""
	}
	rest := strings.TrimPrefix(w, stem)
	switch {
	case rest == "":
		return stem + "한"
	case rest == "한다" || rest == "하고 있다":
		return stem + "하는" // the plain present: "수용한다" → "수용하는"
	case strings.HasPrefix(rest, "하기로") || strings.HasSuffix(rest, "다는") || strings.HasPrefix(rest, "하겠") || strings.HasPrefix(rest, "하기를"):
		return stem + "할"
	case strings.HasSuffix(w, "하고") && p+1 < len(c.ts) && strings.HasPrefix(c.ts[p+1].w, "있"):
		return stem + "하는"
	case strings.Contains(rest, "되") || strings.Contains(rest, "됐") || strings.Contains(rest, "돼"):
		return stem + "된"
	}
	return stem + "한"
}

// koNPAfter reads the counted noun after a counter: bare words up to the
// first particle-marked one ("74만 명의 인력이" → "인력"); a bare word
// followed by the verb is part of it ("2000명가량을 추가 채용할").
func (c lctx) koNPAfter(i int) (string, byte, int) {
	depth := 0
	for j := i; j < len(c.ts) && j < i+8; j++ {
		t := c.ts[j]
		switch {
		case t.w == "(":
			depth++
			continue
		case t.w == ")":
			depth--
			continue
		case depth > 0:
			continue
		}
		if !t.isWord() || koPredicate(t.w) || koAdnominal(t.w) || koTime[t.w] {
			return "", 0, i
		}
		if _, role := koSplit(t.w); role != 0 {
			np := c.koWords(i, j+1)
			return np, role, j + 1
		}
	}
	return "", 0, i
}

// koObjectBefore is the object (을/를) of the clause before token j:
// "현지 연구인력을 2025년까지 3000명 이상으로 늘릴" → "현지 연구인력".
func (c lctx) koObjectBefore(j int) string {
	for i := j - 1; i >= 0; i-- {
		t := c.ts[i]
		if t.w == "," || (t.isWord() && koPredicate(t.w) && !koAdnominal(t.w)) {
			return ""
		}
		if t.isWord() && !c.koGlued(i) {
			if _, role := koSplit(t.w); role == 'o' {
				return c.koWords(c.koNPBefore(i), i+1)
			}
		}
	}
	return ""
}

func koCount(c lctx, role byte) string {
	k := c.k
	j := c.koSkipBack(k)
	s := c.koNPBefore(j)
	np := c.koWords(s, j)
	after := k + 1
	if role != 0 {
		after = k + 2
	}
	if role == 'o' && s < j {
		if _, r := koSplit(c.ts[j-1].w); r == 't' || r == 's' {
			// "연구센터는 3000명을 수용한다": the topic holds the count, the
			// count is the verb's object; what it counts comes after or
			// from its counter.
			np, s = "", j
		}
	}
	if role == 'g' || (np == "" && role == 0) || (np == "" && role == 'o') {
		// "5개 기업이", "74만 명의 인력이", "2200여 명인 현지 연구인력을"
		if n, r, a := c.koNPAfter(after); n != "" {
			np, role, after = n, r, a
		}
	}
	if role == 0 && s < j {
		_, role = koSplit(c.ts[j-1].w) // the noun's own particle: "졸업생이 매년 5만 명"
	}
	if np == "" && role == 'p' {
		np = c.koObjectBefore(k)
	}
	if np == "" && koCounter(c.q.Text) == "명" {
		np = "인원"
	}
	if np == "" {
		return ""
	}
	holder, hEnd := c.koHolder(s)
	if holder == np {
		holder = ""
	}
	p, args := c.koPredicateAfter(after)
	rel := ""
	if p >= 0 && !koLink[c.ts[p].w] {
		rel = c.koRelative(p)
	}
	before := strings.Join(c.koArgs(hEnd, s), " ")
	switch {
	case rel == "" || (role == 'p' && !strings.HasSuffix(rel, "릴") && !strings.HasSuffix(rel, "할")):
		if role == 'x' {
			holder = "" // "기업 300여 곳도": the count is its own subject
		}
		return joinNonEmpty(koOf(holder), np)
	case holder != "" && role != 's' && role != 't' && role != 'x':
		return joinNonEmpty(koSubjectParticle(holder), before, strings.Join(args, " "), rel, np)
	}
	return joinNonEmpty(before, strings.Join(args, " "), rel, np)
}
