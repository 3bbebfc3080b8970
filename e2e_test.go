package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tmuxSession runs the built binary in a detached tmux session of the given
// size, as a person's terminal would, and reads the screen with capture-pane.
type tmuxSession struct {
	t    *testing.T
	name string
}

func startTmux(t *testing.T, w, h int, args ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed; the end-to-end test needs it (.ci/run installs it)")
	}
	if testing.Short() {
		t.Skip("end-to-end test skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "ictdash")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	s := &tmuxSession{t: t, name: "ictdash-e2e-" + filepath.Base(t.TempDir())}
	cmd := append([]string{"new-session", "-d", "-s", s.name, "-x", itoa(w), "-y", itoa(h), "env", "TERM=xterm-256color", bin}, args...)
	if out, err := exec.Command("tmux", cmd...).CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "kill-session", "-t", s.name).Run() })
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	args := append([]string{"send-keys", "-t", s.name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		s.t.Fatalf("send-keys %v: %v\n%s", keys, err, out)
	}
}

func (s *tmuxSession) screen() string {
	out, err := exec.Command("tmux", "capture-pane", "-p", "-t", s.name).Output()
	if err != nil {
		s.t.Fatalf("capture-pane: %v", err)
	}
	return string(out)
}

// waitFor polls the screen until every want is on it, or fails showing it.
func (s *tmuxSession) waitFor(what string, want ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		scr := s.screen()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(scr, w)
		}
		if ok {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("%s: screen lacks %q:\n%s", what, want, scr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestEndToEndInTmux(t *testing.T) {
	s := startTmux(t, 120, 40)
	s.waitFor("start", "1 Overview", "6 Sources", "US$")
	for i, tab := range []string{"Investments", "Training", "Events", "Actors", "Sources"} {
		s.keys(itoa(i + 2))
		s.waitFor("tab "+tab, itoa(i+2)+" "+tab)
	}
	s.keys("5")
	s.waitFor("actors", "National IT Industry Promot", "NIPA")
	s.keys("2", "/", "d", "a", " ", "n", "a", "n", "g")
	scr := s.waitFor("filter", "/da nang", "Đà Nẵng")
	if strings.Contains(scr, "Samsung Innovation Campus") {
		t.Errorf("filter 'da nang' still shows unrelated training rows:\n%s", scr)
	}
	s.keys("Enter", "Enter")
	s.waitFor("open source", "esc back", "Korea and central Việt Nam")
	s.keys("Escape")
	s.waitFor("back to investments", "2 Investments", "/da nang")
	s.keys("q")
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if exec.Command("tmux", "has-session", "-t", s.name).Run() != nil {
			return // the program quit and tmux closed the session
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Errorf("q did not quit:\n%s", s.screen())
}

func TestMain(m *testing.M) {
	// A tmux server of our own: tests never touch a developer's sessions.
	dir, err := os.MkdirTemp("", "ictdash-tmux")
	if err == nil {
		os.Setenv("TMUX_TMPDIR", dir)
		// And a cache directory of our own: --data loads write the
		// verified cache, never into a developer's.
		os.Setenv("XDG_CACHE_HOME", dir)
	}
	code := m.Run()
	if err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}
