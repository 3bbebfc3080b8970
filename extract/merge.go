package extract

import (
	"fmt"
	"math"
	"strings"

	"ictdash/data"
)

// draftMerges turns figures that known already holds into second sources:
// a draft whose value and unit equal a known figure's (or lie within a
// hedge's rounding: "nearly 20" and 20) and whose subject overlaps it
// (organisations, items, places with the label, or the label itself), in a
// compatible period, is that figure reported again. The merge cites the
// same quote, so its numbers stay covered. Known figures from this
// article (its own record file, or a source citing it) are left out: the
// draft replaces them rather than confirming them.
func (x *extractor) draftMerges(d *Draft, known *data.Set) {
	if known == nil {
		return
	}
	own := recordFileOf(d.File)
	kept := d.Figures[:0]
	for _, f := range d.Figures {
		if g, score := bestMatch(f, known, own, d.File); g != nil {
			d.Merges = append(d.Merges, mergeOf(f, g, score))
			continue
		}
		kept = append(kept, f)
	}
	d.Figures = kept
}

// bestMatch returns the known figure f most likely restates, with its
// subject score, or nil.
func bestMatch(f Figure, known *data.Set, own, article string) (*data.Figure, float64) {
	var best *data.Figure
	bestScore := 0.0
	for _, g := range known.Figures {
		if g.Derived || g.File == own || citesArticle(g, article) || !unitsEqual(f.Unit, g.Unit) || !valuesMatch(f, g) {
			continue
		}
		if f.Noun != "" && g.Noun != "" && data.Fold(f.Noun) != data.Fold(g.Noun) {
			continue
		}
		if !periodsCompatible(f, g) {
			continue
		}
		if s := subjectScore(f, g); s > bestScore {
			best, bestScore = g, s
		}
	}
	return best, bestScore
}

// unitsEqual compares units, a bare number being a count.
func unitsEqual(a, b string) bool {
	if a == "" {
		a = "count"
	}
	if b == "" {
		b = "count"
	}
	return a == b
}

func citesArticle(g *data.Figure, article string) bool {
	for _, s := range g.Sources {
		if s.Article == article {
			return true
		}
	}
	return false
}

// valuesMatch: the same value (and upper bound), or, when either side is
// hedged, values within 5% of each other: a hedge says the number is
// rounded.
func valuesMatch(f Figure, g *data.Figure) bool {
	if sameValue(f.Value, g.Value) && sameValue(f.ValueMax, g.ValueMax) {
		return true
	}
	if f.ValueMax != 0 || g.ValueMax != 0 {
		return false
	}
	if f.Qualifier == data.Exact && g.Qualifier == data.Exact {
		return false
	}
	return math.Abs(f.Value-g.Value) <= 0.05*math.Max(math.Abs(f.Value), math.Abs(g.Value))
}

// periodsCompatible: either is undated, the periods' years overlap, or the
// draft's period is only its publication date and the known period does
// not begin after it.
func periodsCompatible(f Figure, g *data.Figure) bool {
	if f.Period == "" || g.Period == "" {
		return true
	}
	fa, fb := data.PeriodYears(f.Period)
	ga, gb := data.PeriodYears(g.Period)
	switch {
	case f.PeriodBasis == data.BasisPublication:
		return ga <= fb
	case g.PeriodBasis == data.BasisPublication:
		return fa <= gb
	}
	return fa <= gb && ga <= fb
}

// subjectScore weighs what the two figures are about: shared
// organisations and items count most, shared places only with a shared
// label word, and the labels' overlap. Zero means no shared subject.
func subjectScore(f Figure, g *data.Figure) float64 {
	strong := shared(f.Orgs, g.Orgs) + shared(f.Items, g.Items)
	places := shared(f.Places, g.Places)
	words := labelOverlap(f.Label, g.Label)
	switch {
	case strong > 0:
		return 2*float64(strong) + float64(places) + words
	case places > 0 && words >= 0.5:
		return float64(places) + words
	case words >= 0.75 && len(contentWords(f.Label)) >= 2: // one shared word ("students") is no subject
		return words
	case places > 0 && distinctive(f, g):
		// Labels in two languages share no words ("업계에 필요할 인력",
		// "IT workers South Korea would need"): the same place, the same
		// uncommon value and the same period stand in for them.
		return float64(places) + 0.5
	}
	return 0
}

// distinctive: f and g give the same value exactly, one unlikely to
// coincide (not a small round number), for the same stated period.
func distinctive(f Figure, g *data.Figure) bool {
	if !sameValue(f.Value, g.Value) || f.Period == "" || f.Period != g.Period || f.PeriodBasis != "" || g.PeriodBasis != "" {
		return false
	}
	v := math.Abs(f.Value)
	return v >= 1000 && math.Mod(v, 1e6) != 0 || v != math.Trunc(v)
}

func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

// labelOverlap is how far the draft's label a is in the known label b:
// the share of a's content words b has ("value of projects" is all in
// "Value of South Korean investment projects in Đà Nẵng"), or the labels'
// Jaccard overlap when that is higher.
func labelOverlap(a, b string) float64 {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return max(float64(n)/float64(len(wa)), float64(n)/float64(len(wa)+len(wb)-n))
}

func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(data.Fold(s), func(r rune) bool { return !isLetterOrDigit(r) }) {
		if len(w) >= 3 && !enModStops[w] && !viNameStops[w] && !unitWords[w] {
			out[w] = true
		}
	}
	return out
}

// unitWords in a label say how a figure is measured, not what about.
var unitWords = setOf("years", "months", "days", "hours", "per", "cent", "percent", "number", "share", "value",
	"total", "count", "usd", "vnd", "krw", "million", "billion", "nam", "thang", "ngay", "명", "억", "조")

// mergeOf drafts f as a second source of g, naming what differs.
func mergeOf(f Figure, g *data.Figure, score float64) Merge {
	m := Merge{
		Figure: g.ID, Label: g.Label, ValueText: f.ValueText, Value: f.Value, ValueMax: f.ValueMax,
		Qualifier: f.Qualifier, Quote: f.Quote, Also: f.Also, AlsoText: f.AlsoText, AlsoQual: f.AlsoQual,
		Confidence: math.Min(0.9, 0.5+0.1*score),
		Reason:     fmt.Sprintf("same value, unit and subject as %s (%q)", g.ID, g.Label),
	}
	var diffs []string
	if !sameValue(f.Value, g.Value) {
		diffs = append(diffs, fmt.Sprintf("value %v here, %v in %s", f.Value, g.Value, g.ID))
	}
	if f.Qualifier != g.Qualifier {
		diffs = append(diffs, fmt.Sprintf("qualifier %s here, %s in %s", f.Qualifier, g.Qualifier, g.ID))
	}
	if f.Status != g.Status {
		diffs = append(diffs, fmt.Sprintf("status %s here, %s in %s", f.Status, g.Status, g.ID))
	}
	m.Conflict = strings.Join(diffs, "; ")
	return m
}
