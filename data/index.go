package data

import (
	"slices"
	"sync"
)

// Queries that ask what refers to an id are answered from indexes built
// once, on first use, rather than by a pass over every figure: the
// dashboard asks them for every event and every actor, which over a large
// dataset was quadratic. The Set is read-only once loaded, so the indexes
// never go stale.

// refIndex is what refers to each id, in dataset order.
type refIndex struct {
	of    map[string][]*Figure // figures that name the id among their items
	figs  map[string][]*Figure // figures that name it as item, place or organisation
	items map[string][]*Item   // items that name it as place, organisation or related item
	cites map[string]int       // per article: figures citing it
}

// reachIndex is FiguresAt's and FiguresBy's answer for each id: figures
// naming it directly, or through one of their items' places or orgs.
type reachIndex struct{ at, by map[string][]*Figure }

// lazyIndexes are a Set's indexes, each built by whichever query needs it
// first.
type lazyIndexes struct {
	refsOnce, reachOnce sync.Once
	refs                *refIndex
	reach               *reachIndex
}

func (s *Set) refIndex() *refIndex {
	s.lazy.refsOnce.Do(func() {
		x := &refIndex{of: map[string][]*Figure{}, figs: map[string][]*Figure{},
			items: map[string][]*Item{}, cites: map[string]int{}}
		for _, f := range s.Figures {
			for _, id := range f.Items {
				x.of[id] = appendOnce(x.of[id], f)
			}
			for _, ids := range [][]string{f.Items, f.Places, f.Orgs} {
				for _, id := range ids {
					x.figs[id] = appendOnce(x.figs[id], f)
				}
			}
			for i, src := range f.Sources {
				if !slices.ContainsFunc(f.Sources[:i], func(o Source) bool { return o.Article == src.Article }) {
					x.cites[src.Article]++
				}
			}
		}
		for _, it := range s.Items {
			for _, ids := range [][]string{it.Places, it.Orgs, it.Related} {
				for _, id := range ids {
					x.items[id] = appendOnce(x.items[id], it)
				}
			}
		}
		s.lazy.refs = x
	})
	return s.lazy.refs
}

func (s *Set) reachIndex() *reachIndex {
	s.lazy.reachOnce.Do(func() {
		x := &reachIndex{at: map[string][]*Figure{}, by: map[string][]*Figure{}}
		for _, f := range s.Figures {
			direct := [][]string{f.Places, f.Orgs, f.Items}
			for _, ids := range direct {
				for _, id := range ids {
					x.at[id] = appendOnce(x.at[id], f)
					x.by[id] = appendOnce(x.by[id], f)
				}
			}
			for _, iid := range f.Items {
				if it := s.items[iid]; it != nil {
					for _, id := range it.Places {
						x.at[id] = appendOnce(x.at[id], f)
					}
					for _, id := range it.Orgs {
						x.by[id] = appendOnce(x.by[id], f)
					}
				}
			}
		}
		s.lazy.reach = x
	})
	return s.lazy.reach
}

// appendOnce appends x unless it is already last: records are visited in
// order, so a record naming an id twice is listed once.
func appendOnce[T comparable](list []T, x T) []T {
	if n := len(list); n > 0 && list[n-1] == x {
		return list
	}
	return append(list, x)
}

// answer returns an index's list for a caller to keep: appending to it
// must not write into the index.
func answer[T any](list []T) []T { return slices.Clip(list) }
