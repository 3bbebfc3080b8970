package main

import (
	"io"
	"os"
	"strings"

	"ictdash/brief"
	"ictdash/data"
	"ictdash/internal/memlimit"
	"ictdash/tui"
)

// runDashboard is `ictdash [--data DIR] [--ascii]`: the dashboard, or the
// text briefing when stdout is not a terminal. Its --help is the overall
// usage, followed by its own flags.
func runDashboard(args []string, stdout, stderr io.Writer) int {
	c := newCommand("", "[--data DIR] [--ascii] [--no-mouse]", "")
	dir := c.dataFlag()
	c.noCacheFlag()
	ascii := c.flags.Bool("ascii", false, "draw with ASCII only (no box drawing or block glyphs)")
	noMouse := c.flags.Bool("no-mouse", false, "no mouse: the terminal selects text as usual (with the mouse on, shift-drag selects)")
	c.usageFunc = func(w io.Writer) {
		io.WriteString(w, usage+"\nFlags of the dashboard (see each command's --help for its own):\n")
		c.writeFlags(w)
	}
	if code, done := c.parseNoArgs(args, stdout, stderr); done {
		return code
	}
	// A loaded dataset is large and long-lived: bound the heap near it
	// rather than at twice it (see internal/memlimit).
	memlimit.ForDataset(*dir)
	if !isTerminal(stdout) {
		// Not a terminal (`ictdash | less`, `ictdash > brief.txt`): the
		// text briefing is what is useful there, not a dashboard.
		set, err := c.load(*dir)
		if err != nil {
			return loadFailed(err, stderr)
		}
		return writeBrief(set, brief.Options{Topic: "all"}, "text", defaultWidth, stdout, stderr)
	}
	opt := tui.Options{ASCII: *ascii, NoColor: tui.NoColorRequested(), NoMouse: *noMouse}
	if *dir != "" {
		// --data DIR is watched and reloaded as it changes (tui/live.go);
		// its cache is written in the background, and waited for below.
		live, err := c.openDir(*dir, true)
		if err != nil {
			return loadFailed(err, stderr)
		}
		defer live.Wait()
		opt.Live = live
	}
	start := func(report func(tui.Progress)) (*data.Set, error) {
		if opt.Live == nil {
			return data.FromSnapshot(seedsSnapshot)
		}
		set, _, err := opt.Live.Load(tui.FileProgress(report, countArticles(*dir)))
		return set, err
	}
	if err := tui.Run(start, opt, os.Stdin, stdout); err != nil {
		return loadFailed(err, stderr)
	}
	return 0
}

// countArticles is how many articles (*.txt) dir holds, for the loading
// bar; 0 when it cannot tell (the bar then counts files only).
func countArticles(dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".txt") {
			n++
		}
	}
	return n
}
