package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewByKeysInTmux is a curator's session as a person runs it:
// extract an article into a copy of the seeds, open `ictdash review` in a
// terminal, decide every draft by keys (accept, drop a duplicate entity,
// edit a label, merge into a seed figure, create an entity, mark a number
// not a figure), quit, and `check --strict` passes. The draft file's
// comments (extract's header and one a curator added) and every other
// file are byte for byte as before.
func TestReviewByKeysInTmux(t *testing.T) {
	dir := t.TempDir()
	for _, f := range append(globFiles(t, "seeds/*.txt"), globFiles(t, "seeds/*.yaml")...) {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	if code, _, stderr := runCmd("extract", "testdata/review_e2e.txt", "--published", "2024-11-20", "--into", dir); code != 0 {
		t.Fatalf("extract: %s", stderr)
	}
	rec := filepath.Join(dir, "review_e2e.yaml")
	drafted, _ := os.ReadFile(rec)
	comment := "  # Checked against the print edition of 21 November.\n"
	marked := strings.Replace(string(drafted), "  - id: review-e2e-workers-employed", comment+"  - id: review-e2e-workers-employed", 1)
	if marked == string(drafted) {
		t.Fatal("the draft has no workers figure to comment")
	}
	os.WriteFile(rec, []byte(marked), 0o644)
	before := snapshotDir(t, dir)

	s := startTmux(t, 120, 40, "review", dir)
	step := func(n int, keys ...string) {
		t.Helper()
		for _, k := range keys {
			s.keys(k)
			s.pause()
		}
		s.waitFor("after "+strings.Join(keys, " "), itoa(n)+" of 11 reviewed")
	}
	s.waitFor("start", "0 of 11 reviewed", "Bắc Giang plant")
	step(1, "a") // the plant
	step(2, "a") // Bắc Giang
	step(3, "a") // Hana Micron Vina
	s.waitFor("duplicate", "ENTITY hana-micron")
	step(4, "x") // Hana Micron: the same firm as Hana Micron Vina
	s.waitFor("engineers", "Vietnamese engineers")
	s.keys("e")
	s.pause()
	s.keys("1")
	s.pause()
	s.keys("C-u")
	s.pause()
	s.keys("-l", "Vietnamese engineers Hana Micron Vina will train at its Bắc Giang plant")
	s.pause()
	s.keys("Enter")
	s.waitFor("edited", "set label")
	step(5, "a")
	s.waitFor("US$382 million", "US$382 million")
	s.keys("m")
	s.waitFor("candidates", "Merge as a second source of", "danang-korean-investment-value")
	step(6, "Enter")
	s.waitFor("workers", "2,500")
	s.keys("n")
	s.pause()
	s.keys("o")
	s.pause()
	s.keys("-l", "Bắc Giang Industrial Zones Authority")
	s.pause()
	s.keys("Enter")
	s.waitFor("new entity", "new organisation bac-giang-industrial-zones-authority")
	step(7, "a")
	s.waitFor("ceremony", "two-hour")
	step(8, "x", "5") // not about Vietnam–Korea ICT cooperation
	step(9, "a")      // the merged source of the 279 projects
	step(10, "a")     // 2026
	s.keys("a")       // 2023
	s.waitFor("summary", "All 11 drafts reviewed")
	s.keys("q")

	code, out, _ := runCmd("check", "--data", dir, "--strict")
	if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "OK") {
		t.Fatalf("check --strict after the review: exit %d\n%s", code, tail(out))
	}
	after := snapshotDir(t, dir)
	for name, b := range before {
		switch name {
		case "review_e2e.yaml":
			got := after[name]
			header := marked[:strings.Index(marked, "items:")]
			if !strings.HasPrefix(got, header) {
				t.Errorf("the header comment or the article block changed:\n%s", got[:min(len(got), len(header))])
			}
			if strings.Count(got, comment) != 1 {
				t.Errorf("the curator's comment is gone or doubled:\n%s", got)
			}
			if strings.Contains(got, "review:") || strings.Contains(got, "id: hana-micron\n") || strings.Contains(got, "[hana-micron]") {
				t.Errorf("a review line or the dropped entity is left:\n%s", got)
			}
		case "entities.yaml":
			if !strings.HasPrefix(after[name], b) || !strings.Contains(after[name], "id: bac-giang-industrial-zones-authority") {
				t.Errorf("entities.yaml: the new entity is not appended after the untouched records")
			}
		default:
			if after[name] != b {
				t.Errorf("%s changed", name)
			}
		}
	}
}

// snapshotDir reads every file of dir.
func snapshotDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}
