package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names of things (organisations, places, people, items) are found on
// words with their offsets, so that every name drafted is a verbatim slice
// of the clean text, and on the gaps between them, so that a name never
// runs across a comma, a bracket or a line.

// word is one word of the clean text: letters and digits, with the joiners
// a name keeps inside it ("Vietnam-Korea", "R&D", "Hi-Tech", "Co.").
type word struct {
	s          string
	start, end int
	// joined is true when only one space separates this word from the one
	// before it, so that a name may run on from it.
	joined bool
}

// abbrevDot lists the words whose full stop belongs to them.
var abbrevDot = setOf("co", "corp", "ltd", "inc", "dr", "mr", "ms", "mrs", "prof", "jsc", "st", "jr", "bhd", "pte")

// words splits text[sp] into words.
func words(t string, sp span) []word {
	var out []word
	i := sp.start
	for i < sp.end {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !isLetterOrDigit(r) {
			i += n
			continue
		}
		j := i
		for j < sp.end {
			r, n := utf8.DecodeRuneInString(t[j:])
			if isLetterOrDigit(r) {
				j += n
				continue
			}
			// A joiner stays inside a word when a letter or digit follows.
			if strings.ContainsRune("-&–", r) && j+n < sp.end && isLetterOrDigit(firstRune(t[j+n:])) {
				j += n
				continue
			}
			break
		}
		if j < sp.end && t[j] == '.' && abbrevDot[strings.ToLower(t[i:j])] {
			j++
		}
		joined := len(out) > 0 && t[out[len(out)-1].end:i] == " "
		e := j
		// "CNS는": a Latin name with a Korean particle is the name.
		if stem := koStem(t[i:j]); stem != t[i:j] && !hangul(stem) && firstRune(stem) < utf8.RuneSelf {
			e = i + len(stem)
		}
		out = append(out, word{s: t[i:e], start: i, end: e, joined: joined})
		i = j
	}
	return out
}

// capitalised reports whether a word starts with an upper-case letter or
// is an acronym or a number inside a name ("II", "4.0" do not start a name).
func capitalised(w string) bool {
	return unicode.IsUpper(firstRune(w))
}

// possessive reports whether the text right after a word is "'s" or "’s".
func possessive(t string, w word) bool {
	rest := t[w.end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// hangul reports whether s holds a Hangul syllable.
func hangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// koParticles are the Korean case and topic particles a noun carries at
// its end, longest first so that "에서" is stripped before "서" would be.
var koParticles = []string{
	"으로부터", "에서부터", "로부터", "에서는", "에서도", "에게는", "까지는", "으로는", "에는", "에도", "로는",
	"에서의", "으로서", "과의", "와의", "에서", "에게", "으로", "까지", "부터", "이며", "이다", "이자",
	"은", "는", "이", "가", "을", "를", "에", "의", "와", "과", "로", "도", "만",
}

// koStem strips a particle from a Korean word, keeping at least two
// syllables. A name may end in what looks like a particle (하노이), so a
// caller that looks a word up tries it whole before its stem.
func koStem(w string) string {
	for _, p := range koParticles {
		if s, ok := strings.CutSuffix(w, p); ok && utf8.RuneCountInString(s) >= 2 {
			return s
		}
	}
	return w
}

// koParticleEnd reports whether a Korean word ends in a particle or a verb
// ending, so that it cannot be the first part of a compound name.
func koParticleEnd(w string) bool {
	if koStem(w) != w {
		return true
	}
	switch lastRune(w) {
	case '다', '고', '며', '한', '할', '된', '될', '인', '던', '해', '서':
		return true
	}
	return false
}
