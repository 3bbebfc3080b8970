package data

import (
	"fmt"
	"ictdash/data/quantity"
	"slices"
	"strings"
	"unicode/utf8"
)

// coverage accounts for every numeric expression in an article's clean text:
// each is covered by a figure's value as written or by a skip entry, or it is
// listed as uncovered so that no number is lost unseen.
//
// Numbers come out of ScanNumbers in order and do not overlap, so one pass
// over the spans sorted by start decides them all: a large article has
// hundreds of numbers, figures and skips, and testing each number against
// every span would be quadratic.
func (v *verifier) coverage(a *Article) Coverage {
	var cov Coverage
	figs := newCover(v.spans[a.File])
	skips := make([]span, len(a.Skipped))
	for i, s := range a.Skipped {
		skips[i] = span{s.Offset, s.Offset + len(s.Text)}
	}
	skipped := newCover(skips)
	for q := range quantity.Each(a.Clean.Text, a.Lang()) {
		cov.Found++
		switch {
		case figs.overlaps(q.Start, q.End):
			cov.Figures++
		case skipped.overlaps(q.Start, q.End):
			cov.Skipped++
		default:
			g := gapAt(a, q)
			cov.Uncovered = append(cov.Uncovered, fmt.Sprintf("%q (line %d)", q.Text, g.Line))
			cov.Gaps = append(cov.Gaps, g)
		}
	}
	return cov
}

// gapAt locates an uncovered number in the article's raw file, where the
// curator's editor opens it, and keeps the engine's reading of it for the
// fix check suggests (see Set.GapFixes).
func gapAt(a *Article, q quantity.Quantity) Gap {
	raw := a.Clean.RawOffset(q.Start)
	lineStart := strings.LastIndexByte(a.Raw[:raw], '\n') + 1
	return Gap{Text: q.Text, Line: a.Clean.RawLine(q.Start), Col: utf8.RuneCountInString(a.Raw[lineStart:raw]) + 1,
		Value: q.Value, Max: q.Max, Unit: string(q.Unit), Skip: q.Skip, Offset: q.Start}
}

// cover answers "does [start, end) overlap any span?" for queries that come
// in increasing order of end.
type cover struct {
	spans  []span // by start
	next   int    // spans[:next] start before the last query's end
	maxEnd int    // the furthest end among them
}

func newCover(spans []span) *cover {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	return &cover{spans: spans, maxEnd: -1}
}

// overlaps: some span starts before end (those are spans[:next] once next
// has caught up) and ends after start (the furthest end tells).
func (c *cover) overlaps(start, end int) bool {
	for c.next < len(c.spans) && c.spans[c.next].start < end {
		c.maxEnd = max(c.maxEnd, c.spans[c.next].end)
		c.next++
	}
	return c.maxEnd > start
}
