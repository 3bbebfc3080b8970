package extract

import "strings"

// romanize spells the Hangul syllables of s in the Revised Romanization's
// letters, syllable by syllable (하나마이크론 → hanamaikeuron), leaving other
// characters as they are, so that an entity named only in Hangul gets an id
// that reads as its name ("lg-inotek", not the article's "ko-…-org-2").
// Sound changes between syllables are not applied: an id needs to be
// stable and recognisable, not a pronunciation guide.
func romanize(s string) string {
	var b strings.Builder
	prevHangul := false
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			if prevHangul && r != ' ' {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			prevHangul = false
			continue
		}
		if !prevHangul && b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ') // "LG이노텍": the brand and the Korean word are two parts
		}
		n := int(r - 0xAC00)
		b.WriteString(rrInitials[n/588])
		b.WriteString(rrVowels[(n%588)/28])
		b.WriteString(rrFinals[n%28])
		prevHangul = true
	}
	return b.String()
}

var (
	rrInitials = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	rrVowels   = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	rrFinals   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)
