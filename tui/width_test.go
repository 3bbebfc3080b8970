package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ictdash/data"
)

// hardEmoji are clusters whose width depends on how it is measured: code
// point by code point (ansi.WcWidth, the renderer's default) 👍🏽 is 4
// cells and the others 1; by grapheme cluster (mode 2027) all are 2.
var hardEmoji = []string{"👍🏽", "❤️", "1️⃣", "🏳️"}

// emojiSet is the seeds with those emoji in every figure label and in the
// names of items (actors, events, places), at the start and in the middle.
func emojiSet(t *testing.T) *data.Set {
	set := seeds(t)
	for i, f := range set.Figures {
		e := hardEmoji[i%len(hardEmoji)]
		f.Label = e + " " + f.Label
		if mid := len(f.Label) / 2; mid > 0 {
			for !utf8RuneStart(f.Label, mid) {
				mid--
			}
			f.Label = f.Label[:mid] + hardEmoji[(i+1)%len(hardEmoji)] + f.Label[mid:]
		}
	}
	for i, it := range set.Items {
		it.Name = hardEmoji[i%len(hardEmoji)] + it.Name
	}
	return set
}

func utf8RuneStart(s string, i int) bool { return i >= len(s) || s[i]&0xC0 != 0x80 }

// TestEmojiWidths draws every tab over labels full of emoji, measured both
// ways the renderer can (its default, and grapheme clusters once the
// terminal reports mode 2027), and checks that every line is exactly as
// wide as the terminal and every vertical border is in one column, in the
// cells the renderer places them in. Goldens (ANSI stripped) pin the text.
func TestEmojiWidths(t *testing.T) {
	set := emojiSet(t)
	methods := []struct {
		name   string
		method ansi.Method
		report []tea.Msg
	}{
		{"wcwidth", ansi.WcWidth, nil},
		{"grapheme", ansi.GraphemeWidth, []tea.Msg{tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeReset}}},
	}
	sizes := []struct{ w, h int }{{120, 40}, {80, 24}, {60, 30}}
	for _, me := range methods {
		for _, sz := range sizes {
			for tab, title := range tabTitles(newTabs(set, defaultKeyMap())) {
				m := send(New(set, Options{}), me.report...)
				m = send(m, tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				m = send(m, press(string(rune('1'+tab)))...)
				if m.cells != me.method {
					t.Fatalf("after %v the dashboard measures by %v, want %v", me.report, m.cells, me.method)
				}
				name := fmt.Sprintf("emoji-%s-%dx%d-%s", strings.ToLower(title), sz.w, sz.h, me.name)
				checkAligned(t, me.method, screen(m), sz.w, sz.h, name)
				if sz.w == 120 || (title == "Investments" && sz.w == 60) {
					golden(t, name, screen(m))
				}
			}
		}
	}
}

// checkAligned fails unless every line of s is width cells by method and
// every column that holds a vertical border on some line (│ ╭ ╮ ╰ ╯ ┼ ┤)
// holds one on every line of that run of lines.
func checkAligned(t *testing.T, method ansi.Method, s string, width, height int, name string) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != height {
		t.Fatalf("%s: %d lines, want %d", name, len(lines), height)
	}
	for i, l := range lines {
		if w := method.StringWidth(l); w != width {
			t.Fatalf("%s: line %d is %d cells, want %d:\n%s", name, i, w, width, l)
		}
	}
	// The pane separator of the list tabs runs down the whole body in the
	// wide and medium layouts; a card's side borders run down its box.
	if width >= mediumWidth {
		col := -1
		for x := 0; x < width; x++ {
			if cellAt(method, lines[2], x) == "│" && cellAt(method, lines[height-2], x) == "│" {
				col = x
			}
		}
		if col >= 0 {
			for i := 2; i < height-1; i++ {
				if cellAt(method, lines[i], col) != "│" {
					t.Fatalf("%s: line %d has %q in column %d, where the pane border is:\n%s", name, i, cellAt(method, lines[i], col), col, lines[i])
				}
			}
		}
	}
	for i, l := range lines {
		for x := 0; x < width; x++ {
			if cellAt(method, l, x) != "╭" {
				continue
			}
			// A card: its ╮ on this line, and │ … │ below until ╰ … ╯.
			right := x
			for right < width && cellAt(method, l, right) != "╮" {
				right++
			}
			for j := i + 1; j < len(lines); j++ {
				left, r := cellAt(method, lines[j], x), cellAt(method, lines[j], right)
				if left == "╰" && r == "╯" {
					break
				}
				if left != "│" || r != "│" {
					t.Fatalf("%s: card at line %d, columns %d–%d: line %d has %q and %q there:\n%s", name, i, x, right, j, left, r, lines[j])
				}
			}
		}
	}
}

// cellAt is the cluster the renderer places in column x of a line without
// styling ("" for the second cell of a wide one, or past the end).
func cellAt(method ansi.Method, line string, x int) string {
	st := styles{cells: method}
	col, state := 0, byte(0)
	for len(line) > 0 && col <= x {
		seq, w, n, next := st.next(line, state)
		if w > 0 {
			if col == x {
				return seq
			}
			col += w
		}
		line, state = line[n:], next
	}
	return ""
}

// TestCellsMeasureAsTheRenderer: width agrees with what the renderer's
// decoder adds up to, for each method, and a cut is never wider than asked (ansi.Truncate by
// grapheme keeps "1️⃣" as one cell and overflows by one), keeps the styling
// after the cut and ends in the tail when it cut. (It may be several cells
// short: by code points a cluster such as 👍🏽 is 4 cells, drawn whole.)
func TestCellsMeasureAsTheRenderer(t *testing.T) {
	texts := []string{"", "plain", "Đà Nẵng", "한국 ICT", "a👍🏽b❤️c1️⃣d🏳️e", "👨‍👩‍👧 family", "🏳️‍🌈 flag",
		"\x1b[1mbold 1️⃣ keycap\x1b[0m", "e\u0301 combining", "tab\tand\x07bell", "x1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣"}
	for _, method := range []ansi.Method{ansi.WcWidth, ansi.GraphemeWidth} {
		st := styles{cells: method}
		for _, s := range texts {
			if got, want := st.width(s), decodedWidth(st, s); got != want {
				t.Errorf("method %d: width(%q) = %d, the renderer's decoder adds up to %d", method, s, got, want)
			}
			for w := 0; w <= st.width(s)+1; w++ {
				for _, tail := range []string{"", "…", "..."} {
					out := st.cut(s, w, tail)
					if got := st.width(out); got > w {
						t.Errorf("method %d: cut(%q, %d, %q) = %q, %d cells", method, s, w, tail, out, got)
					}
					if st.width(s) > w && w > 0 && st.width(tail) <= w && !strings.Contains(ansi.Strip(out), tail) {
						t.Errorf("method %d: cut(%q, %d, %q) = %q, without the tail", method, s, w, tail, out)
					}
					if strings.HasSuffix(s, "\x1b[0m") && w > 0 && !strings.HasSuffix(out, "\x1b[0m") {
						t.Errorf("method %d: cut(%q, %d) = %q dropped the closing style", method, s, w, out)
					}
				}
			}
		}
	}
}

// decodedWidth adds up the widths of what next reads: the cells the
// renderer gives s.
func decodedWidth(st styles, s string) int {
	w, state := 0, byte(0)
	for len(s) > 0 {
		_, cw, n, next := st.next(s, state)
		w += max(cw, 0)
		s, state = s[n:], next
	}
	return w
}
