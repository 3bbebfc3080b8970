package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// sanitize neutralises control and escape sequences in text that did not
// come from the dashboard itself (article text, records, typed filters).
func sanitize(s string) string { return data.Sanitize(s) }

// truncate cuts s (which may contain ANSI styling) to width cells.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// wrap word-wraps s (which may be styled) to width cells, breaking long
// words when they do not fit on a line of their own.
func wrap(s string, width int) string {
	if width < 1 {
		return ""
	}
	return ansi.Wrap(s, width, " -")
}

// fit makes s exactly width×height cells: long lines are cut, short ones
// padded, extra lines dropped and missing ones added. Every pane goes
// through it, which is what keeps the layout from overflowing at any size.
func fit(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		w := ansi.StringWidth(l)
		if w > width {
			l = ansi.Truncate(l, width, "")
			w = ansi.StringWidth(l) // a cut wide rune can leave one cell short
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

// widthOf is the number of terminal cells s takes, ignoring ANSI styling.
func widthOf(s string) int { return ansi.StringWidth(s) }

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
