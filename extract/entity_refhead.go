package extract

import (
	"slices"
	"strings"

	"ictdash/data"
)

// An institution is named in full once and then by its head noun: "the
// Ministry of Science and ICT said … according to the ministry", "the
// science ministry said" (a Yonhap lead that names it in full further
// down), "the park aims to attract …". Such a short form stands for the
// one organisation of the article whose name has that head noun (and the
// words before it: "science"), not for whichever was named last.

// institutionHeads are the head nouns a short form keeps.
var institutionHeads = setOf("ministry", "agency", "university", "institute", "association", "park",
	"committee", "council", "embassy", "consulate", "authority", "federation", "chamber", "academy", "bureau")

// shortFormModifiers may stand before the head without being part of the
// name: "the Korean ministry", "the state agency".
var shortFormModifiers = setOf("korean", "vietnamese", "south", "state", "local", "city", "city's", "provincial",
	"national", "government", "same", "country's", "hi-tech", "high-tech")

// maxShortFormSpan bounds how far (in sentences, either way) a short form
// looks for its full name: an article, not the page's footer.
const maxShortFormSpan = 12

// shortFormTags tags each figure whose sentence speaks of "the <head>"
// with the organisation that head stands for. hits are each sentence's
// tagged names, names each id's folded names.
func (x *extractor) shortFormTags(d *Draft, hits [][]tagHit, names func(id string) []string, kind func(string) string) {
	for i := range d.Figures {
		f := &d.Figures[i]
		for _, si := range x.figureSentences(f) {
			head, mods := shortForm(words(x.text, x.sents[si]))
			if head == "" {
				continue
			}
			match := func(h tagHit) bool { return kind(h.id) == "organisation" && namesHead(names(h.id), head, mods) }
			if slices.ContainsFunc(hits[si], match) {
				continue // named in full here
			}
			if id := nearestMatch(hits, si, match); id != "" {
				f.Orgs = union(f.Orgs, []string{id})
			}
		}
	}
}

// shortForm finds "the [modifiers] <head>" in a sentence, not followed by
// "of" or a capitalised word (which make it a full name: "the Park
// Hyatt"), and returns the head and
// its modifiers, lower-cased.
func shortForm(ws []word) (string, []string) {
	for i, w := range ws {
		if strings.ToLower(w.s) != "the" {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3 && ws[k].joined; k++ {
			l := strings.ToLower(ws[k].s)
			if !institutionHeads[l] {
				continue
			}
			if k+1 < len(ws) && ws[k+1].joined && (strings.ToLower(ws[k+1].s) == "of" || capitalised(ws[k+1].s)) {
				break
			}
			var mods []string
			for _, m := range ws[i+1 : k] {
				mods = append(mods, strings.ToLower(m.s))
			}
			return l, mods
		}
	}
	return "", nil
}

// namesHead reports whether one of the folded names has the head word
// and every modifier that is not a demonym or the like.
func namesHead(names []string, head string, mods []string) bool {
	for _, n := range names {
		ws := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' })
		if !slices.Contains(ws, head) {
			continue
		}
		ok := true
		for _, m := range mods {
			ok = ok && (shortFormModifiers[m] || slices.Contains(ws, data.Fold(m)))
		}
		if ok {
			return true
		}
	}
	return false
}

// nearestMatch returns the one organisation that match accepts in the
// nearest sentence before si that names one, else after it; "" when that
// sentence names two (the short form is then ambiguous).
func nearestMatch(hits [][]tagHit, si int, match func(tagHit) bool) string {
	order := make([]int, 0, 2*maxShortFormSpan)
	for k := si - 1; k >= 0 && k >= si-maxShortFormSpan; k-- {
		order = append(order, k)
	}
	for k := si + 1; k < len(hits) && k <= si+maxShortFormSpan; k++ {
		order = append(order, k)
	}
	for _, k := range order {
		var ids []string
		for _, h := range hits[k] {
			if match(h) && !slices.Contains(ids, h.id) {
				ids = append(ids, h.id)
			}
		}
		switch len(ids) {
		case 0:
			continue
		case 1:
			return ids[0]
		}
		return ""
	}
	return ""
}

// entityNames returns the folded name and aliases of a known or drafted
// entity by its id.
func entityNames(x *extractor, d *Draft) func(id string) []string {
	drafted := map[string][]string{}
	for _, e := range d.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			drafted[e.ID] = append(drafted[e.ID], data.Fold(n))
		}
	}
	return func(id string) []string {
		if ns, ok := drafted[id]; ok {
			return ns
		}
		var out []string
		if x.tags.set != nil {
			if it := x.tags.set.Item(id); it != nil {
				for _, n := range append([]string{it.Name}, it.Aliases...) {
					out = append(out, data.Fold(n))
				}
			}
		}
		return out
	}
}
