package brief

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"ictdash/data"
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

// ListMax is how many entries a list of a long briefing shows at most: key
// figures per section, derived figures, programmes, events and the other
// lists. A long briefing prints everything a selection of some years of
// reporting holds; over many years a selection holds thousands of figures,
// and the rest are counted (Omitted) with a hint to narrow the selection,
// never dropped silently.
const ListMax = 50

// The page: at PageWidth columns, the text briefing is at most PageLines
// lines (a printed page).
const (
	PageLines = 66
	PageWidth = 80
)

// Build selects the figures and items opt asks for and numbers the
// articles they cite. It fails, naming the input, when a place or
// organisation matches nothing, the topic is unknown, or nothing is left.
//
// The page (opt.Long false) fills its lists in order of importance until
// the text at PageWidth columns reaches PageLines lines (see fit); a long
// briefing shows the first ListMax of each list. Key figures are ranked by
// data.Ranker; programmes and events are the latest by date. Sources are
// the articles the shown entries cite.
func Build(set *data.Set, opt Options) (*Brief, error) {
	if set == nil {
		return nil, errors.New("brief: no dataset")
	}
	s, err := newSelector(set, opt)
	if err != nil {
		return nil, err
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	p := newPlan(set, s, opt.Long, now.Format("2006-01-02"))
	if p.empty() {
		return nil, fmt.Errorf("nothing matches: %s", s.describe())
	}
	if opt.Long {
		return p.assemble(longCaps), nil
	}
	return p.fit(), nil
}

// pageKeyTitle heads the page's key figures.
const pageKeyTitle = "Key figures (Việt Nam–Korea ties first)"

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
	for _, it := range order[:max(n, 0)] {
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
