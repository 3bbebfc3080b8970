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

	"ictdash/brief"
	"ictdash/data"
	"ictdash/internal/memlimit"
	"ictdash/tui"
)

// seeds is the default dataset: the five seed articles and their records.
//
//go:embed seeds/*.txt seeds/*.yaml
var seeds embed.FS

// seedsSnapshot is the same dataset, verified, as `go generate` snapshots it
// (TestEmbeddedSnapshotIsCurrent fails when it is stale). The dashboard
// starts from it; every other command loads and verifies the files.
//
//go:generate go run ./internal/snapshot
//go:embed seeds/seeds.gob
var seedsSnapshot []byte

const usage = `ictdash: cited figures on Vietnam–Korea ICT cooperation

Usage:
  ictdash [--data DIR] [--ascii]                open the dashboard (NO_COLOR turns colour off)
  ictdash check [--data DIR]                    verify a dataset and report coverage
  ictdash export --format json|csv [--data DIR] write the dataset to stdout
  ictdash extract FILE [--into DIR] [--published YYYY-MM-DD] [--format yaml|json] [--data DIR]
                                                draft cited records for a new article
  ictdash brief [--format text|markdown|json] [--topic all|investments|training|events]
                [--place NAME] [--org NAME] [--since YEAR] [--width N] [--data DIR]
                                                a short cited briefing; also what
                                                ictdash prints when stdout is not a terminal

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
	format := fset.String("format", "", "export: json (default) or csv; brief: text (default), markdown or json")
	var bopt brief.Options
	fset.StringVar(&bopt.Topic, "topic", "all", "brief: all, investments, training or events")
	fset.StringVar(&bopt.Place, "place", "", "brief: only figures about this place (name or alias, e.g. danang)")
	fset.StringVar(&bopt.Org, "org", "", "brief: only figures naming this organisation or person (e.g. NIPA)")
	fset.IntVar(&bopt.Since, "since", 0, "brief: only figures and events from this `YEAR` on")
	width := fset.Int("width", 80, "brief: text width in columns")
	into := fset.String("into", "", "extract: write the article and its draft records into `DIR`")
	published := fset.String("published", "", "extract: the article's publication date, `YYYY-MM-DD`")
	ascii := fset.Bool("ascii", false, "draw with ASCII only (no box drawing or block glyphs)")
	// Flags may come before or after positional arguments
	// (`ictdash extract FILE --into DIR`): parse, set aside the first
	// positional argument, and parse the rest again.
	var positional []string
	for {
		if err := fset.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if fset.NArg() == 0 {
			break
		}
		positional = append(positional, fset.Arg(0))
		args = fset.Args()[1:]
	}
	// A loaded dataset is large and long-lived: bound the heap near it
	// rather than at twice it (see internal/memlimit).
	memlimit.ForDataset(*dir)
	if cmd == "extract" {
		return runExtract(positional, *dir, *into, *published, *format, stdout, stderr)
	}
	if len(positional) > 0 {
		fmt.Fprintf(stderr, "ictdash: unexpected argument %q\n\n%s", positional[0], usage)
		return 2
	}
	if cmd == "" && isTerminal(stdout) {
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
	set, err := load(*dir)
	if err != nil {
		return loadFailed(err, stderr)
	}
	switch cmd {
	case "check":
		return check(set, stdout)
	case "export":
		return export(set, *format, stdout, stderr)
	case "brief":
		return writeBrief(set, bopt, *format, *width, stdout, stderr)
	case "":
		// Not a terminal (`ictdash | less`, `ictdash > brief.txt`): the
		// text briefing is what is useful there, not a dashboard.
		return writeBrief(set, bopt, "text", *width, stdout, stderr)
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

func writeBrief(set *data.Set, opt brief.Options, format string, width int, stdout, stderr io.Writer) int {
	b, err := brief.Build(set, opt)
	if err != nil {
		fmt.Fprintf(stderr, "ictdash brief: %v\n", err)
		return 1
	}
	switch format {
	case "", "text":
		err = b.WriteText(stdout, width)
	case "markdown", "md":
		err = b.WriteMarkdown(stdout)
	case "json":
		err = b.WriteJSON(stdout)
	default:
		fmt.Fprintf(stderr, "ictdash brief: --format %q: use text, markdown or json\n", format)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash brief: %v\n", err)
		return 1
	}
	return 0
}

func export(set *data.Set, format string, stdout, stderr io.Writer) int {
	var err error
	switch format {
	case "json", "":
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
