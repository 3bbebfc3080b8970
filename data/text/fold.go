package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold lowers case and removes diacritics so that "da nang" finds "Đà Nẵng".
// Đ/đ have no decomposition in Unicode (the bar is not a combining mark), so
// they are mapped by hand.
//
// Folding runs over every row of every table when the dashboard starts and
// on every filter keystroke, so it works rune by rune with a cache: ASCII is
// lowered in place and each other rune is decomposed once, then remembered.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(unicode.ToLower(r)))
		default:
			b.WriteString(foldRune(r))
		}
	}
	return b.String()
}

// AppendFold appends Fold(s) to dst: a view can fold the text of many rows
// into one buffer without a string per row.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, foldRune(r)...)
		i += n
	}
	return dst
}

var foldCache sync.Map // rune → string

func foldRune(r rune) string {
	if v, ok := foldCache.Load(r); ok {
		return v.(string)
	}
	var out string
	switch r {
	case 'Đ', 'đ':
		out = "d"
	default:
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		folded, _, err := transform.String(t, string(r))
		if err != nil {
			folded = string(r)
		}
		out = strings.ToLower(folded)
	}
	foldCache.Store(r, out)
	return out
}

// FoldedContains reports whether folded query q occurs in s once folded.
// An empty query matches everything.
func FoldedContains(s, q string) bool {
	return q == "" || strings.Contains(Fold(s), q)
}

// Unaccent removes diacritics and keeps case: "Đà Nẵng" → "Da Nang". It is
// the spelling an alias without accents takes, and the base of ASCII.
func Unaccent(s string) string {
	if isPlainASCII(s) {
		return s
	}
	s = strings.NewReplacer("Đ", "D", "đ", "d").Replace(s)
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if out, _, err := transform.String(t, s); err == nil {
		return out
	}
	return s
}

// asciiPunct spells out what diacritic removal does not reach: currency
// signs, dashes, typographic quotes, the glyphs of charts.
var asciiPunct = strings.NewReplacer(
	"–", "-", "—", "-", "‘", "'", "’", "'", "“", `"`, "”", `"`,
	"₩", "KRW ", "₫", "VND ", "€", "EUR ", "…", "...", "·", ".", "×", "x", "╌", "-",
)

// ASCII reduces text to ASCII for terminals without Unicode (--ascii):
// Unaccent, punctuation spelled out, and "?" for anything left over
// rather than a glyph the terminal may not have.
func ASCII(s string) string {
	if isPlainASCII(s) {
		return s
	}
	s = Unaccent(asciiPunct.Replace(s))
	return strings.Map(func(r rune) rune {
		if r < 0x80 {
			return r
		}
		return '?'
	}, s)
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
