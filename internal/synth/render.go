package main

import (
	"fmt"
	"sort"
	"strings"

	"ictdash/data"
)

// span is a byte range of an article's text.
type span struct{ start, end int }

// render writes the article's text and works out every quote and skip
// against the text exactly as the loader will read it (data.Clean).
func (a *article) render(p *planner) error {
	rng := p.rng
	var b strings.Builder
	var values []span    // where each figure's (and echo's) value is
	var sentences []span // every sentence, in order
	type cited struct {
		quote *string
		s     span
		value span
		vtext string
	}
	var cites []cited
	add := func(s string) span {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte(' ')
		}
		at := b.Len()
		b.WriteString(s)
		sentences = append(sentences, span{at, b.Len()})
		return span{at, b.Len()}
	}
	paragraph := func() { b.WriteString("\n\n") }
	filler := func() {
		it := pick(rng, a.items)
		add(fill(pick(rng, fillers), map[string]string{"{O}": pick(rng, a.orgs).name, "{P}": pick(rng, a.places).name, "{I}": it.name}))
	}

	b.WriteString(a.title)
	paragraph()
	for _, it := range a.items {
		add(it.intro)
	}
	filler()
	var reported []*figure
	for _, f := range a.figures {
		if !f.derived {
			reported = append(reported, f)
		}
	}
	for i := 0; i < len(reported); {
		paragraph()
		n := 3 + rng.IntN(3)
		for ; n > 0 && i < len(reported); n, i = n-1, i+1 {
			f := reported[i]
			s := add(f.sentence)
			v := f.q.text(f.capital)
			at := s.start + strings.Index(f.sentence, v)
			values = append(values, span{at, at + len(v)})
			cites = append(cites, cited{&f.quote, s, span{at, at + len(v)}, v})
		}
		if rng.IntN(3) == 0 {
			filler()
		}
	}
	if len(a.echoes) > 0 {
		paragraph()
		for _, e := range a.echoes {
			s := add(e.sentence)
			v := e.q.text(false)
			at := s.start + strings.Index(e.sentence, v)
			values = append(values, span{at, at + len(v)})
			cites = append(cites, cited{&e.quote, s, span{at, at + len(v)}, v})
		}
	}
	b.WriteByte('\n')
	raw := b.String()
	clean := data.Clean(raw).Text
	if clean != strings.TrimSuffix(raw, "\n") {
		return fmt.Errorf("%s: the cleaner changes the generated text; a word list has something it repairs", a.file)
	}
	a.text = raw
	for _, c := range cites {
		q, err := quoteFor(clean, c.s, c.value, c.vtext)
		if err != nil {
			return fmt.Errorf("%s: %v", a.file, err)
		}
		*c.quote = q
	}
	return a.skipUncovered(clean, sentences, values)
}

// quoteFor picks the quote for a value: the value and the words before it
// in its sentence, as few as make this the first place the quote occurs
// (the loader reads a quote at its first occurrence, and the value at its
// first occurrence in the quote). Quotes are kept short because record
// files are read by a YAML parser that costs by the byte; at least two
// words lead in, so a quote says what the number is.
func quoteFor(text string, s, value span, vtext string) (string, error) {
	r := value.end
	if value.start == s.start {
		// The value opens the sentence: quote the words after it instead.
		r = min(s.end, value.end+nthSpace(text[value.end:s.end], 4))
	}
	for l, words := value.start, 0; ; words++ {
		q := text[l:r]
		if (words >= 2 || l <= s.start) && strings.Index(text, q) == l && strings.Index(q, vtext) == value.start-l {
			return q, nil
		}
		if l == 0 {
			return "", fmt.Errorf("no quote reads %q at its place in %q", vtext, text[s.start:s.end])
		}
		l = wordLeft(text, l, s.start)
	}
}

// wordLeft moves l one word to the left, stopping once at the sentence
// start (a paragraph's first word follows a newline, not a space) before
// going on into the sentence before.
func wordLeft(text string, l, sentence int) int {
	next := strings.LastIndexAny(text[:l-1], " \n") + 1
	if l > sentence && next < sentence {
		return sentence
	}
	return next
}

// nthSpace is the offset of the nth space in s, or len(s).
func nthSpace(s string, n int) int {
	at := 0
	for ; n > 0; n-- {
		i := strings.IndexByte(s[at+1:], ' ')
		if i < 0 {
			return len(s)
		}
		at += 1 + i
	}
	return at
}

// skipUncovered lists every number the scanner finds that no figure covers.
// Only years and dates may be left for skip entries; anything else means a
// template or word list holds a number it should not.
func (a *article) skipUncovered(text string, sentences, values []span) error {
	sort.Slice(values, func(i, j int) bool { return values[i].start < values[j].start })
	for _, q := range data.ScanNumbers(text) {
		k := sort.Search(len(values), func(k int) bool { return values[k].end > q.Start })
		if k < len(values) && values[k].start < q.End {
			continue // covered by a figure's value as written
		}
		var reason string
		switch q.Kind {
		case "year":
			reason = "year of a period"
		case "date":
			reason = "date of an event"
		default:
			return fmt.Errorf("%s: unplanned number %q (%s) at %d", a.file, q.Text, q.Kind, q.Start)
		}
		ctx, err := contextFor(text, sentences, q.Start, q.End, q.Text)
		if err != nil {
			return fmt.Errorf("%s: %v", a.file, err)
		}
		a.skips = append(a.skips, skip{text: q.Text, context: ctx, reason: reason})
	}
	return nil
}

// contextFor is the shortest run of whole words ending at the number whose
// first occurrence in the text is this one, so the loader places the skip
// on this number and not on the same words earlier in the article.
func contextFor(text string, sentences []span, start, end int, num string) (string, error) {
	k := sort.Search(len(sentences), func(k int) bool { return sentences[k].end > start })
	from := 0
	if k < len(sentences) {
		from = sentences[k].start
	}
	for l := start; ; {
		ctx := text[l:end]
		if strings.Index(text, ctx) == l && strings.Index(ctx, num) == start-l {
			return ctx, nil
		}
		if l == 0 {
			return "", fmt.Errorf("no context places %q at %d", num, start)
		}
		l = wordLeft(text, l, from)
	}
}
