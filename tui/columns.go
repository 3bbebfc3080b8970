package tui

import (
	"charm.land/bubbles/v2/table"
)

// column describes one table column. Widths are shared out at layout time
// (layoutColumns): short columns (a value, a status, a date) are as wide as
// their content, and flex columns (a label, a name, a title) take what the
// short ones leave, so that names are read whole where they can be.
type column struct {
	title   string
	min     int  // narrowest useful width: a short column shrinks to it when room is short, a flex one is never narrower
	weight  int  // share of the spare width among flex columns
	numeric bool // sort numerically on the sort key
	flex    bool // takes what the short columns leave
	pref    int  // a flex column's width before any short column is dropped (0: flexPref)
	max     int  // a short column is never wider than this, whatever its content (0: shortMax)
	// drop orders the columns that go when the width runs out: the highest
	// first; 0 never goes. When no column sets it, short columns go by
	// weight (lowest first), then from the right.
	drop int
}

const (
	flexPref = 30 // a flex column's width before short columns are dropped
	shortMax = 20 // a short column's widest, unless it says
	// contentSample is how many rows are measured for the widths of short
	// columns: all of them in a small list, evenly spaced ones in a large.
	contentSample = 2000
)

// resolvedColumns fills in what the columns leave to their defaults: with
// no flex column, the heaviest is the flex one; with no drop order, short
// columns drop lightest first, then rightmost first.
func resolvedColumns(cols []column) []column {
	out := append([]column(nil), cols...)
	anyFlex, anyDrop, heaviest := false, false, 0
	for i, c := range out {
		anyFlex = anyFlex || c.flex
		anyDrop = anyDrop || c.drop > 0
		if c.weight > out[heaviest].weight {
			heaviest = i
		}
	}
	if !anyFlex && len(out) > 0 {
		out[heaviest].flex = true
	}
	for i := range out {
		c := &out[i]
		if c.pref == 0 {
			c.pref = max(c.min, flexPref)
		}
		if c.max == 0 {
			c.max = max(c.min, shortMax)
		}
		if !anyDrop && !c.flex && i > 0 {
			c.drop = 1 + (10-min(c.weight, 9))*len(out) + i
		}
	}
	return out
}

// layoutColumns shares width among columns, given how wide each column's
// content is (title included). Short columns get their content width (at
// most max) and flex columns their preferred width; when that is too wide,
// short columns shrink to their minimum, then the columns with the highest
// drop go one by one. What is left over goes to the flex columns by weight.
// Each column is one cell wider on each side than its text: the margin in
// the row text (padCells) and a gap before the next column.
func layoutColumns(cols []column, content []int, width int) []table.Column {
	cols = resolvedColumns(cols)
	want := make([]int, len(cols))
	for i, c := range cols {
		w := c.min
		if i < len(content) {
			w = content[i]
		}
		if c.flex {
			want[i] = w // the most a flex column can use
		} else {
			want[i] = min(max(w, 1), c.max)
		}
	}
	shown := make([]bool, len(cols))
	for i := range shown {
		shown[i] = true
	}
	widths := make([]int, len(cols))
	for {
		if fitColumns(cols, want, shown, widths, width) {
			break
		}
		drop := -1
		for i, c := range cols {
			if shown[i] && c.drop > 0 && (drop < 0 || c.drop > cols[drop].drop) {
				drop = i
			}
		}
		if drop < 0 {
			break // nothing more can go: flex columns take what is left
		}
		shown[drop] = false
	}
	out := make([]table.Column, len(cols))
	for i, c := range cols {
		out[i] = table.Column{Title: " " + c.title}
		if shown[i] && widths[i] > 0 {
			out[i].Width = widths[i] + 2
		}
	}
	return out
}

// fitColumns sets widths for the shown columns within width and reports
// whether they fit with every flex column at its preferred width (or its
// content, when narrower) and every short one at least at its minimum.
// When they do not and nothing can be dropped, widths is still the best
// that fits: flex columns squeezed, then cut off from the right.
func fitColumns(cols []column, want []int, shown []bool, widths []int, width int) bool {
	avail := width
	for i := range cols {
		widths[i] = 0
		if shown[i] {
			avail -= 2
		}
	}
	// Short columns at their content width, flex ones at their preferred.
	need := 0
	for i, c := range cols {
		if !shown[i] {
			continue
		}
		if c.flex {
			widths[i] = min(c.pref, max(want[i], c.min))
		} else {
			widths[i] = want[i]
		}
		need += widths[i]
	}
	// Too wide: short columns give up what they have above their minimum.
	for i, c := range cols {
		if need <= avail {
			break
		}
		if shown[i] && !c.flex && c.min < widths[i] {
			give := min(widths[i]-c.min, need-avail)
			widths[i] -= give
			need -= give
		}
	}
	fits := need <= avail
	if !fits {
		// Flex columns down to their minimum, then whatever is left.
		for i, c := range cols {
			if need <= avail {
				break
			}
			if shown[i] && c.flex && widths[i] > c.min {
				give := min(widths[i]-c.min, need-avail)
				widths[i] -= give
				need -= give
			}
		}
		over := need - avail
		for i := len(cols) - 1; i >= 0 && over > 0; i-- {
			give := min(widths[i], over)
			widths[i] -= give
			over -= give
		}
		return false
	}
	spare := avail - need
	// Shrunk short columns get back what they gave, left to right.
	for i, c := range cols {
		if shown[i] && !c.flex && widths[i] < want[i] && spare > 0 {
			take := min(want[i]-widths[i], spare)
			widths[i] += take
			spare -= take
		}
	}
	// Flex columns share the rest by weight, up to their content; what
	// they cannot use goes to the first flex column.
	for spare > 0 {
		weights := 0
		for i, c := range cols {
			if shown[i] && c.flex && widths[i] < want[i] {
				weights += max(c.weight, 1)
			}
		}
		if weights == 0 {
			break
		}
		given := 0
		for i, c := range cols {
			if shown[i] && c.flex && widths[i] < want[i] {
				take := min(max(spare*max(c.weight, 1)/weights, 1), want[i]-widths[i], spare-given)
				widths[i] += take
				given += take
			}
		}
		spare -= given
		if given == 0 {
			break
		}
	}
	for i, c := range cols {
		if shown[i] && c.flex && spare > 0 {
			widths[i] += spare
			spare = 0
		}
	}
	return true
}

// contentWidths measures each column's content over the list's entries
// (evenly spaced ones when there are many) and its title.
func (lv *listView) contentWidths(st styles) []int {
	out := make([]int, len(lv.cols))
	for i, c := range lv.cols {
		out[i] = st.width(c.title)
	}
	n := len(lv.entries)
	step := max(1, n/contentSample)
	for i := 0; i < n; i += step {
		for c, cell := range lv.spec.cells(&lv.entries[i]) {
			if c < len(out) {
				out[c] = max(out[c], st.width(cell))
			}
		}
	}
	return out
}
