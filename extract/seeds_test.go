package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"ictdash/data"
)

var (
	seedOnce sync.Once
	seedSet  *data.Set
	seedErr  error
)

// seeds loads the curated seed dataset once: the ground truth for recall,
// and the known entities drafts are tagged with.
func seeds(t testing.TB) *data.Set {
	t.Helper()
	seedOnce.Do(func() { seedSet, seedErr = data.Load(os.DirFS("../seeds")) })
	if seedErr != nil {
		t.Fatalf("loading ../seeds: %v", seedErr)
	}
	return seedSet
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// curated returns, for each curated non-derived figure citing file, the
// values its sources citing file give, with the figure's unit.
func curated(set *data.Set, file string) map[string][]float64 {
	out := map[string][]float64{}
	for _, f := range set.Figures {
		if f.Derived {
			continue
		}
		for _, s := range f.Sources {
			if s.Article == file {
				out[f.ID] = append(out[f.ID], s.Value)
			}
		}
	}
	return out
}

func sameUnit(a, b string) bool {
	norm := func(u string) string {
		if u == "" {
			return "count"
		}
		return u
	}
	return norm(a) == norm(b)
}

// TestRecall drafts every seed article and compares the drafts with the
// curated records: a curated figure is recalled when a draft has its value
// and unit; precision is the share of drafts that match a curated figure.
// "status ok" counts recalled figures whose drafted status guess agrees
// with the curated one (reported, not required). `go test ./extract -run
// Recall -v` prints the table.
func TestRecall(t *testing.T) {
	set := seeds(t)
	t.Logf("%-28s %7s %8s %7s %6s %7s %9s %9s", "article", "curated", "recalled", "recall", "drafts", "matched", "precision", "status ok")
	var totC, totR, totD, totM, totS int
	for _, a := range set.Articles {
		d, err := Extract(a.File, readFile(t, filepath.Join("../seeds", a.File)), Options{Known: set})
		if err != nil {
			t.Fatal(err)
		}
		cur := curated(set, a.File)
		// A merge is a draft too: the figure drafted as another source of
		// a known one. It is counted by its value, like any draft; one
		// into a figure of another article is logged for review.
		for _, m := range d.Merges {
			if kf := set.Figure(m.Figure); kf != nil {
				d.Figures = append(d.Figures, Figure{Value: m.Value, Unit: kf.Unit, Status: kf.Status})
				if _, own := cur[m.Figure]; !own {
					t.Logf("  %s: %s (%s) merged into %s of another article", a.File, m.ValueText, m.Quote, m.Figure)
				}
			}
		}
		matches := func(df Figure, id string) bool {
			cf := set.Figure(id)
			for _, v := range cur[id] {
				if sameValue(df.Value, v) && sameUnit(df.Unit, cf.Unit) {
					return true
				}
			}
			return false
		}
		recalled, statusOK := 0, 0
		for id := range cur {
			found, sameStatus := false, false
			for _, df := range d.Figures {
				if matches(df, id) {
					found = true
					sameStatus = sameStatus || df.Status == set.Figure(id).Status
				}
			}
			if sameStatus {
				statusOK++
			}
			if found {
				recalled++
			} else {
				t.Logf("  %s: curated figure %s (%v %s) not drafted", a.File, id, cur[id], set.Figure(id).Unit)
			}
		}
		matched := 0
		for _, df := range d.Figures {
			for id := range cur {
				if matches(df, id) {
					matched++
					break
				}
			}
		}
		recall, precision := ratio(recalled, len(cur)), ratio(matched, len(d.Figures))
		t.Logf("%-28s %7d %8d %6.0f%% %6d %7d %8.0f%% %6d/%-2d", a.File, len(cur), recalled, 100*recall, len(d.Figures), matched, 100*precision, statusOK, recalled)
		if recall < 0.95 {
			t.Errorf("%s: recall %.2f < 0.95", a.File, recall)
		}
		totC, totR, totD, totM, totS = totC+len(cur), totR+recalled, totD+len(d.Figures), totM+matched, totS+statusOK
	}
	t.Logf("%-28s %7d %8d %6.0f%% %6d %7d %8.0f%% %6d/%-2d", "all", totC, totR, 100*ratio(totR, totC), totD, totM, 100*ratio(totM, totD), totS, totR)
	if r := ratio(totR, totC); r < 0.95 {
		t.Errorf("overall recall %.2f < 0.95", r)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestSeedDraftsLoad loads the drafts of all five seed articles in place of
// the curated records, with the entities but not their citations (which
// point into the curated files' world): every draft must load, and every
// number in every article must be covered by a drafted figure or skip.
func TestSeedDraftsLoad(t *testing.T) {
	set := seeds(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "entities.yaml"), entitiesWithoutSources(t))
	// The drafts are tagged with the seeds' entities but not merged into
	// their figures, which this dataset does not hold.
	entities := loadDir(t, dir)
	drafts := map[string]*Draft{}
	for _, a := range set.Articles {
		raw := readFile(t, filepath.Join("../seeds", a.File))
		d, err := Extract(a.File, raw, Options{Known: entities})
		if err != nil {
			t.Fatal(err)
		}
		drafts[a.File] = d
		writeFile(t, filepath.Join(dir, a.File), raw)
		writeFile(t, filepath.Join(dir, strings.TrimSuffix(a.File, ".txt")+".yaml"), draftYAML(t, d))
	}
	loaded := loadDir(t, dir)
	for _, a := range loaded.Articles {
		checkCoverage(t, a, drafts[a.File])
	}
}

// checkCoverage: the loader accounts for every number of a drafted article.
func checkCoverage(t *testing.T, a *data.Article, d *Draft) {
	t.Helper()
	if len(a.Coverage.Uncovered) > 0 {
		t.Errorf("%s: numbers neither drafted nor skipped: %v", a.File, a.Coverage.Uncovered)
	}
	if a.Coverage.Figures+a.Coverage.Skipped != a.Coverage.Found {
		t.Errorf("%s: coverage %+v", a.File, a.Coverage)
	}
	if a.Title != d.Title || a.Published != d.Published {
		t.Errorf("%s: article block read back as %q/%q, drafted %q/%q", a.File, a.Title, a.Published, d.Title, d.Published)
	}
}

// loadDir loads a dataset directory, failing the test with every problem.
func loadDir(t *testing.T, dir string) *data.Set {
	t.Helper()
	set, err := data.Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("draft does not load:\n%v", err)
	}
	return set
}

func draftYAML(t testing.TB, d *Draft) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.WriteYAML(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeFile(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// entitiesWithoutSources is ../seeds/entities.yaml with each item's
// sources removed, so it loads without the seed articles it cites.
func entitiesWithoutSources(t testing.TB) []byte {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(readFile(t, "../seeds/entities.yaml"), &doc); err != nil {
		t.Fatal(err)
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "items" {
			continue
		}
		for _, it := range root.Content[i+1].Content {
			var kept []*yaml.Node
			for j := 0; j+1 < len(it.Content); j += 2 {
				if it.Content[j].Value != "sources" {
					kept = append(kept, it.Content[j], it.Content[j+1])
				}
			}
			it.Content = kept
		}
	}
	out, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var (
	entOnce sync.Once
	entSet  *data.Set
	entErr  error
)

// entitiesOnly is the seeds' places, organisations and people without
// their figures: for drafting sentences copied from the seed articles,
// which the full seeds would (rightly) turn into merges.
func entitiesOnly(t testing.TB) *data.Set {
	t.Helper()
	b := entitiesWithoutSources(t)
	entOnce.Do(func() { entSet, entErr = data.Load(fstest.MapFS{"entities.yaml": {Data: b}}) })
	if entErr != nil {
		t.Fatalf("loading the seed entities: %v", entErr)
	}
	return entSet
}
