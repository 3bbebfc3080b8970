package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// figureColumns are the columns of the Investments and Training tables.
var figureColumns = []column{
	{title: "Figure", min: 16, weight: 1, flex: true},
	{title: "Value", min: 24, max: 24, numeric: true},
	{title: "Status", min: 18, max: 18},
	{title: "Period", min: 9, max: 12, drop: 2},
	{title: "Place", min: 8, max: 18, drop: 4},
	{title: "Source", min: 8, max: 16, drop: 3},
}

// figureSpec is how the Investments and Training tabs show their rows: a
// figure, or an item that no figure describes.
func figureSpec(set *data.Set) *listSpec {
	cells := func(en *entry) []string {
		if en.fig != nil {
			return figureCells(set, en.fig)
		}
		return itemCells(set, en.item)
	}
	sortKey := func(en *entry, col int) string {
		switch {
		case col == 1 && en.fig != nil:
			return strconv.FormatFloat(en.fig.Value, 'g', -1, 64)
		case col == 1:
			return "" // items have no value: first when ascending
		case col == 3 && en.fig != nil:
			return en.fig.Period // ISO sorts by date; the cell is for reading
		case col == 3:
			return en.item.Date
		}
		return cells(en)[col]
	}
	search := func(en *entry) ([]string, []string) {
		if en.fig != nil {
			return figureTexts(en.fig)
		}
		return itemTexts(en.item)
	}
	// Sorted by value, figures are grouped by unit: dollars are never
	// ranked against counts or dong.
	group := func(en *entry, col int) int {
		if col != 1 || en.fig == nil {
			return 0
		}
		return unitRank(en.fig.Unit)
	}
	return &listSpec{cols: figureColumns, cells: cells, sortKey: sortKey, sortGroup: group, search: search}
}

// unitRank orders the units' groups when sorting by value: money, then
// counts, shares, durations, anything else.
func unitRank(unit string) int {
	switch unit {
	case "USD":
		return 1
	case "KRW":
		return 2
	case "VND":
		return 3
	case "count":
		return 4
	case "percent":
		return 5
	case "years":
		return 6
	case "months":
		return 7
	case "days":
		return 8
	}
	return 9
}

// figureCells is a table row for a figure.
func figureCells(set *data.Set, f *data.Figure) []string {
	place := strings.Join(names(set, f.Places), ", ")
	return []string{sanitize(f.Label), compactValue(f), statusCell(f), format.Period(f.Period), place, sourceShort(set, f.Sources)}
}

// figureTexts is what a figure is found by (data.Set.FigureText, in
// parts): its own words and quotes; and, shared with other rows, its
// status, the articles it cites and the items it names.
func figureTexts(f *data.Figure) ([]string, []string) {
	texts := []string{f.ID, f.Label, f.ValueText, f.Period, f.Note}
	shared := []string{string(f.Status)}
	for _, src := range f.Sources {
		texts = append(texts, src.Quote)
		shared = append(shared, src.Article)
	}
	return texts, append(shared, items(f.Places, f.Orgs, f.Items)...)
}

// itemTexts is what an item is found by (data.Set.ItemText, in parts).
func itemTexts(it *data.Item) ([]string, []string) {
	return append([]string{it.ID, it.Name, it.Date, it.Note}, it.Aliases...), append([]string{it.Kind}, items(it.Places, it.Orgs)...)
}

// compactValue is the value as the source hedges it, with money shortened
// ("nearly 20", "about $230B") so it fits a table cell; the detail pane
// and briefings spell it out.
func compactValue(f *data.Figure) string {
	switch f.Unit {
	case "USD", "VND", "KRW":
		hedge := strings.TrimSuffix(format.Qualified(f), format.Value(f))
		return hedge + format.Short(f.Value, f.Unit)
	}
	return withNoun(f, format.Qualified(f))
}

// withNoun is a count's value with the noun it counts, when the record
// gives one ("279 projects").
func withNoun(f *data.Figure, value string) string {
	noun := sanitize(strings.TrimSpace(f.Noun))
	if f.Unit == "count" && noun != "" && !strings.HasSuffix(value, " "+noun) {
		return value + " " + noun
	}
	return value
}

// statusCell is a one-word status; "!" marks sources that disagree.
func statusCell(f *data.Figure) string {
	s := "actual"
	switch {
	case f.Derived:
		s = "derived"
	case f.Status != data.Actual:
		s = string(f.Status)
	}
	if f.Conflict != "" {
		s += " !"
	}
	if f.Review != "" {
		s = "DRAFT " + s
	}
	return s
}

// itemCells is a table row for an item that no figure describes, so that
// an R&D centre or a programme without numbers is still listed: "—" for
// its value, and no status (it has none; its kind is in the detail pane).
func itemCells(set *data.Set, it *data.Item) []string {
	place := strings.Join(names(set, it.Places), ", ")
	return []string{sanitize(it.Name), "—", "", format.Period(it.Date), place, sourceShort(set, it.Sources)}
}

// alwaysListed are the item kinds whose items have a row of their own even
// when figures describe them: what people ask of a programme is when it
// runs, which is the item's date, not its figures' periods.
var alwaysListed = []string{"training"}

// kindEntries lists the figures describing items of the given kinds, then
// those items that have no figure (and every item of an alwaysListed kind).
func kindEntries(set *data.Set, kinds []string) []entry {
	var out []entry
	seen := map[string]bool{}
	for _, f := range set.Figures {
		for _, id := range f.Items {
			if it := set.Item(id); it != nil && slices.Contains(kinds, it.Kind) {
				out = append(out, entry{fig: f})
				for _, iid := range f.Items {
					seen[iid] = true
				}
				break
			}
		}
	}
	for _, it := range set.Items {
		if slices.Contains(kinds, it.Kind) && (!seen[it.ID] || slices.Contains(alwaysListed, it.Kind)) {
			out = append(out, entry{item: it})
		}
	}
	return slices.Clip(out)
}

// names returns the display names of item ids.
func names(set *data.Set, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, sanitize(set.Name(id)))
	}
	return out
}

// sourceShort names where a record comes from in a table cell: the outlet
// of its first source, and how many more there are.
func sourceShort(set *data.Set, srcs []data.Source) string {
	if len(srcs) == 0 {
		return "derived"
	}
	s := outletOf(set, srcs[0].Article)
	if len(srcs) > 1 {
		s += fmt.Sprintf(" +%d", len(srcs)-1)
	}
	return s
}

func outletOf(set *data.Set, file string) string {
	a := set.Article(file)
	if a == nil || a.Outlet == "" || a.Outlet == "unknown" {
		return "article " + file[:min(3, len(file))]
	}
	return sanitize(a.Outlet)
}

// citation is the one-line reference of a source: outlet, date, title and
// file.
func citation(set *data.Set, file string) string {
	a := set.Article(file)
	if a == nil {
		return sanitize(file)
	}
	if a.TitleNote != "" { // a curator's description, never quoted as a headline
		return fmt.Sprintf("%s, %s (descriptive title) (%s)", shortCitation(set, file), sanitize(a.Title), sanitize(file))
	}
	return fmt.Sprintf("%s, “%s” (%s)", shortCitation(set, file), sanitize(a.Title), sanitize(file))
}

// copyCitation is citation with the article's URL when there is one: the
// reference y copies (the screen has no room for addresses).
func copyCitation(set *data.Set, file string) string {
	c := citation(set, file)
	if a := set.Article(file); a != nil && a.URL != "" {
		c += " " + sanitize(a.URL)
	}
	return c
}

// shortCitation is outlet and date.
func shortCitation(set *data.Set, file string) string {
	a := set.Article(file)
	if a == nil {
		return sanitize(file)
	}
	date := format.Published(a) // "undated", "Aug–Dec 2024 (inferred)"
	outlet := a.Outlet
	if outlet == "" || outlet == "unknown" {
		outlet = "unknown outlet"
	}
	return sanitize(outlet) + ", " + date
}

// citedText is what y copies: the figure as the source words it, with each
// quote and where it is from.
func citedText(set *data.Set, f *data.Figure) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", f.Label, format.Phrase(f))
	if f.Period != "" {
		fmt.Fprintf(&b, " (%s)", format.FigurePeriod(f))
	}
	for _, s := range f.Sources {
		fmt.Fprintf(&b, "\n  “%s” — %s", s.Quote, copyCitation(set, s.Article))
	}
	if f.Derived {
		fmt.Fprintf(&b, "\n  derived: %s", f.Formula)
	}
	if f.Conflict != "" {
		fmt.Fprintf(&b, "\n  note: %s", f.Conflict)
	}
	return sanitize(b.String())
}
