// Package drafttest makes datasets with drafts for tests: a copy of the
// seed dataset in a temporary directory, with some records marked for
// review as `ictdash extract` marks its drafts.
package drafttest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// SeedFile is the seed record file the drafts are marked in.
const SeedFile = "000_b77dc0c3b0768d47.yaml"

// Review is the review line Dataset writes.
const Review = `review: "draft, confidence 0.50: test draft"`

// Dataset copies seeds (the seeds/ directory) into a temporary directory
// and marks the figures ids of SeedFile as drafts.
func Dataset(t testing.TB, seeds string, ids ...string) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(seeds, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", seeds, err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".gob") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(f) == SeedFile {
			for _, id := range ids {
				line := []byte("  - id: " + id + "\n")
				if !bytes.Contains(b, line) {
					t.Fatalf("no figure %s in %s", id, SeedFile)
				}
				b = bytes.Replace(b, line, append(line, "    "+Review+"\n"...), 1)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
