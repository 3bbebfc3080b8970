// Command ictdash is a terminal dashboard of cited figures on Vietnam–Korea
// ICT cooperation. main.go holds flags and wiring only: loading, checking,
// exporting, briefing and the dashboard live in their packages.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/charmbracelet/x/term"

	"ictdash/data"
	"ictdash/tui"
)

// seeds is the default dataset: the five seed articles and their records.
//
//go:embed seeds/*.txt seeds/*.yaml
var seeds embed.FS

const usage = `ictdash: cited figures on Vietnam–Korea ICT cooperation

Usage:
  ictdash [--data DIR] [--ascii]                open the dashboard (NO_COLOR turns colour off)
  ictdash check [--data DIR]                    verify a dataset and report coverage
  ictdash export --format json|csv [--data DIR] write the dataset to stdout

The embedded seed dataset is used unless --data names a directory.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches a subcommand and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	cmd := ""
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	fset := flag.NewFlagSet("ictdash "+cmd, flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() { fmt.Fprint(stderr, usage) }
	dir := fset.String("data", "", "load the dataset from `DIR` instead of the embedded seeds")
	format := fset.String("format", "json", "export format: json or csv")
	ascii := fset.Bool("ascii", false, "draw with ASCII only (no box drawing or block glyphs)")
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fset.NArg() > 0 {
		fmt.Fprintf(stderr, "ictdash: unexpected argument %q\n\n%s", fset.Arg(0), usage)
		return 2
	}
	if cmd == "" && isTerminal(stdout) {
		opt := tui.Options{ASCII: *ascii, NoColor: tui.NoColorRequested()}
		if err := tui.Run(func() (*data.Set, error) { return load(*dir) }, opt, os.Stdin, stdout); err != nil {
			return loadFailed(err, stderr)
		}
		return 0
	}
	set, err := load(*dir)
	if err != nil {
		return loadFailed(err, stderr)
	}
	switch cmd {
	case "check":
		return check(set, stdout)
	case "export":
		return export(set, *format, stdout, stderr)
	case "":
		set.WriteReport(stdout) // not a terminal: a report instead of a dashboard
		return 0
	}
	fmt.Fprintf(stderr, "ictdash: unknown command %q\n\n%s", cmd, usage)
	return 2
}

// loadFailed prints why the dataset (or the dashboard) could not start.
func loadFailed(err error, stderr io.Writer) int {
	var problems data.Problems
	if errors.As(err, &problems) {
		fmt.Fprintf(stderr, "%v\nictdash: the dataset has problems; nothing was loaded\n", err)
	} else {
		fmt.Fprintf(stderr, "ictdash: %v\n", err)
	}
	return 1
}

func load(dir string) (*data.Set, error) {
	var fsys fs.FS
	if dir == "" {
		sub, err := fs.Sub(seeds, "seeds")
		if err != nil {
			return nil, err
		}
		fsys = sub
	} else {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("ictdash: --data: %w", err)
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("ictdash: --data: %s is not a directory", dir)
		}
		fsys = os.DirFS(dir)
	}
	return data.Load(fsys)
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

func export(set *data.Set, format string, stdout, stderr io.Writer) int {
	var err error
	switch format {
	case "json":
		err = set.WriteJSON(stdout)
	case "csv":
		err = set.WriteCSV(stdout)
	default:
		fmt.Fprintf(stderr, "ictdash: --format %q: use json or csv\n", format)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash: export: %v\n", err)
		return 1
	}
	return 0
}

// isTerminal reports whether w is a terminal: the dashboard needs one.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
