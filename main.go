// Command ictdash is a terminal dashboard of cited figures on Vietnam–Korea
// ICT cooperation. main.go dispatches to one file per subcommand
// (cmd_dashboard.go, cmd_check.go, cmd_export.go, cmd_brief.go,
// cmd_extract.go), each with its own flag set, and holds what they share:
// the embedded seeds, loading, and the one sanitiser for what they print.
// Loading, checking, exporting, briefing and the dashboard live in their
// packages.
package main

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"ictdash/data"
	"ictdash/data/text"
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

// usage is the overall usage, printed by `ictdash --help` (with the
// dashboard's flags after it) and after an unknown command.
const usage = `ictdash: cited figures on Vietnam–Korea ICT cooperation

Usage:
  ictdash [--data DIR] [--ascii] [--no-mouse]   open the dashboard (NO_COLOR turns colour off);
                                                with stdout not a terminal, print the text briefing
  ictdash check [--data DIR]                    verify a dataset and report coverage
  ictdash export [--format json|csv] [--data DIR]
                                                write the dataset to stdout
  ictdash brief [--format text|markdown|json] [--topic all|investments|training|events] [--long]
                [--place NAME] [--org NAME] [--since YEAR] [--width N] [--data DIR]
                                                a short cited briefing
  ictdash extract FILE [--into DIR] [--published YYYY-MM-DD] [--lang LANG] [--format yaml|json] [--data DIR]
                                                draft cited records for a new article
  ictdash scan [--lang auto|en|vi|ko] [--format json|text] FILE|-
                                                every number the engine reads in a text
  ictdash review DIR [--ascii]                  review a dataset's drafts one at a time, by keys
  ictdash COMMAND --help                        a command's own flags

The embedded seed dataset is used unless --data names a directory.
`

// commands are the subcommands by name; no name opens the dashboard.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"check":   runCheck,
	"export":  runExport,
	"brief":   runBrief,
	"extract": runExtract,
	"scan":    runScan,
	"review":  runReview,
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches a subcommand and returns the exit status: 0, 1 when the
// command failed, 2 when the command line is wrong.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return runDashboard(args, stdout, stderr)
	}
	name, rest := args[0], args[1:]
	if name == "help" {
		// `ictdash help [COMMAND]` is `ictdash [COMMAND] --help`.
		if len(rest) > 0 {
			return run([]string{rest[0], "--help"}, stdout, stderr)
		}
		return runDashboard([]string{"--help"}, stdout, stderr)
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "ictdash: unknown command %q\n\n%s", safe(name), usage)
		return 2
	}
	return cmd(rest, stdout, stderr)
}

// safe is what every file name, argument and error message goes through
// before a command prints it: a name or an argument can carry escape
// sequences (a file named to write the clipboard or retitle the window),
// and so can any error that quotes one. It is the one sanitiser
// (data/text), on one line: a newline is shown as \n.
func safe(s string) string { return text.SanitizeLine(s) }

// loadFailed prints why the dataset (or the dashboard) could not start.
func loadFailed(err error, stderr io.Writer) int {
	var problems data.Problems
	if errors.As(err, &problems) {
		// One problem a line: sanitised, but the lines are kept.
		fmt.Fprintf(stderr, "%s\nictdash: the dataset has problems; nothing was loaded\n", text.Sanitize(err.Error()))
	} else {
		fmt.Fprintf(stderr, "ictdash: %s\n", safe(err.Error()))
	}
	return 1
}

// load loads and verifies the dataset in dir, or the embedded seeds when
// dir is "". A directory is read through data.LoadDir, which keeps every
// open inside it and refuses links, pipes and devices.
func load(dir string) (*data.Set, error) {
	if dir != "" {
		return data.LoadDir(dir)
	}
	sub, err := fs.Sub(seeds, "seeds")
	if err != nil {
		return nil, err
	}
	return data.Load(sub)
}

// isTerminal reports whether w is a terminal: the dashboard needs one.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
