package brief

import (
	"fmt"
	"strconv"
	"strings"
)

// This file words the parts of a briefing that text and markdown share, so
// both say the same thing the same way.

// briefTitle heads every briefing.
const briefTitle = "Vietnam–Korea ICT briefing"

// Headings of the parts, shared with the tests that read a briefing back.
const (
	keyFiguresSuffix  = ": key figures"
	programmesSuffix  = ": programmes"
	eventsSuffix      = ": by date (undated last)"
	pageEventsHeading = "Events (by date; undated last)"
	aheadHeading      = "Looking ahead"
	unquantHeading    = "Without a number"
	peopleHeading     = "Who's who"
	disagreeHeading   = "Sources disagree"
	derivedHeading    = "Derived (our arithmetic, not reported)"
	sourcesHeading    = "Sources"
)

// caveatMark opens a caveat line under a figure.
const caveatMark = "⚠"

// selectionParts words each option and what it matched.
func selectionParts(s Selection) []string {
	place, org, since, filter := "any", "any", "any year", "none"
	if s.Place != "" {
		place = fmt.Sprintf("“%s” → %s", s.Place, names(s.Places))
	}
	if s.Org != "" {
		org = fmt.Sprintf("“%s” → %s", s.Org, names(s.Orgs))
	}
	if s.Since > 0 {
		since = strconv.Itoa(s.Since)
	}
	if s.Filter != "" {
		filter = "“" + s.Filter + "”"
	}
	return []string{"Topic: " + s.Topic, "Place: " + place, "Organisation: " + org,
		"Since: " + since, "Filter: " + filter}
}

// coverageText words the cited articles' date range.
func coverageText(b *Brief) string {
	n := len(b.Sources)
	s := fmt.Sprintf("Cited sources: %d %s", n, plural(n, "article", "articles"))
	c := b.Coverage
	if c.Dated > 0 {
		from, to := dateText(c.From), dateText(c.To)
		if from == to {
			s += ", published " + from
		} else {
			s += ", published " + from + " – " + to
		}
	}
	if c.Inferred > 0 {
		s += fmt.Sprintf("; %d inferred", c.Inferred) // publication windows inferred from the text
	}
	if c.Undated > 0 {
		s += fmt.Sprintf("; %d undated", c.Undated)
	}
	return s
}

// omittedMark opens an omitted-entries line, in every format.
const omittedMark = "…"

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// The line builders below take esc, applied to every piece of record text
// but not to the citation markers they add: markdown escapes record text,
// plain text does not (plain).

// plain is the identity escape for plain text.
func plain(s string) string { return s }

// differNote marks a figure whose sources disagree (the wordings are under
// disagreeHeading).
const differNote = "; sources differ"

// figureLine words a figure: as its sources qualify it, what it measures,
// when (unless its label says so already: no "… in 2028, 2028"), and who
// says so. A derived figure adds its formula and inputs.
func figureLine(f Figure, esc func(string) string) string {
	s := esc(f.Phrase + " — " + f.Label)
	if f.PeriodText != "" && !mentions(f.Label, f.PeriodText) {
		s += esc(", " + f.PeriodText)
	}
	if len(f.Cites) > 0 {
		s += " " + citeText(f.Cites)
	}
	if f.Differ {
		s += differNote
	}
	if f.Derived {
		s += esc("; formula: " + f.FormulaText)
		var ins []string
		for _, in := range f.Inputs {
			ins = append(ins, inputText(in, esc))
		}
		if len(ins) > 0 {
			s += ", where " + strings.Join(ins, "; ")
		}
	}
	return s
}

// mentions reports whether text names s as a whole word ("… market in
// 2028" names "2028").
func mentions(text, s string) bool {
	word := func(b byte) bool { return b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
	for i := 0; s != ""; {
		j := strings.Index(text[i:], s)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(s)
		if (start == 0 || !word(text[start-1])) && (end == len(text) || !word(text[end])) {
			return true
		}
		i = start + 1
	}
	return false
}

// inputText words a derived figure's input: "a = US$150 million [1]".
func inputText(in Input, esc func(string) string) string {
	return strings.TrimSpace(esc(in.Symbol+" = "+in.Amount) + " " + citeText(in.Cites))
}

// differLine shows each source's own wording of a figure whose sources
// disagree: label: [5] “Nearly 20”, [4] “20”.
func differLine(d Disagreement, esc func(string) string) string {
	var parts []string
	for _, c := range d.Sources {
		parts = append(parts, fmt.Sprintf("[%d] “%s”", c.N, esc(c.ValueText)))
	}
	return esc(d.Label) + ": " + strings.Join(parts, ", ")
}

// eventLine words an event: when, what, where, who says so.
func eventLine(e Event, esc func(string) string) string {
	s := e.DateText + " — " + e.Name
	if len(e.Places) > 0 {
		s += "; " + strings.Join(e.Places, ", ")
	}
	s = esc(s)
	return strings.TrimSpace(s + " " + citeText(e.Cites))
}

// aheadItemLine words a dated item of the forward look: when, what, who
// says so, and the numbers selected figures give it (each worded as its
// figure is).
func aheadItemLine(e Entry, esc func(string) string) string {
	s := strings.TrimSpace(esc(e.DateText+" — "+e.Name) + " " + citeText(e.Cites))
	var nums []string
	for _, n := range e.Numbers {
		nums = append(nums, strings.TrimSpace(esc(n.Phrase)+" "+citeText(n.Cites)))
	}
	if len(nums) > 0 {
		s += "; numbers: " + strings.Join(nums, "; ")
	}
	return s
}

// entryLine words an item that has no number: what, when, who says so.
func entryLine(e Entry, esc func(string) string) string {
	s := e.Name
	if e.Date != "" {
		s += ", " + e.DateText
	}
	return strings.TrimSpace(esc(s) + " " + citeText(e.Cites))
}

// actorLine words a person or organisation: name, role, who says so.
func actorLine(a Actor, esc func(string) string) string {
	s := a.Name
	if a.Role != "" {
		s += " — " + a.Role
	}
	return strings.TrimSpace(esc(s) + " " + citeText(a.Cites))
}

// programmeLine words a programme with its numbers, each worded as its
// figure is (so a projection stays a projection).
func programmeLine(b *Brief, p Programme, esc func(string) string) string {
	s := p.Name
	if p.Date != "" {
		s += " — " + p.DateText
	}
	if len(p.Places) > 0 {
		s += "; " + strings.Join(p.Places, ", ")
	}
	if len(p.Orgs) > 0 {
		s += "; " + strings.Join(p.Orgs, ", ")
	}
	s = strings.TrimSpace(esc(s) + " " + citeText(p.Cites))
	var nums []string
	for _, id := range p.Figures {
		if f := b.figure(id); f != nil {
			nums = append(nums, strings.TrimSpace(esc(f.Phrase)+" "+citeText(f.Cites)))
		}
	}
	if len(nums) == 0 {
		return s + "; no figures in this selection"
	}
	return s + "; numbers: " + strings.Join(nums, "; ")
}

// sourceLine words a source entry (without its number): outlet, date and
// title, with the article's file name put in parentheses by file. The
// page's text leaves the title out (withTitle false): it is one line.
func sourceLine(s Source, withTitle bool, esc, file func(string) string) string {
	if !withTitle {
		return esc(s.Outlet+", "+s.PublishedText) + " (" + file(s.Article) + ")"
	}
	title := s.Title
	switch {
	case title == "":
		title = "untitled"
	case s.TitleNote != "":
		// A curator's description, not a headline: never in quotation marks.
		return esc(fmt.Sprintf("%s, %s: %s (descriptive title)", s.Outlet, s.PublishedText, title)) + " (" + file(s.Article) + ")"
	}
	return esc(fmt.Sprintf("%s, %s: “%s”", s.Outlet, s.PublishedText, title)) + " (" + file(s.Article) + ")"
}
