package brief

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"ictdash/data"
)

// actor is a person or organisation with the selected records that name
// it.
type actor struct {
	it    *data.Item
	links int // selected records naming it
}

// rankActors counts, for every person and organisation, the selected
// figures and items that name it: a figure directly or through the items
// it describes, an item directly. People come first, then organisations,
// each most linked first, then by name.
func (p *plan) rankActors(items []*data.Item) []actor {
	counts := map[string]*actor{}
	var ids []string // one record's actors, each once
	add := func(list []string) {
		for _, id := range list {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	count := func() {
		for _, id := range ids {
			a := counts[id]
			if a == nil {
				it := p.set.Item(id)
				if it == nil || (it.Kind != "person" && it.Kind != "organisation") {
					continue
				}
				a = &actor{it: it}
				counts[id] = a
			}
			a.links++
		}
		ids = ids[:0]
	}
	for _, f := range p.reported {
		add(f.Orgs)
		for _, iid := range f.Items {
			if it := p.set.Item(iid); it != nil {
				add(it.Orgs)
			}
		}
		count()
	}
	seen := map[*data.Item]bool{}
	for _, it := range items {
		if !seen[it] {
			seen[it] = true
			add(it.Orgs)
			count()
		}
	}
	out := make([]actor, 0, len(counts))
	for _, a := range counts {
		out = append(out, *a)
	}
	slices.SortFunc(out, func(a, b actor) int {
		return cmp.Or(cmp.Compare(kindRank(a.it.Kind), kindRank(b.it.Kind)), cmp.Compare(b.links, a.links),
			strings.Compare(data.Fold(a.it.Name), data.Fold(b.it.Name)),
			strings.Compare(a.it.ID, b.it.ID))
	})
	return out
}

func kindRank(kind string) int {
	if kind == "person" {
		return 0
	}
	return 1
}

// pickActors takes n of the ranked actors: two in three people, the rest
// organisations (either filling what the other lacks), people first.
func pickActors(all []actor, n int) []actor {
	var people, orgs []actor
	for _, a := range all {
		if a.it.Kind == "person" {
			people = append(people, a)
		} else {
			orgs = append(orgs, a)
		}
	}
	nOrgs := min(len(orgs), n/3)
	nPeople := min(len(people), n-nOrgs)
	nOrgs = min(len(orgs), n-nPeople)
	return slices.Concat(people[:nPeople], orgs[:nOrgs])
}

// actors converts the who's who.
func (bd *builder) actors(as []actor) []Actor {
	out := []Actor{}
	for _, a := range as {
		out = append(out, Actor{ID: a.it.ID, Kind: a.it.Kind, Name: clean(a.it.Name), Role: bd.role(a.it),
			Links: a.links, Cites: bd.cites(a.it.Sources)})
	}
	return out
}

// articleRefRE matches a parenthesised list of article numbers, as notes
// cite the seed articles: "(000)", "(002, 003, 004)".
var articleRefRE = regexp.MustCompile(`\s*\((?:[0-9]{3}(?:,\s*)?)+\)`)

// role words what a person or organisation is. A person's is the first
// clause of the record's note (notes describe people by their office:
// "Head of the Consulate General of South Korea in Đà Nẵng (000)"), else
// the organisations it belongs to; an organisation's is the places it is
// in, unless its name says so already.
func (bd *builder) role(it *data.Item) string {
	if it.Kind == "person" {
		note := articleRefRE.ReplaceAllString(clean(it.Note), "")
		if first := firstClause(note); first != "" {
			return first
		}
		return strings.Join(bd.names(it.Orgs), ", ")
	}
	var places []string
	for _, id := range it.Places {
		if !namesPlace(it, bd.set.Item(id)) {
			places = append(places, clean(bd.set.Name(id)))
		}
	}
	return strings.Join(places, ", ")
}

// namesPlace reports whether an organisation's name or aliases say the
// place already ("… of the Republic of Korea", "Korea Software Industry
// Association").
func namesPlace(org, place *data.Item) bool {
	if place == nil {
		return false
	}
	for _, n := range append([]string{org.Name}, org.Aliases...) {
		for _, p := range append([]string{place.Name}, place.Aliases...) {
			if strings.Contains(" "+data.Fold(n)+" ", " "+data.Fold(p)+" ") || strings.Contains(data.Fold(n), "("+data.Fold(p)+")") {
				return true
			}
		}
	}
	return false
}

// firstClause is a note's first sentence up to its first ";".
func firstClause(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	s, _, _ = strings.Cut(s, ";")
	return strings.TrimRight(strings.TrimSpace(s), ".")
}
