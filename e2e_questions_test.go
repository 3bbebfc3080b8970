package main

import (
	"strings"
	"testing"
	"time"
)

// pause lets the program read one burst of keys before the next: tmux
// sends an Escape followed at once by "2" as one alt+2.
func (s *tmuxSession) pause() { time.Sleep(150 * time.Millisecond) }

// TestFourQuestionsAt80x24 answers, by keys alone at 80×24, the four
// questions a diplomat asks before a meeting (issue 13), and asserts that
// the answer is on screen.
func TestFourQuestionsAt80x24(t *testing.T) {
	s := startTmux(t, 80, 24)
	s.waitFor("start", "1 Overview", "?")

	// 1. How much has Korea invested in Đà Nẵng?
	s.keys("2")
	s.waitFor("investments", "2 Investments")
	s.keys("/", "d", "a", " ", "n", "a", "n", "g", "Enter")
	s.waitFor("Korean investment in Đà Nẵng", "/da nang", "279", "US$382")

	// 2. What training programmes exist and when do they end?
	s.keys("Escape")
	s.pause()
	s.keys("3")
	s.waitFor("training programmes", "3 Training", "PTIT–Seoul Cyber University coordi", "PTIT–Seoul Cyber University joint",
		"2024–2027", "Training of the first semiconducto")

	// 3. What happened at the Seoul forum, and do the two sources agree?
	s.keys("4")
	s.waitFor("events", "4 Events")
	s.keys("/", "D", "i", "g", "i", "t", "a", "l", " ", "F", "o", "r", "u", "m", "Enter")
	s.waitFor("forum filtered", "/Digital Forum", "Vietnam–Korea Digital Forum 20")
	s.keys("j")
	s.waitFor("the forum selected", "Figures (2)")
	s.keys("l", "z") // read the detail pane, zoomed to the whole screen
	first := s.waitFor("forum detail", "nearly 20 / 20 !", "150", "disagree on who organised it")
	seen := first
	for range 4 {
		s.keys("PageDown")
		s.pause()
		seen += s.screen()
	}
	for _, want := range []string{
		"Nearly 20", `003 "20"`, // both firm counts, as each source words them
		"Vinasa", "KOSA", "jointly organized", // 004's organisers
		"in collaboration with South Korea’s Ministry of Science and ICT", // 003's
	} {
		if !strings.Contains(seen, want) {
			t.Errorf("the forum's detail never shows %q:\n%s", want, seen)
		}
	}
	s.keys("z")
	s.pause()
	s.keys("Escape")
	s.pause()

	// 4. Which organisations appear most? Actors sorted by links, most first.
	s.keys("5")
	s.waitFor("actors", "5 Actors")
	var scr string
	for range 6 {
		s.keys("s")
		s.pause()
		if scr = s.screen(); strings.Contains(scr, "sort: Links") {
			break
		}
	}
	if strings.Contains(scr, "sort: Links ↑") {
		s.keys("S")
	}
	scr = s.waitFor("actors by links", "sort: Links ↓")
	rows := strings.Split(scr, "\n")
	if len(rows) < 6 || !strings.Contains(strings.Join(rows[3:6], "\n"), "organisation") {
		t.Errorf("the most-linked rows are not organisations:\n%s", scr)
	}
}
