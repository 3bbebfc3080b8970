package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// sanitize neutralises control and escape sequences in text that did not
// come from the dashboard itself (article text, records, typed filters).
func sanitize(s string) string { return data.Sanitize(s) }

// Every width the dashboard measures and every cut it makes goes through
// the styles' cells method, the one Bubble Tea's renderer places cells by —
// and so the one the terminal draws by. The renderer counts cells code
// point by code point (ansi.WcWidth: 👍🏽 is 4 cells, ❤️ is 1) until the
// terminal answers the query for Unicode core mode 2027; then it turns
// grapheme clustering on in the terminal and counts whole clusters
// (ansi.GraphemeWidth: both are 2). The root follows that answer (see
// Model.Update), so a line measured here is exactly as wide on screen.
//
// Cuts walk the text with the renderer's own decoder (next), not with
// ansi.Truncate, which disagrees with ansi.StringWidth on keycaps and flags
// with a variation selector (it keeps "1️⃣" as one cell, StringWidth counts
// two): a line cut to fit came out a cell too wide and pushed a border
// right.
//
// Lip Gloss measures by grapheme cluster whatever the renderer does, so
// nothing holding text from the dataset is padded, cut or bordered by it.

// next reads the first grapheme cluster or escape sequence of s as the
// renderer does (ultraviolet's printString): its bytes, its width in cells
// (0 for a sequence) and the decoder state after it.
func (st *styles) next(s string, state byte) (seq string, width, n int, newState byte) {
	if state == 0 {
		// The two commonest cases, read without the decoder: a printable
		// ASCII character not followed by anything it could combine with,
		// and a CSI sequence (the dashboard's own colours).
		if c := s[0]; c >= 0x20 && c < 0x7f && (len(s) == 1 || s[1] < 0xc0) {
			return s[:1], 1, 1, 0
		}
		if len(s) > 2 && s[0] == 0x1b && s[1] == '[' {
			i := 2
			for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
				i++
			}
			if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
				return s[:i+1], 0, i + 1, 0
			}
		}
	}
	if st.cells == ansi.GraphemeWidth {
		seq, width, n, newState = ansi.DecodeSequence(s, state, nil)
	} else {
		seq, width, n, newState = ansi.DecodeSequenceWc(s, state, nil)
	}
	// The decoder's ASCII fast path misses a combining sequence after an
	// ASCII character ("1️⃣"); the renderer decodes it again as a cluster.
	if n == 1 && seq[0] > 0x1f && seq[0] < 0x7f && len(s) > 1 && s[1] >= 0xc0 {
		if cluster, w := ansi.FirstGraphemeCluster(s, st.cells); len(cluster) > 1 {
			seq, width, n = cluster, w, len(cluster)
		}
	}
	return seq, width, max(n, 1), newState
}

// width is the number of terminal cells s takes, ignoring ANSI styling:
// x/ansi's measure for the method, which adds up what next reads
// (TestCellsMeasureAsTheRenderer).
func (st *styles) width(s string) int {
	if isPrintableASCII(s) {
		return len(s)
	}
	return st.cells.StringWidth(st.toASCII(s))
}

// isPrintableASCII reports whether every byte of s is a printable ASCII
// character, one cell each.
func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// truncate cuts s (which may contain ANSI styling) to width cells, ending
// in "…" when it was cut.
func (st *styles) truncate(s string, width int) string {
	if st.ellipsis == "" {
		return st.cut(s, width, "…")
	}
	return st.cut(s, width, st.ellipsis)
}

// cut is truncate with the given tail (none when the tail alone is wider
// than width). Styling after the cut is kept, so styles still end.
func (st *styles) cut(s string, width int, tail string) string {
	if width <= 0 {
		return ""
	}
	s, tail = st.toASCII(s), st.toASCII(tail)
	tw := st.width(tail)
	if tw > width {
		tail, tw = "", 0
	}
	if isPrintableASCII(s) {
		if len(s) <= width {
			return s
		}
		return s[:width-tw] + tail
	}
	// Walk to where the text passes width-tw (where a cut would go) and on
	// until it passes width (it is cut there) or ends (it fits): a long
	// line costs its first width cells, not its length.
	w, state, cutAt, pos := 0, byte(0), -1, 0
	rest := s
	for len(rest) > 0 {
		_, cw, n, next := st.next(rest, state)
		if cw > 0 {
			if cutAt < 0 && w+cw > width-tw {
				cutAt = pos
			}
			if w+cw > width {
				break
			}
			w += cw
		}
		rest, state, pos = rest[n:], next, pos+n
	}
	if len(rest) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(cutAt + len(tail) + 16)
	b.WriteString(s[:cutAt])
	b.WriteString(tail)
	// Past the cut only escape sequences are kept, so that styles still
	// end: skip from one to the next rather than decoding every character.
	rest, state = s[cutAt:], 0
	for len(rest) > 0 {
		if state == 0 {
			i := strings.IndexByte(rest, 0x1b)
			if i < 0 {
				break
			}
			rest = rest[i:]
		}
		seq, cw, n, next := st.next(rest, state)
		if cw <= 0 {
			b.WriteString(seq)
		}
		rest, state = rest[n:], next
	}
	return b.String()
}

// wrap word-wraps s (which may be styled) to width cells, breaking long
// words when they do not fit on a line of their own.
func (st *styles) wrap(s string, width int) string { return st.wrapAt(s, width, " -") }

// wrapAt is wrap with its own breakpoints.
func (st *styles) wrapAt(s string, width int, breakpoints string) string {
	if width < 1 {
		return ""
	}
	return st.cells.Wrap(st.toASCII(s), width, breakpoints)
}

// pad fills s with spaces to width cells; s must not be wider.
func (st *styles) pad(s string, width int) string {
	s = st.toASCII(s)
	if w := st.width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// fit makes s exactly width×height cells: long lines are cut, short ones
// padded, extra lines dropped and missing ones added. Every pane goes
// through it, which is what keeps the layout from overflowing at any size.
func (st *styles) fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		l = st.toASCII(l)
		w := st.width(l)
		if w > width {
			l = st.cut(l, width, "")
			w = st.width(l) // a cut wide cluster can leave it short
		}
		if w < width {
			l += strings.Repeat(" ", width-w)
		}
		lines[i] = l
	}
	for len(lines) < height {
		lines = append(lines, strings.Repeat(" ", width))
	}
	return strings.Join(lines, "\n")
}

// cellMethod is the width method to measure by once the terminal has
// answered the mode 2027 query: the renderer switches to grapheme widths
// when the mode is known at all (set, reset or permanently set), which is
// the test this mirrors.
func cellMethod(current ansi.Method, report ansi.ModeSetting) ansi.Method {
	if report == ansi.ModeReset || report == ansi.ModeSet || report == ansi.ModePermanentlySet {
		return ansi.GraphemeWidth
	}
	return current
}

// joinH places blocks side by side with a one-column gap; every block must
// already be fitted to its height.
func joinH(blocks ...string) string {
	split := make([][]string, len(blocks))
	rows := 0
	for i, b := range blocks {
		split[i] = strings.Split(b, "\n")
		rows = max(rows, len(split[i]))
	}
	var out strings.Builder
	for r := 0; r < rows; r++ {
		for i, lines := range split {
			if i > 0 {
				out.WriteString(" ")
			}
			if r < len(lines) {
				out.WriteString(lines[r])
			}
		}
		if r < rows-1 {
			out.WriteString("\n")
		}
	}
	return out.String()
}

// fitHeight is fit for a body whose panes were each fitted to width as they
// were drawn: it only cuts or adds lines. Measuring every line again would
// add a tenth to the cost of a frame; the key-storm test checks, at every
// size from 1×1 to 300×100, that no pane draws wider than it was given.
func fitHeight(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, strings.Repeat(" ", width))
	}
	return strings.Join(lines, "\n")
}

// memo remembers one drawing for a size and style generation. Charts do not
// change while the dataset is loaded, so redrawing them on every keypress
// would be most of the cost of a frame.
type memo struct {
	key [3]int
	out string
	ok  bool
}

func (c *memo) get(w, h int, st styles, draw func() string) string {
	k := [3]int{w, h, st.gen}
	if !c.ok || c.key != k {
		c.key, c.out, c.ok = k, draw(), true
	}
	return c.out
}
