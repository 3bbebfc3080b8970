package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"ictdash/data"
	"ictdash/data/text"
	"ictdash/extract"
	"ictdash/internal/memlimit"
)

const extractAbout = `Draft cited records for a new article. Every number becomes a draft figure
(value, unit, qualifier, status guess, its sentence as the quote, places and
organisations) or a skipped number with a reason; each is marked for review.

FILE is text (.txt), markdown (.md) or a saved web page (.html, .htm). A
page's article text is found by readability and its title, URL, date, outlet
and author are read from its metadata; header lines of copied text (Source:,
URL:, Date:, Title:, By …, Nguồn:, Ngày:, 출처:, 입력 …) give the same. Text
is UTF-8, UTF-16 with a byte-order mark, or EUC-KR, Windows-1258 or
Windows-1252 when the bytes leave no doubt; other encodings are refused with
the iconv command to convert them. Articles must be English, Vietnamese or
Korean (--lang overrides the detection); others are refused.

Without --into the draft goes to stdout. With --into DIR, the article's
text is stored in DIR as NAME.txt (UTF-8) and the draft written beside it
as NAME.yaml;
nothing that exists in DIR is overwritten or written through (a link):
if either name exists, extract says which and writes nothing (exit status 1).
Places and organisations are tagged from DIR's records when it has some,
else from --data or the embedded seeds.
`

// runExtract is `ictdash extract FILE [--into DIR] [--published DATE]
// [--format yaml|json] [--data DIR]`: it drafts records for a new article,
// to stdout (YAML, or JSON in the export contract's shape), or with --into
// next to a copy of the article so that `ictdash check --data DIR` picks
// both up.
func runExtract(args []string, stdout, stderr io.Writer) int {
	c := newCommand("extract", "FILE [--into DIR] [--published YYYY-MM-DD] [--lang auto|en|vi|ko] [--format yaml|json] [--data DIR]", extractAbout)
	dataDir := c.dataFlag()
	into := c.flags.String("into", "", "copy the article into `DIR` and write its draft records beside it")
	published := c.flags.String("published", "", "the date the article was published (`YYYY-MM-DD`); else its dateline's")
	langFlag := c.flags.String("lang", "auto", "the article's `LANG`uage: auto (detect), en, vi or ko; it decides how numbers are read")
	format := c.flags.String("format", "yaml", "write the draft to stdout as `FORMAT`: yaml or json (--into always writes yaml)")
	args, code, done := c.parse(args, stdout, stderr)
	if done {
		return code
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "ictdash extract: give exactly one article file: ictdash extract FILE [--into DIR]")
		return 2
	}
	if *published != "" {
		if _, err := time.Parse("2006-01-02", *published); err != nil {
			fmt.Fprintf(stderr, "ictdash extract: --published %q: use YYYY-MM-DD\n", safe(*published))
			return 2
		}
	}
	switch *format {
	case "", "yaml", "json":
	default:
		fmt.Fprintf(stderr, "ictdash extract: --format %q: use yaml or json\n", safe(*format))
		return 2
	}
	file := args[0]
	name, ok := articleName(file)
	if !ok {
		fmt.Fprintf(stderr, "ictdash extract: %s: no usable file name for the copy; rename the file\n", safe(file))
		return 1
	}
	if raw := filepath.Base(file); name != strings.TrimSuffix(raw, filepath.Ext(raw))+".txt" {
		fmt.Fprintf(stderr, "ictdash extract: the file name has control or invisible characters; the article is named %s\n", safe(name))
	}
	if *into != "" {
		// Say what is in the way before loading or drafting anything;
		// writeDraft checks again as it writes.
		if code := refuseExisting(*into, draftNames(name), stderr); code != 0 {
			return code
		}
	}
	raw, err := readArticle(file)
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(err.Error()))
		return 1
	}
	known, err := knownEntities(*dataDir, *into, stderr)
	if err != nil {
		return loadFailed(err, stderr)
	}
	lang, ok := parseLang("ictdash extract", *langFlag, stderr)
	if !ok {
		return 2
	}
	draft, err := extract.Extract(name, raw, extract.Options{Published: *published, Known: known, Lang: lang})
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(err.Error()))
		return 1
	}
	if *into != "" {
		return writeDraft(*into, name, raw, draft, stdout, stderr)
	}
	if draft.Decoded != "" {
		fmt.Fprintf(stderr, "ictdash extract: %s: %s\n", safe(name), safe(draft.Decoded))
	}
	if *format == "json" {
		err = draft.WriteJSON(stdout)
	} else {
		err = draft.WriteYAML(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(err.Error()))
		return 1
	}
	return 0
}

// articleName is the name the article has in a dataset: FILE's base name
// with the extension .txt (the loader reads *.txt articles), sanitised —
// the name is written into the record file and printed, so it must not
// carry escape sequences or invisible characters, and stays on one line.
// ok is false when nothing is left of it.
func articleName(file string) (name string, ok bool) {
	base := strings.ReplaceAll(text.Sanitize(filepath.Base(file)), "\n", " ")
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if strings.TrimSpace(stem) == "" || stem == "." || strings.ContainsAny(stem, `/\`) {
		return "", false
	}
	return stem + ".txt", true
}

// draftNames are the files extract --into writes: the article and its
// record file.
func draftNames(article string) [2]string {
	return [2]string{article, strings.TrimSuffix(article, ".txt") + ".yaml"}
}

// readArticle reads FILE, at most data.MaxFileBytes of it: the argument
// may name a pipe (`extract <(curl …)`) or a device, so its size is not
// trusted before reading.
func readArticle(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, file)
}

// readLimited reads r, at most data.MaxFileBytes of it.
func readLimited(r io.Reader, name string) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, data.MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > data.MaxFileBytes {
		return nil, fmt.Errorf("%s is larger than %d MiB; refusing to read it", name, data.MaxFileBytes>>20)
	}
	return raw, nil
}

// knownEntities picks the dataset whose places and organisations tag the
// draft: the --into directory when it already holds records (the draft's
// ids must resolve there), none when it is new (tags would not resolve),
// else --data or the seeds.
func knownEntities(dataDir, into string, stderr io.Writer) (*data.Set, error) {
	if into == "" {
		memlimit.ForDataset(dataDir)
		return load(dataDir)
	}
	if hasRecords(into) {
		memlimit.ForDataset(into)
		return load(into)
	}
	fmt.Fprintf(stderr, "ictdash extract: %s has no records yet, so places and organisations are left untagged; put the draft in a dataset directory (with entities.yaml) to tag them\n", safe(into))
	return nil, nil
}

// hasRecords reports whether dir holds a record file (*.yaml or *.yml).
// It lists the directory rather than globbing, so that a name with * or [
// in it is not read as a pattern.
func hasRecords(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if ext := filepath.Ext(e.Name()); ext == ".yaml" || ext == ".yml" {
			return true
		}
	}
	return false
}
