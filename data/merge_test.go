package data

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// The same fact in three articles: a Vietnam News report defines the
// figures; a VnExpress and a Yonhap report of it add their passages as
// merged sources (a top-level sources: list).
const (
	mergeEN = "Korean investors eye Đà Nẵng\n\nKorean firms have 279 projects worth US$382 million in Đà Nẵng, the city's investment office said.\n"
	mergeVI = "Doanh nghiệp Hàn Quốc rót vốn vào Đà Nẵng\n\nĐà Nẵng hiện có 279 dự án của doanh nghiệp Hàn Quốc với tổng vốn 382 triệu USD.\n"
	mergeKO = "다낭, 한국 투자 확대\n\n다낭에는 한국 기업의 투자 프로젝트 279건이 있으며 투자액은 3억8천200만 달러에 이른다.\n"
)

const mergeFigures = `article: {file: en.txt, title: Korean investors eye Đà Nẵng, outlet: Vietnam News, published: "2024-06-12"}
figures:
- {id: dn-projects, label: Korean investment projects in Đà Nẵng, value_text: 279 projects, value: 279, unit: count, status: actual, sources: [{quote: Korean firms have 279 projects}]}
- {id: dn-capital, label: Korean investment capital in Đà Nẵng, value_text: US$382 million, value: 382000000, unit: USD, status: actual, sources: [{quote: worth US$382 million}]}
- {id: dn-capital-per-project, label: Capital per project, derived: true, formula: dn-capital / dn-projects, value: 1369175.63, unit: USD, status: actual}
`

const mergeVIRecords = `article:
  file: vi.txt
  title: Doanh nghiệp Hàn Quốc rót vốn vào Đà Nẵng
  outlet: VnExpress
  language: vi
sources:
  - figure: dn-projects
    quote: Đà Nẵng hiện có 279 dự án
    value_text: 279 dự án
  - figure: dn-capital
    quote: với tổng vốn 382 triệu USD
    value_text: 382 triệu USD
    review: "draft, confidence 0.80: same value, unit and place as dn-capital"
`

const mergeKORecords = `article:
  file: ko.txt
  title: 다낭, 한국 투자 확대
  outlet: Yonhap
  language: ko
sources:
  - figure: dn-projects
    quote: 한국 기업의 투자 프로젝트 279건
    value_text: 279건
  - figure: dn-capital
    quote: 투자액은 3억8천200만 달러
    value_text: 3억8천200만 달러
`

// mergeKOCompact is mergeKORecords in the compact form (see yamlfast.go),
// which must read the same.
const mergeKOCompact = `article: {file: ko.txt, title: "다낭, 한국 투자 확대", outlet: Yonhap, language: ko}
sources:
- {figure: dn-projects, quote: 한국 기업의 투자 프로젝트 279건, value_text: "279건"}
- {figure: dn-capital, quote: 투자액은 3억8천200만 달러, value_text: 3억8천200만 달러}
`

// mergeFS is the three articles, with the figures' record file under the
// given name: its place in directory order must not matter.
func mergeFS(figuresFile, viRecords, koRecords string) fstest.MapFS {
	return fstest.MapFS{
		"en.txt": {Data: []byte(mergeEN)}, figuresFile: {Data: []byte(mergeFigures)},
		"vi.txt": {Data: []byte(mergeVI)}, "vi.yaml": {Data: []byte(viRecords)},
		"ko.txt": {Data: []byte(mergeKO)}, "ko.yaml": {Data: []byte(koRecords)},
	}
}

func TestMergedSourcesJoinTheirFigure(t *testing.T) {
	// a.yaml is read before the merges, z.yaml after them.
	for _, c := range []struct{ figuresFile, ko string }{
		{"a.yaml", mergeKORecords}, {"z.yaml", mergeKORecords}, {"a.yaml", mergeKOCompact}, {"z.yaml", mergeKOCompact},
	} {
		if _, compact := parseCompact(c.ko); compact != (c.ko == mergeKOCompact) {
			t.Fatal("fixture: the compact form is not read by the fast path")
		}
		form := map[bool]string{true: "compact", false: "block"}[c.ko == mergeKOCompact]
		t.Run(c.figuresFile+"/"+form, func(t *testing.T) {
			set, err := Load(mergeFS(c.figuresFile, mergeVIRecords, c.ko))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				id    string
				texts []string
			}{
				// The figure's own source, then the merges in directory order.
				{"dn-projects", []string{"279 projects", "279건", "279 dự án"}},
				{"dn-capital", []string{"US$382 million", "3억8천200만 달러", "382 triệu USD"}},
			} {
				f := set.Figure(c.id)
				var got []string
				for i, s := range f.Sources {
					got = append(got, s.ValueText)
					if merged := s.Merged != nil; merged != (i > 0) {
						t.Errorf("%s source %d: merged %v", c.id, i, merged)
					}
					if s.Quote == "" || !strings.Contains(set.Article(s.Article).Clean.Text[s.Offset:], s.Quote) {
						t.Errorf("%s source %d not placed in %s", c.id, i, s.Article)
					}
				}
				if strings.Join(got, "|") != strings.Join(c.texts, "|") || f.Conflict != "" {
					t.Errorf("%s: sources %q, conflict %q", c.id, got, f.Conflict)
				}
			}
			// The numbers the merges cite count as covered.
			for _, file := range []string{"vi.txt", "ko.txt"} {
				if cov := set.Article(file).Coverage; cov.Figures != 2 || len(cov.Uncovered) != 0 {
					t.Errorf("%s coverage %+v", file, cov)
				}
			}
		})
	}
}

func TestMergedSourceConflict(t *testing.T) {
	vi := strings.Replace(mergeVI, "có 279 dự án", "có khoảng 280 dự án", 1)
	records := strings.Replace(mergeVIRecords, "    quote: Đà Nẵng hiện có 279 dự án\n    value_text: 279 dự án\n",
		"    quote: Đà Nẵng hiện có khoảng 280 dự án\n    value_text: khoảng 280 dự án\n    value: 280\n    qualifier: about\n", 1)
	fsys := mergeFS("a.yaml", records, mergeKORecords)
	fsys["vi.txt"] = &fstest.MapFile{Data: []byte(vi)}
	set, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	c := set.Figure("dn-projects").Conflict
	if !strings.Contains(c, `en.txt says "279 projects"`) || !strings.Contains(c, `vi.txt says "khoảng 280 dự án"`) {
		t.Errorf("conflict %q", c)
	}
}

func TestMergedSourceProblems(t *testing.T) {
	bad := `article: {file: ko.txt, title: T, outlet: Yonhap, language: ko}
sources:
  - figure: dn-project
    quote: 한국 기업의 투자 프로젝트 279건
  - figure: dn-capital-per-project
    quote: 투자액은 3억8천200만 달러
  - figure: dn-capital
    quote: 투자액은 3억8천300만 달러
  - figure: dn-capital
    quote: 투자액은 3억8천200만 달러
    value_text: 3억 달러
  - figure: dn-projects
    quote: 한국 기업의 투자 프로젝트 279건
    value_text: 279건
    value: 297
  - quote: 279건
`
	_, err := Load(mergeFS("a.yaml", mergeVIRecords, bad))
	ps, _ := err.(Problems)
	want := []string{
		`ko.yaml:3:13: sources: figure "dn-project" is not defined; did you mean "dn-projects"?`,
		`ko.yaml:5:13: sources: figure "dn-capital-per-project" is derived`,
		`ko.yaml:8:12: quote not found in ko.txt`,
		`ko.yaml:11:17: the value as written "3억 달러" is not in the quote`,
		`ko.yaml:15:12: value 297 does not match "279건"`,
		`ko.yaml:16:5: missing required field "figure"`,
	}
	if len(ps) != len(want) {
		t.Fatalf("want %d problems, all at once, got:\n%v", len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(ps[i].String(), w) {
			t.Errorf("problem %d: %s\nwant %s…", i, ps[i], w)
		}
	}
}

func TestReviewMarkersOnItemsAndMerges(t *testing.T) {
	figures := strings.Replace(mergeFigures, "figures:\n", `items:
- {id: dn-korean-investment, kind: investment, name: Korean investment in Đà Nẵng, review: "draft, confidence 0.60: figures about one investment"}
- {id: da-nang, kind: place, name: Đà Nẵng, aliases: [Da Nang], review: "draft: place not in the dataset"}
- {id: hanoi, kind: place, name: Hà Nội}
figures:
`, 1)
	fsys := mergeFS("a.yaml", mergeVIRecords, mergeKORecords)
	fsys["a.yaml"] = &fstest.MapFile{Data: []byte(figures)}
	set, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if d := set.Drafts(); d != (Drafts{Items: 1, Entities: 1, Sources: 1}) {
		t.Errorf("drafts %+v", d)
	}
	warn := strings.Join(set.Unreviewed(), "\n")
	for _, w := range []string{"a.yaml:3: item dn-korean-investment is an unreviewed draft", "a.yaml:4: entity da-nang is an unreviewed draft",
		"vi.yaml:10: source of figure dn-capital in vi.txt is an unreviewed draft"} {
		if !strings.Contains(warn, w) {
			t.Errorf("warnings lack %q:\n%s", w, warn)
		}
	}
	var doc struct {
		Items []struct {
			ID     string
			Review string
		}
		Figures []struct {
			ID      string
			Sources []struct{ Review string }
		}
	}
	b, _ := json.Marshal(set.Export())
	json.Unmarshal(b, &doc)
	reviews := map[string]string{}
	for _, it := range doc.Items {
		reviews[it.ID] = it.Review
	}
	for _, f := range doc.Figures {
		for i, s := range f.Sources {
			reviews[f.ID+string(rune('0'+i))] = s.Review
		}
	}
	if reviews["da-nang"] == "" || reviews["hanoi"] != "" || reviews["dn-capital2"] == "" || reviews["dn-capital1"] != "" {
		t.Errorf("export reviews %q", reviews)
	}
	if strings.Contains(string(b), `"review":""`) {
		t.Error("an empty review is exported; it is omitted")
	}
}

func TestDraftsString(t *testing.T) {
	for _, c := range []struct {
		d    Drafts
		want string
	}{
		{Drafts{Figures: 12, Skipped: 3, Items: 1, Entities: 1}, "17 drafts to review (12 figures, 3 skipped, 1 item, 1 entity)"},
		{Drafts{Figures: 1}, "1 draft to review (1 figure)"},
		{Drafts{Entities: 2, Sources: 1}, "3 drafts to review (2 entities, 1 merged source)"},
	} {
		if got := c.d.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.d, got, c.want)
		}
	}
}
