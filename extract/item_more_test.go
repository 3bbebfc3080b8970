package extract

import (
	"testing"

	"ictdash/data/quantity"
)

// TestItemNames: an item is named as an analyst would file it — an event
// or course with its topic, a holder before a possessive or after "của",
// a place when a common name needs it to be told apart — and a name never
// takes in the clause around it (a Korean word with its particle, the size
// of an amount, an ordinal or a verb).
func TestItemNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string // the drafted item names, in order
	}{
		{"en", "Speaking at a seminar on semiconductor human resources held in Hanoi on November 23, he said 500 engineers would be trained.",
			[]string{"seminar on semiconductor human resources"}},
		{"en", "Investors can contact the park's investment promotion centre, which handled 40 projects last year.",
			[]string{"park's investment promotion centre"}},
		{"en", "LG Innotek will build a camera module plant in Hai Phong with 1,000 workers. Its existing factory employs 4,000.",
			[]string{"camera module plant in Hai Phong"}},
		{"vi", "Đại học Sungkyunkwan sẽ cấp 200 suất học bổng thạc sĩ của Đại học Sungkyunkwan mỗi năm.",
			[]string{"học bổng thạc sĩ của Đại học Sungkyunkwan"}},
		{"vi", "Samsung dự kiến đầu tư thêm 2,5 tỷ USD vào nhà máy màn hình tại Bắc Ninh. Nhà máy dự kiến đi vào hoạt động năm 2026 với 3.000 lao động.",
			[]string{"nhà máy màn hình tại Bắc Ninh"}},
		{"ko", "하나마이크론은 2026년까지 2000명을 채용한다. 업계에선 신규 공장 건설에 2~3년이 걸릴 것으로 본다.",
			[]string{"신규 공장"}},
		{"ko", "양국은 약 3억 달러 규모의 공동 프로젝트를 추진한다. 양국은 MOU를 통해 20명을 파견한다.",
			[]string{"공동 프로젝트"}},
		{"ko", "삼성전자는 현지 대학과 협력해 매년 소프트웨어 인재 500명을 교육하는 프로그램도 운영한다.",
			[]string{"소프트웨어 인재 교육 프로그램"}},
		{"ko", "LG CNS는 빈패스트와 약 1200억원 규모의 스마트팩토리 구축 계약을 체결했다.",
			[]string{"스마트팩토리 구축 계약"}},
		{"en", "FPT signed a $50 million software outsourcing contract with a Korean bank.",
			[]string{"software outsourcing contract"}},
		{"en", "The company said its growth strategy would lift revenue to $2 billion by 2026.",
			nil}, // a firm's way of doing business, not a document
		{"en", "Under the National Digital Transformation Roadmap, 5,000 firms will get support.",
			[]string{"National Digital Transformation Roadmap"}},
	}
	for _, c := range cases {
		lang, _ := quantity.ParseLang(c.lang)
		d, err := Extract("i.txt", []byte("Title\n\n"+c.text), Options{Published: "2024-06-12", Known: seeds(t), Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range d.Items {
			got = append(got, it.Name)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: items %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: items %q, want %q", c.text, got, c.want)
			}
		}
	}
}
