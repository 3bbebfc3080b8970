// Package tui is the ictdash dashboard: six tabs over a verified dataset,
// with tables, detail panes, the source articles and ASCII charts.
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
	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// The tabs, in the order of their number keys.
const (
	tabOverview = iota
	tabInvestments
	tabTraining
	tabEvents
	tabActors
	tabSources
	tabCount
)

var tabNames = [tabCount]string{"Overview", "Investments", "Training", "Events", "Actors", "Sources"}

// Below this size the dashboard shows a "terminal too small" screen. At
// this size every list still shows minRows rows (TestSmallestScreen).
const minWidth, minHeight = 40, 12

// Options are the command-line choices that shape the dashboard.
type Options struct {
	ASCII   bool // ASCII-only borders, chart glyphs and markers
	NoColor bool // no colour at all (NO_COLOR)
}

// env is what every tab needs to draw and react: passed down, never stored,
// so a restyle (background colour reply) reaches all tabs at once.
type env struct {
	set  *data.Set
	st   styles
	keys keyMap
}

// Model is the root of the dashboard: the tab bar, layout, global keys and
// help footer. It delegates everything else to the active tab.
type Model struct {
	env
	opt      Options
	help     help.Model
	w, h     int
	active   int
	back     []int // where esc returns after a jump (enter on a figure)
	showHelp bool
	flash    string         // one-line notice, cleared by the next key
	loading  chan loadedMsg // until the dataset arrives (Run); nil once loaded
	loadErr  error
	dark     bool        // the terminal's background, as last reported
	cells    ansi.Method // how the renderer measures text (see text.go)
	quitting bool        // q or ctrl+c: nothing after it is acted on

	tabs
	brief briefView
}

// tabs are the six tab models, built together over one dataset.
type tabs struct {
	overview    overviewTab
	investments listTab
	training    listTab
	events      eventsTab
	actors      actorsTab
	sources     sourcesTab
}

func newTabs(set *data.Set, keys keyMap) tabs {
	return tabs{
		overview:    newOverviewTab(set),
		investments: newListTab(set, keys, investmentKinds, investmentCharts),
		training:    newListTab(set, keys, trainingKinds, trainingCharts),
		events:      newEventsTab(set, keys),
		actors:      newActorsTab(set, keys),
		sources:     newSourcesTab(set, keys),
	}
}

// New builds the dashboard over a loaded dataset.
func New(set *data.Set, opt Options) Model {
	m := Model{env: env{keys: defaultKeyMap()}, opt: opt, help: help.New(), dark: true}
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
func Run(load func() (*data.Set, error), opt Options, in io.Reader, out io.Writer) error {
	keys := defaultKeyMap()
	done := make(chan loadedMsg, 1)
	go func() {
		set, err := load()
		msg := loadedMsg{set: set, err: err}
		if err == nil {
			msg.tabs = newTabs(set, keys) // also off the UI goroutine
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
	m := Model{env: env{keys: keys}, opt: opt, help: help.New(), loading: done, dark: true}
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
	tabs tabs
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
	ch := m.loading
	return tea.Batch(tea.RequestBackgroundColor, func() tea.Msg { return <-ch })
}

// Update routes messages: sizes and colours to the root, keys to the active
// tab first and then to the global bindings.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.quitting {
		// Keys still queued behind the quit (the rest of a paste that
		// ctrl+c cut short) must not write files or move anything.
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = max(0, msg.Width), max(0, msg.Height)
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.restyle()
	case tea.ModeReportMsg:
		// The renderer has just seen this report too and measures by
		// grapheme cluster from now on if it names mode 2027: so must we.
		if c := cellMethod(m.cells, msg.Value); msg.Mode == ansi.ModeUnicodeCore && c != m.cells {
			m.cells = c
			m.restyle()
		}
	case tea.PasteMsg:
		return m.paste(msg.Content)
	case tea.MouseMsg:
		// Mouse reporting is off; a stray report is dropped as cheaply
		// as it came.
		return m, nil
	case loadedMsg:
		m.loading = nil
		if msg.err != nil {
			m.loadErr = msg.err
			return m, tea.Quit
		}
		m.set, m.tabs = msg.set, msg.tabs
	case openSourceMsg:
		m.back = append(m.back, m.active)
		m.active = tabSources
		m.sources = m.sources.open(msg)
	case jumpMsg:
		m = m.jump(msg.id)
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
		// Any key closes the full help; q still quits.
		m.showHelp = false
		if key.Matches(msg, m.keys.Quit) {
			return m.quit()
		}
		return m, nil
	}
	if m.brief.open {
		var cmd tea.Cmd
		m.brief, cmd, m.flash = m.brief.update(msg, m.keys)
		if key.Matches(msg, m.keys.Quit) && msg.String() == "q" {
			return m.quit()
		}
		return m, cmd
	}
	cmd, used := m.updateActive(msg)
	if used {
		return m, cmd
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.NextTab):
		m.active = (m.active + 1) % tabCount
	case key.Matches(msg, k.PrevTab):
		m.active = (m.active + tabCount - 1) % tabCount
	case key.Matches(msg, k.Tab1, k.Tab2, k.Tab3, k.Tab4, k.Tab5, k.Tab6):
		m.active = int(msg.String()[0] - '1')
	case key.Matches(msg, k.Help):
		m.showHelp = true
	case key.Matches(msg, k.Back) && len(m.back) > 0:
		m.active = m.back[len(m.back)-1]
		m.back = m.back[:len(m.back)-1]
	case key.Matches(msg, k.Copy):
		return m, m.copySelected()
	case key.Matches(msg, k.Brief):
		m = m.openBrief()
	}
	return m, nil
}

// updateActive gives the key to the active tab; used reports whether the
// tab consumed it.
func (m *Model) updateActive(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	var cmd tea.Cmd
	var used bool
	switch m.active {
	case tabOverview:
		m.overview, cmd, used = m.overview.update(msg, m.env)
	case tabInvestments:
		m.investments, cmd, used = m.investments.update(msg, m.env)
	case tabTraining:
		m.training, cmd, used = m.training.update(msg, m.env)
	case tabEvents:
		m.events, cmd, used = m.events.update(msg, m.env)
	case tabActors:
		m.actors, cmd, used = m.actors.update(msg, m.env)
	case tabSources:
		m.sources, cmd, used = m.sources.update(msg, m.env)
	}
	return cmd, used
}

// View draws the whole screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "ictdash"
	return v
}

func (m Model) render() string {
	if m.w == 0 || m.h == 0 || m.set == nil {
		return "" // no size or no data yet: draw nothing rather than guess
	}
	if m.w < minWidth || m.h < minHeight {
		return m.tooSmall()
	}
	bodyH := m.h - 2
	var body string
	switch {
	case m.showHelp:
		body = m.fullHelp(m.w, bodyH)
	case m.brief.open:
		body = m.brief.view(m.env, m.w, bodyH)
	default:
		body = m.renderActive(m.w, bodyH)
	}
	return m.tabBar() + "\n" + fitHeight(body, m.w, bodyH) + "\n" + m.footer()
}

func (m Model) renderActive(w, h int) string {
	switch m.active {
	case tabOverview:
		return m.overview.view(m.env, w, h)
	case tabInvestments:
		return m.investments.view(m.env, w, h)
	case tabTraining:
		return m.training.view(m.env, w, h)
	case tabEvents:
		return m.events.view(m.env, w, h)
	case tabActors:
		return m.actors.view(m.env, w, h)
	}
	return m.sources.view(m.env, w, h)
}

// tabBar shows every tab with its number; it drops names, then numbers,
// as the terminal narrows.
func (m Model) tabBar() string {
	render := func(label func(i int) string) string {
		parts := make([]string, tabCount)
		for i := range tabCount {
			style := m.st.tabInactive
			if i == m.active {
				style = m.st.tabActive
			}
			parts[i] = style.Render(label(i))
		}
		return strings.Join(parts, m.st.tabGap.Render(m.st.sep))
	}
	full := render(func(i int) string { return fmt.Sprintf("%d %s", i+1, tabNames[i]) })
	if m.st.width(full) <= m.w {
		return m.st.fit(full, m.w, 1)
	}
	short := render(func(i int) string {
		if i == m.active {
			return fmt.Sprintf("%d %s", i+1, tabNames[i])
		}
		return fmt.Sprint(i + 1)
	})
	return m.st.fit(short, m.w, 1)
}

// footer is the flash notice or the one-line help, never wider than the
// screen (bubbles' short help can overrun by a cell, so it is cut here).
func (m Model) footer() string {
	if m.flash != "" {
		return m.st.fit(m.st.muted.Render(m.flash), m.w, 1)
	}
	m.help.SetWidth(m.w)
	return m.st.fit(m.st.toASCII(m.help.ShortHelpView(m.keys.ShortHelp())), m.w, 1)
}

func (m Model) fullHelp(w, h int) string {
	m.help.SetWidth(w)
	title := m.st.title.Render("Keys") + m.st.muted.Render("  (any key closes)")
	return m.st.fit(title+"\n\n"+m.st.toASCII(m.help.FullHelpView(m.keys.FullHelp())), w, h)
}

func (m Model) tooSmall() string {
	msg := fmt.Sprintf("Terminal too small: %d×%d, need %d×%d", m.w, m.h, minWidth, minHeight)
	if m.opt.ASCII {
		msg = strings.ReplaceAll(msg, "×", "x")
	}
	return m.st.fit(m.st.wrap(msg, m.w), m.w, m.h)
}
