package extract

import (
	"fmt"
	"slices"
	"strings"

	"ictdash/data"
)

// entityID makes a kebab-case ASCII id for a drafted entity from its name
// (or, for a name in Hangul, its first Latin spelling, else its
// romanization), unique among the known records and this draft's.
// Entities are shared by articles, so the id carries no article prefix.
func (x *extractor) entityID(c candidate, known *data.Set) string {
	s := slug(c.name, 48)
	if hangul(c.name) {
		s = "" // a slug of "LG이노텍" would read "lg"
	}
	if s == "" {
		for _, a := range c.aliases {
			if t := slug(a, 48); t != "" && !hangul(a) {
				s = t
				break
			}
		}
	}
	if s == "" {
		s = slug(romanize(c.name), 48)
	}
	if s == "" {
		s = fmt.Sprintf("%s-%s", x.base, c.kind)
		if c.kind == "organisation" {
			s = x.base + "-org"
		}
	}
	for n := 1; ; n++ {
		id := s
		if n > 1 {
			id = fmt.Sprintf("%s-%d", s, n)
		}
		if !x.ids[id] && (known == nil || known.Item(id) == nil && known.Figure(id) == nil) {
			x.ids[id] = true
			return id
		}
	}
}

// nameQuote is the passage that cites a name: its sentence, or the words
// around it when the sentence is long.
func (x *extractor) nameQuote(start, end int) string {
	s := x.sentenceAt(start, end)
	if s.end-s.start <= maxQuote {
		return x.text[s.start:s.end]
	}
	lo, hi := start, end
	for range 8 {
		if lo > s.start {
			lo = prevWordStart(x.text, lo, s.start)
		}
		if hi < s.end {
			hi = nextWordEnd(x.text, hi, s.end)
		}
	}
	return strings.TrimSpace(x.text[lo:hi])
}

// sentenceOf returns the sentence holding a verbatim passage of the text
// (a figure's or item's quote), or false when it is not found.
func (x *extractor) sentenceOf(quote string) (span, bool) {
	if quote == "" {
		return span{}, false
	}
	k := strings.Index(x.text, quote)
	if k < 0 {
		return span{}, false
	}
	return x.sentenceAt(k, k+len(quote)), true
}

// tagWith adds the entities t finds in each figure's and item's sentence
// to its places and orgs.
func (x *extractor) tagWith(d *Draft, t *tagger) {
	if len(t.names) == 0 {
		return
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		if s, ok := x.sentenceOf(f.Quote); ok {
			ps, os := t.tag(x.text[s.start:s.end])
			f.Places, f.Orgs = union(f.Places, ps), union(f.Orgs, os)
		}
	}
	for i := range d.Items {
		it := &d.Items[i]
		if s, ok := x.sentenceOf(it.Quote); ok {
			ps, os := t.tag(x.text[s.start:s.end])
			it.Places, it.Orgs = union(it.Places, ps), union(it.Orgs, os)
		}
	}
}

// union appends to a the ids of b it lacks.
func union(a, b []string) []string {
	for _, id := range b {
		if !slices.Contains(a, id) {
			a = append(a, id)
		}
	}
	return a
}
