package main

import (
	"io"
	"os"

	"ictdash/brief"
	"ictdash/data"
	"ictdash/internal/memlimit"
	"ictdash/tui"
)

// runDashboard is `ictdash [--data DIR] [--ascii]`: the dashboard, or the
// text briefing when stdout is not a terminal. Its --help is the overall
// usage, followed by its own flags.
func runDashboard(args []string, stdout, stderr io.Writer) int {
	c := newCommand("", "[--data DIR] [--ascii]", "")
	dir := c.dataFlag()
	ascii := c.flags.Bool("ascii", false, "draw with ASCII only (no box drawing or block glyphs)")
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
		set, err := load(*dir)
		if err != nil {
			return loadFailed(err, stderr)
		}
		return writeBrief(set, brief.Options{Topic: "all"}, "text", defaultWidth, stdout, stderr)
	}
	opt := tui.Options{ASCII: *ascii, NoColor: tui.NoColorRequested()}
	start := func() (*data.Set, error) {
		if *dir == "" {
			return data.FromSnapshot(seedsSnapshot)
		}
		return load(*dir)
	}
	if err := tui.Run(start, opt, os.Stdin, stdout); err != nil {
		return loadFailed(err, stderr)
	}
	return 0
}
