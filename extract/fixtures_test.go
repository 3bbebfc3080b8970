package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"go.yaml.in/yaml/v3"

	"ictdash/data"
	"ictdash/data/text"
)

// expectation is a fixture's hand-made expected draft (testdata/*.expect.yaml
// and testdata/lang/*.expect.yaml). The fields after Skipped, and the
// figure fields after Period, are optional: the 10x fixtures predate them
// and TestFixtures does not read them; TestScore does (see score_test.go).
type expectation struct {
	PublishedOption string           `yaml:"published_option"` // Options.Published
	Published       string           `yaml:"published"`
	Outlet          string           `yaml:"outlet"`
	Figures         []expectedFigure `yaml:"figures"`
	Skipped         []struct {
		Text   string `yaml:"text"`
		Reason string `yaml:"reason"` // a part the reason must contain ("a|b": either)
	} `yaml:"skipped"`
	Language string `yaml:"language"` // en, vi or ko
	URL      string `yaml:"url"`      // checked when set
	Title    string `yaml:"title"`    // checked when set: the drafted title must contain it (folded)
	Items    []struct {
		Kind string `yaml:"kind"` // "a|b": either kind is right
		Name string `yaml:"name"`
		Head string `yaml:"head"` // head noun of Name, see labelAccepted
	} `yaml:"items"`
	Entities []struct {
		Kind string `yaml:"kind"`
		Name string `yaml:"name"`
	} `yaml:"entities"`
	Merges []string `yaml:"merges"` // ids of known figures the article reports again
	// Noise lists passages that are not the article's text (related-article
	// headlines, a page's menus): their numbers are neither figures nor skips.
	Noise []string `yaml:"noise"`
}

// expectedFigure is one figure a careful analyst would draft from the text.
type expectedFigure struct {
	ValueText string         `yaml:"value_text"`
	Value     float64        `yaml:"value"`
	ValueMax  float64        `yaml:"value_max"` // a range's upper bound
	Unit      string         `yaml:"unit"`
	Qualifier data.Qualifier `yaml:"qualifier"`
	Status    data.Status    `yaml:"status"`
	Period    string         `yaml:"period"` // checked when set
	// PeriodBasis "publication": the text gives no period, so the right
	// draft dates the figure as of publication and says so.
	PeriodBasis string   `yaml:"period_basis"`
	Label       string   `yaml:"label"` // as an analyst writes it, in the article's language
	Head        string   `yaml:"head"`  // the label's head noun ("a|b": either)
	Places      []string `yaml:"places"`
	Orgs        []string `yaml:"orgs"`
	New         []string `yaml:"new"`   // names of entities the seeds lack that the figure is about
	Items       []string `yaml:"items"` // names of the items it is about
	Also        passages `yaml:"also"`  // passages restating it (headline, repeated lead): one figure, several quotes
	// Context, when the value as written occurs earlier too (a headline),
	// is a passage around it that places it.
	Context string `yaml:"context"`
}

// passages is one passage or a list of them in YAML.
type passages []string

// UnmarshalYAML reads `also: "one passage"` as well as a list.
func (p *passages) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*p = passages{n.Value}
		return nil
	}
	return n.Decode((*[]string)(p))
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
					g.Qualifier != e.Qualifier || g.Status != e.Status || !periodAgrees(g, e) {
					t.Errorf("figure %d: got %q %v %s %s %s %q (%s), want %q %v %s %s %s %q", i+1, g.ValueText, g.Value, g.Unit,
						g.Qualifier, g.Status, g.Period, g.Reason, e.ValueText, e.Value, e.Unit, e.Qualifier, e.Status, e.Period)
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

// periodAgrees says whether g's period is e's, when e gives one. The 10x
// expectations predate PeriodBasis and write an undated figure's as-of
// period as the publication year ("2025"); a draft dating it as of the
// publication date and saying so ("2025-11-05", basis publication) agrees
// with that when the date lies in the year. Nothing else is relaxed.
func periodAgrees(g Figure, e expectedFigure) bool {
	switch {
	case e.Period == "" || g.Period == e.Period:
		return true
	case e.PeriodBasis == "" && g.PeriodBasis == "publication":
		return strings.HasPrefix(g.Period, e.Period+"-")
	}
	return false
}

// TestNoInvention: for the seeds and the fixtures (testdata and
// testdata/lang), every value as written is in its quote, every quote in
// the clean text of the stored article (a saved page's readable text), every skip's text in its
// context and every context in the clean text.
func TestNoInvention(t *testing.T) {
	check := func(name string, raw []byte, opt Options) {
		d, err := Extract(name, raw, opt)
		if err != nil {
			t.Fatal(err)
		}
		if msg := invented(d, data.Clean(string(d.Article)).Text); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
	}
	seedFiles, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range seedFiles {
		check(filepath.Base(f), readFile(t, f), Options{Known: seeds(t)})
	}
	for _, fx := range append(fixtures(t), langFixtures(t)...) {
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
// number of the fixture, and warn once per unreviewed figure, skip, item,
// entity and merge. The text fixtures of testdata/lang are included.
func TestDraftLoads(t *testing.T) {
	for _, fx := range append(fixtures(t), langTextFixtures(t)...) {
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
			// Drafted items, entities and merges are marked for review too.
			// A merge is one sources: entry per statement of it.
			merged := 0
			for _, m := range d.Merges {
				merged += 1 + len(m.Also)
			}
			if want := len(d.Figures) + len(d.Skipped) + len(d.Items) + len(d.Entities) + merged; mine != want {
				t.Errorf("%d review warnings for the draft, want %d (one per figure, skip, item, entity and merged statement)", mine, want)
			}
		})
	}
}

// langTextFixtures are the plain-text fixtures of testdata/lang.
func langTextFixtures(t *testing.T) []fixture {
	var out []fixture
	for _, fx := range langFixtures(t) {
		if filepath.Ext(fx.name) == ".txt" {
			out = append(out, fx)
		}
	}
	return out
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

// labelAccepted says whether a drafted label (or item name) got is one an
// analyst could keep for the expected label want with head noun head. It
// is, when (1) the head noun (one of head's "|"-separated alternatives)
// occurs in got, and (2) at least half of want's content words occur in
// got. Words are runs of letters and digits, lowered; content words are the
// distinct words that are not function words of the language (labelStop), and
// words are compared after text.Fold. A word occurs in got when it is a
// word of got — in English ignoring a final "s" ("project" finds
// "projects") — and a head of several words occurs as a run of words. In
// Korean, where particles attach to nouns and nouns compound (베트남의,
// 인재센터), a word or head occurs when it is part of got's folded text.
// Nothing else: no edit distance, synonyms or translation.
func labelAccepted(got, want, head, lang string) bool {
	g := labelWords(got, lang)
	found := func(w []string) bool {
		if lang == "ko" {
			return len(w) > 0 && strings.Contains(strings.Join(g, " "), strings.Join(w, " "))
		}
		for i := 0; i+len(w) <= len(g) && len(w) > 0; i++ {
			if slices.Equal(g[i:i+len(w)], w) {
				return true
			}
		}
		return false
	}
	headOK := false
	for _, h := range strings.Split(head, "|") {
		headOK = headOK || found(labelWords(h, lang))
	}
	content, n := slices.Compact(slices.Sorted(slices.Values(labelWords(want, lang)))), 0
	for _, w := range content {
		if found([]string{w}) {
			n++
		}
	}
	return headOK && 2*n >= len(content)
}

// labelWords splits s into lowered, folded words without the language's
// function words (dropped before folding: folded Vietnamese "da" is both
// đã and Đà).
func labelWords(s, lang string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if labelStop[lang][w] {
			continue
		}
		w = text.Fold(w)
		if lang == "en" && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	return out
}

// labelStop are the function words per language that labelAccepted does
// not count: articles, prepositions, conjunctions, auxiliaries, hedges.
var labelStop = map[string]map[string]bool{
	"en": labelWordSet("s a an the of in on at to for by from with and or its their his her this that as per into over under than be is are was were which who will would has have had after before about its"),
	"vi": labelWordSet("của và các những tại ở cho với trong được là có đã này một theo từ về đến khi thì mà sẽ cũng để trên dưới hơn khoảng gần do bởi nhằm"),
	"ko": labelWordSet("및 등 약 총"),
}

func labelWordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
