package extract

import "testing"

// TestSentencesGlued: sentences split where a full stop lost its space,
// per language, but not in decimals, abbreviations, addresses or names.
func TestSentencesGlued(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"en", "Samsung invested US$2.5 billion in 2023.The firm hired 500 people.",
			[]string{"Samsung invested US$2.5 billion in 2023.", "The firm hired 500 people."}},
		{"en", "The U.S. firm and Mr.Kim met Dr. Lee at No. 1 Hanoi.Turnover was 98.9 per cent.",
			[]string{"The U.S. firm and Mr.Kim met Dr. Lee at No. 1 Hanoi.", "Turnover was 98.9 per cent."}},
		{"en", "See www.vnexpress.net/Kinh-Doanh or mail info@samsung.Com for details.", nil},
		{"en", "Output rose 12%.Exports fell?Imports grew!Then it ended.",
			[]string{"Output rose 12%.", "Exports fell?", "Imports grew!", "Then it ended."}},
		{"vi", "Samsung đầu tư thêm 2,5 tỷ USD.Theo đó, nhà máy tại TP.HCM tuyển 10.000 lao động.",
			[]string{"Samsung đầu tư thêm 2,5 tỷ USD.", "Theo đó, nhà máy tại TP.HCM tuyển 10.000 lao động."}},
		{"vi", "Trụ sở ở TP. Hồ Chí Minh, Q.1, do TS. Nguyễn Văn An điều hành.", nil},
		{"vi", "Ông Kim cho biết: “Chúng tôi sẽ đầu tư thêm.” Theo kế hoạch, nhà máy hoạt động từ 2025…Dự án lớn.",
			[]string{"Ông Kim cho biết: “Chúng tôi sẽ đầu tư thêm.”", "Theo kế hoạch, nhà máy hoạt động từ 2025…", "Dự án lớn."}},
		{"ko", "삼성전자는 215억달러를 투자했다.3일 발표에 따르면 직원은 500명이다.공장은 하노이에 있어요.그렇죠.",
			[]string{"삼성전자는 215억달러를 투자했다.", "3일 발표에 따르면 직원은 500명이다.", "공장은 하노이에 있어요.", "그렇죠."}},
		{"ko", "2024. 11. 23. 하노이에서 열렸다.", nil},
	} {
		want := c.want
		if want == nil {
			want = []string{c.text}
		}
		got := splitSentences(c.text)
		var texts []string
		for _, s := range got {
			texts = append(texts, c.text[s.start:s.end])
		}
		if len(texts) != len(want) {
			t.Errorf("%s %q: %d sentences %q, want %q", c.lang, c.text, len(texts), texts, want)
			continue
		}
		for i := range want {
			if texts[i] != want[i] {
				t.Errorf("%s sentence %d: %q, want %q", c.lang, i, texts[i], want[i])
			}
		}
	}
}
