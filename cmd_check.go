package main

import (
	"fmt"
	"io"

	"ictdash/data"
	"ictdash/internal/memlimit"
)

const checkAbout = `Verify a dataset: counts per kind and per article, coverage of every number,
conflicts between sources, warnings for unreviewed drafts, and every problem
as file:line:col: message. Exit status 1 on any problem or uncovered number.
`

// runCheck is `ictdash check [--data DIR]`.
func runCheck(args []string, stdout, stderr io.Writer) int {
	c := newCommand("check", "[--data DIR]", checkAbout)
	dir := c.dataFlag()
	c.noCacheFlag()
	if code, done := c.parseNoArgs(args, stdout, stderr); done {
		return code
	}
	memlimit.ForDataset(*dir)
	set, err := c.load(*dir)
	if err != nil {
		return loadFailed(err, stderr)
	}
	return check(set, stdout)
}

func check(set *data.Set, stdout io.Writer) int {
	set.WriteReport(stdout)
	if n := set.Uncovered(); n > 0 {
		fmt.Fprintf(stdout, "FAIL: %d numbers are neither figures nor skipped with a reason\n", n)
		return 1
	}
	fmt.Fprintln(stdout, "OK")
	return 0
}
