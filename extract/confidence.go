package extract

import (
	"math"
	"strings"

	"ictdash/data"
)

// confidence scores a draft figure and says why. Money and percentages
// with their unit written out are the figures analysts most often keep;
// bare numbers, number words and spans of time are most often something
// else (a pronoun, a rank, a date). A sentence that names a known place or
// organisation usually says what the number is about. statusNote, when set,
// says which word made the status other than actual; a guessed status
// lowers confidence a little, as the guess is made from one word, and so
// does a label the grammar could not build (labelNote).
func confidence(m mention, f Figure, statusNote string) (float64, string) {
	q := m.q
	c, what := base(q)
	hedge := ""
	if q.Qualifier != data.Exact {
		hedge = "hedged "
	}
	var subject string
	switch {
	case len(f.Places) > 0 && len(f.Orgs) > 0:
		c, subject = c+0.1, "naming an organisation and a place"
	case len(f.Orgs) > 0:
		c, subject = c+0.1, "naming an organisation"
	case len(f.Places) > 0:
		c, subject = c+0.05, "naming a place"
	default:
		c, subject = c-0.1, "with no known place or organisation"
	}
	parts := []string{hedge + what + " in a sentence " + subject}
	if s, ok := specialCase(m); ok {
		c = s.c + (c - baseC(q))
		parts = []string{s.why, "in a sentence " + subject}
	}
	if statusNote != "" {
		c -= 0.05
		parts = append(parts, statusNote)
	}
	if why := labelNote(f.Label); why != "" {
		// A figure whose label says nothing is one the analyst must read
		// the sentence for: it is drafted as less sure.
		c -= 0.1
		parts = append(parts, why)
	}
	if q.Ambiguous != "" {
		// The engine says the reading may be wrong: never drafted as sure.
		c = math.Min(c, 0.3)
		parts = append(parts, "uncertain reading: "+q.Ambiguous)
	}
	c = math.Round(math.Min(0.95, math.Max(0.05, c))*100) / 100
	return c, strings.Join(parts, "; ")
}

// labelNote says why a label is not one an analyst would keep, or "".
func labelNote(l string) string {
	switch {
	case strings.HasPrefix(l, weakPrefix):
		return "no label could be built from the sentence's grammar: write one"
	case weakLabel(l):
		return "label is a single word (" + l + "): say what it measures"
	}
	return ""
}

func baseC(q data.Quantity) float64 {
	c, _ := base(q)
	return c
}

// base is the starting confidence for the kind of number.
func base(q data.Quantity) (float64, string) {
	word := !strings.ContainsAny(q.Text, "0123456789")
	switch q.Unit {
	case "USD", "VND", "KRW":
		return 0.8, "amount of money with its currency"
	case "percent":
		return 0.75, "percentage"
	case "years", "months", "days":
		if word {
			return 0.5, "duration written in words"
		}
		return 0.55, "duration"
	case "count":
		if word {
			return 0.45, "count written as a word"
		}
		return 0.6, "count"
	}
	return 0.35, "bare number with no unit or counted noun"
}

type special struct {
	c   float64
	why string
}

// specialCase scores the numbers drafted although they are often not
// figures: spans before publication, lone horizons, top-N lists, ranges.
func specialCase(m mention) (special, bool) {
	q := m.q
	low := strings.ToLower(q.Text)
	switch {
	case q.Relative && strings.HasSuffix(low, "ago"):
		return special{0.3, "span of time before publication (" + q.Text + ") in a comparison; it may date an event rather than measure anything"}, true
	case q.Relative:
		return special{0.3, "time horizon (" + q.Text + "), the only number in its sentence; it may be rhetorical"}, true
	case q.IsRange():
		return special{0.3, "a range (" + q.Text + "); value and value_max are its bounds"}, true
	case strings.EqualFold(m.prev, "top"):
		return special{0.35, "size of a top-N list (top " + q.Text + "); it may be a ranking rather than a count"}, true
	}
	return special{}, false
}
