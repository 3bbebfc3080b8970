package tui

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
)

var actorColumns = []column{
	{title: "Name", min: 16, weight: 3, flex: true},
	{title: "Kind", min: 12, max: 12, drop: 2},
	{title: "Also known as", min: 12, weight: 2, flex: true, pref: 16, drop: 3},
	{title: "Links", min: 5, max: 5, numeric: true},
}

// link is something an actor is linked to: a figure or an item.
type link struct {
	id, text string
}

// links are what one actor is linked to: figures, then items. Only the
// ones on screen are worded (at): an organisation may be linked to
// thousands of figures.
type links struct {
	figs  []*data.Figure
	items []*data.Item
}

func (l links) len() int { return len(l.figs) + len(l.items) }

func (l links) at(i int) link {
	if i < len(l.figs) {
		f := l.figs[i]
		return link{f.ID, figureWordings(f) + " " + f.Label}
	}
	other := l.items[i-len(l.figs)]
	return link{other.ID, other.Name + " (" + other.Kind + ")"}
}

// actorsTab lists organisations and people; the detail pane lists what
// each is linked to, and enter on a link shows it in its own tab.
type actorsTab struct {
	lv  listView
	set *data.Set
}

// maxLinks is how many links an actor's detail pane lists: an organisation
// may be linked to thousands of figures, and the pane is built whenever
// the cursor moves.
const maxLinks = 500

func newActorsTab(set *data.Set, keys keyMap) *actorsTab {
	actors := append(set.ItemsOfKind("organisation"), set.ItemsOfKind("person")...)
	folded := make(map[*data.Item]string, len(actors))
	for _, it := range actors {
		folded[it] = data.Fold(it.Name)
	}
	sort.SliceStable(actors, func(i, j int) bool { return folded[actors[i]] < folded[actors[j]] })
	entries := make([]entry, len(actors))
	for i, it := range actors {
		entries[i] = entry{item: it}
	}
	cells := func(en *entry) []string {
		it := en.item
		return []string{sanitize(it.Name), it.Kind, strings.Join(sanitizeAll(it.Aliases), "; "),
			strconv.Itoa(linksOf(set, it.ID).len())}
	}
	sortKey := func(en *entry, col int) string { return cells(en)[col] }
	search := func(en *entry) ([]string, []string) { return itemTexts(en.item) }
	// Names and a few short columns: beside the detail pane from 120
	// columns, the whole list in view.
	spec := &listSpec{cols: actorColumns, cells: cells, sortKey: sortKey, search: search, sideWidth: wideWidth}
	t := &actorsTab{lv: newListView(set, spec, entries, keys), set: set}
	t.lv.docOf = t.doc
	return t
}

func (t *actorsTab) title() string   { return "Actors" }
func (t *actorsTab) list() *listView { return &t.lv }
func (t *actorsTab) briefing() brief.Options {
	return brief.Options{Filter: t.lv.filterText()}
}

func linksOf(set *data.Set, id string) links {
	figs, items := set.Linked(id)
	return links{figs, items}
}

// update: enter on an actor takes the keys to its links (the first one
// selected); the rest is the list's.
func (t *actorsTab) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) {
	if !t.lv.editing && t.lv.focus == focusTable && key.Matches(msg, e.keys.Enter) {
		t.lv.focusDetail()
		p := &t.lv.ui.pane // synced by focusDetail
		for i, tg := range p.d.targets {
			if tg.link {
				p.selectTarget(i)
				break
			}
		}
		return nil, true
	}
	var cmd tea.Cmd
	var used bool
	t.lv, cmd, used = t.lv.update(msg, e.keys)
	return cmd, used
}

func (t *actorsTab) view(e env, w, h int) string { return splitView(e, &t.lv, w, h, nil) }

// doc is the actor's record and what it is linked to, each link a target.
func (t *actorsTab) doc(e env, en *entry, width int) doc {
	if en == nil {
		return entryDoc(e, nil, width)
	}
	var d doc
	itemDoc(&d, e, en.item, width)
	ls := linksOf(t.set, en.item.ID)
	d.add("")
	d.add(e.st.wrap(e.st.label.Render(fmt.Sprintf("Linked to (%d)", ls.len())), width))
	for i := range min(ls.len(), maxLinks) {
		l := ls.at(i)
		d.addTarget(e.st, e.st.truncate(e.mark(l.text), width-gutterW), width, target{id: l.id, link: true})
	}
	if ls.len() > maxLinks {
		d.add(e.st.muted.Render(fmt.Sprintf("  and %d more", ls.len()-maxLinks)))
	}
	return d
}
