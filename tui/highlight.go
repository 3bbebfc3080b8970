package tui

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"ictdash/data"
)

// Matches of the query in effect (a list's filter, or the global search
// that led here) are underlined wherever record text is drawn: in table
// cells and detail panes. The underline is set and reset on its own (SGR 4
// and 24), so that it never ends the styles around it, such as the
// selected row's colours.
const (
	matchOn  = "\x1b[4m"
	matchOff = "\x1b[24m"
)

// mark is record text as drawn: sanitised, with the matches of the query
// in effect highlighted.
func (e env) mark(s string) string {
	s = sanitize(s)
	if e.query == "" {
		return s
	}
	return markMatches(s, e.query)
}

// markMatches underlines every match of the folded query q in s.
func markMatches(s, q string) string {
	spans := matchSpans(s, q)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(spans)*(len(matchOn)+len(matchOff)))
	pos := 0
	for _, sp := range spans {
		b.WriteString(s[pos:sp.start])
		b.WriteString(matchOn)
		b.WriteString(s[sp.start:sp.end])
		b.WriteString(matchOff)
		pos = sp.end
	}
	b.WriteString(s[pos:])
	return b.String()
}

// matchSpans returns where the folded query q occurs in s once folded, as
// byte spans of s, left to right and not overlapping. Folding goes rune by
// rune (data.AppendFold), so each folded byte is traced back to the rune it
// came from: "da nang" is found in "Đà Nẵng" as the whole of it.
func matchSpans(s, q string) []span {
	if q == "" || s == "" {
		return nil
	}
	folded := make([]byte, 0, len(s))
	from := make([]int32, 0, len(s)) // the byte of s each folded byte came from
	to := make([]int32, 0, len(s))   // and the end of that rune
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		before := len(folded)
		folded = data.AppendFold(folded, s[i:i+n])
		for range len(folded) - before {
			from = append(from, int32(i))
			to = append(to, int32(i+n))
		}
		i += n
	}
	var out []span
	qb := []byte(q)
	for at := 0; at <= len(folded)-len(q); {
		k := bytes.Index(folded[at:], qb)
		if k < 0 {
			break
		}
		start, end := at+k, at+k+len(q)
		out = append(out, span{int(from[start]), int(to[end-1])})
		at = end
	}
	return out
}
