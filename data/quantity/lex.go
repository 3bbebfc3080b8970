package quantity

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Low-level reading: digits, words, spaces and phrase tables. Positions are
// byte offsets; every function takes the text and a position and returns
// the end of what it read.

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isHangul reports Hangul syllables and jamo.
func isHangul(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x1100 && r <= 0x11FF) || (r >= 0x3130 && r <= 0x318F)
}

// isLetter reports letters and combining marks, so that a decomposed
// Vietnamese word keeps its tone marks.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || isDigit(byte(r)) || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return isLetter(r) || unicode.IsDigit(r)
}

// runeAt decodes the rune at i (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return utf8.RuneError, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at i.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return utf8.RuneError, 0
	}
	if s[i-1] < utf8.RuneSelf {
		return rune(s[i-1]), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// digitEnd returns the end of the run of ASCII digits at i.
func digitEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// wordAt returns the run of letters at i (empty if none) and its end.
func wordAt(s string, i int) (string, int) {
	if i >= len(s) {
		return "", i
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isLetter(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// wordBefore returns the word that ends at i, across spaces, and its start.
func wordBefore(s string, i int) (string, int) {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 {
		r, n := runeBefore(s, k)
		if !isLetter(r) {
			break
		}
		k -= n
	}
	return s[k:j], k
}

// letterAt reports whether a letter starts at i.
func letterAt(s string, i int) bool {
	r, n := runeAt(s, i)
	return n > 0 && isLetter(r)
}

// wordCharAt reports whether a letter, digit or underscore starts at i.
func wordCharAt(s string, i int) bool {
	r, n := runeAt(s, i)
	return n > 0 && isWordRune(r)
}

// spaceAt returns the width of a space at i: space, tab, no-break space,
// thin space or narrow no-break space; 0 for anything else. Newlines are
// not spaces here: an expression does not run across lines.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xAF) {
			return 3
		}
	}
	return 0
}

// skipSpaces skips the spaces at i.
func skipSpaces(s string, i int) int {
	for {
		n := spaceAt(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// fold appends w to buf in lower case and composed (NFC), so that
// "Nearly", "nearly" and a decomposed "tỷ" all find their table entry.
func fold(buf []byte, w string) []byte {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		return buf
	}
	if hasMarks(w) {
		w = norm.NFC.String(w)
	}
	for _, r := range w {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// hasMarks reports combining marks: a decomposed word, to be composed.
func hasMarks(w string) bool {
	for _, r := range w {
		if r >= 0x300 && unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// lookup finds word w in m, ignoring case and normalisation form.
func lookup[T any](m map[string]T, w string) (T, bool) {
	var zero T
	if w == "" || len(w) > 60 {
		return zero, false
	}
	var buf [80]byte
	k := fold(buf[:0], w)
	v, ok := m[string(k)]
	return v, ok
}

// isUpperAt reports whether an upper-case letter starts at i.
func isUpperAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return unicode.IsUpper(r)
}
