package brief

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// forwardWords are the words that say a number is not (yet) a fact.
var forwardWords = []string{"expected", "target", "estimat", "projection", "forecast", "needed", "planned", "committed", "our arithmetic"}

// phraseErrs checks the number in a phrase against a figure: one quantity
// (years aside) with the figure's value as displayed (a derived figure's
// rounded, never more precise than shown), its unit and qualifier, and
// wording that matches its status: a forecast, a need, a plan or a
// commitment says so, a reported figure never does, and a derived figure
// is our arithmetic, never a forecast.
func phraseErrs(set *data.Set, f *data.Figure, phrase string) []string {
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
	if f.Status == data.Estimate && !f.Derived {
		// "an estimated" is format's wording; the scanner would read
		// "estimated" as the hedge "about".
		if rest, ok := strings.CutPrefix(phrase, "an estimated "); ok {
			if qs = data.ScanNumbers(rest); len(qs) > 0 {
				q = qs[0]
			}
		}
	}
	switch {
	case f.Derived:
		if !roundsTo(f.Value, q.Value, f.Unit) {
			errs = append(errs, fmt.Sprintf("phrase %q reads %v, which %v does not round to", phrase, q.Value, f.Value))
		}
		if shown, most := digits(format.Amount(q.Value, f.Unit), false), inputDigits(set, f); shown > most && most > 0 {
			errs = append(errs, fmt.Sprintf("phrase %q states %d digits, more than its most precise input's %d", phrase, shown, most))
		}
	case format.Amount(q.Value, f.Unit) != format.Amount(f.Value, f.Unit):
		errs = append(errs, fmt.Sprintf("phrase %q reads %v, figure is %v", phrase, q.Value, f.Value))
	}
	if f.ValueMax > f.Value && format.Amount(q.Max, f.Unit) != format.Amount(f.ValueMax, f.Unit) {
		errs = append(errs, fmt.Sprintf("phrase %q reads up to %v, figure's range ends at %v", phrase, q.Max, f.ValueMax))
	}
	if !sameUnit(string(q.Unit), f.Unit) {
		errs = append(errs, fmt.Sprintf("phrase %q reads unit %s, figure is %s", phrase, q.Unit, f.Unit))
	}
	if qual(q.Qualifier) != qual(f.Qualifier) {
		errs = append(errs, fmt.Sprintf("phrase %q reads qualifier %s, figure is %s", phrase, qual(q.Qualifier), qual(f.Qualifier)))
	}
	lower := strings.ToLower(phrase)
	switch {
	case f.Derived:
		if !strings.HasPrefix(phrase, "our arithmetic: ") || containsAny(lower, "expected", "target", "forecast", "needed", "planned") {
			errs = append(errs, fmt.Sprintf("derived phrase %q is not worded as our arithmetic alone", phrase))
		}
	case f.Status == data.Actual || f.Status == "":
		if containsAny(lower, forwardWords...) {
			errs = append(errs, fmt.Sprintf("reported phrase %q is worded as what it is not", phrase))
		}
	case f.Status == data.Estimate:
		if !strings.Contains(lower, "estimated") {
			errs = append(errs, fmt.Sprintf("estimate %q does not say so", phrase))
		}
	default: // projections and targets
		if !containsAny(lower, "expected", "target", "needed", "planned", "committed") {
			errs = append(errs, fmt.Sprintf("%s phrase %q reads as a fact", f.Status, phrase))
		}
		if strings.Contains(lower, "expected to reach") && (isArea(f.Unit) || saysNeed(f.Label)) {
			errs = append(errs, fmt.Sprintf("phrase %q words an area or a need as a forecast", phrase))
		}
	}
	return errs
}

func isArea(unit string) bool { return unit == "hectares" || unit == "m2" || unit == "km2" }

// saysNeed reports whether a label states a need.
func saysNeed(label string) bool {
	return regexp.MustCompile(`(?i)\b(need|needs|needed|demand|require[sd]?)\b`).MatchString(label)
}

// roundsTo reports whether shown is value rounded at the last digit shown:
// no more precise than the value, and not off by more than half a unit of
// that digit.
func roundsTo(value, shown float64, unit string) bool {
	s := format.Amount(shown, unit)
	unitOf := 1.0
	for word, size := range map[string]float64{" million": 1e6, " billion": 1e9, " trillion": 1e12} {
		if strings.Contains(s, word) {
			unitOf = size
		}
	}
	num := regexp.MustCompile(`[0-9][0-9,]*(\.[0-9]+)?`).FindString(s)
	if _, frac, ok := strings.Cut(num, "."); ok {
		unitOf /= math.Pow(10, float64(len(frac)))
	}
	// Trailing zeros of a whole number are not digits shown.
	for shown != 0 && math.Mod(shown, unitOf*10) == 0 && unitOf*10 <= math.Abs(shown) {
		unitOf *= 10
	}
	return math.Abs(value-shown) <= unitOf/2*(1+1e-9)
}

// digits counts the significant digits of the number in an amount as
// displayed; trailing zeros of a whole number count only with trailing.
func digits(amount string, trailing bool) int {
	num := regexp.MustCompile(`[0-9][0-9,]*(\.[0-9]+)?`).FindString(amount)
	num = strings.TrimLeft(strings.NewReplacer(",", "", ".", "").Replace(num), "0")
	if !trailing && !strings.Contains(amount, ".") {
		num = strings.TrimRight(num, "0")
	}
	return len(num)
}

// inputDigits is the most significant digits any input of a derived
// figure is displayed with (0 when it has none to tell).
func inputDigits(set *data.Set, f *data.Figure) int {
	most := 0
	for _, id := range f.Inputs {
		if in := set.Figure(id); in != nil && !in.Derived {
			most = max(most, digits(format.Amount(in.Value, in.Unit), true))
		}
	}
	return most
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
