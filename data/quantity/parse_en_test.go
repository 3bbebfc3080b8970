package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// English values as written, as record files hold them.
func TestParseEN(t *testing.T) {
	runParse(t, EN, []parseCase{
		// Money: signs, codes and words, before or after.
		{"US$98.9 billion", want{value: 98.9e9, unit: USD, kind: KindMoney}},
		{"$800 million", want{value: 8e8, unit: USD, kind: KindMoney}},
		{"US$ 4.3 billion", want{value: 4.3e9, unit: USD, kind: KindMoney}},
		{"$100M", want{value: 1e8, unit: USD, kind: KindMoney}},
		{"$5m", want{value: 5e6, unit: USD, kind: KindMoney}},
		{"$2.174T", want{value: 2.174e12, unit: USD, kind: KindMoney}},
		{"$3.5bn", want{value: 3.5e9, unit: USD, kind: KindMoney}},
		{"US$250k", want{value: 250e3, unit: USD, kind: KindMoney}},
		{"VND 10 trillion", want{value: 10e12, unit: VND, kind: KindMoney}},
		{"VND10 trillion", want{value: 10e12, unit: VND, kind: KindMoney}},
		{"10 trillion VND", want{value: 10e12, unit: VND, kind: KindMoney}},
		{"VNĐ1.5 trillion", want{value: 1.5e12, unit: VND, kind: KindMoney}},
		{"KRW 5 billion", want{value: 5e9, unit: KRW, kind: KindMoney}},
		{"5 billion won", want{value: 5e9, unit: KRW, kind: KindMoney}},
		{"five billion won", want{value: 5e9, unit: KRW, kind: KindMoney}},
		{"10,000 won", want{value: 10000, unit: KRW, kind: KindMoney}},
		{"₩1.2 trillion", want{value: 1.2e12, unit: KRW, kind: KindMoney}},
		{"20 euros", want{value: 20, unit: EUR, kind: KindMoney}},
		{"€20", want{value: 20, unit: EUR, kind: KindMoney}},
		{"EUR 20", want{value: 20, unit: EUR, kind: KindMoney}},
		{"€1.1 billion", want{value: 1.1e9, unit: EUR, kind: KindMoney}},
		{"£10", want{value: 10, unit: GBP, kind: KindMoney}},
		{"10 pounds sterling", want{value: 10, unit: GBP, kind: KindMoney}},
		{"10 pounds", want{value: 10, unit: GBP, kind: KindMoney, amb: "weight"}},
		{"¥500 million", want{value: 5e8, unit: JPY, kind: KindMoney, amb: "yen or yuan"}},
		{"JP¥500 million", want{value: 5e8, unit: JPY, kind: KindMoney}},
		{"300 million yen", want{value: 3e8, unit: JPY, kind: KindMoney}},
		{"2 billion yuan", want{value: 2e9, unit: CNY, kind: KindMoney}},
		{"CNY 2 billion", want{value: 2e9, unit: CNY, kind: KindMoney}},
		{"S$5 million", want{value: 5e6, unit: SGD, kind: KindMoney}},
		{"HK$1 billion", want{value: 1e9, unit: HKD, kind: KindMoney}},
		{"one dollar", want{value: 1, unit: USD, kind: KindMoney}},
		{"1 billion US dollar", want{value: 1e9, unit: USD, kind: KindMoney}},
		{"5 million US dollars", want{value: 5e6, unit: USD, kind: KindMoney}},
		{"10 000 dollars", want{value: 10000, unit: USD, kind: KindMoney}},
		{"20 million dong", want{value: 20e6, unit: VND, kind: KindMoney}},
		// Values: separators, words, fractions.
		{"740,000", want{value: 740000, kind: KindNumber}},
		{"27,350,000", want{value: 27350000, kind: KindNumber}},
		{"2.5", want{value: 2.5, kind: KindNumber}},
		{".77", want{value: 0.77, kind: KindNumber}},
		{"500", want{value: 500, kind: KindNumber}},
		{"+1", want{value: 1, kind: KindNumber}},
		{"-2.5%", want{value: -2.5, unit: Percent, kind: KindPercent}},
		{"twenty-five", want{value: 25, kind: KindNumber}},
		{"a hundred", want{value: 100, kind: KindNumber}},
		{"one hundred and twenty", want{value: 120, kind: KindNumber}},
		{"two million five hundred thousand", want{value: 2.5e6, kind: KindNumber}},
		{"two and a half million", want{value: 2.5e6, kind: KindNumber}},
		{"a million and a half", want{value: 1.5e6, kind: KindNumber}},
		{"three billions", want{value: 3e9, kind: KindNumber}},
		{"a dozen", want{value: 12, kind: KindNumber}},
		{"two dozen", want{value: 24, kind: KindNumber}},
		{"half a million", want{value: 5e5, kind: KindNumber}},
		{"1/5", want{value: 0.2, unit: Fraction, kind: KindRatio}},
		{"3/4", want{value: 0.75, unit: Fraction, kind: KindRatio}},
		{"100M", want{value: 1e8, kind: KindNumber}},
		// Hedges with their direction.
		{"nearly 20", want{value: 20, kind: KindNumber, qual: Nearly}},
		{"Nearly 20", want{value: 20, kind: KindNumber, qual: Nearly}},
		{"almost 300", want{value: 300, kind: KindNumber, qual: Nearly}},
		{"over 30", want{value: 30, kind: KindNumber, qual: Over}},
		{"more than 10", want{value: 10, kind: KindNumber, qual: MoreThan}},
		{"more than $1 billion", want{value: 1e9, unit: USD, kind: KindMoney, qual: MoreThan}},
		{"no more than 7 euros", want{value: 7, unit: EUR, kind: KindMoney, qual: UpTo}},
		{"not more than 5%", want{value: 5, unit: Percent, kind: KindPercent, qual: UpTo}},
		{"approximately 80%", want{value: 80, unit: Percent, kind: KindPercent, qual: About}},
		{"About 250", want{value: 250, kind: KindNumber, qual: About}},
		{"around $3 million", want{value: 3e6, unit: USD, kind: KindMoney, qual: About}},
		{"roughly 1,500 jobs", want{value: 1500, unit: Count, kind: KindCount, qual: About, noun: "jobs"}},
		{"some 40 firms", want{value: 40, unit: Count, kind: KindCount, qual: About, noun: "firms"}},
		{"an estimated 200 firms", want{value: 200, unit: Count, kind: KindCount, qual: About, noun: "firms"}},
		{"up to 5", want{value: 5, kind: KindNumber, qual: UpTo}},
		{"at most 9", want{value: 9, kind: KindNumber, qual: UpTo}},
		{"a maximum of 30 days", want{value: 30, unit: Days, kind: KindDuration, qual: UpTo}},
		{"at least 5", want{value: 5, kind: KindNumber, qual: AtLeast}},
		{"no less than 40%", want{value: 40, unit: Percent, kind: KindPercent, qual: AtLeast}},
		{"no fewer than 300 students", want{value: 300, unit: Count, kind: KindCount, qual: AtLeast, noun: "students"}},
		{"a minimum of US$1 million", want{value: 1e6, unit: USD, kind: KindMoney, qual: AtLeast}},
		{"less than 3%", want{value: 3, unit: Percent, kind: KindPercent, qual: LessThan}},
		{"fewer than 100 engineers", want{value: 100, unit: Count, kind: KindCount, qual: LessThan, noun: "engineers"}},
		{"under 40", want{value: 40, kind: KindNumber, qual: LessThan}},
		{"below 2%", want{value: 2, unit: Percent, kind: KindPercent, qual: LessThan}},
		{"above 6%", want{value: 6, unit: Percent, kind: KindPercent, qual: Over}},
		{"topped $5 billion", want{value: 5e9, unit: USD, kind: KindMoney, qual: Over}},
		{"upwards of 2,000 visitors", want{value: 2000, unit: Count, kind: KindCount, qual: Over, noun: "visitors"}},
		{"in excess of US$500 million", want{value: 5e8, unit: USD, kind: KindMoney, qual: Over}},
		{"50 or more companies", want{value: 50, unit: Count, kind: KindCount, qual: AtLeast, noun: "companies"}},
		{"100 or fewer", want{value: 100, kind: KindNumber, qual: UpTo}},
		{"50-odd firms", want{value: 50, unit: Count, kind: KindCount, qual: About, noun: "firms"}},
		// Ranges keep both bounds; the second number's unit and scale apply to both.
		{"20-30%", want{value: 20, max: 30, unit: Percent, kind: KindPercent}},
		{"20–30%", want{value: 20, max: 30, unit: Percent, kind: KindPercent}},
		{"10-15 per cent", want{value: 10, max: 15, unit: Percent, kind: KindPercent}},
		{"US$20-30 million", want{value: 20e6, max: 30e6, unit: USD, kind: KindMoney}},
		{"$1.5-2 billion", want{value: 1.5e9, max: 2e9, unit: USD, kind: KindMoney}},
		{"$500 million to $1 billion", want{value: 5e8, max: 1e9, unit: USD, kind: KindMoney}},
		{"600 to 1,000", want{value: 600, max: 1000, kind: KindNumber}},
		{"between 5 and 10 per cent", want{value: 5, max: 10, unit: Percent, kind: KindPercent}},
		{"from 20 to 30 per cent", want{value: 20, max: 30, unit: Percent, kind: KindPercent}},
		{"50 to 80%", want{value: 50, max: 80, unit: Percent, kind: KindPercent}},
		{"20% to 30%", want{value: 20, max: 30, unit: Percent, kind: KindPercent}},
		{"five to 10 years", want{value: 5, max: 10, unit: Years, kind: KindDuration}},
		{"two to three million", want{value: 2e6, max: 3e6, kind: KindNumber}},
		{"about 20-30%", want{value: 20, max: 30, unit: Percent, kind: KindPercent, qual: About}},
		{"300-500 engineers", want{value: 300, max: 500, unit: Count, kind: KindCount, noun: "engineers"}},
		// Percent and percentage points.
		{"12 per cent", want{value: 12, unit: Percent, kind: KindPercent}},
		{"eight per cent", want{value: 8, unit: Percent, kind: KindPercent}},
		{"11 percent", want{value: 11, unit: Percent, kind: KindPercent}},
		{"0.3 percentage points", want{value: 0.3, unit: PercentPoint, kind: KindPercent}},
		{"1.5 percentage point", want{value: 1.5, unit: PercentPoint, kind: KindPercent}},
		{"2pp", want{value: 2, unit: PercentPoint, kind: KindPercent}},
		{"25 basis points", want{value: 0.25, unit: PercentPoint, kind: KindPercent}},
		// Durations.
		{"seven-month", want{value: 7, unit: Months, kind: KindDuration}},
		{"five-year", want{value: 5, unit: Years, kind: KindDuration}},
		{"30-year", want{value: 30, unit: Years, kind: KindDuration}},
		{"three decades", want{value: 30, unit: Years, kind: KindDuration}},
		{"two weeks", want{value: 14, unit: Days, kind: KindDuration}},
		{"48 hours", want{value: 48, unit: Hours, kind: KindDuration}},
		{"one and a half years", want{value: 1.5, unit: Years, kind: KindDuration}},
		{"two years ago", want{value: 2, unit: Years, kind: KindDuration, rel: true}},
		{"three decades ago", want{value: 30, unit: Years, kind: KindDuration, rel: true}},
		{"the next five years", want{value: 5, unit: Years, kind: KindDuration, rel: true}},
		{"last five years", want{value: 5, unit: Years, kind: KindDuration, rel: true}},
		{"last year", want{value: 1, unit: Years, kind: KindDuration, rel: true}},
		{"next month", want{value: 1, unit: Months, kind: KindDuration, rel: true}},
		// Rates, multipliers, areas.
		{"US$2 per share", want{value: 2, unit: USD, kind: KindRate, per: "share"}},
		{"$500 a month", want{value: 500, unit: USD, kind: KindRate, per: "month"}},
		{"12 per cent a year", want{value: 12, unit: Percent, kind: KindRate, per: "year"}},
		{"VND23,000 per dollar", want{value: 23000, unit: VND, kind: KindRate, per: "dollar"}},
		{"$3,000 per capita", want{value: 3000, unit: USD, kind: KindRate, per: "person"}},
		{"4,000 jobs a year", want{value: 4000, unit: Count, kind: KindRate, noun: "jobs", per: "year"}},
		{"US$1.2 billion annually", want{value: 1.2e9, unit: USD, kind: KindRate, per: "year"}},
		{"26-fold", want{value: 26, unit: Multiplier, kind: KindMultiplier}},
		{"threefold", want{value: 3, unit: Multiplier, kind: KindMultiplier}},
		{"3x", want{value: 3, unit: Multiplier, kind: KindMultiplier}},
		{"three times higher", want{value: 3, unit: Multiplier, kind: KindMultiplier}},
		{"500 hectares", want{value: 500, unit: Hectares, kind: KindArea}},
		{"1,200 ha", want{value: 1200, unit: Hectares, kind: KindArea}},
		{"20,000 square metres", want{value: 20000, unit: SquareMetres, kind: KindArea}},
		{"3,500 m2", want{value: 3500, unit: SquareMetres, kind: KindArea}},
		{"50 km²", want{value: 50, unit: SquareKm, kind: KindArea}},
		{"half of", want{value: 0.5, unit: Fraction, kind: KindRatio}},
		{"a third of", want{value: 1.0 / 3, unit: Fraction, kind: KindRatio}},
		{"two thirds", want{value: 2.0 / 3, unit: Fraction, kind: KindRatio}},
		{"three quarters of", want{value: 0.75, unit: Fraction, kind: KindRatio}},
		{"one in five", want{value: 0.2, unit: Fraction, kind: KindRatio}},
		{"fewer than one in 10", want{value: 0.1, unit: Fraction, kind: KindRatio, qual: LessThan}},
		{"two out of three", want{value: 2.0 / 3, unit: Fraction, kind: KindRatio}},
		{"twice", want{value: 2, unit: Multiplier, kind: KindMultiplier}},
		{"12.5m euros", want{value: 12.5e6, unit: EUR, kind: KindMoney}},
		{"5m people", want{value: 5e6, unit: Count, kind: KindCount, noun: "people", amb: "metres"}},
		{"42-year-old", want{value: 42, unit: Years, kind: KindDuration, skip: true}},
		{"45 years old", want{value: 45, unit: Years, kind: KindDuration, skip: true}},
		{"9am", want{value: 9, kind: KindTime, skip: true}},
		{"10 p.m.", want{value: 22, kind: KindTime, skip: true}},
		{"$2T", want{value: 2e12, unit: USD, kind: KindMoney}},
		{"2T", want{value: 2e12, kind: KindNumber, amb: "trillion"}},
		// Counts keep their noun.
		{"279 projects", want{value: 279, unit: Count, kind: KindCount, noun: "projects"}},
		{"five deals", want{value: 5, unit: Count, kind: KindCount, noun: "deals"}},
		{"29,000 projects", want{value: 29000, unit: Count, kind: KindCount, noun: "projects"}},
		{"34 South Korean startups", want{value: 34, unit: Count, kind: KindCount, noun: "startups"}},
		{"150 delegates", want{value: 150, unit: Count, kind: KindCount, noun: "delegates"}},
		{"2000 workers", want{value: 2000, unit: Count, kind: KindCount, noun: "workers"}},
		{"4,000 jobs", want{value: 4000, unit: Count, kind: KindCount, noun: "jobs"}},
		{"50,000 engineers", want{value: 50000, unit: Count, kind: KindCount, noun: "engineers"}},
		{"a dozen engineers", want{value: 12, unit: Count, kind: KindCount, noun: "engineers"}},
		{"5 million people", want{value: 5e6, unit: Count, kind: KindCount, noun: "people"}},
		// Numbers that are not quantities still parse, with the reason.
		{"2018", want{value: 2018, kind: KindYear, skip: true, date: "2018"}},
		{"1990s", want{value: 1990, kind: KindYear, skip: true, date: "1990"}},
		{"2025-30", want{value: 2025, max: 2030, kind: KindPeriod, skip: true, date: "2025"}},
		{"16:02", want{value: 16 + 2.0/60, kind: KindTime, skip: true}},
		{"12/06/2024", want{value: 2024, kind: KindDate, skip: true, date: "2024-06-12", amb: "either way round"}},
		{"2024-06-12", want{value: 2024, kind: KindDate, skip: true, date: "2024-06-12"}},
		{"August 2, 2024", want{value: 2024, kind: KindDate, skip: true, date: "2024-08-02"}},
		{"May 30, 2019", want{value: 2019, kind: KindDate, skip: true, date: "2019-05-30"}},
		{"2 August 2024", want{value: 2024, kind: KindDate, skip: true, date: "2024-08-02"}},
		{"21st", want{value: 21, kind: KindOrdinal, skip: true}},
	})
}

// Values that are no quantity are errors that name the text.
func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "foo", "the", "$", "US$ billion", "first", "5 and 6", "5, 6",
		"hundred", "twelvety", "b77dc0c3", "3a4b", "1.2.3", "nearly", "next 500 units", "a",
		"090-123-4567", "khoảng", "약"} {
		if got, err := Parse(in, EN); err == nil {
			t.Errorf("Parse(%q) = %+v, want an error", in, got)
		} else if !strings.Contains(err.Error(), fmt.Sprintf("%q", in)) {
			t.Errorf("Parse(%q) error does not name the text: %v", in, err)
		}
	}
}

// The separators of a language decide the value; with the language
// unknown, a reading either way is flagged.
func TestParseSeparators(t *testing.T) {
	for _, c := range []struct {
		in    string
		lang  Lang
		value float64
		amb   string
	}{
		{"10,000", EN, 10000, ""},
		{"10 000", EN, 10000, ""},
		{"10\u00a0000", EN, 10000, ""},
		{"1,234.5", EN, 1234.5, ""},
		{"2.5", EN, 2.5, ""},
		{"10.000", EN, 10, "group thousands"},
		{"2,5", EN, 2.5, "decimal comma"},
		{"10.000", VI, 10000, ""},
		{"1.234.567,8", VI, 1234567.8, ""},
		{"2,5", VI, 2.5, ""},
		{"1.5", VI, 1.5, ""},
		{"10,000", VI, 10000, "group thousands"},
		{"1,250", VI, 1.25, "group thousands"},
		{"1,234.5", VI, 1234.5, ""},
		{"27,350,000", KO, 27350000, ""},
		{"3.5", KO, 3.5, ""},
		{"1.000", Unknown, 1000, "language is not known"},
		{"1.250", Unknown, 1.25, "language is not known"},
		{"1,000", Unknown, 1000, "language is not known"},
		{"1.000.000", Unknown, 1e6, ""},
		{"1,000,000", Unknown, 1e6, ""},
		{"1.234,5", Unknown, 1234.5, ""},
	} {
		got, err := Parse(c.in, c.lang)
		if err != nil {
			t.Errorf("Parse(%q, %s): %v", c.in, c.lang, err)
			continue
		}
		if !same(got.Value, c.value) || (c.amb == "") != (got.Ambiguous == "") || !strings.Contains(got.Ambiguous, c.amb) {
			t.Errorf("Parse(%q, %s) = %v (ambiguous %q), want %v (%q)", c.in, c.lang, got.Value, got.Ambiguous, c.value, c.amb)
		}
	}
}
