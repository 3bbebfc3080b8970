package brief

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"ictdash/data"
	"ictdash/format"
)

// checker verifies a briefing read back against the dataset: every number
// printed is a listed figure's, with its qualifier and the wording its
// status and label require; caveats come from the figure's note; every
// item, person and disagreement is the dataset's; every citation resolves
// and every listed source is cited; what is left out is counted as the
// brief counts it.
type checker struct {
	set     *data.Set
	b       *Brief
	sel     map[string]*data.Figure // the figures the brief lists
	p       parsed
	fileNum map[string]int
	errs    []string
}

func (c *checker) errorf(f string, args ...any) { c.errs = append(c.errs, fmt.Sprintf(f, args...)) }

// checkParsed returns every problem found in a parsed briefing of b.
func checkParsed(set *data.Set, b *Brief, p parsed) []string {
	c := &checker{set: set, b: b, sel: map[string]*data.Figure{}, p: p, fileNum: map[string]int{}}
	for _, sec := range b.Sections {
		for _, f := range sec.Figures {
			c.sel[f.ID] = set.Figure(f.ID)
		}
	}
	for _, a := range b.Ahead {
		if a.Figure != nil {
			c.sel[a.Figure.ID] = set.Figure(a.Figure.ID)
		}
	}
	for _, f := range b.Derived {
		c.sel[f.ID] = set.Figure(f.ID)
	}
	for i, n := range p.order {
		if n != i+1 {
			c.errorf("source list: entry %d is numbered [%d]", i+1, n)
		}
		if p.sources[n] == "" {
			c.errorf("source [%d] names no article file", n)
		}
		c.fileNum[p.sources[n]] = n
	}
	cited := map[int]bool{}
	for _, n := range p.cited {
		cited[n] = true
		if _, ok := p.sources[n]; !ok {
			c.errorf("citation [%d] resolves to no listed source", n)
		}
	}
	for _, n := range p.order {
		if !cited[n] {
			c.errorf("source [%d] is listed but never cited", n)
		}
	}
	seen, omitted, differs := map[string]int{}, map[string]int{}, map[string]bool{}
	var last *data.Figure
	var ev eventOrder
	for _, e := range p.entries {
		if e.part != "caveat" {
			if last != nil && format.Caveat(set, last) != "" {
				c.errorf("%s: its note qualifies it, but no caveat is shown", last.ID)
			}
			last = nil
		}
		switch e.part {
		case "figure", "derived":
			last = c.figureEntry(e)
		case "ahead":
			if !c.aheadItemEntry(e) {
				last = c.figureEntry(e)
			}
		case "caveat":
			c.caveatEntry(last, e)
			last = nil
		case "differ":
			if f := c.differEntry(e); f != nil {
				differs[f.ID] = true
			}
		case "programme":
			c.programmeEntry(e)
		case "event":
			c.eventEntry(e, &ev)
		case "unquant":
			c.unquantEntry(e)
		case "people":
			c.actorEntry(e)
		case "leftout":
			for what, n := range c.leftOutEntry(e) {
				omitted[what] += n
			}
		default:
			if what, ok := strings.CutPrefix(e.part, "omitted "); ok {
				omitted[what] += c.omittedEntry(e)
				continue
			}
			c.errorf("entry outside any list: %q", e.text)
		}
		if last != nil {
			seen[last.ID]++
		}
	}
	if last != nil && format.Caveat(set, last) != "" {
		c.errorf("%s: its note qualifies it, but no caveat is shown", last.ID)
	}
	c.counts(omitted)
	for id, f := range c.sel {
		if seen[id] != 1 {
			c.errorf("figure %s is printed %d times, want once", id, seen[id])
		}
		_ = f
	}
	for _, d := range b.Disagree {
		if !differs[d.ID] {
			c.errorf("%s: the brief lists its disagreement, the output does not", d.ID)
		}
	}
	return c.errs
}

// counts checks that what each list leaves out is counted, once, as the
// brief counts it.
func (c *checker) counts(got map[string]int) {
	b := c.b
	want := map[string]int{"derived": b.DerivedOmitted, "ahead": b.AheadOmitted, "unquant": b.UnquantifiedOmitted,
		"people": b.PeopleOmitted, "differ": b.DisagreeOmitted}
	for _, sec := range b.Sections {
		want["figure"] += sec.Omitted.Figures
		want["programme"] += sec.Omitted.Programmes
		want["event"] += sec.Omitted.Events
	}
	for _, part := range []string{"figure", "derived", "programme", "event", "ahead", "unquant", "people", "differ"} {
		if got[part] != want[part] {
			c.errorf("%s lists leave out %d by the output, the brief counts %d", part, got[part], want[part])
		}
	}
}

// omittedRE reads a long list's omitted-entries line.
var omittedRE = regexp.MustCompile(`^… and ([0-9][0-9,]*) more [a-z ]+; narrow with --topic/--place/--org/--since$`)

// omittedEntry checks "… and N more figures; narrow with …" and returns N.
func (c *checker) omittedEntry(e entry) int {
	m := omittedRE.FindStringSubmatch(e.text)
	if m == nil {
		c.errorf("malformed omitted line: %q", e.text)
		return 0
	}
	n := atoi(strings.ReplaceAll(m[1], ",", ""))
	if n == 0 {
		c.errorf("omitted line counts nothing: %q", e.text)
	}
	return n
}

// leftOutNames map the page's words for what it leaves out to the lists.
var leftOutNames = map[string]string{"figure": "figure", "figures": "figure", "event": "event", "events": "event",
	"entry ahead": "ahead", "entries ahead": "ahead", "item without a number": "unquant", "items without a number": "unquant",
	"person or organisation": "people", "people and organisations": "people", "disagreement": "differ",
	"disagreements": "differ", "derived figure": "derived", "derived figures": "derived",
	"programme": "programme", "programmes": "programme"}

// leftOutEntry reads "--long also lists 27 figures, 13 events." into counts
// by list.
func (c *checker) leftOutEntry(e entry) map[string]int {
	out := map[string]int{}
	rest, ok := strings.CutPrefix(e.text, leftOutLead)
	if !ok || !strings.HasSuffix(rest, ".") {
		c.errorf("malformed left-out line: %q", e.text)
		return out
	}
	for _, part := range strings.Split(strings.TrimSuffix(rest, "."), ", ") {
		n, what, _ := strings.Cut(part, " ")
		list, ok := leftOutNames[what]
		if !ok || atoi(strings.ReplaceAll(n, ",", "")) == 0 {
			c.errorf("left-out line: %q counts nothing known", part)
			continue
		}
		out[list] += atoi(strings.ReplaceAll(n, ",", ""))
	}
	return out
}

// identify finds the listed figure whose label starts rest (the longest,
// as "Vietnam IT industry turnover" starts several labels).
func (c *checker) identify(rest string) *data.Figure {
	var best *data.Figure
	for _, f := range c.sel {
		l := clean(f.Label)
		tail, ok := strings.CutPrefix(rest, l)
		if ok && (tail == "" || strings.HasPrefix(tail, ",") || strings.HasPrefix(tail, " [") || strings.HasPrefix(tail, ";")) &&
			(best == nil || len(l) > len(clean(best.Label))) {
			best = f
		}
	}
	return best
}

// figureEntry checks "phrase — label, period [n]…; sources differ" and
// returns its figure.
func (c *checker) figureEntry(e entry) *data.Figure {
	phrase, rest, _ := strings.Cut(e.text, " — ")
	f := c.identify(rest)
	if f == nil {
		c.errorf("no listed figure is labelled like %q", rest)
		return nil
	}
	if (e.part == "derived") != f.Derived {
		c.errorf("%s: derived=%v but listed as %s", f.ID, f.Derived, e.part)
	}
	for _, err := range phraseErrs(c.set, f, phrase) {
		c.errorf("%s: %s", f.ID, err)
	}
	tail := strings.TrimPrefix(rest, clean(f.Label))
	main, formula, _ := strings.Cut(tail, "; formula: ")
	if f.Period != "" && !strings.Contains(clean(f.Label)+main, format.Period(f.Period)) {
		c.errorf("%s: period %s shown neither in its label nor in %q", f.ID, format.Period(f.Period), main)
	}
	if strings.Count(clean(f.Label)+main+phrase, format.Period(f.Period)) > 1 && f.Period != "" {
		c.errorf("%s: period %s said more than once in %q", f.ID, format.Period(f.Period), e.text)
	}
	main, differ := strings.CutSuffix(main, differNote)
	if differ != (f.Conflict != "") {
		c.errorf("%s: sources differ is %v, conflict %q", f.ID, differ, f.Conflict)
	}
	c.sameCites(f.ID, markers(markerRE, main), f.Sources)
	if f.Derived {
		c.formula(f, formula)
	}
	return f
}

// caveatEntry checks a ⚠ line: under a figure whose note qualifies it,
// each of its sentences a clause of that note (or of the note of a figure
// the note points to).
func (c *checker) caveatEntry(f *data.Figure, e entry) {
	if f == nil {
		c.errorf("caveat with no figure above it: %q", e.text)
		return
	}
	notes := clean(f.Note)
	for _, id := range formulaIDRE.FindAllString(f.Note, -1) {
		if other := c.set.Figure(id); other != nil && other != f {
			notes += " " + clean(other.Note)
		}
	}
	// A caveat leaves the note's parenthesised asides out.
	for paren := regexp.MustCompile(`\s*\([^()]*\)`); paren.MatchString(notes); {
		notes = paren.ReplaceAllString(notes, "")
	}
	for _, s := range strings.Split(e.text, ". ") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		lower := strings.ToLower(s[:1]) + s[1:]
		if !strings.Contains(notes, s) && !strings.Contains(notes, lower) {
			c.errorf("%s: caveat %q is not in its note %q", f.ID, s, f.Note)
		}
	}
	if want := format.Caveat(c.set, f); e.text != want {
		c.errorf("%s: caveat %q, want %q", f.ID, e.text, want)
	}
}

// sameCites checks that the markers are exactly the sources' articles.
func (c *checker) sameCites(what string, got []int, srcs []data.Source) {
	var want []int
	for _, s := range srcs {
		n, ok := c.fileNum[s.Article]
		if !ok {
			c.errorf("%s: cites %s, which is not in the source list", what, s.Article)
		}
		want = append(want, n)
	}
	slices.Sort(want)
	want = slices.Compact(want)
	slices.Sort(got)
	if !slices.Equal(slices.Compact(got), want) {
		c.errorf("%s: cites %v, want %v", what, got, want)
	}
}

// formula checks "formula, where a = amount [n]; …" of a derived figure:
// each symbol's amount is one of its inputs (worded as that input's status
// requires, cited to its sources), and putting the inputs' ids back for
// the symbols gives the recorded formula.
func (c *checker) formula(f *data.Figure, s string) {
	expr, inputs, _ := strings.Cut(s, ", where ")
	ids := map[string]string{}
	used := map[string]bool{}
	for _, in := range strings.Split(inputs, "; ") {
		sym, amount, _ := strings.Cut(in, " = ")
		phrase := strings.TrimSpace(markerRE.ReplaceAllString(amount, ""))
		var match *data.Figure
		for _, id := range f.Inputs {
			if fig := c.set.Figure(id); fig != nil && !used[id] && len(phraseErrs(c.set, fig, phrase)) == 0 {
				match = fig
				break
			}
		}
		if match == nil {
			c.errorf("%s: input %s = %q is none of its inputs, as worded", f.ID, sym, phrase)
			continue
		}
		used[match.ID], ids[sym] = true, match.ID
		var srcs []data.Source
		for _, r := range reportedInputs(c.set, match) {
			srcs = append(srcs, r.Sources...)
		}
		c.sameCites(f.ID+" input "+match.ID, markers(markerRE, amount), srcs)
	}
	distinct := slices.Compact(slices.Sorted(slices.Values(f.Inputs)))
	if len(ids) != len(distinct) {
		c.errorf("%s: %d inputs shown, want %d", f.ID, len(ids), len(distinct))
	}
	back := regexp.MustCompile(`\b[a-z][a-z0-9]*\b`).ReplaceAllStringFunc(expr, func(sym string) string {
		if id, ok := ids[sym]; ok {
			return id
		}
		return sym
	})
	if back != clean(f.Formula) {
		c.errorf("%s: formula %q reads %q, want %q", f.ID, expr, back, f.Formula)
	}
}

// reportedInputs follows a figure's inputs down to reported figures.
func reportedInputs(set *data.Set, f *data.Figure) []*data.Figure {
	if !f.Derived {
		return []*data.Figure{f}
	}
	var out []*data.Figure
	for _, id := range f.Inputs {
		if in := set.Figure(id); in != nil {
			out = append(out, reportedInputs(set, in)...)
		}
	}
	return out
}

// TestRoundTrip reads every golden selection back from text (at several
// widths) and markdown and checks it against the dataset.
func TestRoundTrip(t *testing.T) {
	set := seedSet(t)
	for _, c := range cases {
		b := build(t, c.opt)
		outputs := map[string]parsed{
			"text80": parseText(render(t, b, "text", 80)),
			"text60": parseText(render(t, b, "text", 60)),
			"text40": parseText(render(t, b, "text", 40)),
			"md":     parseMarkdown(render(t, b, "md", 0)),
		}
		for name, p := range outputs {
			if len(p.entries) == 0 || len(p.order) == 0 {
				t.Errorf("%s %s: nothing read back", c.name, name)
			}
			for _, err := range checkParsed(set, b, p) {
				t.Errorf("%s %s: %s", c.name, name, err)
			}
		}
	}
}

// TestRoundTripCatchesErrors breaks printed briefings in the ways the
// round trip guards against: each must be reported.
func TestRoundTripCatchesErrors(t *testing.T) {
	set := seedSet(t)
	page, long := build(t, Options{Now: goldenNow}), build(t, Options{Long: true, Now: goldenNow})
	text, md, longText := render(t, page, "text", 80), render(t, page, "md", 0), render(t, long, "text", 80)
	dropLine := func(prefix string) func(string) string {
		return func(s string) string {
			i := strings.Index(s, prefix)
			if i < 0 {
				return s
			}
			j := strings.IndexByte(s[i:], '\n')
			return s[:i] + s[i+j+1:]
		}
	}
	tests := []struct {
		name, in string
		b        *Brief
		md       bool
		mutate   func(string) string
	}{
		{"qualifier dropped", text, page, false, replace("  • about 250 —", "  • 250 —")},
		{"need worded as a forecast", text, page, false, replace("  • 740,000 needed —", "  • expected to reach 740,000 —")},
		{"projection as actual", text, page, false, replace("  • expected to reach US$800 billion —", "  • US$800 billion —")},
		{"value changed", text, page, false, replace("  • US$382 million —", "  • US$328 million —")},
		{"caveat dropped", text, page, false, dropLine("    ⚠ It could be read")},
		{"caveat invented", text, page, false, replace("    ⚠ It could be read as the growth", "    ⚠ It could be read as the decline")},
		{"left-out count changed", text, page, false, func(s string) string {
			return regexp.MustCompile(`lists [0-9]+ figures`).ReplaceAllString(s, "lists 99 figures")
		}},
		{"disagreement hidden", text, page, false, dropLine("  • Vietnamese technology firms attending")},
		{"wrong citation", text, page, false, replace("Đà Nẵng–Korea deals on AI co-operation and development, 2024 [1]",
			"Đà Nẵng–Korea deals on AI co-operation and development, 2024 [2]")},
		{"period repeated", text, page, false, replace("market in 2028 [5]", "market in 2028, 2028 [5]")},
		{"figure missing", text, page, false, dropLine("  • 279 —")},
		{"person invented", text, page, false, replace("Sung Wook — Head of NIPA", "Sung Wok — Head of NIPA")},
		{"md value changed", md, page, true, replace("- US$382 million", "- US$328 million")},
		{"md uncited source", md, page, true, func(s string) string { return s + "6. x (`x.txt`)\n" }},
		{"md caveat dropped", md, page, true, dropLine("  ⚠ The count looks high")},
		{"derived unmarked", longText, long, false, replace("  • our arithmetic: US$98.8 billion —", "  • US$98.8 billion —")},
		{"derived too precise", longText, long, false, replace("our arithmetic: US$176,000", "our arithmetic: US$175,862")},
		{"derived as forecast", longText, long, false, replace("  • our arithmetic: US$168 million", "  • expected to reach US$168 million")},
		{"omitted count invented", longText, long, false, replace("── Events: by date (undated last) ─", "  … and 2 more events; narrow with --topic/--place/--org/--since\n── Events: by date (undated last) ─")},
		{"formula changed", longText, long, false, replace("formula: a + b + c +", "formula: a + b + a +")},
	}
	for _, tt := range tests {
		out := tt.mutate(tt.in)
		if out == tt.in {
			t.Fatalf("%s: the mutation did not apply; update the test to the current output", tt.name)
		}
		p := parseText(out)
		if tt.md {
			p = parseMarkdown(out)
		}
		if errs := checkParsed(set, tt.b, p); len(errs) == 0 {
			t.Errorf("%s: not detected", tt.name)
		} else {
			t.Logf("%s: %s", tt.name, errs[0])
		}
	}
}

// replace returns a mutation replacing the first old with new.
func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}
