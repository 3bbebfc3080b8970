package data

import "strings"

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

// isSafe is the fast path: printable ASCII and newlines need no work.
func isSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n') || c >= 0x7f {
			return false
		}
	}
	return true
}
