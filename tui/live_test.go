package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// liveModel is a dashboard on a copy of the seeds in a temporary
// directory, watching it as `ictdash --data DIR` does.
func liveModel(t *testing.T) (Model, string) {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	entries, err := os.ReadDir("../seeds")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if datasetName(e.Name()) {
			b, err := os.ReadFile(filepath.Join("../seeds", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			writeByRename(t, filepath.Join(dir, e.Name()), b)
		}
	}
	return openLive(t, dir), dir
}

// openLive is the dashboard on dir as `ictdash --data DIR` opens it,
// watching it, at 120×40.
func openLive(t *testing.T, dir string) Model {
	t.Helper()
	d, err := data.OpenDir(dir, data.DirOptions{Reload: true})
	if err != nil {
		t.Fatal(err)
	}
	set, _, err := d.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	m := New(set, Options{}).withLive(d)
	if m.live.watchErr != nil {
		t.Skipf("cannot watch a directory here: %v", m.live.watchErr)
	}
	return send(m, tea.WindowSizeMsg{Width: 120, Height: 40})
}

// writeByRename saves as vim and VS Code do: a new file renamed over the
// old, so that a watch on the old file would see nothing more.
func writeByRename(t *testing.T, path string, b []byte) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), "4913")
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// afterChange waits for the watcher's notice of a change, then runs the
// reload that notice starts, as the runtime would, and delivers its outcome.
func afterChange(t *testing.T, m Model) Model {
	t.Helper()
	got := make(chan tea.Msg, 1)
	go func() { got <- m.live.next()() }()
	select {
	case msg := <-got:
		next, cmd := m.Update(msg)
		m = next.(Model)
		batch, ok := cmd().(tea.BatchMsg)
		if !ok || len(batch) == 0 || batch[0] == nil {
			t.Fatalf("a change notice started no reload: %T", cmd())
		}
		return send(m, batch[0]())
	case <-time.After(5 * time.Second):
		t.Fatal("no notice of the change within 5 s")
	}
	return m
}

// TestLiveReload breaks a record file while the dashboard watches its
// directory: the problem shows with its file and line, the last good
// dataset (and the selection) stays; fixing the file clears the panel;
// a good edit swaps the new data in, the tab and selection kept.
func TestLiveReload(t *testing.T) {
	m, dir := liveModel(t)
	m = send(m, press("2", "down", "down")...)
	lv := m.activeList()
	want := entryID(lv.selected())
	old := m.set
	file := filepath.Join(dir, "000_b77dc0c3b0768d47.yaml")
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(orig), "value: 279\n") {
		t.Fatal("the seed no longer records value: 279")
	}
	writeByRename(t, file, []byte(strings.Replace(string(orig), "value: 279\n", "value: 278\n", 1)))
	m = afterChange(t, m)
	s := screen(m)
	if !strings.Contains(s, "000_b77dc0c3b0768d47.yaml:") || !strings.Contains(s, "does not match") {
		t.Fatalf("the problems panel does not show the broken file's problem:\n%s", s)
	}
	if m.set != old || entryID(m.activeList().selected()) != want {
		t.Fatal("a broken reload replaced the dataset on screen or lost the selection")
	}
	writeByRename(t, file, orig)
	m = afterChange(t, m)
	if s := screen(m); strings.Contains(s, "problem") {
		t.Fatalf("the panel stays after the fix:\n%s", s)
	}
	relabelled := strings.Replace(string(orig), "label: South Korean investment projects in Đà Nẵng", "label: Korean investment projects in Đà Nẵng city", 1)
	writeByRename(t, file, []byte(relabelled))
	m = afterChange(t, m)
	if m.set == old {
		t.Fatal("a good edit did not swap the dataset in")
	}
	if m.active != 1 || entryID(m.activeList().selected()) != want {
		t.Fatalf("after the reload: tab %d, selected %s; want tab 1, %s", m.active, entryID(m.activeList().selected()), want)
	}
	if f := m.set.Figure("danang-korean-projects"); f == nil || f.Label != "Korean investment projects in Đà Nẵng city" {
		t.Fatalf("the new label is not in the reloaded dataset: %+v", f)
	}
}
