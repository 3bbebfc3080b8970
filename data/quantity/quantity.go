// Package quantity reads the numbers of news reporting in English,
// Vietnamese and Korean: amounts of money, percentages and percentage
// points, counts with their noun, durations, rates, multipliers, areas,
// ranges with both bounds, hedges with their direction, and dates that keep
// year, month and day. Numbers that are not quantities (years, dates,
// ordinals, ranks, names, phone and version numbers) are reported too, with
// the reason, so that no number in a text goes unseen.
//
// A reading that could be wrong is never returned as certain: Quantity's
// Ambiguous field says why another reading is possible. The package imports
// nothing of ictdash.
package quantity

// Quantity is one number as written in a text, normalised.
//
// Value is in base units: US$382 million is 382000000 USD, eight per cent
// is 8 percent, three decades is 30 years, two weeks is 14 days. For a range
// ("20-30%") Value is the lower bound and Max the upper; for anything else
// Max equals Value, so Max is always the upper bound (see IsRange).
type Quantity struct {
	Text       string    // as written: text[Start:End]
	Start, End int       // byte offsets into the scanned text
	Value      float64   // the value, or a range's lower bound
	Max        float64   // a range's upper bound; equal to Value when not a range
	Unit       Unit      // what Value counts; "" for a bare number
	Kind       Kind      // what sort of number this is
	Qualifier  Qualifier // how the text hedges it: Exact unless a hedge says otherwise
	Noun       string    // the counted noun ("jobs"; 명 → "people"), when Kind is Count or Rate
	Per        string    // a rate's denominator ("share", "month", "year", "person")
	Relative   bool      // a span of time relative to publication: "two years ago", "the next five years"
	Date       Date      // for Kind Date, Year and Period (its first year)
	Skip       string    // why this number is not a quantity (a year, an ordinal, a rank …); "" for a quantity
	Ambiguous  string    // why the reading may be wrong; "" when it is certain
}

// IsRange reports whether q has two bounds ("20-30%", "between 5 and 10").
func (q Quantity) IsRange() bool { return q.Max != q.Value }

// IsSkipped reports whether q is a number that is not a quantity (see Skip).
func (q Quantity) IsSkipped() bool { return q.Skip != "" }

// IsMoney reports whether q is an amount of money (or a rate of money).
func (q Quantity) IsMoney() bool { return q.Unit.IsCurrency() }

// Kind says what sort of number a Quantity is.
type Kind string

// The kinds of Quantity. The first nine are quantities; KindDate, KindYear,
// KindPeriod, KindTime and KindOrdinal are numbers a scan reports as skipped.
const (
	KindNumber     Kind = "number"     // a bare number with no unit: "500", "one"
	KindCount      Kind = "count"      // a number of things: "279 projects", "74만 명"
	KindMoney      Kind = "money"      // an amount of a currency
	KindPercent    Kind = "percent"    // percent or percentage points
	KindDuration   Kind = "duration"   // years, months, days, hours
	KindArea       Kind = "area"       // hectares, square metres, square kilometres
	KindMultiplier Kind = "multiplier" // "26-fold", "gấp 3 lần", "3배"
	KindRatio      Kind = "ratio"      // a fraction: "a third", "1/5", "two thirds"
	KindRate       Kind = "rate"       // anything per something: "US$2 per share", "12% a year"
	KindDate       Kind = "date"       // a calendar date, at the precision written
	KindYear       Kind = "year"       // a year or decade: "2018", "1990s", "2024년"
	KindPeriod     Kind = "period"     // a span of years: "2025-30", "from 2021 to 2025"
	KindTime       Kind = "time"       // a time of day: "16:02"; Value in hours
	KindOrdinal    Kind = "ordinal"    // "21st", "4차", "thứ 5"
)

// Unit is what a Quantity's Value counts.
type Unit string

// Units. Currencies are ISO 4217 codes.
const (
	None         Unit = ""
	USD          Unit = "USD"
	VND          Unit = "VND"
	KRW          Unit = "KRW"
	EUR          Unit = "EUR"
	GBP          Unit = "GBP"
	JPY          Unit = "JPY"
	CNY          Unit = "CNY"
	SGD          Unit = "SGD"
	AUD          Unit = "AUD"
	HKD          Unit = "HKD"
	TWD          Unit = "TWD"
	CAD          Unit = "CAD"
	Percent      Unit = "percent"
	PercentPoint Unit = "percentage_points"
	Count        Unit = "count"
	Years        Unit = "years"
	Months       Unit = "months"
	Days         Unit = "days"
	Hours        Unit = "hours"
	Hectares     Unit = "hectares"
	SquareMetres Unit = "m2"
	SquareKm     Unit = "km2"
	Multiplier   Unit = "times"
	Fraction     Unit = "fraction"
)

// Units lists every unit a Quantity may carry, None excepted.
func Units() []Unit {
	return []Unit{USD, VND, KRW, EUR, GBP, JPY, CNY, SGD, AUD, HKD, TWD, CAD,
		Percent, PercentPoint, Count, Years, Months, Days, Hours,
		Hectares, SquareMetres, SquareKm, Multiplier, Fraction}
}

// IsCurrency reports whether u is a currency.
func (u Unit) IsCurrency() bool {
	switch u {
	case USD, VND, KRW, EUR, GBP, JPY, CNY, SGD, AUD, HKD, TWD, CAD:
		return true
	}
	return false
}

// Kind returns the kind of a quantity measured in u.
func (u Unit) Kind() Kind {
	switch {
	case u.IsCurrency():
		return KindMoney
	case u == Percent || u == PercentPoint:
		return KindPercent
	case u == Years || u == Months || u == Days || u == Hours:
		return KindDuration
	case u == Hectares || u == SquareMetres || u == SquareKm:
		return KindArea
	case u == Multiplier:
		return KindMultiplier
	case u == Fraction:
		return KindRatio
	case u == Count:
		return KindCount
	}
	return KindNumber
}
