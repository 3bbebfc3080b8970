package tui

import (
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/fsnotify/fsnotify"

	"ictdash/data"
)

// A dashboard opened with --data DIR watches DIR and reloads when a
// dataset file in it changes, or when r is pressed. The reload runs off
// the UI goroutine (data.Dir re-verifies only what changed); the new Set
// replaces the old with the tab, each list's filter, sort, selection (by
// record id) and scroll kept. A reload that finds problems shows them in
// a panel under the last good dataset, which stays on screen until a
// reload succeeds.
//
// The directory is watched, not its files: editors that save by writing
// a new file and renaming it over the old (vim, VS Code) replace the file
// a watch would be on.

// debounce is how long the directory must be quiet before a reload: a
// save is several events (write, rename, chmod), and a checkout touches
// many files at once.
const debounce = 100 * time.Millisecond

// reloadMsg asks for a reload: from the watcher or the r key.
type reloadMsg struct{}

// reloadedMsg is a reload's outcome. changed is false when every file is
// as at the last good load; tabs are built off the UI goroutine, as at
// start-up.
type reloadedMsg struct {
	set     *data.Set
	tabs    []tab
	changed bool
	err     error
}

// liveState is shared by every copy of the Model, like the tabs.
type liveState struct {
	dir      *data.Dir
	events   chan struct{} // the watcher's debounced notices
	watchErr error         // why the directory is not watched, if it is not
	mu       sync.Mutex
	running  bool // a reload is under way
	pending  bool // another was asked for meanwhile
	problems []string
}

// startLive starts watching dir; a watch that cannot start leaves r.
func startLive(dir *data.Dir) *liveState {
	l := &liveState{dir: dir, events: make(chan struct{}, 1)}
	w, err := fsnotify.NewWatcher()
	if err == nil {
		if err = w.Add(dir.Path()); err != nil {
			w.Close()
		}
	}
	if err != nil {
		l.watchErr = err
		return l
	}
	go l.watch(w)
	return l
}

// watch turns the watcher's events on dataset files into one notice per
// quiet spell.
func (l *liveState) watch(w *fsnotify.Watcher) {
	var timer *time.Timer
	fire := func() {
		select {
		case l.events <- struct{}{}:
		default: // a notice is already pending
		}
	}
	for {
		select {
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if !datasetName(ev.Name) || ev.Op == fsnotify.Chmod {
				continue
			}
			if timer == nil {
				timer = time.AfterFunc(debounce, fire)
			} else {
				timer.Reset(debounce)
			}
		case _, ok := <-w.Errors:
			if !ok {
				return
			}
			fire() // events may have been lost: look again
		}
	}
}

// datasetName reports whether a changed path is a file Load reads (not an
// editor's swap or backup file).
func datasetName(name string) bool {
	switch filepath.Ext(name) {
	case ".txt", ".yaml", ".yml":
		return !strings.HasPrefix(filepath.Base(name), ".")
	}
	return false
}

// next is a command that waits for the watcher's next notice.
func (l *liveState) next() tea.Cmd {
	if l == nil || l.watchErr != nil {
		return nil
	}
	return func() tea.Msg {
		<-l.events
		return reloadMsg{}
	}
}

// reload starts a reload unless one is running (then one more follows it).
func (l *liveState) reload(keys keyMap, active int) tea.Cmd {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running {
		l.pending = true
		return nil
	}
	l.running = true
	return func() tea.Msg {
		set, changed, err := l.dir.Reload()
		msg := reloadedMsg{set: set, changed: changed, err: err}
		if err == nil && changed {
			msg.tabs = newLazyTabs(set, keys, active)
		}
		return msg
	}
}

// reloaded records a reload's outcome and swaps the dataset in.
func (m Model) reloaded(msg reloadedMsg) (Model, tea.Cmd) {
	l := m.live
	l.mu.Lock()
	l.running = false
	again := l.pending
	l.pending = false
	l.mu.Unlock()
	if strings.HasPrefix(m.flash, "Reloading") {
		m.flash = ""
	}
	var rest tea.Cmd
	switch {
	case msg.err != nil:
		l.problems = problemLines(msg.err)
	case msg.changed:
		l.problems = nil
		m = m.swap(msg.set, msg.tabs)
		rest = buildRest(m.set, m.keys, m.tabs)
	default:
		l.problems = nil
	}
	if again {
		return m, tea.Batch(rest, l.reload(m.keys, m.active))
	}
	return m, rest
}

// problemLines is a failed reload's problems, one sanitised line each.
func problemLines(err error) []string {
	var ps data.Problems
	if errors.As(err, &ps) {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = p.String() // file:line:col: message, sanitised
		}
		return out
	}
	return []string{data.SanitizeLine(err.Error())}
}

// swap shows set in place of the current dataset, keeping what each list
// showed: filter, sort, focus, the selected record and its place on
// screen. The search and the briefing start afresh over the new data.
func (m Model) swap(set *data.Set, tabs []tab) Model {
	for i := range tabs {
		if i >= len(m.tabs) {
			continue
		}
		old := m.tabs[i]
		if l, ok := old.(*lazyTab); ok {
			if old = l.t; old == nil {
				continue // never shown: nothing to keep
			}
		}
		if l, ok := tabs[i].(*lazyTab); ok {
			l.carry = old.list() // taken when the new tab is built
		} else {
			carryList(old.list(), tabs[i].list())
		}
	}
	was := ""
	if m.active < len(m.tabs) {
		was = m.tabs[m.active].title()
	}
	m.set, m.tabs, m.search = set, tabs, nil
	m.back = slices.DeleteFunc(m.back, func(i int) bool { return i >= len(tabs) })
	// The Drafts tab goes once the last draft is reviewed: the curator goes
	// back to where they came from (or the Overview), not to whatever tab
	// now has its number.
	if m.active >= len(tabs) || tabs[m.active].title() != was {
		m.active = 0
		if n := len(m.back); n > 0 {
			m.active, m.back = m.back[n-1], m.back[:n-1]
		}
		if was == "Drafts" {
			m.flash = "every draft is reviewed; run ictdash check --strict to confirm"
		}
	}
	if m.brief.open {
		m.brief.open = false
	}
	*m.drawn = drawCache{}
	return m
}

// carryList gives nw the filter, sort, focus, selection and scroll of old.
func carryList(old, nw *listView) {
	if old == nil || nw == nil {
		return
	}
	nw.filter.SetValue(old.filter.Value())
	nw.sortCol, nw.sortDesc = old.sortCol, old.sortDesc
	nw.apply()
	nw.focus, nw.zoomed = old.focus, old.zoomed
	sel := old.selected()
	if sel == nil {
		return
	}
	onScreen := old.tbl.cursor - old.tbl.offset
	id := entryID(sel)
	for row, idx := range nw.view {
		if entryID(&nw.entries[idx]) == id {
			nw.tbl.offset = max(0, row-onScreen)
			nw.tbl.SetCursor(row)
			return
		}
	}
	// Gone (deleted, or filtered out now): stay at the same row.
	nw.tbl.offset = old.tbl.offset
	nw.tbl.SetCursor(old.tbl.cursor)
}

// entryID names an entry's record across reloads.
func entryID(en *entry) string {
	switch {
	case en.fig != nil:
		return "f:" + en.fig.ID
	case en.item != nil:
		return "i:" + en.item.ID
	case en.art != nil:
		return "a:" + en.art.File
	}
	return ""
}

// withLive makes the dashboard watch and reload dir.
func (m Model) withLive(dir *data.Dir) Model {
	if dir != nil {
		m.live = startLive(dir)
	}
	return m
}

// problemsPanel is the failed reload's problems in at most maxH lines of
// w cells, or "" when the last reload was good.
func (m Model) problemsPanel(w, maxH int) string {
	if m.live == nil || len(m.live.problems) == 0 || maxH < 2 {
		return ""
	}
	ps := m.live.problems
	head := m.st.warn.Render(m.st.truncate(
		plural(len(ps), "problem")+" after the last change; showing the last good dataset. Fix the file (or press r):", w))
	lines := []string{head}
	for i, p := range ps {
		if len(lines) == maxH-1 && i < len(ps)-1 {
			lines = append(lines, m.st.muted.Render(m.st.truncate(plural(len(ps)-i, "more problem")+" (ictdash check --data DIR lists them all)", w)))
			break
		}
		lines = append(lines, m.st.truncate("  "+p, w))
	}
	return strings.Join(lines, "\n")
}

// plural is "1 problem", "3 problems", "2 more problems".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
