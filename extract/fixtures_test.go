package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"ictdash/data"
)

// expectation is a fixture's hand-made expected draft (testdata/*.expect.yaml).
type expectation struct {
	PublishedOption string `yaml:"published_option"` // Options.Published
	Published       string `yaml:"published"`
	Outlet          string `yaml:"outlet"`
	Figures         []struct {
		ValueText string         `yaml:"value_text"`
		Value     float64        `yaml:"value"`
		Unit      string         `yaml:"unit"`
		Qualifier data.Qualifier `yaml:"qualifier"`
		Status    data.Status    `yaml:"status"`
		Period    string         `yaml:"period"` // checked when set
	} `yaml:"figures"`
	Skipped []struct {
		Text   string `yaml:"text"`
		Reason string `yaml:"reason"` // a part the reason must contain
	} `yaml:"skipped"`
}

type fixture struct {
	name string // article file name
	raw  []byte
	want expectation
}

func fixtures(t *testing.T) []fixture {
	t.Helper()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least three fixture articles in testdata, found %d (%v)", len(files), err)
	}
	var out []fixture
	for _, f := range files {
		fx := fixture{name: filepath.Base(f), raw: readFile(t, f)}
		dec := yaml.NewDecoder(bytes.NewReader(readFile(t, strings.TrimSuffix(f, ".txt")+".expect.yaml")))
		dec.KnownFields(true)
		if err := dec.Decode(&fx.want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, fx)
	}
	return out
}

func (fx fixture) draft(t *testing.T) *Draft {
	t.Helper()
	d, err := Extract(fx.name, fx.raw, Options{Published: fx.want.PublishedOption, Known: seeds(t)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFixtures holds extract to hand-made expectations: exactly the
// expected figures, in order, with the right value as written, value, unit,
// qualifier and status guess (so nothing is invented or missed), and
// exactly the expected skips with the right reasons.
func TestFixtures(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			d := fx.draft(t)
			w := fx.want
			if d.Published != w.Published || d.Outlet != w.Outlet {
				t.Errorf("published %q outlet %q, want %q %q (%s)", d.Published, d.Outlet, w.Published, w.Outlet, d.DateNote)
			}
			for i := range max(len(d.Figures), len(w.Figures)) {
				switch {
				case i >= len(w.Figures):
					t.Errorf("unexpected figure %q (%s)", d.Figures[i].ValueText, d.Figures[i].Quote)
					continue
				case i >= len(d.Figures):
					t.Errorf("figure %q not drafted", w.Figures[i].ValueText)
					continue
				}
				g, e := d.Figures[i], w.Figures[i]
				if g.ValueText != e.ValueText || !sameValue(g.Value, e.Value) || g.Unit != e.Unit ||
					g.Qualifier != e.Qualifier || g.Status != e.Status || (e.Period != "" && g.Period != e.Period) {
					t.Errorf("figure %d: got %q %v %s %s %s %q (%s), want %+v", i+1, g.ValueText, g.Value, g.Unit,
						g.Qualifier, g.Status, g.Period, g.Reason, e)
				}
			}
			for i := range max(len(d.Skipped), len(w.Skipped)) {
				switch {
				case i >= len(w.Skipped):
					t.Errorf("unexpected skip %q: %s", d.Skipped[i].Text, d.Skipped[i].Reason)
				case i >= len(d.Skipped):
					t.Errorf("skip %q missing", w.Skipped[i].Text)
				case d.Skipped[i].Text != w.Skipped[i].Text || !strings.Contains(d.Skipped[i].Reason, w.Skipped[i].Reason):
					t.Errorf("skip %d: got %q (%s), want %q with a reason containing %q", i+1,
						d.Skipped[i].Text, d.Skipped[i].Reason, w.Skipped[i].Text, w.Skipped[i].Reason)
				}
			}
		})
	}
}

// TestNoInvention: for the seeds and the fixtures, every value as written is
// in its quote, every quote in the clean text, every skip's text in its
// context and every context in the clean text.
func TestNoInvention(t *testing.T) {
	check := func(name string, raw []byte, opt Options) {
		d, err := Extract(name, raw, opt)
		if err != nil {
			t.Fatal(err)
		}
		if msg := invented(d, data.Clean(string(raw)).Text); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
	}
	seedFiles, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range seedFiles {
		check(filepath.Base(f), readFile(t, f), Options{Known: seeds(t)})
	}
	for _, fx := range fixtures(t) {
		check(fx.name, fx.raw, Options{Published: fx.want.PublishedOption, Known: seeds(t)})
	}
}

// invented describes the first passage of d not found where it must be.
func invented(d *Draft, clean string) string {
	for _, f := range d.Figures {
		switch {
		case f.ValueText == "" || !strings.Contains(f.Quote, f.ValueText):
			return "value as written " + f.ValueText + " not in its quote " + f.Quote
		case f.Quote == "" || !strings.Contains(clean, f.Quote):
			return "quote not in the clean text: " + f.Quote
		}
	}
	for _, s := range d.Skipped {
		switch {
		case s.Text == "" || !strings.Contains(s.Context, s.Text):
			return "skipped " + s.Text + " not in its context " + s.Context
		case s.Context == "" || !strings.Contains(clean, s.Context):
			return "skip context not in the clean text: " + s.Context
		}
	}
	return ""
}

// TestDraftLoads writes each fixture and its drafted record file into a
// dataset with the seeds (whose entities.yaml defines the ids drafts tag
// with, and cites the seed articles): it must load, account for every
// number of the fixture, and warn once per unreviewed figure and skip.
func TestDraftLoads(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(fx.name, func(t *testing.T) {
			dir := t.TempDir()
			seedFiles, _ := filepath.Glob("../seeds/*")
			for _, f := range seedFiles {
				if ext := filepath.Ext(f); ext == ".txt" || ext == ".yaml" {
					writeFile(t, filepath.Join(dir, filepath.Base(f)), readFile(t, f))
				}
			}
			d := fx.draft(t)
			writeFile(t, filepath.Join(dir, fx.name), fx.raw)
			writeFile(t, filepath.Join(dir, strings.TrimSuffix(fx.name, ".txt")+".yaml"), draftYAML(t, d))
			set := loadDir(t, dir)
			a := set.Article(fx.name)
			checkCoverage(t, a, d)
			if a.Outlet != d.Outlet || a.DateNote != d.DateNote {
				t.Errorf("article block read back as %q/%q", a.Outlet, a.DateNote)
			}
			for _, f := range d.Figures {
				g := set.Figure(f.ID)
				if g == nil || g.ValueText != f.ValueText || !sameValue(g.Value, f.Value) || g.Status != f.Status || g.Period != f.Period {
					t.Errorf("figure %s read back as %+v", f.ID, g)
				}
			}
			var mine int
			for _, w := range set.Unreviewed() {
				if strings.Contains(w, strings.TrimSuffix(fx.name, ".txt")+".yaml") {
					mine++
				}
			}
			if want := len(d.Figures) + len(d.Skipped); mine != want {
				t.Errorf("%d review warnings for the draft, want %d (one per figure and skip)", mine, want)
			}
		})
	}
}

// TestWriteJSON checks the JSON draft's shape: the export contract's
// figure fields, arrays never null, derived false and a review object.
func TestWriteJSON(t *testing.T) {
	fx := fixtures(t)[0]
	var b bytes.Buffer
	if err := fx.draft(t).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Figures []map[string]any `yaml:"figures"`
		Skipped []map[string]any `yaml:"skipped"`
	}
	if err := yaml.Unmarshal(b.Bytes(), &doc); err != nil { // JSON is YAML
		t.Fatal(err)
	}
	if len(doc.Figures) == 0 || len(doc.Skipped) == 0 {
		t.Fatalf("no figures or skips in %s", b.String())
	}
	for _, f := range doc.Figures {
		for _, k := range []string{"id", "label", "value", "value_text", "unit", "qualifier", "status", "period", "places", "orgs", "items", "sources", "derived", "review"} {
			if _, ok := f[k]; !ok {
				t.Errorf("figure %v has no %q", f["id"], k)
			}
		}
		if f["derived"] != false || f["items"] == nil || f["places"] == nil {
			t.Errorf("figure %v: derived %v items %v places %v", f["id"], f["derived"], f["items"], f["places"])
		}
		rv, _ := f["review"].(map[string]any)
		if c, ok := rv["confidence"].(float64); !ok || c <= 0 || c > 1 || rv["reason"] == "" {
			t.Errorf("figure %v: review %v", f["id"], f["review"])
		}
		srcs, _ := f["sources"].([]any)
		if len(srcs) != 1 || srcs[0].(map[string]any)["article"] != fx.name {
			t.Errorf("figure %v: sources %v", f["id"], f["sources"])
		}
	}
	if _, err := os.Stat("testdata"); err != nil {
		t.Fatal(err)
	}
}
