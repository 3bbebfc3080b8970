package extract

import (
	"fmt"
	"strings"

	"ictdash/data"
)

// Ids are kebab-case, as the loader requires: the article's file name, a
// slug of the label (which the analyst will likely rewrite, but which makes
// the draft readable) and a counter that keeps them unique.

// idBase turns an article file name into an id prefix.
func idBase(file string) string {
	if b := slug(strings.TrimSuffix(file, ".txt"), 64); b != "" {
		return b
	}
	return "article"
}

// newID makes a unique id from the article, the label's first words and a
// counter.
func (x *extractor) newID(lbl string) string {
	s := slug(lbl, 32)
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

// slug lowercases, removes diacritics, and joins runs of letters and digits
// with single hyphens, cut to at most n bytes at a hyphen.
func slug(s string, n int) string {
	var b strings.Builder
	dash := false
	for _, r := range data.Fold(s) {
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
