package format

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"

	"ictdash/data"
)

// Rounded returns a figure's value as a briefing should state it. A
// reported figure's value is as recorded. A derived figure is rounded to the
// precision its inputs allow: each input is taken to be exact to half a unit
// of its last digit as displayed ("US$98.9 billion" ± US$0.05 billion,
// "8%" ± 0.5), the formula is evaluated at the extremes of those intervals,
// and the result is rounded to the decimal place of that uncertainty
// (rounded to one significant digit), as a measurement is: US$98.9
// billion / 1.08 is US$91.6 billion, not US$91.574 billion; US$5.1 billion /
// 29,000 is US$176,000, not US$175,862. When the inputs cannot be resolved
// (no set, an unknown id, a formula over more inputs than are worth
// enumerating), three significant digits are kept.
func Rounded(set *data.Set, f *data.Figure) float64 {
	if f == nil || !f.Derived {
		if f == nil {
			return 0
		}
		return f.Value
	}
	half, ok := uncertainty(set, f, 0)
	switch {
	case !ok:
		return significant(f.Value, 3)
	case half == 0:
		return f.Value
	}
	// The uncertainty to one significant digit gives the last decimal
	// place worth stating.
	half = significant(half, 1)
	step := math.Pow(10, math.Floor(math.Log10(half)))
	return math.Round(f.Value/step) * step
}

// significant rounds x to n significant digits, whole numbers included
// (175,862 to three is 176,000).
func significant(x float64, n int) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	step := math.Pow(10, math.Floor(math.Log10(math.Abs(x)))+1-float64(n))
	return math.Round(x/step) * step
}

// maxCorners bounds the inputs whose extremes are enumerated (2^n
// evaluations).
const maxCorners = 10

// formulaIDRE finds figure ids in a formula, as the loader reads them.
var formulaIDRE = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b`)

// uncertainty is half the width of the interval a figure's value is known
// to: half a unit of the last displayed digit for a reported figure, and
// for a derived one the largest distance from its value of the formula
// evaluated at its inputs' bounds (sums, differences, products and
// quotients of positive inputs reach their extremes at the corners).
func uncertainty(set *data.Set, f *data.Figure, depth int) (float64, bool) {
	if !f.Derived {
		return ulp(f.Value, f.Unit) / 2, true
	}
	if set == nil || depth > 8 || f.Formula == "" {
		return 0, false
	}
	var ids []string
	index := map[string]int{}
	program := formulaIDRE.ReplaceAllStringFunc(f.Formula, func(id string) string {
		i, ok := index[id]
		if !ok {
			i = len(ids)
			index[id] = i
			ids = append(ids, id)
		}
		return "v" + strconv.Itoa(i)
	})
	if len(ids) == 0 || len(ids) > maxCorners {
		return 0, false
	}
	vals, halves := make([]float64, len(ids)), make([]float64, len(ids))
	env := map[string]any{}
	for i, id := range ids {
		in := set.Figure(id)
		if in == nil {
			return 0, false
		}
		h, ok := uncertainty(set, in, depth+1)
		if !ok {
			return 0, false
		}
		vals[i], halves[i] = in.Value, h
		env["v"+strconv.Itoa(i)] = in.Value
	}
	prog, err := expr.Compile(program, expr.Env(env), expr.AsFloat64())
	if err != nil {
		return 0, false
	}
	worst := 0.0
	for corner := 0; corner < 1<<len(ids); corner++ {
		for i := range ids {
			v := vals[i] - halves[i]
			if corner&(1<<i) != 0 {
				v = vals[i] + halves[i]
			}
			env["v"+strconv.Itoa(i)] = v
		}
		out, err := expr.Run(prog, env)
		x, isFloat := out.(float64)
		if err != nil || !isFloat || math.IsNaN(x) || math.IsInf(x, 0) {
			return 0, false
		}
		worst = math.Max(worst, math.Abs(x-f.Value))
	}
	return worst, true
}

// ulp is the unit of the last digit of x as Amount writes it in unit:
// US$98.9 billion → US$0.1 billion, 29,000 → 1, 12% → 1.
func ulp(x float64, unit string) float64 {
	s := Amount(x, unit)
	scale := 1.0
	for _, sc := range scales {
		if strings.Contains(s, " "+sc.word) {
			scale = sc.size
		}
	}
	// The number is the last run of digits, separators and a point.
	end := strings.LastIndexAny(s, "0123456789")
	if end < 0 {
		return 0
	}
	start := end
	for start > 0 && strings.IndexByte("0123456789,.", s[start-1]) >= 0 {
		start--
	}
	num := s[start : end+1]
	decimals := 0
	if _, frac, ok := strings.Cut(num, "."); ok {
		decimals = len(frac)
	}
	return math.Pow(10, -float64(decimals)) * scale
}
