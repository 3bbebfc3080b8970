package data

import (
	"slices"
	"sort"
	"strings"
)

// ItemsOfKind returns the items of one kind, by name.
func (s *Set) ItemsOfKind(kind string) []*Item {
	var out []*Item
	for _, it := range s.Items {
		if it.Kind == kind {
			out = append(out, it)
		}
	}
	keys := make(map[*Item]string, len(out))
	for _, it := range out {
		keys[it] = Fold(it.Name)
	}
	sort.SliceStable(out, func(i, j int) bool { return keys[out[i]] < keys[out[j]] })
	return out
}

// FiguresOfKind returns the figures describing at least one item of kind.
func (s *Set) FiguresOfKind(kind string) []*Figure {
	return s.filterFigures(func(f *Figure) bool {
		for _, id := range f.Items {
			if it := s.items[id]; it != nil && it.Kind == kind {
				return true
			}
		}
		return false
	})
}

// FiguresAt returns the figures about a place, directly or via their items.
func (s *Set) FiguresAt(placeID string) []*Figure { return answer(s.reachIndex().at[placeID]) }

// FiguresBy returns the figures naming an organisation or person, directly
// or via their items.
func (s *Set) FiguresBy(orgID string) []*Figure { return answer(s.reachIndex().by[orgID]) }

// FiguresIn returns the figures whose period includes year.
func (s *Set) FiguresIn(year int) []*Figure {
	return s.filterFigures(func(f *Figure) bool {
		from, to := PeriodYears(f.Period)
		return from != 0 && from <= year && year <= to
	})
}

// Events returns the event items in date order; undated events come last.
func (s *Set) Events() []*Item {
	ev := s.ItemsOfKind("event")
	sortByDate(ev)
	return ev
}

// TimelineKinds are the item kinds that happen at a date: events, and the
// dated milestones of investments, programmes, initiatives and markets.
var TimelineKinds = []string{"event", "investment", "training", "initiative", "market"}

// Timeline returns events plus every dated item of a timeline kind, in date
// order; undated events come last (undated other items are not events).
func (s *Set) Timeline() []*Item {
	var out []*Item
	for _, it := range s.Items {
		if it.Kind == "event" || (it.Date != "" && slices.Contains(TimelineKinds, it.Kind)) {
			out = append(out, it)
		}
	}
	sortByDate(out)
	return out
}

func sortByDate(items []*Item) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i].Date, items[j].Date
		if (a == "") != (b == "") {
			return a != ""
		}
		return a < b
	})
}

// FiguresOf returns the figures that describe an item.
func (s *Set) FiguresOf(itemID string) []*Figure { return answer(s.refIndex().of[itemID]) }

// Linked returns what refers to an item: figures naming it as item, place or
// organisation, and items naming it as place, organisation or related item.
func (s *Set) Linked(id string) ([]*Figure, []*Item) {
	x := s.refIndex()
	return answer(x.figs[id]), answer(x.items[id])
}

// Point is one value of a chart series.
type Point struct {
	Period string
	Value  float64
	Figure *Figure
}

// Series returns the figures' values ordered by period, for charts.
func Series(figs []*Figure) []Point {
	pts := make([]Point, 0, len(figs))
	for _, f := range figs {
		pts = append(pts, Point{Period: f.Period, Value: f.Value, Figure: f})
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].Period < pts[j].Period })
	return pts
}

// MatchItems returns the items of the given kinds whose id, name or an alias
// matches name, ignoring case and diacritics ("danang", "NIPA"). Exact
// matches win; otherwise substring matches are returned.
func (s *Set) MatchItems(name string, kinds ...string) []*Item {
	q := squash(Fold(name))
	var exact, partial []*Item
	for _, it := range s.Items {
		if len(kinds) > 0 && !slices.Contains(kinds, it.Kind) {
			continue
		}
		for _, n := range append([]string{it.ID, it.Name}, it.Aliases...) {
			fn := squash(Fold(n))
			if fn == q {
				exact = append(exact, it)
				break
			}
			if q != "" && strings.Contains(fn, q) {
				partial = append(partial, it)
				break
			}
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return partial
}

// squash drops spaces and hyphens so "da nang", "danang" and "da-nang" meet.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '_' {
			return -1
		}
		return r
	}, s)
}

// Search returns the figures and items matching query, ignoring case and
// diacritics, in dataset order.
func (s *Set) Search(query string) ([]*Figure, []*Item) {
	q := Fold(strings.TrimSpace(query))
	figs := s.filterFigures(func(f *Figure) bool { return strings.Contains(s.FigureText(f), q) })
	var items []*Item
	for _, it := range s.Items {
		if strings.Contains(s.ItemText(it), q) {
			items = append(items, it)
		}
	}
	return figs, items
}

// FigureText is the folded text a figure is searched by: its words, its
// quotes and the names of what it refers to.
func (s *Set) FigureText(f *Figure) string {
	parts := []string{f.ID, f.Label, f.ValueText, f.Period, f.Note, string(f.Status)}
	for _, src := range f.Sources {
		parts = append(parts, src.Quote, src.Article)
	}
	parts = append(parts, s.names(f.Places)...)
	parts = append(parts, s.names(f.Orgs)...)
	parts = append(parts, s.names(f.Items)...)
	return Fold(strings.Join(parts, "\n"))
}

// ItemText is the folded text an item is searched by.
func (s *Set) ItemText(it *Item) string {
	parts := append([]string{it.ID, it.Kind, it.Name, it.Date, it.Note}, it.Aliases...)
	parts = append(parts, s.names(it.Places)...)
	parts = append(parts, s.names(it.Orgs)...)
	return Fold(strings.Join(parts, "\n"))
}

// names returns the names and aliases of the items with the given ids.
func (s *Set) names(ids []string) []string {
	var out []string
	for _, id := range ids {
		if it := s.items[id]; it != nil {
			out = append(out, it.Name)
			out = append(out, it.Aliases...)
		}
	}
	return out
}

// Name returns an item's name, or the id itself when unknown.
func (s *Set) Name(id string) string {
	if it := s.items[id]; it != nil {
		return it.Name
	}
	return id
}

func (s *Set) filterFigures(keep func(*Figure) bool) []*Figure {
	var out []*Figure
	for _, f := range s.Figures {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// PeriodYears returns the first and last year of an ISO date or interval.
func PeriodYears(period string) (int, int) {
	from, to, isRange := strings.Cut(period, "/")
	if !isRange {
		to = from
	}
	return Year(from), Year(to)
}
