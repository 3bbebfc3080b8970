package main

import (
	"errors"
	"flag"
	"fmt"
	"ictdash/data/quantity"
	"io"
	"strings"
)

// command is one subcommand's flag set and usage. Each subcommand has its
// own, so a flag of another (`export --topic`) is an error, and
// `ictdash CMD --help` lists exactly that command's flags.
type command struct {
	flags    *flag.FlagSet
	name     string // "check"; "" for the dashboard
	synopsis string // what follows the name in the usage line
	about    string // what the command does, one paragraph or more
	// usageFunc, when set, replaces the usage written from the fields.
	usageFunc func(w io.Writer)
	noCache   *bool // --no-cache, on the commands that load a dataset (cmd_cache.go)
}

func newCommand(name, synopsis, about string) *command {
	fset := flag.NewFlagSet("ictdash "+name, flag.ContinueOnError)
	// The flag package prints its errors with the offending argument raw;
	// run prints them itself, sanitised.
	fset.SetOutput(io.Discard)
	fset.Usage = func() {}
	return &command{flags: fset, name: name, synopsis: synopsis, about: about}
}

// title is how messages name the command: "ictdash check", "ictdash".
func (c *command) title() string { return strings.TrimSpace("ictdash " + c.name) }

// dataFlag defines --data, which every command has.
func (c *command) dataFlag() *string {
	return c.flags.String("data", "", "load the dataset from `DIR` instead of the embedded seeds")
}

// parse parses args, with flags before, between or after the positional
// arguments (`ictdash extract FILE --into DIR`), and returns the positional
// ones; after "--" everything is positional. When done is true the command
// must stop with exit status code: 0 after --help or -h (the command's
// usage on stdout), 2 for a flag the command does not have or a bad value
// (the error and the usage on stderr).
func (c *command) parse(args []string, stdout, stderr io.Writer) (positional []string, code int, done bool) {
	for {
		err := c.flags.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.usage(stdout)
			return nil, 0, true
		}
		if err != nil {
			fmt.Fprintf(stderr, "%s: %s\n\n", c.title(), safe(err.Error()))
			c.usage(stderr)
			return nil, 2, true
		}
		rest := c.flags.Args()
		if len(rest) == 0 {
			return positional, 0, false
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(positional, rest...), 0, false
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// parseNoArgs is parse for a command that takes no positional argument.
func (c *command) parseNoArgs(args []string, stdout, stderr io.Writer) (code int, done bool) {
	positional, code, done := c.parse(args, stdout, stderr)
	if done {
		return code, true
	}
	if len(positional) > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n\n", c.title(), safe(positional[0]))
		c.usage(stderr)
		return 2, true
	}
	return 0, false
}

// usage writes the usage line, what the command does and its flags with
// their help, as `ictdash CMD --help` shows them.
func (c *command) usage(w io.Writer) {
	if c.usageFunc != nil {
		c.usageFunc(w)
		return
	}
	fmt.Fprintf(w, "Usage: %s %s\n\n%s\nFlags:\n", c.title(), c.synopsis, c.about)
	c.writeFlags(w)
}

// writeFlags lists the flags as `  --name VALUE  help (default D)`, with
// the help aligned, and -h/--help last.
func (c *command) writeFlags(w io.Writer) {
	type row struct{ left, help string }
	var rows []row
	c.flags.VisitAll(func(f *flag.Flag) {
		value, help := flag.UnquoteUsage(f)
		left := "--" + f.Name
		if _, isBool := f.Value.(interface{ IsBoolFlag() bool }); !isBool && value != "" {
			left += " " + strings.ToUpper(value)
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			help += " (default " + f.DefValue + ")"
		}
		rows = append(rows, row{left, help})
	})
	rows = append(rows, row{"-h, --help", "show this help"})
	width := 0
	for _, r := range rows {
		width = max(width, len(r.left))
	}
	for _, r := range rows {
		fmt.Fprintf(w, "  %-*s  %s\n", width, r.left, r.help)
	}
}

// parseLang reads a --lang value for cmd: "auto" is quantity.Unknown
// (detect from the text); anything but en, vi and ko is refused.
func parseLang(cmd, value string, stderr io.Writer) (quantity.Lang, bool) {
	if value == "auto" {
		return quantity.Unknown, true
	}
	lang, err := quantity.ParseLang(value)
	if err != nil || lang == quantity.Unknown {
		fmt.Fprintf(stderr, "%s: --lang %q: use auto, en, vi or ko\n", cmd, safe(value))
		return quantity.Unknown, false
	}
	return lang, true
}
