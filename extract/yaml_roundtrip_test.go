package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"ictdash/data"
)

// roundTripArticle names a plant, an organisation and a province the seeds
// lack, restates a seed figure (279 projects in Đà Nẵng), and repeats its
// lead sentence, as syndicated copies often do.
const roundTripArticle = `Hana Micron picks Bắc Ninh for chip plant

Hana Micron Co. will invest US$1.5 billion in a semiconductor packaging plant in Bắc Ninh Province.

Korean investors already have 279 projects worth US$382 million in Đà Nẵng, the city said.

The plant will employ about 2,000 engineers.

Hana Micron Co. will invest US$1.5 billion in a semiconductor packaging plant in Bắc Ninh Province.
`

// TestDraftRoundTrip writes a draft with items, entities, a merge and a
// figure with a further quote beside the seeds, loads it with the
// dataset's loader, and checks that each came back as written.
func TestDraftRoundTrip(t *testing.T) {
	const file = "900_roundtrip.txt"
	d, err := Extract(file, []byte(roundTripArticle), Options{Published: "2024-07-01", Known: seeds(t)})
	if err != nil {
		t.Fatal(err)
	}
	foldRepeatForTest(d)
	if len(d.Items) == 0 || len(d.Entities) == 0 || len(d.Merges) == 0 {
		t.Fatalf("want items, entities and merges; got %d, %d, %d", len(d.Items), len(d.Entities), len(d.Merges))
	}
	fsys := fstest.MapFS{
		file:                 {Data: []byte(roundTripArticle)},
		"900_roundtrip.yaml": {Data: draftYAML(t, d)},
		"entities.yaml":      {Data: readFile(t, "../seeds/entities.yaml")},
	}
	seedFiles, _ := filepath.Glob("../seeds/0*")
	for _, p := range seedFiles {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fsys[filepath.Base(p)] = &fstest.MapFile{Data: b}
	}
	set, err := data.Load(fsys)
	if err != nil {
		t.Fatalf("draft does not load beside the seeds:\n%v\n%s", err, draftYAML(t, d))
	}
	for _, it := range d.Items {
		if got := set.Item(it.ID); got == nil || got.Kind != it.Kind || got.Name != it.Name {
			t.Errorf("item %s read back as %+v", it.ID, got)
		}
	}
	for _, e := range d.Entities {
		if got := set.Item(e.ID); got == nil || got.Kind != e.Kind || !slices.Equal(got.Aliases, e.Aliases) {
			t.Errorf("entity %s read back as %+v", e.ID, got)
		}
	}
	for _, m := range d.Merges {
		g := set.Figure(m.Figure)
		if g == nil || !slices.ContainsFunc(g.Sources, func(s data.Source) bool { return s.Article == file && s.Quote == m.Quote }) {
			t.Errorf("merge into %s: no source from %s in %+v", m.Figure, file, g)
		}
	}
	for _, f := range d.Figures {
		g := set.Figure(f.ID)
		if g == nil || len(g.Sources) != 1+len(f.Also) || !slices.Equal(g.Items, f.Items) {
			t.Errorf("figure %s read back as %+v", f.ID, g)
		}
	}
	if a := set.Article(file); a == nil || len(a.Coverage.Uncovered) > 0 {
		t.Errorf("numbers left uncovered: %+v", a)
	}
	checkJSONDraft(t, d)
}

// foldRepeatForTest folds the repeated lead's figures into the first
// ones' further quotes, as foldRepeats does, so that the writer's Also
// path is exercised whatever foldRepeats drafts.
func foldRepeatForTest(d *Draft) {
	var kept []Figure
	for _, f := range d.Figures {
		i := slices.IndexFunc(kept, func(k Figure) bool { return k.ValueText == f.ValueText && k.Quote != f.Quote })
		if i >= 0 && strings.Contains(f.Quote, f.ValueText) {
			kept[i].Also = append(kept[i].Also, f.Quote)
			continue
		}
		kept = append(kept, f)
	}
	d.Figures = kept
}

// checkJSONDraft: the JSON draft keeps its contract fields and adds the
// items, entities and merges arrays.
func checkJSONDraft(t *testing.T, d *Draft) {
	t.Helper()
	var b bytes.Buffer
	if err := d.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"article", "figures", "skipped", "items", "entities", "merges"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("JSON draft lacks %q", k)
		}
	}
	var figs []map[string]any
	_ = json.Unmarshal(doc["figures"], &figs)
	for _, f := range figs {
		for _, k := range []string{"id", "label", "value", "value_text", "unit", "qualifier", "status", "period", "places", "orgs", "items", "sources", "derived", "review"} {
			if _, ok := f[k]; !ok {
				t.Errorf("JSON figure lacks %q: %v", k, f)
			}
		}
	}
}
