package quantity

import "testing"

// English reporting the engine still misread after the first round: a
// rate written after an amount and its conversion in parentheses, "per US
// dollar" and "per square metre", "tln" and a glued "tr" for trillion, the
// verb "number", the verbs "exceed" and "fell short of", "rose by A to B"
// (a change and its level), measures in the singular or before a
// direction, "30-some", Reuters' "3-1/2", and "from 2 times".

func TestProbeRatesEN2(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"Salaries average VND15 million (US$615) a month for engineers.", []want{
			{text: "VND15 million", value: 15e6, unit: VND, kind: KindRate, per: "month"},
			{text: "US$615", value: 615, unit: USD, kind: KindRate, per: "month"}}},
		{"Tickets cost 50,000 won ($38) per person, and rent is VND 500,000 ($20) per square metre.", []want{
			{text: "50,000 won", value: 50000, unit: KRW, kind: KindRate, per: "person"},
			{text: "$38", value: 38, unit: USD, kind: KindRate, per: "person"},
			{text: "VND 500,000", value: 500000, unit: VND, kind: KindRate, per: "m2"},
			{text: "$20", value: 20, unit: USD, kind: KindRate, per: "m2"}}},
		{"The dong traded at 25,400 per US dollar, and the won at 1,350 won per U.S. dollar.", []want{
			{text: "25,400 per US dollar", value: 25400, kind: KindRate, per: "dollar"},
			{text: "1,350 won per U.S. dollar", value: 1350, unit: KRW, kind: KindRate, per: "dollar"}}},
		// Pinned: a conversion with no rate after it stays an amount.
		{"Seoul pledged 2 trillion won (about US$1.5 billion) for the project.", []want{
			{text: "2 trillion won", value: 2e12, unit: KRW, kind: KindMoney},
			{text: "about US$1.5 billion", value: 1.5e9, unit: USD, kind: KindMoney, qual: About}}},
	})
}

func TestProbeAmountsEN2(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"Samsung Q3 profit jumps 274% to 9.18 tln won", []want{
			{text: "274%", value: 274, unit: Percent, kind: KindPercent},
			{text: "9.18 tln won", value: 9.18e12, unit: KRW, kind: KindMoney}}},
		{"Korea pours W1.2tr into Vietnam chip fund as the US pledges $1.5tr", []want{
			{text: "W1.2tr", value: 1.2e12, unit: KRW, kind: KindMoney},
			{text: "$1.5tr", value: 1.5e12, unit: USD, kind: KindMoney}}},
		{"The cost could exceed $2 billion, but sales fell short of 1 trillion won.", []want{
			{text: "exceed $2 billion", value: 2e9, unit: USD, kind: KindMoney, qual: Over},
			{text: "fell short of 1 trillion won", value: 1e12, unit: KRW, kind: KindMoney, qual: LessThan}}},
		{"The expo drew 30-some exhibitors and 50-odd buyers.", []want{
			{text: "30-some", value: 30, unit: Count, kind: KindCount, qual: About, noun: "exhibitors"},
			{text: "50-odd", value: 50, unit: Count, kind: KindCount, qual: About, noun: "buyers"}}},
		{"Inflation hit its lowest in 3-1/2 years, and output grew 2-1/2 times.", []want{
			{text: "3-1/2 years", value: 3.5, unit: Years, kind: KindDuration},
			{text: "2-1/2 times", value: 2.5, unit: Multiplier, kind: KindMultiplier}}},
		{"The ratio fell to 1.5 times from 2 times last year.", []want{
			{text: "1.5 times", value: 1.5, unit: Multiplier, kind: KindMultiplier},
			{text: "2 times", value: 2, unit: Multiplier, kind: KindMultiplier}}},
		{"The 100-megawatt data centre sits 40 km west of Hanoi.", []want{
			{text: "100", value: 100, unit: Count, kind: KindCount, noun: "megawatt", amb: "measure"},
			{text: "40", value: 40, unit: Count, kind: KindCount, noun: "km", amb: "measure"}}},
	})
}

func TestProbeChangesRanksEN2(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"The staff rose by 1,200 to 12,500, and sales rose 200 to 1,500 units.", []want{
			{text: "1,200", value: 1200, kind: KindNumber},
			{text: "12,500", value: 12500, kind: KindNumber},
			{text: "200", value: 200, kind: KindNumber},
			{text: "1,500", value: 1500, unit: Count, kind: KindCount, noun: "units"}}},
		{"Prices rose by 5% to 10%.", []want{
			{text: "5% to 10%", value: 5, max: 10, unit: Percent, kind: KindPercent, amb: "level reached"}}},
		// Pinned: a unit written once after both numbers is a range's.
		{"Costs were cut by 10 to 15 percent.", []want{
			{text: "10 to 15 percent", value: 10, max: 15, unit: Percent, kind: KindPercent}}},
		{"Vietnamese students in Korea number 43,000, and foreign workers now number more than 1 million.", []want{
			{text: "43,000", value: 43000, kind: KindNumber},
			{text: "more than 1 million", value: 1e6, kind: KindNumber, qual: MoreThan}}},
		// Pinned: "number" after an article or a possessive is a rank.
		{"Vietnam is the number 3 market and Korea's number 1 partner.", []want{
			{text: "3", value: 3, unit: Count, kind: KindCount, noun: "market", skip: true},
			{text: "1", value: 1, unit: Count, kind: KindCount, noun: "partner", skip: true}}},
	})
}
