package tui

import (
	"strings"

	"ictdash/data"
)

// searchIndex is what a list's filter searches: for each entry, the folded
// text of its own fields (one arena for all entries, not a string each),
// and the items it names (a place, an organisation, what it describes),
// whose names and aliases are folded once, however many rows name them.
// An entry matches when its own text or one of its items' names contains
// the query — the same rule as data.Set.FigureText, whose parts are joined
// by newlines a typed query cannot contain.
type searchIndex struct {
	text    string
	ends    []int32 // entry i's text is text[ends[i-1]:ends[i]]
	refs    []int32 // indexes into names: entry i's are refs[refEnds[i-1]:refEnds[i]]
	refEnds []int32
	names   []string // folded names and aliases of the items rows name
}

// searchable describes an entry to the index: its own texts, and texts
// many entries share — the ids of the items it names (found by their names
// and aliases), and plain texts such as a status or an article's file
// name — which are folded and stored once.
type searchable func(en *entry) (texts []string, shared []string)

// sharedItem marks an item id among an entry's shared texts; anything else
// is a text.
const sharedItem = "\x00"

func newSearchIndex(set *data.Set, entries []entry, of searchable) *searchIndex {
	x := &searchIndex{ends: make([]int32, len(entries)), refEnds: make([]int32, len(entries))}
	ids := map[string]int32{}
	// Fold every entry's own text straight into one buffer of the right
	// size, which becomes the index's string without a copy.
	size := 0
	for i := range entries {
		texts, _ := of(&entries[i])
		for _, t := range texts {
			size += len(t) + 1
		}
	}
	var b strings.Builder
	b.Grow(size)
	var tmp []byte
	for i := range entries {
		texts, shared := of(&entries[i])
		for k, t := range texts {
			if k > 0 {
				b.WriteByte('\n')
			}
			tmp = data.AppendFold(tmp[:0], t)
			b.Write(tmp)
		}
		x.ends[i] = int32(b.Len())
		for _, key := range shared {
			at, ok := ids[key]
			if !ok {
				name, ok := sharedText(set, key)
				if !ok {
					continue
				}
				at = int32(len(x.names))
				ids[key] = at
				x.names = append(x.names, name)
			}
			x.refs = append(x.refs, at)
		}
		x.refEnds[i] = int32(len(x.refs))
	}
	x.text = b.String()
	return x
}

// sharedText is the folded text a shared key stands for.
func sharedText(set *data.Set, key string) (string, bool) {
	id, isItem := strings.CutPrefix(key, sharedItem)
	if !isItem {
		return data.Fold(key), true
	}
	it := set.Item(id)
	if it == nil {
		return "", false
	}
	return data.Fold(strings.Join(append([]string{it.Name}, it.Aliases...), "\n")), true
}

// items marks ids as item ids for searchable.
func items(ids ...[]string) []string {
	var out []string
	for _, list := range ids {
		for _, id := range list {
			out = append(out, sharedItem+id)
		}
	}
	return out
}

// own is entry i's own text, folded (its texts joined by newlines).
func (x *searchIndex) own(i int) string {
	from := int32(0)
	if i > 0 {
		from = x.ends[i-1]
	}
	return x.text[from:x.ends[i]]
}

// filter returns the entries among candidates (all when nil) that match
// the folded query q, in the order given.
func (x *searchIndex) filter(q string, candidates []int, n int, out []int) []int {
	named := make([]bool, len(x.names))
	for i, name := range x.names {
		named[i] = strings.Contains(name, q)
	}
	match := func(i int) bool {
		from, refFrom := int32(0), int32(0)
		if i > 0 {
			from, refFrom = x.ends[i-1], x.refEnds[i-1]
		}
		if strings.Contains(x.text[from:x.ends[i]], q) {
			return true
		}
		for _, r := range x.refs[refFrom:x.refEnds[i]] {
			if named[r] {
				return true
			}
		}
		return false
	}
	out = out[:0]
	if candidates == nil {
		for i := 0; i < n; i++ {
			if match(i) {
				out = append(out, i)
			}
		}
		return out
	}
	for _, i := range candidates {
		if match(i) {
			out = append(out, i)
		}
	}
	return out
}
