package data

import (
	"fmt"
	"ictdash/data/text"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
)

// When a reference names no item, the message says what to add and where
// (the curator is usually tagging a place or firm the dataset does not
// know yet), and which known id was probably meant: one within two edits
// ("da-nang" for "danang"), or one whose name folds to the same words
// ("bac-ninh-province", named Bắc Ninh, for "bac-ninh").

// maxNearSearches bounds the edit-distance searches of one load: each is a
// pass over every id, and a hostile dataset could have a million dangling
// references. Past it, only the folded-name lookup is made.
const maxNearSearches = 1000

// suggester holds the ids and folded names the suggestions are drawn
// from, built on the first dangling reference (most loads have none).
type suggester struct {
	once     sync.Once
	items    []*Item            // by id, for a deterministic best match
	byName   map[string][]*Item // slug of each name and alias
	searches atomic.Int64       // edit-distance searches made so far
	figOnce  sync.Once
	figIDs   []string // sorted
}

// undefined is the message for a reference to an id no item has.
func (v *verifier) undefined(key, id string, kinds []string) string {
	shown := id
	if len(id) > text.MaxExcerpt {
		shown = Excerpt(id)
	}
	// %q shows an escape or control character in an id for what it is.
	msg := fmt.Sprintf("%s: %q is not defined", key, shown)
	if !validID(id) {
		msg += " (nor is it a valid id: lowercase letters, digits and single hyphens)"
	}
	near := v.nearItem(id, kinds)
	if near != "" {
		msg += fmt.Sprintf("; did you mean %q? If not,", near)
	} else {
		msg += ";"
	}
	where, kind := "this file's items (or entities.yaml for a place, organisation or person)", "…"
	if len(kinds) > 0 {
		where, kind = "entities.yaml (or this file's items)", kinds[0]
	}
	if !validID(id) {
		return msg + " add the item to " + where
	}
	return msg + fmt.Sprintf(" add it to %s as: {id: %s, kind: %s, name: …}", where, id, kind)
}

// nearItem returns the id of an item of one of kinds (any kind when none
// is given) that id probably meant, or "".
func (v *verifier) nearItem(id string, kinds []string) string {
	s := &v.suggest
	s.once.Do(func() {
		s.byName = map[string][]*Item{}
		for _, it := range v.set.items {
			s.items = append(s.items, it)
			for _, name := range append([]string{it.Name}, it.Aliases...) {
				if k := slug(name); k != "" {
					s.byName[k] = append(s.byName[k], it)
				}
			}
		}
		slices.SortFunc(s.items, func(a, b *Item) int { return strings.Compare(a.ID, b.ID) })
		for _, its := range s.byName {
			slices.SortFunc(its, func(a, b *Item) int { return strings.Compare(a.ID, b.ID) })
		}
	})
	fits := func(it *Item) bool { return len(kinds) == 0 || slices.Contains(kinds, it.Kind) }
	for _, it := range s.byName[slug(id)] {
		if fits(it) && it.ID != id {
			return it.ID
		}
	}
	if s.searches.Add(1) > maxNearSearches {
		return ""
	}
	ids := make([]string, 0, 16)
	for _, it := range s.items {
		if fits(it) {
			ids = append(ids, it.ID)
		}
	}
	return nearest(id, ids)
}

// didYouMeanFigure is " (did you mean "x"?)" for a figure id within two
// edits of id, or "".
func (v *verifier) didYouMeanFigure(id string) string {
	s := &v.suggest
	s.figOnce.Do(func() {
		for fid := range v.set.figures {
			s.figIDs = append(s.figIDs, fid)
		}
		slices.Sort(s.figIDs)
	})
	if s.searches.Add(1) > maxNearSearches {
		return ""
	}
	if near := nearest(id, s.figIDs); near != "" {
		return fmt.Sprintf("; did you mean %q?", near)
	}
	return ""
}

// nearest returns the candidate (sorted) fewest edits from id, at most two
// and fewer than a third of its length ("vn" is not a typo of "kr").
func nearest(id string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if c == id || len(c) < len(id)-2 || len(c) > len(id)+2 {
			continue
		}
		if d := editDistance(id, c, bestD-1); d < bestD && 3*d < len(id) {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of two byte strings (ids are
// ASCII), or limit+1 once it must exceed limit.
func editDistance(a, b string, limit int) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// slug is a name as an id would spell it: folded (lower case, no
// diacritics), letters and digits of any script, runs of anything else one
// hyphen. "Bắc Ninh" and "bac-ninh" are both "bac-ninh".
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
		} else {
			hyphen = true
		}
	}
	return b.String()
}
