package tui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"ictdash/data"
)

// withOpener replaces the system opener for a test: nil is no opener.
func withOpener(t *testing.T, open func(string) error) {
	old := findOpener
	findOpener = func() func(string) error { return open }
	t.Cleanup(func() { findOpener = old })
}

// selectedFirstArticle is the article of the first source of the row
// selected on the active list tab.
func selectedFirstArticle(t *testing.T, m Model) *data.Article {
	t.Helper()
	en := m.activeList().selected()
	if en == nil || en.fig == nil || len(en.fig.Sources) == 0 {
		t.Fatalf("no figure with a source selected: %+v", en)
	}
	return m.set.Article(en.fig.Sources[0].Article)
}

// TestOpenURL: o opens the selected record's article URL with the system
// opener and says so; its answer is shown.
func TestOpenURL(t *testing.T) {
	var opened []string
	withOpener(t, func(u string) error { opened = append(opened, u); return nil })
	m := send(sized(t, 120, 40, Options{}), press("2")...)
	a := selectedFirstArticle(t, m)
	a.URL = "https://example.org/news/1?a=1&b=$(touch%20x)"
	next, cmd := m.Update(press("o")[0])
	m = next.(Model)
	if cmd == nil || !strings.HasPrefix(m.flash, "Opening https://example.org/news/1") {
		t.Fatalf("after o: flash %q, cmd %v", m.flash, cmd != nil)
	}
	m = send(m, cmd())
	if len(opened) != 1 || opened[0] != a.URL {
		t.Fatalf("opened %q, want %q", opened, a.URL)
	}
	if !strings.Contains(m.flash, "Opened") {
		t.Errorf("after the opener answered: %q", m.flash)
	}
}

// TestOpenURLWithoutOpener: with no system opener, o copies the URL.
func TestOpenURLWithoutOpener(t *testing.T) {
	withOpener(t, nil)
	var got string
	systemClipboard = func(s string) error { got = s; return nil }
	defer func() { systemClipboard = func(string) error { return nil } }()
	m := send(sized(t, 120, 40, Options{}), press("2")...)
	a := selectedFirstArticle(t, m)
	a.URL = "https://example.org/a"
	next, cmd := m.Update(press("o")[0])
	m = next.(Model)
	if !strings.Contains(m.flash, "OSC 52") || !strings.Contains(m.flash, "no system opener") {
		t.Errorf("after o: %q", m.flash)
	}
	for _, msg := range runBatch(cmd) {
		next, _ = m.Update(msg)
		m = next.(Model)
	}
	if got != a.URL || !strings.Contains(m.flash, "system clipboard") {
		t.Errorf("copied %q (flash %q), want %q", got, m.flash, a.URL)
	}
}

// TestOpenURLNone: o on a record whose article has no URL says so and
// opens nothing.
func TestOpenURLNone(t *testing.T) {
	withOpener(t, func(u string) error { t.Errorf("opened %q", u); return nil })
	m := send(sized(t, 120, 40, Options{}), press("2")...)
	selectedFirstArticle(t, m).URL = ""
	next, cmd := m.Update(press("o")[0])
	m = next.(Model)
	if cmd != nil || !strings.HasPrefix(m.flash, "No URL is known") {
		t.Errorf("after o: flash %q, cmd %v", m.flash, cmd != nil)
	}
	if !strings.Contains(screen(m), "No URL is known") {
		t.Errorf("the flash is not on screen:\n%s", screen(m))
	}
}

// TestCopyHasURL: the citation y copies carries the article's URL.
func TestCopyHasURL(t *testing.T) {
	var got string
	systemClipboard = func(s string) error { got = s; return nil }
	defer func() { systemClipboard = func(string) error { return nil } }()
	m := send(sized(t, 120, 40, Options{}), press("2")...)
	selectedFirstArticle(t, m).URL = "https://example.org/cited"
	next, cmd := m.Update(press("y")[0])
	_ = next
	runBatch(cmd)
	if !strings.Contains(got, "https://example.org/cited") {
		t.Errorf("the copy lacks the URL:\n%s", got)
	}
}

// TestSystemOpener runs the real opener against a stand-in xdg-open: the
// address arrives as one argument, as it is, with no shell in between.
func TestSystemOpener(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the stand-in is an xdg-open shell script")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "args")
	script := "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$1\" > " + out + ".tmp && mv " + out + ".tmp " + out + "\n"
	if err := os.WriteFile(filepath.Join(dir, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+"/usr/bin:/bin")
	open := findOpener()
	if open == nil {
		t.Fatal("no opener found with xdg-open on PATH")
	}
	url := "https://example.org/x?q=$(touch${IFS}pwned)&r=`id`;ls"
	if err := open(url); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	var b []byte
	for time.Now().Before(deadline) {
		if b, _ = os.ReadFile(out); len(b) > 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if string(b) != "1\n"+url+"\n" {
		t.Errorf("xdg-open got %q, want one argument %q", b, url)
	}
	if _, err := os.Stat("pwned"); err == nil {
		t.Error("the address ran in a shell")
	}
	t.Setenv("PATH", t.TempDir())
	if findOpener() != nil {
		t.Error("an opener without xdg-open on PATH")
	}
}
