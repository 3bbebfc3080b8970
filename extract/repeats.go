package extract

import (
	"sort"
	"strings"
	"unicode"

	"ictdash/data"
	"ictdash/data/text"
)

// A news article often states its main figure two or three times: in the
// headline, in the sapo (the lead paragraph), and again in the body, where
// web pages repeat the lead word for word. Each statement is a quote of
// the same fact, so it is one figure with one source per statement (the
// loader lets identical quotes of one figure cover successive occurrences
// of the passage), not two figures.

// foldRepeats turns figures that state the same fact again in this
// article (the headline or the lead repeated in the body, verbatim or
// nearly) into one figure: the first occurrence's quote, then each
// repeat's in Figure.Also.
func (x *extractor) foldRepeats(d *Draft) {
	at := x.figureOffsets(d.Figures)
	var kept []Figure
	var keptAt []int
	for i, g := range d.Figures {
		folded := false
		for k := range kept {
			if x.restates(kept[k], keptAt[k], g, at[i]) && x.fold(&kept[k], keptAt[k], g, at[i]) {
				folded = true
				break
			}
		}
		if folded {
			continue
		}
		if !x.locatable(g, at[i]) && !x.relocate(&g, at[i]) {
			x.skipRepeat(d, g, at[i])
			continue
		}
		kept, keptAt = append(kept, g), append(keptAt, at[i])
	}
	d.Figures = kept
}

// figureOffsets returns where each figure's number is in the text. A
// figure's quote is found at its first occurrence, except a verbatim
// repeat's, which is the next occurrence after the figures before it:
// figures are in text order.
func (x *extractor) figureOffsets(fs []Figure) []int {
	out := make([]int, len(fs))
	prev := -1
	for i, f := range fs {
		k := strings.Index(f.Quote, f.ValueText)
		out[i] = -1
		for from := 0; from <= len(x.text); {
			p := strings.Index(x.text[from:], f.Quote)
			if p < 0 || k < 0 {
				break
			}
			p += from
			if out[i] < 0 || p+k > prev {
				out[i] = p + k
			}
			if p+k > prev {
				break
			}
			from = p + 1
		}
		prev = out[i]
	}
	return out
}

// restates reports whether g, later in the text, states f's fact again:
// the same value as written, unit and hedge, in another sentence whose
// words are largely f's. A headline is a summary of the lead: half its
// words suffice when the lead follows it closely.
func (x *extractor) restates(f Figure, fAt int, g Figure, gAt int) bool {
	// The value may be written differently ("74만명", "74만 명"): the same
	// value, unit and hedge is the same number.
	if f.Unit != g.Unit || f.Value != g.Value || f.ValueMax != g.ValueMax || fAt < 0 || gAt <= fAt {
		return false
	}
	fs, gs := x.sentenceAt(fAt, fAt+len(f.ValueText)), x.sentenceAt(gAt, gAt+len(g.ValueText))
	if fs == gs {
		return false
	}
	// A headline drops the lead's hedge ("…3년간 5000억원 투자" over "약
	// 5000억원을 투입"): an unhedged headline number may restate a hedged one.
	if f.Qualifier != g.Qualifier && !(x.isHeadline(fs) && len(f.Also) == 0 && f.Qualifier == data.Exact) {
		return false
	}
	a, b := x.text[fs.start:fs.end], x.text[gs.start:gs.end]
	if x.isHeadline(fs) && x.sentenceIndex(gs) <= 6 {
		// The headline sums up the lead paragraph, not always the one
		// sentence that restates its number: "네이버클라우드, 베트남에 AI
		// 데이터센터…3년간 5000억원 투자" over "네이버클라우드가 … AI
		// 데이터센터를 짓는다. 2027년까지 3년간 약 5000억원을 투입해 …".
		if p := strings.LastIndex(x.text[fs.end:gs.start], "\n"); p >= 0 {
			b = x.text[fs.end+p+1 : gs.end]
		}
		return overlap(a, b) >= 0.5
	}
	return overlap(a, b) >= 0.8 && sameNames(a, b)
}

// isHeading: the sentence is the headline or a heading line of the page:
// a whole line that does not end as a sentence does (no full stop).
func (x *extractor) isHeading(s span) bool {
	if x.isHeadline(s) {
		return true
	}
	line := strings.TrimSpace(x.text[s.start:s.end])
	lineStart := strings.LastIndexByte(x.text[:s.start], '\n') + 1
	lineEnd := strings.IndexByte(x.text[s.end:], '\n')
	whole := strings.TrimSpace(x.text[lineStart:s.start]) == "" && (lineEnd < 0 || strings.TrimSpace(x.text[s.end:s.end+lineEnd]) == "")
	return whole && line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?")
}

// isHeadline: the sentence is the article's first, its title line.
func (x *extractor) isHeadline(s span) bool {
	return len(x.sents) > 0 && x.sents[0] == s
}

// sentenceIndex is the position of s among the article's sentences.
func (x *extractor) sentenceIndex(s span) int {
	for i, t := range x.sents {
		if t.start >= s.start {
			return i
		}
	}
	return len(x.sents)
}

// overlap is the share of the shorter passage's words that the longer has.
func overlap(a, b string) float64 {
	wa, wb := wordSet(a), wordSet(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return 0
	}
	n := 0
	long := text.Fold(b)
	if len(wordSet(a)) > len(wordSet(b)) {
		long = text.Fold(a)
	}
	for w := range wa {
		if wb[w] || koStemIn(w, long) {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

// koStemIn: a Korean word, whose particles and endings attach to it
// ("인력" in "인력이", "필요" in "필요할", "74만명" in "74만 명의"), is in
// the passage when its stem of two syllables or more is.
func koStemIn(w, passage string) bool {
	if !strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
		return false
	}
	rs := []rune(strings.ReplaceAll(w, " ", ""))
	if len(rs) < 2 {
		return false
	}
	p := strings.ReplaceAll(passage, " ", "")
	return strings.Contains(p, string(rs)) || len(rs) >= 3 && strings.Contains(p, string(rs[:len(rs)-1]))
}

// wordSet holds a passage's words, folded ("Hà Nội" and "ha noi" agree),
// numbers with their separators ("2,5").
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(text.Fold(s)) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			out[w] = true
		}
	}
	return out
}

// sameNames: every name and number of the shorter passage (a capitalised
// word not opening it, a word with digits) is in the longer: "Exports to
// Korea rose 10%" does not restate "Exports to Japan rose 10%".
func sameNames(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	long := wordSet(b)
	for i, w := range strings.Fields(a) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		named := i > 0 && startsUpper(w) || strings.ContainsAny(w, "0123456789")
		if named && !long[text.Fold(w)] {
			return false
		}
	}
	return true
}

// fold adds g's quote to f, and takes g's reading when f is the headline
// (the lead says more: who, the verb's tense, the date). false when no
// quote of g can be cited at its place.
func (x *extractor) fold(f *Figure, fAt int, g Figure, gAt int) bool {
	quote, ok := x.repeatQuote(f, fAt, g, gAt)
	if !ok {
		return false
	}
	if f.Qualifier != g.Qualifier {
		// The headline left out the lead's hedge: the lead's wording is
		// the figure's, and the headline a statement in its own words.
		f.Also, f.AlsoText, f.AlsoQual = []string{f.Quote}, []string{f.ValueText}, []data.Qualifier{f.Qualifier}
		f.Quote, f.ValueText, f.Qualifier = quote, g.ValueText, g.Qualifier
		x.takeReading(f, g)
		f.fieldsAt = gAt
		f.Places, f.Orgs = mergeIDs(f.Places, g.Places), mergeIDs(f.Orgs, g.Orgs)
		f.Reason += "; stated again in the headline without its hedge (one figure, one source per statement)"
		return true
	}
	f.Also = append(f.Also, quote)
	alsoText := ""
	if g.ValueText != f.ValueText {
		alsoText = g.ValueText
	}
	f.AlsoText = append(f.AlsoText, alsoText)
	if len(f.AlsoQual) > 0 {
		f.AlsoQual = append(f.AlsoQual, "")
	}
	from := fAt
	if f.fieldsAt > 0 {
		from = f.fieldsAt
	}
	if x.isHeading(x.sentenceAt(from, from+1)) && !x.isHeading(x.sentenceAt(gAt, gAt+1)) {
		// The body says what the headline and the page's heading only name.
		x.takeReading(f, g)
		f.fieldsAt = gAt
	}
	f.Places, f.Orgs = mergeIDs(f.Places, g.Places), mergeIDs(f.Orgs, g.Orgs)
	f.Reason += "; stated again later in the article (one figure, one source per statement)"
	return true
}

// takeReading gives the headline's figure f the lead's reading of it
// (the lead says more: who, the verb's tense, the date).
func (x *extractor) takeReading(f *Figure, g Figure) {
	f.ID, f.Label, f.Status, f.Period, f.PeriodNote, f.PeriodBasis = g.ID, g.Label, g.Status, g.Period, g.PeriodNote, g.PeriodBasis
	f.Confidence, f.Reason, f.Items = g.Confidence, g.Reason, mergeIDs(f.Items, g.Items)
}

// repeatQuote chooses the quote of g's statement as another source of f:
// g's own quote when the loader finds it at g; the quote f shares with it
// word for word (identical quotes of one figure take successive
// occurrences); else the shortest passage around g that is found there.
func (x *extractor) repeatQuote(f *Figure, fAt int, g Figure, gAt int) (string, bool) {
	if x.locatable(g, gAt) {
		return g.Quote, true
	}
	k := strings.Index(g.Quote, g.ValueText)
	if k < 0 {
		return "", false
	}
	n := 0 // f's quotes identical to g's: the loader takes the next occurrence
	for _, a := range append([]string{f.Quote}, f.Also...) {
		if a == g.Quote {
			n++
		}
	}
	if n > 0 && nthIndex(x.text, g.Quote, n) == gAt-k {
		return g.Quote, true
	}
	// f's quote holds g's passage around the same number ("…, and Korean
	// firms now account for about 30 per cent…" then that clause alone):
	// both statements are quoted by that passage.
	if len(f.Also) == 0 && strings.Index(x.text, g.Quote) == fAt-k && nthIndex(x.text, g.Quote, 1) == gAt-k {
		f.Quote = g.Quote
		return g.Quote, true
	}
	if x.relocate(&g, gAt) {
		return g.Quote, true
	}
	return "", false
}

// locatable: the loader finds g's quote at g, and g's number in it.
func (x *extractor) locatable(g Figure, gAt int) bool {
	k := strings.Index(g.Quote, g.ValueText)
	return k >= 0 && strings.Index(x.text, g.Quote) == gAt-k
}

// relocate gives g the shortest passage around its number that the
// loader finds at its place.
func (x *extractor) relocate(g *Figure, gAt int) bool {
	k := strings.Index(g.Quote, g.ValueText)
	if k < 0 || gAt < 0 {
		return false
	}
	qs, qe, ok := x.anchor(gAt, g.ValueText, span{gAt - k, gAt - k + len(g.Quote)})
	if ok {
		g.Quote = x.text[qs:qe]
	}
	return ok
}

// skipRepeat lists a repeat that could be neither folded nor cited.
func (x *extractor) skipRepeat(d *Draft, g Figure, gAt int) {
	if gAt < 0 {
		return
	}
	q := data.Quantity{Text: g.ValueText, Start: gAt, End: gAt + len(g.ValueText)}
	n := len(d.Skipped)
	x.addSkip(d, q, x.sentenceAt(q.Start, q.End), "repeats an earlier passage word for word; record it on the first figure")
	if len(d.Skipped) == n+1 {
		// Skips drafted since run (header numbers) have no recorded
		// offset: place the new one by where the others' contexts are.
		at := func(s Skip) int { return strings.Index(x.text, s.Context) + strings.Index(s.Context, s.Text) }
		sk := d.Skipped[n]
		i := sort.Search(n, func(i int) bool { return at(d.Skipped[i]) > gAt })
		copy(d.Skipped[i+1:], d.Skipped[i:n])
		d.Skipped[i] = sk
	}
}

// sortSkips puts the skipped numbers back in text order.
func (x *extractor) sortSkips(d *Draft) {
	idx := make([]int, len(d.Skipped))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x.skipAt[idx[a]] < x.skipAt[idx[b]] })
	sk, at := make([]Skip, len(idx)), make([]int, len(idx))
	for i, k := range idx {
		sk[i], at[i] = d.Skipped[k], x.skipAt[k]
	}
	d.Skipped, x.skipAt = sk, at
}

// nthIndex returns the offset of the (n+1)th non-overlapping occurrence
// of q in t, as the loader counts them, or -1.
func nthIndex(t, q string, n int) int {
	at := strings.Index(t, q)
	for ; n > 0 && at >= 0; n-- {
		j := strings.Index(t[at+len(q):], q)
		if j < 0 {
			return -1
		}
		at += len(q) + j
	}
	return at
}

// mergeIDs returns a followed by the elements of b it lacks.
func mergeIDs(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		found := false
		for _, t := range out {
			found = found || t == s
		}
		if !found {
			out = append(out, s)
		}
	}
	return out
}
