package tui

import (
	"os"
	"regexp"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/internal/hostile"
)

// sgr matches the styling the dashboard itself emits (Select Graphic
// Rendition); any other escape sequence on screen came from data.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// TestHostileDataNeverReachesTheTerminal draws every tab, the source view
// and the briefing over the hostile dataset and checks that the only escape
// sequences in the frame are the dashboard's own colours.
func TestHostileDataNeverReachesTheTerminal(t *testing.T) {
	dir := t.TempDir()
	if err := hostile.Write(dir); err != nil {
		t.Fatal(err)
	}
	set, err := data.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []struct{ w, h int }{{120, 40}, {60, 20}} {
		m := send(New(set, Options{}), tea.WindowSizeMsg{Width: size.w, Height: size.h})
		steps := [][]string{{"1"}, {"2"}, {"2", "enter"}, {"esc", "3"}, {"4"}, {"5"}, {"5", "enter"},
			{"esc", "6"}, {"6", "enter", "j", "j"}, {"esc", "2", "b"}, {"esc", "2", "/", "\x1b]52;c;eA==\x07"},
			{"esc", "esc", "2", "l", "j", "j", "z"}, {"z", "esc", "?"}, {"esc", "ctrl+f", "a"}, {"down", "enter"}, {"esc", "ctrl+f", "end", "enter", "n"}}
		for _, keys := range steps {
			m = send(m, press(keys...)...)
			frame := sgr.ReplaceAllString(m.View().Content, "")
			if r, bad := hostile.Unsafe(frame); bad {
				t.Fatalf("%dx%d after %v: %U reached the screen:\n%q", size.w, size.h, keys, r, frame)
			}
		}
	}
}
