package format

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"ictdash/data"
)

// CaveatMax is the length a caveat grows to by adding further clauses of
// its note: one line under a figure at 80 columns. Its first clause is
// always kept whole, however long.
const CaveatMax = 74

// reliabilityRE finds the words by which an analyst's note qualifies how far
// a number can be trusted or what it covers: doubt, ambiguity, a missing
// statement, a guess, a scope wider or narrower than the label's. "may" is
// matched in lower case only, so that the month is not a doubt.
var reliabilityRE = regexp.MustCompile(`(?i:\b(?:doubtful|doubts?|unclear|uncertain(?:ty)?|unverified|unconfirmed|verify|verified|` +
	`(?:be|been|being) checked|check(?:ed)? against|caution|ambiguous|ambiguity|unattributed|unnamed|not stated|unstated|` +
	`not given|probably|possibly|likely|unlikely|might|could|rough(?:ly)?|estimates?|estimated|approximate(?:ly)?|` +
	`not a measurement|not a fact|valid only|only if|assumed|assumption|caveats?|questionable|implausible|` +
	`looks? (?:high|low|large|small)|seems?|apparently|reportedly|disputed|not only|in general)\b)|\bmay\b`)

// sameCaveatRE finds a note that points to another figure's caveat.
var sameCaveatRE = regexp.MustCompile(`(?i)\b(?:same caveat|same caution|as for|see)\b`)

// Caveat returns the part of a figure's note that qualifies its reliability,
// short enough to stand under the figure ("Attributing this sum to one
// campaign is doubtful"), or "" when the note says nothing of the kind.
// The note's parentheses are left out, its sentences and clauses (split at
// ";") that carry a word of doubt, ambiguity or missing information are
// kept: the first that fits CaveatMax (else the very first) whole, then the
// others in order while the caveat stays within CaveatMax. A clause that
// points to another figure for its caveat ("Same caveat as
// korea-it-outsourcing-market-value") takes that figure's, which set
// resolves. Record text is sanitised.
func Caveat(set *data.Set, f *data.Figure) string { return caveat(set, f, 0) }

func caveat(set *data.Set, f *data.Figure, depth int) string {
	if f == nil || depth > 4 {
		return ""
	}
	note := strings.Join(strings.Fields(data.Sanitize(f.Note)), " ")
	if note == "" {
		return ""
	}
	note = dropParentheses(note)
	var kept []string
	for _, sentence := range sentences(note) {
		for _, clause := range strings.Split(sentence, "; ") {
			clause = strings.Trim(clause, " .;:")
			if clause == "" || !reliabilityRE.MatchString(clause) {
				continue
			}
			if other := pointsTo(set, f, clause); other != nil {
				if c := caveat(set, other, depth+1); c != "" {
					kept = append(kept, c)
				}
				continue
			}
			kept = append(kept, capitalise(clause))
		}
	}
	if len(kept) == 0 {
		return ""
	}
	// The first clause that fits the line leads (the first of all if none
	// does); the others follow in order while they fit.
	lead := 0
	for i, c := range kept {
		if utf8.RuneCountInString(c) <= CaveatMax {
			lead = i
			break
		}
	}
	out := kept[lead]
	for i, c := range kept {
		if i == lead {
			continue
		}
		if utf8.RuneCountInString(out)+2+utf8.RuneCountInString(c) > CaveatMax {
			break
		}
		out += ". " + c
	}
	return out
}

// pointsTo returns the figure a clause sends the reader to for its caveat
// ("same caveat as ID", "see ID"), if the set has it.
func pointsTo(set *data.Set, f *data.Figure, clause string) *data.Figure {
	if set == nil || !sameCaveatRE.MatchString(clause) {
		return nil
	}
	for _, id := range formulaIDRE.FindAllString(clause, -1) {
		if !strings.Contains(id, "-") || id == f.ID {
			continue
		}
		if other := set.Figure(id); other != nil {
			return other
		}
	}
	return nil
}

// dropParentheses removes parenthesised asides: a caveat is the claim, not
// its illustration.
func dropParentheses(s string) string {
	for {
		open := strings.LastIndexByte(s, '(')
		if open < 0 {
			return s
		}
		end := strings.IndexByte(s[open:], ')')
		if end < 0 {
			return s
		}
		s = strings.TrimRight(s[:open], " ") + s[open+end+1:]
	}
}

// sentences splits text after a full stop (or ! ?), possibly followed by a
// closing quote, that is followed by a space and a capital letter or an
// opening quote.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		j := i + 1
		for _, q := range []string{"”", "’", "\"", "'"} {
			if strings.HasPrefix(s[j:], q) {
				j += len(q)
				break
			}
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[j+1:])
		if unicode.IsUpper(r) || strings.ContainsRune("“‘\"'", r) {
			out = append(out, s[start:j])
			start = j + 1
		}
	}
	return append(out, s[start:])
}

// capitalise upper-cases the first letter.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
