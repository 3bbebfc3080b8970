package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"

	"ictdash/data"
)

// skipReason decides whether a scanned number is not a figure, and why.
// The quantity engine decides first: every number it skips (a date, a year
// or period, an ordinal or rank, a name, a document or phone number …) is
// skipped with its reason, which extract only completes where it knows
// more (what a date resolves to, the figures a year dates). Of the
// engine's quantities, the words around them still make some no figure:
// "the two countries", "for one", "Vision 2030 strategy"; relative spans
// of time date events or bound other figures. Anything else is drafted.
func (x *extractor) skipReason(m mention) (string, bool) {
	q, t := m.q, x.text
	if q.IsSkipped() {
		return x.engineReason(m), true
	}
	prev, next := wordBefore(t, q.Start), wordAfter(t, q.End)
	switch low := strings.ToLower(prev); {
	case strings.HasPrefix(q.Text, "+") && q.Unit == "":
		return fmt.Sprintf("name of a model or label (%s), not a quantity", quoted(t, q)), true
	case isWordOne(q.Text) && (q.Unit == "" || determinerAfterOne[strings.ToLower(next)] || pronounBeforeOne[low] || speakerAfterOne(t[q.End:])):
		return fmt.Sprintf("pronoun or determiner (%q), not a number", phrase(prev, q.Text, next)), true
	case strings.EqualFold(q.Text, "two") && pairOwners[low] && pairWords[strings.ToLower(next)]:
		return fmt.Sprintf("%q: the two parties named in the article, not a quantity", phrase(prev, q.Text, next)), true
	case strings.EqualFold(q.Text, "hai") && viPairWords[strings.ToLower(next)]:
		// "hai nước", "hai bên": the two countries or sides, as "the two countries".
		return fmt.Sprintf("%q: the two parties named in the article (two), not a quantity", phrase(q.Text, next)), true
	case (q.Unit == "" || yearLike(q)) && isQuantity(q) && isNameWord(t, q.Start, prev) && !isHedged(q):
		return fmt.Sprintf("part of a name (%q), not a quantity", nameRun(t, q)), true
	}
	if q.Relative {
		return x.relativeReason(m)
	}
	if q.Kind == quantity.KindDuration && !q.Relative && (strings.HasSuffix(q.Text, "간") || strings.HasSuffix(q.Text, "동안") || spanWordBefore(t, q.Start)) {
		// "5년간 74만명 필요", "giải ngân 12 triệu USD trong 4 năm": the span
		// the sentence's figures are counted over.
		for _, o := range m.group {
			if o.Start != q.Start && x.drafted(m, o) {
				// Say what it resolves to where the figure's period is a span
				// ("2027년까지 3년간": 2025/2027).
				if p, _, basis := x.period(mention{q: o, sent: m.sent, prev: wordBefore(t, o.Start), group: m.group}); basis == "" && strings.Contains(p, "/") {
					return fmt.Sprintf("time span %q over which the figures in its sentence are counted, i.e. %s (the horizon of their period)", q.Text, p), true
				}
				return fmt.Sprintf("time span %q over which the figures in its sentence are counted; set their period", q.Text), true
			}
		}
	}
	if q.Kind == quantity.KindDuration && !q.Relative && isExperience(t, q) {
		// "a developer with three years of experience earns $1,100": the
		// length of experience says who is measured; the pay is the figure.
		for _, o := range m.group {
			if o.Start != q.Start && x.drafted(m, o) {
				return fmt.Sprintf("length of experience (%s) that defines who the figures in its sentence are about, not a figure", quoted(t, q)), true
			}
		}
	}
	return "", false
}

// spanWordBefore: the duration at i is introduced as the span of
// something ("trong 4 năm", "trong vòng 3 năm").
func spanWordBefore(t string, i int) bool {
	before := strings.ToLower(strings.TrimRight(t[max(0, i-16):i], " "))
	return strings.HasSuffix(before, " trong") || strings.HasSuffix(before, "trong vòng")
}

// isExperience: the duration q is a length of work experience: "five
// years of experience", "three years' experience", "3 năm kinh nghiệm",
// "kinh nghiệm 3 năm", "경력 3년", "3년 경력", "3년 차".
func isExperience(t string, q data.Quantity) bool {
	after := strings.ToLower(strings.TrimLeft(t[q.End:], " "))
	after = strings.TrimLeft(after, "'’ ")
	for _, w := range []string{"of experience", "of work experience", "of professional experience", "of industry experience",
		"experience", "kinh nghiệm", "경력", "차 "} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	before := strings.ToLower(strings.TrimRight(t[max(0, q.Start-20):q.Start], " "))
	return strings.HasSuffix(before, "kinh nghiệm") || strings.HasSuffix(before, "경력")
}

// speakerAfterOne: "one" opens the phrase of an unnamed speaker ("one
// industry official said", "one analyst told reporters"): a determiner,
// not a count, when a speech verb follows within four words.
func speakerAfterOne(after string) bool {
	ws := strings.Fields(strings.ToLower(after))
	for i, w := range ws {
		if i >= 5 {
			break
		}
		if i > 0 && speechVerbs[strings.Trim(w, ",.;:\"'”’")] {
			return true
		}
		if strings.ContainsAny(w, ".;:,") {
			break // the phrase ends before a verb
		}
	}
	return false
}

// engineReason is the engine's reason for a number it skips, completed
// for dates (what they resolve to), years (the figures they date) and
// periods (as an interval).
func (x *extractor) engineReason(m mention) string {
	q, t := m.q, x.text
	prev := wordBefore(t, q.Start)
	switch q.Kind {
	case quantity.KindDate:
		if strings.Contains(q.Skip, "quarter") || strings.Contains(q.Skip, "span") {
			return fmt.Sprintf("%s (%s); date the figures or the item with it", q.Skip, q.Text)
		}
		return x.dateReasonOf(q)
	case quantity.KindYear:
		if strings.HasPrefix(q.Skip, "a year in a name") {
			return fmt.Sprintf("year in a name (%q); date the item %s", nameRun(t, q), q.Text)
		}
		return x.yearReason(m, prev)
	case quantity.KindPeriod:
		if r, ok := yearRange(q); ok {
			if isNameWord(t, q.Start, prev) {
				return fmt.Sprintf("part of a name (%q, i.e. %s); date the item with it", nameRun(t, q), r)
			}
			return fmt.Sprintf("year range %s, i.e. %s: a period, not a quantity", q.Text, r)
		}
	}
	return q.Skip
}

// yearReason explains a skipped year: a name's year, or the period of the
// figures in its sentence, or a date for an item.
func (x *extractor) yearReason(m mention, prev string) string {
	q := m.q
	switch {
	case strings.HasSuffix(q.Text, "s"):
		return fmt.Sprintf("decade (%s), not a quantity", q.Text)
	case isNameWord(x.text, q.Start, prev):
		return fmt.Sprintf("year in a name (%q); date the item %s", nameRun(x.text, q), q.Text)
	}
	if x.dates(q) != "" {
		for _, o := range m.group {
			cl := statusClause(x.text, m.sent, o)
			if x.drafted(m, o) && q.Start >= cl.start && q.End <= cl.end {
				return fmt.Sprintf("year %s: used as the period of the figures in its clause", q.Text)
			}
		}
	}
	if strings.EqualFold(prev, "by") {
		return fmt.Sprintf("target year %s; date the item with it", q.Text)
	}
	return fmt.Sprintf("year %s: a date for an event or item, record it on the item", q.Text)
}

// relativeReason handles "two years ago" and "the next five years". An
// "ago" beside an event word dates the event; otherwise it is a span in a
// comparison ("three decades ago") and is drafted. A horizon bounds the
// figures in its sentence; a forward one alone in its sentence is a
// prediction's horizon ("overtake Singapore in the next 5 years") and is
// drafted, while a backward one dates what the sentence describes ("have
// doubled their IT budgets in the past two years").
func (x *extractor) relativeReason(m mention) (string, bool) {
	q, t := m.q, x.text
	low := strings.ToLower(q.Text)
	if agoSpan(low) {
		switch {
		case comparisonBase(t, q):
			return "comparison base: " + x.resolveAgo(q) + "; the change is the figure", true
		case hasAny(t[m.sent.start:m.sent.end], eventWords):
			return "relative date: " + x.resolveAgo(q), true
		}
		return "", false
	}
	for _, o := range m.group {
		if x.drafted(m, o) {
			p, _ := x.horizon(q)
			if p == "" {
				return fmt.Sprintf("time horizon %q of the figures in its sentence (no publication date to resolve it)", q.Text), true
			}
			return fmt.Sprintf("time horizon %q of the figures in its sentence, i.e. %s", q.Text, p), true
		}
	}
	if hasAny(low, []string{"last", "past", "previous"}) {
		if p, _ := x.horizon(q); p != "" {
			return fmt.Sprintf("time span %q, i.e. %s: the period of what its sentence describes", q.Text, p), true
		}
		return fmt.Sprintf("time span %q: the period of what its sentence describes (no publication date to resolve it)", q.Text), true
	}
	return "", false
}

// agoSpan reports whether a relative span reaches back from publication:
// "two years ago", "2 năm trước", "2년 전".
func agoSpan(low string) bool {
	return strings.HasSuffix(low, "ago") || strings.HasSuffix(low, "trước") || strings.HasSuffix(low, "전")
}

// comparisonBase reports whether the span is what a change is measured
// from: "up 6.5 points from two years ago", "높아졌다 … 2년 전보다", "so
// với 2 năm trước".
func comparisonBase(t string, q data.Quantity) bool {
	if strings.HasPrefix(t[q.End:], "보다") || strings.HasPrefix(t[q.End:], "에 비해") || strings.HasPrefix(t[q.End:], " 대비") {
		return true
	}
	before := strings.ToLower(strings.TrimRight(t[max(0, q.Start-12):q.Start], " "))
	return strings.HasSuffix(before, "from") || strings.HasSuffix(before, "than") || strings.HasSuffix(before, "so với") || strings.HasSuffix(before, "compared with")
}

// drafted reports whether o, another number in m's sentence, will be
// drafted as a figure (without recursing into horizons).
func (x *extractor) drafted(m mention, o data.Quantity) bool {
	if o.Relative || !isQuantity(o) {
		return false
	}
	_, skip := x.skipReason(mention{q: o, sent: m.sent})
	return !skip
}

// Word lists for the rules above.
var (
	viPairWords        = setOf("nước", "bên", "phía", "quốc")
	determinerAfterOne = setOf("notable", "key", "important", "major", "such", "example", "of",
		"another", "other", "more", "way", "day", "hand", "thing", "reason", "highlight", "area")
	pronounBeforeOne = setOf("no", "the", "this", "that", "each", "every", "any", "which")
	speechVerbs      = setOf("said", "says", "told", "tells", "noted", "added", "explained", "warned", "argued", "wrote")
	pairOwners       = setOf("the", "our", "their", "both", "these", "those", "its")
	pairWords        = setOf("countries", "country", "nations", "nation", "sides", "side", "counties", "economies",
		"governments", "leaders", "parties", "peoples", "ministers", "ministries", "presidents", "states", "neighbours")
	eventWords = []string{"launch", "launched", "opened", "open", "established", "founded", "signed", "began",
		"started", "set up", "introduced", "held", "inaugurated", "announced", "built", "created", "adopted"}
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// yearLike: four plain digits 1900–2100 that the scanner counted because a
// noun follows ("Vision 2030 strategy").
func yearLike(q data.Quantity) bool {
	return len(q.Text) == 4 && q.Value >= 1900 && q.Value <= 2100 && strings.Trim(q.Text, "0123456789") == ""
}

// isQuantity: q measures something, as opposed to a date, year, period,
// time or ordinal, or another number the engine skips.
func isQuantity(q data.Quantity) bool { return !q.IsSkipped() }

func isWordOne(s string) bool { return strings.EqualFold(s, "one") }

func isHedged(q data.Quantity) bool { return q.Qualifier != data.Exact }

// isNameWord reports whether the word before a number is part of a name:
// a word such as "plan" ("innovation plan 2025-30"), or a capitalised word
// that is not the first of its sentence nor a preposition ("In 2022" dates;
// "Digital Week 2024" names).
func isNameWord(t string, at int, prev string) bool {
	if planWords[strings.ToLower(prev)] {
		return true
	}
	if prev == "" || !startsUpper(prev) || yearPreps[strings.ToLower(prev)] {
		return false
	}
	k := len(strings.TrimRight(t[:at], " ")) - len(prev) // where prev starts
	if k <= 0 {
		return false
	}
	before := strings.TrimRight(t[:k], " ")
	return before != "" && !strings.HasSuffix(before, "\n") && !strings.ContainsAny(before[len(before)-1:], ".!?")
}

// planWords name plans and programmes by their years.
var planWords = setOf("plan", "plans", "strategy", "programme", "program", "vision", "roadmap",
	"masterplan", "phase", "scheme", "agenda", "period", "initiative", "project")

// nameRun returns the name a number ends: the capitalised words before it
// ("Vietnam International Digital Week 2024"), or the plan word and the
// word before that ("innovation plan 2025-30").
func nameRun(t string, q data.Quantity) string {
	start := q.Start
	for n := 0; n < 6; n++ {
		w := wordBefore(t, start)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		first := wordBefore(t, q.Start)
		lowerPlan := planWords[strings.ToLower(first)] && !startsUpper(first)
		if !startsUpper(w) && !(n == 0 && planWords[lw]) && !(n == 1 && lowerPlan && !stopWords[lw]) {
			break
		}
		if n > 0 && startsUpper(w) && yearPreps[lw] {
			break
		}
		start = len(strings.TrimRight(t[:start], " ")) - len(w)
	}
	return t[start:q.End]
}

var yearPreps = setOf("in", "since", "by", "until", "till", "before", "after", "from", "during", "of", "to",
	"for", "through", "between", "and", "the", "about", "over", "nearly", "around", "some", "up")

// yearRange reads "2025-30" or "2025–2030" as an ISO interval.
func yearRange(q data.Quantity) (string, bool) {
	if q.Kind == quantity.KindPeriod && q.Max > q.Value {
		return fmt.Sprintf("%d/%d", int(q.Value), int(q.Max)), true
	}
	from := int(q.Value)
	if from < 1900 || from > 2100 {
		return "", false
	}
	i := strings.IndexAny(q.Text, "-–")
	if i < 0 {
		return "", false
	}
	rest := strings.TrimLeft(q.Text[i:], "-–")
	to := atoi(rest)
	switch {
	case len(rest) == 2 && to >= 0:
		to += from / 100 * 100
	case len(rest) != 4 || to < 0:
		return "", false
	}
	if to < from {
		return "", false
	}
	return fmt.Sprintf("%d/%d", from, to), true
}

// quoted returns the number with the quote marks around it in the text.
func quoted(t string, q data.Quantity) string {
	s, e := q.Start, q.End
	for s > 0 && strings.ContainsRune(`"'“‘`, lastRune(t[:s])) {
		s -= len(string(lastRune(t[:s])))
	}
	for e < len(t) && strings.ContainsRune(`"'”’`, firstRune(t[e:])) {
		e += len(string(firstRune(t[e:])))
	}
	return t[s:e]
}

func phrase(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}
