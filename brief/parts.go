package brief

import (
	"fmt"
	"strings"

	"ictdash/format"
)

// The parts of a briefing, as text and markdown print them: a heading, the
// entries (bullets or one run-in paragraph) and what is left out.

// part is one headed list of a briefing, in the order printed.
type part struct {
	heading string
	kind    string // figure, programme, event, ahead, unquant, people, differ, derived
	lines   []line
	omitted string // the omitted-entries line, or ""
	left    int    // how many entries the list leaves out
	what    string // what they are, for the page's summary ("figures")
	runIn   bool   // the entries run on in one paragraph, each ending "; " (see runIn)
}

// runInSep ends each entry of a run-in list but the last, which ends ".".
const runInSep = "; "

// runIn joins a run-in list's entries into its paragraph.
func runIn(ls []line) string {
	texts := make([]string, len(ls))
	for i, l := range ls {
		texts[i] = l.text
	}
	return strings.Join(texts, runInSep) + "."
}

// line is one entry: its text and, under a figure, its caveat.
type line struct {
	text, caveat string
}

// parts words every list of the brief that has entries, in print order;
// esc is applied to record text (markdown escapes it, text does not).
func (b *Brief) parts(esc func(string) string) []part {
	var out []part
	for _, sec := range b.Sections {
		figs := part{heading: sec.Title + keyFiguresSuffix, kind: "figure"}
		events := part{heading: sec.Title + eventsSuffix, kind: "event"}
		if !b.Long {
			figs.heading, events.heading = sec.Title, pageEventsHeading
		}
		for _, f := range sec.Figures {
			figs.lines = append(figs.lines, line{figureLine(f, esc), f.Caveat})
		}
		figs.left, figs.what = sec.Omitted.Figures, "figures"
		progs := part{heading: sec.Title + programmesSuffix, kind: "programme",
			left: sec.Omitted.Programmes, what: "programmes"}
		for _, pr := range sec.Programmes {
			progs.lines = append(progs.lines, line{text: programmeLine(b, pr, esc)})
		}
		for _, e := range sec.Events {
			events.lines = append(events.lines, line{text: eventLine(e, esc)})
		}
		events.left, events.what = sec.Omitted.Events, "events"
		out = append(out, figs, progs, events)
	}
	ahead := part{heading: aheadHeading + " (from " + dateText(b.AsOf) + ")", kind: "ahead",
		left: b.AheadOmitted, what: "entries ahead"}
	for _, a := range b.Ahead {
		if a.Figure != nil {
			ahead.lines = append(ahead.lines, line{figureLine(*a.Figure, esc), a.Figure.Caveat})
		} else if a.Item != nil {
			ahead.lines = append(ahead.lines, line{text: aheadItemLine(*a.Item, esc)})
		}
	}
	unquant := part{heading: unquantHeading, kind: "unquant", runIn: true,
		left: b.UnquantifiedOmitted, what: "items without a number"}
	for _, e := range b.Unquantified {
		unquant.lines = append(unquant.lines, line{text: entryLine(e, esc)})
	}
	people := part{heading: peopleHeading, kind: "people", runIn: true,
		left: b.PeopleOmitted, what: "people and organisations"}
	for _, a := range b.People {
		people.lines = append(people.lines, line{text: actorLine(a, esc)})
	}
	disagree := part{heading: disagreeHeading, kind: "differ",
		left: b.DisagreeOmitted, what: "disagreements"}
	for _, d := range b.Disagree {
		disagree.lines = append(disagree.lines, line{text: differLine(d, esc)})
	}
	derived := part{heading: derivedHeading, kind: "derived",
		left: b.DerivedOmitted, what: "derived figures"}
	for _, f := range b.Derived {
		derived.lines = append(derived.lines, line{figureLine(f, esc), f.Caveat})
	}
	out = append(out, ahead, unquant, people, disagree, derived)
	for i := range out {
		out[i].omitted = omittedText(out[i].left, singular[out[i].what], out[i].what)
	}
	return out
}

// singular names one of what a list holds.
var singular = map[string]string{"figures": "figure", "programmes": "programme", "events": "event",
	"entries ahead": "entry ahead", "items without a number": "item without a number",
	"people and organisations": "person or organisation", "disagreements": "disagreement",
	"derived figures": "derived figure"}

// shown returns the parts a briefing prints: those with entries, and in a
// long briefing those with an omitted line (the page counts what it leaves
// out in one line, see leftOut).
func shown(ps []part, long bool) []part {
	var out []part
	for _, p := range ps {
		if len(p.lines) > 0 || (long && p.left > 0) {
			out = append(out, p)
		}
	}
	return out
}

// omittedText words what a list of a long briefing leaves out: "… and 16
// more figures; narrow with --topic/--place/--org/--since"; "" when nothing
// is left out.
func omittedText(n int, one, many string) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("%s and %s more %s; narrow with --topic/--place/--org/--since", omittedMark,
		format.Amount(float64(n), "count"), plural(n, one, many))
}

// leftOut words, for the page, what its lists leave out for want of room:
// "--long also lists 27 figures, 13 events."; "" when nothing is.
func leftOut(ps []part) string {
	var counts []string
	for _, p := range ps {
		if p.left > 0 {
			counts = append(counts, format.Amount(float64(p.left), "count")+" "+plural(p.left, singular[p.what], p.what))
		}
	}
	if len(counts) == 0 {
		return ""
	}
	return leftOutLead + strings.Join(counts, ", ") + "."
}

// leftOutLead opens the page's count of what it leaves out.
const leftOutLead = "--long also lists "
