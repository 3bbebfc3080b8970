package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is one character of a cleaned line and where it came from. Lines are
// cleaned as a list of pieces, not as strings, so that every replacement or
// deletion keeps the map back to the raw bytes exact.
type piece struct {
	s         string // the clean character (one rune)
	raw, rawN int    // the raw bytes it stands for
	copied    bool   // s == raw[raw:raw+rawN]
}

func (p piece) r() rune {
	r, _ := utf8.DecodeRuneInString(p.s)
	return r
}

func joinPieces(ps []piece) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.s)
	}
	return b.String()
}

// sanitiseLine cleans the characters of raw[start:end]. The order matters:
// escape sequences go first (their bytes are ASCII and would otherwise look
// like text), mojibake is repaired before control characters are dropped
// (mis-decoded text contains C1 controls that are part of the repair), and
// spaces are squeezed last, after everything that turns into a space.
func sanitiseLine(raw string, start, end int) []piece {
	if plainLine(raw[start:end]) {
		// Nothing to change: one piece for the whole line keeps the offset
		// map exact and skips per-character work, most of a clean's cost.
		return []piece{{s: raw[start:end], raw: start, rawN: end - start, copied: true}}
	}
	ps := decodePieces(raw, start, end)
	ps = stripEscapes(ps)
	ps = repairMojibake(ps)
	ps = repairStrays(ps)
	ps = stripInvisible(ps)
	return squeezeSpaces(ps)
}

// plainLine reports whether sanitiseLine would leave line exactly as it is:
// valid UTF-8 with no control, format or unusual space characters, no
// leading, trailing or doubled spaces, and nothing mojibake could be made
// of. Mojibake needs a Latin-1 lead (U+00C0–U+00FF) followed by a
// continuation character (U+0080–U+00BF or a Windows-1252 special such as
// ’), or a bare Â/â; lines with either take the slow path, which decides —
// except the Vietnamese vowel inside a word ("Tâm", "Cần" has no â, but
// "Lâm", "Tân" do), which is most of them (see keptCircumflex).
func plainLine(line string) bool {
	if line == "" || line[0] == ' ' || line[len(line)-1] == ' ' || strings.Contains(line, "  ") {
		return line == ""
	}
	prevLead := false
	for i, r := range line {
		switch {
		case r >= 0x20 && r < 0x7f:
			prevLead = false
			continue
		case r == utf8.RuneError:
			if _, n := utf8.DecodeRuneInString(line[i:]); n <= 1 {
				return false
			}
		case r == 'Â' || r == 'â':
			if !keptCircumflex(line, i, r) {
				return false
			}
		case r < 0x20 || (r >= 0x7f && r <= 0xbf):
			return false
		case unicode.IsSpace(r), unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
			return false
		}
		if _, special := cp1252High[r]; special && prevLead {
			return false
		}
		prevLead = r >= 0xc0 && r <= 0xff
	}
	return true
}

// keptCircumflex reports whether the â or Â at line[i] is one that neither
// mojibake repair nor repairStrays would touch: a letter follows that
// cannot continue a mis-decoded byte sequence (not U+0080–U+00BF nor a
// Windows-1252 special), and
//   - for â, a letter precedes it and it is not a possessive "âs" at a
//     word's end (quoteForA's cases all need a non-letter beside it);
//   - for Â, what precedes is not a digit or sentence punctuation
//     (strayCircumflexA's glued case).
func keptCircumflex(line string, i int, r rune) bool {
	next, n := utf8.DecodeRuneInString(line[i+len(string(r)):])
	if !unicode.IsLetter(next) || (next >= 0x80 && next <= 0xbf) {
		return false
	}
	if _, special := cp1252High[next]; special {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(line[:i])
	if r == 'Â' {
		return i == 0 || !(unicode.IsDigit(prev) || strings.ContainsRune(".,;:!?", prev))
	}
	if i == 0 || !unicode.IsLetter(prev) {
		return false
	}
	if next == 's' {
		after, _ := utf8.DecodeRuneInString(line[i+len(string(r))+n:])
		return unicode.IsLetter(after)
	}
	return true
}

// decodePieces splits raw[start:end] into runes. Each invalid UTF-8 byte
// becomes U+FFFD so that Text is always valid UTF-8.
func decodePieces(raw string, start, end int) []piece {
	ps := make([]piece, 0, end-start)
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(raw[i:end])
		if r == utf8.RuneError && n == 1 {
			ps = append(ps, piece{s: "\uFFFD", raw: i, rawN: 1})
		} else {
			ps = append(ps, piece{s: raw[i : i+n], raw: i, rawN: n, copied: true})
		}
		i += n
	}
	return ps
}

// stripEscapes drops ESC-introduced terminal sequences (CSI, OSC, DCS and
// friends, and two-character escapes): article text is untrusted and is
// shown in a terminal. ansi.Strip would do this too, but it loses offsets.
// 8-bit C1 introducers are not treated as sequences because mojibake is full
// of C1 bytes; they are dropped one by one in stripInvisible instead.
func stripEscapes(ps []piece) []piece {
	out := ps[:0]
	for i := 0; i < len(ps); {
		if ps[i].s != "\x1b" {
			out = append(out, ps[i])
			i++
			continue
		}
		i = escapeEnd(ps, i+1)
	}
	return out
}

// escapeEnd returns the index just past the escape sequence whose ESC is at
// i-1. An unterminated sequence runs to the end of the line.
func escapeEnd(ps []piece, i int) int {
	if i >= len(ps) {
		return i
	}
	switch c := ps[i].s; c {
	case "[": // CSI: parameters and intermediates, then one final byte
		for i++; i < len(ps); i++ {
			b := ps[i].r()
			if b >= 0x40 && b <= 0x7e {
				return i + 1
			}
			if b < 0x20 || b > 0x3f {
				return i // malformed: keep the intruder
			}
		}
		return i
	case "]", "P", "X", "^", "_": // string sequences: up to BEL or ST
		for i++; i < len(ps); i++ {
			if ps[i].s == "\a" {
				return i + 1
			}
			if ps[i].s == "\x1b" && i+1 < len(ps) && ps[i+1].s == "\\" {
				return i + 2
			}
		}
		return i
	}
	for i < len(ps) && ps[i].r() >= 0x20 && ps[i].r() <= 0x2f { // intermediates
		i++
	}
	if i < len(ps) && ps[i].r() >= 0x30 && ps[i].r() <= 0x7e {
		i++
	}
	return i
}

// stripInvisible drops characters a reader cannot see but that can change
// what they see: C0/C1 controls (terminal control), format characters
// (bidi overrides and isolates, zero-width spaces and joiners, BOM, soft
// hyphens) which can reorder or hide text. Tabs, NBSP and other Unicode
// spaces become a plain space so quotes match regardless of spacing.
func stripInvisible(ps []piece) []piece {
	out := ps[:0]
	for _, p := range ps {
		r := p.r()
		switch {
		case r == ' ':
		case unicode.IsSpace(r):
			p = piece{s: " ", raw: p.raw, rawN: p.rawN}
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
			continue
		}
		out = append(out, p)
	}
	return out
}

// squeezeSpaces collapses runs of spaces to one and trims the line, because
// scraped text pads with runs of spaces and NBSPs that carry no meaning.
func squeezeSpaces(ps []piece) []piece {
	out := ps[:0]
	for _, p := range ps {
		if p.s == " " && (len(out) == 0 || out[len(out)-1].s == " ") {
			continue
		}
		out = append(out, p)
	}
	if n := len(out); n > 0 && out[n-1].s == " " {
		out = out[:n-1]
	}
	return out
}
