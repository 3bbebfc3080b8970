package text

import (
	"unicode"
	"unicode/utf8"
)

// Mojibake: the scrapers sometimes read UTF-8 bytes as Windows-1252 (or
// Latin-1), so "’" (E2 80 99) arrives as "â€™" and an NBSP (C2 A0) as "Â"
// plus NBSP. Some pipelines then lost the odd bytes, leaving a bare "Â" or
// "â". Repairs here are deliberately narrow: Vietnamese text legitimately
// uses â and Â ("Tân", "Châu Âu"), and an over-eager repair would corrupt
// names, which is worse than leaving a stray character.

// cp1252High maps the Windows-1252 characters in 0x80–0x9F to their bytes.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

// cp1252Byte returns the byte a mis-decoder turned into r. U+0080–U+00FF
// stand for themselves (Latin-1 reading, including the C1 controls that
// Windows-1252 leaves undefined).
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xff {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// repairMojibake re-decodes runs like "â€™" or "Ã¡" back into one rune.
func repairMojibake(ps []piece) []piece {
	out := ps[:0]
	for i := 0; i < len(ps); {
		if q, n := mojibakeAt(ps, i); n > 0 {
			out = append(out, q)
			i += n
			continue
		}
		out = append(out, ps[i])
		i++
	}
	return out
}

// mojibakeAt reports the repaired rune for a mojibake run starting at i and
// how many pieces it spans (0: none). Only leads that real mojibake in these
// articles produces are accepted: Â–Æ for two-byte runes (Latin-1, Latin
// Extended: đ, ư, ơ) and á, â for three-byte runes, and the result must be
// in a range such text uses (Vietnamese letters, punctuation, currency).
func mojibakeAt(ps []piece, i int) (piece, int) {
	lead, ok := cp1252Byte(ps[i].r())
	need := 0
	switch {
	case !ok:
		return piece{}, 0
	case lead >= 0xc2 && lead <= 0xc6:
		need = 1
	case lead == 0xe1 || lead == 0xe2:
		need = 2
	default:
		return piece{}, 0
	}
	buf := []byte{lead}
	for k := 1; k <= need && i+k < len(ps); k++ {
		b, ok := cp1252Byte(ps[i+k].r())
		if !ok || b < 0x80 || b > 0xbf {
			break
		}
		buf = append(buf, b)
	}
	if len(buf) == 2 && need == 2 && lead == 0xe2 && buf[1] == 0x80 {
		// "â€" whose third byte (0x9D, undefined in Windows-1252) was
		// dropped: by far the most common case is the closing quote.
		return joined(ps, i, 2, "”"), 2
	}
	if len(buf) != need+1 {
		return piece{}, 0
	}
	r, size := utf8.DecodeRune(buf)
	if r == utf8.RuneError || size != len(buf) || !plausibleRepair(r) {
		return piece{}, 0
	}
	if need == 1 && genuinePunctuation(ps, i+1) {
		return piece{}, 0
	}
	return joined(ps, i, need+1, string(r)), need + 1
}

// plausibleRepair limits repairs to characters these articles contain.
func plausibleRepair(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0x24f: // NBSP, Latin-1, Latin Extended-A/B
	case r >= 0x1e00 && r <= 0x1eff: // Latin Extended Additional (Vietnamese)
	case r >= 0x2000 && r <= 0x206f: // punctuation: quotes, dashes, ellipsis
	case r >= 0x20a0 && r <= 0x20cf: // currency signs
	case r >= 0x2100 && r <= 0x214f: // ™ and friends
	default:
		return false
	}
	return true
}

// genuinePunctuation guards two-byte repairs: an accented capital followed by
// a real quote or dash at the end of a word ("NGÃ”" in all caps) is text,
// while a mojibake letter is normally followed by more letters.
func genuinePunctuation(ps []piece, k int) bool {
	if _, special := cp1252High[ps[k].r()]; !special {
		return false
	}
	return k+1 >= len(ps) || !unicode.IsLetter(ps[k+1].r())
}

// joined replaces n pieces from i with one replacement character that maps
// to the start of the first and spans all of their raw bytes.
func joined(ps []piece, i, n int, s string) piece {
	last := ps[i+n-1]
	return piece{s: s, raw: ps[i].raw, rawN: last.raw + last.rawN - ps[i].raw}
}

// repairStrays handles the residue left when mis-decoded bytes were lost:
// a lone "Â" (from NBSP) and a lone "â" (from a curly quote). It writes a
// new slice because its decisions look at the original left neighbour.
func repairStrays(ps []piece) []piece {
	out := make([]piece, 0, len(ps))
	for i, p := range ps {
		switch p.r() {
		case 'Â':
			if strayCircumflexA(ps, i) {
				continue
			}
		case 'â':
			if q := quoteForA(ps, i); q != "" {
				p = piece{s: q, raw: p.raw, rawN: p.rawN}
			}
		}
		out = append(out, p)
	}
	return out
}

func letterAt(ps []piece, k int) bool {
	return k >= 0 && k < len(ps) && unicode.IsLetter(ps[k].r())
}

// strayCircumflexA: "Â" is the first byte of a mis-decoded NBSP when it is
// not followed by a letter (end of line, space, NBSP, punctuation), or when
// it is glued to the end of a number or sentence. A following letter after
// a space or bracket is kept: that is Vietnamese ("Châu Âu").
func strayCircumflexA(ps []piece, i int) bool {
	if !letterAt(ps, i+1) {
		return true
	}
	if i == 0 {
		return false
	}
	prev := ps[i-1].r()
	return unicode.IsDigit(prev) || prev == '.' || prev == ',' || prev == ';' ||
		prev == ':' || prev == '!' || prev == '?'
}

// quoteForA decides what a lone "â" (first byte of E2 80 9x) stood for from
// its neighbours, or returns "" to leave it: between letters it is the
// Vietnamese vowel ("Tân").
//   - letter â s non-letter → ’ (possessive "Stage Xâs")
//   - letter â non-letter   → ” (closing quote "Hogakâ ")
//   - non-letter â letter   → “ (opening quote), but only when a closing â
//     follows on the line, because Vietnamese words start with â too
//     ("âm", "ân") and an unpaired opening quote is not worth the risk.
func quoteForA(ps []piece, i int) string {
	prevLetter, nextLetter := letterAt(ps, i-1), letterAt(ps, i+1)
	switch {
	case prevLetter && i+1 < len(ps) && ps[i+1].s == "s" && !letterAt(ps, i+2):
		return "’"
	case prevLetter && !nextLetter:
		return "”"
	case !prevLetter && nextLetter && closingAFollows(ps, i+1):
		return "“"
	}
	return ""
}

func closingAFollows(ps []piece, from int) bool {
	for k := from; k < len(ps); k++ {
		if ps[k].s == "â" && letterAt(ps, k-1) && !letterAt(ps, k+1) {
			return true
		}
	}
	return false
}
