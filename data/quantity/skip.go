package quantity

import (
	"fmt"
	"strings"
)

// Skip reasons of numbers that are not quantities.
const (
	skipOrdinal  = "an ordinal, not a quantity"
	skipRank     = "a rank or ranking, not a quantity"
	skipVersion  = "a version or section number, not a quantity"
	skipPhone    = "a phone number, not a quantity"
	skipPronoun  = "a pronoun, not a number"
	skipCompound = "part of a compound word, not a quantity"
	skipAge      = "an age, not a quantity"
)

// yearPrepositions before four digits make them a year even when a noun
// follows ("in 2024 budgets").
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "before": true,
	"after": true, "from": true, "during": true, "of": true, "năm": true, "through": true,
}

// Roles of the word before a number.
const (
	roleVersion   = iota + 1 // "version 2"
	roleRank                 // "top 10", "number 1"
	roleVIRank               // "hạng 1", "số 1" (Vietnamese text only, as the rest)
	roleVIName               // "Nghị quyết 57", "Nghị định 13", "Điều 5"
	roleVIOrdinal            // "thứ 5"
	roleVIPhase              // "lần 3", "đợt 2", "giai đoạn 1": an ordinal when no unit follows
	roleName                 // "Chapter 3", "District 7", "phase 2" (any language)
)

var prevRoles = map[string]int{
	"version": roleVersion, "v": roleVersion, "버전": roleVersion,
	"top": roleRank, "number": roleRank,
	"hạng": roleVIRank, "số": roleVIRank, "trí": roleVIRank, "lớp": roleVIName,
	"quyết": roleVIName, "định": roleVIName, "tư": roleVIName, "thị": roleVIName,
	"luật": roleVIName, "điều": roleVIName, "khoản": roleVIName, "chương": roleVIName, "mục": roleVIName,
	"thứ": roleVIOrdinal, "bản": roleVIName, "tầng": roleVIName, "lộ": roleVIName, "phòng": roleVIName,
	"lần": roleVIPhase, "đợt": roleVIPhase, "đoạn": roleVIPhase, "phiên": roleVIPhase,
	"kỳ": roleVIPhase, "khóa": roleVIPhase, "khoá": roleVIPhase, "vòng": roleVIPhase,
	// Parts of texts, places and stages named by a number: "Article 5 of
	// the law", "District 7", "Terminal 2", "phase 2 of the project".
	"article": roleName, "chapter": roleName, "clause": roleName, "section": roleName,
	"paragraph": roleName, "annex": roleName, "appendix": roleName, "decree": roleName,
	"circular": roleName, "resolution": roleName, "phase": roleName, "terminal": roleName,
	"district": roleName, "ward": roleName, "highway": roleName, "route": roleName,
	"hall": roleName, "gate": roleName, "package": roleName, "item": roleName,
	// "상위 10% 기업", "상위 3개 기업": the top 10 per cent, the top three.
	"상위": roleRank, "하위": roleRank,
}

// skips decides whether the number read is not a quantity, and why.
func (r *reading) skips() {
	q, n := &r.q, &r.n
	if q.Skip != "" {
		return
	}
	prev, p := wordBefore(r.sc.s, r.start)
	if prev != "" {
		_, _, r.prevEntry = r.sc.entryAt(p)
	}
	r.prevAt = p
	switch {
	case n.version:
		q.Skip, q.Kind = skipVersion, KindNumber
	case n.ordinal:
		q.Skip, q.Kind = skipOrdinal, KindOrdinal
	case n.decade:
		q.Skip, q.Kind, q.Date = skipDecade, KindYear, Date{Year: int(n.val)}
	case r.gluedMeasure():
	case n.tail != "":
		q.Skip, q.Kind = fmt.Sprintf("part of a name or code (%q), not a quantity", q.Text), KindNumber
	case r.generation():
		q.Skip, q.Kind, q.Unit, q.Noun = fmt.Sprintf("a version or generation number (%q), not a quantity", q.Text), KindNumber, None, ""
	case r.koJe():
		q.Skip, q.Kind, q.Unit, q.Noun, q.Qualifier, q.Ambiguous = skipOrdinal, KindOrdinal, None, "", Exact, ""
	case r.koGluedName():
		q.Skip = fmt.Sprintf("part of a name (%q), not a quantity", koWordBefore(r.sc.s, r.start)+q.Text)
	case r.koAddress(prev, p):
		q.Skip, q.Kind = fmt.Sprintf("a street address (%q), not a quantity", prev+" "+q.Text), KindNumber
	case r.koListItem():
		q.Skip, q.Kind = fmt.Sprintf("the number of an item in a list (%q), not a quantity", r.sc.s[r.start:r.end+1]), KindOrdinal
	case r.koUnitOfAccount():
		q.Skip, q.Kind, q.Unit, q.Noun = fmt.Sprintf("the unit of a table (%q), not a quantity", q.Text), KindNumber, None, ""
	case r.koAgeGroup():
		q.Skip, q.Kind, q.Unit, q.Noun = fmt.Sprintf("an age group (%q), not a quantity", q.Text), KindNumber, None, ""
	case r.partOfYear(prev):
		q.Skip = fmt.Sprintf("part of a year (%q): a period, not a quantity", r.partOfYearText(prev))
	case r.koRankList():
		q.Skip, q.Kind = fmt.Sprintf("a ranking list (%q), not a quantity", r.sc.s[r.start:r.partEnd(1)]), KindOrdinal
	case r.isPeriod():
		q.Skip, q.Kind, q.Date, q.Unit, q.Noun = skipPeriod, KindPeriod, Date{Year: int(n.val)}, None, ""
	case r.isAge(prev):
		r.markAge()
	case r.hedgedYear(prev):
		r.yearNotHedged(prev)
	case r.isYear(prev):
		q.Skip, q.Kind, q.Date, q.Unit, q.Noun = skipYear, KindYear, Date{Year: int(n.val)}, None, ""
		if r.isName(prev) {
			q.Skip = fmt.Sprintf("a year in a name (%q), not a quantity", prev+" "+q.Text)
		}
	case r.yearInName(prev):
		q.Skip, q.Kind, q.Date, q.Unit, q.Noun = fmt.Sprintf("a year in a name (%q), not a quantity", prev+" "+q.Text), KindYear, Date{Year: int(n.val)}, None, ""
		r.addAmb("may be a count of " + strings.TrimSpace(r.sc.s[r.end:r.noun]))
	default:
		r.otherSkips(prev)
	}
}

// otherSkips: ranks, names, pronouns, compounds, versions.
func (r *reading) otherSkips(prev string) {
	q, n, s := &r.q, &r.n, r.sc.s
	word := n.words.words == 1 && !n.viWords && !n.koWords
	role := 0
	if pe := r.prevEntry; pe != nil {
		role = pe.role
	}
	if role >= roleVIRank && role <= roleVIPhase && (r.sc.lang == EN || !r.viRoleHolds(role, prev)) {
		role = 0
	}
	switch {
	case q.Unit == Count && streetWords[q.Noun] && n.plain && n.ndigits <= 4:
		q.Skip = fmt.Sprintf("a street address (%q), not a quantity", s[r.start:r.noun])
		q.Unit, q.Noun, q.Kind = None, "", KindNumber
	case role == roleVersion:
		q.Skip = skipVersion
	case (role == roleRank || role == roleVIRank) && !r.topVerb(prev):
		q.Skip = fmt.Sprintf("a rank or ranking (%q), not a quantity", r.viWholeWord(prev)+" "+q.Text)
	case prev == "" && topHyphen(s, r.start, '-') && r.start > 0 && s[r.start-1] == '-':
		q.Skip = fmt.Sprintf("a rank or ranking (%q), not a quantity", s[r.start-len("top-"):r.end])
	case noBefore(s, r.start):
		q.Skip = skipRank
	case role == roleName && r.nameNumber():
		q.Skip, q.Unit, q.Noun, q.Kind = fmt.Sprintf("part of a name (%q), not a quantity", prev+" "+q.Text), None, "", KindNumber
	case n.plain && n.ndigits >= 3 && s[n.start] == '0' && q.Unit == None:
		q.Skip = fmt.Sprintf("a code (%q, with a leading zero), not a quantity", q.Text) // "Samsung (005930.KS)"
	case role == roleVIName && (q.Unit == None || q.Unit == Count && !viKnownNoun(q.Noun)):
		q.Skip = fmt.Sprintf("part of a name or document number (%q), not a quantity", r.viWholeWord(prev)+" "+q.Text)
		q.Unit, q.Noun, q.Kind = None, "", KindNumber
	case role == roleVIOrdinal, role == roleVIPhase && (q.Unit == None || q.Unit == Count && !viKnownNoun(q.Noun)):
		q.Skip, q.Kind, q.Unit, q.Noun = skipOrdinal, KindOrdinal, None, ""
	case r.listMarker():
		q.Skip = fmt.Sprintf("a list item's number (%q), not a quantity", s[r.start:r.end+1])
	case word && compoundAfter(s, n.end):
		q.Skip = skipCompound
	case word && sameWord(n.words.first, "one") && r.isPronoun(prev):
		q.Skip = skipPronoun
	case r.isName(prev):
		q.Skip = fmt.Sprintf("part of a name (%q), not a quantity", prev+" "+q.Text)
	}
}

// listMarker: the number of an item in a list written in a line
// ("Kết quả: 1. Samsung (22,4 tỷ USD); 2. LG (5,65 tỷ USD)"): one or two
// bare digits opening a sentence or following ":" or ";", then "." or ")"
// and a space before a capital. "1.000" (thousands) has no space; "đạt
// 5. Samsung …" does not open its sentence.
func (r *reading) listMarker() bool {
	s, n := r.sc.s, &r.n
	if !n.plain || n.ndigits > 2 || r.q.Unit != None || r.ranged || r.end != n.end || r.end+2 >= len(s) {
		return false
	}
	if s[r.end] != '.' && s[r.end] != ')' || s[r.end+1] != ' ' || !isUpperAt(s, r.end+2) {
		return false
	}
	j := r.start
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	return sentenceStart(s, r.start) || j > 0 && s[j-1] == ';'
}

// isYear: four bare digits 1900–2100 with no unit are a year; followed by
// a noun they are a count ("2000 workers") unless a preposition that takes
// a date precedes them ("in 2024 budgets") or the noun is singular ("the
// 2024 budget").
func (r *reading) isYear(prev string) bool {
	q, n := &r.q, &r.n
	if !n.plain || n.ndigits != 4 || n.val < 1900 || n.val > 2100 || r.ranged || q.Relative {
		return false
	}
	pe := r.prevEntry
	prep := pe != nil && pe.yearPrep
	switch {
	case q.Qualifier != Exact && !(prep && sameWord(prev, "năm")):
		return false
	case q.Unit == None:
		return true
	case q.Unit == Count && q.Kind != KindRate:
		return prep || !isPlural(q.Noun) && !hasVietnamese(q.Noun) && r.noun > 0 && !viKnownNoun(q.Noun)
	}
	return false
}

// isPeriod: a range of two years ("from 2021 to 2025").
func (r *reading) isPeriod() bool {
	lo, hi := &r.n, r.hi
	return r.ranged && (r.q.Unit == None || r.periodNoun()) && lo.plain && hi.plain && lo.ndigits == 4 && hi.ndigits == 4 &&
		lo.val >= 1900 && hi.val <= 2100
}

// isName: a bare number after a capitalised word that does not start its
// sentence is part of a name ("Industry 4.0", "Decree 13", "iPhone 15",
// "Vision 2030"), unless a plural noun follows (a headline's "Hires 500
// Engineers").
func (r *reading) isName(prev string) bool {
	q, s := &r.q, r.sc.s
	if prev == "" || q.Qualifier != Exact || r.cur.unit != "" || r.ranged || q.Unit != None && q.Unit != Count {
		return false
	}
	if !isUpperAt(s, r.prevAt) && !camel(prev) {
		return false
	}
	if last, _ := runeBefore(prev, len(prev)); isHangul(last) {
		return false // "KT는 3사": a Korean particle ends the word, which is the subject
	}
	if productBefore(s, r.start) {
		return true
	}
	if r.sc.lang == VI && sentenceStart(s, r.prevAt) {
		return false // Vietnamese capitalises names and sentences: "Đạt 8,5 điểm", "Tăng 5 bậc"
	}
	if q.Noun != "" && (isPlural(q.Noun) || !isUpperAt(q.Noun, 0)) {
		return false
	}
	pe := r.prevEntry
	return pe == nil || !pe.notNoun && !pe.starter && !pe.viStarter // "In 2018", "With 279 projects"
}

// productWords before a number name a model ("Galaxy Note 20").
var productWords = map[string]bool{
	"iphone": true, "ipad": true, "galaxy": true, "pixel": true, "note": true, "windows": true,
	"android": true, "ios": true, "xbox": true, "playstation": true, "snapdragon": true,
	"exynos": true, "ryzen": true, "model": true, "series": true, "gen": true,
}

// productBefore: a model name among the three capitalised words before i
// ("Galaxy Z Fold 5", "iPhone 15 Pro").
func productBefore(s string, i int) bool {
	for n := 0; n < 3; n++ {
		w, p := wordBefore(s, i)
		if w == "" || !isUpperAt(s, p) && !camel(w) {
			return false
		}
		if en := entryOf(w); en != nil && en.product || camel(w) {
			return true
		}
		i = p
	}
	return false
}

// camel reports an inner capital ("iPhone", "eKYC").
func camel(w string) bool {
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return w[0] >= 'a' && w[0] <= 'z'
		}
	}
	return false
}

// noBefore: "No. 1", "No 1", "#1".
func noBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 || s[j-1] != '.' && s[j-1] != '#' && s[j-1] != 'o' {
		return false
	}
	t := s[:j]
	return strings.HasSuffix(t, "No.") || strings.HasSuffix(t, "no.") || strings.HasSuffix(t, "#") ||
		strings.HasSuffix(t, " No") && i > len(t)
}

// compoundAfter: "two-way", "one-stop", "one-off", "one-on-one".
func compoundAfter(s string, e int) bool {
	if e >= len(s) || s[e] != '-' {
		return false
	}
	w, _ := wordAt(s, e+1)
	for _, c := range []string{"way", "stop", "off", "on", "sided", "time", "party", "shot", "size", "step", "dimensional", "horse"} {
		if sameWord(w, c) {
			return true
		}
	}
	return false
}

// pronounBefore make "one" a pronoun: "for one", "no one", "this one".
var pronounBefore = map[string]bool{"for": true, "no": true, "any": true, "every": true,
	"this": true, "that": true, "the": true, "which": true, "each": true}

// isPronoun: "for one", "no one", "one of", "one another", "this one".
func (r *reading) isPronoun(prev string) bool {
	next, _ := wordAt(r.sc.s, skipSpaces(r.sc.s, r.end))
	if pe := r.prevEntry; pe != nil && pe.pronoun {
		return r.q.Unit == None || !sameWord(prev, "the")
	}
	return r.q.Unit == None && (sameWord(next, "of") || sameWord(next, "another"))
}

// topVerb: "could top $25 billion", "to top 10%": "top" is the verb
// "exceed" before an amount of money or a percentage, which no ranking is.
func (r *reading) topVerb(prev string) bool {
	if sameWord(prev, "number") {
		return r.numberVerb()
	}
	if !sameWord(prev, "top") {
		return false
	}
	return r.cur.unit != "" || r.q.Unit.Kind() == KindMoney || r.q.Unit == Percent
}

// numberVerb: "Vietnamese students in Korea number 43,000", "foreign
// workers now number more than 1 million": "number" is the verb of a
// count, not the "number 1" of a rank. No rank is hedged, scaled or
// written with thousands; and a rank's "number" follows an article, a
// possessive or a verb ("the number 3 market", "Korea's number 1
// partner", "ranked number 2"), never a plural subject or an adverb.
func (r *reading) numberVerb() bool {
	n := &r.n
	if r.q.Qualifier != Exact || n.mul > 1 || n.digits && !n.plain || n.val >= 1000 {
		return true
	}
	w, _ := wordBefore(r.sc.s, r.prevAt)
	lw := strings.ToLower(w)
	switch lw {
	case "now", "currently", "already", "still", "together", "they", "which", "who", "collectively":
		return true
	case "is", "was", "has", "its", "as", "his", "this", "ranks", "stays", "remains", "becomes", "us":
		return false
	}
	return len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.Contains(w, "'")
}
