package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestRegistryTitles(t *testing.T) {
	set := seeds(t)
	for i, r := range registry {
		if got := r.build(set, defaultKeyMap()).title(); got != r.title {
			t.Errorf("registry[%d] is titled %q but the tab says %q", i, r.title, got)
		}
	}
}

// TestLazyTabsDrawAsBuiltOnes: a dashboard whose tabs are built on first
// use, or by the background builder, shows what one built at once shows,
// on every tab, after the same keys.
func TestLazyTabsDrawAsBuiltOnes(t *testing.T) {
	set := seeds(t)
	eager := send(New(set, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	lazy := New(set, Options{})
	lazy.tabs = newLazyTabs(set, lazy.keys, 0)
	lazy = send(lazy, tea.WindowSizeMsg{Width: 120, Height: 40})
	if _, ok := lazy.tabs[3].(*lazyTab); !ok {
		t.Fatal("tab 4 was built before it was shown")
	}
	// The background builder's tab for tab 7, installed as Update would.
	next, _ := lazy.Update(tabBuiltMsg{set: set, i: 6, t: registry[6].build(set, lazy.keys)})
	lazy = next.(Model)
	// A tab built for another dataset is not installed.
	next, _ = lazy.Update(tabBuiltMsg{set: seeds(t), i: 5, t: registry[5].build(set, lazy.keys)})
	lazy = next.(Model)
	if l := lazy.tabs[5].(*lazyTab); l.t != nil {
		t.Error("a tab built over another dataset was installed")
	}
	for _, keys := range [][]string{{"2", "j", "j"}, {"3", "/", "p", "t"}, {"4"}, {"5", "s"}, {"6"}, {"7"}, {"1"}} {
		eager, lazy = send(eager, press(keys...)...), send(lazy, press(keys...)...)
		if a, b := screen(eager), screen(lazy); a != b {
			t.Fatalf("after %v the lazy dashboard differs:\n%s\n---\n%s", keys, b, a)
		}
	}
}
