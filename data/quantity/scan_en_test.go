package quantity

import "testing"

// The cases today's scanner (data.ScanNumbers) is tested on, read the way
// it reads them, with what the new engine adds: skip reasons, nouns, rates.
func TestScanCompat(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"Thanh said South Korea had been listed as a top five-investor in Đà Nẵng, with 279 projects worth US$382 million.", []want{
			{text: "five", value: 5, unit: Count, kind: KindCount, noun: "investor", skip: true},
			{text: "279", value: 279, unit: Count, kind: KindCount, noun: "projects"},
			{text: "US$382 million", value: 382e6, unit: USD, kind: KindMoney}}},
		{"For the Vietnam, the initiative has attracted approximately US$230 billion worth of committed investments.", []want{
			{text: "approximately US$230 billion", value: 230e9, unit: USD, kind: KindMoney, qual: About}}},
		{"with revenues of US$1 billion, of which $150 million comes from software exports and is growing at an annual rate of 12 per cent a year.", []want{
			{text: "US$1 billion", value: 1e9, unit: USD, kind: KindMoney},
			{text: "$150 million", value: 150e6, unit: USD, kind: KindMoney},
			{text: "12 per cent a year", value: 12, unit: Percent, kind: KindRate, per: "year"}}},
		{"the city’s digital transformation and innovation plan 2025-30 as well", []want{
			{text: "2025-30", value: 2025, max: 2030, kind: KindPeriod, skip: true, date: "2025"}}},
		{"12/06/2024 \u00a0 \u00a0 44", []want{
			{text: "12/06/2024", value: 2024, kind: KindDate, skip: true, date: "2024-06-12", amb: "either way"},
			{text: "44", value: 44, kind: KindNumber}}},
		{"May 30, 2019 | 16:02", []want{
			{text: "May 30, 2019", value: 2019, kind: KindDate, skip: true, date: "2019-05-30"},
			{text: "16:02", value: 16 + 2.0/60, kind: KindTime, skip: true}}},
		{"jointly organized the first Vietnam - Korea Digital Forum in Seoul, Korea on August 2, 2024.", []want{
			{text: "August 2, 2024", value: 2024, kind: KindDate, skip: true, date: "2024-08-02"}}},
		{"Nearly 20 Vietnamese digital tech firms and 150 delegates from South Korean associations", []want{
			{text: "Nearly 20", value: 20, unit: Count, kind: KindCount, qual: Nearly, noun: "firms"},
			{text: "150", value: 150, unit: Count, kind: KindCount, noun: "delegates"}}},
		{"in 2018, Vietnam’s IT industry had a turnover of US$98.9 billion, a growth rate of eight per cent over the year before.", []want{
			{text: "2018", value: 2018, kind: KindYear, skip: true, date: "2018"},
			{text: "US$98.9 billion", value: 98.9e9, unit: USD, kind: KindMoney},
			{text: "eight per cent", value: 8, unit: Percent, kind: KindPercent}}},
		{"A central theme of the discussions was the “+1” model; over 30 Vietnamese firms", []want{
			{text: "+1", value: 1, kind: KindNumber},
			{text: "over 30", value: 30, unit: Count, kind: KindCount, qual: Over, noun: "firms"}}},
		{"South Korea’s position three decades ago. The first such centre was launched two years ago in Hanoi", []want{
			{text: "three decades ago", value: 30, unit: Years, kind: KindDuration, rel: true},
			{text: "two years ago", value: 2, unit: Years, kind: KindDuration, rel: true}}},
		{"which offers seven-month internships, with approximately 80% of participants securing jobs", []want{
			{text: "seven-month", value: 7, unit: Months, kind: KindDuration},
			{text: "approximately 80%", value: 80, unit: Percent, kind: KindPercent, qual: About}}},
		{"has lots of potential over the next 30 years, in the top 10 provinces with ICT revenue of more than $1 billion", []want{
			{text: "next 30 years", value: 30, unit: Years, kind: KindDuration, rel: true},
			{text: "10", value: 10, unit: Count, kind: KindCount, noun: "provinces", skip: true},
			{text: "more than $1 billion", value: 1e9, unit: USD, kind: KindMoney, qual: MoreThan}}},
		{"- South Korea Loses Appeal in $100M Arbitration Case; 100M users", []want{
			{text: "$100M", value: 1e8, unit: USD, kind: KindMoney},
			{text: "100M", value: 1e8, unit: Count, kind: KindCount, noun: "users"}}},
		{"For one, its ‘Make in Vietnam’ campaign launched in 2014.", []want{
			{text: "one", value: 1, kind: KindNumber, skip: true},
			{text: "2014", value: 2014, kind: KindYear, skip: true, date: "2014"}}},
		{"Files 000_b77dc0c3b0768d47.txt and COVID-19, v1.2.3 and 3a4b hold no figures; the first and second do not either.", nil},
		{"5G networks reached the 21st province", []want{
			{text: "5G", value: 5, kind: KindNumber, skip: true},
			{text: "21st", value: 21, kind: KindOrdinal, skip: true}}},
	})
}

// English reporting in the manner of Vietnam News, VnExpress International,
// VietnamPlus, Yonhap and the Korea Herald.
func TestScanEN(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"Samsung Electronics said it would invest an additional US$2.5 billion in its Thái Nguyên plant, raising its total to more than $20 billion.", []want{
			{text: "an additional US$2.5 billion"[14:], value: 2.5e9, unit: USD, kind: KindMoney},
			{text: "more than $20 billion", value: 20e9, unit: USD, kind: KindMoney, qual: MoreThan}}},
		{"The programme will train no more than 500 engineers a year, at a cost of 20 euros per trainee.", []want{
			{text: "no more than 500", value: 500, unit: Count, kind: KindRate, qual: UpTo, noun: "engineers", per: "year"},
			{text: "20 euros per trainee", value: 20, unit: EUR, kind: KindRate, per: "trainee"}}},
		{"Exports of electronics rose 12.4 per cent year-on-year to $14.3 billion in the first five months.", []want{
			{text: "12.4 per cent", value: 12.4, unit: Percent, kind: KindPercent},
			{text: "$14.3 billion", value: 14.3e9, unit: USD, kind: KindMoney},
			// "the first five months" is the period of the $14.3 billion.
			{text: "five months", value: 5, unit: Months, kind: KindDuration, skip: true}}},
		{"Unemployment fell to 2.2 per cent, down 0.1 percentage points from a year earlier.", []want{
			{text: "2.2 per cent", value: 2.2, unit: Percent, kind: KindPercent},
			{text: "0.1 percentage points", value: 0.1, unit: PercentPoint, kind: KindPercent}}},
		{"Between 5 and 10 per cent of the 4,000 jobs will go to women, officials said on June 12.", []want{
			{text: "Between 5 and 10 per cent", value: 5, max: 10, unit: Percent, kind: KindPercent},
			{text: "4,000", value: 4000, unit: Count, kind: KindCount, noun: "jobs"},
			{text: "June 12", kind: KindDate, skip: true, date: "--06-12"}}},
		{"The fund of US$20-30 million will back 300-500 startups over three to five years.", []want{
			{text: "US$20-30 million", value: 20e6, max: 30e6, unit: USD, kind: KindMoney},
			{text: "300-500", value: 300, max: 500, unit: Count, kind: KindCount, noun: "startups"},
			{text: "three to five years", value: 3, max: 5, unit: Years, kind: KindDuration}}},
		{"Chip sales jumped 26-fold, while memory prices rose from 20 to 30 per cent.", []want{
			{text: "26-fold", value: 26, unit: Multiplier, kind: KindMultiplier},
			{text: "from 20 to 30 per cent", value: 20, max: 30, unit: Percent, kind: KindPercent, amb: "change"}}},
		{"The park covers 500 hectares and offices of 20,000 square metres, about a third of which are let.", []want{
			{text: "500 hectares", value: 500, unit: Hectares, kind: KindArea},
			{text: "20,000 square metres", value: 20000, unit: SquareMetres, kind: KindArea},
			{text: "about a third", value: 1.0 / 3, unit: Fraction, kind: KindRatio, qual: About}}},
		{"Nvidia's market value hit $2.174T; analysts expect two and a half million units to ship.", []want{
			{text: "$2.174T", value: 2.174e12, unit: USD, kind: KindMoney},
			{text: "two and a half million", value: 2.5e6, unit: Count, kind: KindCount, noun: "units"}}},
		{"The S$5 million grant came on top of a $2 million fund.", []want{
			{text: "S$5 million", value: 5e6, unit: SGD, kind: KindMoney},
			{text: "$2 million", value: 2e6, unit: USD, kind: KindMoney, amb: "another dollar"}}},
		{"Call the hotline 1900 1234 or +84 24 3825 1234 to learn about the iPhone 15 and Galaxy Z Fold 5 offers.", []want{
			{text: "1900 1234", kind: KindNumber, skip: true},
			{text: "+84 24 3825 1234", kind: KindNumber, skip: true},
			{text: "15", value: 15, kind: KindNumber, skip: true},
			{text: "5", value: 5, unit: Count, kind: KindCount, noun: "offers", skip: true}}},
		{"Korea is Việt Nam's number one investor and the two-way trade reached $87 billion under the 2024 budget.", []want{
			{text: "one", value: 1, unit: Count, kind: KindCount, noun: "investor", skip: true},
			{text: "two", value: 2, unit: Count, kind: KindCount, noun: "way", skip: true},
			{text: "$87 billion", value: 87e9, unit: USD, kind: KindMoney},
			{text: "2024", value: 2024, kind: KindYear, skip: true}}},
		{"Industry 4.0 and Vision 2045 call for 50,000 engineers by 2030, up from 35,000 in 2023.", []want{
			{text: "4.0", value: 4, kind: KindNumber, skip: true},
			{text: "2045", value: 2045, kind: KindYear, skip: true},
			{text: "50,000", value: 50000, unit: Count, kind: KindCount, noun: "engineers"},
			{text: "2030", value: 2030, kind: KindYear, skip: true},
			{text: "35,000", value: 35000, kind: KindNumber},
			{text: "2023", value: 2023, kind: KindYear, skip: true}}},
		{"Half of the firms said they would hire at least 10 staff, but in the first half of 2024 fewer than 300 did.", []want{
			{text: "Half", value: 0.5, unit: Fraction, kind: KindRatio},
			{text: "at least 10", value: 10, unit: Count, kind: KindCount, qual: AtLeast, noun: "staff"},
			{text: "2024", value: 2024, kind: KindYear, skip: true},
			{text: "fewer than 300", value: 300, kind: KindNumber, qual: LessThan}}},
		{"Version 2.1 of the app, released at 9:30 a.m., was downloaded 1.2 million times in 48 hours.", []want{
			{text: "2.1", value: 2.1, kind: KindNumber, skip: true},
			{text: "9:30 a.m.", value: 9.5, kind: KindTime, skip: true},
			{text: "1.2 million", value: 1.2e6, unit: Count, kind: KindCount, noun: "times"},
			{text: "48 hours", value: 48, unit: Hours, kind: KindDuration}}},
		{"Shares rose 3x after a dividend of $0.50 a share; 2 or 3 million investors took part.", []want{
			{text: "3x", value: 3, unit: Multiplier, kind: KindMultiplier},
			{text: "$0.50 a share", value: 0.5, unit: USD, kind: KindRate, per: "share"},
			{text: "2", value: 2, kind: KindNumber, amb: "scale"},
			{text: "3 million", value: 3e6, unit: Count, kind: KindCount, noun: "investors"}}},
		{"Around 1/5 of the 1990s-era fibre will be replaced; 24/7 support costs €1.1 billion.", []want{
			{text: "Around 1/5", value: 0.2, unit: Fraction, kind: KindRatio, qual: About},
			{text: "1990s", value: 1990, kind: KindYear, skip: true},
			{text: "24/7", value: 24, kind: KindNumber, skip: true},
			{text: "€1.1 billion", value: 1.1e9, unit: EUR, kind: KindMoney}}},
		{"The fair ran 12-15 June 2024 and again on June 20-22; about 30 firms came.", []want{
			{text: "12-15 June 2024", value: 2024, max: 2024, kind: KindDate, skip: true, date: "2024-06-12"},
			{text: "June 20-22", kind: KindDate, skip: true, date: "--06-20"},
			{text: "about 30", value: 30, unit: Count, kind: KindCount, qual: About, noun: "firms"}}},
		{"Over 2,000 visitors came from 12 June 2024 to 15 June 2024, from 2021 to 2025 the total was 10 000.", []want{
			{text: "Over 2,000", value: 2000, unit: Count, kind: KindCount, qual: Over, noun: "visitors"},
			{text: "12 June 2024", kind: KindDate, value: 2024, skip: true, date: "2024-06-12"},
			{text: "15 June 2024", kind: KindDate, value: 2024, skip: true, date: "2024-06-15"},
			{text: "from 2021 to 2025", value: 2021, max: 2025, kind: KindPeriod, skip: true},
			{text: "10 000", value: 10000, kind: KindNumber}}},
	})
}
