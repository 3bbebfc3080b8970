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
// per section, the key figures as a pipe table, the chart in a fenced code
// block and the sources as an ordered list whose numbers are the [n]
// citations. Record text is escaped so it can never become markup.
func (b *Brief) WriteMarkdown(w io.Writer) error {
	m := &mdWriter{}
	m.line("# " + mdEscape(briefTitle))
	m.blank()
	m.line(mdEscape(strings.Join(selectionParts(b.Selection), " · ")) + "  ")
	m.line(mdEscape(coverageText(b)))
	for _, sec := range b.Sections {
		m.blank()
		m.line("## " + mdEscape(sec.Title))
		if len(sec.Figures) > 0 {
			m.blank()
			m.line("### " + keyFiguresHeading)
			m.blank()
			m.table(sec.Figures)
			m.omitted(sec.Omitted.Figures, "figure", "figures")
		}
		if len(sec.Programmes) > 0 {
			m.blank()
			m.line("### " + programmesHeading)
			m.blank()
			for _, p := range sec.Programmes {
				m.line("- " + programmeLine(b, p, mdEscape))
			}
			m.omitted(sec.Omitted.Programmes, "programme", "programmes")
		}
		if len(sec.Events) > 0 {
			m.blank()
			m.line("### " + mdEscape(eventsHeading))
			m.blank()
			for _, e := range sec.Events {
				m.line("- " + eventLine(e, mdEscape))
			}
			m.omitted(sec.Omitted.Events, "event", "events")
		}
	}
	if len(b.Derived) > 0 {
		m.blank()
		m.line("## " + mdEscape(derivedHeading))
		m.blank()
		m.table(b.Derived)
		m.omitted(b.DerivedOmitted, "derived figure", "derived figures")
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
		m.blank()
		for i, n := range c.Notes {
			m.line(mdEscapeCites(n) + trailingBreak(i < len(c.Notes)-1))
		}
	}
	m.blank()
	m.line("## " + sourcesHeading)
	m.blank()
	for _, s := range b.Sources {
		m.line(strconv.Itoa(s.N) + ". " + sourceLine(s, mdEscape, mdCode))
	}
	_, err := io.WriteString(w, m.b.String())
	return err
}

// mdWriter accumulates markdown lines.
type mdWriter struct{ b strings.Builder }

// line writes one line, sanitised in case the Brief was made by hand (Build
// has cleaned its text already); a newline inside would break the markup.
func (m *mdWriter) line(s string) {
	m.b.WriteString(strings.ReplaceAll(data.Sanitize(s), "\n", " "))
	m.b.WriteByte('\n')
}

func (m *mdWriter) blank() { m.b.WriteByte('\n') }

// omitted writes, as its own paragraph, the line that counts what a list
// leaves out, if any.
func (m *mdWriter) omitted(n int, one, many string) {
	if n > 0 {
		m.blank()
		m.line(mdEscape(omittedText(n, one, many)))
	}
}

// table writes figures as a pipe table. A disagreement between sources is
// part of the value cell, next to the value it qualifies.
func (m *mdWriter) table(fs []Figure) {
	derived := len(fs) > 0 && fs[0].Derived
	head := "| Figure | Value | Status | Period | Sources |"
	if derived {
		head = "| Figure | Value | Status | Period | Formula and inputs |"
	}
	m.line(head)
	m.line("| --- | --- | --- | --- | --- |")
	for _, f := range fs {
		value := mdCell(f.Phrase)
		if f.Differ {
			value += "; " + differText(f, mdEscape)
		}
		last := citeText(f.Cites)
		if derived {
			last = strings.ReplaceAll(mdCode(f.FormulaText), "|", `\|`)
			for _, in := range f.Inputs {
				last += "; " + inputText(in, mdEscape)
			}
		}
		status := statusCell(f)
		m.line("| " + mdCell(f.Label) + " | " + value + " | " + status + " | " + mdCell(f.PeriodText) + " | " + last + " |")
	}
}

// statusCell names the figure's status; a reported actual says so rather
// than leaving the cell blank.
func statusCell(f Figure) string {
	if f.Derived {
		if f.Status == "" || f.Status == "actual" {
			return "derived"
		}
		return "derived " + string(f.Status)
	}
	if f.Status == "" || f.Status == "actual" {
		return "reported"
	}
	return string(f.Status)
}

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
