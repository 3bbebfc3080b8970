package data

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
)

// seedsDir is the repository's seed dataset, which main embeds.
const seedsDir = "../seeds"

func TestSeedsLoadAndVerify(t *testing.T) {
	set, err := Load(os.DirFS(seedsDir))
	if err != nil {
		t.Fatalf("seed dataset does not verify:\n%v", err)
	}
	if len(set.Articles) != 5 {
		t.Fatalf("want 5 articles, got %d", len(set.Articles))
	}
	for _, a := range set.Articles {
		if n := len(a.Coverage.Uncovered); n > 0 {
			t.Errorf("%s: %d numbers neither figures nor skipped: %v", a.File, n, a.Coverage.Uncovered)
		}
	}
}

// seedSHA256 records the SHA-256 of each original seed article as shared
// with the project, so the byte-for-byte check runs even where the originals
// are not beside the repository (a CI clone).
var seedSHA256 = map[string]string{
	"000_b77dc0c3b0768d47.txt": "e4127ed9ae02e89ea883a9385ad164e8f68e0716e87b6dd3a3025d28af243401",
	"001_a43f31124e8e001b.txt": "f803af92a0066e6db7e906614b6f34aab3e393df6c0e735ea98bb7d5f6e0383c",
	"002_eb5d8e23d8cc0f47.txt": "0ab3435d73acb0cc3fd7520ddb8aebd71da78b2c14074e03e9867d9c003eb9e4",
	"003_3949457762a66741.txt": "f75504d2447474b9bbb825a85b916f5c02b4a6f845df6509dc950c42fdc7978e",
	"004_2c8182438bac70ce.txt": "7d8ffa4640118cfc65aaf476c665e97b9d2007cb6e53282404ae25fcd428bdd0",
}

func TestSeedArticlesMatchRecordedHashes(t *testing.T) {
	got, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(got) != len(seedSHA256) {
		t.Errorf("seeds/ has %d articles, want %d", len(got), len(seedSHA256))
	}
	for name, want := range seedSHA256 {
		b, err := os.ReadFile(filepath.Join(seedsDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != want {
			t.Errorf("%s: sha256 %x, want %s", name, sum, want)
		}
	}
}

// TestSeedArticlesAreByteForByte compares each seed article with the shared
// originals when they are present beside the repository.
func TestSeedArticlesAreByteForByte(t *testing.T) {
	orig, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(orig) == 0 {
		t.Skip("../../shared/seeds not present here; TestSeedArticlesMatchRecordedHashes covers the hashes")
	}
	for _, o := range orig {
		a, err := os.ReadFile(o)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(seedsDir, filepath.Base(o)))
		if err != nil {
			t.Fatalf("seed %s missing from seeds/: %v", filepath.Base(o), err)
		}
		if sha256.Sum256(a) != sha256.Sum256(b) {
			t.Errorf("%s differs from the shared original", filepath.Base(o))
		}
	}
}
