package brief

import (
	"regexp"
	"slices"
	"sort"
	"strconv"

	"ictdash/data"
	"ictdash/format"
)

// topRanked returns the n most important of fs (see the package comment
// for the rule), most important first: what a stable sort would put first,
// without sorting a selection of tens of thousands to show a dozen. Each
// figure is compared with the last kept one and most stop there.
func topRanked(fs []*data.Figure, n int) []*data.Figure {
	out := make([]*data.Figure, 0, n+1)
	for _, f := range fs {
		if len(out) == n && !less(f, out[n-1]) {
			continue
		}
		// After any equal ones, as a stable sort would place it.
		i := sort.Search(len(out), func(i int) bool { return less(f, out[i]) })
		out = slices.Insert(out, i, f)
		out = out[:min(len(out), n)]
	}
	return out
}

// figures converts figures, in the order given.
func (bd *builder) figures(fs []*data.Figure) []Figure {
	out := make([]Figure, 0, len(fs))
	for _, f := range fs {
		out = append(out, bd.figure(f))
	}
	return out
}

// less orders two figures by importance.
func less(a, b *data.Figure) bool {
	if ca, cb := unitClass(a.Unit), unitClass(b.Unit); ca != cb {
		return ca < cb
	}
	if a.Value != b.Value {
		return a.Value > b.Value
	}
	if sa, sb := statusRank(a.Status), statusRank(b.Status); sa != sb {
		return sa < sb
	}
	if a.Label != b.Label {
		return a.Label < b.Label
	}
	return a.ID < b.ID
}

// unitClass ranks units: money (by currency, as values in different
// currencies cannot be compared), counts, percentages, then durations and
// anything else.
func unitClass(unit string) int {
	switch unit {
	case "USD":
		return 0
	case "KRW":
		return 1
	case "VND":
		return 2
	case "count":
		return 3
	case "percent":
		return 4
	}
	return 5
}

// statusRank puts what has happened before what is expected.
func statusRank(s data.Status) int {
	switch s {
	case data.Actual, "":
		return 0
	case data.Estimate:
		return 1
	case data.Projection:
		return 2
	case data.Target:
		return 3
	}
	return 4
}

// figure converts one figure. Each source keeps its own wording, so a
// disagreement can be shown as the sources wrote it.
func (bd *builder) figure(f *data.Figure) Figure {
	out := Figure{
		ID: f.ID, Label: clean(f.Label), Value: f.Value, ValueText: clean(f.ValueText),
		Unit: f.Unit, Qualifier: f.Qualifier, Status: f.Status, Period: f.Period,
		PeriodText: clean(format.Period(f.Period)), Phrase: clean(format.Phrase(f)),
		Cites: bd.cites(f.Sources), Sources: []Cite{}, Differ: f.Conflict != "", Derived: f.Derived,
	}
	for _, src := range f.Sources {
		c := Cite{N: bd.num[src.Article], Article: clean(src.Article), ValueText: clean(src.ValueText),
			Value: src.Value, Qualifier: src.Qualifier, Quote: clean(src.Quote)}
		if c.ValueText == "" && c.Value == 0 { // the source words it as the figure does
			c.ValueText, c.Value = out.ValueText, f.Value
		}
		if c.Qualifier == "" {
			c.Qualifier = f.Qualifier
		}
		out.Sources = append(out.Sources, c)
	}
	if f.Derived {
		bd.derivation(f, &out)
	}
	return out
}

// formulaIDRE matches a figure id in a formula (as data's loader reads them).
var formulaIDRE = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b`)

// derivation fills a derived figure's formula and inputs. The formula is
// written over one-letter symbols because figure ids are long enough to
// break a narrow line in the middle of a name.
func (bd *builder) derivation(f *data.Figure, out *Figure) {
	out.Formula = clean(f.Formula)
	out.Inputs = []Input{}
	symbols := map[string]string{}
	for _, id := range f.Inputs {
		in := bd.set.Figure(id)
		if in == nil {
			continue
		}
		sym := string(rune('a' + len(out.Inputs)))
		if len(out.Inputs) >= 26 {
			sym = "x" + strconv.Itoa(len(out.Inputs)+1)
		}
		symbols[id] = sym
		var srcs []data.Source
		for _, r := range bd.reportedInputs(in, 0) {
			srcs = append(srcs, r.Sources...)
		}
		out.Inputs = append(out.Inputs, Input{Symbol: sym, ID: id, Label: clean(in.Label),
			Amount: clean(format.Phrase(in)), Cites: bd.cites(srcs)})
	}
	out.FormulaText = formulaIDRE.ReplaceAllStringFunc(out.Formula, func(id string) string {
		if sym, ok := symbols[id]; ok {
			return sym
		}
		return id
	})
}

// events converts event items (already in date order).
func (bd *builder) events(items []*data.Item) []Event {
	out := []Event{}
	for _, it := range items {
		out = append(out, Event{ID: it.ID, Name: clean(it.Name), Date: it.Date,
			DateText: dateText(it.Date), Places: bd.names(it.Places), Cites: bd.cites(it.Sources)})
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
		for _, f := range topRanked(of[it.ID], len(of[it.ID])) {
			ids = append(ids, f.ID)
		}
		out = append(out, Programme{ID: it.ID, Name: clean(it.Name), Date: it.Date,
			DateText: dateText(it.Date), Places: bd.names(it.Places), Orgs: bd.names(it.Orgs),
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

// dateText is an item date for reading, or "undated".
func dateText(d string) string {
	if d == "" {
		return "undated"
	}
	return clean(format.Period(d))
}
