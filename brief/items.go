package brief

import (
	"cmp"
	"slices"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// aheadEntry is one entry of the forward look, before conversion: a
// figure, or an item with the selected figures that give it numbers.
type aheadEntry struct {
	start, end string // comparable ISO bounds of its date or period
	name       string // the figure's label or the item's name, the last key of the order
	fig        *data.Figure
	item       *data.Item
	numbers    []*data.Figure
}

// aheadNumbers bounds the numbers an item of the forward look shows.
const aheadNumbers = 4

// planAhead finds the forward look: reported forecasts, needs, plans and
// targets (status projection or target) whose period runs to the as-of
// day or later, and the dated items among items that do, ordered by the
// date they run to, then by when they start.
func (p *plan) planAhead(items []*data.Item) {
	isAhead := map[*data.Figure]bool{}
	for _, f := range p.reported {
		if (f.Status == data.Projection || f.Status == data.Target) && f.Period != "" && runsTo(f.Period, p.asOf) {
			p.ahead = append(p.ahead, aheadEntry{start: periodStart(f.Period), end: periodEndOf(f.Period), fig: f, name: f.Label})
			isAhead[f] = true
		}
	}
	seen := map[*data.Item]bool{}
	for _, it := range items {
		if seen[it] || it.Date == "" || !runsTo(it.Date, p.asOf) {
			continue
		}
		seen[it] = true
		// Its numbers: the selected reported figures that describe it and
		// are not ahead themselves.
		var nums []*data.Figure
		for _, f := range p.set.FiguresOf(it.ID) {
			if !isAhead[f] && p.selected(f) {
				nums = append(nums, f)
			}
		}
		p.ahead = append(p.ahead, aheadEntry{start: periodStart(it.Date), end: periodEndOf(it.Date), item: it,
			name: it.Name, numbers: p.rank.Top(nums, aheadNumbers)})
	}
	slices.SortFunc(p.ahead, func(a, b aheadEntry) int {
		return cmp.Or(compareEnds(a.end, b.end), strings.Compare(a.start, b.start), strings.Compare(a.name, b.name),
			strings.Compare(a.id(), b.id()))
	})
}

// runsTo reports whether an ISO date or interval runs to the day asOf or
// later, compared at the precision it is written in (2025 runs to any day
// of 2025). It allocates nothing: it is asked of every forecast.
func runsTo(period, asOf string) bool {
	_, end, isRange := strings.Cut(period, "/")
	if !isRange {
		end = period
	}
	return end >= asOf[:min(len(end), len(asOf))]
}

func (a aheadEntry) id() string {
	if a.fig != nil {
		return a.fig.ID
	}
	return a.item.ID
}

func (a aheadEntry) date() string {
	if a.fig != nil {
		return a.fig.Period
	}
	return a.item.Date
}

// periodStart and periodEndOf give an ISO date or interval's first and
// last date as written ("2024/2027" → "2024", "2027").
func periodStart(p string) string {
	from, _, _ := strings.Cut(p, "/")
	return from
}

func periodEndOf(p string) string {
	if _, to, isRange := strings.Cut(p, "/"); isRange {
		return to
	}
	return p
}

// compareEnds orders two ISO dates by the last day they cover: a year runs
// to its end, so "2026" is after "2026-05".
func compareEnds(a, b string) int {
	n := min(len(a), len(b))
	if c := strings.Compare(a[:n], b[:n]); c != 0 {
		return c
	}
	return cmp.Compare(len(b), len(a))
}

// ahead converts the forward look.
func (bd *builder) ahead(entries []aheadEntry) []Ahead {
	out := []Ahead{}
	for _, a := range entries {
		e := Ahead{Date: a.date(), DateText: dateText(a.date())}
		if a.fig != nil {
			f := bd.figure(a.fig)
			e.Figure = &f
		} else {
			it := bd.entry(a.item)
			for _, f := range a.numbers {
				it.Numbers = append(it.Numbers, Number{ID: f.ID, Phrase: clean(format.PhraseIn(bd.set, f)), Cites: bd.cites(f.Sources)})
			}
			e.Item = &it
		}
		out = append(out, e)
	}
	return out
}

// entries converts items listed without numbers.
func (bd *builder) entries(items []*data.Item) []Entry {
	out := []Entry{}
	for _, it := range items {
		out = append(out, bd.entry(it))
	}
	return out
}

func (bd *builder) entry(it *data.Item) Entry {
	return Entry{ID: it.ID, Kind: it.Kind, Name: clean(it.Name), Date: it.Date, DateText: itemDateText(it),
		Numbers: []Number{}, Cites: bd.cites(it.Sources)}
}

// events converts event items (already in date order).
func (bd *builder) events(items []*data.Item) []Event {
	out := []Event{}
	for _, it := range items {
		out = append(out, Event{ID: it.ID, Name: clean(it.Name), Date: it.Date,
			DateText: itemDateText(it), Places: bd.names(it.Places), Cites: bd.cites(it.Sources)})
	}
	return out
}

// programmes converts training items with the figures shown that describe
// them, most important first.
func (bd *builder) programmes(items []*data.Item, figs []*data.Figure) []Programme {
	out := []Programme{}
	of := map[string][]*data.Figure{}
	for _, f := range figs {
		for _, id := range f.Items {
			if n := len(of[id]); n == 0 || of[id][n-1] != f {
				of[id] = append(of[id], f)
			}
		}
	}
	for _, it := range items {
		ids := []string{}
		for _, f := range bd.rank.Rank(of[it.ID]) {
			ids = append(ids, f.ID)
		}
		out = append(out, Programme{ID: it.ID, Name: clean(it.Name), Date: it.Date,
			DateText: itemDateText(it), Places: bd.names(it.Places), Orgs: bd.names(it.Orgs),
			Figures: ids, Cites: bd.cites(it.Sources)})
	}
	return out
}

// names returns the clean names of items by id.
func (bd *builder) names(ids []string) []string {
	out := []string{}
	for _, id := range ids {
		out = append(out, clean(bd.set.Name(id)))
	}
	return out
}

// itemDateText is an item's date with its basis ("2022 (background)"), or
// "undated".
func itemDateText(it *data.Item) string {
	if it.Date == "" {
		return "undated"
	}
	return clean(format.ItemDate(it))
}

// dateText is an item date for reading, or "undated".
func dateText(d string) string {
	if d == "" {
		return "undated"
	}
	return clean(format.Period(d))
}
