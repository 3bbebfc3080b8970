package quantity

import (
	"strings"
	"unicode"
)

// The counted noun after a bare number: "4,000 jobs", "34 South Korean
// startups" (the head noun, "startups"), "a top five-investor", "279 dự án".

// notNouns are words that may follow a bare number without being what it
// counts, so "in 2007 and" or "For one, its" stay bare.
var notNouns = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "nor": true, "but": true,
	"the": true, "to": true, "than": true, "in": true, "on": true, "at": true,
	"by": true, "from": true, "for": true, "with": true, "as": true, "of": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true,
	"this": true, "that": true, "these": true, "those": true, "which": true,
	"who": true, "while": true, "into": true, "over": true, "under": true,
	"after": true, "before": true, "since": true, "until": true, "per": true,
	"each": true, "its": true, "their": true, "so": true, "if": true,
	"said": true, "says": true, "more": true, "less": true, "fewer": true, "also": true,
	"not": true, "could": true, "should": true, "may": true, "might": true, "can": true,
	"must": true, "do": true, "does": true, "did": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "you": true, "i": true, "his": true,
	"her": true, "our": true, "your": true, "there": true, "here": true,
	"when": true, "where": true, "what": true, "how": true, "why": true, "out": true,
	"up": true, "down": true, "off": true, "about": true, "against": true,
	"between": true, "through": true, "during": true, "within": true, "among": true,
	"via": true, "versus": true, "vs": true, "yet": true, "both": true, "either": true,
	"all": true, "any": true, "every": true, "no": true, "only": true, "just": true,
	"now": true, "then": true, "ago": true, "later": true, "earlier": true, "last": true, "next": true,
	"percent": true,
}

// irregularPlurals are plural nouns that do not end in s.
var irregularPlurals = map[string]bool{
	"people": true, "children": true, "staff": true, "personnel": true, "women": true,
	"men": true, "police": true, "youth": true, "cattle": true, "data": true,
}

// countNoun reads the noun a bare number counts; the number becomes a
// count. The noun is not part of the span.
func (r *reading) countNoun() {
	s := r.sc.s
	var noun string
	var end int
	decided := false
	if r.sc.lang == VI || r.sc.lang == Unknown {
		noun, end, decided = viNoun(s, r.end, r.sc.lang == VI)
	}
	if !decided {
		noun, end = r.sc.enNoun(r.end)
	}
	if noun == "" {
		return
	}
	if noun == "tuổi" { // "45 tuổi": an age
		r.q.Unit, r.q.Skip, r.q.Kind, r.end, r.unitRead = Years, skipAge, KindDuration, end, true
		return
	}
	r.q.Unit, r.q.Noun, r.noun = Count, noun, end
	r.measureAmb()
}

// enNoun returns the head noun after e: the first plural of up to four
// words, else the last of them ("34 South Korean startups", "one new
// factory"); or the word after a hyphen ("five-investor").
func (sc *scanner) enNoun(e int) (string, int) {
	s := sc.s
	if e < len(s) && s[e] == '-' {
		w, we := wordAt(s, e+1)
		if _, stop := lookup(notNouns, w); w == "" || stop || letterAt(s, we) {
			return "", e
		}
		if sameWord(w, "strong") {
			return "members", we // "a 500-strong delegation"
		}
		return w, we
	}
	k := skipSpaces(s, e)
	if k == e {
		return "", e
	}
	k = skipMore(s, k)
	var last, demonym string
	lastEnd, demonymEnd := e, e
	for n := 0; n < 4; n++ {
		w, we, en := sc.entryAt(k)
		if w == "" || en != nil && en.notNoun && !acronym(w) || hangulAt(s, k) || (n == 0 && looksVerb(w)) {
			break
		}
		if n == 0 && isDemonym(w) {
			demonym, demonymEnd = w, we
		}
		if we < len(s) && (s[we] == '\'' || isDigit(s[we])) && !strings.HasPrefix(s[we:], "'s") {
			break
		}
		if isPlural(w) || measureUnits[w] {
			return w, we // a unit of measure is the head: "40 km west of Hanoi"
		}
		last, lastEnd = w, we
		p := skipSpaces(s, we)
		if p == we || (n > 0 && p-we > 1) {
			break
		}
		k = p
	}
	if demonym != "" {
		return demonym, demonymEnd // "200,000 Vietnamese live in Korea"
	}
	return last, lastEnd
}

// skipMore passes the "more" of "hire 2,000 more staff" and the "fewer"
// of "5 fewer flights": the noun follows. "2,000 more than" and "5 more
// years" (a span of time, not a count) are left as they are.
func skipMore(s string, k int) int {
	w, we := wordAt(s, k)
	if !sameWord(w, "more") && !sameWord(w, "fewer") {
		return k
	}
	p := skipSpaces(s, we)
	next, ne := wordAt(s, p)
	if p == we || next == "" || letterAt(s, ne) {
		return k
	}
	if en := entryOf(next); en != nil && (en.notNoun || en.hasTime) {
		return k
	}
	return p
}

// isDemonym: a capitalised people's name that is its own plural
// ("Vietnamese", "Japanese", "Chinese", "Swiss"), which counts people when
// no plural noun follows it.
func isDemonym(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return strings.HasSuffix(w, "ese") || w == "Swiss"
}

// acronym: "IT" is no pronoun.
func acronym(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) > 1
}

// isPlural: a word ending in s (not ss, us, is) or an irregular plural.
func isPlural(w string) bool {
	n := len(w)
	if n == 0 || w[n-1] != 's' && w[n-1] != 'S' {
		en := entryOf(w)
		return en != nil && en.irregular
	}
	return n > 2 && (w[n-1] == 's' || w[n-1] == 'S') && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ous")
}

// looksVerb: a past tense right after a number is no noun ("100 attended").
func looksVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || pastVerbs[w]
}

// pastVerbs are irregular past tenses that follow a number as its verb
// ("2,000 came", "the iPhone 16 sold"), never as what it counts.
var pastVerbs = map[string]bool{
	"came": true, "went": true, "took": true, "made": true, "got": true, "saw": true,
	"gave": true, "left": true, "became": true, "began": true, "grew": true, "rose": true,
	"fell": true, "sold": true, "bought": true, "paid": true, "held": true, "met": true,
	"spent": true, "lost": true, "brought": true, "found": true, "sent": true, "kept": true,
	"drew": true, "chose": true, "ran": true, "won": true, "built": true, "led": true,
}

// viNouns are common counted nouns in Vietnamese, by their syllables so
// that a noun of several syllables is read whole, with their English.
var viNouns = newPhrases(map[string]string{
	"người": "people", "người lao động": "workers", "lao động": "workers",
	"doanh nghiệp": "enterprises", "dự án": "projects", "công ty": "companies",
	"sinh viên": "students", "kỹ sư": "engineers", "việc làm": "jobs",
	"chuyên gia": "experts", "đại biểu": "delegates", "quốc gia": "countries",
	"nước": "countries", "tỉnh": "provinces", "thành phố": "cities",
	"tỉnh thành": "provinces", "nhà đầu tư": "investors", "học viên": "trainees",
	"giảng viên": "lecturers", "thành viên": "members", "sản phẩm": "products",
	"hợp đồng": "contracts", "trường": "schools", "trường đại học": "universities",
	"cơ sở": "facilities", "trung tâm": "centres", "chương trình": "programmes",
	"khóa học": "courses", "lượt": "visits", "du khách": "tourists", "khách": "visitors",
	"hộ": "households", "nhà máy": "factories", "thiết bị": "devices",
	"điện thoại": "phones", "trạm": "stations", "startup": "startups", "hãng": "firms",
	"tập đoàn": "groups", "đối tác": "partners", "lần": "times", "học sinh": "pupils",
	"cán bộ": "officials", "nhân viên": "employees", "kỹ sư phần mềm": "software engineers",
	"biên bản ghi nhớ": "MoUs", "thỏa thuận": "agreements", "giai đoạn": "phases", "hạng mục": "components", "thoả thuận": "agreements",
	"viện nghiên cứu": "research institutes", "viện": "institutes", "tấn": "tonnes",
	"sự kiện": "events", "hội thảo": "seminars", "doanh nhân": "businesspeople",
	"nhà khoa học": "scientists", "quỹ": "funds", "ngân hàng": "banks",
	"khu công nghiệp": "industrial parks", "nhân sự": "staff", "tình nguyện viên": "volunteers",
	"gia đình": "families", "học bổng": "scholarships", "suất học bổng": "scholarships",
	"giải thưởng": "awards", "chuyến bay": "flights", "vị trí": "positions",
	"địa phương": "localities", "cơ quan": "agencies", "tổ chức": "organisations",
	"hiệp hội": "associations", "trường học": "schools", "bệnh viện": "hospitals",
	"ứng viên": "candidates", "lớp học": "classes", "khóa đào tạo": "training courses",
	"gian hàng": "booths", "đơn vị": "units", "ý tưởng": "ideas", "bằng sáng chế": "patents",
	// Nouns whose second syllable is a stop word alone ("hàng nghìn"),
	// which the reader of unknown nouns would cut: "1.300 cửa hàng".
	"cửa hàng": "stores", "đơn hàng": "orders", "khách hàng": "customers", "mặt hàng": "product lines",
	// Nouns of "chỉ", which alone is "only" ("10 triệu chỉ sau 3 tháng").
	"chỉ tiêu": "targets", "chỉ số": "indicators", "giá trị": "values",
})

// viKnownNoun reports whether a noun is the English of one of viNouns.
func viKnownNoun(noun string) bool {
	return viGlosses[noun]
}

var viGlosses = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range viNouns {
		for _, p := range l {
			m[p.val] = true
		}
	}
	return m
}()

// viStop are syllables that cannot start a counted noun.
var viStop = map[string]bool{
	"và": true, "của": true, "cho": true, "với": true, "tại": true, "ở": true,
	"trong": true, "là": true, "được": true, "đã": true, "sẽ": true, "đang": true,
	"có": true, "không": true, "từ": true, "đến": true, "tới": true, "theo": true,
	"này": true, "đó": true, "khi": true, "thì": true, "mà": true, "nhưng": true,
	"hay": true, "hoặc": true, "vào": true, "ra": true, "lên": true, "xuống": true,
	"trên": true, "dưới": true, "về": true, "để": true, "bởi": true, "do": true,
	"nên": true, "cũng": true, "vẫn": true, "còn": true, "rồi": true, "nữa": true,
	"như": true, "hơn": true, "trước": true, "sau": true, "qua": true, "so": true,
	"trở": true, "đổ": true, "mỗi": true, "một": true, "hằng": true, "hàng": true,
	// "chỉ" (only) and "giá" (priced at) follow a figure or a model's
	// number: "vượt 10 triệu chỉ sau 3 tháng", "VF 8 giá 1,09 tỷ đồng".
	"chỉ": true, "giá": true,
}

// viNoun returns the Vietnamese noun after e: one of viNouns (in
// English), or else the first syllable when it is no function word.
// decided is false for a word Vietnamese does not tell, which enNoun then
// reads. In text known to be Vietnamese (vi), a lower-case syllable is
// Vietnamese even without a letter only Vietnamese uses ("nhân lực",
// "tài khoản", "thí sinh"), and a capitalised Vietnamese word is a name,
// not a noun ("Điều 5 Luật Đầu tư", "số 1 Đại Cồ Việt").
func viNoun(s string, e int, vi bool) (noun string, end int, decided bool) {
	k := skipSpaces(s, e)
	if k == e {
		return "", e, false
	}
	if gloss, ne, ok := viNouns.match(s, k); ok {
		return gloss, ne, true
	}
	w, we := wordAt(s, k)
	if _, stop := lookup(viStop, w); stop || viVerbAt(s, k) || sameWord(w, "năm") && yearFollows(s, we) {
		return "", e, true // "lần 3 năm 2024": the year of the third
	}
	if w == "" || hangulAt(s, k) {
		return "", e, false
	}
	if isUpperAt(s, k) {
		return "", e, vi && hasVietnamese(w)
	}
	if !hasVietnamese(w) && !(vi && isLowerWord(w)) {
		return "", e, false
	}
	// An unknown noun: its first two syllables ("đồng hồ", "thỏa thuận").
	if p := skipSpaces(s, we); p > we && p-we == 1 && !isUpperAt(s, p) {
		if w2, we2 := wordAt(s, p); w2 != "" && !letterAt(s, we2) {
			if _, stop := lookup(viStop, w2); !stop && !viStructural(w2) && !viVerbAt(s, p) {
				return s[k:we2], we2, true
			}
		}
	}
	return w, we, true
}

// isLowerWord: a word of lower-case letters only.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// viStructural: syllables that follow a noun rather than continue it.
func viStructural(w string) bool {
	_, isNum := lookup(viDigits, w)
	_, isScale := lookup(viScales, w)
	return isNum || isScale
}

// hasVietnamese reports whether w carries a letter only Vietnamese uses.
func hasVietnamese(w string) bool {
	for _, r := range w {
		if isVietnameseRune(r) {
			return true
		}
	}
	return false
}

// yearFollows reports whether a year follows e after a space.
func yearFollows(s string, e int) bool {
	k := skipSpaces(s, e)
	_, _, ok := yearAt(s, k)
	return k > e && ok
}
