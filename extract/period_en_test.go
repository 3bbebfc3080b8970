package extract

import (
	"testing"

	"ictdash/data/quantity"
)

const pubJune = "2024-06-12"

// English period cases: the clause's own date at its precision, else the
// publication date as an as-of.
var enPeriodCases = []periodCase{
	{pubJune, "The plant was put into operation in March 2015 with 1,200 workers.", "1,200", "2015-03", ""},
	{"2024-09-20", "As of August, Korean firms had registered 9,800 projects in Vietnam.", "9,800", "2024-08", ""},
	{pubJune, "As of August, Korean firms had registered 9,800 projects in Vietnam.", "9,800", "2023-08", ""},
	{pubJune, "Exports reached $5 billion in the first half of 2024.", "$5 billion", "2024-01/2024-06", ""},
	{pubJune, "The city aims to attract 50 firms by 2030.", "50", "2030", ""},
	{pubJune, "Korean investment rose 12 per cent in 2023.", "12 per cent", "2023", ""},
	{pubJune, "In the first phase (2013 -2023), 1,340 students graduated.", "1,340", "2013/2023", ""},
	{pubJune, "Over 2021-2025, the programme trained 10,000 engineers.", "10,000", "2021/2025", ""},
	{pubJune, "Exports rose 12 per cent last year to US$31.4 billion.", "US$31.4 billion", "2023", ""},
	{pubJune, "In the first quarter of 2024, exports reached $14 billion.", "$14 billion", "2024-01/2024-03", ""},
	{pubJune, "Disbursed FDI hit $10.8 billion in the first six months of 2024.", "$10.8 billion", "2024-01/2024-06", ""},
	{pubJune, "Samsung's revenue was $60 billion, up 5 per cent from 2022.", "$60 billion", pubJune, asReported},
	{pubJune, "The firm plans to hire 500 engineers next year.", "500", "2025", ""},
	{pubJune, "Exports reached $3.2 billion in May 2024.", "$3.2 billion", "2024-05", ""},
	{pubJune, "The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$600 billion", pubJune, asReported},
	{pubJune, "The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$800 billion", "2028", ""},
	{pubJune, "Korea has 9,800 projects in Vietnam.", "9,800", pubJune, asReported},
	{pubJune, "Exports rose 8 per cent in the second half of last year.", "8 per cent", "2023-07/2023-12", ""},
	{pubJune, "By the end of 2025, the centre will have trained 3,000 students.", "3,000", "2025", ""},
	{pubJune, "Exports totalled $9 billion in January.", "$9 billion", "2024-01", ""},
	{pubJune, "The firm will open 20 stores in October.", "20", "2024-10", ""},
	{pubJune, "Last August, Samsung hired 1,000 engineers.", "1,000", "2023-08", ""},
	{pubJune, "Exports to Korea were $5 billion in 2023, and imports will reach $7 billion in 2025.", "$5 billion", "2023", ""},
	{pubJune, "Exports to Korea were $5 billion in 2023, and imports will reach $7 billion in 2025.", "$7 billion", "2025", ""},
	{pubJune, "Korean firms invested $5 billion in Vietnam in 2023. Of this, $2 billion went to Bắc Ninh.", "$2 billion", "2023", ""},
	{pubJune, "Trade reached $79 billion in 2023, compared with $72 billion in 2022.", "$79 billion", "2023", ""},
	{pubJune, "Trade reached $79 billion in 2023, compared with $72 billion in 2022.", "$72 billion", "2022", ""},
	{pubJune, "Exports rose 10 per cent in the first half of this year.", "10 per cent", "2024-01/2024-06", ""},
	{pubJune, "Trade grew 9 per cent from last year.", "9 per cent", pubJune, asReported},
	{pubJune, "Over the next two to three years, each centre would train around 300 students a year.", "around 300", "2024/2027", ""},
	{pubJune, "LG Display, which opened its plant in 2016, currently employs 10,000 workers.", "10,000", pubJune, asReported},
	{"2024", "Korea has 9,800 projects in Vietnam.", "9,800", "2024", asReported},
}

var enPeriodLeaks = []string{"The company will open another plant in 2031.", "Last year it hired more."}

func TestPeriodEnglish(t *testing.T) {
	checkPeriod(t, quantity.EN, enPeriodCases, enPeriodLeaks)
}
