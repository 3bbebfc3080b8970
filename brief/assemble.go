package brief

import (
	"slices"

	"ictdash/data"
)

// caps are how many entries of each list a brief shows; key is per
// section in a long briefing.
type caps struct {
	key, events, progs, ahead, unquant, people, disagree, derived int
	chart                                                         bool
}

// longCaps: every list of a long briefing shows up to ListMax.
var longCaps = caps{ListMax, ListMax, ListMax, ListMax, ListMax, ListMax, ListMax, ListMax, true}

// shownLists are the entries a brief shows, each list cut to its cap.
type shownLists struct {
	keys                     map[string][]*data.Figure // by section (long) or the selection's topic (page)
	events, progs, unquant   []*data.Item
	ahead                    []aheadEntry
	actors                   []actor
	disagree, derived, cited []*data.Figure // cited: every figure the brief cites but the derived
	keyFigs                  []*data.Figure // the key figures, in order
	items                    []*data.Item   // every item the brief cites
	chart                    *chartPlan
}

// cut cuts each list of the plan to c.
func (p *plan) cut(c caps) shownLists {
	s := shownLists{keys: map[string][]*data.Figure{}}
	if p.long {
		for _, def := range sectionDefs {
			s.keys[def.topic] = p.rank.Top(p.bySection[def.topic], c.key)
			s.keyFigs = append(s.keyFigs, s.keys[def.topic]...)
		}
	} else {
		s.keys[p.sel.topic] = p.keys[:min(c.key, len(p.keys))]
		s.keyFigs = slices.Clone(s.keys[p.sel.topic])
	}
	s.events, s.progs = latest(p.events, c.events), latest(p.progs, c.progs)
	s.ahead = p.ahead[:min(c.ahead, len(p.ahead))]
	s.unquant = p.unquant[:min(c.unquant, len(p.unquant))]
	s.actors = pickActors(p.actors, c.people)
	s.disagree = p.disagree[:min(c.disagree, len(p.disagree))]
	s.derived = p.derivedTop[:min(c.derived, len(p.derivedTop))]
	if c.chart {
		s.chart = p.chart
	}
	// People are cited to the articles the rest cites, never to others:
	// the who's who must not widen the coverage of a narrow selection.
	s.cited = slices.Clone(s.keyFigs)
	s.items = slices.Concat(s.events, s.progs, s.unquant)
	for _, a := range s.ahead {
		if a.fig != nil {
			s.cited = append(s.cited, a.fig)
		} else {
			s.items = append(s.items, a.item)
			s.cited = append(s.cited, a.numbers...)
		}
	}
	s.cited = append(s.cited, s.disagree...)
	s.cited = append(s.cited, s.chart.figures()...)
	return s
}

// assemble cuts each list to c and turns the records into the brief's,
// citing the articles they rest on.
func (p *plan) assemble(c caps) *Brief {
	s := p.cut(c)
	bd := &builder{set: p.set, rank: p.rank, num: map[string]int{}}
	bd.numberSources(s.cited, s.derived, s.items)
	b := &Brief{Selection: p.sel.selection(), Long: p.long, AsOf: p.asOf, Sections: []Section{}, Sources: bd.sources()}
	b.Coverage = coverage(b.Sources)
	if p.long {
		for _, def := range sectionDefs {
			sec := Section{Topic: def.topic, Title: def.title, Figures: bd.figures(s.keys[def.topic]),
				Programmes: []Programme{}, Events: []Event{}}
			sec.Omitted.Figures = len(p.bySection[def.topic]) - len(sec.Figures)
			if def.topic == "training" {
				sec.Programmes = bd.programmes(s.progs, slices.Concat(s.keyFigs, s.derived))
				sec.Omitted.Programmes = len(p.progs) - len(s.progs)
			}
			if def.topic == "events" {
				sec.Events = bd.events(s.events)
				sec.Omitted.Events = len(p.events) - len(s.events)
			}
			if len(sec.Figures)+len(sec.Programmes)+len(sec.Events)+sec.Omitted.Figures > 0 {
				b.Sections = append(b.Sections, sec)
			}
		}
	} else {
		sec := Section{Topic: p.sel.topic, Title: pageKeyTitle, Figures: bd.figures(s.keys[p.sel.topic]),
			Programmes: []Programme{}, Events: bd.events(s.events)}
		sec.Omitted.Figures = p.keyTotal - len(sec.Figures)
		sec.Omitted.Events = len(p.events) - len(s.events)
		if len(sec.Figures)+len(sec.Events)+sec.Omitted.Figures+sec.Omitted.Events > 0 {
			b.Sections = append(b.Sections, sec)
		}
	}
	b.Ahead, b.AheadOmitted = bd.ahead(s.ahead), len(p.ahead)-len(s.ahead)
	b.Unquantified, b.UnquantifiedOmitted = bd.entries(s.unquant), len(p.unquant)-len(s.unquant)
	b.People, b.PeopleOmitted = bd.actors(s.actors), len(p.actors)-len(s.actors)
	b.Disagree, b.DisagreeOmitted = bd.disagreements(s.disagree), p.disagreeTotal-len(s.disagree)
	b.Derived, b.DerivedOmitted = bd.figures(s.derived), len(p.derived)-len(s.derived)
	b.Chart = bd.chart(s.chart)
	return b
}
