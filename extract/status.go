package extract

import (
	"fmt"
	"ictdash/data/text"
	"strings"

	"ictdash/data"
)

// Status cues, strongest first: a stated aim is a target even when it has a
// date ("aims to attract 50 firms by 2030"); a forecast is a projection even
// when estimated ("estimated to reach $5 billion by 2030").
var statusCues = []struct {
	status data.Status
	words  []string
}{
	{data.Target, []string{"aim", "aims", "aiming", "aimed", "goal", "goals", "target", "targets",
		"targeted", "targeting", "plans to", "plan to", "seeks to", "strives to", "pledged", "pledges",
		"pledge", "committed to", "commits to", "vowed", "vows"}},
	{data.Projection, []string{"expected", "expects", "expect", "will", "would", "forecast",
		"forecasts", "forecasted", "projected", "projection", "predict", "predicts", "predicting",
		"predicted", "likely", "poised", "set to"}},
	{data.Estimate, []string{"estimated", "estimates", "estimate", "estimation"}},
}

// byYearRE is "by 2030": a deadline, so a projection unless a cue above
// says target.
var byYearRE = text.LazyRegexp(`(?i)\bby (19|20|21)\d\d\b`)

// clauseBreaks end the clause whose words decide a number's status, so that
// in "valued at $600 billion and the figure is expected to rise to $800
// billion" only the second amount is a projection. Plain commas do not
// break: "By 2030, the plant will employ 2,000 engineers" is one clause.
var clauseBreaks = []string{"; ", " while ", " whereas ", " but ", " and the ", " and its ",
	" and it ", ", and ", " – ", " — ", ", which ", ", who ", ", while "}

// guessStatus guesses actual, projection, target or estimate from the words
// around q, and says which word decided. Cue words count only between the
// commas around the number: in "the centres will conduct programmes, in
// particular for businesses investing in six key areas" the "will" is
// about the programmes, not the six areas, while in "By 2030, the plant
// will employ 2,000 engineers" it is in the number's own segment.
func guessStatus(text string, sent span, q data.Quantity) (data.Status, string) {
	cl := statusClause(text, sent, q)
	if k := strings.LastIndex(text[cl.start:q.Start], ", "); k >= 0 {
		cl.start += k + 2
	}
	if k := strings.Index(text[q.End:cl.end], ", "); k >= 0 {
		cl.end = q.End + k
	}
	c := text[cl.start:cl.end]
	low := strings.ToLower(c)
	for _, cue := range statusCues {
		for _, w := range cue.words {
			if containsWord(low, w) {
				return cue.status, fmt.Sprintf("status %s from %q", cue.status, w)
			}
		}
		if cue.status == data.Target {
			if m := byYearRE().FindString(c); m != "" {
				return data.Projection, fmt.Sprintf("status projection from %q", m)
			}
		}
	}
	return data.Actual, ""
}

// statusClause is the part of the sentence between the clause breaks
// around q.
func statusClause(text string, sent span, q data.Quantity) span {
	// Only a stretch either side is searched (a clause is rarely longer),
	// so a run-on sentence is not lowered and searched for every number.
	const reach = 600
	lo, hi := max(sent.start, q.Start-reach), min(sent.end, q.End+reach)
	start, end := lo, hi
	lowB, lowA := strings.ToLower(text[lo:q.Start]), strings.ToLower(text[q.End:hi])
	for _, b := range clauseBreaks {
		if k := strings.LastIndex(lowB, b); k >= 0 && lo+k+len(b) > start {
			start = lo + k + len(b)
		}
		if k := strings.Index(lowA, b); k >= 0 && q.End+k < end {
			end = q.End + k
		}
	}
	return span{start, end}
}

// containsWord reports whether phrase w occurs in s as whole words.
func containsWord(s, w string) bool {
	for from := 0; from < len(s); {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return false
		}
		a, b := from+k, from+k+len(w)
		if (a == 0 || !isWordByte(s, a, true)) && (b == len(s) || !isWordByte(s, b, false)) {
			return true
		}
		from = a + 1
	}
	return false
}

// isWordByte reports whether the rune before i (when before) or at i is a
// letter or digit.
func isWordByte(s string, i int, before bool) bool {
	if before {
		return isLetterOrDigit(lastRune(s[:i]))
	}
	return isLetterOrDigit(firstRune(s[i:]))
}

func hasAny(s string, words []string) bool {
	low := strings.ToLower(s)
	for _, w := range words {
		if containsWord(low, w) {
			return true
		}
	}
	return false
}
