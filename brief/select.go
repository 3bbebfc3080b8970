package brief

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"ictdash/data"
)

// selector holds the resolved options.
type selector struct {
	set          *data.Set
	opt          Options
	topic        string
	places, orgs []*data.Item
	atPlace, by  map[*data.Figure]bool // figures at a matched place / by a matched org
	filter       string                // folded
}

func newSelector(set *data.Set, opt Options) (*selector, error) {
	s := &selector{set: set, opt: opt, filter: data.Fold(strings.TrimSpace(opt.Filter))}
	s.topic = strings.ToLower(strings.TrimSpace(opt.Topic))
	if s.topic == "" {
		s.topic = "all"
	}
	if !slices.Contains(Topics, s.topic) {
		return nil, fmt.Errorf("unknown topic %q (try: %s)", opt.Topic, strings.Join(Topics, ", "))
	}
	var err error
	if s.places, s.atPlace, err = s.match(opt.Place, "place", set.FiguresAt, "place"); err != nil {
		return nil, err
	}
	if s.orgs, s.by, err = s.match(opt.Org, "organisation or person", set.FiguresBy, "organisation", "person"); err != nil {
		return nil, err
	}
	return s, nil
}

// match resolves a place or organisation name to items and the union of
// their figures. Nothing to match ("") is not an error; no match is, with
// suggestions that would give a briefing.
func (s *selector) match(name, what string, figs func(string) []*data.Figure, kinds ...string) ([]*data.Item, map[*data.Figure]bool, error) {
	if strings.TrimSpace(name) == "" {
		return nil, nil, nil
	}
	items := s.set.MatchItems(strings.TrimSpace(name), kinds...)
	if len(items) == 0 {
		return nil, nil, fmt.Errorf("no %s matches %q (try: %s)", what, name, suggest(s.set, figs, kinds))
	}
	in := map[*data.Figure]bool{}
	for _, it := range items {
		for _, f := range figs(it.ID) {
			in[f] = true
		}
	}
	return items, in, nil
}

// suggest names the items of kinds with the most figures, so an error
// offers names that would give a briefing.
func suggest(set *data.Set, figs func(string) []*data.Figure, kinds []string) string {
	type cand struct {
		name string
		n    int
	}
	var cs []cand
	for _, k := range kinds {
		for _, it := range set.ItemsOfKind(k) {
			if n := len(figs(it.ID)); n > 0 {
				cs = append(cs, cand{clean(it.Name), n})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
	const most = 6
	var names []string
	for i, c := range cs {
		if i == most {
			names = append(names, "…")
			break
		}
		names = append(names, c.name)
	}
	if len(names) == 0 {
		return "none in this dataset"
	}
	return strings.Join(names, ", ")
}

// keepFigure applies every option to a figure.
func (s *selector) keepFigure(f *data.Figure) bool {
	if s.topic != "all" && s.sectionOf(f) != s.topic {
		return false
	}
	if s.places != nil && !s.atPlace[f] || s.orgs != nil && !s.by[f] {
		return false
	}
	if s.opt.Since > 0 {
		// A figure with no period cannot be shown to fall in the window.
		if _, end := data.PeriodYears(f.Period); end == 0 || end < s.opt.Since {
			return false
		}
	}
	return s.filter == "" || strings.Contains(s.set.FigureText(f), s.filter)
}

// sectionOf names the section a figure belongs to: under a topic, that
// topic if the figure describes an item of its kinds; under "all", the
// first section whose kinds it describes, or "other".
func (s *selector) sectionOf(f *data.Figure) string {
	for _, def := range sectionDefs {
		if s.topic != "all" && def.topic != s.topic {
			continue
		}
		for _, id := range f.Items {
			if it := s.set.Item(id); it != nil && slices.Contains(def.kinds, it.Kind) {
				return def.topic
			}
		}
	}
	return "other"
}

// items returns the items of kind to list: those a selected figure
// describes (described holds their ids), and those that match the options
// themselves. Since keeps
// events (and items no figure describes) dated in or after it; an item a
// selected figure describes stays even when undated (its numbers are in
// the window). The order is by date, undated last (data.Set.Events' for
// events).
func (s *selector) items(kind string, described map[string]bool) []*data.Item {
	if s.topic != "all" && s.topic != topicOfKind(kind) {
		return nil
	}
	candidates := s.set.Events()
	if kind != "event" {
		candidates = s.set.ItemsOfKind(kind)
		sort.SliceStable(candidates, func(i, j int) bool {
			a, b := candidates[i].Date, candidates[j].Date
			if (a == "") != (b == "") {
				return a != ""
			}
			return a < b
		})
	}
	var out []*data.Item
	for _, it := range candidates {
		inWindow := true
		if s.opt.Since > 0 {
			_, end := data.PeriodYears(it.Date)
			inWindow = end >= s.opt.Since
		}
		switch {
		case kind == "event" && !inWindow:
		case described[it.ID] || (inWindow && s.itemMatches(it)):
			out = append(out, it)
		}
	}
	return out
}

// describedBy returns the ids of the items the figures of lists describe.
func describedBy(lists ...[]*data.Figure) map[string]bool {
	described := map[string]bool{}
	for _, figs := range lists {
		for _, f := range figs {
			for _, id := range f.Items {
				described[id] = true
			}
		}
	}
	return described
}

// topicOfKind is the topic whose section lists an item kind.
func topicOfKind(kind string) string {
	for _, def := range sectionDefs {
		if slices.Contains(def.kinds, kind) {
			return def.topic
		}
	}
	return "other"
}

// itemMatches applies place, organisation and filter to an item directly.
func (s *selector) itemMatches(it *data.Item) bool {
	refers := func(matched []*data.Item, ids []string) bool {
		if matched == nil {
			return true
		}
		for _, m := range matched {
			if it.ID == m.ID || slices.Contains(ids, m.ID) {
				return true
			}
		}
		return false
	}
	return refers(s.places, it.Places) && refers(s.orgs, it.Orgs) &&
		(s.filter == "" || strings.Contains(s.set.ItemText(it), s.filter))
}

// selection records the options and what they matched.
func (s *selector) selection() Selection {
	return Selection{Topic: s.topic, Place: clean(s.opt.Place), Places: refs(s.places),
		Org: clean(s.opt.Org), Orgs: refs(s.orgs), Since: s.opt.Since, Filter: clean(s.opt.Filter)}
}

func refs(items []*data.Item) []Ref {
	out := []Ref{}
	for _, it := range items {
		out = append(out, Ref{ID: it.ID, Name: clean(it.Name)})
	}
	return out
}

// describe words the selection for the "nothing matches" error.
func (s *selector) describe() string {
	parts := []string{"topic " + s.topic}
	if s.places != nil {
		parts = append(parts, fmt.Sprintf("place %q (%s)", s.opt.Place, names(refs(s.places))))
	}
	if s.orgs != nil {
		parts = append(parts, fmt.Sprintf("organisation %q (%s)", s.opt.Org, names(refs(s.orgs))))
	}
	if s.opt.Since > 0 {
		parts = append(parts, "since "+strconv.Itoa(s.opt.Since))
	}
	if s.filter != "" {
		parts = append(parts, fmt.Sprintf("filter %q", s.opt.Filter))
	}
	return strings.Join(parts, ", ")
}

// names joins the names of refs.
func names(rs []Ref) string {
	ns := make([]string, len(rs))
	for i, r := range rs {
		ns[i] = r.Name
	}
	return strings.Join(ns, ", ")
}
