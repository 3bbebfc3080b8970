package tui

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

var update = flag.Bool("update", false, "rewrite golden screens")

func seeds(t testing.TB) *data.Set {
	t.Helper()
	set, err := data.Load(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// sized returns a dashboard on the seeds that has been told its size.
func sized(t testing.TB, w, h int, opt Options) Model {
	m := New(seeds(t), opt)
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		// Follow navigation commands (enter → open source, jump) as the
		// runtime would. Other commands are not run: a cursor blink is a
		// timer that would make every key take half a second.
		k, isKey := msg.(tea.KeyPressMsg)
		_, isClick := msg.(tea.MouseClickMsg)
		if ((isKey && k.Code == tea.KeyEnter) || isClick) && cmd != nil {
			switch out := cmd().(type) {
			case openSourceMsg, jumpMsg:
				m = send(m, out)
			}
		}
	}
	return m
}

// press turns key names into key messages: "tab", "shift+tab", "enter",
// "esc", "down", or a single printable character.
func press(names ...string) []tea.Msg {
	special := map[string]tea.KeyPressMsg{
		"tab": {Code: tea.KeyTab}, "shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape}, "down": {Code: tea.KeyDown},
		"up": {Code: tea.KeyUp}, "pgdown": {Code: tea.KeyPgDown}, "pgup": {Code: tea.KeyPgUp},
		"backspace": {Code: tea.KeyBackspace}, "home": {Code: tea.KeyHome}, "end": {Code: tea.KeyEnd},
		"ctrl+u": {Code: 'u', Mod: tea.ModCtrl}, "space": {Code: tea.KeySpace, Text: " "},
		"ctrl+f": {Code: 'f', Mod: tea.ModCtrl}, "left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight},
	}
	var out []tea.Msg
	for _, n := range names {
		if k, ok := special[n]; ok {
			out = append(out, k)
			continue
		}
		for _, r := range n {
			out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	return out
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

// tabNamed is the index of the tab titled name, in the registry's order.
func tabNamed(t testing.TB, m Model, name string) int {
	t.Helper()
	for i, tb := range m.tabs {
		if tb.title() == name {
			return i
		}
	}
	t.Fatalf("no tab %q among %v", name, tabTitles(m.tabs))
	return -1
}

// listNamed is the list of the tab titled name.
func listNamed(t testing.TB, m Model, name string) *listView {
	t.Helper()
	return m.tabs[tabNamed(t, m, name)].list()
}

// checkFits fails if the screen is taller or wider than the terminal, as
// the renderer measures it (see text.go).
func checkFits(t *testing.T, m Model, w, h int, where string) {
	t.Helper()
	s := m.View().Content
	lines := strings.Split(s, "\n")
	if s != "" && len(lines) > h {
		t.Fatalf("%s: %d lines on a %d-line terminal", where, len(lines), h)
	}
	for i, l := range lines {
		if cw := m.cells.StringWidth(l); cw > w {
			t.Fatalf("%s: line %d is %d cells on a %d-cell terminal: %q", where, i, cw, w, ansi.Strip(l))
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./tui -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from %s (go test ./tui -update rewrites it); got:\n%s", name, path, got)
	}
}

// TestGoldenTabs pins every tab at the three standard sizes, plus narrow
// and too-small screens. Goldens are ANSI-stripped, so they show layout and
// text, not colour.
func TestGoldenTabs(t *testing.T) {
	sizes := []struct{ w, h int }{{120, 40}, {80, 24}, {200, 60}}
	for _, sz := range sizes {
		for tab, title := range tabTitles(newTabs(seeds(t), defaultKeyMap())) {
			m := sized(t, sz.w, sz.h, Options{})
			m = send(m, press(string(rune('1'+tab)))...)
			name := fmt.Sprintf("%s-%dx%d", strings.ToLower(title), sz.w, sz.h)
			checkFits(t, m, sz.w, sz.h, name)
			golden(t, name, screen(m))
		}
	}
	narrow := send(sized(t, 60, 30, Options{}), press("2")...)
	checkFits(t, narrow, 60, 30, "narrow")
	golden(t, "investments-narrow-60x30", screen(narrow))
	small := sized(t, 30, 8, Options{})
	golden(t, "too-small-30x8", screen(small))
	ascii := send(sized(t, 120, 40, Options{ASCII: true, NoColor: true}), press("2")...)
	golden(t, "investments-ascii-120x40", screen(ascii))
	// Article text keeps its letters; what --ascii removes is drawing:
	// box drawing, blocks, geometric shapes and typographic markers.
	for _, r := range screen(ascii) {
		if (r >= 0x2500 && r <= 0x25FF) || strings.ContainsRune("•·→…↑↓", r) {
			t.Fatalf("--ascii screen draws %q", r)
		}
	}
}

func TestFilterIgnoresDiacritics(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = send(m, press("2", "/", "da nang", "enter")...)
	s := screen(m)
	if !strings.Contains(s, "Đà Nẵng") {
		t.Fatalf(`filter "da nang" shows no Đà Nẵng:\n%s`, s)
	}
	if !strings.Contains(s, "/da nang") || !strings.Contains(s, " of ") {
		t.Errorf("filter and match count not shown:\n%s", s)
	}
	inv := listNamed(t, m, "Investments")
	all := len(inv.entries)
	if got := len(inv.view); got == 0 || got >= all {
		t.Errorf("filter kept %d of %d rows", got, all)
	}
}

func TestEnterOpensSourceAndEscReturns(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = send(m, press("2")...)
	f := listNamed(t, m, "Investments").selected().fig
	m = send(m, press("enter")...)
	if m.active != tabNamed(t, m, "Sources") {
		t.Fatalf("enter did not open Sources (active %d)", m.active)
	}
	s := screen(m)
	quote := f.Sources[0].Quote
	if !strings.Contains(strings.Join(strings.Fields(s), " "), strings.Join(strings.Fields(quote[:min(30, len(quote))]), " ")) {
		t.Errorf("source view does not show the quote %q:\n%s", quote, s)
	}
	m = send(m, press("esc")...)
	if m.active != tabNamed(t, m, "Investments") {
		t.Errorf("esc returned to tab %d, want Investments", m.active)
	}
}

func TestSortCyclesAndReverses(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = send(m, press("2", "s", "s")...) // second column: Value
	inv := listNamed(t, m, "Investments")
	if inv.sortCol != 1 {
		t.Fatalf("sort column %d after s s, want 1 (Value)", inv.sortCol)
	}
	checkValueSort(t, *inv, false)
	m = send(m, press("S")...)
	checkValueSort(t, *inv, true)
	if !strings.Contains(screen(m), "sort: Value") {
		t.Errorf("sort column not shown:\n%s", screen(m))
	}
}

// checkValueSort fails unless the list's figures are grouped by unit (each
// unit's rows together, money first ascending) and sorted by value within
// each group, descending when desc.
func checkValueSort(t *testing.T, lv listView, desc bool) {
	t.Helper()
	var units []string
	var values []float64
	for _, idx := range lv.view {
		if f := lv.entries[idx].fig; f != nil {
			units, values = append(units, f.Unit), append(values, f.Value)
		}
	}
	seen := map[string]bool{}
	for i := range units {
		if i > 0 && units[i] != units[i-1] {
			if seen[units[i]] {
				t.Fatalf("unit %s comes back after others: %v", units[i], units)
			}
			if r, prev := unitRank(units[i]), unitRank(units[i-1]); (r < prev) != desc {
				t.Errorf("unit %s (rank %d) after %s (rank %d), desc %v", units[i], r, units[i-1], prev, desc)
			}
			seen[units[i-1]] = true
		}
		if i > 0 && units[i] == units[i-1] && (values[i] < values[i-1]) != desc && values[i] != values[i-1] {
			t.Errorf("%s values out of order (desc %v): %v then %v", units[i], desc, values[i-1], values[i])
		}
	}
	if len(seen) < 2 {
		t.Errorf("the sort shows %d units: %v", len(seen)+1, units)
	}
}

// TestKeyStorm presses thousands of random keys at random sizes, from 1×1
// to 300×100, with pastes (up to a megabyte), clicks and turns of the wheel
// all over the screen and other mouse reports among them, and checks the
// dashboard never panics or overflows, that a paste lands in a filter being
// typed (its first line, capped) and nowhere else, and that no message
// costs more than a bounded amount of work.
func TestKeyStorm(t *testing.T) {
	keys := []string{"tab", "shift+tab", "enter", "esc", "down", "up", "pgdown", "pgup", "home", "end",
		"backspace", "space", "1", "2", "3", "4", "5", "6", "7", "j", "k", "g", "G", "/", "s", "S", "y", "?",
		"a", "đ", "x", "\x1b[31m", "ctrl+u", "l", "h", "z", "n", "N", ":", "ctrl+f", "b", "left", "right"}
	pastes := []string{"da nang", "\n\nSamsung\nLG", "\x1b]52;c;eA==\x07nipa\x1b[2J", "👍🏽 ❤️ 1️⃣ 🏳️",
		strings.Repeat("Đà Nẵng ", 60), bigPaste(1 << 20)}
	mice := []tea.Msg{tea.MouseClickMsg{X: 5, Y: 3, Button: tea.MouseLeft}, tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown},
		tea.MouseMotionMsg{X: 3, Y: 4}, tea.MouseWheelMsg{Button: tea.MouseWheelUp}, tea.MouseClickMsg{X: 299, Y: 99, Button: tea.MouseRight},
		tea.MouseReleaseMsg{X: 5, Y: 3, Button: tea.MouseLeft}, tea.MouseClickMsg{X: -1, Y: -5, Button: tea.MouseLeft}}
	rng := rand.New(rand.NewPCG(1, 2))
	m := New(seeds(t), Options{})
	w, h := 80, 24
	pasted := 0
	for i := 0; i < 5000; i++ {
		if i%50 == 0 {
			w, h = 1+rng.IntN(300), 1+rng.IntN(100)
			m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		}
		var msgs []tea.Msg
		what := ""
		switch r := rng.IntN(20); {
		case r == 0:
			p := pastes[rng.IntN(len(pastes))]
			what = fmt.Sprintf("a paste of %d bytes", len(p))
			if checkPaste(t, &m, p) {
				pasted++
			}
		case r <= 3:
			// A report from the list above, or a click or a turn of the
			// wheel anywhere on the screen (and a little off it).
			mouse := mice[rng.IntN(len(mice))]
			x, y := rng.IntN(w+2)-1, rng.IntN(h+2)-1
			switch rng.IntN(3) {
			case 0:
				mouse = tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft}
			case 1:
				mouse = tea.MouseWheelMsg{X: x, Y: y, Button: []tea.MouseButton{tea.MouseWheelUp, tea.MouseWheelDown}[rng.IntN(2)]}
			}
			what = fmt.Sprintf("%T at %d,%d", mouse, mouse.(tea.MouseMsg).Mouse().X, mouse.(tea.MouseMsg).Mouse().Y)
			msgs = append(msgs, mouse)
			m = checkBounded(t, m, msgs, what)
		default:
			k := keys[rng.IntN(len(keys))]
			what = "key " + k
			m = checkBounded(t, m, press(k), what)
		}
		checkFits(t, m, w, h, "storm after "+what)
	}
	if pasted == 0 {
		t.Error("no paste landed in a filter: the storm never typed into one")
	}
}

// maxMessageTime bounds one message's Update, as a sanity check only: a
// frame is 8 ms at 120 fps, a key takes well under one, and the bound is
// far above both so that a busy machine does not fail the test (a slow
// message is timed a second time before it fails).
const maxMessageTime = 50 * time.Millisecond

// checkBounded sends msgs and fails if doing so twice took more than
// maxMessageTime both times.
func checkBounded(t *testing.T, m Model, msgs []tea.Msg, what string) Model {
	t.Helper()
	start := time.Now()
	next := send(m, msgs...)
	if took := time.Since(start); took > maxMessageTime {
		start = time.Now()
		_ = send(m, msgs...)
		if again := time.Since(start); again > maxMessageTime {
			t.Fatalf("%s took %v and then %v (bound %v)", what, took, again, maxMessageTime)
		}
	}
	return next
}

// checkPaste sends a paste and checks the work it did: into a filter being
// typed it inserts pasteText (when the filter has room), never growing the
// filter past its limit, and allocates a bounded amount, not the paste's
// size; anywhere else it changes nothing. It reports whether the paste
// landed in a filter.
func checkPaste(t *testing.T, m *Model, p string) bool {
	t.Helper()
	// The input a paste goes to: the global search's, or the filter being
	// typed.
	var input *textinput.Model
	switch lv := m.activeList(); {
	case m.set == nil || m.showHelp || m.brief.open:
	case m.searchOpen():
		input = &m.search.input
	case lv != nil && lv.editing:
		input = &lv.filter
	}
	var before string
	if input != nil {
		before = input.Value()
	} else {
		before = screen(*m)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	allocated := ms.TotalAlloc
	*m = checkBounded(t, *m, []tea.Msg{tea.PasteMsg{Content: p}}, fmt.Sprintf("a paste of %d bytes", len(p)))
	runtime.ReadMemStats(&ms)
	// A paste costs its first line, not its size: handing a megabyte to the
	// text input as it is allocates 4 MB of runes at once.
	if allocated = ms.TotalAlloc - allocated; allocated > 256<<10 {
		t.Fatalf("a paste of %d bytes allocated %d bytes", len(p), allocated)
	}
	if input == nil {
		if screen(*m) != before {
			t.Fatalf("a paste of %.20q outside a filter changed the screen", p)
		}
		return false
	}
	after := input.Value()
	want := pasteText(p)
	room := utf8.RuneCountInString(before)+utf8.RuneCountInString(want) <= input.CharLimit
	if n := utf8.RuneCountInString(after); n > input.CharLimit || (room && !strings.Contains(after, want)) {
		t.Fatalf("input %q, pasted %.40q: now %q (%d runes), want it to hold %q", before, p, after, n, want)
	}
	return true
}

func BenchmarkKeypress(b *testing.B) {
	m := sized(b, 120, 40, Options{})
	m = send(m, press("2")...)
	down, up := press("j")[0], press("k")[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if i%2 == 1 {
			k = up
		}
		next, _ := m.Update(k)
		m = next.(Model)
		_ = m.View()
	}
}

// BenchmarkFirstFrame is the dashboard's share of start-up: building the
// tabs over a loaded dataset and drawing the first screen.
func BenchmarkFirstFrame(b *testing.B) {
	set := seeds(b)
	for i := 0; i < b.N; i++ {
		m := send(New(set, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

func TestBriefingFromDashboard(t *testing.T) {
	m := sized(t, 100, 30, Options{}) // before the chdir: it reads ../seeds
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	m = send(m, press("3", "b")...)
	s := screen(m)
	if !m.brief.open || !strings.Contains(s, "Briefing") || !strings.Contains(s, "topic: training") {
		t.Fatalf("b did not open the training briefing:\n%s", s)
	}
	checkFits(t, m, 100, 30, "briefing")
	m = send(m, press("j", "j", "w")...)
	files, _ := filepath.Glob(filepath.Join(dir, "ictdash-brief-*.md"))
	if len(files) != 1 || !strings.Contains(m.flash, files[0]) {
		t.Fatalf("w wrote %v; flash %q", files, m.flash)
	}
	md, _ := os.ReadFile(files[0])
	if !strings.HasPrefix(string(md), "# ") || !strings.Contains(string(md), "\n## Key figures") || !strings.Contains(string(md), "\n- ") {
		t.Errorf("written briefing is not the markdown briefing (headings, a list of figures):\n%s", md)
	}
	m = send(m, press("esc")...)
	if m.brief.open || m.active != tabNamed(t, m, "Training") {
		t.Error("esc did not close the briefing back to Training")
	}
}
