package quantity

import (
	"fmt"
	"strings"
)

// Readings that could be wrong, flagged; and words that make a number
// something else.

// overDuring: "over five years" may mean during five years, and "over
// three to five years" does.
func (r *reading) overDuring() {
	if r.q.Qualifier != Over || r.q.Unit.Kind() != KindDuration {
		return
	}
	if w, _ := wordAt(r.hedge, 0); !sameWord(w, "over") {
		return
	}
	if r.ranged {
		r.q.Qualifier, r.start = Exact, r.numStart
		return
	}
	if w, _ := wordBefore(r.sc.s, r.start); overMeansMore[strings.ToLower(w)] {
		return // "runs for over 7 months", "took over two years"
	}
	r.addAmb("'over' before a span of time may mean 'during'")
}

// trenAcross: "trên 63 tỉnh" may be "across 63 provinces", not "over 63".
func (r *reading) trenAcross() {
	if r.q.Qualifier != Over || !sameWord(r.hedge[:min(len(r.hedge), len("trên"))], "trên") {
		return
	}
	switch r.q.Noun {
	case "provinces", "cities", "countries":
		r.addAmb("'trên' may mean 'across' rather than 'more than'")
	}
}

// overMeansMore: after these, "over five years" is more than five years.
var overMeansMore = map[string]bool{
	"for": true, "take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"last": true, "lasts": true, "lasted": true, "lasting": true, "spent": true, "spend": true,
	"waited": true, "wait": true, "aged": true, "of": true, "than": true, "after": true,
	"within": true, "since": true, "been": true, "is": true, "was": true, "be": true,
}

// orScale flags "2 or 3 million": the scale may belong to both numbers.
func (r *reading) orScale() {
	s := r.sc.s
	if r.n.mul != 1 || r.ranged || r.unitRead || r.noun > 0 || r.n.plain && r.n.ndigits == 4 && r.n.val >= 1900 && r.n.val <= 2100 {
		return // "in 2023 and 5 million": a year takes no scale
	}
	k := skipSpaces(s, r.end)
	if k == r.end {
		return
	}
	_, e, en := r.sc.entryAt(k)
	p := skipSpaces(s, e)
	if p == e || en == nil || en.fn != fnOr && en.fn != fnAnd {
		return
	}
	if next, ok := r.sc.numeral(p, false); ok && next.mul > 1 && next.val > r.n.val {
		r.addAmb(fmt.Sprintf("the scale of %q may apply to %q too", s[next.start:next.end], s[r.n.start:r.n.end]))
	}
}

// halfPeriods before "half" make it half a year.
var halfPeriods = map[string]bool{"first": true, "second": true, "latter": true, "the": true,
	"other": true, "later": true, "earlier": true, "back": true, "front": true}

func lowerASCII(w string) string {
	var buf [16]byte
	if len(w) > len(buf) {
		return ""
	}
	return string(fold(buf[:0], w))
}
