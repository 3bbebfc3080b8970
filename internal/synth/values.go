package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"ictdash/data"
)

// quantity is a number as an article writes it, with what it must read as.
// The value is computed the way the loader reads digits (mantissa and
// power of ten through strconv.ParseFloat), independently of the parser,
// so `ictdash check` really tests the parser against intent.
type quantity struct {
	hedge string // "", "about", "more than", …; "an estimated" for estimates
	num   string // the number with its currency, scale and unit or noun
	value float64
	unit  string
	qual  data.Qualifier
}

// text is the quantity as written, capitalised when it opens a sentence.
func (q quantity) text(capital bool) string {
	s := q.num
	if q.hedge != "" {
		s = q.hedge + " " + q.num
	}
	if capital {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// hedges are the qualifiers articles use, weighted by how often.
var hedges = []struct {
	words string
	q     data.Qualifier
}{
	{"", data.Exact}, {"", data.Exact}, {"", data.Exact}, {"", data.Exact},
	{"about", data.About}, {"around", data.About}, {"approximately", data.About},
	{"over", data.Over}, {"more than", data.MoreThan}, {"more than", data.MoreThan},
	{"nearly", data.Nearly}, {"almost", data.Nearly}, {"close to", data.Nearly},
	{"up to", data.UpTo},
}

// hedge picks a qualifier suited to a status: estimates say "an
// estimated", targets are often "up to".
func hedge(rng *rand.Rand, status data.Status) (string, data.Qualifier) {
	switch {
	case status == data.Estimate:
		return "an estimated", data.About
	case status == data.Target && rng.IntN(2) == 0:
		return "up to", data.UpTo
	}
	h := hedges[rng.IntN(len(hedges))]
	return h.words, h.q
}

// newQuantity writes a value of a unit class: "money", "percent", "count"
// (of noun) or "months".
func newQuantity(rng *rand.Rand, class, noun string, status data.Status) quantity {
	var q quantity
	q.hedge, q.qual = hedge(rng, status)
	switch class {
	case "money":
		q.num, q.value, q.unit = money(rng)
	case "percent":
		m := mantissa(rng, 1, 60, 3)
		q.num, q.value, q.unit = m+pick(rng, []string{" per cent", "%", " percent"}), parse(m, 0), "percent"
	case "count":
		n := roundCount(rng)
		digits := strconv.Itoa(n)
		q.num = commas(n) + " " + noun
		if n <= 20 && n >= 2 && rng.IntN(3) == 0 {
			q.num = smallWords[n] + " " + noun
		}
		q.value, q.unit = parse(digits, 0), "count"
	case "months":
		m := strconv.Itoa(3 + rng.IntN(34))
		q.num, q.value, q.unit = m+" months", parse(m, 0), "months"
	default:
		panic("unknown unit class " + class)
	}
	return q
}

// money writes an amount in US dollars (mostly), Vietnamese đồng or won.
func money(rng *rand.Rand) (string, float64, string) {
	switch r := rng.IntN(20); {
	case r < 2: // VND, of the size Vietnamese projects report
		if rng.IntN(2) == 0 {
			m := mantissa(rng, 1, 900, 4)
			return m + " billion " + pick(rng, []string{"VND", "đồng"}), parse(m, 9), "VND"
		}
		m := mantissa(rng, 1, 40, 3)
		return "VND" + m + " trillion", parse(m, 12), "VND"
	case r < 3: // KRW
		m := mantissa(rng, 1, 900, 4)
		if rng.IntN(2) == 0 {
			return "₩" + m + " billion", parse(m, 9), "KRW"
		}
		return m + " billion won", parse(m, 9), "KRW"
	}
	sign := pick(rng, []string{"US$", "US$", "US$", "$"})
	if rng.IntN(5) < 3 {
		m := mantissa(rng, 1, 900, 4)
		if sign == "$" && rng.IntN(3) == 0 {
			return "$" + m + "m", parse(m, 6), "USD"
		}
		return sign + m + " million", parse(m, 6), "USD"
	}
	m := mantissa(rng, 1, 40, 2)
	return sign + m + " billion", parse(m, 9), "USD"
}

// mantissa is an integer in [lo, hi], or one with one decimal place in
// one case out of oneIn.
func mantissa(rng *rand.Rand, lo, hi, oneIn int) string {
	n := lo + rng.IntN(hi-lo+1)
	if rng.IntN(oneIn) == 0 && n < hi {
		return fmt.Sprintf("%d.%d", n, 1+rng.IntN(9))
	}
	return strconv.Itoa(n)
}

// roundCount is a count of two significant digits between 5 and ~50,000.
func roundCount(rng *rand.Rand) int {
	x := math.Pow(10, 0.7+rng.Float64()*4)
	mag := math.Pow(10, math.Max(0, math.Floor(math.Log10(x))-1))
	return max(5, int(math.Round(x/mag)*mag))
}

// commas groups digits by thousands, as the articles do: always, so that a
// count such as 2000 is never read as a year.
func commas(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// parse reads mantissa × 10^exp exactly as data's digit parser does.
func parse(m string, exp int) float64 {
	v, err := strconv.ParseFloat(m+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		panic(err)
	}
	return v
}

func itoa(n int) string { return strconv.Itoa(n) }
