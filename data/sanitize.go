package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sanitize makes untrusted text safe to draw in a terminal or write to any
// output: escape sequences (CSI, OSC — including OSC 52 clipboard writes and
// OSC 8 links), C0/C1 control characters, bidi overrides and zero-width
// characters are removed, and invalid UTF-8 becomes U+FFFD. Newlines stay.
// It uses the same character rules as the article cleaner.
func Sanitize(s string) string {
	if isSafe(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		ps := decodePieces(l, 0, len(l))
		ps = stripEscapes(ps)
		ps = stripInvisible(ps)
		lines[i] = joinPieces(ps)
	}
	return strings.Join(lines, "\n")
}

// isSafe is the fast path: text with no control or format characters, no
// unusual spaces and no invalid UTF-8 (most text, Vietnamese included) is
// returned as it is. It mirrors what stripInvisible would change.
func isSafe(s string) bool {
	for i, r := range s {
		switch {
		case r == '\n' || (r >= 0x20 && r < 0x7f):
		case r < 0x20 || r == 0x7f:
			return false
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return false
			}
		case unicode.IsSpace(r), unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
			return false
		}
	}
	return true
}
