package brief

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// Headings of the parts within a section, shared with the tests that read
// a text briefing back.
const (
	keyFiguresHeading = "Key figures"
	programmesHeading = "Programmes"
	eventsHeading     = "Events (by date; undated last)"
	derivedHeading    = "Derived (our arithmetic, not reported)"
	sourcesHeading    = "Sources"
)

// Bullet prefixes: a first line and the hanging indent of the lines after.
const (
	bullet     = "  • "
	bulletRest = "    "
	differ     = "    ≠ "
	differRest = "      "
)

// WriteText writes the briefing as plain text, every line at most width
// cells (80 when width <= 0; at least 40), with no escape sequences or
// control characters other than newlines, so it can go to any terminal,
// file or printer.
func (b *Brief) WriteText(w io.Writer, width int) error {
	if width <= 0 {
		width = 80
	}
	width = max(width, 40)
	t := &textWriter{width: width}
	t.heading(strings.ToUpper(briefTitle), "=")
	t.para(strings.Join(selectionParts(b.Selection), " · "), "", "")
	t.para(coverageText(b), "", "")
	for _, sec := range b.Sections {
		t.blank()
		t.heading(sec.Title, "-")
		if len(sec.Figures) > 0 {
			t.line(keyFiguresHeading)
			t.figures(sec.Figures)
			t.omitted(sec.Omitted.Figures, "figure", "figures")
		}
		if len(sec.Programmes) > 0 {
			t.line(programmesHeading)
			for _, p := range sec.Programmes {
				t.para(programmeLine(b, p, plain), bullet, bulletRest)
			}
			t.omitted(sec.Omitted.Programmes, "programme", "programmes")
		}
		if len(sec.Events) > 0 {
			t.line(eventsHeading)
			for _, e := range sec.Events {
				t.para(eventLine(e, plain), bullet, bulletRest)
			}
			t.omitted(sec.Omitted.Events, "event", "events")
		}
	}
	if len(b.Derived) > 0 {
		t.blank()
		t.heading(derivedHeading, "-")
		t.figures(b.Derived)
		t.omitted(b.DerivedOmitted, "derived figure", "derived figures")
	}
	if b.Chart != nil {
		t.blank()
		t.heading(b.Chart.heading(), "-")
		for _, l := range b.Chart.plot(width) {
			t.line(l)
		}
		for _, n := range b.Chart.Notes {
			t.para(n, "", "")
		}
	}
	t.blank()
	t.heading(sourcesHeading, "-")
	for _, s := range b.Sources {
		first := "  " + citeText([]int{s.N}) + " "
		t.para(sourceLine(s, plain, plain), first, strings.Repeat(" ", ansi.StringWidth(first)))
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

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

// heading writes a title (wrapped if long) underlined to its width.
func (t *textWriter) heading(s, rule string) {
	lines := wrap(clean(s), t.width, "", "")
	w := 0
	for _, l := range lines {
		t.line(l)
		w = max(w, ansi.StringWidth(l))
	}
	t.line(strings.Repeat(rule, w))
}

// para writes s wrapped to the width with a first-line prefix and a
// hanging indent.
func (t *textWriter) para(s, first, rest string) {
	for _, l := range wrap(clean(s), t.width, first, rest) {
		t.line(l)
	}
}

// figures writes figure bullets, each with its disagreement if any.
func (t *textWriter) figures(fs []Figure) {
	for _, f := range fs {
		t.para(figureLine(f, plain), bullet, bulletRest)
		if f.Differ {
			t.para(differText(f, plain), differ, differRest)
		}
	}
}

// omitted writes the line that counts what a list leaves out, if any.
func (t *textWriter) omitted(n int, one, many string) {
	if n > 0 {
		t.para(omittedText(n, one, many), omittedLead, bulletRest)
	}
}

// omittedLead indents an omitted-entries line like a bullet's text.
const omittedLead = "  "

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
