package text

import (
	"fmt"
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

// SanitizeLine is Sanitize for text that must stay on one line — file
// names, command-line arguments, values quoted in error messages: a
// newline is shown as the two characters \n.
func SanitizeLine(s string) string {
	return strings.ReplaceAll(Sanitize(s), "\n", `\n`)
}

// MaxExcerpt bounds a value quoted in a message: a record may hold a
// megabyte in one field, and its error must still be one short line.
const MaxExcerpt = 80

// Excerpt is s cut to a short, safe, one-line excerpt for a message: its
// start, an ellipsis and how long it was, when it is long.
func Excerpt(s string) string { return ExcerptN(s, MaxExcerpt) }

// ExcerptN is Excerpt with a bound of n bytes.
func ExcerptN(s string, n int) string {
	if len(s) <= n {
		return SanitizeLine(s)
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", SanitizeLine(s[:cut]), len(s))
}
