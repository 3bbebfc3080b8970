package text

// Segment is one run of a Cleaned's map from clean text to raw file, as a
// snapshot stores it (see data's snapshot): Clean and Raw are start
// offsets, N and RawN lengths, Copied whether the run is byte-identical.
type Segment struct {
	Clean, Raw, N, RawN int
	Copied              bool
}

// Segments is c's offset map, for a snapshot.
func (c *Cleaned) Segments() []Segment {
	out := make([]Segment, len(c.segs))
	for i, g := range c.segs {
		out[i] = Segment{g.clean, g.raw, g.n, g.rawN, g.copied}
	}
	return out
}

// LineStarts is the raw offset of each raw line's first byte, for a
// snapshot.
func (c *Cleaned) LineStarts() []int { return c.lineStarts }

// Restore rebuilds a Cleaned from what Segments and LineStarts gave, with
// its text, raw input and removed lines: a snapshot restores an article
// without cleaning it again.
func Restore(clean, raw string, removed []Removed, captions []Span, segs []Segment, lineStarts []int) *Cleaned {
	c := &Cleaned{Text: clean, Removed: removed, Captions: captions, raw: raw, lineStarts: lineStarts}
	for _, g := range segs {
		c.segs = append(c.segs, segment{clean: g.Clean, raw: g.Raw, n: g.N, rawN: g.RawN, copied: g.Copied})
	}
	return c
}
