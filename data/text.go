package data

import "ictdash/data/text"

// The article cleaner and the sanitiser live in data/text, a leaf package
// every other package can use without the loader; these names keep the
// data package's callers working.
type (
	// Cleaned is text.Cleaned: an article's clean text with offsets.
	Cleaned = text.Cleaned
	// Removed is text.Removed: a line the cleaner dropped, and why.
	Removed = text.Removed
)

// Clean is text.Clean.
func Clean(raw string) *Cleaned { return text.Clean(raw) }

// Sanitize is text.Sanitize.
func Sanitize(s string) string { return text.Sanitize(s) }

// SanitizeLine is text.SanitizeLine.
func SanitizeLine(s string) string { return text.SanitizeLine(s) }

// Excerpt is text.Excerpt.
func Excerpt(s string) string { return text.Excerpt(s) }

// Fold is text.Fold.
func Fold(s string) string { return text.Fold(s) }

// AppendFold is text.AppendFold.
func AppendFold(dst []byte, s string) []byte { return text.AppendFold(dst, s) }

// FoldedContains is text.FoldedContains.
func FoldedContains(s, q string) bool { return text.FoldedContains(s, q) }
