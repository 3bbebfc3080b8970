package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
