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
	{title: "Figure", min: 20, weight: 6},
	{title: "Value", min: 12, weight: 1, numeric: true},
	{title: "Status", min: 9, weight: 0},
	{title: "Period", min: 9, weight: 0},
	{title: "Place", min: 10, weight: 2},
	{title: "Source", min: 11, weight: 1},
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
	return &listSpec{cols: figureColumns, cells: cells, sortKey: sortKey, search: search}
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
	return format.Qualified(f)
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
// an R&D centre or a programme without numbers is still listed.
func itemCells(set *data.Set, it *data.Item) []string {
	place := strings.Join(names(set, it.Places), ", ")
	return []string{sanitize(it.Name), "—", it.Kind, format.Period(it.Date), place, sourceShort(set, it.Sources)}
}

// kindEntries lists the figures describing items of the given kinds, then
// those items that have no figure.
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
		if slices.Contains(kinds, it.Kind) && !seen[it.ID] {
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

// citation is the one-line reference of a source: outlet, date and file.
func citation(set *data.Set, file string) string {
	a := set.Article(file)
	if a == nil {
		return file
	}
	date := "undated"
	if a.Published != "" {
		date = format.Period(a.Published)
	}
	outlet := a.Outlet
	if outlet == "" {
		outlet = "unknown outlet"
	}
	return fmt.Sprintf("%s, %s (%s)", sanitize(outlet), date, file)
}

// citedText is what y copies: the figure as the source words it, with each
// quote and where it is from.
func citedText(set *data.Set, f *data.Figure) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", f.Label, format.Phrase(f))
	if f.Period != "" {
		fmt.Fprintf(&b, " (%s)", format.Period(f.Period))
	}
	for _, s := range f.Sources {
		fmt.Fprintf(&b, "\n  “%s” — %s", s.Quote, citation(set, s.Article))
	}
	if f.Derived {
		fmt.Fprintf(&b, "\n  derived: %s", f.Formula)
	}
	if f.Conflict != "" {
		fmt.Fprintf(&b, "\n  note: %s", f.Conflict)
	}
	return sanitize(b.String())
}
