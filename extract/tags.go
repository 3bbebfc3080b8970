package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"ictdash/data"
	"ictdash/data/text"

	"golang.org/x/text/unicode/norm"
)

// tagger finds known places, organisations and people in a sentence by
// name or alias, ignoring case and diacritics ("Da Nang" finds Đà Nẵng),
// on whole words so that "Korea" does not match "Korean".
type tagger struct {
	names []knownName // longest first, so "South Korea" is tried before "Korea"
	set   *data.Set   // the known dataset, or nil
}

type knownName struct {
	folded string
	orig   string // the name as the records write it
	id     string
	place  bool
}

// tagHit is one known name found in a text, at byte offsets of that text.
type tagHit struct {
	start, end int
	id         string
	place      bool
}

func newTagger(s *data.Set) *tagger {
	t := &tagger{set: s}
	if s == nil {
		return t
	}
	for _, it := range s.Items {
		place := it.Kind == "place"
		if !place && it.Kind != "organisation" && it.Kind != "person" {
			continue
		}
		t.add(it.ID, place, append([]string{it.Name}, it.Aliases...)...)
	}
	return t
}

// add registers names of an entity, keeping the list longest first.
func (t *tagger) add(id string, place bool, names ...string) {
	for _, n := range names {
		if f := strings.TrimSpace(data.Fold(n)); f != "" {
			t.names = append(t.names, knownName{folded: f, orig: strings.TrimSpace(n), id: id, place: place})
		}
	}
	sort.SliceStable(t.names, func(i, j int) bool { return len(t.names[i].folded) > len(t.names[j].folded) })
}

// lookup returns the entity whose name or alias is s (folded), if any.
func (t *tagger) lookup(s string) (knownName, bool) {
	f := strings.TrimSpace(data.Fold(s))
	for _, n := range t.names {
		if n.folded == f {
			return n, true
		}
	}
	return knownName{}, false
}

// tag returns the ids of the places and of the organisations and people
// named in s, each in order of first mention.
func (t *tagger) tag(s string) (places, orgs []string) {
	seen := map[string]bool{}
	for _, h := range t.matches(s) {
		if seen[h.id] {
			continue
		}
		seen[h.id] = true
		if h.place {
			places = append(places, h.id)
		} else {
			orgs = append(orgs, h.id)
		}
	}
	return places, orgs
}

// matches returns every known name in s in text order. A name inside a
// longer name of the same class that already matched is not counted again:
// "Korea Software Industry Association" tags KOSA, not also an
// organisation whose alias is a shorter part of that name. A known name
// that only begins a longer proper name ("LG" in "LG Innotek", "Samsung"
// in "Samsung Electronics") is not that entity: the longer name is another
// one, which draftEntities lists when the dataset lacks it.
func (t *tagger) matches(s string) []tagHit {
	if len(t.names) == 0 {
		return nil
	}
	f, at := foldIndexed(s)
	// Places and organisations claim text separately: a place inside an
	// organisation's name ("Consulate General of South Korea in Đà Nẵng")
	// is still a place the sentence is about.
	taken := map[bool][]bool{true: make([]bool, len(f)), false: make([]bool, len(f))}
	var hits []tagHit
	for _, n := range t.names {
		for from := 0; from < len(f); {
			k := strings.Index(f[from:], n.folded)
			if k < 0 {
				break
			}
			a, b := from+k, from+k+len(n.folded)
			from = a + 1
			if (a > 0 && isWordByte(f, a, true)) || (b < len(f) && isWordByte(f, b, false) && !particleFollows(f, b, n.folded)) || anyTaken(taken[n.place], a, b) {
				continue
			}
			if longerName(s, at[b], n.place) || !sameName(s[at[a]:at[b]], n.orig) || datelinePlace(s, at[a], at[b]) {
				continue
			}
			for i := a; i < b; i++ {
				taken[n.place][i] = true
			}
			hits = append(hits, tagHit{at[a], at[b], n.id, n.place})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	return hits
}

// datelinePlace: "(서울=연합뉴스)", "Hanoi (VNA) –", "SEOUL, June 3
// (Yonhap) --", "HÀ NỘI —" say where the agency filed from, not what the
// sentence is about.
func datelinePlace(s string, a, b int) bool {
	if a > 0 && s[a-1] == '(' && strings.HasPrefix(s[b:], "=") {
		return true
	}
	if strings.TrimSpace(s[:a]) != "" {
		return false // a dateline opens its paragraph
	}
	rest := strings.TrimLeft(s[b:], " ")
	if p, ok := strings.CutPrefix(rest, ","); ok {
		// "SEOUL, June 3 (Yonhap) --": a date, then the agency.
		k := strings.IndexByte(p, '(')
		return k > 0 && k <= 16 && strings.ContainsAny(p[:k], "0123456789") && agencyThenDash(p[k:])
	}
	if agencyThenDash(rest) {
		return true
	}
	return s[a:b] == strings.ToUpper(s[a:b]) && startsDash(rest) // "HÀ NỘI —"
}

// agencyThenDash: "(VNA) –", "(Yonhap) --": a short agency name in
// brackets and a dash.
func agencyThenDash(s string) bool {
	p, ok := strings.CutPrefix(s, "(")
	k := strings.IndexByte(p, ')')
	return ok && k > 0 && k <= 24 && startsDash(strings.TrimLeft(p[k+1:], " "))
}

func startsDash(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—")
}

// sameName reports whether the text written matches a known name that
// folds to the same letters. Folding lets "Da Nang" find Đà Nẵng, but in
// Vietnamese the marks are the word: "khánh thành" (inaugurated) is not
// the person "Thanh". So an accented text must match the name's own
// accents, and a capitalised name (a proper noun) a capitalised text.
func sameName(written, name string) bool {
	if startsUpper(name) && !startsUpper(written) && !isDigitStart(written) {
		return false
	}
	if text.Unaccent(written) == written {
		return true // unaccented: spelt without marks, as English texts do
	}
	return strings.EqualFold(spelling(written), spelling(name))
}

// spelling is s composed (NFC) with single spaces, for comparing marks.
func spelling(s string) string { return norm.NFC.String(strings.Join(strings.Fields(s), " ")) }

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// longerName reports whether the name ending at i in s runs on into a
// longer proper name: for an organisation or person, a capitalised word
// or a company word after one space; for a place, only a company word
// ("Vietnam Airlines" is a firm; "Korea Software Industry Association"
// still places the sentence in Korea).
func longerName(s string, i int, place bool) bool {
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	next := wordAfter(s, i)
	if next == "" {
		return false
	}
	if companyWords[strings.ToLower(next)] {
		return true
	}
	return !place && capitalised(next) && !nameBreakers[next]
}

// nameBreakers are capitalised words that begin a new phrase rather than
// continue a name ("LG Tuesday" does not happen; "Samsung The" neither,
// but a sentence may run "… by Samsung. In 2020" with the stop lost).
var nameBreakers = setOf("The", "In", "On", "At", "And", "But", "For", "With", "A", "An", "I")

// foldIndexed folds s rune by rune and returns, for each byte of the
// folded text (and its end), the offset in s it came from, so that a
// match found in folded text is cut from the text as written.
func foldIndexed(s string) (string, []int) {
	var b strings.Builder
	at := make([]int, 0, len(s)+1)
	for i, r := range s {
		f := data.Fold(string(r))
		b.WriteString(f)
		for range len(f) {
			at = append(at, i)
		}
	}
	at = append(at, len(s))
	return b.String(), at
}

// particleFollows reports whether a name at f[:b] is followed only by a
// Korean particle ("하노이에", "삼성전자는", "LG CNS가"): Korean glues them
// to the noun, a Latin-script one too.
func particleFollows(f string, b int, name string) bool {
	if !hangul(string(lastRune(name))) && !hangul(string(firstRune(f[b:]))) {
		return false
	}
	e := b
	for e < len(f) && isLetterOrDigit(firstRune(f[e:])) {
		_, n := utf8.DecodeRuneInString(f[e:])
		e += n
	}
	return slices.Contains(koParticles, f[b:e])
}

func anyTaken(taken []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}
