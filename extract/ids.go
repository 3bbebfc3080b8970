package extract

import (
	"fmt"
	"strings"

	"ictdash/data/text"
)

// Ids are kebab-case, as the loader requires: the article's file name, a
// slug of the label (which the analyst will likely rewrite, but which makes
// the draft readable) and a counter that keeps them unique. A label with
// no Latin letters (Korean) has no slug: romanising it would make ids
// nobody searches for, so the id says what the figure is in the engine's
// English instead (its counted noun or its unit: "a123-people-1",
// "a123-krw-2"), from the alternatives the caller passes.

// maxSlug bounds the label part of an id: its first words.
const maxSlug = 32

// idBase turns an article file name into an id prefix.
func idBase(file string) string {
	if b := slug(strings.TrimSuffix(file, ".txt"), 64); b != "" {
		return b
	}
	return "article"
}

// newID makes a unique id from the article, the label's first words and a
// counter; alt (a figure's counted noun and unit, in English) stands in
// for a label that gives no slug.
func (x *extractor) newID(lbl string, alt ...string) string {
	s := ""
	if hasLatinLetter(lbl) && !strings.HasPrefix(lbl, weakPrefix) {
		s = slug(lbl, maxSlug)
	}
	for _, a := range alt {
		if s == "" {
			s = slug(a, maxSlug)
		}
	}
	if s == "" {
		s = slug(strings.TrimPrefix(lbl, weakPrefix), maxSlug)
	}
	if s == "" {
		s = "figure"
	}
	for n := len(x.ids) + 1; ; n++ {
		id := fmt.Sprintf("%s-%s-%d", x.base, s, n)
		if !x.ids[id] {
			x.ids[id] = true
			return id
		}
	}
}

// slug lowercases, removes diacritics (text.Fold: "Đà Nẵng" → "da nang"),
// and joins runs of ASCII letters and digits with single hyphens, cut to
// at most n bytes at a hyphen. Other scripts are dropped.
func slug(s string, n int) string {
	var b strings.Builder
	dash := false
	for _, r := range text.Fold(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	out := b.String()
	for len(out) > n {
		k := strings.LastIndexByte(out[:n], '-')
		if k <= 0 {
			out = out[:n]
			break
		}
		out = out[:k]
	}
	return strings.Trim(out, "-")
}
