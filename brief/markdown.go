package brief

import (
	"io"
	"regexp"
	"strconv"
	"strings"

	"ictdash/data"
)

// markdownChartWidth is the width the chart is drawn to in a code block,
// where nothing can wrap it.
const markdownChartWidth = 80

// WriteMarkdown writes the briefing as GitHub-flavoured markdown: a heading
// per part, its entries as a bulleted list (a figure's caveat a ⚠ line of
// its item), the chart in a fenced code block and the sources as an
// ordered list whose numbers are the [n] citations. Record text is escaped
// so it can never become markup.
func (b *Brief) WriteMarkdown(w io.Writer) error {
	m := &mdWriter{}
	m.line("# " + mdEscape(briefTitle))
	m.blank()
	m.line(mdEscape(strings.Join(selectionParts(b.Selection), " · ")) + "  ")
	m.line(mdEscape(coverageText(b)))
	parts := b.parts(mdEscape)
	for _, p := range shown(parts, b.Long) {
		m.blank()
		m.line("## " + mdEscape(p.heading))
		m.blank()
		if p.runIn && len(p.lines) > 0 {
			m.line(runIn(p.lines))
		}
		for _, l := range p.lines {
			if p.runIn {
				break
			}
			if l.caveat == "" {
				m.line("- " + l.text)
				continue
			}
			m.line("- " + l.text + "  ")
			m.line(mdCaveatLead + mdEscape(l.caveat))
		}
		if p.omitted != "" && b.Long {
			if len(p.lines) > 0 {
				m.blank()
			}
			m.line(mdEscape(p.omitted))
		}
	}
	if c := b.Chart; c != nil {
		m.blank()
		m.line("## " + mdEscape(c.heading()))
		m.blank()
		m.line("```text")
		for _, l := range c.plot(markdownChartWidth) {
			m.line(l)
		}
		m.line("```")
		if len(c.Notes) > 0 {
			m.blank()
		}
		for i, n := range c.Notes {
			m.line(mdEscapeCites(n) + trailingBreak(i < len(c.Notes)-1))
		}
	}
	if s := leftOut(parts); s != "" && !b.Long {
		m.blank()
		m.line(mdEscape(s))
	}
	m.blank()
	m.line("## " + sourcesHeading)
	m.blank()
	for _, s := range b.Sources {
		m.line(strconv.Itoa(s.N) + ". " + sourceLine(s, true, mdEscape, mdCode))
	}
	_, err := io.WriteString(w, m.b.String())
	return err
}

// mdCaveatLead opens a caveat: the second line of its figure's list item.
const mdCaveatLead = "  " + caveatMark + " "

// mdWriter accumulates markdown lines.
type mdWriter struct{ b strings.Builder }

// line writes one line, sanitised in case the Brief was made by hand (Build
// has cleaned its text already); a newline inside would break the markup.
func (m *mdWriter) line(s string) {
	m.b.WriteString(strings.ReplaceAll(data.Sanitize(s), "\n", " "))
	m.b.WriteByte('\n')
}

func (m *mdWriter) blank() { m.b.WriteByte('\n') }

// trailingBreak ends a line with a hard line break (two spaces) when more
// lines of the same paragraph follow.
func trailingBreak(more bool) string {
	if more {
		return "  "
	}
	return ""
}

// mdSpecial are the characters that could start markup inside text.
const mdSpecial = "\\`*_[]<>|#~!&"

// mdEscape backslash-escapes every markdown special character, so record
// text is shown literally ("*" stays an asterisk, "[1]" in a title is not a
// citation).
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdEscapeCites escapes generated text that holds our citation markers
// (chart notes), keeping every "[n]" as it is. Record text in such text is
// only a figure's phrase, which never holds brackets.
func mdEscapeCites(s string) string {
	parts := citeRE.Split(s, -1)
	marks := citeRE.FindAllString(s, -1)
	var b strings.Builder
	for i, p := range parts {
		b.WriteString(mdEscape(p))
		if i < len(marks) {
			b.WriteString(marks[i])
		}
	}
	return b.String()
}

// citeRE matches a citation marker.
var citeRE = regexp.MustCompile(`\[[0-9]+\]`)

// mdCode writes s as a code span; backticks in it (never in ids or
// formulas, but record text is untrusted) become quotes.
func mdCode(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "'") + "`"
}

// mdCell escapes a table cell (mdEscape covers "|").
func mdCell(s string) string { return mdEscape(s) }
