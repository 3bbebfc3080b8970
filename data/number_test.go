package data

import (
	"strings"
	"testing"
	"testing/fstest"
)

// numberDataset is one article with one figure: the figure's lines are
// the test's, the rest is fixed.
func numberDataset(article, language, figure string) fstest.MapFS {
	block := "article:\n  file: a.txt\n  title: T\n  outlet: O\n"
	if language != "" {
		block += "  language: " + language + "\n"
	}
	return fstest.MapFS{
		"a.txt":  {Data: []byte(article)},
		"a.yaml": {Data: []byte(block + "figures:\n  - id: f\n    label: L\n    status: actual\n" + figure)},
	}
}

func TestLoaderReadsNumbersInTheArticlesLanguage(t *testing.T) {
	const vi = "Đầu tư Hàn Quốc\n\nCác doanh nghiệp Hàn Quốc đã rót 2,5 tỷ USD vào 10.000 dự án tại Đà Nẵng, khoảng 20% trong số đó là mới.\n"
	const ko = "한국 투자\n\n삼성전자는 베트남에 2조5000억 원을 투자했으며 74만 명 이상이 교육을 받았다.\n"
	const en = "Korean investment\n\nKorean firms put US$20-30 million into at least 4,000 jobs, while fees were no more than 7 euros per share.\n"
	ok := []struct {
		name, article, lang, figure string
	}{
		{"vi decimal comma and tỷ", vi, "vi", "    value_text: 2,5 tỷ USD\n    value: 2500000000\n    unit: USD\n    sources: [{quote: \"đã rót 2,5 tỷ USD\"}]\n"},
		{"vi thousands point", vi, "vi", "    value_text: 10.000\n    value: 10000\n    unit: count\n    sources: [{quote: vào 10.000 dự án}]\n"},
		{"vi detected, not stated", vi, "", "    value_text: 10.000\n    value: 10000\n    unit: count\n    sources: [{quote: vào 10.000 dự án}]\n"},
		{"vi hedge", vi, "vi", "    value_text: khoảng 20%\n    value: 20\n    unit: percent\n    qualifier: about\n    sources: [{quote: khoảng 20% trong số đó}]\n"},
		{"ko 조 and 억", ko, "ko", "    value_text: 2조5000억 원\n    value: 2500000000000\n    unit: KRW\n    sources: [{quote: 2조5000억 원을 투자했으며}]\n"},
		{"ko 만 명 이상", ko, "ko", "    value_text: 74만 명 이상\n    value: 740000\n    unit: count\n    qualifier: at_least\n    sources: [{quote: 74만 명 이상이}]\n"},
		{"en range keeps both bounds", en, "en", "    value_text: US$20-30 million\n    value: 20000000\n    value_max: 30000000\n    unit: USD\n    sources: [{quote: put US$20-30 million}]\n"},
		{"en at least", en, "", "    value_text: at least 4,000\n    value: 4000\n    unit: count\n    qualifier: at_least\n    noun: jobs\n    sources: [{quote: \"at least 4,000 jobs\"}]\n"},
		{"en no more than is up to", en, "", "    value_text: no more than 7 euros\n    value: 7\n    unit: EUR\n    qualifier: up_to\n    per: share\n    sources: [{quote: no more than 7 euros per share}]\n"},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			set, err := Load(numberDataset(c.article, c.lang, c.figure))
			if err != nil {
				t.Fatalf("does not load:\n%v", err)
			}
			if c.lang != "" && set.Article("a.txt").Language != c.lang {
				t.Errorf("language %q, want %q", set.Article("a.txt").Language, c.lang)
			}
		})
	}
	if set, _ := Load(numberDataset(vi, "", "    value_text: 10.000\n    value: 10000\n    unit: count\n    sources: [{quote: vào 10.000 dự án}]\n")); set != nil && set.Article("a.txt").Language != "vi" {
		t.Errorf("detected language %q, want vi", set.Article("a.txt").Language)
	}
	bad := []struct {
		name, article, lang, figure, want string
	}{
		// Read as English, "10.000" is ten: the stated language decides.
		{"vi number read as en", vi, "en", "    value_text: 10.000\n    value: 10000\n    unit: count\n    sources: [{quote: vào 10.000 dự án}]\n", "a.yaml:11:12: value 10000 does not match"},
		{"range without its upper bound", en, "", "    value_text: US$20-30 million\n    value: 20000000\n    unit: USD\n    sources: [{quote: put US$20-30 million}]\n", `value_max 0 does not match "US$20-30 million", a range up to 30000000`},
		{"upper bound on a single value", en, "", "    value_text: at least 4,000\n    value: 4000\n    value_max: 5000\n    unit: count\n    qualifier: at_least\n    sources: [{quote: \"at least 4,000 jobs\"}]\n", "is not a range"},
		{"no more than is not more_than", en, "", "    value_text: no more than 7 euros\n    value: 7\n    unit: EUR\n    qualifier: more_than\n    sources: [{quote: no more than 7 euros per share}]\n", "qualifier more_than does not match"},
		{"euros are not dollars", en, "", "    value_text: no more than 7 euros\n    value: 7\n    unit: USD\n    qualifier: up_to\n    sources: [{quote: no more than 7 euros per share}]\n", "unit USD does not match"},
		{"unknown language", en, "fr", "    value_text: at least 4,000\n    value: 4000\n    unit: count\n    qualifier: at_least\n    sources: [{quote: \"at least 4,000 jobs\"}]\n", `language "fr" is not one of en, vi, ko`},
		{"new qualifier names are checked", en, "", "    value_text: at least 4,000\n    value: 4000\n    unit: count\n    qualifier: at_leeast\n    sources: [{quote: \"at least 4,000 jobs\"}]\n", "qualifier \"at_leeast\" is not one of exact, about, nearly, over, more_than, at_least, up_to, less_than"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			set, err := Load(numberDataset(c.article, c.lang, c.figure))
			wantProblem(t, set, err, c.want)
		})
	}
}

func TestAmbiguousReadingSaysWhy(t *testing.T) {
	// A "$" in a text that names the Singapore dollar, a "1.000" in a text
	// of no known language: a record that disagrees with the reading is
	// told why the reading is uncertain.
	article := "Deal\n\n1.000 2,5\n"
	set, err := Load(numberDataset(article, "", "    value_text: \"1.000\"\n    value: 1000\n    unit: count\n    sources: [{quote: \"1.000\"}]\n"))
	wantProblem(t, set, err, "the reading is uncertain", "state the article's language")
}

func TestExportCarriesRangeNounAndLanguage(t *testing.T) {
	const en = "Korean investment\n\nKorean firms put US$20-30 million into at least 4,000 jobs.\n"
	set, err := Load(numberDataset(en, "en", "    value_text: US$20-30 million\n    value: 20000000\n    value_max: 30000000\n    unit: USD\n    noun: dollars\n    sources: [{quote: put US$20-30 million}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	var js, csv strings.Builder
	if err := set.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"value_max": 30000000`, `"noun": "dollars"`, `"language": "en"`} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	if err := set.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(csv.String()), "\n")
	if !strings.HasSuffix(lines[0], ",value_max,noun,per,source_value_max") || !strings.HasSuffix(lines[1], ",30000000,dollars,,30000000") {
		t.Errorf("CSV:\n%s", csv.String())
	}
}

func TestArticleURL(t *testing.T) {
	const en = "Deal\n\nKorean firms put US$5 million into it.\n"
	fig := "    value_text: US$5 million\n    value: 5000000\n    unit: USD\n    sources: [{quote: put US$5 million}]\n"
	withURL := func(u string) fstest.MapFS {
		fs := numberDataset(en, "", fig)
		fs["a.yaml"].Data = []byte(strings.Replace(string(fs["a.yaml"].Data), "  outlet: O\n", "  outlet: O\n  url: "+u+"\n", 1))
		return fs
	}
	set, err := Load(withURL("https://vietnamnews.vn/economy/123/korea.html"))
	if err != nil || set.Article("a.txt").URL != "https://vietnamnews.vn/economy/123/korea.html" {
		t.Fatalf("url not loaded: %v", err)
	}
	for _, bad := range []string{"file:///etc/passwd", "javascript:alert(1)", "vietnamnews.vn/x", "'https://x y'"} {
		set, err := Load(withURL(bad))
		wantProblem(t, set, err, "is not an http or https address")
	}
}

func TestPublicationWindowTitleNoteAndBasis(t *testing.T) {
	const en = "Deal\n\nKorean firms put US$5 million into it.\n"
	fig := "    value_text: US$5 million\n    value: 5000000\n    unit: USD\n    sources: [{quote: put US$5 million}]\n"
	edit := func(block, figure string) fstest.MapFS {
		fs := numberDataset(en, "", fig+figure)
		fs["a.yaml"].Data = []byte(strings.Replace(string(fs["a.yaml"].Data), "  outlet: O\n", "  outlet: O\n"+block, 1))
		return fs
	}
	set, err := Load(edit("  published: 2024-08/2024-12\n  date_note: mentions Digital Week 2024 (November)\n  title_note: descriptive; the page has no headline\n",
		"    period: \"2024-06-12\"\n    period_basis: publication\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, f := set.Article("a.txt"), set.Figure("f")
	if a.Published != "2024-08/2024-12" || a.TitleNote == "" || f.PeriodBasis != BasisPublication {
		t.Errorf("published %q, title note %q, basis %q", a.Published, a.TitleNote, f.PeriodBasis)
	}
	for _, c := range []struct{ block, figure, want string }{
		{"  published: 2024-08/2024-12\n", "", "is a window: say in date_note how it was inferred"},
		{"  published: 2024-12/2024-08\n  date_note: x\n", "", "is not an ISO date"},
		{"", "    period_basis: guess\n    period: \"2024\"\n", `period_basis "guess" is not one of publication, background`},
		{"", "    period_basis: background\n", "no date for it to qualify"},
	} {
		set, err := Load(edit(c.block, c.figure))
		wantProblem(t, set, err, c.want)
	}
}
