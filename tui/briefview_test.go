package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestBriefingWriteNeverOverwrites: w names the file after the second it is
// pressed in, so the name can be planted in advance. A link planted there
// (to a file elsewhere) is left alone and its target unchanged; three w in
// one second write three files; and the path shown is sanitised, though
// the directory's name holds escape sequences.
func TestBriefingWriteNeverOverwrites(t *testing.T) {
	m := sized(t, 100, 30, Options{}) // before the chdir: it reads ../seeds
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim.txt")
	if err := os.WriteFile(victim, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	work := filepath.Join(dir, "work\x1b]0;PWNED\x07\x1b[2J")
	if err := os.Mkdir(work, 0o755); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 24, 9, 30, 15, 0, time.Local)
	defer func(clock func() time.Time) { briefClock = clock }(briefClock)
	briefClock = func() time.Time { return at }
	planted := filepath.Join(work, "ictdash-brief-20261124-093015.md")
	if err := os.Symlink(victim, planted); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	t.Chdir(work)

	m = send(m, press("3", "b", "w")...)
	for _, k := range []string{"w", "w"} {
		if strings.ContainsAny(m.flash, "\x1b\x07") || !strings.Contains(m.flash, "Wrote the briefing") {
			t.Fatalf("after w the notice is %q", m.flash)
		}
		m = send(m, press(k)...)
	}
	if body, _ := os.ReadFile(victim); string(body) != "keep me\n" {
		t.Errorf("the link's target was overwritten:\n%.200s", body)
	}
	if target, err := os.Readlink(planted); err != nil || target != victim {
		t.Errorf("the planted link is now %q, %v", target, err)
	}
	var wrote []string
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		if e.Type().IsRegular() {
			wrote = append(wrote, e.Name())
		}
	}
	want := []string{"ictdash-brief-20261124-093015-2.md", "ictdash-brief-20261124-093015-3.md", "ictdash-brief-20261124-093015-4.md"}
	if !slices.Equal(wrote, want) {
		t.Errorf("three w in one second wrote %q, want %q", wrote, want)
	}
	for _, name := range wrote {
		if md, _ := os.ReadFile(name); !strings.HasPrefix(string(md), "#") {
			t.Errorf("%s is not the briefing:\n%.100s", name, md)
		}
	}
	if !strings.HasSuffix(m.flash, want[2]) || strings.ContainsAny(m.flash, "\x1b\x07") {
		t.Errorf("the last notice is %q, want the sanitised path of %s", m.flash, want[2])
	}
}
