package extract

import (
	"ictdash/data/quantity"
	"strings"
	"unicode/utf8"

	"ictdash/data"
)

// Korean puts the predicate at the end of its clause and marks tense, mood
// and intention in the verb's endings: 투자했다 (invested), 투자할 예정이다
// (is scheduled to invest), 투자할 계획이다 (plans to), 투자하기로 했다
// (decided to: a plan, though it ends in 했다), 추산된다 (is estimated). So
// the first cue after the number, up to the end of its clause, decides. A
// clause ends at a connective ending (-고, -며, -지만, -으나, -는데, -면서)
// or at the sentence's end, so in "5조원을 기록했고, 내년에는 6조원을 목표로
// 하고 있다" the first amount is actual and the second a target.

// koForward are the cues looked for after the number, earliest first.
var koForward = []struct {
	s      string
	status data.Status
}{
	{"기로 했", data.Target}, {"기로 합의", data.Target}, {"기로 결정", data.Target}, {"키로 했", data.Target},
	{"기 위해", data.Target}, {"기 위한", data.Target}, {"계획", data.Target}, {"목표", data.Target},
	{"방침", data.Target}, {"추진", data.Target}, {"약속", data.Target}, {"다짐", data.Target},
	{"예정", data.Projection}, {"전망", data.Projection}, {"예상", data.Projection}, {"기대", data.Projection},
	{"관측", data.Projection}, {"예측", data.Projection}, {"내다봤", data.Projection}, {"내다본", data.Projection},
	{"정했", data.Target}, {"정하", data.Target},
	{"한다고 밝혔", data.Projection}, {"한다고 발표", data.Projection}, {"겠", data.Projection},
	{"추산", data.Estimate}, {"추정", data.Estimate}, {"잠정", data.Estimate},
}

// koBackward are noun cues before the number ("올해 목표는 500억 달러다").
var koBackward = []struct {
	s      string
	status data.Status
}{
	{"목표", data.Target}, {"계획", data.Target}, {"전망", data.Projection}, {"예상", data.Projection},
	{"예정", data.Projection}, {"추산", data.Estimate}, {"추정", data.Estimate},
}

// statusKO decides a number's status in a Korean clause.
func statusKO(text string, sent span, q data.Quantity) (data.Status, string) {
	cl := koClause(text, statusClause(text, sent, q), q)
	after := text[q.End:cl.end]
	if changeBase(text, cl, q, quantity.KO) {
		return data.Actual, "the level a change starts from (\"…에서 …로\")"
	}
	if koCapacity(after) {
		return data.Actual, statusReason(data.Actual, "수 있는 규모") + " (a capacity)"
	}
	at, st, w := len(after), data.Status(""), ""
	for _, c := range koForward {
		if k := strings.Index(after, c.s); k >= 0 && k < at {
			at, st, w = k, c.status, c.s
		}
	}
	if k, fw := koFuture(after); k >= 0 && k < at {
		at, st, w = k, data.Projection, fw
	}
	if k, pw := koPast(after); k >= 0 && k < at {
		return data.Actual, statusReason(data.Actual, pw)
	}
	if k, pst, pw := koPresent(after, koHabitual(text[cl.start:q.End])); k >= 0 && k < at {
		return pst, statusReason(pst, pw)
	}
	if n, ok := koWillNoun(after, at, w); ok {
		return data.Target, statusReason(data.Target, w+"다는 "+n) + " (the aim it states)"
	}
	if st == data.Projection && w == "예정" && koPlanned(after) {
		return data.Target, statusReason(data.Target, w) + " (a planned action)"
	}
	if st != "" {
		return st, statusReason(st, w)
	}
	before := text[cl.start:q.Start]
	at = -1
	for _, c := range koBackward {
		if k := strings.LastIndex(before, c.s); k > at {
			at, st, w = k, c.status, c.s
		}
	}
	if at >= 0 {
		return st, statusReason(st, w)
	}
	if d, ok := koDeadline(text, cl); ok {
		return data.Target, statusReason(data.Target, d)
	}
	return data.Actual, ""
}

// koPresent reads a plain present verb ending the clause, "-ㄴ다"/"-는다"
// (a syllable with the ㄴ final before 다): in news it announces what an
// actor will do (투자한다, 연다, 운영한다: a plan, target); a change or a
// passive (늘어난다, 증가한다, 투입된다) forecasts an outcome (projection);
// a few verbs state what holds now (달한다, 차지한다, 이른다: actual), and
// so does any present verb of a routine (habitual: 연간, 매년 before it).
func koPresent(s string, habitual bool) (int, data.Status, string) {
	for _, t := range tokenize(s, 0, len(s)) {
		w := t.orig
		k := strings.Index(w, "다")
		if k <= 0 || !hasJong(lastRune(w[:k]), 4) {
			continue
		}
		if strings.HasPrefix(w[k:], "다는") {
			continue // "2배로 늘린다는 목표": the noun it qualifies decides
		}
		switch {
		case containsAny(w, "달한", "차지한", "해당한", "이른", "육박한", "웃돈", "넘는"):
			return t.start, data.Actual, w
		case habitual || koHabitual(s[:t.start]):
			return t.start, data.Actual, w + " (what is done every year)"
		case containsAny(w, "된다", "늘어", "줄어", "증가", "감소", "상승", "하락", "성장", "커진", "높아", "낮아", "확대된"):
			return t.start, data.Projection, w
		}
		return t.start, data.Target, w
	}
	return -1, "", ""
}

// koCapacity: "연간 25만 대를 생산할 수 있는 규모로, …" states what a
// plant can do, a fact — unless the clause goes on to a verb of its own
// ("… 규모로 완공될 예정이다", a plant to be built).
func koCapacity(after string) bool {
	k := strings.Index(after, "수 있는 규모")
	if k < 0 {
		return false
	}
	rest := after[k+len("수 있는 규모"):]
	for _, end := range []string{"로,", "다", "이다", "이며", "이고", "를 갖췄", "를 갖추고"} {
		if strings.HasPrefix(rest, end) {
			return true
		}
	}
	return false
}

// koHabitual: a frequency before the present verb makes it what is done
// routinely ("연간 200명 안팎의 엔지니어를 교육한다"), a fact, not a plan.
func koHabitual(s string) bool {
	return containsAny(s, "연간", "매년", "해마다", "매월", "매달", "매일", "매주", "한 해에", "1년에")
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// koPlanVerbs are actions an actor plans: before 예정 they make the figure
// a plan ("2000명을 채용할 예정이다"); "완공될 예정" stays a projection.
var koPlanVerbs = []string{"투자할", "채용할", "설립할", "건설할", "개설할", "파견할", "투입할", "지원할", "양성할",
	"교육할", "공급할", "개최할", "추진할", "구축할", "운영할", "열", "세울", "보낼", "제공할", "조성할", "배출할"}

func koPlanned(s string) bool {
	k := strings.Index(s, "예정")
	if k < 0 {
		return false
	}
	toks := strings.Fields(s[:k])
	return len(toks) > 0 && containsAny(toks[len(toks)-1], koPlanVerbs...)
}

// koConnectives end a Korean clause when a word ends in them.
var koConnectives = []string{"했고", "었고", "았고", "였고", "됐고", "하고", "되고", "있고", "이고", "겠고",
	"했으며", "하며", "되며", "이며", "있으며", "으며", "지만", "으나", "는데", "면서", "라며", "이라"}

// koClause narrows cl to the Korean clause around q: from just after the
// last connective word before q to the end of the first one after it (the
// connective word holds the number's own verb).
func koClause(text string, cl span, q data.Quantity) span {
	for _, t := range tokenize(text, cl.start, q.Start) {
		if koConnective(t.orig) {
			cl.start = t.end
		}
	}
	for _, t := range tokenize(text, q.End, cl.end) {
		if koConnective(t.orig) {
			cl.end = t.end
			break
		}
	}
	return cl
}

func koConnective(w string) bool {
	for _, c := range koConnectives {
		if strings.HasSuffix(w, c) && w != c || w == c && c != "하고" && c != "이고" {
			return true
		}
	}
	return false
}

// koPast finds the first past-tense verb in s: a syllable other than 있
// with the ㅆ final (했, 됐, 었, 늘어났, 올렸) before an ending, or a past adnominal
// word (투자한, 진행된, 했던) other than the postpositions 대한, 관한,
// 위한, 통한, 인한. It returns the offset and the word.
func koPast(s string) (int, string) {
	for _, t := range tokenize(s, 0, len(s)) {
		for i, r := range t.orig {
			// ㅆ with an ending after it; not 있 (있다, 있는: exists, can),
			// which a later 전망 or 내다봤다 may still frame.
			if hasJong(r, 20) && i+utf8.RuneLen(r) < len(t.orig) && r != '있' {
				return t.start + i, t.orig
			}
		}
		last := lastRune(t.orig)
		if t.orig == "인" || t.start == 0 && strings.HasPrefix(t.orig, "인") && len(t.orig) == len("인") {
			return t.start, t.orig // "2200여 명인 연구인력": is, now
		}
		if (last == '한' || last == '된' || last == '던') && utf8.RuneCountInString(t.orig) > 1 {
			switch t.orig {
			case "대한", "관한", "위한", "통한", "인한", "의한", "향한":
				continue
			}
			return t.start, t.orig
		}
	}
	return -1, ""
}

// koFuture finds a future adnominal before 것 ("투자할 것", "늘어날 것"): a
// syllable with the ㄹ final followed by " 것". "할 수 있다" (can) is not
// one: "3000명을 수용할 수 있다" states a capacity, a fact.
func koFuture(s string) (int, string) {
	best, w := -1, ""
	for _, noun := range []string{" 것"} {
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], noun)
			if k < 0 {
				break
			}
			k += from
			if r := lastRune(s[:k]); hasJong(r, 8) {
				if at := k - utf8.RuneLen(r); best < 0 || at < best {
					best, w = at, string(r)+noun
				}
				break
			}
			from = k + 1
		}
	}
	return best, w
}

// hasJong reports whether Hangul syllable r has final consonant j (the
// Unicode jongseong index: 8 ㄹ, 20 ㅆ).
func hasJong(r rune, j int) bool {
	return r >= 0xAC00 && r <= 0xD7A3 && int(r-0xAC00)%28 == j
}

// koDeadline finds "2030년까지" in the clause: a year the quantity engine
// reads, followed by 까지.
func koDeadline(text string, cl span) (string, bool) {
	for _, o := range quantity.Scan(text[cl.start:cl.end], quantity.KO) {
		if o.Kind != quantity.KindYear && o.Kind != quantity.KindDate {
			continue
		}
		if rest := text[cl.start+o.End : cl.end]; strings.HasPrefix(rest, "까지") {
			return o.Text + "까지", true
		}
	}
	return "", false
}
