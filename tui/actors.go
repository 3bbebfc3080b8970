package tui

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/format"
)

var actorColumns = []column{
	{title: "Name", min: 16, weight: 5},
	{title: "Kind", min: 6, weight: 1},
	{title: "Also known as", min: 12, weight: 4},
	{title: "Links", min: 5, weight: 1, numeric: true},
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
		return link{f.ID, format.Qualified(f) + " " + sanitize(f.Label)}
	}
	other := l.items[i-len(l.figs)]
	return link{other.ID, sanitize(other.Name) + " (" + other.Kind + ")"}
}

// actorsTab lists organisations and people; enter steps into what each is
// linked to, and enter on a link jumps to it in its own tab.
type actorsTab struct {
	list    listView
	set     *data.Set
	inLinks bool
	cursor  int
}

func newActorsTab(set *data.Set, keys keyMap) actorsTab {
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
	spec := &listSpec{cols: actorColumns, cells: cells, sortKey: sortKey, search: search}
	return actorsTab{list: newListView(set, spec, entries, keys), set: set}
}

func linksOf(set *data.Set, id string) links {
	figs, items := set.Linked(id)
	return links{figs, items}
}

func (t actorsTab) selectedLinks() links {
	if en := t.list.selected(); en != nil {
		return linksOf(t.set, en.item.ID)
	}
	return links{}
}

func (t actorsTab) update(msg tea.KeyPressMsg, e env) (actorsTab, tea.Cmd, bool) {
	k := e.keys
	if t.inLinks {
		ls := t.selectedLinks()
		switch {
		case key.Matches(msg, k.Back):
			t.inLinks = false
		case key.Matches(msg, k.Down):
			t.cursor = min(t.cursor+1, ls.len()-1)
		case key.Matches(msg, k.Up):
			t.cursor = max(t.cursor-1, 0)
		case key.Matches(msg, k.Enter) && t.cursor < ls.len():
			id := ls.at(t.cursor).id
			t.inLinks = false
			return t, func() tea.Msg { return jumpMsg{id: id} }, true
		default:
			return t, nil, false
		}
		return t, nil, true
	}
	if !t.list.editing && key.Matches(msg, k.Enter) {
		if t.selectedLinks().len() > 0 {
			t.inLinks, t.cursor = true, 0
		}
		return t, nil, true
	}
	var cmd tea.Cmd
	var used bool
	t.list, cmd, used = t.list.update(msg, k)
	return t, cmd, used
}

func (t actorsTab) view(e env, w, h int) string {
	detail := func(en *entry, width, height int) string { return t.detail(e, en, width, height) }
	return splitViewWith(e, &t.list, w, h, nil, detail)
}

// detail is the actor's record and the numbered list of its links, with a
// cursor when the links have focus.
func (t actorsTab) detail(e env, en *entry, width, height int) string {
	if en == nil {
		return entryDetail(e, nil, width)
	}
	var b strings.Builder
	ls := linksOf(t.set, en.item.ID)
	first := 0
	if t.inLinks {
		// Browsing: the links get the whole pane, scrolled to the cursor.
		b.WriteString(e.st.title.Render(sanitize(en.item.Name)) + "\n")
		first = max(0, t.cursor-(height-3))
	} else {
		b.WriteString(itemDetail(e, en.item, width) + "\n\n")
	}
	hint := "enter to browse, then enter to jump"
	if t.inLinks {
		hint = "j/k move · enter jumps · esc back"
	}
	b.WriteString(e.st.label.Render(fmt.Sprintf("Linked to (%d) — %s", ls.len(), hint)) + "\n")
	// The pane is cut to its height: no more links than that can show.
	for i := first; i < min(ls.len(), first+max(height, 0)); i++ {
		marker := "  "
		text := ls.at(i).text
		if t.inLinks && i == t.cursor {
			marker = e.st.arrow + " "
			text = e.st.highlightCurrent.Render(text)
		}
		b.WriteString(e.st.truncate(marker+text, width) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}
