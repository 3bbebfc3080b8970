package text

import (
	"sort"
	"strings"
)

// Cleaned is an article's readable body with a map back to the raw file.
//
// Quotes are verified against Text, but citations must also point into the
// raw file the reader can open, so the cleaner records where every byte of
// Text came from.
type Cleaned struct {
	Text    string    // the readable body, then the photo captions
	Removed []Removed // noise that was dropped from the body, in raw order
	// Captions are the photo captions, kept after the body (each after a
	// blank line) so that they can be quoted — a caption is sometimes the
	// only place a number appears — and told apart from the body.
	Captions []Span

	raw        string    // the input, for RawLine and the end offset
	segs       []segment // sorted by clean (and raw) start
	lineStarts []int     // raw offset of each raw line's first byte
}

// Removed is one piece of noise the cleaner dropped.
//
// Kind is one of "dateline", "mobile-banner", "image", "caption", "byline",
// "also-read" or "duplicate". Blank lines are not reported.
type Removed struct {
	Kind    string
	RawLine int    // 1-based line in the raw file
	Text    string // the line after character clean-up (so it is printable)
}

// segment maps a run of Text to the raw file. A copied run is byte-identical
// to raw, so offsets inside it map one to one; a replaced run (NBSP → space,
// repaired mojibake, U+FFFD for a bad byte) maps every byte to the start of
// what it replaced. Adjacent copied runs are merged, so a typical article
// needs only a few segments per line and lookups are a binary search.
type segment struct {
	clean, raw int // start offsets
	n, rawN    int // lengths in Text and in raw
	copied     bool
}

// Clean turns a raw scraped article into its readable body. It is
// deterministic and treats its input as untrusted: the result is valid UTF-8
// with no control characters other than '\n'.
//
// It works line by line because the scraped noise (datelines, banners, image
// names, captions, bylines, link lists) always occupies whole lines. Each
// kept raw line becomes one line of Text; blank runs collapse to one blank
// line and Text has no leading or trailing blank lines.
func Clean(raw string) *Cleaned {
	lines := splitLines(raw)
	for i := range lines {
		lines[i].pieces = sanitiseLine(raw, lines[i].start, lines[i].end)
		lines[i].text = joinPieces(lines[i].pieces)
	}
	removed := classifyLines(lines)
	c := assemble(raw, lines)
	c.Removed = removed
	return c
}

// rawLine is one line of the raw file with its cleaned form and verdict.
type rawLine struct {
	start, end int     // raw byte span, excluding the '\n'
	pieces     []piece // cleaned characters with their raw origins
	text       string  // pieces joined
	kind       string  // "" kept, kindBlank, or a Removed kind
}

const kindBlank = "blank"

// splitLines cuts raw at '\n'. A trailing newline does not start a line, so
// "a\n" is one line, as editors count it.
func splitLines(raw string) []rawLine {
	var lines []rawLine
	start := 0
	for start < len(raw) {
		end := strings.IndexByte(raw[start:], '\n')
		if end < 0 {
			lines = append(lines, rawLine{start: start, end: len(raw)})
			break
		}
		lines = append(lines, rawLine{start: start, end: start + end})
		start += end + 1
	}
	return lines
}

// assemble writes the kept lines into Text, separated by one '\n', or by a
// blank line when the raw file had a blank line anywhere between them (so
// paragraphs survive but blank runs and the gaps left by noise collapse).
// Each '\n' maps to a real raw newline, which keeps the offset map honest.
func assemble(raw string, lines []rawLine) *Cleaned {
	b := textBuilder{raw: raw}
	prev := -1 // index of the previous kept line
	gap := false
	for i, l := range lines {
		switch {
		case l.kind == kindBlank:
			gap = true
			continue
		case l.kind != "":
			continue
		}
		if prev >= 0 {
			b.add("\n", lines[prev].end, 1, true)
			if gap {
				b.add("\n", l.start-1, 1, true)
			}
		}
		for _, p := range l.pieces {
			b.add(p.s, p.raw, p.rawN, p.copied)
		}
		prev, gap = i, false
	}
	captions := appendCaptions(&b, lines)
	c := &Cleaned{Text: b.text(), raw: raw, segs: b.segs, Captions: captions}
	for _, l := range lines {
		c.lineStarts = append(c.lineStarts, l.start)
	}
	return c
}

// textBuilder accumulates Text and its segments. While Text is still the
// raw file's first bytes — a file with nothing to clean, as most are up to
// the point where noise starts — nothing is written: Text is then a slice
// of raw, the article is held once, and the copy is never made.
type textBuilder struct {
	raw    string
	prefix int // while buf is empty: Text is raw[:prefix]
	buf    strings.Builder
	segs   []segment
}

func (b *textBuilder) len() int {
	if b.buf.Len() == 0 {
		return b.prefix
	}
	return b.buf.Len()
}

func (b *textBuilder) text() string {
	if b.buf.Len() == 0 {
		return b.raw[:b.prefix]
	}
	return b.buf.String()
}

func (b *textBuilder) add(s string, raw, rawN int, copied bool) {
	if s == "" {
		return
	}
	at := b.len()
	switch {
	case b.buf.Len() == 0 && raw == at && strings.HasPrefix(b.raw[at:], s):
		b.prefix += len(s) // still the raw file's prefix
	case b.buf.Len() == 0:
		b.buf.Grow(len(b.raw))
		b.buf.WriteString(b.raw[:b.prefix])
		b.buf.WriteString(s)
	default:
		b.buf.WriteString(s)
	}
	if n := len(b.segs); copied && n > 0 {
		last := &b.segs[n-1]
		if last.copied && last.clean+last.n == at && last.raw+last.rawN == raw {
			last.n += len(s)
			last.rawN += len(s)
			return
		}
	}
	b.segs = append(b.segs, segment{clean: at, raw: raw, n: len(s), rawN: rawN, copied: copied})
}

// RawOffset returns the byte offset in the raw file of the byte at
// cleanOffset in Text. Offsets inside a replaced character map to the start
// of what it replaced. cleanOffset == len(Text) (or beyond) maps to the end
// of the raw bytes behind Text's last byte, so a clean span [s, e) maps to a
// raw span [RawOffset(s), RawOffset(e)) that covers it; negative offsets
// clamp to 0.
func (c *Cleaned) RawOffset(cleanOffset int) int {
	if c == nil || len(c.segs) == 0 {
		return 0
	}
	if cleanOffset >= len(c.Text) {
		last := c.segs[len(c.segs)-1]
		return last.raw + last.rawN
	}
	cleanOffset = max(cleanOffset, 0)
	k := sort.Search(len(c.segs), func(k int) bool { return c.segs[k].clean > cleanOffset }) - 1
	s := c.segs[k]
	if s.copied {
		return s.raw + cleanOffset - s.clean
	}
	return s.raw
}

// RawLine returns the 1-based raw line holding the byte at cleanOffset.
func (c *Cleaned) RawLine(cleanOffset int) int {
	if c == nil {
		return 1
	}
	off := c.RawOffset(cleanOffset)
	return max(sort.SearchInts(c.lineStarts, off+1), 1)
}

// Span is a byte range [Start, End) of a Cleaned's Text.
type Span struct{ Start, End int }

// appendCaptions writes the caption lines after the body, each after a
// blank line whose newlines map to the raw newline before the caption, and
// returns where each one is in Text.
func appendCaptions(b *textBuilder, lines []rawLine) []Span {
	var spans []Span
	for _, l := range lines {
		if l.kind != kindCaption || l.start == 0 || len(l.pieces) == 0 {
			continue
		}
		if b.len() > 0 {
			b.add("\n", l.start-1, 1, true)
			b.add("\n", l.start-1, 1, true)
		}
		start := b.len()
		for _, p := range l.pieces {
			b.add(p.s, p.raw, p.rawN, p.copied)
		}
		spans = append(spans, Span{start, b.len()})
	}
	return spans
}

// Body is Text without the captions after it.
func (c *Cleaned) Body() string {
	if len(c.Captions) == 0 {
		return c.Text
	}
	return strings.TrimRight(c.Text[:c.Captions[0].Start], "\n")
}

// InCaption reports whether the byte at offset is in a photo caption.
func (c *Cleaned) InCaption(offset int) bool {
	for _, s := range c.Captions {
		if offset >= s.Start && offset < s.End {
			return true
		}
	}
	return false
}
