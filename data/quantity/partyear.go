package quantity

import "strings"

// Numbers that are the part of a year or a list a figure is about, not a
// quantity: "the first six months of 2024", "6 tháng đầu năm", "9 tháng
// năm 2024", "세계 500대 기업", and a span of years followed by its noun
// ("the 2021 to 2025 period").

// partOfYear: a number of months (1–11) that names the first months of a
// year, the period a figure covers rather than a duration: "the first
// six months of 2024"; "6 tháng đầu năm", "9 tháng năm 2024", "10 tháng
// năm nay".
func (r *reading) partOfYear(prev string) bool {
	q, s := &r.q, r.sc.s
	if r.firstDaysOfMonth(prev) {
		return true
	}
	if q.Unit != Months || r.ranged || q.Relative || q.Qualifier != Exact || q.Value < 1 || q.Value > 11 || q.Value != float64(int(q.Value)) {
		return false
	}
	if sameWord(prev, "first") {
		return true
	}
	if r.sc.lang == EN {
		return false
	}
	k := skipSpaces(s, r.end)
	w, we := wordAt(s, k)
	if k == r.end {
		w = "" // "lũy kế 11 tháng, …"
	}
	if r.viMonthsToDate(prev, w) {
		return true
	}
	if k == r.end {
		return false
	}
	switch {
	case sameWord(w, "đầu"), sameWord(w, "cuối"):
		w2, _ := wordAt(s, skipSpaces(s, we))
		return sameWord(w2, "năm")
	case sameWord(w, "năm"):
		p := skipSpaces(s, we)
		if _, _, ok := yearAt(s, p); ok && p > we {
			return true
		}
		w2, _ := wordAt(s, p)
		return p > we && (sameWord(w2, "nay") || sameWord(w2, "ngoái") || sameWord(w2, "trước"))
	}
	return false
}

// viMonthsToDate: Vietnamese economic reporting names the months of the
// year so far by their number alone: "lũy kế 11 tháng" (the cumulative
// eleven months), "xuất khẩu 11 tháng đạt 51,2 tỷ USD", "CPI bình quân 9
// tháng tăng 3,88%": January to November, not a span of eleven months.
// After "lũy kế" it is certain; before a verb of the figure ("đạt",
// "tăng", "giảm", "ước") it is read so and flagged, as a project may
// also reach a figure in eleven months. A word of duration before the
// number ("trong", "sau", "kéo dài", "mất" …) keeps it a duration.
func (r *reading) viMonthsToDate(prev, next string) bool {
	if r.q.Value < 2 {
		return false
	}
	before, _ := wordBefore(r.sc.s, r.prevAt)
	if sameWord(prev, "kế") && (sameWord(before, "lũy") || sameWord(before, "luỹ")) {
		return true
	}
	if prev == "" || viDurationBefore[strings.ToLower(prev)] {
		return false
	}
	for _, v := range []string{"đạt", "tăng", "giảm", "ước"} {
		if sameWord(next, v) {
			r.addAmb("\"" + r.sc.s[r.start:r.end] + "\" read as the months of the year so far, as economic reporting writes them; it may be a span of months")
			return true
		}
	}
	return false
}

// viDurationBefore are words before "N tháng" that make it a span of
// months: "trong 6 tháng", "sau 6 tháng", "kéo dài 6 tháng".
var viDurationBefore = map[string]bool{
	"trong": true, "sau": true, "vòng": true, "mất": true, "dài": true, "suốt": true, "qua": true,
	"những": true, "vài": true, "mỗi": true, "chỉ": true, "được": true, "hạn": true, "thời": true,
	"gian": true, "vừa": true, "cách": true, "tới": true, "đến": true, "từ": true, "hơn": true,
}

// partEnd is the end of the n words after the number that make it a part
// of a year or a ranking list, for the reason: "6 tháng đầu năm", "9
// tháng năm 2024", "500대 기업".
func (r *reading) partEnd(n int) int {
	s, e := r.sc.s, r.end
	for ; n > 0; n-- {
		k := skipSpaces(s, e)
		w, we := wordAt(s, k)
		if w == "" {
			w, we = s[k:digitEnd(s, k)], digitEnd(s, k)
		}
		if w == "" || k == e || we-k > 12 {
			break
		}
		e = we
	}
	return e
}

// partOfYearText is the phrase that makes a number a part of a year:
// "first six months", "6 tháng đầu năm".
// firstDaysOfMonth: "in the first 20 days of May", "the first 10 days of
// the month": Yonhap's period of early trade data, not a duration.
func (r *reading) firstDaysOfMonth(prev string) bool {
	q, s := &r.q, r.sc.s
	if q.Unit != Days || r.ranged || q.Qualifier != Exact || q.Value < 1 || q.Value > 30 || !sameWord(prev, "first") {
		return false
	}
	k := skipSpaces(s, r.end)
	if w, we := wordAt(s, k); k > r.end && sameWord(w, "of") {
		p := skipSpaces(s, we)
		if _, _, ok := monthAt(s, p); ok {
			return true
		}
		w2, e2 := wordAt(s, p)
		w3, _ := wordAt(s, skipSpaces(s, e2))
		return sameWord(w2, "the") && (sameWord(w3, "month") || sameWord(w3, "year"))
	}
	return false
}

func (r *reading) partOfYearText(prev string) string {
	if sameWord(prev, "first") {
		return r.sc.s[r.prevAt:r.end]
	}
	s := r.sc.s
	if w, _ := wordAt(s, skipSpaces(s, r.end)); !sameWord(w, "đầu") && !sameWord(w, "cuối") && !sameWord(w, "năm") {
		if sameWord(prev, "kế") {
			before, b := wordBefore(s, r.prevAt)
			if before != "" {
				return s[b:r.end] // "lũy kế 11 tháng"
			}
		}
		return s[r.start:r.end] // "11 tháng" (đạt …)
	}
	return s[r.start:r.partEnd(3)]
}

// koRankNouns after "N대" make it a ranking list ("세계 500대 기업", the
// world's 500 largest companies), not N machines.
var koRankNouns = []string{"기업", "그룹", "강국", "도시", "대학", "은행", "브랜드", "부자", "국가", "경제",
	"교역국", "교역 상대국", "교역상대국", "투자국", "수출국", "수입국", "수출시장", "수출 시장", "시장",
	"협력국", "상대국", "파트너", "제조사", "산업", "분야", "전략", "과제", "핵심", "주력", "투자처", "국정과제",
	"공정", "기술", "품목", "업종", "신산업", "사업", "프로젝트", "대기업", "건설사", "증권사", "관광지", "명소",
	"권역", "거점", "플랫폼", "첨단", "뉴스", "이슈", "트렌드", "리스크", "요인", "원칙", "목표", "공약", "정책",
	"상권", "항만", "공항", "국정", "현안", "프로그램", "유망"}

// koAgeWords after "20대" make it an age group ("20대 청년층", people in
// their twenties), not twenty machines.
var koAgeWords = []string{"청년", "남성", "여성", "남녀", "초반", "중반", "후반", "이상", "이하", "젊은",
	"직장인", "연령", "층", "세대", "고객", "소비자", "이용자", "가입자", "인구", "응답자", "근로자",
	"구직자", "취업자", "사원", "부부", "가구주", "여성층", "남성층", "엄마", "주부", "학생", "청년층", "중장년",
	"청소년", "노인", "고령층", "자녀", "환자", "운전자", "세대주"}

// koAgeGroup: "20대 청년층", "30대 남성", "20대층": a multiple of ten
// before 대 and a word of age after it.
func (r *reading) koAgeGroup() bool {
	s, v, last := r.sc.s, r.n.val, r.n
	if r.ranged {
		last = r.hi // "20~30대 여성"
	}
	ce := last.end + len("대")
	if r.q.Unit != Count || r.q.Noun != "units" || !r.n.plain || !last.plain || v < 10 || last.val > 90 ||
		int(v)%10 != 0 || int(last.val)%10 != 0 || !strings.HasPrefix(s[last.end:], "대") {
		return false
	}
	hedged := r.end != ce
	if hedged && (r.q.Qualifier == Exact || r.ranged) {
		return false
	}
	k := skipSpaces(s, r.end)
	for _, w := range koAgeWords {
		// After a hedge read ("50대 이상 고령층"), the age word must be
		// another: "차량 50대 이상" is fifty cars or more.
		if strings.HasPrefix(s[k:], w) && !(hedged && (w == "이상" || w == "이하")) {
			return true
		}
	}
	return false
}

// koRankScopes before "N대 …" make it a ranking within them.
var koRankScopes = map[string]bool{"세계": true, "국내": true, "아시아": true, "글로벌": true, "업계": true, "동남아": true, "아세안": true}

// koRankList: "500대 기업", "10대 그룹", "5대 강국".
func (r *reading) koRankList() bool {
	s := r.sc.s
	if r.q.Unit != Count || r.q.Noun != "units" || !strings.HasSuffix(s[:r.end], "대") {
		return false
	}
	if w, _ := wordBefore(s, r.start); koRankScopes[w] && skipSpaces(s, r.end) > r.end {
		return true // "세계 5대 반도체 기업", the world's five largest
	}
	k := skipSpaces(s, r.end)
	if w, we := wordAt(s, k); w != "" && isASCII(w) && !isDigit(w[0]) && skipSpaces(s, we) > we {
		k = skipSpaces(s, we) // "3대 ICT 수출국"
	}
	for _, w := range koRankNouns {
		if strings.HasPrefix(s[k:], w) {
			return true
		}
	}
	return false
}

// periodWords after two years make them a period ("the 2021 to 2025
// period", "2021-2025 plan"), not a count.
var periodWords = map[string]bool{"period": true, "plan": true, "strategy": true, "phase": true,
	"programme": true, "program": true, "roadmap": true, "term": true, "cycle": true, "vision": true}

// periodNoun: the counted noun after a range of years is a period word,
// or singular in English ("2021–2025 budget").
func (r *reading) periodNoun() bool {
	n := r.q.Noun
	if r.q.Unit != Count || n == "" || r.q.Kind == KindRate {
		return false
	}
	if _, ok := lookup(periodWords, n); ok {
		return true
	}
	return r.sc.lang == EN && !isPlural(n) && !viKnownNoun(n)
}
