package tui

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// testToday is the date every test sees as today (clock), so that the
// timeline's present marker does not move the goldens day by day.
var testToday = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

func init() { clock = func() time.Time { return testToday } }

// viewEnv is what a tab is drawn with, for tests of a view on its own.
func viewEnv(t testing.TB, opt Options) env {
	return env{set: seeds(t), st: newStyles(true, opt.ASCII, !opt.NoColor), keys: defaultKeyMap()}
}

// keyAt sends key presses to the timeline, as the root does.
func timelineKeys(t timelineTab, e env, names ...string) timelineTab {
	for _, msg := range press(names...) {
		t, _, _ = t.handleKey(msg.(tea.KeyPressMsg), e)
	}
	return t
}

// checkBlock fails unless s is h lines of at most w cells each, and, under
// --ascii, pure ASCII.
func checkBlock(t *testing.T, st styles, s string, w, h int, name string) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if s != "" && len(lines) > h {
		t.Fatalf("%s: %d lines in %d", name, len(lines), h)
	}
	for i, l := range lines {
		if cw := st.width(l); cw > w {
			t.Fatalf("%s: line %d is %d cells, more than %d: %q", name, i, cw, w, ansi.Strip(l))
		}
		if st.ascii {
			for _, r := range ansi.Strip(l) {
				if r > 0x7e || (r < 0x20) {
					t.Fatalf("%s: --ascii line %d has %q: %q", name, i, r, ansi.Strip(l))
				}
			}
		}
	}
}

// TestTimelineEntries: the seeds' programmes, plans and projections are
// spans over the years their records give, events are points, and no
// actual or derived figure is on the axis.
func TestTimelineEntries(t *testing.T) {
	tl := newTimelineTab(seeds(t))
	want := map[string]struct {
		kind     tlKind
		from, to float64
	}{
		"danang-semiconductor-training":      {tlProgramme, 2024, 2028},
		"danang-digital-transformation-plan": {tlProgramme, 2025, 2031},
		"korea-it-workforce-need":            {tlProjection, 2024, 2030},
		"korea-it-outsourcing-market-2028":   {tlProjection, 2028, 2029},
	}
	found := map[string]bool{}
	for _, en := range tl.entries {
		id := ""
		if en.fig != nil {
			id = en.fig.ID
			if en.fig.Derived || en.kind == tlEvent || en.kind == tlProgramme {
				t.Errorf("figure %s drawn as %v", id, en.kind)
			}
		} else {
			id = en.item.ID
		}
		if w, ok := want[id]; ok {
			found[id] = true
			if en.kind != w.kind || en.from != w.from || en.to != w.to {
				t.Errorf("%s: kind %v %v–%v, want %v %v–%v", id, en.kind, en.from, en.to, w.kind, w.from, w.to)
			}
		}
		if en.to <= en.from {
			t.Errorf("%s: empty span %v–%v", id, en.from, en.to)
		}
	}
	for id := range want {
		if !found[id] {
			t.Errorf("%s is not on the timeline", id)
		}
	}
	if tl.lo != 2007 || tl.hi != 2031 {
		t.Errorf("axis %v–%v, want 2007–2031 (the first start to the end of the last year)", tl.lo, tl.hi)
	}
}

// TestGoldenTimeline pins the timeline's body (the screen between the tab
// bar and the footer) at the three standard sizes, zoomed, and in --ascii.
func TestGoldenTimeline(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}, {200, 60}} {
		for _, opt := range []Options{{}, {ASCII: true, NoColor: true}} {
			e := viewEnv(t, opt)
			tl := newTimelineTab(e.set)
			name := fmt.Sprintf("timeline-body-%dx%d", sz.w, sz.h)
			if opt.ASCII {
				name += "-ascii"
			}
			s := tl.view(e, sz.w, sz.h-2)
			checkBlock(t, e.st, s, sz.w, sz.h-2, name)
			golden(t, name, ansi.Strip(s))
		}
	}
	e := viewEnv(t, Options{})
	tl := timelineKeys(newTimelineTab(e.set), e, "G", "k", "k", "+", "+", "l")
	s := tl.view(e, 120, 38)
	checkBlock(t, e.st, s, 120, 38, "zoomed")
	golden(t, "timeline-body-120x40-zoomed", ansi.Strip(s))
}

// TestTimelineKeys: j/k select and the detail follows; + and - zoom about
// the selection and h/l pan, never past the ends of the axis; 0 shows it
// all again; enter opens the selected entry's source at its quote.
func TestTimelineKeys(t *testing.T) {
	e := viewEnv(t, Options{})
	tl := newTimelineTab(e.set)
	if tl.zoom != 0 || tl.start != tl.lo || tl.span() != tl.hi-tl.lo {
		t.Fatalf("starts at zoom %d from %v over %v years, want the whole axis", tl.zoom, tl.start, tl.span())
	}
	tl = timelineKeys(tl, e, "j", "j")
	if tl.cursor != 2 || !strings.Contains(ansi.Strip(tl.view(e, 120, 38)), tl.entries[2].label) {
		t.Fatalf("j j: cursor %d; detail of the selection not shown", tl.cursor)
	}
	tl = timelineKeys(tl, e, "G")
	sel := tl.entries[tl.cursor]
	tl = timelineKeys(tl, e, "+", "+", "+")
	if tl.zoom != 3 || sel.to <= tl.start || sel.from >= tl.start+tl.span() {
		t.Errorf("+++: zoom %d, view %v+%v, selection %v–%v out of view", tl.zoom, tl.start, tl.span(), sel.from, sel.to)
	}
	for range 100 {
		tl = timelineKeys(tl, e, "l")
	}
	if got := tl.start + tl.span(); got != tl.hi {
		t.Errorf("l to the end: view ends at %v, want the axis end %v", got, tl.hi)
	}
	for range 100 {
		tl, _, _ = tl.handleKey(tea.KeyPressMsg{Code: tea.KeyLeft}, e)
	}
	if tl.start != tl.lo {
		t.Errorf("h to the start: view starts at %v, want %v", tl.start, tl.lo)
	}
	// j/k to an entry out of view pans to it.
	tl = timelineKeys(tl, e, "G")
	if en := tl.entries[tl.cursor]; en.to <= tl.start || en.from >= tl.start+tl.span() {
		t.Errorf("G: last entry %v–%v not in view %v+%v", en.from, en.to, tl.start, tl.span())
	}
	for range 20 {
		tl = timelineKeys(tl, e, "+")
	}
	if tl.zoom != tl.maxZoom() || tl.span() < tlMinSpan {
		t.Errorf("zoom stops at %d (span %v), want %d", tl.zoom, tl.span(), tl.maxZoom())
	}
	tl = timelineKeys(tl, e, "-")
	if tl.zoom != tl.maxZoom()-1 {
		t.Errorf("- from the deepest zoom: %d", tl.zoom)
	}
	tl = timelineKeys(tl, e, "0", "g")
	if tl.zoom != 0 || tl.start != tl.lo || tl.cursor != 0 {
		t.Errorf("0: zoom %d from %v", tl.zoom, tl.start)
	}
	_, cmd, used := tl.handleKey(press("enter")[0].(tea.KeyPressMsg), e)
	if !used || cmd == nil {
		t.Fatal("enter did nothing")
	}
	open, ok := cmd().(openSourceMsg)
	src := tl.entries[tl.cursor].item.Sources[0] // the first entry, an item
	if !ok || open.article != src.Article || open.offset != src.Offset || open.length != len(src.Quote) {
		t.Errorf("enter: %#v, want the first source's quote %+v", open, src)
	}
	// tab is taken only to focus the detail pane, which an undrawn
	// timeline has not (TestTimelineDetailPane).
	tl.detail.w, tl.detail.h = 0, 0
	for _, k := range []string{"tab", "q", "1", "?", "/"} {
		if _, _, used := tl.handleKey(press(k)[0].(tea.KeyPressMsg), e); used {
			t.Errorf("the timeline took %q, a global key", k)
		}
	}
}

// TestTimelineMouse: a click selects the row under it; the wheel zooms
// about the pointer over the marks, pans over the axis and moves the
// selection over the names.
func TestTimelineMouse(t *testing.T) {
	e := viewEnv(t, Options{})
	const w, h = 120, 38
	tl := newTimelineTab(e.set)
	l := tl.layout(w, h)
	tl, used := tl.mouseAt(l.trackX+3, l.rowsY+4, 0, true, w, h)
	if !used || tl.cursor != 4 {
		t.Fatalf("click on row 4: used %v, cursor %d", used, tl.cursor)
	}
	if !strings.HasPrefix(strings.Split(ansi.Strip(tl.view(e, w, h)), "\n")[l.rowsY+4], timelineGlyphs(false).sel) {
		t.Error("the clicked row is not marked selected")
	}
	// Zoom in over 2024 on the track: 2024 stays under the pointer.
	x := l.trackX + tl.col(2024, l.trackW)
	at := func(tl timelineTab) float64 { return tl.start + float64(x-l.trackX)/float64(l.trackW)*tl.span() }
	before := at(tl)
	tl, used = tl.mouseAt(x, l.rowsY, -wheelStep, false, w, h)
	if !used || tl.zoom != 1 || math.Abs(at(tl)-before) > 1e-9 {
		t.Fatalf("wheel up at %v: zoom %d, pointer now at %v", before, tl.zoom, at(tl))
	}
	start := tl.start
	tl, _ = tl.mouseAt(x, l.rowsY-1, wheelStep, false, w, h)
	if tl.start <= start {
		t.Errorf("wheel down on the axis did not pan later: %v → %v", start, tl.start)
	}
	tl, _ = tl.mouseAt(2, l.rowsY, wheelStep, false, w, h)
	if tl.cursor != 5 {
		t.Errorf("wheel down over the names: cursor %d, want 5", tl.cursor)
	}
	if _, used := tl.mouseAt(w-1, h-1, 0, true, w, h); used {
		t.Error("a click on the detail pane was taken by the chart")
	}
}

// wheelStep is a notch of the wheel as the root reports it (any amount:
// the timeline moves one step a notch).
const wheelStep = 3

// TestTimelineAnySize draws the timeline at widths from 1 to 300 (every
// one to 50, then every seventh and the layouts' edges) and
// heights from 1 to 100, zoomed and panned, in Unicode and --ascii: nothing panics,
// no line is wider than the screen, and --ascii is pure ASCII.
func TestTimelineAnySize(t *testing.T) {
	heights := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 22, 38, 58, 100}
	for _, opt := range []Options{{}, {ASCII: true, NoColor: true}} {
		e := viewEnv(t, opt)
		base := newTimelineTab(e.set)
		views := []timelineTab{base, timelineKeys(base, e, "G", "+", "+", "+", "+", "+", "l"),
			timelineKeys(base, e, "j", "j", "j", "+", "+", "h", "h")}
		var widths []int
		for w := 1; w <= 300; w++ {
			if w <= 50 || w%7 == 0 || w == 80 || w == 120 || w == 159 || w == 160 || w == 200 || w == 300 {
				widths = append(widths, w)
			}
		}
		for _, w := range widths {
			for _, h := range heights {
				tl := views[(w+h)%len(views)]
				name := fmt.Sprintf("%dx%d ascii=%v", w, h, opt.ASCII)
				checkBlock(t, e.st, tl.view(e, w, h), w, h, name)
				tl, _ = tl.mouseAt(w/2, h/2, -wheelStep, false, w, h)
				tl, _ = tl.mouseAt(w/3, h/3, 0, true, w, h)
				checkBlock(t, e.st, tl.view(e, w, h), w, h, name+" after the mouse")
			}
		}
	}
}

func BenchmarkTimelineKeypress(b *testing.B) {
	e := viewEnv(b, Options{})
	tl := newTimelineTab(e.set)
	down, up := press("j")[0].(tea.KeyPressMsg), press("k")[0].(tea.KeyPressMsg)
	for i := 0; b.Loop(); i++ {
		k := down
		if i%20 >= 10 {
			k = up
		}
		tl, _, _ = tl.handleKey(k, e)
		_ = tl.view(e, 120, 38)
	}
}

// TestEventsPerYearOneRowPerYear: the Events tab's secondary chart has
// one row per year, events solid and plans projected on the same row,
// and says what the projected part is; in every width and style.
func TestEventsPerYearOneRowPerYear(t *testing.T) {
	set := seeds(t)
	for _, m := range chartModes {
		for _, w := range []int{10, 20, 40, 80, 120, 200} {
			out := ansi.Strip(eventsPerYearChart(set, m.style, w))
			checkBlock(t, m.style, out, w, 100, fmt.Sprintf("%s/%d", m.name, w))
			seen := map[string]int{}
			for _, l := range strings.Split(out, "\n") {
				if len(l) > 5 && l[4] == ' ' && strings.HasPrefix(l, "20") {
					seen[l[:4]]++
				}
			}
			for y, n := range seen {
				if n > 1 {
					t.Errorf("%s/%d: year %s has %d rows:\n%s", m.name, w, y, n, out)
				}
			}
			if w >= 80 && !strings.Contains(out, "15 + 1 projection") {
				t.Errorf("%s/%d: 2024's events and projection not on one row:\n%s", m.name, w, out)
			}
		}
	}
}

// TestTimelineDetailPane: tab focuses the detail pane, j picks the next
// quote and enter opens that source at that quote, not only the first; a
// pane longer than its space scrolls; esc gives the keys back to the
// chart, and tab from the pane goes on to the next tab.
func TestTimelineDetailPane(t *testing.T) {
	e := viewEnv(t, Options{})
	tl := newTimelineTab(e.set)
	two := -1
	for i, en := range tl.entries {
		if srcs := entrySources(&en.entry); len(srcs) >= 2 {
			two = i
			break
		}
	}
	if two < 0 {
		t.Fatal("no timeline entry with two sources in the seeds")
	}
	tl = tl.move(two)
	for _, size := range [][2]int{{120, 38}, {200, 58}, {80, 22}} {
		w, h := size[0], size[1]
		tl.detail.focused = false
		_ = tl.view(e, w, h)
		tl = timelineKeys(tl, e, "tab")
		if !tl.detail.focused {
			t.Fatalf("%dx%d: tab did not focus the detail pane", w, h)
		}
		srcs := entrySources(&tl.entries[two].entry)
		var open openSourceMsg
		for range 40 { // j until the second quote is picked
			if tg, ok := tl.picked(); ok && tg.src == &srcs[1] {
				break
			}
			tl = timelineKeys(tl, e, "j")
		}
		_, cmd, used := tl.handleKey(press("enter")[0].(tea.KeyPressMsg), e)
		if !used || cmd == nil {
			t.Fatalf("%dx%d: enter in the pane did nothing", w, h)
		}
		open, _ = cmd().(openSourceMsg)
		if open.article != srcs[1].Article || open.offset != srcs[1].Offset {
			t.Errorf("%dx%d: enter opened %+v, want the second source %s@%d", w, h, open, srcs[1].Article, srcs[1].Offset)
		}
		if tl.cursor != two {
			t.Errorf("%dx%d: j in the pane moved the chart's selection to %d", w, h, tl.cursor)
		}
		if s := ansi.Strip(tl.view(e, w, h)); !strings.Contains(s, e.st.marker) {
			t.Errorf("%dx%d: the picked quote is not marked:\n%s", w, h, s)
		}
		tl = timelineKeys(tl, e, "esc")
		if tl.detail.focused {
			t.Errorf("%dx%d: esc left the pane focused", w, h)
		}
		tl = timelineKeys(tl, e, "j")
		if tl.cursor != two+1 {
			t.Errorf("%dx%d: j after esc: cursor %d, want %d", w, h, tl.cursor, two+1)
		}
		tl = tl.move(two)
	}
	// Scrolling: at 80×16 every entry's pane is longer than its space.
	_ = tl.view(e, 80, 16)
	tl = timelineKeys(tl, e, "tab")
	p := &tl.detail.pane
	if len(p.d.lines) <= p.shown {
		t.Fatalf("the pane fits (%d lines in %d): no scrolling to test", len(p.d.lines), p.shown)
	}
	if s := ansi.Strip(tl.view(e, 80, 16)); !strings.Contains(s, "of "+fmt.Sprint(len(p.d.lines))+" lines") {
		t.Errorf("a pane longer than its space does not say where it is:\n%s", s)
	}
	tl = timelineKeys(tl, e, "G")
	if p.y == 0 {
		t.Errorf("G in a long pane did not scroll it")
	}
	if _, _, used := tl.handleKey(press("tab")[0].(tea.KeyPressMsg), e); used || tl.detail.focused {
		t.Errorf("tab from the pane: used %v, still focused %v", used, tl.detail.focused)
	}
}

// entrySources is a timeline entry's sources.
func entrySources(en *entry) []data.Source {
	if en.fig != nil {
		return en.fig.Sources
	}
	return en.item.Sources
}

// TestTimelinePaneWheel: the wheel over a long detail pane scrolls it.
func TestTimelinePaneWheel(t *testing.T) {
	e := viewEnv(t, Options{})
	tl := newTimelineTab(e.set)
	_ = tl.view(e, 80, 16)
	l := tl.layout(80, 16)
	if _, used := tl.detailMouse(mouseEvent{x: l.detailX + 1, y: l.detailY + 1, wheel: 2}, 80, 16); !used || tl.detail.pane.y != 2 {
		t.Errorf("the wheel over the pane: used %v, scrolled to %d", used, tl.detail.pane.y)
	}
	if _, used := tl.detailMouse(mouseEvent{x: 1, y: 1, wheel: 2}, 80, 16); used {
		t.Error("the wheel over the chart went to the pane")
	}
}
