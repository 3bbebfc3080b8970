package tui

import (
	"fmt"
	"slices"
	"sort"
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

// actorsTab lists organisations and people; enter steps into what each is
// linked to, and enter on a link jumps to it in its own tab.
type actorsTab struct {
	list    listView
	links   map[string][]link
	inLinks bool
	cursor  int
}

func newActorsTab(set *data.Set, keys keyMap) actorsTab {
	t := actorsTab{links: map[string][]link{}}
	var entries []entry
	actors := append(set.ItemsOfKind("organisation"), set.ItemsOfKind("person")...)
	folded := make(map[*data.Item]string, len(actors))
	for _, it := range actors {
		folded[it] = data.Fold(it.Name)
	}
	sort.SliceStable(actors, func(i, j int) bool { return folded[actors[i]] < folded[actors[j]] })
	for _, it := range actors {
		figs, items := set.Linked(it.ID)
		var ls []link
		for _, f := range figs {
			ls = append(ls, link{f.ID, format.Qualified(f) + " " + sanitize(f.Label)})
		}
		for _, other := range items {
			ls = append(ls, link{other.ID, sanitize(other.Name) + " (" + other.Kind + ")"})
		}
		t.links[it.ID] = ls
		cells := []string{sanitize(it.Name), it.Kind, strings.Join(sanitizeAll(it.Aliases), "; "), fmt.Sprint(len(ls))}
		entries = append(entries, entry{item: it, cells: cells, sortBy: slices.Clone(cells), folded: set.ItemText(it)})
	}
	t.list = newListView(actorColumns, entries, keys)
	return t
}

func (t actorsTab) selectedLinks() []link {
	if en := t.list.selected(); en != nil {
		return t.links[en.item.ID]
	}
	return nil
}

func (t actorsTab) update(msg tea.KeyPressMsg, e env) (actorsTab, tea.Cmd, bool) {
	k := e.keys
	if t.inLinks {
		ls := t.selectedLinks()
		switch {
		case key.Matches(msg, k.Back):
			t.inLinks = false
		case key.Matches(msg, k.Down):
			t.cursor = min(t.cursor+1, len(ls)-1)
		case key.Matches(msg, k.Up):
			t.cursor = max(t.cursor-1, 0)
		case key.Matches(msg, k.Enter) && t.cursor < len(ls):
			id := ls[t.cursor].id
			t.inLinks = false
			return t, func() tea.Msg { return jumpMsg{id: id} }, true
		default:
			return t, nil, false
		}
		return t, nil, true
	}
	if !t.list.editing && key.Matches(msg, k.Enter) {
		if len(t.selectedLinks()) > 0 {
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
	ls := t.links[en.item.ID]
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
	b.WriteString(e.st.label.Render(fmt.Sprintf("Linked to (%d) — %s", len(ls), hint)) + "\n")
	for i, l := range ls[first:] {
		i += first
		marker := "  "
		text := l.text
		if t.inLinks && i == t.cursor {
			marker = e.st.arrow + " "
			text = e.st.highlightCurrent.Render(text)
		}
		b.WriteString(truncate(marker+text, width) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}
