package quantity

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// want is what a test expects of one quantity. Zero fields mean: max the
// same as value, qualifier exact, no noun, no rate, not skipped, certain.
type want struct {
	text  string // as written (Scan only; "" skips the check)
	value float64
	max   float64
	unit  Unit
	kind  Kind
	qual  Qualifier
	noun  string
	per   string
	skip  bool   // a skipped number
	amb   string // a word the Ambiguous reason must contain; "" wants none
	rel   bool
	date  string // ISO date, when the quantity is a date
}

// same compares floats to 1e-12 relative.
func same(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b))
}

// check compares got with w and reports every difference.
func check(t *testing.T, ctx string, got Quantity, w want) {
	t.Helper()
	max, qual := w.max, w.qual
	if max == 0 {
		max = w.value
	}
	if qual == "" {
		qual = Exact
	}
	var bad []string
	if w.text != "" && got.Text != w.text {
		bad = append(bad, "text "+q(got.Text)+" want "+q(w.text))
	}
	if !same(got.Value, w.value) || !same(got.Max, max) {
		bad = append(bad, "value/max "+f(got.Value)+"/"+f(got.Max)+" want "+f(w.value)+"/"+f(max))
	}
	if got.Unit != w.unit || got.Kind != w.kind || got.Qualifier != qual {
		bad = append(bad, "unit/kind/qual "+string(got.Unit)+"/"+string(got.Kind)+"/"+string(got.Qualifier)+
			" want "+string(w.unit)+"/"+string(w.kind)+"/"+string(qual))
	}
	if got.Noun != w.noun || got.Per != w.per || got.Relative != w.rel {
		bad = append(bad, "noun/per/rel "+q(got.Noun)+"/"+q(got.Per)+"/"+b(got.Relative)+" want "+q(w.noun)+"/"+q(w.per)+"/"+b(w.rel))
	}
	if got.IsSkipped() != w.skip {
		bad = append(bad, "skip "+q(got.Skip)+" want skipped="+b(w.skip))
	}
	if (w.amb == "") != (got.Ambiguous == "") || !strings.Contains(got.Ambiguous, w.amb) {
		bad = append(bad, "ambiguous "+q(got.Ambiguous)+" want "+q(w.amb))
	}
	if w.date != "" && got.Date.String() != w.date {
		bad = append(bad, "date "+got.Date.String()+" want "+w.date)
	}
	if len(bad) > 0 {
		t.Errorf("%s: %s", ctx, strings.Join(bad, "; "))
	}
}

func q(s string) string  { return "\"" + s + "\"" }
func f(v float64) string { return strconvG(v) }
func b(v bool) string {
	if v {
		return "true"
	}
	return "false"
}

// parseCase is a Parse test: input, language and what it reads as.
type parseCase struct {
	in string
	w  want
}

func runParse(t *testing.T, lang Lang, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		got, err := Parse(c.in, lang)
		if err != nil {
			t.Errorf("Parse(%q, %s): %v", c.in, lang, err)
			continue
		}
		if got.Text != strings.TrimSpace(c.in) {
			t.Errorf("Parse(%q).Text = %q", c.in, got.Text)
		}
		check(t, "Parse("+q(c.in)+", "+lang.String()+")", got, c.w)
	}
}

// scanCase is a Scan test: a sentence and every number in it, in order.
type scanCase struct {
	text string
	want []want
}

func runScan(t *testing.T, lang Lang, cases []scanCase) {
	t.Helper()
	for _, c := range cases {
		got := Scan(c.text, lang)
		if len(got) != len(c.want) {
			var texts []string
			for _, g := range got {
				texts = append(texts, q(g.Text))
			}
			t.Errorf("Scan(%.60q, %s) found %d [%s], want %d", c.text, lang, len(got), strings.Join(texts, " "), len(c.want))
			continue
		}
		for i, w := range c.want {
			g := got[i]
			if c.text[g.Start:g.End] != g.Text {
				t.Errorf("span [%d,%d) is %q, Text %q", g.Start, g.End, c.text[g.Start:g.End], g.Text)
			}
			check(t, "Scan "+q(g.Text)+" in "+q(c.text[:min(len(c.text), 50)]), g, w)
		}
	}
}

func strconvG(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
