package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ictdash/data"
)

func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCheckSeedsOK(t *testing.T) {
	code, out, stderr := runCmd("check")
	if code != 0 || !strings.Contains(out, "OK") || !strings.Contains(out, "0 uncovered") {
		t.Fatalf("check on seeds: exit %d\n%s\n%s", code, out, stderr)
	}
}

func TestCheckBadDatasetExitsOne(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Firms invested US$5 million.\n")
	write("a.yaml", "article:\n  file: a.txt\n  title: T\n  outlet: O\nfigures:\n  - id: x\n    label: L\n    value_text: US$5 million\n    value: 5\n    unit: USD\n    status: actual\n    sources:\n      - quote: Firms invested US$6 million\n")
	code, out, stderr := runCmd("check", "--data", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, stderr)
	}
	if !strings.Contains(stderr, "a.yaml:13:16: quote not found in a.txt") {
		t.Errorf("stderr lacks file:line:col of the bad quote:\n%s", stderr)
	}
	if !strings.Contains(stderr, "nothing was loaded") {
		t.Errorf("stderr does not say nothing was loaded:\n%s", stderr)
	}
}

func TestExportFormats(t *testing.T) {
	if code, out, _ := runCmd("export", "--format", "csv"); code != 0 || !strings.HasPrefix(out, "id,label,value") {
		t.Errorf("csv export: exit %d, starts %q", code, out[:min(40, len(out))])
	}
	if code, out, _ := runCmd("export", "--format", "json"); code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("json export: exit %d", code)
	}
	if code, _, stderr := runCmd("export", "--format", "xml"); code != 2 || !strings.Contains(stderr, "use json or csv") {
		t.Errorf("bad format: exit %d, %q", code, stderr)
	}
}

func TestDataDirMissing(t *testing.T) {
	code, _, stderr := runCmd("check", "--data", "/no/such/dir")
	if code != 1 || !strings.Contains(stderr, "/no/such/dir") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestBriefCommand(t *testing.T) {
	code, out, stderr := runCmd("brief", "--place", "danang")
	if code != 0 || !strings.Contains(out, "Đà Nẵng") || !strings.Contains(out, "[1]") {
		t.Fatalf("brief --place danang: exit %d\n%s\n%s", code, out, stderr)
	}
	if code, _, stderr := runCmd("brief", "--place", "atlantis"); code != 1 || !strings.Contains(stderr, "atlantis") {
		t.Errorf("unknown place: exit %d, stderr %q", code, stderr)
	}
	if code, out, _ := runCmd("brief", "--format", "markdown", "--org", "NIPA"); code != 0 || !strings.HasPrefix(out, "#") {
		t.Errorf("markdown brief: exit %d, starts %q", code, out[:min(30, len(out))])
	}
}

// TestNoTerminalPrintsBrief: with stdout not a terminal (a pipe, a file),
// ictdash prints the text briefing instead of starting the dashboard.
func TestNoTerminalPrintsBrief(t *testing.T) {
	code, out, _ := runCmd()
	_, want, _ := runCmd("brief")
	if code != 0 || out != want || out == "" {
		t.Errorf("ictdash | cat did not print the text briefing (exit %d)", code)
	}
}

// TestEmbeddedSnapshotIsCurrent holds the dashboard's start-up snapshot to
// the seed files: it must be exactly what a fresh, verified Load gives.
func TestEmbeddedSnapshotIsCurrent(t *testing.T) {
	set, err := load("")
	if err != nil {
		t.Fatal(err)
	}
	want, err := set.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, seedsSnapshot) {
		t.Fatal("seeds/seeds.gob is stale: run `go generate` after editing seeds/")
	}
	back, err := data.FromSnapshot(seedsSnapshot)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := back.Snapshot()
	if !bytes.Equal(again, seedsSnapshot) {
		t.Error("a set rebuilt from the snapshot does not snapshot to the same bytes")
	}
	// Every article's block survives the snapshot (the dashboard's titles,
	// stated languages and the URLs that o opens come from it).
	for _, a := range set.Articles {
		b := back.Article(a.File)
		got := []any{b.Title, b.TitleNote, b.Outlet, b.Published, b.DateNote, b.Language, b.LanguageStated, b.URL}
		want := []any{a.Title, a.TitleNote, a.Outlet, a.Published, a.DateNote, a.Language, a.LanguageStated, a.URL}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: article block from the snapshot %v, loaded %v", a.File, got, want)
		}
	}
	f := back.Figure("forum-vn-firms")
	if f == nil || back.Article(f.Sources[0].Article).Clean.RawOffset(f.Sources[0].Offset) != f.Sources[0].RawOffset {
		t.Error("offset map lost in the snapshot")
	}
}

func TestExtractIntoThenCheck(t *testing.T) {
	dir := t.TempDir()
	seedFiles, _ := filepath.Glob("seeds/*.[ty][xa]*") // the articles and their records
	for _, f := range seedFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	art := filepath.Join(t.TempDir(), "press.txt")
	os.WriteFile(art, []byte("Korea to train IT staff\n\nNIPA will train up to 500 Vietnamese students in Đà Nẵng by 2027, Minister Nguyen Manh Hung said.\n"), 0o644)
	code, out, stderr := runCmd("extract", art, "--into", dir, "--published", "2026-11-25")
	if code != 0 || !strings.Contains(out, "marked for review") {
		t.Fatalf("extract --into: exit %d\n%s%s", code, out, stderr)
	}
	code, out, stderr = runCmd("check", "--data", dir)
	if code != 0 || !strings.Contains(out, "warning: press.yaml:") || !strings.Contains(out, "unreviewed draft") {
		t.Fatalf("check on the drafted dataset: exit %d\n%s%s", code, out, stderr)
	}
	if code, _, stderr := runCmd("extract", art, "--into", dir); code != 1 || !strings.Contains(stderr, "not overwriting") {
		t.Errorf("second extract overwrote the records: exit %d %s", code, stderr)
	}
}

func TestExtractRejectsBadInput(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "utf16.txt")
	os.WriteFile(bad, []byte{0xff, 0xfe, 0, 0, 'a', 0, 0, 0}, 0o644) // UTF-32: refused (UTF-16 is converted)
	if code, _, stderr := runCmd("extract", bad); code != 1 || !strings.Contains(stderr, "utf16.txt") {
		t.Errorf("UTF-16 input: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCmd("extract"); code != 2 || !strings.Contains(stderr, "exactly one article") {
		t.Errorf("no file: exit %d, %q", code, stderr)
	}
	if code, _, _ := runCmd("extract", "/no/such/file.txt"); code != 1 {
		t.Errorf("missing file: exit %d", code)
	}
}
