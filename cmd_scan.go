package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"ictdash/data/quantity"
	"ictdash/data/text"
)

const scanAbout = `Print every number the quantity engine reads in a text, in order: byte
offsets, the text as written, value (and value_max for a range), unit, kind,
qualifier, counted noun, rate denominator, why the reading may be wrong
(ambiguous), and for numbers that are not quantities the reason (skipped).
FILE - reads standard input. The language decides the separators
(Vietnamese 10.000 is ten thousand); auto detects it from the text.
`

// scanned is one reading as `ictdash scan` prints it; its JSON is the
// documented shape (README, "ictdash scan").
type scanned struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	ValueMax  *float64 `json:"value_max,omitempty"`
	Unit      string   `json:"unit"`
	Kind      string   `json:"kind"`
	Qualifier string   `json:"qualifier"`
	Noun      string   `json:"noun,omitempty"`
	Per       string   `json:"per,omitempty"`
	Ambiguous string   `json:"ambiguous,omitempty"`
	Skipped   string   `json:"skipped,omitempty"`
}

// runScan is `ictdash scan [--lang auto|en|vi|ko] [--format json|text] FILE|-`.
func runScan(args []string, stdout, stderr io.Writer) int {
	c := newCommand("scan", "[--lang auto|en|vi|ko] [--format json|text] FILE|-", scanAbout)
	langFlag := c.flags.String("lang", "auto", "the text's `LANG`uage: auto, en, vi or ko")
	format := c.flags.String("format", "text", "output `FORMAT`: text or json")
	positional, code, done := c.parse(args, stdout, stderr)
	if done {
		return code
	}
	if len(positional) != 1 {
		fmt.Fprintf(stderr, "ictdash scan: give one file, or - for standard input\n\n")
		c.usage(stderr)
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "ictdash scan: --format %q: use text or json\n", safe(*format))
		return 2
	}
	var raw []byte
	var err error
	if positional[0] == "-" {
		raw, err = readLimited(os.Stdin, "standard input")
	} else {
		raw, err = readArticle(positional[0])
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash scan: %s\n", safe(err.Error()))
		return 1
	}
	if !utf8.Valid(raw) {
		fmt.Fprintln(stderr, "ictdash scan: the input is not UTF-8 text")
		return 1
	}
	src := string(raw)
	lang, ok := parseLang("ictdash scan", *langFlag, stderr)
	if !ok {
		return 2
	}
	if lang == quantity.Unknown {
		lang = quantity.Detect(src)
	}
	var out []scanned
	for q := range quantity.Each(src, lang) {
		out = append(out, toScanned(q))
	}
	if *format == "json" {
		if out == nil {
			out = []scanned{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "ictdash scan: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "language: %s; %d numbers\n", lang, len(out))
	for _, s := range out {
		fmt.Fprintln(stdout, scanLine(s))
	}
	return 0
}

func toScanned(q quantity.Quantity) scanned {
	s := scanned{Start: q.Start, End: q.End, Text: text.SanitizeLine(q.Text), Value: q.Value,
		Unit: string(q.Unit), Kind: string(q.Kind), Qualifier: string(q.Qualifier),
		Noun: text.SanitizeLine(q.Noun), Per: q.Per, Ambiguous: q.Ambiguous, Skipped: q.Skip}
	if q.IsRange() {
		m := q.Max
		s.ValueMax = &m
	}
	return s
}

// scanLine is one reading as a line of text: offsets, the text as written,
// then what it reads as.
func scanLine(s scanned) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%6d-%-6d %-28q ", s.Start, s.End, s.Text)
	if s.Skipped != "" {
		fmt.Fprintf(&b, "skipped: %s", s.Skipped)
	} else {
		v := fmtValue(s.Value)
		if s.ValueMax != nil {
			v += "–" + fmtValue(*s.ValueMax)
		}
		fmt.Fprintf(&b, "%s %s (%s, %s)", v, s.Unit, s.Kind, s.Qualifier)
		if s.Noun != "" {
			fmt.Fprintf(&b, " noun=%s", s.Noun)
		}
		if s.Per != "" {
			fmt.Fprintf(&b, " per=%s", s.Per)
		}
	}
	if s.Ambiguous != "" {
		fmt.Fprintf(&b, "  AMBIGUOUS: %s", s.Ambiguous)
	}
	return b.String()
}

func fmtValue(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%f", v), "0"), ".")
}
