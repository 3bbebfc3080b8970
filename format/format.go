// Package format turns figures into display text shared by the dashboard and
// the text and markdown briefings: numbers with their units, ranges, nouns
// and hedges, wording that keeps what the source says (a need, a plan, a
// commitment, a forecast, our arithmetic), derived figures rounded to the
// precision of their inputs, the caveat a record's note puts on a number,
// statuses, periods and compact chart labels. It knows nothing of terminals
// or styling, so every output path words a figure the same way.
//
// Numbers are always written in positional notation ("US$800 billion",
// "740,000"), never in Go's scientific notation, because a reader of a
// briefing must never see "8e+11".
package format

import (
	"math"
	"strconv"
	"strings"

	"ictdash/data"
)

// scale is a power of ten money and compact labels are expressed in.
type scale struct {
	size        float64
	word, short string
}

// scales run largest first so the first one a value reaches wins.
var scales = []scale{{1e12, "trillion", "T"}, {1e9, "billion", "B"}, {1e6, "million", "M"}}

// currency prefixes, as the sources write them ("US$382 million"); a
// currency without a sign of its own is written with its code, which the
// number engine reads back.
var currency = map[string]string{"USD": "US$", "VND": "VND ", "KRW": "₩", "EUR": "€", "GBP": "£", "JPY": "¥",
	"CNY": "CNY ", "SGD": "SGD ", "AUD": "AUD ", "HKD": "HKD ", "TWD": "TWD ", "CAD": "CAD "}

// shortCurrency are the one-glyph prefixes compact labels use ("$98.9B").
var shortCurrency = map[string]string{"USD": "$", "VND": "₫", "KRW": "₩"}

// Value returns a figure's number in display form with its unit, the
// counted noun and a rate's denominator: "US$98.9 billion", "29,000",
// "279 projects", "US$20–30 million" (a range), "US$2 per share", "12% a
// year", "7 months". It ignores the qualifier; see Qualified.
func Value(f *data.Figure) string {
	if f == nil {
		return ""
	}
	return valueOf(f, f.Value)
}

// valueOf is Value with the number v in place of the figure's own (a
// derived figure rounded to its inputs' precision).
func valueOf(f *data.Figure, v float64) string {
	s := Amount(v, f.Unit)
	if f.ValueMax != 0 && f.ValueMax > f.Value && v == f.Value {
		s = Range(f.Value, f.ValueMax, f.Unit)
	}
	return s + tail(f.Unit, f.Noun, f.Per)
}

// tail is what follows a number: the noun it counts ("279 projects") and
// the denominator of a rate ("per share", "a year").
func tail(unit, noun, per string) string {
	s := ""
	if noun = strings.TrimSpace(noun); noun != "" && (unit == "count" || unit == "") {
		s = " " + noun
	}
	switch per = strings.TrimSpace(per); per {
	case "":
	case "year", "month", "week", "day", "hour":
		s += " a " + per
	default:
		s += " per " + per
	}
	return s
}

// Range writes a range's two bounds in one unit, the scale chosen by the
// upper bound: "US$20–30 million", "US$0.5–1.2 billion", "20–30%",
// "4,000–5,000", "2–3 years".
func Range(lo, hi float64, unit string) string {
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return "n/a"
	}
	if prefix, ok := currency[unit]; ok {
		for _, sc := range scales {
			if roundTo(hi/sc.size, 3) >= 1 {
				return prefix + decimal(roundTo(lo/sc.size, 3), 3) + "–" + decimal(roundTo(hi/sc.size, 3), 3) + " " + sc.word
			}
		}
		return prefix + decimal(lo, 2) + "–" + decimal(hi, 2)
	}
	switch unit {
	case "percent":
		return decimal(lo, 1) + "–" + decimal(hi, 1) + "%"
	case "count", "":
		return decimal(lo, 2) + "–" + decimal(hi, 2)
	}
	// The unit follows the upper bound: "2–3 years", "10–20 hectares".
	one := Amount(hi, unit)
	_, word, _ := strings.Cut(one, " ")
	if word == "" || strings.HasSuffix(one, "-fold") {
		return decimal(lo, 3) + "–" + one
	}
	return decimal(lo, 3) + "–" + decimal(hi, 3) + " " + plural(word)
}

// plural makes a unit word plural for a range ("1 year" → "years").
func plural(word string) string {
	switch word {
	case "year", "month", "day", "hour", "hectare", "percentage point":
		return word + "s"
	}
	return word
}

// Amount formats a bare number in unit the way Value does, for values that
// are not a figure's own (a source's wording, a chart total).
func Amount(x float64, unit string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "n/a"
	}
	if prefix, ok := currency[unit]; ok {
		return money(prefix, x)
	}
	switch unit {
	case "percent":
		return decimal(x, 1) + "%"
	case "count":
		return decimal(x, 2)
	case "years", "months", "days", "hours", "hectares":
		n := decimal(x, 1)
		if unit == "hectares" {
			n = decimal(x, 3)
		}
		if n == "1" || n == "-1" {
			return n + " " + strings.TrimSuffix(unit, "s")
		}
		return n + " " + unit
	case "percentage_points":
		if n := decimal(x, 2); n != "1" && n != "-1" {
			return n + " percentage points"
		}
		return decimal(x, 2) + " percentage point"
	case "m2":
		return decimal(x, 3) + " m²"
	case "km2":
		return decimal(x, 3) + " km²"
	case "times":
		return decimal(x, 2) + "-fold"
	case "", "fraction":
		return decimal(x, 3)
	}
	return decimal(x, 3) + " " + unit
}

// money writes an amount in words above a million (at most three decimals,
// as sources do: "US$5.1 billion") and in full with separators below it.
func money(prefix string, x float64) string {
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	for _, sc := range scales {
		// Compare after rounding so 999,999,999 reads "1 billion", not
		// "1,000 million".
		if r := roundTo(x/sc.size, 3); r >= 1 {
			return sign + prefix + decimal(r, 3) + " " + sc.word
		}
	}
	return sign + prefix + decimal(x, 2)
}

// Short is a compact label for chart axes and bars: "$98.9B", "$800M",
// "740k", "80%", "30y". It keeps three significant digits, enough to tell
// bars apart without crowding a narrow chart.
func Short(x float64, unit string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "n/a"
	}
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	if prefix, ok := shortCurrency[unit]; ok {
		return sign + prefix + compact(x)
	}
	switch unit {
	case "percent":
		return sign + sig3(x) + "%"
	case "years":
		return sign + sig3(x) + "y"
	case "months":
		return sign + sig3(x) + "mo"
	case "days":
		return sign + sig3(x) + "d"
	}
	return sign + compact(x)
}

// compact scales a non-negative number to T, B, M or k.
func compact(x float64) string {
	for _, sc := range append(scales, scale{1e3, "thousand", "k"}) {
		if r := roundSig(x/sc.size, 3); r >= 1 {
			return sig3(x/sc.size) + sc.short
		}
	}
	return sig3(x)
}

// sig3 writes x to three significant digits, trailing zeros trimmed.
func sig3(x float64) string {
	return decimal(roundSig(x, 3), 3)
}

// roundSig rounds x to n significant digits.
func roundSig(x float64, n int) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	digits := int(math.Floor(math.Log10(math.Abs(x)))) + 1
	return roundTo(x, max(0, n-digits))
}

// roundTo rounds x to prec decimal places.
func roundTo(x float64, prec int) float64 {
	p := math.Pow(10, float64(prec))
	return math.Round(x*p) / p
}

// decimal writes x with at most prec decimals, trailing zeros trimmed and
// thousands grouped. FormatFloat's 'f' verb never uses an exponent.
func decimal(x float64, prec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "n/a"
	}
	s := strconv.FormatFloat(x, 'f', prec, 64)
	neg := strings.HasPrefix(s, "-")
	whole, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	out := group(whole)
	if frac = strings.TrimRight(frac, "0"); frac != "" {
		out += "." + frac
	}
	if neg && out != "0" { // -0.0001 rounds to "0", not "-0"
		out = "-" + out
	}
	return out
}

// group inserts thousands separators into a run of digits.
func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	lead := len(digits) % 3
	if lead == 0 {
		lead = 3
	}
	b.WriteString(digits[:lead])
	for i := lead; i < len(digits); i += 3 {
		b.WriteByte(',')
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}
