package main

import (
	"fmt"
	"io"
	"os"

	"ictdash/review"
	"ictdash/tui"
)

const reviewAbout = `Review the drafts of a dataset (from ictdash extract --into DIR) one at a
time: the record beside its article with the quote highlighted, and a key for
each decision — a accept, e edit a field, x not a figure, m merge into a
figure the dataset has, n new entity, u undo, ] and [ move, q quit. Every
decision is written back into the record file, changing nothing else in it,
and only after the whole dataset loads with it; ? lists the keys.
`

// runReview is `ictdash review DIR [--ascii] [--no-mouse]`.
func runReview(args []string, stdout, stderr io.Writer) int {
	c := newCommand("review", "DIR [--ascii] [--no-mouse]", reviewAbout)
	ascii := c.flags.Bool("ascii", false, "draw with ASCII only")
	noMouse := c.flags.Bool("no-mouse", false, "leave the mouse to the terminal (the wheel scrolls the article otherwise)")
	args, code, done := c.parse(args, stdout, stderr)
	if done {
		return code
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "ictdash review: give the dataset directory: ictdash review DIR")
		return 2
	}
	if !isTerminal(stdout) {
		fmt.Fprintln(stderr, "ictdash review: needs a terminal (use ictdash check --data DIR to list the drafts)")
		return 2
	}
	s, err := review.Start(args[0])
	if err != nil {
		return loadFailed(err, stderr)
	}
	defer s.Close()
	opt := tui.Options{ASCII: *ascii, NoColor: tui.NoColorRequested(), NoMouse: *noMouse}
	if err := tui.RunReview(s, opt, os.Stdin, stdout); err != nil {
		fmt.Fprintf(stderr, "ictdash review: %s\n", safe(err.Error()))
		return 1
	}
	return 0
}
