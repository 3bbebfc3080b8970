package data

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Vocabulary of numeric expressions. Everything is matched case-insensitively
// on whole words, so "Nearly 20" and "nearly 20" read the same and "ten"
// never matches inside "often".

// smallNumbers are the cardinal words below twenty and the tens.
var smallNumbers = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scaleWords multiply what precedes them: the value is the power of ten.
var scaleWords = map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
	"mln": 6, "mn": 6, "bln": 9, "bn": 9, "tn": 12,
}

// attachedScales are suffixes written onto the digits ("$100M", "5bn").
// Lower-case "m" is accepted only after a currency sign, where it cannot be
// metres.
var attachedScales = map[string]int{"K": 3, "k": 3, "M": 6, "B": 9, "bn": 9, "mn": 6, "tn": 12}

// hedges are the words that qualify a number, longest first so that
// "more than" wins over a shorter match.
var hedges = []struct {
	words string
	q     Qualifier
}{
	{"more than", MoreThan}, {"an estimated", About}, {"up to", UpTo},
	{"close to", Nearly}, {"approximately", About}, {"nearly", Nearly},
	{"almost", Nearly}, {"over", Over}, {"about", About}, {"around", About},
	{"roughly", About}, {"some", About},
}

// relativeWords make a span of time relative to publication when they
// precede it ("the next five years", "the last five years").
var relativeWords = []string{"next", "last", "past", "coming", "previous"}

// timeUnits are the nouns of duration, with their unit and multiplier:
// "three decades" is 30 years and "two weeks" 14 days.
var timeUnits = map[string]struct {
	unit string
	mul  float64
}{
	"year": {"years", 1}, "years": {"years", 1}, "yr": {"years", 1}, "yrs": {"years", 1},
	"decade": {"years", 10}, "decades": {"years", 10},
	"month": {"months", 1}, "months": {"months", 1},
	"week": {"days", 7}, "weeks": {"days", 7},
	"day": {"days", 1}, "days": {"days", 1},
}

// currencyWords follow an amount ("10 trillion VND", "5 billion won").
var currencyWords = []struct{ words, unit string }{
	{"US dollars", "USD"}, {"dollars", "USD"}, {"USD", "USD"},
	{"VND", "VND"}, {"VNĐ", "VND"}, {"dong", "VND"}, {"đồng", "VND"},
	{"KRW", "KRW"}, {"won", "KRW"},
}

// percentWords follow a number ("12 per cent", "11 percent").
var percentWords = []string{"per cent", "percent", "pct", "percentage points", "percentage point"}

// notNouns are words that may follow a bare number without being what it
// counts, so "in 2007 and" or "For one, its" stay unit-less.
var notNouns = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "nor": true, "but": true,
	"the": true, "to": true, "than": true, "in": true, "on": true, "at": true,
	"by": true, "from": true, "for": true, "with": true, "as": true, "of": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true,
	"this": true, "that": true, "these": true, "those": true, "which": true,
	"who": true, "while": true, "into": true, "over": true, "under": true,
	"after": true, "before": true, "since": true, "until": true, "per": true,
	"each": true, "its": true, "their": true, "so": true, "if": true,
}

// yearPrepositions before a four-digit number mark it as a year even when a
// noun follows ("in 2024 budgets").
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true,
	"before": true, "after": true, "from": true, "during": true, "of": true,
}

// monthNames map full names and common abbreviations to month numbers.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// parseWordNumber reads a cardinal written in words at i: "five",
// "twenty-five", "a hundred", "one hundred and twenty", "two million".
// Ordinals ("first") are not cardinals and do not match.
func parseWordNumber(s string, i int) (float64, int, bool) {
	var total, group float64
	end, last, lastScale := i, "", 100
	j := i
	for {
		w, k := wordAt(s, j)
		lw := strings.ToLower(w)
		v, small := smallNumbers[lw]
		exp, scale := scaleWords[lw]
		switch {
		case w == "":
			return total + group, end, end > i
		case small && wordFollows(last, v):
			group += float64(v)
			last = smallKind(v)
		case lw == "a" && last == "" && nextIsScale(s, k):
			group, last = 1, "a"
		case scale && lw == "hundred" && (last == "unit" || last == "teen" || last == "a"):
			group *= 100
			last = "hundred"
		case scale && exp > 2 && exp < lastScale && last != "" && last != "scale":
			total += group * pow10(exp)
			group, last, lastScale = 0, "scale", exp
		default:
			return total + group, end, end > i
		}
		if last != "a" {
			end = k
		}
		j = nextNumberWord(s, k, last)
	}
}

// wordFollows reports whether a small number v may follow a word of kind
// last: "twenty-five" yes, "five five" no.
func wordFollows(last string, v int64) bool {
	switch last {
	case "", "hundred", "scale", "and":
		return true
	case "tens":
		return v >= 1 && v <= 9
	}
	return false
}

func smallKind(v int64) string {
	switch {
	case v < 10:
		return "unit"
	case v < 20:
		return "teen"
	}
	return "tens"
}

// nextNumberWord skips the separator after a number word: one space, or a
// hyphen after tens ("twenty-five"), or " and " after hundred/scale.
func nextNumberWord(s string, k int, last string) int {
	if last == "tens" && k < len(s) && s[k] == '-' {
		return k + 1
	}
	j := skipSpaces(s, k)
	if j == k {
		return len(s) + 1 // no separator: the number has ended
	}
	if last == "hundred" || last == "scale" {
		if w, e := wordAt(s, j); strings.EqualFold(w, "and") {
			if e2 := skipSpaces(s, e); e2 > e {
				return e2
			}
		}
	}
	return j
}

func nextIsScale(s string, k int) bool {
	w, _ := wordAt(s, skipSpaces(s, k))
	_, ok := scaleWords[strings.ToLower(w)]
	return ok && skipSpaces(s, k) > k
}

func pow10(exp int) float64 {
	v := 1.0
	for range exp {
		v *= 10
	}
	return v
}

// wordAt returns the run of letters at i (empty if none) and its end.
func wordAt(s string, i int) (string, int) {
	if i < 0 || i >= len(s) {
		return "", i
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// matchWords matches a phrase of one or more words at i (case-insensitively
// when fold is set), allowing any run of spaces between words and requiring
// a word boundary after it. It returns the end of the match.
//
// The phrase's words are taken one at a time rather than with
// strings.Fields: the scanner tries every hedge and unit phrase at every
// word of an article, and a slice per try was a fifth of verifying a large
// dataset.
func matchWords(s string, i int, phrase string, fold bool) (int, bool) {
	j := i
	for n, rest := 0, phrase; ; n++ {
		var want string
		if want, rest = nextField(rest); want == "" {
			break
		}
		if n > 0 {
			k := skipSpaces(s, j)
			if k == j {
				return i, false
			}
			j = k
		}
		w, k := wordAt(s, j)
		if w != want && (!fold || !strings.EqualFold(w, want)) {
			return i, false
		}
		j = k
	}
	return j, !wordCharAt(s, j)
}

// nextField returns the first space-separated word of s and what follows
// it, as strings.Fields would split s (it is used on ASCII phrases).
func nextField(s string) (string, string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' {
		j++
	}
	return s[i:j], s[j:]
}

// skipSpaces skips spaces, tabs and NBSPs (not newlines: an expression
// does not run across lines).
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += 2
		default:
			return i
		}
	}
	return i
}

// wordCharAt reports whether a letter, digit or underscore starts at i.
func wordCharAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
