package data

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quantity is a numeric expression as written in text, normalised.
type Quantity struct {
	Text      string    // as written, e.g. "nearly 20", "US$98.9 billion"
	Value     float64   // base units: US$382 million → 382000000; eight per cent → 8; see Kind for the others
	Unit      string    // one of Units, or "" when bare
	Qualifier Qualifier // Exact unless a hedge word precedes
	Relative  bool      // "two years ago", "the next five years": relative to publication
	// Kind is "quantity"; "year" (a bare four-digit year 1900–2100, Value
	// the year); "date" ("12/06/2024", "August 2, 2024": Value the year, or 0
	// when the date has none); "range" ("2025-30": Value the lower bound);
	// "time" ("16:02": Value in hours, 16.0333…); or "ordinal" ("21st").
	Kind       string
	Start, End int // byte span in the scanned text (ScanNumbers only)
}

// Kinds of Quantity.
const (
	kindQuantity = "quantity"
	kindYear     = "year"
	kindDate     = "date"
	kindRange    = "range"
	kindTime     = "time"
	kindOrdinal  = "ordinal"
)

// ParseQuantity parses a whole expression such as "more than $1 billion",
// "eight per cent" or "279 projects". A trailing noun is allowed and makes a
// bare number a count. A leading "the" is ignored ("the next five years").
// "last year" and "next month" parse as one unit, Relative, although they
// hold no numeral. Anything else is an error naming the text.
func ParseQuantity(s string) (Quantity, error) {
	t := strings.TrimSpace(s)
	i := 0
	if k, ok := matchWords(t, 0, "the", true); ok && skipSpaces(t, k) > k {
		i = skipSpaces(t, k)
	}
	q, end, ok := parseExpr(t, i)
	if !ok {
		q, end, ok = parseRelativeUnit(t, i)
	}
	if !ok {
		return Quantity{}, fmt.Errorf("data: %q is not a quantity", s)
	}
	if rest := t[end:]; strings.TrimSpace(rest) != "" {
		if !isNounTail(rest) {
			return Quantity{}, fmt.Errorf("data: %q is not a quantity: unexpected %q", s, strings.TrimSpace(rest))
		}
		if q.Unit == "" && (q.Kind == kindQuantity || q.Kind == kindRange) {
			q.Unit = "count"
		}
	}
	q.Text = t
	return q, nil
}

// parseRelativeUnit reads "last year", "next month": one unit relative to
// publication. ScanNumbers does not report these (they hold no numeral).
func parseRelativeUnit(s string, i int) (Quantity, int, bool) {
	k, ok := matchRelative(s, i)
	if !ok {
		return Quantity{}, i, false
	}
	w, e := wordAt(s, k)
	tu, ok := timeUnits[strings.ToLower(w)]
	if !ok || wordCharAt(s, e) {
		return Quantity{}, i, false
	}
	return Quantity{Value: tu.mul, Unit: tu.unit, Qualifier: Exact, Relative: true, Kind: kindQuantity}, e, true
}

// isNounTail: what follows a quantity in ParseQuantity may only be words
// ("South Korean startups"), separated from it by a space or hyphen.
func isNounTail(rest string) bool {
	if rest[0] != ' ' && rest[0] != '-' {
		return false
	}
	for _, r := range rest {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" -'’.&", r) {
			return false
		}
	}
	return true
}

// ScanNumbers finds every numeric expression in text, non-overlapping and
// in order, so that no number in an article goes unaccounted for. Each span
// covers hedge, currency, number, scale and unit word ("approximately
// US$230 billion", "12 per cent", "next five years", "two years ago") but
// not the counted noun ("279" of "279 projects", with Unit "count").
//
// Only numbers at word boundaries are found: digits inside identifiers
// ("b77dc0c3", "COVID-19", "v1.2.3") are not numbers. Cardinal words count,
// including "one" used as a pronoun; word ordinals ("first") are skipped,
// because they rarely carry a figure, while digit ordinals ("21st") are
// reported with Kind "ordinal" so that no digits go unseen.
func ScanNumbers(text string) []Quantity {
	var out []Quantity
	scanNumbers(text, func(q Quantity) { out = append(out, q) })
	return out
}

// scanNumbers is ScanNumbers handing each expression to each in turn, for
// callers that need not keep them all (coverage, over every article).
func scanNumbers(text string, each func(Quantity)) {
	for i := 0; i < len(text); {
		if startsExpr(text, i) {
			if q, end, ok := parseExpr(text, i); ok && end > i {
				q.Text, q.Start, q.End = text[i:end], i, end
				each(q)
				i = end
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if isWordRune(r) {
			// No expression starts inside a word (startsExpr wants a
			// boundary before it): skip to its end rather than test each
			// of its letters, most of a scan.
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) {
					break
				}
				i += n
			}
		}
	}
}

// startsExpr reports whether an expression may start at i: at a word
// boundary, on a digit, sign, currency sign or a word that can open one.
func startsExpr(s string, i int) bool {
	if i > 0 {
		prev, n := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(prev) {
			return false
		}
		// "COVID-19", "v1.2", "b7/3": a number glued by punctuation to a
		// word or number is part of an identifier.
		if strings.ContainsRune(".-/:–", prev) {
			pp, _ := utf8.DecodeLastRuneInString(s[:i-n])
			if i-n > 0 && isWordRune(pp) {
				return false
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= '0' && r <= '9', r == '$', r == '₩', r == '+', r == '-', r == '−':
		return true
	case unicode.IsLetter(r):
		w, _ := wordAt(s, i)
		return isStarter(w)
	}
	return false
}

// isStarter is starterWords[strings.ToLower(w)] without building the
// lower-case word: the scanner asks it of every word in every article.
func isStarter(w string) bool {
	var buf [24]byte
	lower := buf[:0]
	for _, r := range w {
		lower = utf8.AppendRune(lower, unicode.ToLower(r))
		if len(lower) > maxStarterLen {
			return false
		}
	}
	return starterWords[string(lower)]
}

// maxStarterLen is the longest of starterWords, in bytes.
var maxStarterLen = func() int {
	n := 0
	for w := range starterWords {
		n = max(n, len(w))
	}
	return n
}()

// starterWords are the words an expression can begin with.
var starterWords = func() map[string]bool {
	m := map[string]bool{"a": true, "us": true, "usd": true, "vnd": true, "vnđ": true, "krw": true}
	for w := range smallNumbers {
		m[w] = true
	}
	for _, h := range hedges {
		m[strings.Fields(h.words)[0]] = true
	}
	for _, w := range relativeWords {
		m[w] = true
	}
	for w := range monthNames {
		m[w] = true
	}
	return m
}()

// parseExpr parses one expression at i and returns it (without Text or
// span) and its end. The parts are tried in reading order: date or time;
// else hedge, relative word, currency sign, numeral, then unit.
func parseExpr(s string, i int) (Quantity, int, bool) {
	if q, end, ok := parseDateTime(s, i); ok {
		return q, end, true
	}
	q := Quantity{Qualifier: Exact, Kind: kindQuantity}
	j := i
	if qual, k, ok := matchHedge(s, j); ok {
		q.Qualifier, j = qual, k
	}
	relative := false
	if k, ok := matchRelative(s, j); ok {
		relative, j = true, k
	}
	q.Unit, j = matchCurrencyPrefix(s, j)
	n, ok := parseNumeral(s, j, q.Unit != "")
	if !ok {
		return q, i, false
	}
	q.Value = n.val
	end := n.end
	switch {
	case n.ordinal:
		q.Kind = kindOrdinal
	case n.decade:
		q.Kind = kindYear
	case !n.tail:
		if n.rng {
			q.Kind = kindRange
		}
		end = applyUnit(s, &q, end)
	}
	if relative {
		// "next", "last" only qualify spans of time; "the last 500 units" is
		// left for the scanner to find as "500".
		if q.Unit != "years" && q.Unit != "months" && q.Unit != "days" {
			return q, i, false
		}
		q.Relative = true
	}
	if n.plain4 && q.Kind == kindQuantity && q.Qualifier == Exact && !relative && isYear(s, i, q) {
		q.Kind, q.Unit = kindYear, ""
	}
	return q, end, true
}

// isYear: four bare digits in 1900–2100 with no unit are a year; followed
// by a noun they are a count ("2000 workers") unless a preposition that
// takes a date precedes them ("in 2024 budgets").
func isYear(s string, i int, q Quantity) bool {
	if q.Value < 1900 || q.Value > 2100 {
		return false
	}
	switch q.Unit {
	case "":
		return true
	case "count":
		return yearPrepositions[strings.ToLower(prevWord(s, i))]
	}
	return false
}

// prevWord returns the word before i, across spaces.
func prevWord(s string, i int) string {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	return s[k:j]
}

// matchHedge and matchRelative try their phrases only when the word at i
// could open one (starterWords): they run at every word the scanner meets.
func matchHedge(s string, i int) (Qualifier, int, bool) {
	if !startsPhrase(s, i) {
		return "", i, false
	}
	for _, h := range hedges {
		if k, ok := matchWords(s, i, h.words, true); ok && skipSpaces(s, k) > k {
			return h.q, skipSpaces(s, k), true
		}
	}
	return "", i, false
}

func matchRelative(s string, i int) (int, bool) {
	if !startsPhrase(s, i) {
		return i, false
	}
	for _, w := range relativeWords {
		if k, ok := matchWords(s, i, w, true); ok && skipSpaces(s, k) > k {
			return skipSpaces(s, k), true
		}
	}
	return i, false
}

// startsPhrase reports whether the word at i may be one a hedge or
// relative phrase begins with. Non-ASCII words are let through: matchWords
// compares with strings.EqualFold, under which "ſome" is "some".
func startsPhrase(s string, i int) bool {
	w, _ := wordAt(s, i)
	for j := 0; j < len(w); j++ {
		if w[j] >= utf8.RuneSelf {
			return true
		}
	}
	return w != "" && phraseStarts[strings.ToLower(w)]
}

var phraseStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range hedges {
		w, _ := nextField(h.words)
		m[w] = true
	}
	for _, w := range relativeWords {
		m[w] = true
	}
	return m
}()

// matchCurrencyPrefix reads "US$", "$", "₩" or a currency code before an
// amount. "$" alone means US dollars, as in the sources.
func matchCurrencyPrefix(s string, i int) (string, int) {
	for _, c := range []struct{ sign, unit string }{{"US$", "USD"}, {"$", "USD"}, {"₩", "KRW"}} {
		if strings.HasPrefix(s[i:], c.sign) {
			return c.unit, skipSpaces(s, i+len(c.sign))
		}
	}
	for _, c := range []struct{ code, unit string }{{"USD", "USD"}, {"VND", "VND"}, {"VNĐ", "VND"}, {"KRW", "KRW"}} {
		if !strings.HasPrefix(s[i:], c.code) {
			continue
		}
		k := i + len(c.code)
		if k < len(s) && isDigit(s[k]) {
			return c.unit, k
		}
		if j := skipSpaces(s, k); j > k {
			return c.unit, j
		}
	}
	return "", i
}
