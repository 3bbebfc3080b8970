package quantity

import "strings"

// Ages in English reporting: "aged 18-25", "aged between 15 and 24",
// "ages 18 to 25", "at the age of 45", and the age set off by commas
// after a name ("Kim, 52, said"). An age is not a quantity of the story.

// ageWords before a number (or a range) make it an age.
var ageWords = map[string]bool{"aged": true, "ages": true, "age": true}

// isAge reports whether the number is an age by the words before it.
func (r *reading) isAge(prev string) bool {
	q := &r.q
	if r.sc.lang == KO || q.Unit != None && q.Unit != Count && q.Unit != Years || r.cur.unit != "" {
		return false
	}
	if r.n.val < 0 || r.n.val > 130 || r.n.mul != 1 {
		return false
	}
	w := lowerASCII(prev)
	if w == "of" { // "at the age of 45"
		p, _ := wordBefore(r.sc.s, r.prevAt)
		w = lowerASCII(p)
		if w != "age" {
			return false
		}
	}
	if ageWords[w] {
		return true
	}
	return r.appositiveAge()
}

// appositiveAge: a number of one to three digits between commas after a
// capitalised word, with a word in lower case after the second comma:
// "Nguyen Van Minh, 45, said", "Kim, 52, a former engineer".
func (r *reading) appositiveAge() bool {
	s, q, n := r.sc.s, &r.q, &r.n
	if r.sc.lang != EN || !n.plain || n.ndigits > 3 || n.val < 1 || q.Qualifier != Exact || r.ranged || q.Unit != None {
		return false
	}
	if r.start < 3 || s[r.start-2:r.start] != ", " || r.end+2 >= len(s) || s[r.end] != ',' || s[r.end+1] != ' ' {
		return false
	}
	w, p := wordBefore(s, r.start-2)
	if w == "" || p+len(w) != r.start-2 || !isUpperAt(s, p) || acronym(w) {
		return false
	}
	if en := entryOf(w); en != nil && (en.month != 0 || en.starter) {
		return false // "May 12, 2024" is a date; "In 2024, 52, ..." no name
	}
	next, _ := wordAt(s, r.end+2)
	return next != "" && !isUpperAt(next, 0) && !strings.EqualFold(next, "and")
}

// markAge makes the reading an age.
func (r *reading) markAge() {
	q := &r.q
	q.Skip, q.Kind, q.Unit, q.Noun = skipAge, KindDuration, Years, ""
}
