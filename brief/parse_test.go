package brief

import (
	"regexp"
	"strconv"
	"strings"
)

// This file reads text and markdown briefings back into entries, for the
// round-trip test: it knows only the printed layout, not the Brief.

// entry is one bullet, table row or source of a printed briefing, as one
// line of text in the text layout ("phrase — label, period [n]").
type entry struct {
	part   string // figure, derived, differ, programme, event; "omitted " and one of them for a count of what is left out
	text   string
	status string // markdown only: the Status column
}

// parsed is a briefing read back.
type parsed struct {
	entries []entry
	cited   []int          // every citation marker outside the source list
	sources map[int]string // source number → article file
	order   []int          // source numbers in listed order
}

var (
	markerRE   = regexp.MustCompile(`\[([0-9]+)\]`)
	mdMarkerRE = regexp.MustCompile(`(?:^|[^\\])\[([0-9]+)\]`)
	textSrcRE  = regexp.MustCompile(`^  \[([0-9]+)\] (.*)$`)
	mdSrcRE    = regexp.MustCompile(`^([0-9]+)\. (.*)$`)
	fileRE     = regexp.MustCompile(`\(` + "`?" + `([^()` + "`" + `]+\.txt)` + "`?" + `\)$`)
)

// markers returns the citation numbers in s.
func markers(re *regexp.Regexp, s string) []int {
	var out []int
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[1])
		out = append(out, n)
	}
	return out
}

func (p *parsed) addSource(n int, text string) {
	p.order = append(p.order, n)
	if m := fileRE.FindStringSubmatch(text); m != nil {
		p.sources[n] = m[1]
	} else {
		p.sources[n] = ""
	}
}

// parseText reads a text briefing: headings are the lines above a rule of
// "-" or "=", bullets start "  • ", disagreements "    ≠ ", sources
// "  [n] ", and more-indented lines continue the entry above.
func parseText(out string) parsed {
	p := parsed{sources: map[int]string{}}
	lines := strings.Split(out, "\n")
	section, part := "", ""
	var cur *entry
	curSource := -1
	var pending []string // plain lines since the last blank: a heading if a rule follows
	flush := func() {
		if cur != nil {
			p.entries = append(p.entries, *cur)
			p.cited = append(p.cited, markers(markerRE, cur.text)...)
			cur = nil
		}
		curSource = -1
	}
	for _, l := range lines {
		switch {
		case l == "":
			flush()
			pending = nil
		case strings.Trim(l, "-") == "" || strings.Trim(l, "=") == "":
			flush()
			section, part = strings.Join(pending, " "), ""
			if section == derivedHeading {
				part = "derived"
			}
			pending = nil
		case strings.HasPrefix(section, "Chart:"): // plot and notes, or the next heading
			pending = append(pending, l)
			p.cited = append(p.cited, markers(markerRE, l)...)
		case section == sourcesHeading && textSrcRE.MatchString(l):
			flush()
			m := textSrcRE.FindStringSubmatch(l)
			curSource, _ = strconv.Atoi(m[1])
			p.addSource(curSource, m[2])
		case section == sourcesHeading && curSource >= 0 && strings.HasPrefix(l, "      "):
			text := strings.TrimSpace(l)
			p.order = p.order[:len(p.order)-1]
			p.addSource(curSource, text) // the file name ends the entry
		case l == keyFiguresHeading:
			flush()
			part = "figure"
		case l == programmesHeading:
			flush()
			part = "programme"
		case l == eventsHeading:
			flush()
			part = "event"
		case strings.HasPrefix(l, omittedLead+omittedMark+" "):
			flush()
			cur = &entry{part: "omitted " + part, text: strings.TrimPrefix(l, omittedLead)}
		case strings.HasPrefix(l, bullet):
			flush()
			cur = &entry{part: part, text: strings.TrimPrefix(l, bullet)}
		case strings.HasPrefix(l, differ):
			flush()
			cur = &entry{part: "differ", text: strings.TrimPrefix(l, differ)}
		case cur != nil && strings.HasPrefix(l, bulletRest):
			cur.text += " " + strings.TrimSpace(l)
		default:
			flush()
			pending = append(pending, l)
			p.cited = append(p.cited, markers(markerRE, l)...)
		}
	}
	flush()
	return p
}

// parseMarkdown reads a markdown briefing: "##" sections, "###" parts,
// table rows, "- " bullets and the numbered source list; code blocks are
// skipped. Escapes are undone after the markers are read.
func parseMarkdown(out string) parsed {
	p := parsed{sources: map[int]string{}}
	section, part, inCode := "", "", false
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "```"):
			inCode = !inCode
		case inCode:
		case strings.HasPrefix(l, "## "):
			section, part = unescape(l[3:]), ""
			if section == derivedHeading {
				part = "derived"
			}
		case strings.HasPrefix(l, "### "):
			part = map[string]string{keyFiguresHeading: "figure", programmesHeading: "programme", eventsHeading: "event"}[unescape(l[4:])]
		case section == sourcesHeading && mdSrcRE.MatchString(l):
			m := mdSrcRE.FindStringSubmatch(l)
			n, _ := strconv.Atoi(m[1])
			p.addSource(n, unescape(m[2]))
		case strings.HasPrefix(l, "| ---") || strings.HasPrefix(l, "| Figure |"):
		case strings.HasPrefix(l, "|"):
			p.cited = append(p.cited, markers(mdMarkerRE, l)...)
			p.entries = append(p.entries, tableRow(part, cells(l))...)
		case strings.HasPrefix(l, "- "):
			p.cited = append(p.cited, markers(mdMarkerRE, l)...)
			p.entries = append(p.entries, entry{part: part, text: unescape(l[2:])})
		case strings.HasPrefix(l, omittedMark+" "):
			p.entries = append(p.entries, entry{part: "omitted " + part, text: unescape(l)})
		default:
			p.cited = append(p.cited, markers(mdMarkerRE, l)...)
		}
	}
	return p
}

// tableRow turns a figures table row into the text layout's entries.
func tableRow(part string, c []string) []entry {
	if len(c) != 5 {
		return []entry{{part: part, text: "malformed row: " + strings.Join(c, " | ")}}
	}
	label, value, status, period, last := c[0], c[1], c[2], c[3], c[4]
	value, differs, hasDiffer := strings.Cut(value, "; sources differ: ")
	text := value + " — " + label
	if period != "" {
		text += ", " + period
	}
	if part == "derived" {
		formula, inputs, _ := strings.Cut(last, "; ")
		text += "; formula: " + strings.Trim(formula, "`")
		if inputs != "" {
			text += ", where " + inputs
		}
	} else if last != "" {
		text += " " + last
	}
	out := []entry{{part: part, text: text, status: status}}
	if hasDiffer {
		out = append(out, entry{part: "differ", text: "sources differ: " + differs})
	}
	return out
}

// cells splits a table row on unescaped "|" and unescapes each cell.
func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(strings.TrimSuffix(row, "|"), "|")
	var out []string
	var cur strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row):
			cur.WriteByte(row[i])
			cur.WriteByte(row[i+1])
			i++
		case row[i] == '|':
			out = append(out, unescape(strings.TrimSpace(cur.String())))
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	return append(out, unescape(strings.TrimSpace(cur.String())))
}

// unescape undoes markdown backslash escapes of ASCII punctuation.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
