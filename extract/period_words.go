package extract

import "ictdash/data/quantity"

// periodWords are one language's words that date a figure without a
// numeral the quantity engine reads as a date, or that refine one: relative
// years and months, parts of a year, and the words that make a date a
// comparison base or a starting point rather than the figure's period.
type periodWords struct {
	relative []relWord
	// compareBefore end the text before a date that is a comparison base or
	// a starting point ("up 12 per cent from 2023", "so với năm ngoái");
	// compareAfter start the text after one ("지난해 대비", "2015년 이후").
	compareBefore, compareAfter []string
	// partBefore are parts of a year written before the year ("the first
	// half of 2024", "nửa đầu năm 2024"); partAfter after it ("2024년 상반기").
	partBefore, partAfter []partWord
	// quarters name quarters inside a date the engine scanned ("quý III",
	// "1분기", "Q3").
	quarters []partWord
	// firstMonths are the words between "six months"/"6 tháng" and the year
	// that make it the first months of that year ("of", "đầu năm");
	// lastMonths the last months.
	firstMonths, lastMonths []string
	bounded                 bool // words are whole words (not Korean)
}

// relWord is a relative date: n units from the publication date. needPart
// marks a word that dates only with a part of the year after it ("올
// 상반기").
type relWord struct {
	s        string
	n        int
	unit     string // "years" or "months"
	needPart bool
}

// partWord is a part of a year, months from..to.
type partWord struct {
	s        string
	from, to int
}

var enPeriod = periodWords{
	relative: []relWord{{"last year", -1, "years", false}, {"this year", 0, "years", false},
		{"next year", 1, "years", false}, {"last month", -1, "months", false},
		{"this month", 0, "months", false}, {"next month", 1, "months", false}},
	compareBefore: []string{"from", "than", "than in", "compared with", "compared to", "versus", "vs",
		"against", "since", "from the"},
	partBefore: []partWord{{"first half of", 1, 6}, {"second half of", 7, 12}, {"h1", 1, 6}, {"h2", 7, 12},
		{"first quarter of", 1, 3}, {"second quarter of", 4, 6}, {"third quarter of", 7, 9},
		{"fourth quarter of", 10, 12}, {"q1", 1, 3}, {"q2", 4, 6}, {"q3", 7, 9}, {"q4", 10, 12}},
	quarters:    []partWord{{"q1", 1, 3}, {"q2", 4, 6}, {"q3", 7, 9}, {"q4", 10, 12}},
	firstMonths: []string{" of "},
	bounded:     true,
}

var viPeriod = periodWords{
	relative: []relWord{{"năm nay", 0, "years", false}, {"năm ngoái", -1, "years", false},
		{"năm trước", -1, "years", false}, {"năm tới", 1, "years", false}, {"năm sau", 1, "years", false},
		{"sang năm", 1, "years", false}, {"tháng này", 0, "months", false}, {"tháng trước", -1, "months", false},
		{"tháng tới", 1, "months", false}, {"tháng sau", 1, "months", false}},
	compareBefore: []string{"so với", "so với cùng kỳ", "cùng kỳ", "hơn", "từ", "kể từ", "từ năm", "kể từ năm",
		"so với năm", "hơn năm", "cùng kỳ năm", "so với cùng kỳ năm"},
	partBefore: []partWord{{"nửa đầu năm", 1, 6}, {"nửa cuối năm", 7, 12}, {"nửa đầu", 1, 6},
		{"nửa cuối", 7, 12}},
	quarters: []partWord{{"quý iv", 10, 12}, {"quý iii", 7, 9}, {"quý ii", 4, 6}, {"quý i", 1, 3},
		{"quý 1", 1, 3}, {"quý 2", 4, 6}, {"quý 3", 7, 9}, {"quý 4", 10, 12}},
	firstMonths: []string{" đầu năm ", " năm ", " đầu ", " "},
	lastMonths:  []string{" cuối năm ", " cuối "},
	bounded:     true,
}

var koPeriod = periodWords{
	relative: []relWord{{"올해", 0, "years", false}, {"금년", 0, "years", false}, {"지난해", -1, "years", false},
		{"작년", -1, "years", false}, {"내년", 1, "years", false}, {"이번 달", 0, "months", false},
		{"이달", 0, "months", false}, {"지난달", -1, "months", false}, {"다음 달", 1, "months", false},
		{"내달", 1, "months", false}, {"올", 0, "years", true}},
	compareAfter: []string{"대비", " 대비", "보다", "에 비해", " 비해", "比", " 이후", "이후", "부터", " 동기 대비",
		" 같은 기간보다", " 같은 기간 대비"},
	partAfter: []partWord{{"상반기", 1, 6}, {"하반기", 7, 12}, {"1분기", 1, 3}, {"2분기", 4, 6}, {"3분기", 7, 9},
		{"4분기", 10, 12}, {"1·4분기", 1, 3}, {"2·4분기", 4, 6}, {"3·4분기", 7, 9}, {"4·4분기", 10, 12}},
	quarters: []partWord{{"1분기", 1, 3}, {"2분기", 4, 6}, {"3분기", 7, 9}, {"4분기", 10, 12},
		{"1·4분기", 1, 3}, {"2·4분기", 4, 6}, {"3·4분기", 7, 9}, {"4·4분기", 10, 12}},
}

func periodWordsFor(lang quantity.Lang) *periodWords {
	switch lang {
	case quantity.VI:
		return &viPeriod
	case quantity.KO:
		return &koPeriod
	}
	return &enPeriod
}
