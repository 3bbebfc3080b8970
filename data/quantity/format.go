package quantity

import (
	"fmt"
	"strconv"
	"strings"
)

// Format writes q in English such that Parse(Format(q), EN) reads the
// same value, upper bound, unit, kind, qualifier, noun, rate and relative
// flag back: "about US$382 million", "20% to 30%", "740,000 people",
// "12% per year", "26-fold", "1/5", "12 June 2024". Dates without a year
// and quarters are written but do not read back whole.
func Format(q Quantity) string {
	switch q.Kind {
	case KindDate:
		return formatDate(q.Date)
	case KindYear:
		if q.Skip == skipDecade {
			return fmt.Sprintf("%ds", q.Date.Year)
		}
		return strconv.Itoa(int(q.Value))
	case KindPeriod:
		return fmt.Sprintf("%d to %d", int(q.Value), int(q.Max))
	case KindTime:
		h := int(q.Value)
		return fmt.Sprintf("%d:%02d", h, int((q.Value-float64(h))*60+0.5))
	case KindOrdinal:
		return ordinal(int(q.Value))
	}
	var b strings.Builder
	if w := q.Qualifier.English(); w != "" {
		if q.Qualifier == Over && q.Unit.Kind() == KindDuration {
			w = "upwards of" // "over five years" may mean during them
		}
		b.WriteString(w + " ")
	}
	b.WriteString(amount(q.Value, q.Unit))
	if q.IsRange() {
		b.WriteString(" to ")
		b.WriteString(amount(q.Max, q.Unit))
	}
	if q.Unit == Count && q.Noun != "" {
		b.WriteString(" " + q.Noun)
	}
	if q.Per != "" {
		b.WriteString(" per " + q.Per)
	}
	if q.Relative {
		b.WriteString(" ago")
	}
	return b.String()
}

// currencySigns are the prefixes Format writes.
var currencySigns = map[Unit]string{
	USD: "US$", EUR: "€", GBP: "£", JPY: "JP¥", CNY: "CN¥", KRW: "₩", VND: "VND ",
	SGD: "S$", AUD: "A$", HKD: "HK$", TWD: "NT$", CAD: "C$",
}

// amount writes one value with its unit.
func amount(v float64, u Unit) string {
	if sign, ok := currencySigns[u]; ok {
		if v < 0 {
			return "-" + sign + scaled(-v)
		}
		return sign + scaled(v)
	}
	n := grouped(v)
	switch u {
	case Percent:
		return n + "%"
	case PercentPoint:
		return n + " percentage points"
	case Years, Months, Days, Hours:
		return n + " " + string(u)
	case Hectares:
		return n + " hectares"
	case SquareMetres:
		return n + " square metres"
	case SquareKm:
		return n + " square kilometres"
	case Multiplier:
		return n + "-fold"
	case Fraction:
		return fraction(v)
	}
	return n
}

// scaled writes an amount of money with a scale word when one reads back
// exactly ("382 million"), else in digits.
func scaled(v float64) string {
	for _, sc := range []struct {
		word string
		exp  int
	}{{"trillion", 12}, {"billion", 9}, {"million", 6}} {
		m := v / pow10(sc.exp)
		if m < 1 {
			continue
		}
		t := strconv.FormatFloat(m, 'f', -1, 64)
		if back, err := strconv.ParseFloat(t+"e"+strconv.Itoa(sc.exp), 64); err == nil && back == v {
			return grouped(m) + " " + sc.word
		}
	}
	return grouped(v)
}

func pow10(e int) float64 {
	v := 1.0
	for range e {
		v *= 10
	}
	return v
}

// grouped writes v in digits with commas between thousands ("1,234.5").
func grouped(v float64) string {
	t := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	intPart, frac, hasFrac := strings.Cut(t, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

// fraction writes v as a/b with the smallest denominator up to 100.
func fraction(v float64) string {
	for d := 2; d <= 100; d++ {
		n := v * float64(d)
		if r := float64(int(n + 0.5)); r > 0 && abs(n-r) < 1e-9 {
			if back := r / float64(d); back == v {
				return fmt.Sprintf("%d/%d", int(r), d)
			}
		}
	}
	return grouped(v)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// formatDate writes a date in English at its precision.
func formatDate(d Date) string {
	switch {
	case d.Month == 0 && d.Day == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0 && d.Year != 0:
		return MonthName(d.Month) + " " + strconv.Itoa(d.Year)
	case d.Day == 0:
		return MonthName(d.Month)
	case d.Year == 0:
		return fmt.Sprintf("%d %s", d.Day, MonthName(d.Month))
	}
	return fmt.Sprintf("%d %s %d", d.Day, MonthName(d.Month), d.Year)
}
