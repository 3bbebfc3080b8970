package extract

import (
	"os"
	"strings"
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// TestSavedPages: the two saved pages (a VnExpress-style page in
// Windows-1258, a 연합뉴스-style page in EUC-KR, both with navigation, ads,
// related and most-read links and a footer) give the article's own text
// and metadata, and none of the page's furniture.
func TestSavedPages(t *testing.T) {
	for _, c := range []struct {
		file, title, outlet, url, published, byline, lang, decoded string
		has, hasNot                                                []string
	}{
		{
			file: "vnexpress_samsung_rd.htm", title: "Samsung mở rộng trung tâm R&D tại Hà Nội", outlet: "VnExpress",
			url: "https://vnexpress.net/samsung-mo-rong-trung-tam-r-d-tai-ha-noi-4512345.html", published: "2022-12-23",
			byline: "Anh Minh", lang: "vi", decoded: "Windows-1258",
			has:    []string{"diện tích sàn hơn 79.000 m2", "khoảng 3.000 kỹ sư người Việt", "tăng tỷ lệ nội địa hóa linh kiện lên 60%"},
			hasNot: []string{"Vay tiêu dùng", "Tin liên quan", "LG Display tăng vốn", "Giá vàng", "Số giấy phép", "Thời sự", "adsConfig", "Chia sẻ"},
		},
		{
			file: "yonhap_samsung_rd.html", title: "삼성전자, 베트남 하노이에 R&D센터 준공", outlet: "연합뉴스",
			url: "https://www.yna.co.kr/view/AKR20221223051200084", published: "2022-12-23",
			byline: "김민수", lang: "ko", decoded: "EUC-KR",
			has:    []string{"총 투자액은 2억2천만 달러다.", "현지 연구 인력을 3천 명 이상으로 늘릴 계획", "약 200억 달러로"},
			hasNot: []string{"3개월 무료", "관련 뉴스", "1조원 추가 투자", "많이 본 뉴스", "대표전화", "_ad_zone"},
		},
	} {
		t.Run(c.file, func(t *testing.T) {
			raw, err := os.ReadFile("testdata/html/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Extract(c.file, raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := []string{d.Title, d.Outlet, d.URL, d.Published, d.Byline, d.Language}
			want := []string{c.title, c.outlet, c.url, c.published, c.byline, c.lang}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("field %d = %q, want %q", i, got[i], want[i])
				}
			}
			if !strings.Contains(d.Decoded, c.decoded) || !strings.Contains(d.DateNote, "metadata") {
				t.Errorf("decoded %q, date note %q", d.Decoded, d.DateNote)
			}
			art := string(d.Article)
			if !strings.HasPrefix(art, c.title+"\n\n") {
				t.Errorf("article does not open with the title line and a blank line: %q", art[:min(len(art), 80)])
			}
			for _, w := range c.has {
				if !strings.Contains(art, w) {
					t.Errorf("article lacks %q:\n%s", w, art)
				}
			}
			for _, w := range c.hasNot {
				if strings.Contains(art, w) {
					t.Errorf("article keeps page furniture %q:\n%s", w, art)
				}
			}
			for _, p := range strings.Split(strings.TrimSpace(art), "\n\n") {
				if p == "" || strings.Contains(p, "\n") {
					t.Errorf("paragraph %q is not one line between blank lines", p)
				}
			}
			assertCovered(t, d)
		})
	}
}

// assertCovered: every number the loader would find in the stored text is
// drafted as a figure or listed as skipped, at the place the loader looks.
func assertCovered(t *testing.T, d *Draft) {
	t.Helper()
	c := data.Clean(string(d.Article))
	lang, _ := quantity.ParseLang(d.Language)
	var spans [][2]int
	cite := func(quote, vt string) {
		if at := locate(c.Text, quote, vt); at >= 0 {
			spans = append(spans, [2]int{at, at + len(vt)})
		} else {
			t.Errorf("figure %q: quote %q not in the clean text", vt, quote)
		}
	}
	for _, f := range d.Figures {
		// A restatement (Also) and a merged figure cite the number too.
		for i, q := range append([]string{f.Quote}, f.Also...) {
			vt := f.ValueText
			if r := restated(i, f.AlsoText); r != "" {
				vt = r
			}
			cite(q, vt)
		}
	}
	for _, m := range d.Merges {
		for _, q := range append([]string{m.Quote}, m.Also...) {
			cite(q, m.ValueText)
		}
	}
	for _, s := range d.Skipped {
		if at := locate(c.Text, s.Context, s.Text); at >= 0 {
			spans = append(spans, [2]int{at, at + len(s.Text)})
		} else {
			t.Errorf("skip %q: context %q not in the clean text", s.Text, s.Context)
		}
	}
	for q := range quantity.Each(c.Text, lang) {
		covered := false
		for _, s := range spans {
			if s[0] < q.End && s[1] > q.Start {
				covered = true
			}
		}
		if !covered {
			t.Errorf("number %q is neither a figure nor skipped", q.Text)
		}
	}
}

// TestPageMetadata: where each field comes from, across the forms pages
// use, in small inline pages.
func TestPageMetadata(t *testing.T) {
	body := `<article><p>South Korea's Ministry of Science and ICT said on Tuesday that 18 Korean software firms would join a trade mission to Hanoi and Ho Chi Minh City next month, the largest such mission since the programme began in 2015.</p><p>The firms are expected to sign contracts worth more than US$40 million with Vietnamese partners, according to the Korea Trade-Investment Promotion Agency.</p></article>`
	for _, c := range []struct {
		name, head, title, outlet, url, published string
	}{
		{"title suffix after a pipe names the outlet", `<meta charset="utf-8"><title>Korean firms join Hanoi trade mission | Vietnam News</title>`,
			"Korean firms join Hanoi trade mission", "Vietnam News", "", ""},
		{"a dash suffix is kept unless it is the site", `<meta charset="utf-8"><title>Korea - Vietnam software mission grows</title>`,
			"Korea - Vietnam software mission grows", "unknown", "", ""},
		{"JSON-LD graph", `<meta charset="utf-8"><title>x</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Software mission to Hanoi","datePublished":"2024-06-12T08:00:00Z","author":{"@type":"Person","name":"Kim Min-ji"},"publisher":{"@type":"Organization","name":"The Korea Herald"},"url":"https://www.koreaherald.com/view.php?ud=2024061200123"}]}</script>`,
			"Software mission to Hanoi", "The Korea Herald", "https://www.koreaherald.com/view.php?ud=2024061200123", "2024-06-12"},
		{"meta pubdate and canonical", `<meta charset="utf-8"><title>Software mission - VietnamPlus</title><meta name="pubdate" content="2024-06-12"><link rel="canonical" href="https://en.vietnamplus.vn/mission-post123.vnp">`,
			"Software mission", "VietnamPlus", "https://en.vietnamplus.vn/mission-post123.vnp", "2024-06-12"},
		{"time element", `<meta charset="utf-8"><title>Mission</title></head><body><time datetime="2024-06-11">June 11</time>`,
			"Mission", "unknown", "", "2024-06-11"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head>" + c.head + "</head><body>" + body + "</body></html>"
			d, err := Extract("page.html", []byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := []string{d.Title, d.Outlet, d.URL, d.Published}
			want := []string{c.title, c.outlet, c.url, c.published}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("field %d = %q, want %q (%s)", i, got[i], want[i], d.DateNote)
				}
			}
			assertCovered(t, d)
		})
	}
}

// TestPageCharsets: a page is read as it declares itself, a declaration
// the bytes contradict is caught, and an undeclared legacy page is
// refused rather than guessed.
func TestPageCharsets(t *testing.T) {
	para := "<p>Tập đoàn LG dự kiến sẽ đầu tư thêm 1,4 tỷ USD vào nhà máy tại Hải Phòng trong năm 2024, nâng tổng vốn lên 5,65 tỷ USD.</p>"
	page := func(meta string) string {
		return "<html><head>" + meta + "<title>LG tăng vốn tại Hải Phòng</title></head><body><article>" + para + para + "</article></body></html>"
	}
	for _, c := range []struct {
		name    string
		raw     []byte
		decoded string // part of Draft.Decoded, or of the error when refused
		refused bool
	}{
		{"declared UTF-8", []byte(page(`<meta charset="utf-8">`)), "", false},
		{"declared 1258, bytes are", encode1258(t, page(`<meta charset="windows-1258">`)), "decoded from Windows-1258", false},
		{"declared legacy, bytes UTF-8", []byte(page(`<meta charset="windows-1258">`)), "its bytes are UTF-8", false},
		{"declared UTF-8, bytes 1258", encode1258(t, page(`<meta charset="utf-8">`)), "declares UTF-8", true},
		{"undeclared legacy", encode1258(t, page("")), "declares no charset", true},
		{"unknown charset", []byte(page(`<meta charset="x-viet-vni">`)), "cannot read", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract("lg.html", c.raw, Options{})
			if c.refused {
				if err == nil || !strings.Contains(err.Error(), c.decoded) || !strings.Contains(err.Error(), "iconv") {
					t.Fatalf("error %v, want one saying %q and how to convert", err, c.decoded)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(d.Decoded, c.decoded) || !strings.Contains(string(d.Article), "nâng tổng vốn lên 5,65 tỷ USD") {
				t.Errorf("decoded %q, article %q", d.Decoded, d.Article)
			}
		})
	}
}
