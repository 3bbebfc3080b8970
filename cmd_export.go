package main

import (
	"fmt"
	"io"

	"ictdash/internal/memlimit"
)

const exportAbout = `Write the dataset to stdout in the export contract (README.md): one JSON
object {"sources", "items", "figures"}, or RFC 4180 CSV with one row per
figure and source.
`

// runExport is `ictdash export [--format json|csv] [--data DIR]`.
func runExport(args []string, stdout, stderr io.Writer) int {
	c := newCommand("export", "[--format json|csv] [--data DIR]", exportAbout)
	dir := c.dataFlag()
	c.noCacheFlag()
	format := c.flags.String("format", "json", "output `FORMAT`: json or csv")
	if code, done := c.parseNoArgs(args, stdout, stderr); done {
		return code
	}
	switch *format {
	case "json", "", "csv":
	default:
		fmt.Fprintf(stderr, "ictdash export: --format %q: use json or csv\n", safe(*format))
		return 2
	}
	memlimit.ForDataset(*dir)
	set, err := c.load(*dir)
	if err != nil {
		return loadFailed(err, stderr)
	}
	if *format == "csv" {
		err = set.WriteCSV(stdout)
	} else {
		err = set.WriteJSON(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash export: %s\n", safe(err.Error()))
		return 1
	}
	return 0
}
