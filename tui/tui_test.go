package tui

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

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
		if k, ok := msg.(tea.KeyPressMsg); ok && k.Code == tea.KeyEnter && cmd != nil {
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

// TestGoldenTabs pins every tab at the two standard sizes, plus narrow and
// too-small screens. Goldens are ANSI-stripped, so they show layout and
// text, not colour.
func TestGoldenTabs(t *testing.T) {
	sizes := []struct{ w, h int }{{120, 40}, {80, 24}}
	for _, sz := range sizes {
		for tab := range tabCount {
			m := sized(t, sz.w, sz.h, Options{})
			m = send(m, press(string(rune('1'+tab)))...)
			name := fmt.Sprintf("%s-%dx%d", strings.ToLower(tabNames[tab]), sz.w, sz.h)
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
	all := len(m.investments.list.entries)
	if got := len(m.investments.list.view); got == 0 || got >= all {
		t.Errorf("filter kept %d of %d rows", got, all)
	}
}

func TestEnterOpensSourceAndEscReturns(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = send(m, press("2")...)
	f := m.investments.list.selected().fig
	m = send(m, press("enter")...)
	if m.active != tabSources {
		t.Fatalf("enter did not open Sources (active %d)", m.active)
	}
	s := screen(m)
	quote := f.Sources[0].Quote
	if !strings.Contains(strings.Join(strings.Fields(s), " "), strings.Join(strings.Fields(quote[:min(30, len(quote))]), " ")) {
		t.Errorf("source view does not show the quote %q:\n%s", quote, s)
	}
	m = send(m, press("esc")...)
	if m.active != tabInvestments {
		t.Errorf("esc returned to tab %d, want Investments", m.active)
	}
}

func TestSortCyclesAndReverses(t *testing.T) {
	values := func(lv listView) []float64 {
		var out []float64
		for _, idx := range lv.view {
			if f := lv.entries[idx].fig; f != nil {
				out = append(out, f.Value)
			}
		}
		return out
	}
	m := sized(t, 120, 40, Options{})
	m = send(m, press("2", "s", "s")...) // second column: Value
	if m.investments.list.sortCol != 1 {
		t.Fatalf("sort column %d after s s, want 1 (Value)", m.investments.list.sortCol)
	}
	asc := values(m.investments.list)
	if !slices.IsSorted(asc) {
		t.Errorf("ascending value sort out of order: %v", asc)
	}
	m = send(m, press("S")...)
	desc := values(m.investments.list)
	slices.Reverse(desc)
	if !slices.IsSorted(desc) || len(desc) < 2 || desc[len(desc)-1] == desc[0] {
		t.Errorf("S did not reverse the value sort: %v", desc)
	}
	if !strings.Contains(screen(m), "sort: Value") {
		t.Errorf("sort column not shown:\n%s", screen(m))
	}
}

// TestKeyStorm presses thousands of random keys at random sizes, from 1×1
// to 300×100, with pastes (up to a megabyte) and mouse reports among them,
// and checks the dashboard never panics or overflows, that a paste lands
// in a filter being typed (its first line, capped) and nowhere else, and
// that no message costs more than a bounded amount of work.
func TestKeyStorm(t *testing.T) {
	keys := []string{"tab", "shift+tab", "enter", "esc", "down", "up", "pgdown", "pgup", "home", "end",
		"backspace", "space", "1", "2", "3", "4", "5", "6", "j", "k", "g", "G", "/", "s", "S", "y", "?",
		"a", "đ", "x", "\x1b[31m", "ctrl+u"}
	pastes := []string{"da nang", "\n\nSamsung\nLG", "\x1b]52;c;eA==\x07nipa\x1b[2J", "👍🏽 ❤️ 1️⃣ 🏳️",
		strings.Repeat("Đà Nẵng ", 60), bigPaste(1 << 20)}
	mice := []tea.Msg{tea.MouseClickMsg{X: 5, Y: 3, Button: tea.MouseLeft}, tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown},
		tea.MouseMotionMsg{X: 3, Y: 4}, tea.MouseWheelMsg{Button: tea.MouseWheelUp}, tea.MouseClickMsg{X: 299, Y: 99, Button: tea.MouseRight}}
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
		case r == 1:
			mouse := mice[rng.IntN(len(mice))]
			what = fmt.Sprintf("%T", mouse)
			before := screen(m)
			msgs = append(msgs, mouse)
			m = checkBounded(t, m, msgs, what)
			if screen(m) != before {
				t.Fatalf("%s changed the screen; mouse reporting is off", what)
			}
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
	lv := m.activeList()
	editing := m.set != nil && !m.showHelp && !m.brief.open && lv != nil && lv.editing
	var before string
	if editing {
		before = lv.filter.Value()
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
	if !editing {
		if screen(*m) != before {
			t.Fatalf("a paste of %.20q outside a filter changed the screen", p)
		}
		return false
	}
	after := m.activeList().filter.Value()
	want := pasteText(p)
	room := utf8.RuneCountInString(before)+utf8.RuneCountInString(want) <= m.activeList().filter.CharLimit
	if n := utf8.RuneCountInString(after); n > m.activeList().filter.CharLimit || (room && !strings.Contains(after, want)) {
		t.Fatalf("filter %q, pasted %.40q: now %q (%d runes), want it to hold %q", before, p, after, n, want)
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
	if !strings.HasPrefix(string(md), "#") || !strings.Contains(string(md), "|") {
		t.Errorf("written briefing is not markdown with a table:\n%s", md)
	}
	m = send(m, press("esc")...)
	if m.brief.open || m.active != tabTraining {
		t.Error("esc did not close the briefing back to Training")
	}
}
