package extract

import (
	"slices"
	"testing"

	"ictdash/data/quantity"
)

// TestItems: a thing the figures are about is drafted once, however often
// the article names or refers back to it, with the kind its head noun and
// sentence say, and every figure about it is linked.
func TestItems(t *testing.T) {
	cases := []struct {
		name, lang, text string
		wantName, kind   string
		date             string // "" when not checked
		linked           int    // figures linked to it
		items            int    // items drafted in all
	}{
		{
			name: "plant named then referred back to (Vietnam News)", lang: "en",
			text:     "Hana Micron will invest US$1.5 billion in a semiconductor packaging plant in Bắc Ninh. The plant is expected to employ about 2,000 engineers by 2030.",
			wantName: "semiconductor packaging plant in Bắc Ninh", kind: "investment", linked: 2, items: 1,
		},
		{
			name: "forum with its date (Korea Herald)", lang: "en",
			text:     "More than 300 businesses attended the Vietnam–Korea ICT Forum in Hà Nội on June 12, 2024.",
			wantName: "Vietnam–Korea ICT Forum", kind: "event", date: "2024-06-12", linked: 1, items: 1,
		},
		{
			name: "programme is training when the sentence trains (VietnamPlus)", lang: "en",
			text:     "The IT talent programme will train 500 students a year. Some 1,340 students have graduated from the programme.",
			wantName: "IT talent programme", kind: "training", linked: 2, items: 1,
		},
		{
			name: "Vietnamese head first, nhà máy này refers back (VnExpress)", lang: "vi",
			text:     "Samsung sẽ rót 2 tỷ USD xây nhà máy sản xuất linh kiện tại Thái Nguyên. Nhà máy này dự kiến tuyển 5.000 lao động.",
			wantName: "nhà máy sản xuất linh kiện tại Thái Nguyên", kind: "investment", linked: 2, items: 1,
		},
		{
			name: "Korean head last, 이 공장 refers back (연합뉴스)", lang: "ko",
			text:     "하나마이크론은 박닌성 반도체 패키징 공장에 1조 원을 투자한다. 이 공장은 2천 명을 고용할 예정이다.",
			wantName: "박닌성 반도체 패키징 공장", kind: "investment", linked: 2, items: 1,
		},
		{
			name: "a head used as a modifier names no item", lang: "en",
			text:  "Demand for smart factory solutions rose 12 per cent last year.",
			items: 0,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lang, _ := quantity.ParseLang(c.lang)
			d, err := Extract("i.txt", []byte("Title\n\n"+c.text), Options{Published: "2024-06-12", Known: seeds(t), Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Items) != c.items {
				t.Fatalf("drafted %d items %+v, want %d", len(d.Items), d.Items, c.items)
			}
			if c.items == 0 {
				return
			}
			it := d.Items[0]
			if it.Name != c.wantName || it.Kind != c.kind || c.date != "" && it.Date != c.date {
				t.Errorf("item %q %s %q, want %q %s %q", it.Name, it.Kind, it.Date, c.wantName, c.kind, c.date)
			}
			if it.Quote == "" || it.Reason == "" {
				t.Errorf("item lacks a quote or a review reason: %+v", it)
			}
			n := 0
			for _, f := range d.Figures {
				if slices.Contains(f.Items, it.ID) {
					n++
				}
			}
			if n != c.linked {
				t.Errorf("%d figures linked to %s, want %d", n, it.ID, c.linked)
			}
		})
	}
}

// TestKnownItemLinked: an item the dataset has is linked by its alias, not
// drafted again.
func TestKnownItemLinked(t *testing.T) {
	d, err := Extract("k.txt", []byte("Title\n\nThe Samsung Innovation Campus has trained 2,000 students in Đà Nẵng."), Options{Published: "2024-06-12", Known: seeds(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range d.Items {
		t.Errorf("drafted %q although the dataset has it", it.Name)
	}
	if len(d.Figures) != 1 || !slices.Contains(d.Figures[0].Items, "samsung-innovation-campus-duy-tan") {
		t.Errorf("figures %+v not linked to the known item", d.Figures)
	}
}
