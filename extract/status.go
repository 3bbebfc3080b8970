package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"

	"ictdash/data"
)

// A figure's status is one of data's four. Plans, pledges, aims,
// commitments and decisions to do something are recorded as target: the
// record format has no plan status, and an analyst reads the number of a
// plan as the figure someone means to reach, not as a forecast of what will
// happen. Forecasts, schedules and "will" are projections; an estimate is a
// statement about the present or past that its author could not count.
//
// The words that decide are looked for in the number's own clause only
// (statusClause) and, inside that, in its comma segment (statusSegment):
// a modal word of the next sentence or of a neighbouring clause does not
// decide. English and Vietnamese put the verb before its object, so the
// nearest cue before the number decides, then the nearest verb after it
// (a subject: "2,000 engineers will be hired"); Korean puts the predicate at
// the end of the clause, so the first cue after the number decides
// (status_ko.go).

// guessStatus guesses actual, projection, target or estimate from the words
// around q, and says which word decided. The language is the sentence's
// own (its script and function words), so a Korean quote in an English
// article is read as Korean.
func guessStatus(text string, sent span, q data.Quantity) (data.Status, string) {
	return statusIn(text, sent, q, sentenceLang(text, sent))
}

// statusIn is guessStatus in a known language. A fact stated "according to
// estimates" after it ("has around 50 companies, according to estimates by
// the association") is an estimate.
func statusIn(text string, sent span, q data.Quantity, lang quantity.Lang) (data.Status, string) {
	st, why := statusOf(text, sent, q, lang)
	if (st == data.Actual || st == data.Projection) && lang != quantity.KO {
		if w, ok := leadingEstimate(text, sent, q); ok {
			return data.Estimate, statusReason(data.Estimate, w) + " (the attribution that opens the sentence)"
		}
	}
	if st == data.Actual && lang != quantity.KO {
		if w, ok := trailingEstimate(text, sent, q); ok {
			return data.Estimate, statusReason(data.Estimate, w) + " (the attribution after it)"
		}
	}
	return st, why
}

// trailingEstimate finds an attribution to estimates after q in its
// sentence, before another clause opens: ", according to estimates",
// ", theo ước tính".
func trailingEstimate(text string, sent span, q data.Quantity) (string, bool) {
	if q.End >= sent.end {
		return "", false
	}
	after := strings.ToLower(text[q.End:sent.end])
	for _, w := range []string{", according to estimates", ", according to an estimate", ", according to the estimates",
		", according to an estimation", ", theo ước tính", ", theo số liệu ước tính"} {
		k := strings.Index(after, w)
		if k < 0 {
			continue
		}
		if before := after[:k]; strings.Contains(before, ";") || strings.Contains(before, " while ") || strings.Contains(before, " but ") ||
			strings.Contains(before, " trong khi ") {
			continue
		}
		return strings.TrimPrefix(w, ", "), true
	}
	return "", false
}

// statusOf is statusIn without the attribution after the number.
func statusOf(text string, sent span, q data.Quantity, lang quantity.Lang) (data.Status, string) {
	if lang == quantity.KO {
		return statusKO(text, sent, q)
	}
	lx := enLexicon()
	if lang == quantity.VI {
		lx = viLexicon()
	}
	cl := statusClause(text, sent, q)
	if changeBase(text, cl, q, lang) {
		return data.Actual, "the level a change starts from (\"from … to\")"
	}
	seg := statusSegment(text, cl, q)
	st, w, ok := lx.decide(text, seg, q)
	if !ok || st == data.Actual && lx.weak[w] {
		if st, why, ok := inheritedStatus(text, sent, seg, lang); ok {
			return st, why
		}
	}
	if ok {
		// A present-tense or tenseless verb ("has", "có", "thu hút") states
		// a fact only when nothing frames it: "Theo kế hoạch, đến năm 2030,
		// thành phố thu hút 100 dự án" is a target.
		if st == data.Actual && lx.weak[w] {
			if st, why, ok := lx.frame(text, sent, seg, q); ok {
				return st, why
			}
		}
		return st, statusReason(st, w)
	}
	if st, why, ok := lx.frame(text, sent, seg, q); ok {
		return st, why
	}
	return data.Actual, ""
}

// sentenceLang is the language of the sentence around sent: Korean when it
// has Hangul, else what quantity.Detect reads in it, English when unsure.
func sentenceLang(text string, sent span) quantity.Lang {
	s := text[sent.start:sent.end]
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return quantity.KO
		}
	}
	if quantity.Detect(s) == quantity.VI {
		return quantity.VI
	}
	return quantity.EN
}

// clauseBreaks end the clause whose words decide a number's status, so that
// in "valued at $600 billion and the figure is expected to rise to $800
// billion" only the second amount is a projection. Plain commas do not
// break: "By 2030, the plant will employ 2,000 engineers" is one clause.
// Vietnamese: ", và" (and), "trong khi" (while), "nhưng", "song" (but),
// "còn" (whereas), ", trong đó" (of which), "đồng thời" (at the same time).
var clauseBreaks = []string{"; ", " -- ", " while ", " whereas ", " but ", " and the ", " and its ",
	" and it ", ", and ", " – ", " — ", ", which ", ", who ", ", while ",
	" and has ", " and have ", " and had ",
	", và ", " trong khi ", " nhưng ", ", song ", ", còn ", ", trong đó ", ", đồng thời ", " tuy nhiên "}

// statusClause is the part of the sentence between the clause breaks
// around q. A sentence end the splitter missed ("…했다.삼성은", "in 2023.The
// firm") also ends the clause, so that a modal word of the next sentence
// does not leak into this one.
func statusClause(text string, sent span, q data.Quantity) span {
	// Only a stretch either side is searched (a clause is rarely longer),
	// so a run-on sentence is not lowered and searched for every number.
	const reach = 600
	lo, hi := max(sent.start, q.Start-reach), min(sent.end, q.End+reach)
	start, end := lo, hi
	lowB, lowA := strings.ToLower(text[lo:q.Start]), strings.ToLower(text[q.End:hi])
	for _, b := range clauseBreaks {
		if k := strings.LastIndex(lowB, b); k >= 0 && lo+k+len(b) > start {
			start = lo + k + len(b)
		}
		if k := strings.Index(lowA, b); k >= 0 && q.End+k < end {
			end = q.End + k
		}
	}
	if k := lastSentenceEnd(text, start, q.Start); k > start {
		start = k
	}
	if k := firstSentenceEnd(text, q.End, end); k >= 0 && k < end {
		end = k
	}
	return span{start, end}
}

// statusSegment narrows a clause to the commas around q: in "the centres
// will conduct programmes, in particular for businesses investing in six
// key areas" the "will" is about the programmes, not the six areas.
func statusSegment(text string, cl span, q data.Quantity) span {
	if k := strings.LastIndex(text[cl.start:q.Start], ", "); k >= 0 {
		cl.start += k + 2
	}
	if k := strings.Index(text[q.End:cl.end], ", "); k >= 0 {
		cl.end = q.End + k
	}
	return cl
}

// firstSentenceEnd returns the offset just after the first sentence end in
// text[from:to] that the splitter missed (a full stop, "!" or "?" directly
// followed by a capital letter or Hangul syllable, not after an
// abbreviation), or -1.
func firstSentenceEnd(text string, from, to int) int {
	for i := from; i < to; i++ {
		if isSentenceEndAt(text, i) {
			return i + 1
		}
	}
	return -1
}

// lastSentenceEnd is firstSentenceEnd from the right: the start of the
// sentence fragment that ends at to, or -1.
func lastSentenceEnd(text string, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if isSentenceEndAt(text, i) {
			return i + 1
		}
	}
	return -1
}

func isSentenceEndAt(text string, i int) bool {
	c := text[i]
	if c != '.' && c != '!' && c != '?' || i+1 >= len(text) {
		return false
	}
	j := i + 1
	if text[j] == ' ' {
		j++
	}
	if j >= len(text) {
		return false
	}
	r := firstRune(text[j:])
	if !startsUpper(string(r)) && !(r >= 0xAC00 && r <= 0xD7A3) {
		return false
	}
	// "98.9", "U.S. firms", "Mr. Kim", "TP.HCM": not ends.
	return c != '.' || !isAbbreviation(text[:i]) && !isShortAcronym(wordBefore(text, i))
}

// isShortAcronym reports whether w is a capitalised abbreviation of up to
// three letters, such as Vietnamese "TP." (city) in "TP.HCM".
func isShortAcronym(w string) bool {
	return w != "" && len([]rune(w)) <= 3 && strings.ToUpper(w) == w
}

// statusReason is the reason line for a status decided by word w.
func statusReason(st data.Status, w string) string {
	return fmt.Sprintf("status %s from %q", st, w)
}

// containsWord reports whether phrase w occurs in s as whole words.
func containsWord(s, w string) bool {
	return indexWord(s, w) >= 0
}

// indexWord returns the offset of the first whole-word occurrence of w in
// s, or -1.
func indexWord(s, w string) int {
	for from := 0; from < len(s); {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return -1
		}
		a, b := from+k, from+k+len(w)
		if (a == 0 || !isWordByte(s, a, true)) && (b == len(s) || !isWordByte(s, b, false)) {
			return a
		}
		from = a + 1
	}
	return -1
}

// isWordByte reports whether the rune before i (when before) or at i is a
// letter or digit.
func isWordByte(s string, i int, before bool) bool {
	if before {
		return isLetterOrDigit(lastRune(s[:i]))
	}
	return isLetterOrDigit(firstRune(s[i:]))
}

func hasAny(s string, words []string) bool {
	low := strings.ToLower(s)
	for _, w := range words {
		if containsWord(low, w) {
			return true
		}
	}
	return false
}
