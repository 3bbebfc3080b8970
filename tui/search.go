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

// searchable describes an entry to the index: its own texts, and the ids
// of the items whose names it is also found by.
type searchable func(en *entry) (texts []string, refs []string)

func newSearchIndex(set *data.Set, entries []entry, of searchable) *searchIndex {
	x := &searchIndex{ends: make([]int32, len(entries)), refEnds: make([]int32, len(entries))}
	ids := map[string]int32{}
	var buf []byte
	for i := range entries {
		texts, refs := of(&entries[i])
		for k, t := range texts {
			if k > 0 {
				buf = append(buf, '\n')
			}
			buf = data.AppendFold(buf, t)
		}
		x.ends[i] = int32(len(buf))
		for _, id := range refs {
			at, ok := ids[id]
			if !ok {
				it := set.Item(id)
				if it == nil {
					continue
				}
				at = int32(len(x.names))
				ids[id] = at
				x.names = append(x.names, data.Fold(strings.Join(append([]string{it.Name}, it.Aliases...), "\n")))
			}
			x.refs = append(x.refs, at)
		}
		x.refEnds[i] = int32(len(x.refs))
	}
	x.text = string(buf)
	return x
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
