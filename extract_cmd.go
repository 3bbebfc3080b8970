package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"ictdash/data"
	"ictdash/extract"
)

// runExtract drafts records for a new article: to stdout (YAML, or JSON in
// the export contract's shape), or with --into next to a copy of the article
// so that `ictdash check --data DIR` picks both up. Places and
// organisations are tagged from the dataset's entities (--data or seeds).
func runExtract(args []string, dataDir, into, published, format string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "ictdash extract: give exactly one article file: ictdash extract FILE [--into DIR]")
		return 2
	}
	if published != "" {
		if _, err := time.Parse("2006-01-02", published); err != nil {
			fmt.Fprintf(stderr, "ictdash extract: --published %q: use YYYY-MM-DD\n", published)
			return 2
		}
	}
	file := args[0]
	raw, err := os.ReadFile(file)
	if err == nil && len(raw) > data.MaxFileBytes {
		err = fmt.Errorf("%s is larger than %d MiB; refusing to read it", file, data.MaxFileBytes>>20)
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %v\n", err)
		return 1
	}
	known, err := knownEntities(dataDir, into, stderr)
	if err != nil {
		return loadFailed(err, stderr)
	}
	// The dataset's loader reads *.txt articles; a copy gets that extension.
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)) + ".txt"
	draft, err := extract.Extract(name, raw, extract.Options{Published: published, Known: known})
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %v\n", err)
		return 1
	}
	if into == "" {
		switch format {
		case "", "yaml":
			err = draft.WriteYAML(stdout)
		case "json":
			err = draft.WriteJSON(stdout)
		default:
			fmt.Fprintf(stderr, "ictdash extract: --format %q: use yaml or json\n", format)
			return 2
		}
		if err != nil {
			fmt.Fprintf(stderr, "ictdash extract: %v\n", err)
			return 1
		}
		return 0
	}
	return writeDraft(into, name, raw, draft, stdout, stderr)
}

// knownEntities picks the dataset whose places and organisations tag the
// draft: the --into directory when it already holds records (the draft's
// ids must resolve there), none when it is new (tags would not resolve),
// else --data or the seeds.
func knownEntities(dataDir, into string, stderr io.Writer) (*data.Set, error) {
	if into == "" {
		return load(dataDir)
	}
	if records, _ := filepath.Glob(filepath.Join(into, "*.yaml")); len(records) > 0 {
		return load(into)
	}
	fmt.Fprintf(stderr, "ictdash extract: %s has no records yet, so places and organisations are left untagged; put the draft in a dataset directory (with entities.yaml) to tag them\n", into)
	return nil, nil
}

// writeDraft puts the article and NAME.yaml into dir, refusing to overwrite
// an existing record file (it may hold an analyst's review).
func writeDraft(dir, name string, raw []byte, draft *extract.Draft, stdout, stderr io.Writer) int {
	recPath := filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name))+".yaml")
	if _, err := os.Stat(recPath); err == nil {
		fmt.Fprintf(stderr, "ictdash extract: %s exists; not overwriting reviewed records\n", recPath)
		return 1
	}
	var buf strings.Builder
	if err := draft.WriteYAML(&buf); err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %v\n", err)
		return 1
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %v\n", err)
		return 1
	}
	txtPath := filepath.Join(dir, name)
	if err := os.WriteFile(txtPath, raw, 0o644); err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %v\n", err)
		return 1
	}
	if err := os.WriteFile(recPath, []byte(buf.String()), 0o644); err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s and %s: %d draft figures, %d skipped numbers, all marked for review\nnext: ictdash check --data %s\n",
		txtPath, recPath, len(draft.Figures), len(draft.Skipped), dir)
	return 0
}
