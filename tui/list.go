package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/table"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// entry is one row of a list tab: a figure, an item or an article. What a
// row shows, sorts and is found by is worked out from it when needed (see
// listSpec): a large dataset has a hundred thousand rows, of which a screen
// shows forty.
type entry struct {
	fig  *data.Figure
	item *data.Item
	art  *data.Article // the Sources tab's rows
}

// column describes one table column; widths are shared out at layout time.
type column struct {
	title   string
	min     int  // narrowest useful width
	weight  int  // share of the remaining width
	numeric bool // sort numerically on the sort key
}

// listSpec is how one tab's rows are shown, sorted and searched.
type listSpec struct {
	cols  []column
	cells func(*entry) []string // as shown, sanitised
	// sortKey is a row's key for a column: text, or for numeric columns a
	// number strconv reads ("" sorts first).
	sortKey func(en *entry, col int) string
	search  searchable
	// lazySearch builds the filter's index on first use rather than with
	// the tab: the Sources tab searches whole articles.
	lazySearch bool
}

// listView is a filterable, sortable table with a detail pane: the body of
// the Investments, Training, Events and Actors tabs. Filtering and sorting
// work on index slices over entries, never copies of them.
type listView struct {
	spec    *listSpec
	set     *data.Set
	cols    []column
	entries []entry
	view    []int // indexes into entries: filtered, then sorted
	// filtered is the query view was last filtered by: a query that
	// contains it narrows view rather than searching every entry again.
	filtered string
	search   *searchIndex
	sortKeys *sortKeys // the sort column's keys, computed when it is chosen
	// tbl is shared by every copy of the model: layout is applied while
	// drawing, once per change of size or style.
	tbl      *listTable
	laidOut  *tableLayout
	filter   textinput.Model
	editing  bool // typing a filter
	sortCol  int  // -1: dataset order
	sortDesc bool
	width    int
}

func newListView(set *data.Set, spec *listSpec, entries []entry, keys keyMap) listView {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "filter (ignores case and accents)"
	ti.CharLimit = 200
	// Laid out at the first draw, when the size is known.
	tbl := newListTable(layoutColumns(spec.cols, 80), tableKeys(keys))
	lv := listView{spec: spec, set: set, cols: spec.cols, entries: entries, tbl: tbl, laidOut: &tableLayout{},
		filter: ti, sortCol: -1}
	if !spec.lazySearch {
		lv.search = newSearchIndex(set, entries, spec.search)
	}
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
// Typing one more character of a filter only narrows the rows already
// shown, in their order (a stable sort of a subset is the subset of the
// sorted list), so a keystroke costs what is left, not the whole list.
func (lv *listView) apply() {
	q := data.Fold(strings.TrimSpace(lv.filter.Value()))
	switch {
	case q == "":
		lv.view = lv.view[:0]
		for i := range lv.entries {
			lv.view = append(lv.view, i)
		}
		lv.sort()
	case q != lv.filtered && lv.filtered != "" && strings.Contains(q, lv.filtered):
		// One more character: narrow. (The same query again means the
		// sort changed, and is filtered and sorted afresh below.)
		lv.view = lv.searchIndex().filter(q, lv.view, len(lv.entries), lv.view)
	default:
		lv.view = lv.searchIndex().filter(q, nil, len(lv.entries), lv.view)
		lv.sort()
	}
	lv.filtered = q
	lv.tbl.SetRowCount(len(lv.view))
}

func (lv *listView) searchIndex() *searchIndex {
	if lv.search == nil {
		lv.search = newSearchIndex(lv.set, lv.entries, lv.spec.search)
	}
	return lv.search
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

// paste inserts what a filter takes of a paste (pasteText) at the cursor
// of the filter being typed.
func (lv *listView) paste(content string) tea.Cmd {
	text := pasteText(content)
	if text == "" {
		return nil
	}
	var cmd tea.Cmd
	lv.filter, cmd = lv.filter.Update(tea.PasteMsg{Content: text})
	lv.apply()
	return cmd
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
func (lv listView) move(msg tea.KeyPressMsg) tea.Cmd { return lv.tbl.Update(msg) }

// setCursor moves the table's cursor to row.
func (lv listView) setCursor(row int) { lv.tbl.SetCursor(row) }

// selectWhere moves the cursor to the first visible entry matching keep,
// clearing the filter if it hides it. It reports whether one was found.
func (lv *listView) selectWhere(keep func(*entry) bool) bool {
	for pass := 0; pass < 2; pass++ {
		for row, idx := range lv.view {
			if keep(&lv.entries[idx]) {
				lv.setCursor(row)
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
		lv.filter.SetWidth(max(1, width-st.width(count)-4))
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
	gap := width - st.width(left) - st.width(count)
	if gap < 1 {
		return st.toASCII(st.truncate(left+" "+count, width))
	}
	return st.toASCII(left + strings.Repeat(" ", gap) + count)
}

// table renders the table into width×height cells (height includes the
// header row and its rule).
func (lv *listView) table(st styles, width, height int) string {
	want := tableLayout{styleGen: st.gen, width: width, height: max(1, height)}
	if *lv.laidOut != want {
		lv.tbl.SetLayout(layoutColumns(lv.cols, width), width, want.height, st)
		*lv.laidOut = want
	}
	return st.toASCII(lv.tbl.View(func(i int) []string { return padCells(lv.spec.cells(&lv.entries[lv.view[i]])) }))
}

// tableLayout is what the table was last laid out for.
type tableLayout struct{ styleGen, width, height int }

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
