package quantity

import "testing"

// English reporting the engine misread or missed: years after a hedge that
// is a preposition, ages, quarters and fiscal years, spans of dates with
// "to", the Korea Times' W for the won, "-plus" after money, areas written
// as modifiers or in imperial units, fractions without "of", splits and
// scores, ratios, ranks with a hyphen, names by number, codes with a
// leading zero, and measures the engine has no unit for, which it flags.

func TestProbeYearsDatesEN(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"FDI inflows totalled $36.6 billion, a 32.1% increase over 2022.", []want{
			{text: "$36.6 billion", value: 36.6e9, unit: USD, kind: KindMoney},
			{text: "32.1%", value: 32.1, unit: Percent, kind: KindPercent},
			{text: "2022", value: 2022, kind: KindYear, skip: true, date: "2022"}}},
		{"Around 2025, the market for AI chips will double.", []want{
			{text: "2025", value: 2025, kind: KindYear, skip: true, date: "2025", amb: "may be a number"}}},
		{"Samsung's Q3 2024 results beat forecasts, and SK hynix's Q2 operating profit hit W5.47 trillion.", []want{
			{text: "Q3 2024", value: 2024, kind: KindDate, skip: true, date: "2024"},
			{text: "W5.47 trillion", value: 5.47e12, unit: KRW, kind: KindMoney}}},
		{"In H1 2024 exports rose, and in FY2023 the company earned $2 billion; FY25 looks better.", []want{
			{text: "H1 2024", value: 2024, kind: KindDate, skip: true, date: "2024"},
			{text: "FY2023", value: 2023, kind: KindYear, skip: true, date: "2023"},
			{text: "$2 billion", value: 2e9, unit: USD, kind: KindMoney},
			{text: "FY25", value: 2025, kind: KindYear, skip: true, date: "2025"}}},
		{"The fair runs from Oct. 10 to 12, and the forum on Sept 12 and 13, 2024.", []want{
			{text: "Oct. 10 to 12", kind: KindDate, skip: true, date: "--10-10"},
			{text: "Sept 12 and 13, 2024", value: 2024, kind: KindDate, skip: true, date: "2024-09-12"}}},
		{"The conference runs 12 to 15 June 2024 in Hanoi.", []want{
			{text: "12 to 15 June 2024", value: 2024, max: 2024, kind: KindDate, skip: true, date: "2024-06-12"}}},
		{"From January to June 2024, exports rose 15%; in the January-June 2024 period imports fell.", []want{
			{text: "January to June 2024", value: 2024, kind: KindDate, skip: true, date: "2024-01"},
			{text: "15%", value: 15, unit: Percent, kind: KindPercent},
			{text: "January-June 2024", value: 2024, kind: KindDate, skip: true, date: "2024-01"}}},
		{"The meeting on 3/12 was put off.", []want{
			{text: "3/12", kind: KindDate, skip: true, date: "--12-03", amb: "either way"}}},
		{"In the first 20 days of May, exports jumped 15 percent; the project took 20 days.", []want{
			{text: "20 days", value: 20, unit: Days, kind: KindDuration, skip: true},
			{text: "15 percent", value: 15, unit: Percent, kind: KindPercent},
			{text: "20 days", value: 20, unit: Days, kind: KindDuration}}},
		// Pinned: a date and then a count stay two readings.
		{"On June 12 and 300 firms signed.", []want{
			{text: "June 12", kind: KindDate, skip: true, date: "--06-12"},
			{text: "300", value: 300, unit: Count, kind: KindCount, noun: "firms"}}},
	})
}

func TestProbeAgesNamesEN(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"Kim, 52, said the firm would hire 2,000 more staff.", []want{
			{text: "52", value: 52, unit: Years, kind: KindDuration, skip: true},
			{text: "2,000", value: 2000, unit: Count, kind: KindCount, noun: "staff"}}},
		{"Workers aged 18-25 and those aged between 15 and 24 are eligible.", []want{
			{text: "18-25", value: 18, max: 25, unit: Years, kind: KindDuration, skip: true},
			{text: "between 15 and 24", value: 15, max: 24, unit: Years, kind: KindDuration, skip: true}}},
		{"Korea is among Vietnam's top-three trading partners, in the twenty-first century.", []want{
			{text: "three", value: 3, unit: Count, kind: KindCount, noun: "partners", skip: true},
			{text: "twenty-first", value: 21, kind: KindOrdinal, skip: true}}},
		{"Chapter 3 describes it, and National Highway 5 connects the two cities.", []want{
			{text: "3", value: 3, kind: KindNumber, skip: true},
			{text: "5", value: 5, kind: KindNumber, skip: true},
			{text: "two", value: 2, unit: Count, kind: KindCount, noun: "cities"}}},
		{"Samsung Electronics (005930.KS) shares rose 2%.", []want{
			{text: "005930", value: 5930, kind: KindNumber, skip: true},
			{text: "2%", value: 2, unit: Percent, kind: KindPercent}}},
		{"The partners set up a 50-50 joint venture; the match ended 2-1; a 50/50 split.", []want{
			{text: "50-50", value: 50, kind: KindNumber, skip: true},
			{text: "2-1", value: 2, kind: KindNumber, skip: true},
			{text: "50/50", value: 50, kind: KindNumber, skip: true}}},
		{"The forum opened at 8.30am at 54 Nguyen Chi Thanh Street and closed at 10.30 pm.", []want{
			{text: "8.30am", value: 8.5, kind: KindTime, skip: true},
			{text: "54", value: 54, kind: KindNumber, skip: true},
			{text: "10.30 pm", value: 22.5, kind: KindTime, skip: true}}},
		// Pinned: a list after commas is no age.
		{"Samsung, 12, LG, 5.", []want{
			{text: "12", value: 12, kind: KindNumber},
			{text: "5", value: 5, kind: KindNumber}}},
	})
}

func TestProbeAmountsEN(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"The deal was valued at $1 billion-plus, and a $500m-plus loan followed.", []want{
			{text: "$1 billion-plus", value: 1e9, unit: USD, kind: KindMoney, qual: AtLeast},
			{text: "$500m-plus", value: 5e8, unit: USD, kind: KindMoney, qual: AtLeast}}},
		{"The 1.5-billion-USD project covers a 200,000-sq-m site and a 3-square-kilometre park.", []want{
			{text: "1.5-billion-USD", value: 1.5e9, unit: USD, kind: KindMoney},
			{text: "200,000-sq-m", value: 2e5, unit: SquareMetres, kind: KindArea},
			{text: "3-square-kilometre", value: 3, unit: SquareKm, kind: KindArea}}},
		{"The plant covers 5,000sq m and offices 12,000 sq.m.", []want{
			{text: "5,000sq m", value: 5000, unit: SquareMetres, kind: KindArea},
			{text: "12,000 sq.m.", value: 12000, unit: SquareMetres, kind: KindArea}}},
		{"The plant has 50,000 square feet of floor space on 20 acres.", []want{
			{text: "50,000 square feet", value: 50000 * 0.09290304, unit: SquareMetres, kind: KindArea},
			{text: "20 acres", value: 20 * 0.40468564224, unit: Hectares, kind: KindArea}}},
		{"A quarter of a million dollars was raised for three quarters of a million people.", []want{
			{text: "A quarter of a million dollars", value: 250000, unit: USD, kind: KindMoney},
			{text: "three quarters of a million", value: 750000, unit: Count, kind: KindCount, noun: "people"}}},
		{"Trade rose by a fifth and costs were cut by half; nearly a third.", []want{
			{text: "a fifth", value: 0.2, unit: Fraction, kind: KindRatio},
			{text: "half", value: 0.5, unit: Fraction, kind: KindRatio},
			{text: "nearly a third", value: 1.0 / 3, unit: Fraction, kind: KindRatio, qual: Nearly}}},
		{"One out of every three workers is under 30, a ratio of 1:3.", []want{
			{text: "One out of every three", value: 1.0 / 3, unit: Fraction, kind: KindRatio},
			{text: "under 30", value: 30, qual: LessThan, kind: KindNumber},
			{text: "1:3", value: 1.0 / 3, unit: Fraction, kind: KindRatio}}},
		{"Revenue rose 8% p.a., or $5bn a year on average, after a 90-minute meeting.", []want{
			{text: "8% p.a.", value: 8, unit: Percent, kind: KindRate, per: "year"},
			{text: "$5bn a year", value: 5e9, unit: USD, kind: KindRate, per: "year"},
			{text: "90-minute", value: 1.5, unit: Hours, kind: KindDuration}}},
		{"It was slightly over 50% and a little over $2bn.", []want{
			{text: "slightly over 50%", value: 50, unit: Percent, kind: KindPercent, qual: Over},
			{text: "a little over $2bn", value: 2e9, unit: USD, kind: KindMoney, qual: Over}}},
		{"The 1,200MW plant, a 300-MW solar farm and 1 Gbps links.", []want{
			{text: "1,200MW", value: 1200, unit: Count, kind: KindCount, noun: "MW", amb: "measure"},
			{text: "300", value: 300, unit: Count, kind: KindCount, noun: "MW", amb: "measure"},
			{text: "1", value: 1, unit: Count, kind: KindCount, noun: "Gbps", amb: "measure"}}},
		{"Over 2,000 came, and the iPhone 16 sold 3 million units.", []want{
			{text: "Over 2,000", value: 2000, kind: KindNumber, qual: Over},
			{text: "16", value: 16, kind: KindNumber, skip: true},
			{text: "3 million", value: 3e6, unit: Count, kind: KindCount, noun: "units"}}},
		{"Vietnam, S.Korea target $150b trade as Samsung adds US$1.2b; margins up 1.2ppt after a 25bp cut.", []want{
			{text: "$150b", value: 150e9, unit: USD, kind: KindMoney},
			{text: "US$1.2b", value: 1.2e9, unit: USD, kind: KindMoney},
			{text: "1.2ppt", value: 1.2, unit: PercentPoint, kind: KindPercent},
			{text: "25bp", value: 0.25, unit: PercentPoint, kind: KindPercent}}},
		{"Vision 2030 aims for a $1.2 bil. fund.", []want{
			{text: "2030", value: 2030, kind: KindYear, skip: true, date: "2030", amb: "count of aims"},
			{text: "$1.2 bil", value: 1.2e9, unit: USD, kind: KindMoney}}},
		{"The surplus was the largest in 3 1/2 years; the population shrank in 2024 to 51.2 million.", []want{
			{text: "3 1/2 years", value: 3.5, unit: Years, kind: KindDuration},
			{text: "2024", value: 2024, kind: KindYear, skip: true, date: "2024"},
			{text: "51.2 million", value: 51.2e6, kind: KindNumber}}},
		// Pinned: a change and its level, a scale shared by a range.
		{"Exports rose 12% to $3.4bn, and the fund will invest US$1.2-1.5 billion.", []want{
			{text: "12%", value: 12, unit: Percent, kind: KindPercent},
			{text: "$3.4bn", value: 3.4e9, unit: USD, kind: KindMoney},
			{text: "US$1.2-1.5 billion", value: 1.2e9, max: 1.5e9, unit: USD, kind: KindMoney}}},
	})
}
