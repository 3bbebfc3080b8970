package extract

import (
	"ictdash/data/quantity"
	"math"
	"strings"
	"unicode/utf8"

	"ictdash/data"
)

// The loader locates a citation by first occurrences: a quote at the first
// place it occurs in the clean text, the value as written at its first
// occurrence in the quote (a skip's text likewise in its context). Coverage
// then marks that span. So a passage must be chosen so that both first
// occurrences are the number being cited; otherwise a second "two" in a
// sentence would be credited to the first and the loader would report the
// second as uncovered.

// citeFigure chooses the value as written and the quote for a figure. It
// prefers the scanned text within window; when that text occurs earlier in
// the window it first tries the text extended by the counted noun ("10
// provinces"), which reads back the same, then a quote that starts later.
func (x *extractor) citeFigure(q data.Quantity, window span) (vt string, qs, qe int, ok bool) {
	if !readsBack(q.Text, q, x.lang) {
		return "", 0, 0, false
	}
	if strings.Index(x.text[window.start:window.end], q.Text) == q.Start-window.start {
		if qs, qe, ok := x.anchor(q.Start, q.Text, window); ok {
			return q.Text, qs, qe, true
		}
	}
	for _, ext := range extensions(x.text, q, window.end, x.lang) {
		if strings.Index(x.text[window.start:window.end], ext) == q.Start-window.start {
			if qs, qe, ok := x.anchor(q.Start, ext, window); ok {
				return ext, qs, qe, true
			}
		}
	}
	qs, qe, ok = x.anchor(q.Start, q.Text, window)
	return q.Text, qs, qe, ok
}

// valueIn returns q's value as written such that its first occurrence in
// window is q's place: the scanned text, or the text extended by the
// counted noun. It is for a passage the article repeats, quoted as it is.
func (x *extractor) valueIn(q data.Quantity, window span) (string, bool) {
	w := x.text[window.start:window.end]
	if !readsBack(q.Text, q, x.lang) {
		return "", false
	}
	if strings.Index(w, q.Text) == q.Start-window.start {
		return q.Text, true
	}
	for _, ext := range extensions(x.text, q, window.end, x.lang) {
		if strings.Index(w, ext) == q.Start-window.start {
			return ext, true
		}
	}
	return "", false
}

// citeSkip chooses the context of a skipped number: a few words either side
// within its sentence, widened as far as needed to be found at this place.
func (x *extractor) citeSkip(q data.Quantity, sent span) (int, int, bool) {
	const words = 4
	lo, hi := q.Start, q.End
	for range words {
		if lo > sent.start {
			lo = prevWordStart(x.text, lo, sent.start)
		}
		if hi < sent.end {
			hi = nextWordEnd(x.text, hi, sent.end)
		}
	}
	return x.anchor(q.Start, q.Text, span{lo, hi})
}

// maxPassage bounds how far a passage is widened to make it unique; past
// it, the text is repeating itself and a citation would not help a reader.
const maxPassage = 2000

// anchor returns a passage [qs, qe) around vt at start, preferring window,
// such that the passage's first occurrence in the text is at qs and vt's
// first occurrence in the passage is at start. The passage starts after any
// earlier occurrence of vt; if the text repeats it verbatim earlier, it is
// widened to following sentences, then to preceding ones, until it is
// unique. It fails only when no passage is (the text repeats to its end).
func (x *extractor) anchor(start int, vt string, window span) (int, int, bool) {
	t := x.text
	if vt == "" || start < 0 || start+len(vt) > len(t) || t[start:start+len(vt)] != vt {
		return 0, 0, false
	}
	floor := 0 // first byte the passage may start at
	if k := strings.LastIndex(t[:start+len(vt)-1], vt); k >= 0 && k < start {
		floor = nextRune(t, k)
	}
	from := max(window.start, floor)
	starts := []int{wordStartFrom(t, from, start)}
	// Then earlier and earlier word starts, across line breaks, so that a
	// sentence the text repeats gets the shortest unique passage.
	for s := from; len(starts) < 16; {
		for s > floor && isSpaceByte(t[s-1]) {
			s--
		}
		for s > floor && !isSpaceByte(t[s-1]) {
			s--
		}
		if s <= floor || !isSpaceByte(t[s-1]) {
			break
		}
		starts = append(starts, s)
	}
	starts = append(starts, floor)
	hi := max(window.end, start+len(vt))
	for _, qs := range starts {
		qe := hi
		for range 16 {
			if qe-qs > maxPassage {
				break
			}
			if strings.Index(t, t[qs:qe]) == qs {
				return qs, qe, true
			}
			if qe >= len(t) {
				break
			}
			qe = x.nextSentenceEnd(qe)
		}
	}
	return 0, 0, false
}

// nextSentenceEnd returns the end of the first sentence ending after i.
func (x *extractor) nextSentenceEnd(i int) int {
	for _, s := range x.sents {
		if s.end > i {
			return s.end
		}
	}
	return len(x.text)
}

// extensions are the value as written followed by one to three more words
// of the text (the counted noun), when they still read back the same.
func extensions(text string, q data.Quantity, limit int, lang quantity.Lang) []string {
	var out []string
	end := q.End
	for range 3 {
		k := end
		if k < limit && (text[k] == ' ' || text[k] == '-') {
			k++
		}
		e := k
		for e < limit {
			r, n := utf8.DecodeRuneInString(text[e:])
			if !isLetter(r) {
				break
			}
			e += n
		}
		if e == k {
			break
		}
		end = e
		if s := text[q.Start:end]; readsBack(s, q, lang) {
			out = append(out, s)
		}
	}
	return out
}

// readsBack reports whether the loader will read s as q: the same value,
// qualifier and (for units it checks) unit.
func readsBack(s string, q data.Quantity, lang quantity.Lang) bool {
	p, err := data.ParseQuantityIn(s, lang)
	if err != nil || p.Qualifier != q.Qualifier || !sameValue(p.Value, q.Value) {
		return false
	}
	unit := q.Unit
	if unit == "" {
		unit = "count"
	}
	return p.Unit == "" || p.Unit == "count" || p.Unit == unit
}

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// wordStartFrom returns the first word start in [from, limit], or from when
// there is none (limit itself counts: the number starts a word).
func wordStartFrom(t string, from, limit int) int {
	for i := from; i < limit; i++ {
		if i == 0 || t[i-1] == ' ' || t[i-1] == '\n' {
			return i
		}
		// A sentence glued to the one before ("…Đầu tư.Theo đó"): its
		// window starts after the punctuation, which is a word start too.
		if i == from && !isLetterOrDigit(lastRune(t[:i])) && isLetterOrDigit(firstRune(t[i:])) {
			return i
		}
	}
	if limit == 0 || t[limit-1] == ' ' || t[limit-1] == '\n' || from == limit {
		return limit
	}
	return from
}

// prevWordStart moves from i back over spaces and one word, not before lo.
func prevWordStart(t string, i, lo int) int {
	for i > lo && t[i-1] == ' ' {
		i--
	}
	for i > lo && t[i-1] != ' ' && t[i-1] != '\n' {
		i--
	}
	return i
}

// nextWordEnd moves from i over spaces and one word, not past hi.
func nextWordEnd(t string, i, hi int) int {
	for i < hi && t[i] == ' ' {
		i++
	}
	for i < hi && t[i] != ' ' && t[i] != '\n' {
		i++
	}
	return i
}

func nextRune(t string, i int) int {
	_, n := utf8.DecodeRuneInString(t[i:])
	return i + n
}
