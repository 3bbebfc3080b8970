package tui

import (
	"math"
	"strings"

	"charm.land/lipgloss/v2"
)

// Cell styles of a track.
const (
	tlBlank = iota
	tlMuted
	tlMarkEvent
	tlMarkProgramme
	tlMarkProjection
)

// row is one entry: the selection mark, its date and name, and its mark
// on the track.
func (t timelineTab) row(st styles, g tlGlyphs, i int, today float64, l tlLayout) string {
	mark := " "
	label := t.cache.label(st, t.entries, l.dateW, l.nameW, i)
	if i == t.cursor {
		mark, label = g.sel, st.table.Selected.Render(label)
	}
	return mark + label + " " + t.cache.track(t, st, g, i, today, l.trackW)
}

// track draws an entry's mark on a track of w cells: a point at its date,
// or a span from its start to its end, with an arrow at the edge when it
// is out of view, and today's line behind.
func (t timelineTab) track(st styles, g tlGlyphs, en *tlEntry, today float64, w int) string {
	if w <= 0 {
		return ""
	}
	glyphs := make([]string, w)
	kinds := make([]int, w)
	for c := range glyphs {
		glyphs[c] = " "
	}
	if c := t.col(today, w); c >= 0 && c < w {
		glyphs[c], kinds[c] = g.today, tlMuted
	}
	style := tlMarkEvent + min(int(en.kind), 2)
	c0 := t.col(en.from, w)
	c1 := int(math.Ceil((en.to-t.start)/t.span()*float64(w))) - 1
	glyph := g.span[en.kind]
	if !en.span {
		c1, glyph = c0, g.point[en.kind]
	}
	switch {
	case c1 < 0:
		glyphs[0], kinds[0] = g.before, style
	case c0 >= w:
		glyphs[w-1], kinds[w-1] = g.after, style
	default:
		for c := max(0, c0); c <= min(max(c0, c1), w-1); c++ {
			glyphs[c], kinds[c] = glyph, style
		}
	}
	return renderRuns(st, glyphs, kinds)
}

// renderRuns styles runs of cells of one kind together: one render per
// run, not per cell.
func renderRuns(st styles, glyphs []string, kinds []int) string {
	styleOf := func(k int) *lipgloss.Style {
		switch k {
		case tlMuted:
			return &st.muted
		case tlMarkEvent:
			return &st.value
		case tlMarkProgramme:
			return &st.barFill
		case tlMarkProjection:
			return &st.projection
		}
		return nil
	}
	var b strings.Builder
	for i := 0; i < len(glyphs); {
		j := i
		for j < len(glyphs) && kinds[j] == kinds[i] {
			j++
		}
		run := strings.Join(glyphs[i:j], "")
		if s := styleOf(kinds[i]); s != nil {
			run = s.Render(run)
		}
		b.WriteString(run)
		i = j
	}
	return b.String()
}

// tlCache holds the rows as last drawn: their date and name cells cut to
// the columns, and their tracks for the view (zoom, pan, width, today).
// Moving the selection then redraws nothing but the two rows' labels;
// drawing every row again would be most of a frame. Copies of the tab share
// it: it only remembers what the entries and the view give.
type tlCache struct {
	labelKey [3]int
	labels   []string
	trackKey [5]float64
	tracks   []string
}

func (c *tlCache) label(st styles, entries []tlEntry, dateW, nameW, i int) string {
	if k := [3]int{dateW, nameW, st.gen}; c.labels == nil || c.labelKey != k {
		c.labelKey, c.labels = k, make([]string, len(entries))
	}
	if c.labels[i] == "" {
		en := &entries[i]
		label := ""
		if dateW > 0 {
			label = st.pad(chartTrunc(st, chartText(st, en.when), dateW), dateW) + " "
		}
		c.labels[i] = label + st.pad(chartTrunc(st, chartText(st, en.label), nameW), nameW)
	}
	return c.labels[i]
}

func (c *tlCache) track(t timelineTab, st styles, g tlGlyphs, i int, today float64, w int) string {
	k := [5]float64{float64(w), float64(st.gen), float64(t.zoom), t.start, float64(t.col(today, max(w, 1)))}
	if c.tracks == nil || c.trackKey != k {
		c.trackKey, c.tracks = k, make([]string, len(t.entries))
	}
	if c.tracks[i] == "" {
		c.tracks[i] = t.track(st, g, &t.entries[i], today, w)
	}
	return c.tracks[i]
}
