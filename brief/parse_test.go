package brief

import (
	"regexp"
	"strconv"
	"strings"
)

// This file reads text and markdown briefings back into entries, for the
// round-trip test: it knows only the printed layout, not the Brief.

// entry is one bullet, run-in item, caveat, source or count of what is
// left out, as one line of text.
type entry struct {
	part string // figure, derived, ahead, differ, programme, event, unquant, people, caveat; omitted (a long list's count), leftout (the page's)
	text string
}

// parsed is a briefing read back.
type parsed struct {
	entries  []entry
	headings []string
	cited    []int          // every citation marker outside the source list
	sources  map[int]string // source number → article file
	order    []int          // source numbers in listed order
}

var (
	markerRE  = regexp.MustCompile(`\[([0-9]+)\]`)
	textSrcRE = regexp.MustCompile(`^  \[([0-9]+)\] (.*)$`)
	mdSrcRE   = regexp.MustCompile(`^([0-9]+)\. (.*)$`)
	fileRE    = regexp.MustCompile(`\(` + "`?" + `([^()` + "`" + `]+\.txt)` + "`?" + `\)$`)
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

// mdMarkers returns the citation numbers in a markdown line: markers not
// escaped ("\[1\]" in record text is text).
func mdMarkers(s string) []int {
	var out []int
	for _, m := range markerRE.FindAllStringSubmatchIndex(s, -1) {
		if m[0] > 0 && s[m[0]-1] == '\\' {
			continue
		}
		n, _ := strconv.Atoi(s[m[2]:m[3]])
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

// partOf names the kind of entries a heading lists.
func partOf(heading string) string {
	switch {
	case heading == pageKeyTitle || strings.HasSuffix(heading, keyFiguresSuffix):
		return "figure"
	case strings.HasSuffix(heading, programmesSuffix):
		return "programme"
	case heading == pageEventsHeading || strings.HasSuffix(heading, eventsSuffix):
		return "event"
	case strings.HasPrefix(heading, aheadHeading):
		return "ahead"
	case heading == unquantHeading:
		return "unquant"
	case heading == peopleHeading:
		return "people"
	case heading == disagreeHeading:
		return "differ"
	case heading == derivedHeading:
		return "derived"
	case strings.HasPrefix(heading, "Chart: "):
		return "chart"
	case heading == sourcesHeading:
		return "sources"
	}
	return "?" + heading
}

// runInEntries splits a run-in paragraph into its entries.
func runInEntries(part, para string) []entry {
	var out []entry
	for _, e := range strings.Split(strings.TrimSuffix(strings.TrimSpace(para), "."), runInSep) {
		out = append(out, entry{part: part, text: e})
	}
	return out
}

// parseText reads a text briefing: a heading is a "── Title ───" rule,
// bullets start "  • ", caveats "    ⚠ ", sources "  [n] ", a run-in
// list is the indented paragraph under its heading, the page's count of
// what it leaves out starts "… ", and more-indented lines continue the
// entry above.
func parseText(out string) parsed {
	p := parsed{sources: map[int]string{}}
	part, heading := "header", ""
	var cur *entry
	curSource := -1
	runIn := ""
	flush := func() {
		if cur != nil {
			p.entries = append(p.entries, *cur)
			p.cited = append(p.cited, markers(markerRE, cur.text)...)
			cur = nil
		}
		if runIn != "" {
			p.entries = append(p.entries, runInEntries(part, runIn)...)
			p.cited = append(p.cited, markers(markerRE, runIn)...)
			runIn = ""
		}
		curSource = -1
	}
	rule := regexp.MustCompile(` [─═]+$`)
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "══ "):
			// the title
		case strings.HasPrefix(l, "── "):
			flush()
			text := strings.TrimPrefix(l, "── ")
			done := rule.MatchString(text)
			text = rule.ReplaceAllString(text, "")
			if heading != "" && part == "" {
				heading += " " + text
			} else {
				heading = text
			}
			part = ""
			if done {
				part = partOf(heading)
				p.headings = append(p.headings, heading)
				heading = ""
			}
		case part == "header" || l == "":
		case part == "chart":
			p.cited = append(p.cited, markers(markerRE, l)...)
		case strings.HasPrefix(l, omittedMark+" "):
			flush()
			cur = &entry{part: "leftout", text: strings.TrimPrefix(l, omittedMark+" ")}
		case part == "sources" && textSrcRE.MatchString(l):
			flush()
			m := textSrcRE.FindStringSubmatch(l)
			curSource, _ = strconv.Atoi(m[1])
			p.addSource(curSource, m[2])
		case part == "sources" && curSource >= 0 && strings.HasPrefix(l, "      "):
			p.order = p.order[:len(p.order)-1]
			p.addSource(curSource, strings.TrimSpace(l)) // the file name ends the entry
		case strings.HasPrefix(l, omittedLead+omittedMark+" "):
			flush()
			cur = &entry{part: "omitted " + part, text: strings.TrimPrefix(l, omittedLead)}
		case strings.HasPrefix(l, bullet):
			flush()
			cur = &entry{part: part, text: strings.TrimPrefix(l, bullet)}
		case strings.HasPrefix(l, caveatLead):
			flush()
			cur = &entry{part: "caveat", text: strings.TrimPrefix(l, caveatLead)}
		case cur != nil && strings.HasPrefix(l, "  "):
			cur.text += " " + strings.TrimSpace(l)
		case (part == "people" || part == "unquant") && strings.HasPrefix(l, runInLead):
			runIn += " " + strings.TrimSpace(l)
		default:
			flush()
			p.entries = append(p.entries, entry{part: "stray", text: l})
		}
	}
	flush()
	return p
}

// parseMarkdown reads a markdown briefing: "##" parts, "- " bullets, a
// caveat as the second line of its bullet, run-in paragraphs, the counts of
// what is left out and the numbered source list; code blocks are skipped.
// Escapes are undone after the markers are read.
func parseMarkdown(out string) parsed {
	p := parsed{sources: map[int]string{}}
	part, inCode := "header", false
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "```"):
			inCode = !inCode
		case inCode:
		case strings.HasPrefix(l, "# "):
		case strings.HasPrefix(l, "## "):
			h := unescape(l[3:])
			part = partOf(h)
			p.headings = append(p.headings, h)
		case l == "" || part == "header":
		case part == "sources" && mdSrcRE.MatchString(l):
			m := mdSrcRE.FindStringSubmatch(l)
			n, _ := strconv.Atoi(m[1])
			p.addSource(n, unescape(m[2]))
		case strings.HasPrefix(l, leftOutLead):
			p.entries = append(p.entries, entry{part: "leftout", text: unescape(l)})
		case part == "chart":
			p.cited = append(p.cited, mdMarkers(l)...)
		case strings.HasPrefix(l, "- "):
			p.cited = append(p.cited, mdMarkers(l)...)
			p.entries = append(p.entries, entry{part: part, text: unescape(strings.TrimSuffix(l[2:], "  "))})
		case strings.HasPrefix(l, mdCaveatLead):
			p.entries = append(p.entries, entry{part: "caveat", text: unescape(strings.TrimPrefix(l, mdCaveatLead))})
		case strings.HasPrefix(l, omittedMark+" "):
			p.entries = append(p.entries, entry{part: "omitted " + part, text: unescape(l)})
		case part == "people" || part == "unquant":
			p.cited = append(p.cited, mdMarkers(l)...)
			p.entries = append(p.entries, runInEntries(part, unescape(l))...)
		default:
			p.entries = append(p.entries, entry{part: "stray", text: l})
		}
	}
	return p
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
