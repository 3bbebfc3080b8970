package data

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold lowers case and removes diacritics so that "da nang" finds "Đà Nẵng".
// Đ/đ have no decomposition in Unicode (the bar is not a combining mark), so
// they are mapped by hand.
func Fold(s string) string {
	s = strings.NewReplacer("Đ", "d", "đ", "d").Replace(s)
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// FoldedContains reports whether folded query q occurs in s once folded.
// An empty query matches everything.
func FoldedContains(s, q string) bool {
	return q == "" || strings.Contains(Fold(s), q)
}
