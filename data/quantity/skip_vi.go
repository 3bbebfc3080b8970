package quantity

import "strings"

// The Vietnamese words before a number that make it a name, a rank or an
// ordinal, and the checks that keep them from misreading ordinary words:
// "đầu tư" is no "Thông tư", "trong số" no "số 1", "thứ Năm" a weekday.

// viNameFirst are the syllables that must come before the second syllable
// of a document's name or a rank for it to be one: "Thông tư 09" but "đầu
// tư 500 tỷ"; "Nghị định 13", "Quyết định 749" but "xác định 3"; "Chỉ thị
// 05"; "vị trí 44/133" (44th of 133) but "bố trí 500 tỷ" (allocate).
var viNameFirst = map[string][]string{
	"tư": {"thông"}, "định": {"nghị", "quyết"}, "quyết": {"nghị"}, "thị": {"chỉ"}, "trí": {"vị"},
}

// viNotRankBefore make "số" a count's "number of", not a rank: "trong số
// 1.000 doanh nghiệp" (among 1,000), "tổng số 500", "con số 100".
var viNotRankBefore = map[string]bool{"trong": true, "tổng": true, "con": true, "với": true, "có": true}

// viRoleHolds checks a Vietnamese role against the syllable before its
// word (at r.prevAt).
func (r *reading) viRoleHolds(role int, prev string) bool {
	s := r.sc.s
	before, _ := wordBefore(s, r.prevAt)
	before = strings.ToLower(before)
	if first, ok := viNameFirst[strings.ToLower(prev)]; ok && (role == roleVIName || role == roleVIRank) {
		for _, f := range first {
			if before == f {
				return true
			}
		}
		return false
	}
	if role == roleVIRank && sameWord(prev, "số") {
		return !viNotRankBefore[before] && !(r.q.Unit == Count && viKnownNoun(r.q.Noun))
	}
	return true
}

// viWholeWord gives the word before the number whole when it is the
// second syllable of one in viNameFirst: "vị trí", "Thông tư", not "trí".
func (r *reading) viWholeWord(prev string) string {
	if _, ok := viNameFirst[strings.ToLower(prev)]; !ok || r.sc.lang == EN {
		return prev
	}
	if before, _ := wordBefore(r.sc.s, r.prevAt); before != "" {
		return before + " " + prev
	}
	return prev
}

// viOrdinalWord: a number word after "thứ" is an ordinal ("đối tác lớn
// thứ ba", the third largest partner), which otherSkips reports.
func (r *reading) viOrdinalWord() bool {
	_, p := wordBefore(r.sc.s, r.start)
	_, _, pe := r.sc.entryAt(p)
	return pe != nil && pe.role == roleVIOrdinal && p < r.start && !viWeekday(r.sc.s, p, r.start, r.end)
}

// viWeekday: "thứ" and a number word also name a weekday ("thứ Hai" is
// Monday, "Thứ năm tuần trước" last Thursday): the number word written
// with a capital, "thứ" opening the sentence or after a word of time
// ("vào", "hôm", "sáng" …), or a word of the calendar after it.
func viWeekday(s string, thu, i, e int) bool {
	if isUpperAt(s, i) {
		return true
	}
	before, _ := wordBefore(s, thu)
	next, _ := wordAt(s, skipSpaces(s, e))
	return before == "" || viWeekdayBefore[strings.ToLower(before)] || viWeekdayAfter[strings.ToLower(next)] ||
		strings.HasPrefix(s[skipSpaces(s, e):], "(")
}

var viWeekdayBefore = map[string]bool{"vào": true, "hôm": true, "sáng": true, "chiều": true, "tối": true,
	"trưa": true, "đêm": true, "ngày": true, "các": true, "mỗi": true, "từ": true, "đến": true, "tới": true}

var viWeekdayAfter = map[string]bool{"tuần": true, "ngày": true, "này": true, "tới": true, "trước": true, "vừa": true}

// viOrdinalTuNam reads "thứ tư" (fourth) and "thứ năm" (fifth; also
// Thursday): words that are numbers only here, as the number reader
// takes "tư" only after tens and "năm" for "year" when alone.
func (sc *scanner) viOrdinalTuNam(i int) (Quantity, bool) {
	s := sc.s
	if sc.lang == EN || sc.lang == KO || !letterAt(s, i) {
		return Quantity{}, false
	}
	w, e := wordAt(s, i)
	v := 0
	switch {
	case sameWord(w, "tư"):
		v = 4
	case sameWord(w, "năm"):
		v = 5
	}
	prev, _ := wordBefore(s, i)
	if v == 0 || !sameWord(prev, "thứ") || letterAt(s, e) || viNumberAfter(s, e) || yearFollows(s, e) {
		return Quantity{}, false
	}
	if _, thu := wordBefore(s, i); viWeekday(s, thu, i, e) {
		return Quantity{}, false
	}
	return Quantity{Text: s[i:e], Start: i, End: e, Value: float64(v), Max: float64(v),
		Kind: KindOrdinal, Qualifier: Exact, Skip: skipOrdinal}, true
}

// yearAfterOrdinal: in "Festival lần 3 năm 2024" and "kỳ họp thứ 8 năm
// 2024" the "năm" after the ordinal introduces the year (the third
// festival, of 2024): it is no unit of the number.
func (r *reading) yearAfterOrdinal(u unitRead, e int) bool {
	s := r.sc.s
	if u.unit != Years || r.sc.lang == EN {
		return false
	}
	if w, _ := wordAt(s, skipSpaces(s, r.end)); !sameWord(w, "năm") {
		return false
	}
	if _, _, ok := yearAt(s, skipSpaces(s, e)); !ok {
		return false
	}
	_, p := wordBefore(s, r.start)
	_, _, pe := r.sc.entryAt(p)
	return pe != nil && (pe.role == roleVIOrdinal || pe.role == roleVIPhase)
}

// sentenceStart reports whether the word at i opens a sentence or a line.
func sentenceStart(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '"' || s[j-1] == '(') {
		j--
	}
	return j == 0 || strings.ContainsRune(".!?\n:", rune(s[j-1]))
}
