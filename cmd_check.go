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
A dataset that still has drafts to review ends NOT READY (exit status 0;
with --strict, FAIL and exit status 1); one with none ends OK.
`

// runCheck is `ictdash check [--data DIR] [--strict]`.
func runCheck(args []string, stdout, stderr io.Writer) int {
	c := newCommand("check", "[--data DIR] [--strict]", checkAbout)
	dir := c.dataFlag()
	strict := c.flags.Bool("strict", false, "fail (exit status 1) while any draft is unreviewed")
	c.noCacheFlag()
	if code, done := c.parseNoArgs(args, stdout, stderr); done {
		return code
	}
	memlimit.ForDataset(*dir)
	set, err := c.load(*dir)
	if err != nil {
		return loadFailed(err, stderr)
	}
	return check(set, *strict, stdout)
}

// check writes the report and its verdict: FAIL on uncovered numbers; on
// unreviewed drafts NOT READY, or FAIL when strict; else OK.
func check(set *data.Set, strict bool, stdout io.Writer) int {
	set.WriteReport(stdout)
	code := 0
	if n := set.Uncovered(); n > 0 {
		fmt.Fprintf(stdout, "FAIL: %d numbers are neither figures nor skipped with a reason\n", n)
		code = 1
	}
	switch d := set.Drafts(); {
	case d.Total() > 0 && strict:
		fmt.Fprintf(stdout, "FAIL: %s\n", d)
		return 1
	case d.Total() > 0:
		fmt.Fprintf(stdout, "NOT READY: %s\n", d)
	case code == 0:
		fmt.Fprintln(stdout, "OK")
	}
	return code
}
