package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSmallestScreen: at the smallest size the dashboard accepts, every
// list tab shows at least minRows rows of its table (the first ones, on
// screen as the table draws them), and one cell less in either direction
// is the too-small notice, which names the size needed.
func TestSmallestScreen(t *testing.T) {
	for _, name := range []string{"Investments", "Training", "Events", "Actors", "Sources"} {
		m := sized(t, minWidth, minHeight, Options{})
		m = send(m, press(fmt.Sprint(tabNamed(t, m, name)+1))...)
		s := screen(m)
		checkFits(t, m, minWidth, minHeight, name)
		lv := m.activeList()
		shown := 0
		for i := 0; i < min(len(lv.view), minRows); i++ {
			row := ansi.Strip(lv.tbl.renderRow(i, padCells(lv.spec.cells(&lv.entries[lv.view[i]]))))
			if strings.Contains(s, strings.TrimRight(row, " ")) {
				shown++
			}
		}
		if want := min(len(lv.view), minRows); shown < want || lv.tbl.shown() < minRows {
			t.Errorf("%s at %d×%d shows %d of its first %d rows (room for %d):\n%s", name, minWidth, minHeight, shown, want, lv.tbl.shown(), s)
		}
		if name == "Investments" {
			golden(t, fmt.Sprintf("investments-%dx%d", minWidth, minHeight), s)
		}
	}
	for _, sz := range []struct{ w, h int }{{minWidth - 1, minHeight}, {minWidth, minHeight - 1}} {
		s := screen(sized(t, sz.w, sz.h, Options{}))
		if want := fmt.Sprintf("need %d×%d", minWidth, minHeight); !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
			t.Errorf("%d×%d: %q, want the notice to say %q", sz.w, sz.h, strings.TrimSpace(s), want)
		}
	}
}
