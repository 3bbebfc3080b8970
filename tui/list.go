package tui

import (
	"fmt"
	"slices"
	"strings"
	"sync"

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

// listSpec is how one tab's rows are shown, sorted and searched.
type listSpec struct {
	cols  []column
	cells func(*entry) []string // as shown, sanitised
	// sortKey is a row's key for a column: text, or for numeric columns a
	// number strconv reads ("" sorts first).
	sortKey func(en *entry, col int) string
	// sortGroup, when set, orders rows before their sort key: rows of a
	// lower group come first (ascending).
	sortGroup func(en *entry, col int) int
	search    searchable
	// lazySearch builds the filter's index on first use rather than with
	// the tab: the Sources tab searches whole articles.
	lazySearch bool
	// sideWidth is the narrowest screen that puts the detail pane beside
	// the table (0: the default, sideWidth): a table of short columns
	// reads well in less.
	sideWidth int
}

// listView is a filterable, sortable table with a detail pane: the body of
// the Investments, Training, Events and Actors tabs (and the table of the
// Sources tab). Filtering and sorting work on index slices over entries,
// never copies of them.
//
// A listView is a value that its tab holds (and update returns a new one);
// what the copies must share, and what drawing records for the keys and
// the mouse to read, is behind its pointers: tbl, laidOut and ui.
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
	focus    paneFocus // which pane takes the keys
	zoomed   bool      // the focused pane has the whole body
	ui       *listUI
	// docOf builds an entry's detail pane (entryDoc unless the tab has
	// its own); nil for a list drawn without one (the Sources tab, whose
	// right-hand pane is the article).
	docOf func(e env, en *entry, width int) doc
}

// paneFocus is the pane of a list tab that takes the keys.
type paneFocus int

const (
	focusTable paneFocus = iota
	focusDetail
)

// listUI is the state of a list's screen that every copy of the list
// shares: the detail pane's scroll and selection, and where the last frame
// put the table and the pane (for the mouse).
type listUI struct {
	pane detailPane
	geom listGeom
	// env is what the last frame was drawn with: keys that act on the
	// detail pane before the next frame (a paste of keys, a test) build
	// the doc of the row now selected with it, at the last width.
	env env
}

func newListView(set *data.Set, spec *listSpec, entries []entry, keys keyMap) listView {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "filter (ignores case and accents)"
	ti.CharLimit = 200
	// Laid out at the first draw, when the size is known.
	tbl := newListTable(layoutColumns(spec.cols, nil, 80), tableKeys(keys))
	lv := listView{spec: spec, set: set, cols: spec.cols, entries: entries, tbl: tbl, laidOut: &tableLayout{},
		filter: ti, sortCol: -1, ui: &listUI{pane: detailPane{sel: -1}}, docOf: entryDoc}
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

// filterText is the filter in effect, as typed.
func (lv *listView) filterText() string { return strings.TrimSpace(lv.filter.Value()) }

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
	if lv.docOf != nil {
		if used := lv.updateFocus(msg, k); used {
			return lv, nil, true
		}
		if lv.focus == focusDetail {
			lv.syncPane()
			if cmd, used := lv.ui.pane.update(msg, k); used {
				return lv, cmd, true
			}
			if !key.Matches(msg, k.Filter, k.Sort, k.Reverse) {
				return lv, nil, false
			}
			lv.focus = focusTable // a filter or a sort is the table's
		}
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

// updateFocus handles the keys that move between the table and the detail
// pane and zoom them: l, → and tab focus the pane; h, ←, shift+tab and esc
// the table; tab from the pane goes on to the next tab (the root's), with
// the table focused for when it comes back; z zooms the focused pane to the
// whole body and back, and esc unzooms first.
func (lv *listView) updateFocus(msg tea.KeyPressMsg, k keyMap) bool {
	switch {
	case key.Matches(msg, k.Zoom):
		lv.zoomed = !lv.zoomed
	case lv.zoomed && key.Matches(msg, k.Back):
		lv.zoomed = false
	case lv.focus == focusTable && key.Matches(msg, k.Focus, k.NextTab):
		lv.focusDetail()
	case lv.focus == focusDetail && key.Matches(msg, k.Unfocus, k.PrevTab, k.Back):
		lv.focus = focusTable
	case lv.focus == focusDetail && key.Matches(msg, k.NextTab):
		lv.focus = focusTable
		return false
	default:
		return false
	}
	return true
}

// focusDetail gives the keys to the detail pane.
func (lv *listView) focusDetail() {
	lv.focus = focusDetail
	lv.syncPane()
	lv.ui.pane.focus()
}

// pickTarget focuses the detail pane on the first of its targets that keep
// holds, if any.
func (lv *listView) pickTarget(keep func(target) bool) {
	if lv.docOf == nil {
		return
	}
	lv.syncPane()
	p := &lv.ui.pane
	for i, t := range p.d.targets {
		if keep(t) {
			lv.focus = focusDetail
			p.selectTarget(i)
			return
		}
	}
}

// syncPane makes the detail pane's doc the selected row's, at the width of
// the last frame (or the narrowest layout's before the first), without
// waiting for the next frame.
func (lv *listView) syncPane() {
	p := &lv.ui.pane
	en := lv.selected()
	if p.key.hasDoc && p.key.en == en {
		return
	}
	width := p.key.width
	if width <= 0 {
		width = minWidth
	}
	e := lv.ui.env
	if e.set == nil { // no frame yet
		e.set, e.st = lv.set, firstStyles()
	}
	p.reset()
	p.d = lv.docOf(e, en, width)
	p.key = docKey{en: en, width: width, gen: e.st.gen, query: e.query, hasDoc: true}
	p.shown = max(p.shown, 1)
}

// firstStyles is what a doc is built with before the first frame: any
// styles do, the doc is rebuilt with the real ones when it is drawn.
var firstStyles = sync.OnceValue(func() styles { return newStyles(true, false, false) })

// paneView draws the selected row's detail pane in w×h cells.
func (lv *listView) paneView(e env, w, h int) string {
	lv.ui.env = e
	p := &lv.ui.pane
	en := lv.selected()
	k := docKey{en: en, width: w, gen: e.st.gen, query: e.query, hasDoc: true}
	if p.key != k {
		same := p.key.en == en && p.key.hasDoc
		if !same {
			p.reset()
		}
		p.d = lv.docOf(e, en, w)
		p.key = k
		if same && p.sel >= 0 {
			// Rewrapped: the picked line moved; keep it in view.
			p.shown = h
			p.selectTarget(p.sel)
		}
	}
	return p.render(e.st, w, h, lv.focus == focusDetail)
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
	if !lv.editing && lv.focus == focusTable && key.Matches(msg, k.Enter) {
		return lv, openEntry(lv.selected()), true
	}
	return lv.update(msg, k)
}

// move passes a navigation key to the table.
func (lv listView) move(msg tea.KeyPressMsg) tea.Cmd { return lv.tbl.Update(msg) }

// setCursor moves the table's cursor to row, and the keys to the table.
func (lv *listView) setCursor(row int) {
	lv.tbl.SetCursor(row)
	lv.focus = focusTable
}

// selectWhere moves the cursor to the first visible entry matching keep,
// clearing the filter if it hides it. It reports whether one was found; a
// list that holds none is left as it was.
func (lv *listView) selectWhere(keep func(*entry) bool) bool {
	if !slices.ContainsFunc(lv.entries, func(en entry) bool { return keep(&en) }) {
		return false
	}
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
	room := max(0, width-st.width(count)-1)
	// Hints lose whole parts when they do not fit, never half a word.
	hint := func(s string) string { return st.muted.Render(fitWords(st, s, room)) }
	var left string
	switch {
	case lv.editing:
		lv.filter.SetWidth(max(1, width-st.width(count)-4))
		left = lv.filter.View()
	case lv.filter.Value() != "":
		f := st.filterPrompt.Render(st.truncate("/"+sanitize(lv.filter.Value()), room))
		left = f + st.muted.Render(fitWords(st, "  esc clears", room-st.width(f)))
	default:
		left = hint("/ filter · s sort")
	}
	if lv.sortCol >= 0 && lv.sortCol < len(lv.cols) {
		dir := "↑"
		if lv.sortDesc {
			dir = "↓"
		}
		if s := "  sort: " + lv.cols[lv.sortCol].title + " " + dir; st.width(left)+st.width(s) <= room {
			left += st.muted.Render(s)
		}
	}
	gap := width - st.width(left) - st.width(count)
	if gap < 1 {
		return st.truncate(left+" "+count, width)
	}
	return left + strings.Repeat(" ", gap) + count
}

// table renders the table into width×height cells (height includes the
// header row and its rule), the matches of its filter marked.
func (lv *listView) table(st styles, width, height int) string {
	return lv.tableQ(st, width, height, lv.filtered)
}

// tableQ is table with the matches of the folded query q marked.
func (lv *listView) tableQ(st styles, width, height int, q string) string {
	want := tableLayout{styleGen: st.gen, width: width, height: max(1, height)}
	if got := lv.laidOut; got.styleGen != want.styleGen || got.width != width || got.height != want.height || got.content == nil {
		if got.styleGen != st.gen || got.content == nil {
			got.content = lv.contentWidths(st)
		}
		want.content = got.content
		lv.tbl.SetLayout(layoutColumns(lv.cols, want.content, width), width, want.height, st)
		*lv.laidOut = want
	}
	return lv.tbl.ViewQ(func(i int) []string {
		cells := lv.spec.cells(&lv.entries[lv.view[i]])
		if q != "" {
			for c := range cells {
				cells[c] = markMatches(cells[c], q)
			}
		}
		return padCells(cells)
	}, q)
}

// tableLayout is what the table was last laid out for, and the widths of
// its columns' content, measured once per style.
type tableLayout struct {
	styleGen, width, height int
	content                 []int
}
