package tui

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/table"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ictdash/data"
)

// entry is one row of a list tab: a figure or an item, with its cells
// precomputed so filtering and sorting never re-format anything.
type entry struct {
	fig    *data.Figure
	item   *data.Item
	art    *data.Article // the Sources tab's rows
	cells  []string
	row    table.Row // cells with the one-space left margin the table shows
	sortBy []string  // per column; numeric columns hold a sortable number
	folded string    // data.Fold of everything the filter searches
}

// column describes one table column; widths are shared out at layout time.
type column struct {
	title   string
	min     int  // narrowest useful width
	weight  int  // share of the remaining width
	numeric bool // sort numerically on sortBy
}

// listView is a filterable, sortable table with a detail pane: the body of
// the Investments, Training, Events and Actors tabs. Filtering and sorting
// work on index slices over entries, never copies of them.
type listView struct {
	cols    []column
	entries []entry
	view    []int // indexes into entries: filtered, then sorted
	// tbl is shared by every copy of the model: layout is applied while
	// drawing, and re-applying an unchanged layout would re-render every
	// visible row (each bubbles table setter does), several times a frame.
	tbl      *table.Model
	laidOut  *tableLayout
	filter   textinput.Model
	editing  bool // typing a filter
	sortCol  int  // -1: dataset order
	sortDesc bool
	width    int
}

func newListView(cols []column, entries []entry, keys keyMap) listView {
	for i := range entries {
		entries[i].row = padCells(entries[i].cells)
	}
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "filter (ignores case and accents)"
	ti.CharLimit = 200
	// Columns before rows: the table renders rows as soon as they are set.
	// Height 0 until the first draw lays the table out: a table renders its
	// visible rows whenever rows are set, and six tabs would do it for nothing.
	tbl := table.New(table.WithColumns(layoutColumns(cols, 80)), table.WithFocused(true),
		table.WithKeyMap(tableKeys(keys)), table.WithHeight(0))
	lv := listView{cols: cols, entries: entries, tbl: &tbl, laidOut: &tableLayout{}, filter: ti, sortCol: -1}
	lv.apply()
	return lv
}

// tableKeys binds the table to the dashboard's keys only, so letters the
// dashboard uses (b, f, d, u) are not swallowed as paging keys.
func tableKeys(k keyMap) table.KeyMap {
	none := key.NewBinding(key.WithDisabled())
	return table.KeyMap{LineUp: k.Up, LineDown: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp: none, HalfPageDown: none, GotoTop: k.Top, GotoBottom: k.Bottom}
}

// selected returns the entry under the cursor, or nil when the list is empty.
func (lv listView) selected() *entry {
	c := lv.tbl.Cursor()
	if c < 0 || c >= len(lv.view) {
		return nil
	}
	return &lv.entries[lv.view[c]]
}

// apply recomputes the visible rows from the filter and sort settings.
func (lv *listView) apply() {
	q := data.Fold(strings.TrimSpace(lv.filter.Value()))
	lv.view = lv.view[:0]
	for i := range lv.entries {
		if q == "" || strings.Contains(lv.entries[i].folded, q) {
			lv.view = append(lv.view, i)
		}
	}
	if c := lv.sortCol; c >= 0 && c < len(lv.cols) {
		less := func(a, b int) bool { return lv.entries[a].sortBy[c] < lv.entries[b].sortBy[c] }
		if lv.cols[c].numeric {
			less = func(a, b int) bool { return num(lv.entries[a].sortBy[c]) < num(lv.entries[b].sortBy[c]) }
		}
		sort.SliceStable(lv.view, func(i, j int) bool {
			if lv.sortDesc {
				return less(lv.view[j], lv.view[i])
			}
			return less(lv.view[i], lv.view[j])
		})
	}
	rows := make([]table.Row, len(lv.view))
	for i, idx := range lv.view {
		rows[i] = lv.entries[idx].row
	}
	lv.tbl.SetRows(rows)
	if lv.tbl.Cursor() >= len(rows) || lv.tbl.Cursor() < 0 {
		lv.tbl.SetCursor(max(0, len(rows)-1))
	}
}

func num(s string) float64 {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return -1e308 // blanks sort first ascending
	}
	return x
}

// update handles a key; it reports whether the key was used so the root
// can fall back to global bindings (tab switching, quit).
func (lv listView) update(msg tea.KeyPressMsg, k keyMap) (listView, tea.Cmd, bool) {
	if lv.editing {
		switch msg.String() {
		case "enter", "tab":
			lv.editing = false
			lv.filter.Blur()
			return lv, nil, true
		case "esc":
			lv.editing = false
			lv.filter.Blur()
			lv.filter.SetValue("")
			lv.apply()
			return lv, nil, true
		case "up", "down", "pgup", "pgdown":
			return lv, lv.move(msg), true
		}
		var cmd tea.Cmd
		lv.filter, cmd = lv.filter.Update(msg)
		lv.apply()
		return lv, cmd, true
	}
	switch {
	case key.Matches(msg, k.Filter):
		lv.editing = true
		return lv, lv.filter.Focus(), true
	case key.Matches(msg, k.Back) && lv.filter.Value() != "":
		lv.filter.SetValue("")
		lv.apply()
		return lv, nil, true
	case key.Matches(msg, k.Sort):
		lv.sortCol++
		if lv.sortCol >= len(lv.cols) {
			lv.sortCol = -1
		}
		lv.apply()
		return lv, nil, true
	case key.Matches(msg, k.Reverse):
		lv.sortDesc = !lv.sortDesc
		lv.apply()
		return lv, nil, true
	case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom):
		return lv, lv.move(msg), true
	}
	return lv, nil, false
}

// updateOpening is update for lists whose rows have sources: enter opens
// the selected figure's or item's first source.
func (lv listView) updateOpening(msg tea.KeyPressMsg, k keyMap) (listView, tea.Cmd, bool) {
	if !lv.editing && key.Matches(msg, k.Enter) {
		return lv, openEntry(lv.selected()), true
	}
	return lv.update(msg, k)
}

// move passes a navigation key to the table.
func (lv listView) move(msg tea.KeyPressMsg) tea.Cmd {
	next, cmd := lv.tbl.Update(msg)
	*lv.tbl = next
	return cmd
}

// selectWhere moves the cursor to the first visible entry matching keep,
// clearing the filter if it hides it. It reports whether one was found.
func (lv *listView) selectWhere(keep func(*entry) bool) bool {
	for pass := 0; pass < 2; pass++ {
		for row, idx := range lv.view {
			if keep(&lv.entries[idx]) {
				lv.tbl.SetCursor(row)
				return true
			}
		}
		lv.filter.SetValue("")
		lv.apply()
	}
	return false
}

// header is the filter line: the input while typing, else the filter and
// sort in effect, with the match count.
func (lv listView) header(st styles, width int) string {
	count := st.count.Render(fmt.Sprintf("%d of %d", len(lv.view), len(lv.entries)))
	var left string
	switch {
	case lv.editing:
		lv.filter.SetWidth(max(1, width-lipgloss.Width(count)-4))
		left = lv.filter.View()
	case lv.filter.Value() != "":
		left = st.filterPrompt.Render("/"+sanitize(lv.filter.Value())) + st.muted.Render("  esc clears")
	default:
		left = st.muted.Render("/ filter  s sort")
	}
	if lv.sortCol >= 0 && lv.sortCol < len(lv.cols) {
		dir := "↑"
		if lv.sortDesc {
			dir = "↓"
		}
		left += st.muted.Render("  sort: " + lv.cols[lv.sortCol].title + " " + dir)
	}
	gap := width - lipgloss.Width(left) - lipgloss.Width(count)
	if gap < 1 {
		return st.toASCII(truncate(left+" "+count, width))
	}
	return st.toASCII(left + strings.Repeat(" ", gap) + count)
}

// table renders the table into width×height cells (height includes the
// header row and its rule).
func (lv *listView) table(st styles, width, height int) string {
	want := tableLayout{styleGen: st.gen, width: width, height: max(1, height-2)}
	if *lv.laidOut != want {
		lv.tbl.SetStyles(st.table)
		lv.tbl.SetColumns(layoutColumns(lv.cols, width))
		lv.tbl.SetWidth(width)
		lv.tbl.SetHeight(want.height)
		*lv.laidOut = want
	}
	return st.toASCII(lv.tbl.View())
}

// tableLayout is what the table was last laid out for.
type tableLayout struct{ styleGen, width, height int }

// padCells gives each cell a one-space left margin. The table's own cell
// padding costs a second styled render per cell on every cursor move;
// margins baked into the text cost nothing (see newStyles).
func padCells(cells []string) table.Row {
	row := make(table.Row, len(cells))
	for i, c := range cells {
		row[i] = " " + c
	}
	return row
}

// layoutColumns shares width among columns: each gets its minimum, the rest
// goes by weight; columns that do not fit are dropped from the right.
func layoutColumns(cols []column, width int) []table.Column {
	out := make([]table.Column, len(cols))
	// Each column is one cell wider on each side than its text: the margin
	// in the row text (padCells) and a gap before the next column.
	avail := width
	used, weights := 0, 0
	for i, c := range cols {
		need := c.min + 2
		if used+need > avail {
			for j := i; j < len(cols); j++ {
				out[j] = table.Column{Title: " " + cols[j].title, Width: 0}
			}
			break
		}
		used += need
		out[i] = table.Column{Title: " " + c.title, Width: c.min + 2}
		weights += c.weight
	}
	spare := avail - used
	for i, c := range cols {
		if out[i].Width > 0 && weights > 0 {
			out[i].Width += spare * c.weight / weights
		}
	}
	return out
}
