package brief

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// Bullet prefixes: a first line and the hanging indent of the lines after;
// a caveat stands under its figure's text.
const (
	bullet      = "  • "
	bulletRest  = "    "
	caveatLead  = "    " + caveatMark + " "
	caveatRest  = "      "
	omittedLead = "  "
	runInLead   = "  "
)

// WriteText writes the briefing as plain text, every line at most width
// cells (80 when width <= 0; at least 40), with no escape sequences or
// control characters other than newlines, so it can go to any terminal,
// file or printer. A heading is a rule of its own ("── Who's who ───");
// entries are bullets (a figure's caveat a ⚠ line under it) or, for the
// who's who and what has no number, one run-in paragraph.
func (b *Brief) WriteText(w io.Writer, width int) error {
	if width <= 0 {
		width = 80
	}
	width = max(width, 40)
	t := &textWriter{width: width}
	t.heading(strings.ToUpper(briefTitle), titleRule)
	t.para(strings.Join(selectionParts(b.Selection), " · "), "", "")
	t.para(coverageText(b), "", "")
	parts := b.parts(plain)
	for _, p := range shown(parts, b.Long) {
		t.heading(p.heading, headingRule)
		if p.runIn && len(p.lines) > 0 {
			t.para(runIn(p.lines), runInLead, runInLead)
		}
		for _, l := range p.lines {
			if p.runIn {
				break
			}
			t.para(l.text, bullet, bulletRest)
			if l.caveat != "" {
				t.para(l.caveat, caveatLead, caveatRest)
			}
		}
		if p.omitted != "" && b.Long {
			t.para(p.omitted, omittedLead, bulletRest)
		}
	}
	if b.Chart != nil {
		t.heading(b.Chart.heading(), headingRule)
		for _, l := range b.Chart.plot(width) {
			t.line(l)
		}
		for _, n := range b.Chart.Notes {
			t.para(n, omittedLead, omittedLead)
		}
	}
	t.heading(sourcesHeading, headingRule)
	for _, s := range b.Sources {
		first := "  " + citeText([]int{s.N}) + " "
		t.para(sourceLine(s, b.Long, plain, plain), first, strings.Repeat(" ", ansi.StringWidth(first)))
	}
	if s := leftOut(parts); s != "" && !b.Long {
		t.para(s, omittedMark+" ", "  ")
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

// The rules headings are drawn with: the title's, and every part's.
const (
	titleRule   = "═"
	headingRule = "─"
)

// textWriter accumulates wrapped lines.
type textWriter struct {
	b     strings.Builder
	width int
}

// line writes one line. Record text is sanitised by Build already; this
// is for a Brief made or changed by hand, so that the promise of no escape
// or control characters holds for any Brief.
func (t *textWriter) line(s string) {
	s = strings.ReplaceAll(data.Sanitize(s), "\n", " ")
	t.b.WriteString(strings.TrimRight(s, " "))
	t.b.WriteByte('\n')
}

func (t *textWriter) blank() { t.b.WriteByte('\n') }

// heading writes a title as a rule across the width: "── Title ─────".
// A title too long for one line is wrapped, the rule ending its last line.
func (t *textWriter) heading(s, rule string) {
	lines := wrap(clean(s), t.width-len("── ")-len(" ──")/3*2, rule+rule+" ", rule+rule+" ")
	for i, l := range lines {
		if i == len(lines)-1 {
			l += " " + strings.Repeat(rule, max(t.width-ansi.StringWidth(l)-1, 2))
		}
		t.line(l)
	}
}

// para writes s wrapped to the width with a first-line prefix and a
// hanging indent.
func (t *textWriter) para(s, first, rest string) {
	for _, l := range wrap(clean(s), t.width, first, rest) {
		t.line(l)
	}
}

// wrap breaks s at spaces into lines of at most width cells, the first
// prefixed by first and the others by rest. A word longer than a line is
// cut (by cells, never inside a character) rather than overflowing.
func wrap(s string, width int, first, rest string) []string {
	var lines []string
	cur, empty := first, true
	flush := func() {
		lines = append(lines, cur)
		cur, empty = rest, true
	}
	for _, word := range strings.Fields(s) {
		for word != "" {
			room := width - ansi.StringWidth(cur)
			ww := ansi.StringWidth(word)
			if !empty {
				room-- // the space before the word
			}
			if ww <= room {
				if !empty {
					cur += " "
				}
				cur, empty = cur+word, false
				word = ""
				continue
			}
			if !empty { // try the word on a line of its own first
				flush()
				continue
			}
			// The word alone is wider than a line: cut it.
			room = max(room, 1)
			head := cutCells(word, room)
			cur, empty = cur+head, false
			word = word[len(head):]
			flush()
		}
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// cutCells returns the longest prefix of s at most n cells wide (at least
// one rune, so that wrapping always progresses).
func cutCells(s string, n int) string {
	w, end := 0, 0
	for i, r := range s {
		rw := ansi.StringWidth(string(r))
		if w+rw > n && end > 0 {
			break
		}
		w, end = w+rw, i+len(string(r))
	}
	return s[:end]
}
