package data

import (
	"strconv"
	"strings"
)

// numeral is the number part of an expression: digits or words with any
// scale, before units.
type numeral struct {
	val     float64
	end     int
	plain4  bool // exactly four digits, nothing else: may be a year
	rng     bool // "2025-30"
	ordinal bool // "21st"
	decade  bool // "1990s"
	tail    bool // digits glued to letters ("5G"): reported, not interpreted
}

// parseNumeral reads digits ("740,000", "98.9", "+1", "2025-30", "$100M")
// or words ("twenty-five") at i, then scale words ("5.1 billion"). money
// says a currency sign precedes, which lets "m" mean million ("$5m").
func parseNumeral(s string, i int, money bool) (numeral, bool) {
	if i >= len(s) {
		return numeral{}, false
	}
	sign := ""
	switch {
	case s[i] == '+' || s[i] == '-':
		sign, i = s[i:i+1], i+1
	case strings.HasPrefix(s[i:], "−"):
		sign, i = "-", i+len("−")
	}
	if i >= len(s) || !isDigit(s[i]) {
		if sign != "" {
			return numeral{}, false
		}
		v, end, ok := parseWordNumber(s, i)
		return numeral{val: v, end: end}, ok && !wordCharAt(s, end)
	}
	mant, end := scanDigits(s, i)
	if end+1 < len(s) && s[end] == '.' && isDigit(s[end+1]) {
		return numeral{}, false // a version or address: "1.2.3"
	}
	n := numeral{end: end, plain4: sign == "" && end-i == 4 && len(mant) == 4}
	exp, ok := digitsSuffix(s, &n, money)
	if !ok {
		return numeral{}, false
	}
	if !n.ordinal && !n.decade && !n.tail {
		exp += scaleSuffix(s, &n)
	}
	v, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return numeral{}, false // out of range: not a figure
	}
	if sign == "-" {
		v = -v
	}
	n.val = v
	return n, true
}

// scanDigits reads "740,000" or "5.1" at i and returns the digits without
// thousands separators. A comma groups only when exactly three digits
// follow, so "1,5" is two numbers and "2018, 2019" stays apart.
func scanDigits(s string, i int) (string, int) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	var b strings.Builder
	b.WriteString(s[i:j])
	for j-i <= 3 && j+4 <= len(s) && s[j] == ',' && allDigits(s[j+1:j+4]) &&
		(j+4 == len(s) || !isDigit(s[j+4])) {
		b.WriteString(s[j+1 : j+4])
		i, j = j+1, j+4 // each group is exactly three digits
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		b.WriteString(s[j:k])
		j = k
	}
	return b.String(), j
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// digitsSuffix handles what is glued to the digits: a range's second
// number, an attached scale ("100M"), an ordinal or decade suffix, or other
// letters ("5G"). It returns the scale exponent, or false for an identifier
// ("3a4", "000_b77").
func digitsSuffix(s string, n *numeral, money bool) (int, bool) {
	e := n.end
	for _, dash := range []string{"-", "–"} {
		if !strings.HasPrefix(s[e:], dash) || e+len(dash) >= len(s) || !isDigit(s[e+len(dash)]) {
			continue
		}
		_, e2 := scanDigits(s, e+len(dash))
		if wordCharAt(s, e2) || (e2+1 < len(s) && strings.ContainsRune("-–.", rune(s[e2])) && isDigit(s[e2+1])) {
			return 0, false // "090-123-4567", "1-2a"
		}
		n.end, n.rng, n.plain4 = e2, true, false
		return 0, true
	}
	w, we := wordAt(s, e)
	switch {
	case w == "":
		return 0, !wordCharAt(s, e)
	case wordCharAt(s, we):
		return 0, false
	}
	plain := n.plain4
	n.end, n.plain4 = we, false
	if exp, ok := attachedScales[w]; ok || (money && w == "m") {
		if w == "m" {
			exp = 6
		}
		return exp, true
	}
	switch w {
	case "st", "nd", "rd", "th":
		n.ordinal = true
	case "s":
		n.decade = plain // "1990s"
		n.tail = !plain
	default:
		n.tail = true
	}
	return 0, true
}

// scaleSuffix reads spaced scale words after digits ("5.1 billion",
// "10 trillion") and returns their exponent.
func scaleSuffix(s string, n *numeral) int {
	exp := 0
	for {
		k := skipSpaces(s, n.end)
		w, e := wordAt(s, k)
		x, ok := scaleWords[strings.ToLower(w)]
		if k == n.end || !ok || wordCharAt(s, e) {
			return exp
		}
		exp += x
		n.end, n.plain4 = e, false
	}
}

// applyUnit reads the unit after the number: percent, a currency word, a
// duration ("30 years", "seven-month", "two years ago"), or else a following
// noun that makes the number a count. It returns the new end; a counted
// noun is not part of the span.
func applyUnit(s string, q *Quantity, end int) int {
	k := skipSpaces(s, end)
	spaced := k > end
	switch {
	case q.Unit != "":
		return end
	case k < len(s) && s[k] == '%':
		q.Unit = "percent"
		return k + 1
	}
	if spaced {
		for _, w := range percentWords {
			if e, ok := matchWords(s, k, w, true); ok {
				q.Unit = "percent"
				return e
			}
		}
		for _, c := range currencyWords {
			if e, ok := matchWords(s, k, c.words, false); ok {
				q.Unit = c.unit
				return e
			}
		}
	}
	if e, ok := applyDuration(s, q, end, k, spaced); ok {
		return e
	}
	w, _ := wordAt(s, k)
	if hyphen := !spaced && strings.HasPrefix(s[end:], "-"); hyphen {
		w, _ = wordAt(s, end+1)
	} else if !spaced {
		w = ""
	}
	if w != "" && !notNouns[strings.ToLower(w)] {
		q.Unit = "count"
	}
	return end
}

// applyDuration reads "30 years", "three decades ago" or the hyphenated
// adjective "seven-month".
func applyDuration(s string, q *Quantity, end, k int, spaced bool) (int, bool) {
	at := k
	if !spaced {
		if !strings.HasPrefix(s[end:], "-") {
			return end, false
		}
		at = end + 1
	}
	w, e := wordAt(s, at)
	tu, ok := timeUnits[strings.ToLower(w)]
	if !ok || wordCharAt(s, e) {
		return end, false
	}
	q.Unit, q.Value = tu.unit, q.Value*tu.mul
	if spaced {
		if a, ok := matchWords(s, skipSpaces(s, e), "ago", true); ok && skipSpaces(s, e) > e {
			q.Relative = true
			return a, true
		}
	}
	return e, true
}
