package review

import (
	"math"
	"sort"
	"strings"

	"ictdash/data"
)

// Candidate is a figure a draft could be a second source of.
type Candidate struct {
	Figure *data.Figure
	Score  float64
	Why    string // "same value and unit, shares da-nang"
}

// Candidates ranks the reported figures of set that draft d could join:
// same unit only; then the same value (or within 5%, "nearly 20" and 20),
// shared places and organisations, label words in common. At most n.
func Candidates(set *data.Set, d Draft, n int) []Candidate {
	f := d.Figure
	if f == nil {
		return nil
	}
	words := labelWords(f.Label)
	var out []Candidate
	for _, o := range set.Figures {
		if o == f || o.ID == f.ID || o.Derived || o.Unit != f.Unit || o.Review != "" {
			continue
		}
		var score float64
		var why []string
		switch {
		case o.Value == f.Value:
			score, why = 3, append(why, "same value")
		case o.Value != 0 && math.Abs(o.Value-f.Value)/math.Abs(o.Value) <= 0.05:
			score, why = 2, append(why, "value within 5%")
		}
		shared := overlap(o.Places, f.Places) + overlap(o.Orgs, f.Orgs)
		if shared > 0 {
			score += float64(shared)
			why = append(why, "shares "+strings.Join(common(append(o.Places, o.Orgs...), append(f.Places, f.Orgs...)), ", "))
		}
		k := overlapWords(words, labelWords(o.Label))
		if k > 0 {
			score += 0.5 * float64(k)
			why = append(why, "label words in common")
		}
		// The same fact has the same value (or nearly); a different value
		// is a candidate only when the labels say it is the same measure
		// about the same subject (the conflict check then shows it).
		sameValue := o.Value != 0 && math.Abs(o.Value-f.Value)/math.Abs(o.Value) <= 0.05 || o.Value == f.Value
		if score < 2 || !sameValue && (k < 3 || shared == 0) {
			continue
		}
		out = append(out, Candidate{Figure: o, Score: score, Why: strings.Join(why, "; ")})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Figure.ID < out[j].Figure.ID
	})
	return out[:min(n, len(out))]
}

func overlap(a, b []string) int { return len(common(a, b)) }

func common(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

func labelWords(s string) map[string]bool {
	w := map[string]bool{}
	for _, t := range strings.Fields(data.Fold(s)) {
		if len(t) > 3 && !sharedLabelWords[t] {
			w[t] = true
		}
	}
	return w
}

// sharedLabelWords are in nearly every label of a Korea–Vietnam dataset,
// so they say nothing about whether two figures measure the same thing.
var sharedLabelWords = map[string]bool{"south": true, "north": true, "korea": true, "korean": true, "koreas": true,
	"vietnam": true, "vietnamese": true, "value": true, "total": true, "number": true, "figure": true}

func overlapWords(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
