// Package tui is the ictdash dashboard: tabs over a verified dataset (the
// registry in tabs.go), with tables, detail panes, the source articles and
// ASCII charts.
package tui

import (
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"ictdash/data"
)

// Below this size the dashboard shows a "terminal too small" screen. At
// this size every list still shows minRows rows (TestSmallestScreen).
const minWidth, minHeight = 40, 12

// Options are the command-line choices that shape the dashboard.
type Options struct {
	ASCII   bool // ASCII only: borders, chart glyphs, markers and text
	NoColor bool // no colour at all (NO_COLOR)
	NoMouse bool // no mouse reporting, so the terminal selects text (--no-mouse)
	// Live is the --data directory, watched and reloaded as its files
	// change (live.go); nil for the embedded seeds.
	Live *data.Dir
}

// env is what every tab needs to draw and react: passed down, never stored,
// so a restyle (background colour reply) reaches all tabs at once.
type env struct {
	set  *data.Set
	st   styles
	keys keyMap
	// query is the folded text whose matches are highlighted: the active
	// list's filter, or the global search that led to the record.
	query string
}

// Model is the root of the dashboard: the tab bar, layout, global keys and
// help footer. It delegates everything else to the active tab.
//
// A Model is a value, as Bubble Tea wants, but what it shows is shared by
// every copy of it: the tabs (pointers, see tabs.go), the global search and
// the draw cache. Only the root's own choices (the active tab, where esc
// goes back to, the notice, the overlays) are copied with it.
type Model struct {
	env
	opt      Options
	help     help.Model
	terminal // size, background and text measure, as the terminal reported them
	active   int
	back     []int // where esc returns after a jump (enter on a figure)
	showHelp bool
	helpY    int            // the ? overlay's scroll
	search   *globalSearch  // the global search, while it is open
	found    string         // the folded query of the search that led to what is shown
	flash    string         // one-line notice, cleared by the next key
	loading  chan loadedMsg // until the dataset arrives (Run); nil once loaded
	feed     *progressFeed  // the loader's progress reports (Run)
	progress progressView   // the loading screen, drawn until the dataset arrives
	loadErr  error
	quitting bool // q or ctrl+c: nothing after it is acted on

	// tabs are the registry's tabs, shared by every copy of the Model
	// (tabs.go); active indexes them.
	tabs  []tab
	brief briefView
	drawn *drawCache   // shared by every copy, like the tabs
	live  *liveState   // --data DIR watched and reloaded (live.go); nil for the seeds
	rev   *ReviewModel // the review of the dataset's drafts, open over the dashboard (R on Drafts)
}

// New builds the dashboard over a loaded dataset.
func New(set *data.Set, opt Options) Model {
	m := Model{env: env{keys: defaultKeyMap()}, opt: opt, help: help.New(), terminal: terminal{dark: true}, drawn: &drawCache{}}
	m.restyle()
	m.set, m.tabs = set, newTabs(set, m.keys)
	return m
}

// restyle rebuilds the styles for the background and the cells method.
func (m *Model) restyle() {
	m.st = newStyles(m.dark, m.opt.ASCII, !m.opt.NoColor)
	m.st.cells = m.cells
	m.help.Styles = m.st.help
	if m.opt.ASCII {
		m.help.Ellipsis, m.help.ShortSeparator, m.help.FullSeparator = "...", " | ", "   "
	}
}

// Run starts the dashboard on the terminal and blocks until it quits.
//
// load runs at once, beside the terminal set-up, rather than before it: the
// first frame then waits only for whichever takes longer, not for both. If
// load fails the dashboard closes before drawing and Run returns the error.
func Run(load LoadFunc, opt Options, in io.Reader, out io.Writer) error {
	keys := defaultKeyMap()
	done := make(chan loadedMsg, 1)
	feed := newProgressFeed()
	go func() {
		set, err := load(feed.report)
		msg := loadedMsg{set: set, err: err}
		if err == nil {
			msg.tabs = newLazyTabs(set, keys, 0) // also off the UI goroutine; the rest after the first frame
		}
		done <- msg
	}()
	if in != nil {
		// A paste of any size costs a scan, and ctrl+c ends one left open
		// (input.go).
		in = newInputGuard(in)
	}
	// 120 frames a second (the most Bubble Tea allows): the first frame,
	// which waits for the data, then lands at most ~8 ms after it is ready.
	opts := []tea.ProgramOption{tea.WithInput(in), tea.WithOutput(out), tea.WithFPS(120)}
	if opt.NoColor {
		// Keep bold and reverse (selection stays visible), drop all colour.
		opts = append(opts, tea.WithColorProfile(colorprofile.ASCII))
	}
	m := Model{env: env{keys: keys}, opt: opt, help: help.New(), loading: done, feed: feed, terminal: terminal{dark: true}, drawn: &drawCache{}}
	m = m.withLive(opt.Live)
	m.restyle()
	final, err := tea.NewProgram(m, opts...).Run()
	if err != nil {
		return err
	}
	return final.(Model).loadErr
}

// loadedMsg carries the dataset (or why it could not be loaded).
type loadedMsg struct {
	set  *data.Set
	tabs []tab
	err  error
}

// NoColorRequested reports whether NO_COLOR asks for no colour. Any
// non-empty value counts (no-color.org); lipgloss only accepts true/1.
func NoColorRequested() bool { return os.Getenv("NO_COLOR") != "" }

// Init asks the terminal for its background so colours suit it.
func (m Model) Init() tea.Cmd {
	if m.loading == nil {
		return tea.RequestBackgroundColor
	}
	// One reader of the loading channel: the feed's wait delivers progress
	// reports until the loaded dataset arrives.
	return tea.Batch(tea.RequestBackgroundColor, m.feed.wait(m.loading), m.live.next())
}

// Update routes messages: sizes and colours to the root, keys to the active
// tab first and then to the global bindings.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.quitting {
		// Keys still queued behind the quit (the rest of a paste that
		// ctrl+c cut short) must not write files or move anything.
		return m, nil
	}
	if m.rev != nil {
		if next, cmd, done := m.reviewing(msg); done {
			return next, cmd
		}
	}
	if restyle := m.observe(msg); restyle {
		m.restyle()
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		return m.paste(msg.Content)
	case tea.MouseMsg:
		return m.mouse(msg)
	case progressMsg:
		m.progress = m.progress.update(msg)
		return m, m.feed.wait(m.loading)
	case loadedMsg:
		m.loading = nil
		if msg.err != nil {
			m.loadErr = msg.err
			return m, tea.Quit
		}
		m.set, m.tabs = msg.set, msg.tabs
		// The rest of the tabs, and the silent reload below, wait until the
		// first frame is out: on two cores they would take its CPU.
		rest := afterFirstFrame(buildRest(m.set, m.keys, m.tabs))
		if m.live != nil {
			// A silent reload: after a start from the cache it reads what
			// the first change will need re-verified against (live.go).
			return m, tea.Batch(rest, afterFirstFrame(m.live.reload(m.keys, m.active)))
		}
		return m, rest
	case tabBuiltMsg:
		m = m.tabBuilt(msg)
	case reviewAskedMsg:
		return m.openReview()
	case reloadMsg:
		if m.set == nil {
			return m, m.live.next() // the load under way will see the change
		}
		return m, tea.Batch(m.live.reload(m.keys, m.active), m.live.next())
	case reloadedMsg:
		return m.reloaded(msg)
	case openSourceMsg:
		m.openSource(msg)
		if msg.query != "" {
			m.found = msg.query
		}
	case clipboardMsg:
		return m.copied(msg), nil
	case openedMsg:
		return m.opened(msg), nil
	case jumpMsg:
		if msg.found && m.search != nil {
			m.found = m.search.query
		}
		return m.jump(msg.id)
	case tea.KeyPressMsg:
		if m.set == nil { // still loading: only quitting makes sense
			if msg.String() == "ctrl+c" || msg.String() == "q" {
				return m.quit()
			}
			return m, nil
		}
		return m.handleKey(msg)
	}
	return m, nil
}

// switchTab shows tab i, as the person asked (a key, a click): the
// matches of a search that led to the last tab are no longer marked.
func (m *Model) switchTab(i int) {
	m.active, m.found = i, ""
}

// searchOpen reports whether the global search is on screen.
func (m Model) searchOpen() bool { return m.search != nil && m.search.open }

// viewEnv is the env the active tab draws with: the matches of its list's
// filter marked, or else those of the search that led here.
func (m Model) viewEnv() env {
	e := m.env
	e.query = m.found
	if lv := m.activeList(); lv != nil && lv.filtered != "" {
		e.query = lv.filtered
	}
	return e
}

// quit ends the program and stops acting on anything after.
func (m Model) quit() (tea.Model, tea.Cmd) {
	m.quitting = true
	return m, tea.Quit
}

func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.flash = ""
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	if m.showHelp {
		// j/k and the page keys scroll the full help; any other key
		// closes it, and q still quits.
		switch k := m.keys; {
		case key.Matches(msg, k.Down):
			m.helpY++
		case key.Matches(msg, k.Up):
			m.helpY--
		case key.Matches(msg, k.PageDown):
			m.helpY += max(1, m.h-3)
		case key.Matches(msg, k.PageUp):
			m.helpY -= max(1, m.h-3)
		default:
			m.showHelp = false
			if key.Matches(msg, m.keys.Quit) {
				return m.quit()
			}
		}
		m.helpY = max(0, min(m.helpY, len(m.fullHelpText(m.w))-(m.h-2)))
		return m, nil
	}
	if m.searchOpen() {
		cmd, closed := m.search.update(msg)
		if closed {
			m.search.open = false
		}
		return m, cmd
	}
	if m.brief.open {
		var cmd tea.Cmd
		m.brief, cmd, m.flash = m.brief.update(msg, m.keys)
		if key.Matches(msg, m.keys.Quit) && msg.String() == "q" {
			return m.quit()
		}
		return m, cmd
	}
	cmd, used := m.tabs[m.active].update(msg, m.env)
	if used {
		return m, cmd
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.NextTab):
		m.switchTab((m.active + 1) % len(m.tabs))
	case key.Matches(msg, k.PrevTab):
		m.switchTab((m.active + len(m.tabs) - 1) % len(m.tabs))
	case key.Matches(msg, k.Tabs) && int(msg.String()[0]-'1') < len(m.tabs):
		m.switchTab(int(msg.String()[0] - '1'))
	case key.Matches(msg, k.Search):
		if m.search == nil {
			m.search = newGlobalSearch(m.set)
		}
		m.search.open = true
		return m, m.search.input.Focus()
	case key.Matches(msg, k.Help):
		m.showHelp, m.helpY = true, 0
	case key.Matches(msg, k.Back) && len(m.back) > 0:
		m.active = m.back[len(m.back)-1]
		m.back = m.back[:len(m.back)-1]
	case key.Matches(msg, k.Copy):
		return m, m.copySelected()
	case key.Matches(msg, k.Open):
		return m, m.openSelected()
	case key.Matches(msg, k.Brief):
		m = m.openBrief()
	case key.Matches(msg, k.Reload):
		if m.live == nil {
			m.flash = "r reloads a dataset opened with --data DIR; the embedded seeds do not change"
			return m, nil
		}
		m.flash = "Reloading " + sanitize(m.live.dir.Path()) + m.st.ellipsis
		return m, m.live.reload(m.keys, m.active)
	}
	return m, nil
}

// View draws the whole screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "ictdash"
	if !m.opt.NoMouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m Model) render() string {
	if m.rev != nil {
		return m.rev.render()
	}
	if m.set == nil && m.w > 0 && m.h > 0 && m.progress.seen {
		return m.progress.view(m.st, m.w, m.h)
	}
	if m.w == 0 || m.h == 0 || m.set == nil {
		return "" // no size or no data yet: draw nothing rather than guess
	}
	if m.w < minWidth || m.h < minHeight {
		return m.tooSmall()
	}
	bodyH := m.h - 2
	panel := m.problemsPanel(m.w, max(2, bodyH/3))
	if panel != "" {
		bodyH -= strings.Count(panel, "\n") + 1
	}
	var body string
	switch {
	case m.showHelp:
		body = m.fullHelp(m.w, bodyH)
	case m.brief.open:
		body = m.brief.view(m.env, m.w, bodyH)
	case m.searchOpen():
		body = m.search.view(m.env, m.w, bodyH)
	default:
		body = m.tabs[m.active].view(m.viewEnv(), m.w, bodyH)
	}
	if panel != "" {
		body = fitHeight(body, m.w, bodyH) + "\n" + panel
		bodyH = m.h - 2
	}
	return m.tabBar() + "\n" + fitHeight(body, m.w, bodyH) + "\n" + m.footer()
}

// tabBar shows every tab with its number; it drops names, then numbers,
// as the terminal narrows.
func (m Model) tabBar() string {
	labels := m.tabLabels()
	parts := make([]string, len(labels))
	for i, l := range labels {
		style := m.st.tabInactive
		if i == m.active {
			style = m.st.tabActive
		}
		parts[i] = style.Render(l)
	}
	return m.st.fit(strings.Join(parts, m.st.tabGap.Render(m.st.sep)), m.w, 1)
}

// tabLabels is what the tab bar says for each tab: number and title, or
// only the number (but for the active tab) when that does not fit.
func (m Model) tabLabels() []string {
	full := make([]string, len(m.tabs))
	width := 0
	for i, t := range m.tabs {
		full[i] = fmt.Sprintf("%d %s", i+1, t.title())
		width += m.st.width(full[i]) + 2 + m.st.width(m.st.sep)
	}
	if width-m.st.width(m.st.sep) <= m.w {
		return full
	}
	short := make([]string, len(m.tabs))
	for i := range m.tabs {
		short[i] = fmt.Sprint(i + 1)
		if i == m.active {
			short[i] = full[i]
		}
	}
	return short
}

// tabAt is the tab whose label is at column x of the tab bar, or -1.
func (m Model) tabAt(x int) int {
	at := 0
	for i, l := range m.tabLabels() {
		w := m.st.width(l) + 2 // the labels' padding
		if x >= at && x < at+w {
			return i
		}
		at += w + m.st.width(m.st.sep)
	}
	return -1
}

func (m Model) tooSmall() string {
	msg := fmt.Sprintf("Terminal too small: %d×%d, need %d×%d", m.w, m.h, minWidth, minHeight)
	if m.opt.ASCII {
		msg = strings.ReplaceAll(msg, "×", "x")
	}
	return m.st.fit(m.st.wrap(msg, m.w), m.w, m.h)
}
