package brief

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// checker verifies a briefing read back against the dataset: every number
// printed is a selected figure's, with its qualifier and status wording;
// every citation resolves and every listed source is cited.
type checker struct {
	set     *data.Set
	sel     map[string]*data.Figure // the figures the brief selected
	p       parsed
	fileNum map[string]int
	errs    []string
}

func (c *checker) errorf(f string, args ...any) { c.errs = append(c.errs, fmt.Sprintf(f, args...)) }

// checkParsed returns every problem found in a parsed briefing of b.
func checkParsed(set *data.Set, b *Brief, p parsed) []string {
	c := &checker{set: set, sel: map[string]*data.Figure{}, p: p, fileNum: map[string]int{}}
	for _, sec := range b.Sections {
		for _, f := range sec.Figures {
			c.sel[f.ID] = set.Figure(f.ID)
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
	seen, differs, omitted := map[string]int{}, map[string]bool{}, map[string]int{}
	var last *data.Figure
	var ev eventOrder
	for _, e := range p.entries {
		switch e.part {
		case "figure", "derived":
			last = c.figureEntry(e)
			if last != nil {
				seen[last.ID]++
			}
		case "differ":
			c.differEntry(last, e)
			if last != nil {
				differs[last.ID] = true
			}
		case "programme":
			c.programmeEntry(e)
		case "event":
			c.eventEntry(e, &ev)
		case "omitted figure", "omitted derived", "omitted programme", "omitted event":
			omitted[strings.TrimPrefix(e.part, "omitted ")] += c.omittedEntry(e)
		default:
			c.errorf("entry outside any list: %q", e.text)
		}
	}
	// What each list leaves out is counted, once, as the brief counts it.
	want := map[string]int{"derived": b.DerivedOmitted}
	for _, sec := range b.Sections {
		want["figure"] += sec.Omitted.Figures
		want["programme"] += sec.Omitted.Programmes
		want["event"] += sec.Omitted.Events
	}
	for _, part := range []string{"figure", "derived", "programme", "event"} {
		if omitted[part] != want[part] {
			c.errorf("%s lists leave out %d by their omitted lines, the brief counts %d", part, omitted[part], want[part])
		}
	}
	for id, f := range c.sel {
		if seen[id] != 1 {
			c.errorf("figure %s is printed %d times, want once", id, seen[id])
		}
		if f.Conflict != "" && !differs[id] {
			c.errorf("figure %s: sources disagree but no disagreement is shown", id)
		}
	}
	return c.errs
}

// omittedRE reads an omitted-entries line.
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

// identify finds the selected figure whose label starts rest (the longest,
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

// figureEntry checks "phrase — label, period [n]…" and returns its figure.
func (c *checker) figureEntry(e entry) *data.Figure {
	phrase, rest, _ := strings.Cut(e.text, " — ")
	f := c.identify(rest)
	if f == nil {
		c.errorf("no selected figure is labelled like %q", rest)
		return nil
	}
	if (e.part == "derived") != f.Derived {
		c.errorf("%s: derived=%v but listed as %s", f.ID, f.Derived, e.part)
	}
	for _, err := range phraseErrs(f, phrase) {
		c.errorf("%s: %s", f.ID, err)
	}
	tail := strings.TrimPrefix(rest, clean(f.Label))
	main, formula, _ := strings.Cut(tail, "; formula: ")
	if f.Period != "" && !strings.Contains(main, format.Period(f.Period)) {
		c.errorf("%s: period %s not shown in %q", f.ID, format.Period(f.Period), main)
	}
	c.sameCites(f.ID, markers(markerRE, main), f.Sources)
	if e.status != "" && !statusMatches(f, e.status) {
		c.errorf("%s: status column %q for status %s derived=%v", f.ID, e.status, f.Status, f.Derived)
	}
	if f.Derived {
		c.formula(f, formula)
	}
	return f
}

// phraseErrs checks the number(s) in a phrase against a figure: one
// quantity (years such as "by 2028" aside) with the figure's value as
// displayed, its unit and qualifier, and wording that matches its status.
func phraseErrs(f *data.Figure, phrase string) []string {
	var errs []string
	var qs []data.Quantity
	for _, q := range data.ScanNumbers(phrase) {
		if q.Kind != "year" {
			qs = append(qs, q)
		}
	}
	if len(qs) != 1 {
		return []string{fmt.Sprintf("phrase %q has %d numbers, want 1", phrase, len(qs))}
	}
	q := qs[0]
	if f.Status == data.Estimate {
		// "an estimated" is format.Phrase's status wording; the scanner
		// would read "estimated" as the hedge "about".
		if rest, ok := strings.CutPrefix(phrase, "an estimated "); ok {
			if qs = data.ScanNumbers(rest); len(qs) > 0 {
				q = qs[0]
			}
		}
	}
	if format.Amount(q.Value, f.Unit) != format.Amount(f.Value, f.Unit) || !sameUnit(string(q.Unit), f.Unit) {
		errs = append(errs, fmt.Sprintf("phrase %q reads %v %s, figure is %v %s", phrase, q.Value, q.Unit, f.Value, f.Unit))
	}
	if qual(q.Qualifier) != qual(f.Qualifier) {
		errs = append(errs, fmt.Sprintf("phrase %q reads qualifier %s, figure is %s", phrase, qual(q.Qualifier), qual(f.Qualifier)))
	}
	lower := strings.ToLower(phrase)
	want := map[data.Status]string{data.Projection: "expected", data.Target: "target", data.Estimate: "estimated"}[f.Status]
	switch {
	case want != "" && !strings.Contains(lower, want):
		errs = append(errs, fmt.Sprintf("%s phrase %q does not say %q", f.Status, phrase, want))
	case want == "" && containsAny(lower, "expected", "target", "estimat", "projection", "forecast"):
		errs = append(errs, fmt.Sprintf("%s phrase %q is worded as a projection", f.Status, phrase))
	}
	if f.Derived != strings.Contains(phrase, "(derived)") {
		errs = append(errs, fmt.Sprintf("phrase %q: derived is %v", phrase, f.Derived))
	}
	return errs
}

func sameUnit(scanned, unit string) bool {
	return scanned == unit || (scanned == "" && unit == "count")
}

func qual(q data.Qualifier) data.Qualifier {
	if q == "" {
		return data.Exact
	}
	return q
}

func containsAny(s string, words ...string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// statusMatches checks a markdown Status cell.
func statusMatches(f *data.Figure, cell string) bool {
	actual := f.Status == data.Actual || f.Status == ""
	switch {
	case f.Derived && actual:
		return cell == "derived"
	case f.Derived:
		return cell == "derived "+string(f.Status)
	case actual:
		return cell == "reported"
	}
	return cell == string(f.Status)
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
			if fig := c.set.Figure(id); fig != nil && !used[id] && len(phraseErrs(fig, phrase)) == 0 {
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
	if len(ids) != len(f.Inputs) {
		c.errorf("%s: %d inputs shown, want %d", f.ID, len(ids), len(f.Inputs))
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
