package extract

// Vietnamese subjects of a link verb carry dating and purpose phrases
// between the measure and the verb ("doanh thu … của TP HCM năm 2023 đạt
// …", "doanh thu dự kiến của dự án đạt …", "tổng vốn ODA dành cho Việt
// Nam đạt …"); the measure is the noun phrase before them, and they are
// read over, not stopped at.

// viTimeWords open a dating phrase before a link verb: "năm 2023",
// "tháng 9/2024", "quý III/2024".
var viTimeWords = setOf("năm", "tháng", "quý", "trong năm", "cả năm", "đến năm", "vào năm", "tính đến năm")

// viTimeEnds close a dating phrase with a word: "năm nay", "năm ngoái".
var viTimeEnds = setOf("năm nay", "năm ngoái", "năm qua", "năm trước", "tháng này", "quý này")

// viTimeBefore returns how many tokens of a dating phrase end at j, over
// a year or a date ("năm 2023") or a dating word pair ("năm ngoái"); 0
// when none does.
func viTimeBefore(ts []tok, j int) int {
	if j >= 2 && ts[j-1].num >= 0 {
		if n := viBefore(ts, j-1, viTimeWords); n > 0 {
			return n + 1
		}
		return 0
	}
	return viBefore(ts, j, viTimeEnds)
}

// viMidPhrase reports whether the word ending at s, a stop word going
// backwards, is inside the measure's noun phrase instead: a purpose
// ("dành cho Việt Nam") or a forecast measure before its holder
// ("doanh thu dự kiến của dự án"). It returns how many tokens to step
// over, 0 when the phrase ends there.
func viMidPhrase(ts []tok, s, j int) int {
	if s < 2 || !ts[s-1].isWord() {
		return 0
	}
	if n := viBefore(ts, s, setOf("dành cho", "sang", "cho")); n > 0 && s < j && s-n > 0 && ts[s-n-1].isWord() && viBefore(ts, s-n, viStop) == 0 {
		if ts[s-n].lw() == "dành" || ts[s-1].lw() != "cho" {
			return n
		}
	}
	if n := viBefore(ts, s, setOf("dự kiến", "ước tính", "kế hoạch")); n > 0 && s < j && ts[s].lw() == "của" && s-n > 0 && ts[s-n-1].isWord() {
		return n
	}
	return 0
}

// bracketOpen returns the "(" that opens the bracket closed at p, or p.
func bracketOpen(ts []tok, p int) int {
	for i := p - 1; i >= 0; i-- {
		if ts[i].w == "(" {
			return i
		}
	}
	return p
}
