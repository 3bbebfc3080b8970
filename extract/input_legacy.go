package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/unicode/norm"
)

// guessLegacy reads text that is not UTF-8 in the legacy encoding of
// Korean (EUC-KR, with CP949's extensions), Vietnamese (Windows-1258) or
// English (Windows-1252, which Latin-1 text is too) — but only when exactly
// one of them gives text of its language. The tests that decide are on the
// shape of the result, not on word lists: Korean is mostly Hangul
// syllables that stand next to other syllables (CP949 also reads English
// curly quotes followed by a letter as a syllable, but alone among Latin
// letters); Vietnamese has words that are well-formed syllables with at
// most one tone mark on a vowel; Western text has at most one accented
// letter a word.
func guessLegacy(name string, raw []byte) ([]byte, string, error) {
	if err := refuseMixed(name, raw); err != nil {
		return nil, "", err
	}
	type reading struct {
		enc  string
		text []byte
		why  string // why it was not taken, or ""
	}
	var ok []reading
	var why []string
	for _, r := range []struct {
		enc  string
		read func([]byte) ([]byte, string)
	}{
		{"EUC-KR", readKorean},
		{"Windows-1258", readVietnamese},
		{"Windows-1252", readWestern},
	} {
		text, no := r.read(raw)
		if no != "" {
			why = append(why, r.enc+": "+no)
			continue
		}
		ok = append(ok, reading{enc: r.enc, text: text})
	}
	// Vietnamese text without a 1258-only byte reads the same in 1252.
	if len(ok) == 2 && bytes.Equal(ok[0].text, ok[1].text) {
		ok = ok[1:]
	}
	if len(ok) == 1 {
		return ok[0].text, ok[0].enc, nil
	}
	line := lineOfInvalid(raw)
	reason := "it reads as none of EUC-KR (Korean), Windows-1258 (Vietnamese) or Windows-1252 (English) (" + strings.Join(why, "; ") + ")"
	if len(ok) > 1 {
		names := make([]string, len(ok))
		for i, r := range ok {
			names[i] = r.enc
		}
		reason = "it reads as more than one of them (" + strings.Join(names, ", ") + "), so which one is a guess"
	}
	hint := ""
	if hasVISCIIControls(raw) {
		hint = "; it has control bytes that VISCII uses for Vietnamese capitals, so it may be VISCII: iconv -f VISCII -t UTF-8"
	}
	return nil, "", fmt.Errorf("%s:%d: the file is not UTF-8 (line %d has a byte that is not UTF-8), and %s%s; convert it to UTF-8 first: iconv -f ENCODING -t UTF-8 %s > %s (ENCODING as the page or editor saved it: CP949 or EUC-KR for Korean, WINDOWS-1258, VISCII or TCVN5712-1 for Vietnamese, WINDOWS-1252 for English)",
		name, line, line, reason, hint, name, strings.TrimSuffix(name, ".txt")+".utf8.txt")
}

// readKorean is raw as EUC-KR, when that gives Korean text.
func readKorean(raw []byte) ([]byte, string) {
	text, err := decodeStrict(korean.EUCKR, raw)
	if err != nil {
		return nil, "not valid EUC-KR (" + err.Error() + ")"
	}
	var hangul, paired, latin, common, words int
	prev := false
	rs := []rune(string(text))
	for i, r := range rs {
		isH := isHangulSyllable(r)
		switch {
		case isH:
			hangul++
			if prev || (i+1 < len(rs) && isHangulSyllable(rs[i+1])) {
				paired++
			}
			if !prev {
				words++
			}
			if strings.ContainsRune(koCommon, r) {
				common++
			}
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
		prev = isH
	}
	switch {
	case hangul < 4:
		return nil, "too few Hangul syllables"
	case hangul*10 < (hangul+latin)*3:
		return nil, "the Hangul syllables are a small part of the letters"
	case paired*10 < hangul*6:
		return nil, "the Hangul syllables stand alone among other letters, as curly quotes read as CP949 do"
	case words*10 < hangul, common*10 < hangul:
		// Chinese GB2312 text reads as valid EUC-KR syllables too, but
		// without Korean's spaced words and its particles and endings.
		return nil, "the Hangul syllables do not form Korean words (no spacing or particles), as Chinese GB2312 read as EUC-KR does"
	}
	return text, ""
}

// koCommon are the commonest syllables of Korean prose (particles, endings
// and the verb 하다): in any Korean article far more than one in ten.
const koCommon = "이다의는에을를하고한로서기가지으도해있일대사국정자시은와과적"

func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// readVietnamese is raw as Windows-1258, when that gives Vietnamese: words
// with letters only Vietnamese uses, and nearly every accented word a
// well-formed syllable (the tone marks are separate bytes in 1258, so a
// misread file puts them after consonants or two on one vowel).
func readVietnamese(raw []byte) ([]byte, string) {
	text, err := decodeStrict(charmap.Windows1258, raw)
	if err != nil {
		return nil, "not valid Windows-1258 (" + err.Error() + ")"
	}
	var accented, valid, viet int
	for _, w := range strings.FieldsFunc(string(text), notLetter) {
		if isASCII(w) {
			continue
		}
		accented++
		if isVietSyllable(w) {
			valid++
			if hasVietOnlyLetter(w) {
				viet++
			}
		}
	}
	switch {
	case viet < 3:
		return nil, "fewer than three words with letters only Vietnamese uses"
	case valid*10 < accented*9:
		return nil, fmt.Sprintf("%d of %d accented words are not Vietnamese syllables", accented-valid, accented)
	}
	return text, ""
}

// readWestern is raw as Windows-1252, when the accented words look like
// those of English or European text: one accented letter a word, from the
// letters such text uses.
func readWestern(raw []byte) ([]byte, string) {
	text, err := decodeStrict(charmap.Windows1252, raw)
	if err != nil {
		return nil, "not valid Windows-1252 (" + err.Error() + ")"
	}
	var accented, odd int
	for _, w := range strings.FieldsFunc(string(text), notLetter) {
		if isASCII(w) {
			continue
		}
		accented++
		n := 0
		for _, r := range w {
			if r >= 0x80 {
				n++
			}
		}
		if n > 1 && !strings.ContainsAny(w, "ëïüöäßñçøæåœ") {
			odd++
		}
	}
	if odd*10 > accented {
		return nil, fmt.Sprintf("%d of %d accented words have several accented letters, as misread Vietnamese does", odd, accented)
	}
	return text, ""
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Vietnamese diacritics: shape marks make the letters ă â ê ô ơ ư; tone
// marks (at most one a syllable) sit on a vowel.
const (
	vietTones  = "\u0300\u0301\u0303\u0309\u0323"
	vietShapes = "\u0302\u0306\u031B"
	vietVowels = "aeiouy"
)

// isVietSyllable: decomposed, w is ASCII letters (no f, j, w, z) and đ,
// shape marks on the vowels that take them, and at most one tone mark, on
// a vowel.
func isVietSyllable(w string) bool {
	tones := 0
	var prev rune
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		switch {
		case strings.ContainsRune(vietTones, r):
			if tones++; tones > 1 || !strings.ContainsRune(vietVowels, prev) && !strings.ContainsRune(vietShapes, prev) {
				return false
			}
		case strings.ContainsRune(vietShapes, r):
			if !strings.ContainsRune(vietVowels, prev) {
				return false
			}
		case r == 'đ':
		case r < 0x80 && unicode.IsLetter(r) && !strings.ContainsRune("fjwz", r):
		default:
			return false
		}
		if !strings.ContainsRune(vietTones, r) {
			prev = r
		}
	}
	return true
}

// hasVietOnlyLetter: a letter Western European text does not use (ă ơ ư
// đ, or a hook-above or dot-below tone).
func hasVietOnlyLetter(w string) bool {
	d := norm.NFD.String(strings.ToLower(w))
	return strings.ContainsAny(d, "\u0306\u031B\u0309\u0323đ")
}

// hasVISCIIControls: VISCII puts six Vietnamese capitals on control bytes
// that text files otherwise never hold.
func hasVISCIIControls(raw []byte) bool {
	return bytes.ContainsAny(raw, "\x02\x05\x06\x14\x19\x1e")
}

// refuseMixed stops text no single encoding can read: control bytes that
// text never holds (VISCII and TCVN3 put Vietnamese capitals there, and
// x/text has neither), or lines in UTF-8 beside lines that are not (a
// legacy line is almost never valid UTF-8 by chance, so both are there).
func refuseMixed(name string, raw []byte) error {
	if i := bytes.IndexFunc(raw, func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' }); i >= 0 {
		hint := ""
		if hasVISCIIControls(raw) {
			hint = "; Vietnamese in VISCII puts capitals on such bytes: iconv -f VISCII -t UTF-8 " + name
		}
		return fmt.Errorf("%s:%d: the file is not UTF-8 and has control bytes that text does not hold (0x%02X)%s; convert it to UTF-8 first: iconv -f ENCODING -t UTF-8 %s (VISCII or TCVN5712-1 for Vietnamese)", name, lineAt(raw, i), raw[i], hint, name)
	}
	utf, other := 0, 0
	for _, l := range bytes.Split(raw, []byte("\n")) {
		switch {
		case isASCII(string(l)):
		case utf8.Valid(l):
			utf++
		default:
			other++
		}
	}
	if utf > 0 && other > 0 {
		return fmt.Errorf("%s:%d: the file is not UTF-8 (line %d has a byte that is not UTF-8), and it mixes lines in UTF-8 with lines in another encoding, so no one encoding reads it; convert the other lines to UTF-8 (iconv -f ENCODING -t UTF-8) and join them again", name, lineOfInvalid(raw), lineOfInvalid(raw))
	}
	return nil
}
