package quantity

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// Parse reads one value as written, such as a record's value_text:
// "nearly 20", "US$382 million", "more than $1 billion", "2,5 tỷ USD",
// "74만 명", "the next five years", "279 projects" (a trailing noun makes
// a bare number a count). A leading "the" is ignored; "last year" and
// "next month" read as one unit of time, Relative. The whole of s must be
// the value and its noun: anything else is an error naming the text. lang
// decides the separators as in Scan.
func Parse(s string, lang Lang) (Quantity, error) {
	t := strings.TrimSpace(s)
	// The scanner (with its word cache, some 4 KB) is taken from a pool:
	// the loader parses every value as written, 100,000 of them in a large
	// dataset, and a fresh scanner each time was most of its garbage.
	sc := parseScanners.Get().(*scanner)
	defer parseScanners.Put(sc)
	*sc = scanner{s: t, lang: lang}
	i := 0
	if w, e := wordAt(t, 0); sameWord(w, "the") && skipSpaces(t, e) > e {
		i = skipSpaces(t, e)
	}
	q, ok := Quantity{}, false
	if i < len(t) {
		if q, ok = sc.expr(i); !ok || q.Start != i {
			q, ok = sc.relativeUnit(i)
		}
	}
	if !ok {
		return Quantity{}, fmt.Errorf("quantity: %q is not a quantity", s)
	}
	if q.Skip == skipVersion || q.Skip == skipPhone {
		return Quantity{}, fmt.Errorf("quantity: %q is not a quantity: %s", s, q.Skip)
	}
	if rest := t[q.End:]; strings.TrimSpace(rest) != "" {
		if !isNounTail(rest) || q.Kind == KindDate || q.Kind == KindTime {
			return Quantity{}, fmt.Errorf("quantity: %q is not a quantity: unexpected %q", s, strings.TrimSpace(rest))
		}
		if q.Unit == None && q.Skip == "" {
			q.Unit, q.Kind = Count, KindCount
			if q.Noun == "" {
				q.Noun, _ = wordAt(rest, skipSpaces(rest, 0))
			}
		}
	}
	q.Text, q.Start, q.End = t, 0, len(t)
	return q, nil
}

// relativeUnit reads "last year", "next month": one unit of time relative
// to publication. Scan does not report these (they hold no numeral).
func (sc *scanner) relativeUnit(i int) (Quantity, bool) {
	k, ok := sc.relativePrefix(i)
	if !ok {
		return Quantity{}, false
	}
	w, e := wordAt(sc.s, k)
	t, ok := lookup(timeWords, w)
	if !ok || letterAt(sc.s, e) {
		return Quantity{}, false
	}
	return Quantity{Start: i, End: e, Value: t.mul, Max: t.mul, Unit: t.unit, Kind: KindDuration,
		Qualifier: Exact, Relative: true}, true
}

// isNounTail: what follows a value in Parse may only be words ("South
// Korean startups", "per share"), apart from it by a space or hyphen, or
// Korean particles.
func isNounTail(rest string) bool {
	if r, _ := runeAt(rest, 0); rest[0] != ' ' && rest[0] != '-' && !isHangul(r) {
		return false
	}
	for _, r := range rest {
		if !isLetter(r) && !strings.ContainsRune(" -'’.&/", r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// parseScanners are the scanners Parse and Each reuse.
var parseScanners = sync.Pool{New: func() any { return new(scanner) }}
