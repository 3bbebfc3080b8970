package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"ictdash/data"
)

// TestGeneratedCorpusLoads generates a small corpus and loads it as
// `ictdash check` does: no problems and no uncovered numbers.
func TestGeneratedCorpusLoads(t *testing.T) {
	dir := t.TempDir()
	st, err := generate(dir, config{figures: 2000, seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	set := mustLoad(t, dir, "the generated corpus")
	if got := len(set.Figures); got != 2000 || st.figures != 2000 {
		t.Errorf("%d figures loaded (%d written), want 2000", got, st.figures)
	}
	if n := set.Uncovered(); n != 0 {
		var b bytes.Buffer
		set.WriteReport(&b)
		t.Fatalf("%d uncovered numbers:\n%s", n, b.String())
	}
	if len(set.Articles) < 8 || len(set.Items) < 300 {
		t.Errorf("%d articles, %d items: want ~10 articles and a few hundred entities", len(set.Articles), len(set.Items))
	}
	// The variety the scale tests rely on.
	units, quals, statuses := map[string]bool{}, map[data.Qualifier]bool{}, map[data.Status]bool{}
	derived, conflicts := 0, 0
	for _, f := range set.Figures {
		units[f.Unit], quals[f.Qualifier], statuses[f.Status] = true, true, true
		if f.Derived {
			derived++
		}
		if f.Conflict != "" {
			conflicts++
		}
	}
	for _, u := range []string{"USD", "VND", "KRW", "percent", "count", "months"} {
		if !units[u] {
			t.Errorf("no figure in %s", u)
		}
	}
	for _, q := range []data.Qualifier{data.Exact, data.About, data.Over, data.MoreThan, data.Nearly, data.UpTo} {
		if !quals[q] {
			t.Errorf("no figure qualified %s", q)
		}
	}
	for _, s := range []data.Status{data.Actual, data.Projection, data.Target, data.Estimate} {
		if !statuses[s] {
			t.Errorf("no figure with status %s", s)
		}
	}
	if derived == 0 || conflicts == 0 {
		t.Errorf("%d derived figures, %d conflicts: want some of each", derived, conflicts)
	}
	if got := set.MatchItems("da nang", "place"); len(got) == 0 {
		t.Error(`"da nang" matches no place: aliases without diacritics are missing`)
	}
}

// TestDeterministic: the same seed writes the same bytes.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := generate(dir, config{figures: 300, seed: 3}); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(a, "*"))
	if len(files) < 3 {
		t.Fatalf("only %d files written", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", filepath.Base(f))
		}
	}
}

// TestSmallPairsLoad: -small-pairs writes that many article+record pairs,
// each with one to three figures, and the dataset loads with every number
// covered.
func TestSmallPairsLoad(t *testing.T) {
	dir := t.TempDir()
	st, err := generate(dir, config{figures: 100000, smallPairs: 300, seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	set := mustLoad(t, dir, "the small pairs")
	if len(set.Articles) != 300 || st.articles != 300 {
		t.Errorf("%d articles loaded (%d written), want 300", len(set.Articles), st.articles)
	}
	if n := len(set.Figures); n < 300 || n > 900 || n != st.figures {
		t.Errorf("%d figures loaded (%d written), want 1-3 an article", n, st.figures)
	}
	perArticle := map[string]int{}
	for _, f := range set.Figures {
		perArticle[f.Sources[0].Article]++
	}
	for a, n := range perArticle {
		if n < 1 || n > 3 {
			t.Errorf("%s: %d figures, want 1-3", a, n)
		}
	}
	if n := set.Uncovered(); n != 0 {
		var b bytes.Buffer
		set.WriteReport(&b)
		t.Fatalf("%d uncovered numbers:\n%s", n, b.String())
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if len(files) != 301 { // and entities.yaml
		t.Errorf("%d record files, want 301", len(files))
	}
}

// mustLoad loads the dataset in dir as `ictdash check` does, failing with
// its first ten problems when it does not load.
func mustLoad(t *testing.T, dir, what string) *data.Set {
	t.Helper()
	set, err := data.Load(os.DirFS(dir))
	if err != nil {
		var ps data.Problems
		if errors.As(err, &ps) && len(ps) > 10 {
			ps = ps[:10]
		}
		t.Fatalf("%s does not load:\n%v", what, ps)
	}
	return set
}
