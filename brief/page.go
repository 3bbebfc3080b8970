package brief

import (
	"sort"
	"strings"
)

// The page holds at most this many of each list before it is fitted.
var pageCaps = caps{key: 16, events: 6, progs: 0, ahead: 8, unquant: 8, people: 8, disagree: 8, derived: 4, chart: true}

// trimStep cuts one list of the page down to floor.
type trimStep struct {
	list  string
	floor int
}

// pageTrims is the order in which the page gives up entries when it is
// over PageLines: our arithmetic first, then the events (unless they are the
// topic), key figures beyond twelve, the chart, then a little of everything
// and more of everything, the key figures last. Each list is
// cut from its end, which is its least important.
func pageTrims(topic string) []trimStep {
	steps := []trimStep{{"derived", 0}}
	if topic != "events" {
		steps = append(steps, trimStep{"events", 0})
	}
	steps = append(steps,
		trimStep{"key", 12}, trimStep{"chart", 0}, trimStep{"unquant", 6}, trimStep{"people", 8}, trimStep{"key", 10},
		trimStep{"unquant", 4}, trimStep{"people", 6}, trimStep{"ahead", 5},
		trimStep{"key", 8}, trimStep{"people", 4}, trimStep{"unquant", 2}, trimStep{"ahead", 3}, trimStep{"disagree", 3},
		trimStep{"events", 3}, trimStep{"key", 4},
		trimStep{"people", 0}, trimStep{"unquant", 0}, trimStep{"events", 0}, trimStep{"ahead", 0}, trimStep{"disagree", 0},
		trimStep{"key", 1}, trimStep{"key", 0})
	return steps
}

// list returns the cap a step cuts.
func (c *caps) list(name string) *int {
	switch name {
	case "key":
		return &c.key
	case "events":
		return &c.events
	case "ahead":
		return &c.ahead
	case "unquant":
		return &c.unquant
	case "people":
		return &c.people
	case "disagree":
		return &c.disagree
	case "derived":
		return &c.derived
	}
	return nil
}

// fit assembles the page: every list at its page cap, then cut in the
// order of pageTrims, one entry at a time, until the text at PageWidth
// columns is at most PageLines lines. The cuts only ever shorten the page,
// so the first set of caps that fits is found by bisection over the
// sequence of cuts. What a list leaves out is counted in the brief.
func (p *plan) fit() *Brief {
	c := pageCaps
	if p.sel.topic == "events" {
		c.events = ListMax
	}
	// A list's cap beyond its length cuts nothing.
	for _, name := range []string{"key", "events", "ahead", "unquant", "people", "disagree", "derived"} {
		n := c.list(name)
		*n = min(*n, p.length(name))
	}
	states := []caps{c}
	for _, step := range pageTrims(p.sel.topic) {
		if step.list == "chart" {
			if c.chart && p.chart != nil {
				c.chart = false
				states = append(states, c)
			}
			continue
		}
		for n := c.list(step.list); *n > step.floor; {
			*n--
			states = append(states, c)
		}
	}
	built := map[int]*Brief{}
	fits := func(i int) bool {
		b := p.assemble(states[i])
		built[i] = b
		return pageLength(b) <= PageLines
	}
	i := sort.Search(len(states), fits)
	if i == len(states) {
		i = len(states) - 1
	}
	if b := built[i]; b != nil {
		return b
	}
	return p.assemble(states[i])
}

// length is how many entries a list of the plan holds.
func (p *plan) length(list string) int {
	switch list {
	case "key":
		return len(p.keys)
	case "events":
		return len(p.events)
	case "ahead":
		return len(p.ahead)
	case "unquant":
		return len(p.unquant)
	case "people":
		return len(p.actors)
	case "disagree":
		return len(p.disagree)
	case "derived":
		return len(p.derivedTop)
	}
	return 0
}

// pageLength is the number of lines of the text briefing at PageWidth.
func pageLength(b *Brief) int {
	var s strings.Builder
	_ = b.WriteText(&s, PageWidth)
	return strings.Count(s.String(), "\n")
}
