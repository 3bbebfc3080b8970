package brief

import (
	"regexp"
	"strings"
	"testing"

	"ictdash/data"
	"ictdash/format"
)

// differRE reads one source's wording in a disagreement: [5] “Nearly 20”.
var differRE = regexp.MustCompile(`\[([0-9]+)\] “([^”]*)”`)

// differEntry checks "sources differ: [n] “as written”, …" against the
// figure above it: each wording is that source's, with its own number and
// qualifier.
func (c *checker) differEntry(f *data.Figure, e entry) {
	if f == nil {
		c.errorf("disagreement with no figure above it: %q", e.text)
		return
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
}

// identifyItem finds the item of kind whose name starts s (the longest).
func (c *checker) identifyItem(kind, s string) *data.Item {
	var best *data.Item
	for _, it := range c.set.ItemsOfKind(kind) {
		if n := clean(it.Name); strings.HasPrefix(s, n) && (best == nil || len(n) > len(clean(best.Name))) {
			best = it
		}
	}
	return best
}

// programmeEntry checks "name — date; places; orgs [n]; numbers: phrase
// [n]; …": every number is a selected figure describing the programme,
// worded as its status requires.
func (c *checker) programmeEntry(e entry) {
	it := c.identifyItem("training", e.text)
	if it == nil {
		c.errorf("no programme is named like %q", e.text)
		return
	}
	head, nums, hasNums := strings.Cut(e.text, "; numbers: ")
	c.sameCites(it.ID, markers(markerRE, head), it.Sources)
	var mine []*data.Figure
	for _, f := range c.sel {
		if strings.Contains(" "+strings.Join(f.Items, " ")+" ", " "+it.ID+" ") {
			mine = append(mine, f)
		}
	}
	if !hasNums {
		if len(mine) > 0 || !strings.HasSuffix(e.text, "; no figures in this selection") {
			c.errorf("%s: %d selected figures but no numbers shown", it.ID, len(mine))
		}
		return
	}
	parts := strings.Split(nums, "; ")
	if len(parts) != len(mine) {
		c.errorf("%s: %d numbers shown, %d selected figures describe it", it.ID, len(parts), len(mine))
	}
	for _, part := range parts {
		phrase := strings.TrimSpace(markerRE.ReplaceAllString(part, ""))
		ok := false
		for _, f := range mine {
			if len(phraseErrs(f, phrase)) == 0 {
				ok = true
				c.sameCites(it.ID+" "+f.ID, markers(markerRE, part), f.Sources)
				break
			}
		}
		if !ok {
			c.errorf("%s: number %q is no selected figure of it, as worded", it.ID, phrase)
		}
	}
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
	it := c.identifyItem("event", rest)
	if it == nil {
		c.errorf("no event is named like %q", rest)
		return
	}
	want := "undated"
	if it.Date != "" {
		want = format.Period(it.Date)
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
	b := build(t, Options{})
	text, md := render(t, b, "text", 80), render(t, b, "md", 0)
	dropSource := func(s string) string { // the last source entry, two lines
		i := strings.Index(s, "  [5] ")
		return s[:i]
	}
	dropDiffer := func(s string) string {
		i := strings.Index(s, differ)
		j := strings.IndexByte(s[i:], '\n')
		return s[:i] + s[i+j+1:]
	}
	tests := []struct {
		name, in string
		md       bool
		mutate   func(string) string
	}{
		{"qualifier dropped", text, false, replace("  • nearly 20 —", "  • 20 —")},
		{"projection as actual", text, false, replace("  • expected to reach US$800 billion by 2028 —", "  • US$800 billion —")},
		{"value changed", text, false, replace("  • US$382 million —", "  • US$328 million —")},
		{"omitted count changed", text, false, replace("… and 16 more figures", "… and 15 more figures")},
		{"omitted line dropped", text, false, replace("  … and 1 more event; narrow with --topic/--place/--org/--since\n", "")},
		{"md omitted count changed", md, true, replace("… and 16 more figures", "… and 17 more figures")},
		{"derived unmarked", text, false, replace("  • US$98.8 billion (derived) —", "  • US$98.8 billion —")},
		{"wrong citation", text, false, replace("after graduation, 2024 [3]", "after graduation, 2024 [2]")},
		{"source missing", text, false, dropSource},
		{"disagreement hidden", text, false, dropDiffer},
		{"figure missing", text, false, replace("  • US$150 million — Đà Nẵng software export revenue, 2024 [1]\n", "")},
		{"md value changed", md, true, replace("| US$382 million |", "| US$328 million |")},
		{"md status", md, true, replace("| projection |", "| reported |")},
		{"md uncited source", md, true, func(s string) string { return s + "6. x (`x.txt`)\n" }},
		{"md formula", md, true, replace("`a + b + c + d`", "`a + b + c`")},
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
		if errs := checkParsed(set, b, p); len(errs) == 0 {
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
