package extract

import (
	"fmt"
	"slices"
	"strings"

	"ictdash/data"
	"ictdash/data/text"
)

// draftEntities lists the places, organisations and people the text names
// that known lacks, as new entity records for review, and tags the figures
// and items whose sentences name them. A name is never mapped to a known
// entity of another name: "LG Innotek" is not LG Electronics (the tagger
// leaves a known name that only begins a longer one), so it is drafted.
// A known entity named in another spelling the gazetteer lists (하노이 for
// Hà Nội) is the same entity and is tagged under its known id.
func (x *extractor) draftEntities(d *Draft, known *data.Set) {
	local := &tagger{}
	byName := map[string]int{} // folded name or alias → index in d.Entities
	for _, c := range x.candidates() {
		if n, ok := x.knownEntity(c); ok {
			local.add(n.id, n.place, c.name)
			continue
		}
		if x.insideKnown(c) || namesItem(known, d, c.name) {
			continue
		}
		if k, ok := byName[data.Fold(c.name)]; ok {
			x.restate(&d.Entities[k], c)
			continue
		}
		e := Entity{
			ID: x.entityID(c, known), Kind: c.kind, Name: c.name, Aliases: aliases(c),
			Quote:  x.nameQuote(c.start, c.end),
			Reason: fmt.Sprintf("%s not in the dataset: %s", c.kind, c.cue),
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if _, dup := byName[data.Fold(n)]; !dup {
				byName[data.Fold(n)] = len(d.Entities)
			}
		}
		d.Entities = append(d.Entities, e)
	}
	d.Entities = foldAbbreviations(foldShortNames(d.Entities))
	for i := range d.Entities {
		tidyAliases(&d.Entities[i])
	}
	for _, e := range d.Entities {
		local.add(e.ID, e.Kind == "place", append([]string{e.Name}, e.Aliases...)...)
	}
	x.tagWith(d, local)
	x.referTags(d, local, entityKinds(known, d), entityNames(x, d))
	x.referLabels(d, local, entityKinds(known, d))
}

// entityKinds returns the kind of a known or drafted entity by its id.
func entityKinds(known *data.Set, d *Draft) func(id string) string {
	drafted := map[string]string{}
	for _, e := range d.Entities {
		drafted[e.ID] = e.Kind
	}
	return func(id string) string {
		if k, ok := drafted[id]; ok {
			return k
		}
		if known != nil {
			if it := known.Item(id); it != nil {
				return it.Kind
			}
		}
		return ""
	}
}

// knownEntity returns the known entity a candidate names, by its core, its
// name or one of its other spellings.
func (x *extractor) knownEntity(c candidate) (knownName, bool) {
	for _, s := range append([]string{c.core, c.name}, c.aliases...) {
		if s == "" {
			continue
		}
		if n, ok := x.tags.lookup(s); ok {
			return n, true
		}
	}
	return knownName{}, false
}

// insideKnown reports whether a candidate is part of a known name found in
// its sentence ("Consulate General of South Korea" in the known "Consulate
// General of South Korea in Đà Nẵng"), or holds a known name of its own
// class that the tagger took as a whole name (the known name is not the
// start of a longer one, so the run joined two names: "Samsung and Hana
// Micron" is not one organisation).
func (x *extractor) insideKnown(c candidate) bool {
	sent := x.sentenceAt(c.start, c.end)
	for _, h := range x.tags.matches(x.text[sent.start:sent.end]) {
		a, b := sent.start+h.start, sent.start+h.end
		if a <= c.start && c.end <= b {
			return true
		}
		if h.place == (c.kind == "place") && a < c.end && c.start < b {
			return true
		}
	}
	return false
}

// namesItem reports whether name is a known or drafted item's (a forum or
// a programme is not an entity).
func namesItem(known *data.Set, d *Draft, name string) bool {
	f := data.Fold(name)
	for _, it := range d.Items {
		if data.Fold(it.Name) == f {
			return true
		}
	}
	if known == nil {
		return false
	}
	for _, it := range known.Items {
		if it.Kind == "place" || it.Kind == "organisation" || it.Kind == "person" {
			continue
		}
		for _, n := range append([]string{it.Name}, it.Aliases...) {
			if data.Fold(n) == f {
				return true
			}
		}
	}
	return false
}

// restate records another mention of a drafted entity: a spelling in mixed
// case replaces one in capitals (a dateline's "BẮC NINH"), and new
// spellings become aliases.
func (x *extractor) restate(e *Entity, c candidate) {
	if e.Name == strings.ToUpper(e.Name) && c.name != strings.ToUpper(c.name) {
		e.Name, e.Quote = c.name, x.nameQuote(c.start, c.end)
		e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == c.name })
	}
	for _, a := range aliases(c) {
		if a != e.Name && !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
}

// aliases are a candidate's other spellings: its core, its abbreviation,
// the gazetteer's spellings, and the name without diacritics.
func aliases(c candidate) []string {
	var out []string
	for _, a := range append([]string{c.core, text.Unaccent(c.name)}, c.aliases...) {
		if a != "" && a != c.name && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// tidyAliases drops spellings that differ from another only in case (a
// dateline's "BAC NINH" beside "Bac Ninh"): the tagger ignores case.
func tidyAliases(e *Entity) {
	var out []string
	seen := map[string]bool{data.Fold(e.Name): true}
	for _, a := range e.Aliases {
		if a == strings.ToUpper(a) && !seen[data.Fold(a)] && a != text.Unaccent(a) {
			continue // a capitalised spelling with accents is never the best one
		}
		if a == strings.ToUpper(a) && seen[data.Fold(a)] {
			continue
		}
		seen[data.Fold(a)] = true
		out = append(out, a)
	}
	e.Aliases = out
}

// foldShortNames makes a one-word person ("ông Choi", "ông Tuấn") the
// same person as a fuller name in the article whose family name (first,
// in Korean and Western order) or given name (last, in Vietnamese) it is:
// an alias of that entity, not an entity of its own.
func foldShortNames(es []Entity) []Entity {
	return foldInto(es, func(e, f Entity) bool {
		ws := strings.Fields(f.Name)
		return e.Kind == "person" && f.Kind == "person" && len(strings.Fields(e.Name)) == 1 && len(ws) > 1 &&
			(data.Fold(ws[0]) == data.Fold(e.Name) || data.Fold(ws[len(ws)-1]) == data.Fold(e.Name))
	})
}

// foldInto drops each entity that short says names, in brief, another
// one of the article, and gives that one its name as an alias.
func foldInto(es []Entity, short func(e, full Entity) bool) []Entity {
	folded := make([]bool, len(es))
	for i, e := range es {
		for j, f := range es {
			if j != i && short(e, f) {
				es[j].Aliases = append(es[j].Aliases, e.Name)
				folded[i] = true
				break
			}
		}
	}
	out := es[:0:0]
	for i, e := range es {
		if !folded[i] {
			out = append(out, e)
		}
	}
	return out
}

// foldAbbreviations makes a Korean organisation's short name an alias of
// its full name in the same article: 과기정통부 of 과학기술정보통신부,
// 산업부 of 산업통상자원부 — the short name's syllables in order in the full
// one, the first and the last the same.
func foldAbbreviations(es []Entity) []Entity {
	return foldInto(es, func(e, f Entity) bool {
		return e.Kind == "organisation" && f.Kind == "organisation" && koAbbreviates(e.Name, f.Name)
	})
}

func koAbbreviates(short, long string) bool {
	s, l := []rune(short), []rune(long)
	if len(s) < 3 || len(l) <= len(s) || !allHangul(short) || !allHangul(long) || s[0] != l[0] || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	k := 0
	for _, r := range l {
		if k < len(s) && r == s[k] {
			k++
		}
	}
	return k == len(s)
}
