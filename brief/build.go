package brief

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// Topics are the values Options.Topic accepts.
var Topics = []string{"all", "investments", "training", "events"}

// sectionDefs say which item kinds put a figure in which section. Under
// topic "all" a figure goes to the first section whose kinds it describes
// (so it is shown once), and to "other" when it describes none of them.
var sectionDefs = []struct {
	topic, title string
	kinds        []string
}{
	{"investments", "Investments, markets and initiatives", []string{"investment", "market", "initiative"}},
	{"training", "Training", []string{"training"}},
	{"events", "Events", []string{"event"}},
	{"other", "Other", nil},
}

// ListMax is how many entries a list of the briefing shows at most: key
// figures per section, derived figures, programmes and events. A briefing
// is one page; over years of reporting a selection holds thousands of
// figures, and the rest are counted (Omitted) with a hint to narrow the
// selection, never dropped silently.
const ListMax = 12

// Build selects the figures, events and programmes opt asks for and numbers
// the articles they cite. It fails, naming the input, when a place or
// organisation matches nothing, the topic is unknown, or nothing is left.
//
// Each list shows the first ListMax of its selection: key figures ranked
// (see the package comment), programmes and events the latest by date.
// Sources are the articles the shown entries cite.
func Build(set *data.Set, opt Options) (*Brief, error) {
	if set == nil {
		return nil, errors.New("brief: no dataset")
	}
	s, err := newSelector(set, opt)
	if err != nil {
		return nil, err
	}
	var reported, derived []*data.Figure
	bySection := map[string][]*data.Figure{}
	for _, f := range set.Figures {
		// Unreviewed drafts from `ictdash extract` stay out of anything
		// handed to a reader until an analyst has checked them.
		if f.Review != "" || !s.keepFigure(f) {
			continue
		}
		if f.Derived {
			derived = append(derived, f)
		} else {
			reported = append(reported, f)
			t := s.sectionOf(f)
			bySection[t] = append(bySection[t], f)
		}
	}
	all := slices.Concat(reported, derived)
	events := s.items("event", all)
	progs := s.items("training", all)
	if len(all) == 0 && len(events) == 0 && len(progs) == 0 {
		return nil, fmt.Errorf("nothing matches: %s", s.describe())
	}

	shown := map[string][]*data.Figure{}
	var shownReported []*data.Figure
	for _, def := range sectionDefs {
		shown[def.topic] = topRanked(bySection[def.topic], ListMax)
		shownReported = append(shownReported, shown[def.topic]...)
	}
	shownDerived := topRanked(derived, ListMax)
	shownEvents, shownProgs := latest(events, ListMax), latest(progs, ListMax)

	bd := &builder{set: set, num: map[string]int{}}
	bd.numberSources(shownReported, shownDerived, shownEvents, shownProgs)
	b := &Brief{Selection: s.selection(), Sections: []Section{}, Sources: bd.sources()}
	b.Coverage = coverage(b.Sources)

	for _, def := range sectionDefs {
		sec := Section{Topic: def.topic, Title: def.title, Figures: bd.figures(shown[def.topic]),
			Programmes: []Programme{}, Events: []Event{}}
		sec.Omitted.Figures = len(bySection[def.topic]) - len(sec.Figures)
		if def.topic == "training" {
			sec.Programmes = bd.programmes(shownProgs, slices.Concat(shownReported, shownDerived))
			sec.Omitted.Programmes = len(progs) - len(shownProgs)
		}
		if def.topic == "events" {
			sec.Events = bd.events(shownEvents)
			sec.Omitted.Events = len(events) - len(shownEvents)
		}
		if len(sec.Figures)+len(sec.Programmes)+len(sec.Events) > 0 {
			b.Sections = append(b.Sections, sec)
		}
	}
	b.Derived = bd.figures(shownDerived)
	b.DerivedOmitted = len(derived) - len(shownDerived)
	b.Chart = buildChart(b, reported, events)
	return b, nil
}

// latest returns the n most recent items (undated ones count as oldest),
// in the order given, which is by date.
func latest(items []*data.Item, n int) []*data.Item {
	if len(items) <= n {
		return items
	}
	order := slices.Clone(items)
	slices.SortStableFunc(order, func(a, b *data.Item) int {
		switch {
		case (a.Date == "") != (b.Date == ""):
			if a.Date == "" {
				return 1
			}
			return -1
		}
		return strings.Compare(b.Date, a.Date)
	})
	keep := map[*data.Item]bool{}
	for _, it := range order[:n] {
		keep[it] = true
	}
	out := make([]*data.Item, 0, n)
	for _, it := range items {
		if keep[it] {
			out = append(out, it)
		}
	}
	return out
}

// builder turns dataset records into the brief's records, with citation
// numbers.
type builder struct {
	set   *data.Set
	num   map[string]int // article file → citation number
	files []string       // cited article files, in citation order
}

// numberSources numbers every article the selection cites, in file-name
// order: the dataset's files are numbered by arrival, so [1] is the
// oldest-added article in every output, whatever is selected.
func (bd *builder) numberSources(reported, derived []*data.Figure, events, progs []*data.Item) {
	seen := map[string]bool{}
	add := func(srcs []data.Source) {
		for _, src := range srcs {
			seen[src.Article] = true
		}
	}
	for _, f := range reported {
		add(f.Sources)
	}
	for _, f := range derived {
		for _, in := range bd.reportedInputs(f, 0) {
			add(in.Sources)
		}
	}
	for _, it := range slices.Concat(events, progs) {
		add(it.Sources)
	}
	for file := range seen {
		bd.files = append(bd.files, file)
	}
	sort.Strings(bd.files)
	for i, file := range bd.files {
		bd.num[file] = i + 1
	}
}

// reportedInputs returns the reported figures a derived figure rests on,
// following derived inputs down (depth-limited: Load rejects cycles, but a
// briefing must not hang on a bad dataset).
func (bd *builder) reportedInputs(f *data.Figure, depth int) []*data.Figure {
	if !f.Derived {
		return []*data.Figure{f}
	}
	var out []*data.Figure
	for _, id := range f.Inputs {
		if in := bd.set.Figure(id); in != nil && depth < 8 {
			out = append(out, bd.reportedInputs(in, depth+1)...)
		}
	}
	return out
}

// sources lists the cited articles.
func (bd *builder) sources() []Source {
	out := make([]Source, 0, len(bd.files))
	for _, file := range bd.files {
		src := Source{N: bd.num[file], Article: clean(file), Outlet: "unknown outlet", PublishedText: "undated"}
		if a := bd.set.Article(file); a != nil {
			src.Title = clean(a.Title)
			if o := clean(a.Outlet); o != "" && data.Fold(o) != "unknown" {
				src.Outlet = o
			}
			if a.Published != "" {
				src.Published, src.PublishedText = a.Published, format.Period(a.Published)
			}
		}
		out = append(out, src)
	}
	return out
}

// coverage is the publication date range of the cited articles.
func coverage(srcs []Source) Coverage {
	var c Coverage
	for _, s := range srcs {
		if s.Published == "" {
			c.Undated++
			continue
		}
		c.Dated++
		if c.From == "" || s.Published < c.From {
			c.From = s.Published
		}
		if s.Published > c.To {
			c.To = s.Published
		}
	}
	return c
}

// cites returns the citation numbers of sources, ascending, once each.
func (bd *builder) cites(srcs []data.Source) []int {
	out := []int{}
	for _, s := range srcs {
		if n := bd.num[s.Article]; n > 0 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// clean makes record text safe and single-line for every output.
func clean(s string) string {
	return strings.Join(strings.Fields(data.Sanitize(s)), " ")
}
