package quantity

// Vietnamese words after a number that are no counted noun: verbs, and
// the "tuổi" of an age.

// viVerbs are verbs that often follow a number's noun phrase, or follow
// the number itself where no noun is written ("giai đoạn 2 dự kiến hoàn
// thành", "đợt 1 gồm"): never a counted noun.
var viVerbs = newPhrases(map[string]bool{
	"dự kiến": true, "đạt": true, "tăng": true, "giảm": true, "chiếm": true, "gồm": true,
	"bao gồm": true, "thuộc": true, "nằm": true, "bị": true, "cần": true, "phải": true,
	"tương đương": true, "trị giá": true, "đứng": true, "xếp": true, "diễn ra": true,
	"kéo dài": true, "hoàn thành": true, "sẽ": true, "thu hút": true,
})

// viVerbAt reports whether one of viVerbs starts at k.
func viVerbAt(s string, k int) bool {
	_, _, ok := viVerbs.match(s, k)
	return ok
}

// viAgeUnit reads an age in months or years: "18 tháng tuổi" (eighteen
// months old), "5 năm tuổi"; "độ tuổi 18-25" and "tuổi 18" (the ages 18
// to 25, age 18) are ages too. An age is no quantity.
func (r *reading) viAgeUnit() {
	s := r.sc.s
	if r.sc.lang == EN || r.q.Skip != "" {
		return
	}
	if u := r.q.Unit; u == Months || u == Years {
		if k := skipSpaces(s, r.end); k > r.end {
			if w, e := wordAt(s, k); sameWord(w, "tuổi") && !letterAt(s, e) {
				r.q.Skip, r.q.Kind, r.end = skipAge, KindDuration, e
			}
		}
		return
	}
	if prev, _ := wordBefore(s, r.start); r.q.Unit == None && !r.unitRead && sameWord(prev, "tuổi") && r.n.plain {
		r.q.Unit, r.q.Skip, r.q.Kind, r.unitRead = Years, skipAge, KindDuration, true
	}
}
