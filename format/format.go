// Package format turns figures into display text shared by the dashboard and
// the text and markdown briefings: numbers with their units and hedges,
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

// currency prefixes, as the sources write them ("US$382 million").
var currency = map[string]string{"USD": "US$", "VND": "VND ", "KRW": "₩"}

// shortCurrency are the one-glyph prefixes compact labels use ("$98.9B").
var shortCurrency = map[string]string{"USD": "$", "VND": "₫", "KRW": "₩"}

// Value returns a figure's number in display form with its unit:
// "US$98.9 billion", "29,000", "33.3%", "7 months". It ignores the qualifier;
// see Qualified.
func Value(f *data.Figure) string {
	if f == nil {
		return ""
	}
	return Amount(f.Value, f.Unit)
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
	case "years", "months", "days":
		n := decimal(x, 1)
		if n == "1" || n == "-1" {
			return n + " " + strings.TrimSuffix(unit, "s")
		}
		return n + " " + unit
	case "":
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
