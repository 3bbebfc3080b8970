package extract

import (
	"strings"
	"testing"
)

// TestHeaderLines: header lines of copied articles give the record's
// metadata; the title is the headline, never a header line; the numbers on
// them are skipped as header lines, never drafted as figures; and the
// stored text still has every number accounted for.
func TestHeaderLines(t *testing.T) {
	for _, c := range []struct {
		name, file, text                              string
		title, outlet, url, published, byline, headNo string // headNo: a number on a header line
	}{
		{name: "English copy with Source, URL, Date, By", file: "a.txt",
			text:  "Source: Vietnam News\nURL: https://vietnamnews.vn/economy/1234567/korean-firms-pour-2-billion-into-da-nang.html\nDate: 2019-07-12\n\nKorean firms pour US$2 billion into Đà Nẵng\n\nBy Nguyễn Văn A\n\nKorean investors have 279 projects in Đà Nẵng worth US$2 billion, the city said on Friday.\n",
			title: "Korean firms pour US$2 billion into Đà Nẵng", outlet: "Vietnam News",
			url: "https://vietnamnews.vn/economy/1234567/korean-firms-pour-2-billion-into-da-nang.html", published: "2019-07-12", byline: "Nguyễn Văn A", headNo: "2019-07-12"},
		{name: "month-only date and Title line", file: "a.txt",
			text:  "Title: Korea trains 500 Vietnamese engineers\nLink: https://www.koreaherald.com/view.php?ud=20190701000123\nDate: July 2019\nAuthor: Kim Min-ji\n\nThe Korea Software Industry Association will train 500 Vietnamese engineers this year, it said.\n",
			title: "Korea trains 500 Vietnamese engineers", outlet: "unknown",
			url: "https://www.koreaherald.com/view.php?ud=20190701000123", published: "2019-07", byline: "Kim Min-ji", headNo: "July 2019"},
		{name: "Vietnamese Nguồn, Ngày (day first)", file: "a.txt",
			text:  "Hàn Quốc dẫn đầu về vốn FDI vào Việt Nam\nNguồn: VnExpress\nNgày: 12/07/2019\n\nTheo Bộ Kế hoạch và Đầu tư, Hàn Quốc có 9.000 dự án còn hiệu lực với tổng vốn 67 tỷ USD.\n",
			title: "Hàn Quốc dẫn đầu về vốn FDI vào Việt Nam", outlet: "VnExpress", published: "2019-07-12", headNo: "12/07/2019"},
		{name: "Korean 출처, 입력, 기자", file: "a.txt",
			text:  "한-베 디지털 협력 확대\n출처: 전자신문\n입력 2024.11.23 10:12\n홍길동 기자\n\n한국과 베트남은 디지털 인재 1만 명을 양성하기로 했다.\n",
			title: "한-베 디지털 협력 확대", outlet: "전자신문", published: "2024-11-23", byline: "홍길동 기자", headNo: "2024.11.23"},
		{name: "Korean 입력 stamp at the end of a copied article (연합뉴스)", file: "a.txt",
			text:  "삼성전자, 베트남에 반도체 부품 공장 짓는다\n\n삼성전자가 베트남 타이응우옌성에 약 1조8천억원을 들여 공장을 새로 짓는다.\n\n입력 2024.09.21 09:30\n",
			title: "삼성전자, 베트남에 반도체 부품 공장 짓는다", outlet: "unknown", published: "2024-09-21", headNo: "2024.09.21"},
		{name: "markdown front matter and heading", file: "a.md",
			text:  "---\ntitle: \"LG Innotek adds US$1 billion in Hải Phòng\"\ndate: 2023-04-05\nsource: VietnamPlus\n---\n\n# LG Innotek adds US$1 billion in Hải Phòng\n\nLG Innotek will invest a further US$1 billion in its Hải Phòng plant, raising its total to US$2.1 billion.\n",
			title: "LG Innotek adds US$1 billion in Hải Phòng", outlet: "VietnamPlus", published: "2023-04-05", headNo: "2023-04-05"},
		{name: "markdown heading only", file: "a.md",
			text:  "# Samsung opens R&D centre in Hà Nội\n\nThe centre will employ 3,000 engineers.\n",
			title: "Samsung opens R&D centre in Hà Nội", outlet: "unknown"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract(c.file, []byte(c.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := []string{d.Title, d.Outlet, d.URL, d.Published, d.Byline}
			want := []string{c.title, c.outlet, c.url, c.published, c.byline}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("field %d = %q, want %q", i, got[i], want[i])
				}
			}
			if c.published != "" && !strings.Contains(d.DateNote, "header line") && !strings.Contains(d.DateNote, "metadata") {
				t.Errorf("date note %q does not say where the date came from", d.DateNote)
			}
			for _, f := range d.Figures {
				if c.headNo != "" && strings.Contains(c.headNo, f.ValueText) || f.ValueText == "2019" || f.ValueText == "2017" {
					t.Errorf("header number drafted as figure %q (%q)", f.ValueText, f.Quote)
				}
			}
			if c.headNo != "" {
				found := false
				for _, s := range d.Skipped {
					if s.Text == c.headNo {
						found = strings.HasPrefix(s.Reason, "header line: publication date")
						if !found {
							t.Errorf("skip %q: reason %q", s.Text, s.Reason)
						}
					}
				}
				if !found {
					t.Errorf("no header-line skip for %q in %+v", c.headNo, d.Skipped)
				}
			}
			if string(d.Article) != c.text {
				t.Errorf("the stored text of a UTF-8 file is not the file itself")
			}
			assertCovered(t, d)
		})
	}
}

// TestHeaderNotProse: lines that only look like headers are the article's
// text: a colon sentence in the body, a "Date:" line with no date.
func TestHeaderNotProse(t *testing.T) {
	text := "Korea, Vietnam sign chip deal\n\nThe two sides agreed on three points.\n\nDate: to be announced\n\nNote: Korea will invest 500 million USD in the first phase.\n"
	d, err := Extract("a.txt", []byte(text), Options{Published: "2024-06-12"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Korea, Vietnam sign chip deal" {
		t.Errorf("title %q", d.Title)
	}
	for _, s := range d.Skipped {
		if strings.HasPrefix(s.Reason, "header line") {
			t.Errorf("body number %q skipped as a header line", s.Text)
		}
	}
}
