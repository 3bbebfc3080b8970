package brief

import (
	"slices"

	"ictdash/data"
)

// plan is everything a selection holds, ranked, before the lists are cut
// to size: Build cuts it to the page or to ListMax.
type plan struct {
	set  *data.Set
	sel  *selector
	rank *data.Ranker
	long bool
	asOf string

	reported, derived []*data.Figure            // every selected figure
	keys              []*data.Figure            // the best key figures (reported, not ahead), ranked
	keyTotal          int                       // page: how many key figures the selection holds
	bySection         map[string][]*data.Figure // long: key figures by section
	ahead             []aheadEntry              // ordered, every one
	events, progs     []*data.Item              // by date; not those ahead
	unquant           []*data.Item              // ranked (RankItems)
	actors            []actor                   // people then organisations, most linked first
	disagree          []*data.Figure            // the first of every figure whose sources disagree, ranked
	disagreeTotal     int
	derivedTop        []*data.Figure
	chart             *chartPlan
}

// pageMax bounds what the page considers of each list: more would never
// fit, and at scale the rest are only counted.
const pageMax = 20

// newPlan selects and ranks.
func newPlan(set *data.Set, s *selector, long bool, asOf string) *plan {
	p := &plan{set: set, sel: s, rank: set.Ranker(), long: long, asOf: asOf, bySection: map[string][]*data.Figure{}}
	p.selectFigures()
	byAny := describedBy(p.reported, p.derived)
	events, progs := s.items("event", byAny), s.items("training", byAny)
	var others []*data.Item
	for _, kind := range []string{"investment", "initiative", "market"} {
		others = append(others, s.items(kind, byAny)...)
	}
	p.planAhead(slices.Concat(events, progs, others))
	inAhead := map[*data.Item]bool{}
	aheadFig := map[*data.Figure]bool{}
	for _, a := range p.ahead {
		inAhead[a.item], aheadFig[a.fig] = true, true
	}
	notAhead := func(items []*data.Item) []*data.Item {
		return slices.DeleteFunc(slices.Clone(items), func(it *data.Item) bool { return inAhead[it] })
	}
	p.events, p.progs = notAhead(events), notAhead(progs)
	p.planKeys(aheadFig)

	// What has no number: no selected reported figure describes it.
	described := describedBy(p.reported)
	pool := others
	if !long { // the page has no programme list of its own
		pool = slices.Concat(others, progs)
	}
	p.unquant = p.rank.RankItems(slices.DeleteFunc(notAhead(pool), func(it *data.Item) bool { return described[it.ID] }))
	p.actors = p.rankActors(slices.Concat(events, progs, others))
	p.chart = p.planChart()
	return p
}

// selectFigures keeps the figures the options select, reported and
// derived apart.
func (p *plan) selectFigures() {
	// Most of a dataset is usually selected: one allocation, not a dozen.
	p.reported = make([]*data.Figure, 0, len(p.set.Figures))
	for _, f := range p.set.Figures {
		// Unreviewed drafts from `ictdash extract` stay out of anything
		// handed to a reader until an analyst has checked them.
		if f.Review != "" || !p.sel.keepFigure(f) {
			continue
		}
		if f.Derived {
			p.derived = append(p.derived, f)
		} else {
			p.reported = append(p.reported, f)
		}
	}
}

// listMax is how many of a list the plan ranks.
func (p *plan) listMax() int {
	if p.long {
		return ListMax
	}
	return pageMax
}

// planKeys ranks the key figures (reported, not ahead: those are the
// forward look's), by section in a long briefing, our arithmetic and the
// disagreements.
func (p *plan) planKeys(ahead map[*data.Figure]bool) {
	keys := make([]*data.Figure, 0, len(p.reported))
	var conflicts []*data.Figure
	for _, f := range p.reported {
		if f.Conflict != "" {
			conflicts = append(conflicts, f)
		}
		if ahead[f] {
			continue
		}
		keys = append(keys, f)
		if p.long {
			t := p.sel.sectionOf(f)
			p.bySection[t] = append(p.bySection[t], f)
		}
	}
	p.keyTotal = len(keys)
	p.keys = p.rank.Top(keys, pageMax) // the page's; in a long briefing, where charts start
	p.derivedTop = p.rank.Top(p.derived, p.listMax())
	p.disagree, p.disagreeTotal = p.rank.Top(conflicts, p.listMax()), len(conflicts)
}

// empty reports whether the selection holds nothing to brief.
func (p *plan) empty() bool {
	return len(p.reported)+len(p.derived)+len(p.events)+len(p.progs)+len(p.ahead)+len(p.unquant) == 0
}
