package main

import (
	"ictdash/data/text"
	"math/rand/v2"
	"slices"
	"strings"
)

// entity is an item of entities.yaml: a place, organisation or person.
type entity struct {
	id, kind, name string
	aliases        []string
	places         []string // ids: an organisation's home
	orgs           []string // ids: a person's organisation
	korean         bool
}

// entities are the actors and places shared by every article.
type entities struct {
	all            []*entity
	vnPlaces       []*entity
	krPlaces       []*entity
	krOrgs, vnOrgs []*entity
	people         []*entity
	byName         map[string]*entity
	ids            map[string]bool
}

// newEntities builds a few hundred places, organisations and people.
func newEntities(rng *rand.Rand) *entities {
	e := &entities{byName: map[string]*entity{}, ids: map[string]bool{}}
	e.place("Việt Nam", false, "Vietnam", "Viet Nam")
	e.place("South Korea", true, "Korea", "Republic of Korea")
	for _, n := range vnPlaces {
		e.vnPlaces = append(e.vnPlaces, e.place(n, false))
	}
	for _, n := range krPlaces {
		e.krPlaces = append(e.krPlaces, e.place(n, true))
	}
	for _, o := range knownOrgs {
		home := e.byName[o.home]
		org := e.add(&entity{kind: "organisation", name: o.name, places: []string{home.id}, korean: home.korean || o.home == "South Korea"})
		if o.alias != "" {
			org.aliases = append(org.aliases, o.alias)
		}
		e.addOrg(org)
	}
	// Synthetic companies, until there are a few hundred organisations.
	for len(e.krOrgs)+len(e.vnOrgs) < 260 {
		korean := rng.IntN(2) == 0
		var name string
		var home *entity
		if korean {
			name = pick(rng, krSyllables) + strings.ToLower(pick(rng, krSyllables)) + " " + pick(rng, companySuffixes)
			home = pick(rng, e.krPlaces)
		} else {
			name = pick(rng, vnSyllables) + " " + pick(rng, vnSyllables) + " " + pick(rng, companySuffixes)
			home = pick(rng, e.vnPlaces)
		}
		if e.byName[name] != nil {
			continue
		}
		e.addOrg(e.add(&entity{kind: "organisation", name: name, places: []string{home.id}, korean: korean}))
	}
	for len(e.people) < 60 {
		var name string
		korean := rng.IntN(3) == 0
		if korean {
			name = pick(rng, krFamily) + " " + pick(rng, krGiven)
		} else {
			name = pick(rng, vnFamily) + " " + pick(rng, vnMiddle) + " " + pick(rng, vnGiven)
		}
		if e.byName[name] != nil {
			continue
		}
		orgs := e.vnOrgs
		if korean {
			orgs = e.krOrgs
		}
		p := e.add(&entity{kind: "person", name: name, orgs: []string{pick(rng, orgs).id}, korean: korean})
		e.people = append(e.people, p)
	}
	return e
}

func (e *entities) place(name string, korean bool, aliases ...string) *entity {
	return e.add(&entity{kind: "place", name: name, aliases: aliases, korean: korean})
}

func (e *entities) addOrg(o *entity) {
	if o.korean {
		e.krOrgs = append(e.krOrgs, o)
	} else {
		e.vnOrgs = append(e.vnOrgs, o)
	}
}

// add gives an entity a unique id from its name and its unaccented
// spelling as an alias.
func (e *entities) add(en *entity) *entity {
	if plain := unaccent(en.name); plain != en.name && !slices.Contains(en.aliases, plain) {
		en.aliases = append([]string{plain}, en.aliases...)
	}
	en.id = uniqueID(e.ids, slug(en.name))
	e.all = append(e.all, en)
	e.byName[en.name] = en
	return en
}

// unaccent drops diacritics, keeping case: "Đà Nẵng" → "Da Nang".
func unaccent(s string) string { return text.Unaccent(s) }

// slug makes a kebab-case id from a name.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(unaccent(s)) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func uniqueID(used map[string]bool, id string) string {
	base := id
	for n := 2; used[id]; n++ {
		id = base + "-" + itoa(n)
	}
	used[id] = true
	return id
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }
