package extract

import (
	"sort"
	"strings"

	"ictdash/data"
)

// tagger finds known places, organisations and people in a sentence by
// name or alias, ignoring case and diacritics ("Da Nang" finds Đà Nẵng),
// on whole words so that "Korea" does not match "Korean".
type tagger struct {
	names []knownName // longest first, so "South Korea" is tried before "Korea"
}

type knownName struct {
	folded string
	id     string
	place  bool
}

func newTagger(s *data.Set) *tagger {
	t := &tagger{}
	if s == nil {
		return t
	}
	for _, it := range s.Items {
		place := it.Kind == "place"
		if !place && it.Kind != "organisation" && it.Kind != "person" {
			continue
		}
		for _, n := range append([]string{it.Name}, it.Aliases...) {
			if f := strings.TrimSpace(data.Fold(n)); f != "" {
				t.names = append(t.names, knownName{folded: f, id: it.ID, place: place})
			}
		}
	}
	sort.SliceStable(t.names, func(i, j int) bool { return len(t.names[i].folded) > len(t.names[j].folded) })
	return t
}

// tag returns the ids of the places and of the organisations and people
// named in s, each in order of first mention. A name inside a longer name
// of the same class that already matched is not counted again: "Korea
// Software Industry Association" tags KOSA, not also an organisation whose
// alias is a shorter part of that name.
func (t *tagger) tag(s string) (places, orgs []string) {
	if len(t.names) == 0 {
		return nil, nil
	}
	f := data.Fold(s)
	// Places and organisations claim text separately: a place inside an
	// organisation's name ("Consulate General of South Korea in Đà Nẵng")
	// is still a place the sentence is about.
	taken := map[bool][]bool{true: make([]bool, len(f)), false: make([]bool, len(f))}
	type hit struct {
		at    int
		id    string
		place bool
	}
	var hits []hit
	for _, n := range t.names {
		for from := 0; from < len(f); {
			k := strings.Index(f[from:], n.folded)
			if k < 0 {
				break
			}
			a, b := from+k, from+k+len(n.folded)
			from = a + 1
			if (a > 0 && isWordByte(f, a, true)) || (b < len(f) && isWordByte(f, b, false)) || anyTaken(taken[n.place], a, b) {
				continue
			}
			for i := a; i < b; i++ {
				taken[n.place][i] = true
			}
			hits = append(hits, hit{a, n.id, n.place})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	seen := map[string]bool{}
	for _, h := range hits {
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

func anyTaken(taken []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}
