package brief

import (
	"regexp"
	"slices"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// differRE reads one source's wording in a disagreement: [5] “Nearly 20”.
var differRE = regexp.MustCompile(`\[([0-9]+)\] “([^”]*)”`)

// differEntry checks "label: [n] “as written”, …": the figure's sources
// disagree, and each wording is that source's, with its own number and
// qualifier. It returns the figure.
func (c *checker) differEntry(e entry) *data.Figure {
	var f *data.Figure
	for _, g := range c.set.Figures {
		if l := clean(g.Label); strings.HasPrefix(e.text, l+": ") && (f == nil || len(l) > len(clean(f.Label))) {
			f = g
		}
	}
	if f == nil {
		c.errorf("disagreement names no figure: %q", e.text)
		return nil
	}
	if f.Conflict == "" {
		c.errorf("%s: disagreement shown but its sources agree", f.ID)
	}
	ms := differRE.FindAllStringSubmatch(e.text, -1)
	if len(ms) != len(f.Sources) {
		c.errorf("%s: disagreement shows %d wordings, figure has %d sources", f.ID, len(ms), len(f.Sources))
	}
	for _, m := range ms {
		file := c.p.sources[atoi(m[1])]
		found := false
		for _, s := range f.Sources {
			if s.Article != file || clean(s.ValueText) != m[2] {
				continue
			}
			found = true
			qs := data.ScanNumbers(m[2])
			if len(qs) != 1 || qs[0].Value != s.Value || qual(qs[0].Qualifier) != qual(s.Qualifier) {
				c.errorf("%s: wording %q does not read as the source's %v (%s)", f.ID, m[2], s.Value, s.Qualifier)
			}
		}
		if !found {
			c.errorf("%s: no source in [%s] words it %q", f.ID, m[1], m[2])
		}
	}
	return f
}

// identifyItem finds the item of one of kinds whose name starts s (the
// longest).
func (c *checker) identifyItem(s string, kinds ...string) *data.Item {
	var best *data.Item
	for _, it := range c.set.Items {
		if !slices.Contains(kinds, it.Kind) {
			continue
		}
		if n := clean(it.Name); strings.HasPrefix(s, n) && (best == nil || len(n) > len(clean(best.Name))) {
			best = it
		}
	}
	return best
}

// programmeEntry checks "name — date; places; orgs [n]; numbers: phrase
// [n]; …": every number is a listed figure describing the programme,
// worded as its status requires.
func (c *checker) programmeEntry(e entry) {
	it := c.identifyItem(e.text, "training")
	if it == nil {
		c.errorf("no programme is named like %q", e.text)
		return
	}
	head, nums, hasNums := strings.Cut(e.text, "; numbers: ")
	c.sameCites(it.ID, markers(markerRE, head), it.Sources)
	var mine []*data.Figure
	for _, f := range c.sel {
		if slices.Contains(f.Items, it.ID) {
			mine = append(mine, f)
		}
	}
	if !hasNums {
		if len(mine) > 0 || !strings.HasSuffix(e.text, "; no figures in this selection") {
			c.errorf("%s: %d listed figures but no numbers shown", it.ID, len(mine))
		}
		return
	}
	parts := strings.Split(nums, "; ")
	if len(parts) != len(mine) {
		c.errorf("%s: %d numbers shown, %d listed figures describe it", it.ID, len(parts), len(mine))
	}
	c.numbers(it, parts, mine)
}

// numbers checks an item's numbers, each one of figs worded as that
// figure is and cited to its sources.
func (c *checker) numbers(it *data.Item, parts []string, figs []*data.Figure) {
	for _, part := range parts {
		phrase := strings.TrimSpace(markerRE.ReplaceAllString(part, ""))
		ok := false
		for _, f := range figs {
			if len(phraseErrs(c.set, f, phrase)) == 0 {
				ok = true
				c.sameCites(it.ID+" "+f.ID, markers(markerRE, part), f.Sources)
				break
			}
		}
		if !ok {
			c.errorf("%s: number %q is no figure of it, as worded", it.ID, phrase)
		}
	}
}

// aheadItemEntry checks a dated item of the forward look, "date — name
// [n]; numbers: …", and reports whether the entry is one (else it is a
// figure): its date runs to the brief's as-of day or later, and its numbers
// are figures describing it.
func (c *checker) aheadItemEntry(e entry) bool {
	date, rest, _ := strings.Cut(e.text, " — ")
	it := c.identifyItem(rest, data.TimelineKinds...)
	if it == nil || it.Date == "" || date != format.ItemDate(it) {
		return false
	}
	_, end := data.PeriodYears(it.Date)
	if y := data.Year(c.b.AsOf); end < y {
		c.errorf("%s: in the forward look, but its date %s ended before %s", it.ID, it.Date, c.b.AsOf)
	}
	head, nums, hasNums := strings.Cut(rest, "; numbers: ")
	c.sameCites(it.ID, markers(markerRE, head), it.Sources)
	if hasNums {
		c.numbers(it, strings.Split(nums, "; "), c.set.FiguresOf(it.ID))
	}
	return true
}

// unquantEntry checks "name, date [n]": an investment, initiative, market
// or programme that no listed figure puts a number on.
func (c *checker) unquantEntry(e entry) {
	it := c.identifyItem(e.text, "investment", "initiative", "market", "training")
	if it == nil {
		c.errorf("no investment, initiative, market or programme is named like %q", e.text)
		return
	}
	rest := strings.TrimPrefix(e.text, clean(it.Name))
	if it.Date != "" && !strings.HasPrefix(rest, ", "+format.ItemDate(it)) {
		c.errorf("%s: date %s not shown in %q", it.ID, it.Date, e.text)
	}
	c.sameCites(it.ID, markers(markerRE, rest), it.Sources)
	for _, f := range c.set.FiguresOf(it.ID) {
		if _, listed := c.sel[f.ID]; listed {
			c.errorf("%s: listed without a number, but %s gives it one", it.ID, f.ID)
		}
	}
}

// actorEntry checks "name — role [n]": a person or organisation of the
// dataset, with a role its record gives, cited to its sources.
func (c *checker) actorEntry(e entry) {
	it := c.identifyItem(e.text, "person", "organisation")
	if it == nil {
		c.errorf("no person or organisation is named like %q", e.text)
		return
	}
	rest := strings.TrimPrefix(e.text, clean(it.Name))
	if role, ok := strings.CutPrefix(rest, " — "); ok {
		role = strings.TrimSpace(markerRE.ReplaceAllString(role, ""))
		known := clean(it.Note) + " " + strings.Join(c.namesOf(it.Orgs), " ") + " " + strings.Join(c.namesOf(it.Places), " ")
		for _, w := range strings.FieldsFunc(role, func(r rune) bool { return r == ',' }) {
			if !strings.Contains(known, strings.TrimSpace(w)) {
				c.errorf("%s: role %q is not in its record", it.ID, role)
			}
		}
	}
	// Cited to those of its sources the brief lists.
	var listed []data.Source
	for _, s := range it.Sources {
		if _, ok := c.fileNum[s.Article]; ok {
			listed = append(listed, s)
		}
	}
	c.sameCites(it.ID, markers(markerRE, rest), listed)
}

func (c *checker) namesOf(ids []string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, clean(c.set.Name(id)))
	}
	return out
}

// eventOrder remembers the previous event: dated events ascend, undated
// ones come last.
type eventOrder struct {
	date    string
	undated bool
}

// eventEntry checks "date — name; places [n]" and the order.
func (c *checker) eventEntry(e entry, o *eventOrder) {
	date, rest, _ := strings.Cut(e.text, " — ")
	it := c.identifyItem(rest, "event")
	if it == nil {
		c.errorf("no event is named like %q", rest)
		return
	}
	want := "undated"
	if it.Date != "" {
		want = format.ItemDate(it)
	}
	if date != want {
		c.errorf("%s: date %q, want %q", it.ID, date, want)
	}
	c.sameCites(it.ID, markers(markerRE, rest), it.Sources)
	switch {
	case it.Date == "":
		o.undated = true
	case o.undated || it.Date < o.date:
		c.errorf("%s: out of date order", it.ID)
	default:
		o.date = it.Date
	}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
