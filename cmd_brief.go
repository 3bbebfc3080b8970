package main

import (
	"fmt"
	"io"

	"ictdash/brief"
	"ictdash/data"
	"ictdash/internal/memlimit"
)

// defaultWidth is the text briefing's width in columns.
const defaultWidth = 80

const briefAbout = `A one-page cited briefing (at most 66 lines at 80 columns): key figures ranked
by how they tie Việt Nam and Korea together, worded as their sources qualify
them, with caveats; sources that disagree; who's who; what has no number;
what lies ahead; a numbered source list. The page says what it left out;
--long prints everything by topic. --place and --org match names and aliases
ignoring case and accents (danang, NIPA); no match is an error (exit status 1).
`

// runBrief is `ictdash brief [--format …] [--topic …] [--place NAME]
// [--org NAME] [--since YEAR] [--width N] [--data DIR]`.
func runBrief(args []string, stdout, stderr io.Writer) int {
	c := newCommand("brief", "[--format text|markdown|json] [--topic all|investments|training|events]\n"+
		"                     [--place NAME] [--org NAME] [--since YEAR] [--width N] [--long] [--data DIR]", briefAbout)
	dir := c.dataFlag()
	c.noCacheFlag()
	format := c.flags.String("format", "text", "output `FORMAT`: text, markdown or json")
	var opt brief.Options
	c.flags.StringVar(&opt.Topic, "topic", "all", "the briefing's `TOPIC`: all, investments, training or events")
	c.flags.StringVar(&opt.Place, "place", "", "only figures about this place (`NAME` or alias, e.g. danang)")
	c.flags.StringVar(&opt.Org, "org", "", "only figures naming this organisation or person (`NAME` or alias, e.g. NIPA)")
	c.flags.IntVar(&opt.Since, "since", 0, "only figures and events from this `YEAR` on")
	width := c.flags.Int("width", defaultWidth, "text width in `N` columns")
	c.flags.BoolVar(&opt.Long, "long", false, "the whole briefing by topic, not the one page")
	if code, done := c.parseNoArgs(args, stdout, stderr); done {
		return code
	}
	switch *format {
	case "", "text", "markdown", "md", "json":
	default:
		fmt.Fprintf(stderr, "ictdash brief: --format %q: use text, markdown or json\n", safe(*format))
		return 2
	}
	memlimit.ForDataset(*dir)
	set, err := c.load(*dir)
	if err != nil {
		return loadFailed(err, stderr)
	}
	return writeBrief(set, opt, *format, *width, stdout, stderr)
}

// writeBrief builds the briefing for opt and writes it in format (already
// checked to be one writeBrief knows).
func writeBrief(set *data.Set, opt brief.Options, format string, width int, stdout, stderr io.Writer) int {
	b, err := brief.Build(set, opt)
	if err != nil {
		fmt.Fprintf(stderr, "ictdash brief: %s\n", safe(err.Error()))
		return 1
	}
	switch format {
	case "markdown", "md":
		err = b.WriteMarkdown(stdout)
	case "json":
		err = b.WriteJSON(stdout)
	default:
		err = b.WriteText(stdout, width)
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash brief: %s\n", safe(err.Error()))
		return 1
	}
	return 0
}
