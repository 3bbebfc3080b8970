package data

import (
	"strings"
	"testing"
	"testing/fstest"
)

const fixtureArticle = "Korea invests in Da Nang\n\n12/06/2024    44\n\nKorean firms put US$5 million into 12 projects in Da Nang, nearly 20 of them new.\n"

// fixtureRecords is a valid record file; each malformed case edits one line,
// so the line numbers below are stable.
const fixtureRecords = `article:
  file: a.txt
  title: Korea invests in Da Nang
  outlet: Test News
  published: "2024-06-12"
items:
  - id: da-nang
    kind: place
    name: Đà Nẵng
    aliases: [Da Nang]
  - id: korean-investment
    kind: investment
    name: Korean investment in Da Nang
    places: [da-nang]
    sources:
      - quote: Korean firms put US$5 million into 12 projects
figures:
  - id: investment-value
    label: Korean investment in Da Nang
    value_text: US$5 million
    value: 5000000
    unit: USD
    status: actual
    period: "2024"
    items: [korean-investment]
    sources:
      - quote: Korean firms put US$5 million into 12 projects
  - id: investment-projects
    label: Korean projects
    value_text: 12 projects
    value: 12
    unit: count
    status: actual
    sources:
      - quote: into 12 projects in Da Nang
  - id: new-projects
    label: New projects
    value_text: nearly 20
    value: 20
    unit: count
    qualifier: nearly
    status: actual
    sources:
      - quote: nearly 20 of them new
  - id: value-per-project
    label: Investment per project
    derived: true
    formula: investment-value / investment-projects
    value: 416666.67
    unit: USD
    status: actual
`

func fixture(records string, extra ...string) fstest.MapFS {
	fsys := fstest.MapFS{
		"a.txt":  {Data: []byte(fixtureArticle)},
		"a.yaml": {Data: []byte(records)},
	}
	for i := 0; i+1 < len(extra); i += 2 {
		fsys[extra[i]] = &fstest.MapFile{Data: []byte(extra[i+1])}
	}
	return fsys
}

func TestLoadFixture(t *testing.T) {
	set, err := Load(fixture(fixtureRecords))
	if err != nil {
		t.Fatalf("valid fixture: %v", err)
	}
	if len(set.Figures) != 4 || len(set.Items) != 2 {
		t.Fatalf("got %d figures, %d items", len(set.Figures), len(set.Items))
	}
	f := set.Figure("investment-value")
	if f.Sources[0].Article != "a.txt" || f.Sources[0].Quote == "" {
		t.Errorf("source not defaulted to the file's article: %+v", f.Sources[0])
	}
	raw := set.Article("a.txt").Raw
	if got := raw[f.Sources[0].RawOffset:]; !strings.HasPrefix(got, f.Sources[0].Quote) {
		t.Errorf("raw offset points at %q", got[:20])
	}
	if d := set.Figure("value-per-project"); !d.Derived || strings.Join(d.Inputs, ",") != "investment-value,investment-projects" {
		t.Errorf("derived inputs: %+v", d.Inputs)
	}
}

// edit replaces one exact line of the fixture, failing if it is absent.
func edit(t *testing.T, old, new string) string {
	t.Helper()
	if !strings.Contains(fixtureRecords, old) {
		t.Fatalf("fixture has no %q", old)
	}
	return strings.Replace(fixtureRecords, old, new, 1)
}

func TestLoadMalformed(t *testing.T) {
	cases := []struct {
		name, old, new string
		extra          []string
		want           []string // substrings of the error, each "file:line..." first
	}{
		{"quote not in article", "      - quote: into 12 projects in Da Nang", "      - quote: into 13 projects in Da Nang",
			nil, []string{"a.yaml:35:16:", "quote not found in a.txt"}},
		{"quote only in removed noise", "      - quote: into 12 projects in Da Nang", "      - quote: 12/06/2024",
			nil, []string{"a.yaml:35:16:", "not in its clean text"}},
		{"value as written not in quote", "    value_text: 12 projects", "    value_text: 14 projects",
			nil, []string{"a.yaml:35:16:", `"14 projects" is not in the quote`}},
		{"normalised value wrong", "    value: 5000000", "    value: 500000",
			nil, []string{"a.yaml:21:", "value 500000 does not match \"US$5 million\""}},
		{"qualifier wrong", "    qualifier: nearly", "    qualifier: over",
			nil, []string{"a.yaml:44:", "qualifier over does not match"}},
		{"unit wrong", "    unit: USD\n    status: actual\n    period", "    unit: percent\n    status: actual\n    period",
			nil, []string{"a.yaml:27:", "unit percent does not match"}},
		{"duplicate id across files", "", "",
			[]string{"b.yaml", "items:\n  - id: da-nang\n    kind: place\n    name: Da Nang again\n"},
			[]string{"b.yaml:2:", `duplicate id "da-nang" (first defined at a.yaml:7)`}},
		{"reference does not resolve", "    places: [da-nang]", "    places: [hanoi]",
			nil, []string{"a.yaml:14:", `places: "hanoi" is not defined; add it to entities.yaml (or this file's items) as: {id: hanoi, kind: place, name: …}`}},
		{"reference of wrong kind", "    places: [da-nang]", "    places: [korean-investment]",
			nil, []string{"a.yaml:14:", `"korean-investment" is a investment, not a place`}},
		{"date does not parse", `    period: "2024"`, `    period: "2024-13"`,
			nil, []string{"a.yaml:24:", `period "2024-13" is not an ISO date`}},
		{"published does not parse", `  published: "2024-06-12"`, `  published: "12/06/2024"`,
			nil, []string{"a.yaml:5:", "is not an ISO date"}},
		{"unknown field", "    status: actual\n    period", "    status: actual\n    colour: red\n    period",
			nil, []string{"a.yaml:24:", `unknown field "colour"`}},
		{"wrong type", "    value: 12\n", "    value: twelve\n",
			nil, []string{"a.yaml:31:12:", `expected a number, found "twelve"`}},
		{"missing field", "    label: Korean projects\n", "",
			nil, []string{"a.yaml:28:", `missing required field "label"`}},
		{"yaml syntax", "    kind: place\n", "    kind: [place\n",
			nil, []string{"a.yaml:", "YAML syntax"}},
		{"derived formula disagrees", "    value: 416666.67", "    value: 400000",
			nil, []string{"a.yaml:49:12:", "does not match the formula, which gives 416666.6667"}},
		{"derived formula unknown id", "investment-value / investment-projects", "investment-value / investment-count",
			nil, []string{"a.yaml:48:14:", `formula: no figure has id "investment-count"`}},
		{"reported figure without source", "      - quote: nearly 20 of them new\n", "",
			nil, []string{"a.yaml:", `figure "new-projects" has no sources`}},
		{"unknown article", "  file: a.txt", "  file: b.txt",
			nil, []string{"a.yaml:2:", `article file "b.txt" is not in the dataset`, "a.txt: no record file describes this article"}},
		{"article not UTF-8", "", "",
			[]string{"c.txt", "ok\nbad \xff byte\n"}, []string{"c.txt:2: article is not valid UTF-8"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			records := fixtureRecords
			if tc.old != "" {
				records = edit(t, tc.old, tc.new)
			}
			set, err := Load(fixture(records, tc.extra...))
			if err == nil {
				t.Fatal("loaded a malformed dataset without error")
			}
			if set != nil {
				t.Error("returned a half-loaded set alongside the error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestLoadReportsAllProblemsAtOnce(t *testing.T) {
	records := strings.Replace(fixtureRecords, "    value: 5000000", "    value: 1", 1)
	records = strings.Replace(records, "    places: [da-nang]", "    places: [nowhere]", 1)
	records = strings.Replace(records, `    period: "2024"`, `    period: "soon"`, 1)
	_, err := Load(fixture(records))
	ps, ok := err.(Problems)
	if !ok || len(ps) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i-1].Line > ps[i].Line {
			t.Errorf("problems not in line order: %v", err)
		}
	}
}

func TestConflictFlagged(t *testing.T) {
	records := strings.Replace(fixtureRecords, "      - quote: nearly 20 of them new\n",
		"      - quote: nearly 20 of them new\n      - quote: 12 projects in Da Nang, nearly 20\n        value_text: 12 projects\n        value: 12\n        qualifier: exact\n", 1)
	set, err := Load(fixture(records))
	if err != nil {
		t.Fatal(err)
	}
	c := set.Figure("new-projects").Conflict
	if !strings.Contains(c, `"nearly 20"`) || !strings.Contains(c, `"12 projects"`) {
		t.Errorf("conflict not described: %q", c)
	}
	if set.Figure("investment-value").Conflict != "" {
		t.Error("single-source figure flagged as conflicting")
	}
}

func TestCoverageCountsEveryNumber(t *testing.T) {
	set, err := Load(fixture(fixtureRecords))
	if err != nil {
		t.Fatal(err)
	}
	cov := set.Article("a.txt").Coverage
	// US$5 million, 12 projects, nearly 20 are figures; nothing is skipped.
	if cov.Figures != 3 || len(cov.Uncovered) != 0 {
		t.Errorf("coverage %+v", cov)
	}
	withSkip := fixtureRecords + "skipped:\n  - text: \"20\"\n    context: nearly 20 of them\n    reason: test\n"
	withSkip = strings.Replace(withSkip, "      - quote: nearly 20 of them new\n", "      - quote: nearly 20 of them new\n", 1)
	if _, err := Load(fixture(withSkip)); err != nil {
		t.Fatal(err)
	}
}

func TestReviewMarkersWarn(t *testing.T) {
	records := strings.Replace(fixtureRecords, "    label: Korean projects\n",
		"    label: Korean projects\n    review: \"draft, confidence 0.5: bare count\"\n", 1)
	set, err := Load(fixture(records))
	if err != nil {
		t.Fatalf("a draft with a review marker must load: %v", err)
	}
	warn := set.Unreviewed()
	if len(warn) != 1 || !strings.Contains(warn[0], "a.yaml:28: figure investment-projects is an unreviewed draft") {
		t.Errorf("warnings: %q", warn)
	}
	if set.Figure("investment-projects").Review == "" {
		t.Error("review marker not kept on the figure")
	}
}
