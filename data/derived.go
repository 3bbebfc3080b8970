package data

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/expr-lang/expr"
)

// formulaIDRE finds figure ids in a formula. Ids are kebab-case, which an
// expression language would read as subtraction, so they are swapped for
// plain variable names before evaluation. \b keeps "1e9" a number.
var formulaIDRE = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b`)

// derived evaluates a derived figure's formula over the recorded values of
// its inputs and checks the stored value (to 0.1%, for rounded storage).
func (v *verifier) derived(r figureRec) {
	fig, f := r.figure, &r.f
	if fig.Formula == "" || f.isBad("value") {
		return
	}
	if err := checkFormula(fig.Formula); err != nil {
		f.errorf("formula", "%v", err)
		return
	}
	env := map[string]any{}
	var inputs []string
	bad := false
	program := formulaIDRE.ReplaceAllStringFunc(fig.Formula, func(id string) string {
		in := v.set.figures[id]
		if in == nil {
			f.errorf("formula", "formula: no figure has id %q", id)
			bad = true
			return "0"
		}
		if v.failed[in] {
			bad = true // already reported; its value cannot be trusted
		}
		if in == fig {
			f.errorf("formula", "formula refers to the figure itself")
			bad = true
		}
		name := fmt.Sprintf("v%d", len(inputs))
		inputs = append(inputs, id)
		env[name] = in.Value
		return name
	})
	if bad {
		return
	}
	if !slices.Equal(fig.Inputs, inputs) {
		// Equal on a figure a reload reuses, which the Set on screen
		// shares: it is written only when new.
		fig.Inputs = inputs
	}
	out, err := expr.Eval(program, env)
	if err != nil {
		f.errorf("formula", "formula %q does not evaluate: %s", fig.Formula, Excerpt(firstLine(err.Error())))
		return
	}
	got, ok := toFloat(out)
	if !ok || math.IsNaN(got) || math.IsInf(got, 0) {
		f.errorf("formula", "formula %q gives %v, not a number", fig.Formula, out)
		return
	}
	if math.Abs(got-fig.Value) > 0.001*math.Max(math.Abs(got), 1e-12) {
		f.errorf("value", "value %s does not match the formula, which gives %s", fmtNum(fig.Value), fmtNum(got))
	}
}

func toFloat(x any) (float64, bool) {
	switch n := x.(type) {
	case float64:
		return n, true
	case int:
		return float64(n), true
	}
	return 0, false
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
