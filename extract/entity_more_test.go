package extract

import (
	"slices"
	"strings"
	"testing"

	"ictdash/data/quantity"
)

// draftFor extracts an article written as title and body.
func draftFor(t *testing.T, lang, body string) *Draft {
	t.Helper()
	l, _ := quantity.ParseLang(lang)
	d, err := Extract("e.txt", []byte("Title\n\n"+body), Options{Published: "2024-06-12", Known: seeds(t), Lang: l})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestEntitiesByContext: names with no legal form, no accents or no
// capitals are drafted by the sentence around them: a title, "according
// to", a role noun, a possessive, a Latin spelling in brackets, "X에
// 따르면", "X 관계자", the subject of "밝혔다".
func TestEntitiesByContext(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             map[string]string // name → kind
		alias            map[string]string // name → an alias it must have
	}{
		{"a Vietnamese body whose name runs over lower-case words to its place (Báo Hải Phòng)", "vi",
			"Chiều 11/3, Ban Quản lý Khu kinh tế Hải Phòng trao giấy chứng nhận cho 5 dự án của Công ty TNHH LG Display Việt Nam Hải Phòng.",
			map[string]string{"Ban Quản lý Khu kinh tế Hải Phòng": "organisation", "Công ty TNHH LG Display Việt Nam Hải Phòng": "organisation"}, nil},
		{"stacked titles (Vietnam News)", "en",
			"Deputy Minister Phan Tam said Việt Nam would need 100,000 chip engineers by 2030.",
			map[string]string{"Phan Tam": "person"}, nil},
		{"unaccented Vietnamese name (VnExpress International)", "en",
			"Speaking at the forum, Nguyen Thi Thanh Ha, director of the provincial planning department, said 45 Korean projects were licensed last year.",
			map[string]string{"Nguyen Thi Thanh Ha": "person"}, nil},
		{"role noun in apposition (Korea Herald)", "en",
			"Its share of the smartphone market in Vietnam reached 34 percent in the second quarter, according to market tracker Canalys.",
			map[string]string{"Canalys": "organisation"}, nil},
		{"according to, at the start (Yonhap)", "en",
			"According to TrendForce, Vietnam will handle 10 percent of global chip packaging by 2027.",
			map[string]string{"TrendForce": "organisation"}, nil},
		{"a possessive's corporate noun (VnExpress International)", "en",
			"VinFast's chief executive said 3,000 workers would be hired for the Hà Tĩnh plant.",
			map[string]string{"VinFast": "organisation"}, nil},
		{"a hi-tech park is run by its board (Saigon Times)", "en",
			"Saigon Hi-Tech Park has licensed 160 projects with total investment of US$11.7 billion.",
			map[string]string{"Saigon Hi-Tech Park": "organisation"}, nil},
		{"a maker's kind before its name (VnExpress)", "vi",
			"Hãng xe VinFast khánh thành nhà máy lắp ráp ô tô điện công suất 50.000 xe mỗi năm tại tỉnh Hà Tĩnh.",
			map[string]string{"Hãng xe VinFast": "organisation"}, map[string]string{"Hãng xe VinFast": "VinFast"}},
		{"transcribed name after a role noun and 에 따르면 (연합뉴스)", "ko",
			"시장조사업체 트렌드포스에 따르면 2분기 베트남 반도체 패키징 매출은 15% 늘었다.",
			map[string]string{"트렌드포스": "organisation"}, nil},
		{"transcribed name with its Latin spelling (한국경제)", "ko",
			"완성차 업체 빈패스트(VinFast)는 하이퐁 공장에서 연간 25만 대를 생산한다.",
			map[string]string{"빈패스트": "organisation"}, map[string]string{"빈패스트": "VinFast"}},
		{"subject of an announcement (전자신문)", "ko",
			"엔비디아는 하노이에 연구개발센터를 세우고 현지 인력 1000명을 채용할 계획이라고 밝혔다.",
			map[string]string{"엔비디아": "organisation"}, nil},
		{"a province before a people's committee, with a long particle (한국경제)", "ko",
			"하나마이크론은 지난 22일 박장성 인민위원회로부터 1조원 규모의 투자 허가를 받았다.",
			map[string]string{"박장성 인민위원회": "organisation"}, nil},
		{"followed by 관계자 (매일경제)", "ko",
			"텍사스인스트루먼트 관계자는 \"베트남 공장에 3억 달러를 더 투자하겠다\"고 말했다.",
			map[string]string{"텍사스인스트루먼트": "organisation"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := draftFor(t, c.lang, c.text)
			for _, e := range d.Entities {
				// Entities are shared by articles: an id made from the
				// article's file name ("e-org") says nothing of the name.
				if strings.HasPrefix(e.ID, "e-") {
					t.Errorf("%q has the article's id %q", e.Name, e.ID)
				}
			}
			for n, kind := range c.want {
				i := slices.IndexFunc(d.Entities, func(e Entity) bool { return e.Name == n })
				if i < 0 || d.Entities[i].Kind != kind {
					t.Fatalf("want %s %q; drafted %+v", kind, n, d.Entities)
				}
				if a, ok := c.alias[n]; ok && !slices.Contains(d.Entities[i].Aliases, a) {
					t.Errorf("%q: want alias %q, got %v", n, a, d.Entities[i].Aliases)
				}
			}
		})
	}
}

// TestNoEntityForGenericPhrases: a legal form in lower case after a plural
// or before a country speaks of firms in general ("các công ty Hàn
// Quốc" are Korean companies), and a Korean acronym gloss is no name.
func TestNoEntityForGenericPhrases(t *testing.T) {
	cases := []struct{ name, lang, text, notPrefix string }{
		{"plural legal form (Tuổi Trẻ)", "vi",
			"Ông Nguyễn Văn Phúc cho biết các công ty Hàn Quốc tuyển thêm 2.000 kỹ sư trong năm nay.", "công ty"},
		{"legal form before a country (Báo Đầu tư)", "vi",
			"Năm 2023, vốn của công ty Hàn Quốc tại tỉnh Bắc Ninh đạt 1,2 tỷ USD.", "công ty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, e := range draftFor(t, c.lang, c.text).Entities {
				if strings.HasPrefix(e.Name, c.notPrefix) {
					t.Errorf("drafted %s %q from a generic phrase", e.Kind, e.Name)
				}
			}
		})
	}
}

// TestTagsByReference: a figure whose sentence names its organisation or
// speaker by a reference back ("the company", "Its", "tập đoàn", "이
// 회사는", "he said", "ông cho biết") or an institution by its head noun
// ("the science ministry") is tagged with it; a sentence with no such
// reference is not (national statistics in an article about one firm);
// a dateline's place is not tagged.
func TestTagsByReference(t *testing.T) {
	type tagWant struct {
		value   string   // the figure's value text begins so
		want    []string // ids, or names of drafted entities
		notWant []string
	}
	cases := []struct {
		name, lang, text string
		figs             []tagWant
	}{
		{"the company, then national statistics (Korea Herald)", "en",
			"LG Display will invest US$1 billion more in its Hai Phong plant. The company employs about 20,000 workers there. Vietnam's electronics exports rose 8 percent last year.",
			[]tagWant{{"about 20,000", []string{"LG Display"}, nil}, {"8 percent", nil, []string{"LG Display"}}}},
		{"its, at the start (Yonhap)", "en",
			"Samsung Electronics opened a research centre in Hanoi on Friday. Its 2,200 engineers work on software and 5G networks.",
			[]tagWant{{"2,200", []string{"Samsung Electronics"}, []string{"samsung"}}}},
		{"he said, after an unaccented name (VietnamPlus)", "en",
			"Nguyen Van Thang, deputy head of the park's board, spoke at the seminar. Between 60 and 70 percent of the trainees will be hired by Korean firms, he said.",
			[]tagWant{{"Between 60 and 70 percent", []string{"Nguyen Van Thang"}, nil}}},
		{"a short form before the full name (Yonhap)", "en",
			"SEOUL, June 3 (Yonhap) -- South Korea will train 1,000 Vietnamese engineers this year, the science ministry said. Under the deal, the Ministry of Science and ICT will fund the programme.",
			[]tagWant{{"1,000", []string{"msit-korea"}, []string{"seoul"}}}},
		{"a dateline's place (Vietnam News Agency)", "en",
			"HANOI (VNA) – Korean firms registered 25 new projects in the first quarter.",
			[]tagWant{{"25", nil, []string{"hanoi"}}}},
		{"tập đoàn without a name (VnExpress)", "vi",
			"Tập đoàn Hyosung sẽ đầu tư thêm 1,5 tỷ USD tại tỉnh Bà Rịa–Vũng Tàu. Tập đoàn hiện sử dụng khoảng 8.000 lao động tại Việt Nam.",
			[]tagWant{{"khoảng 8.000", []string{"Tập đoàn Hyosung"}, nil}}},
		{"ông cho biết (Báo Bắc Ninh)", "vi",
			"Ông Nguyễn Văn Phúc, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh, phát biểu tại hội nghị. Ông cho biết 40% kỹ sư được tuyển là nữ.",
			[]tagWant{{"40%", []string{"Nguyễn Văn Phúc"}, nil}}},
		{"이 회사는 (연합뉴스)", "ko",
			"LG이노텍은 하이퐁 공장에 1조 원을 추가 투자한다. 이 회사는 현지 직원 1만여 명을 고용하고 있다.",
			[]tagWant{{"1만여 명", []string{"LG이노텍"}, nil}}},
		{"a Latin name with a particle, a province with its suffix (지디넷코리아)", "ko",
			"LG CNS는 박장성 공장에 1200억원 규모의 시스템을 구축한다고 밝혔다.",
			[]tagWant{{"1200억원", []string{"LG CNS", "박장"}, nil}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := draftFor(t, c.lang, c.text)
			idOf := func(s string) string {
				for _, e := range d.Entities {
					if e.Name == s {
						return e.ID
					}
				}
				return s
			}
			for _, w := range c.figs {
				i := slices.IndexFunc(d.Figures, func(f Figure) bool { return strings.HasPrefix(f.ValueText, w.value) })
				if i < 0 {
					t.Fatalf("no figure %q among %d", w.value, len(d.Figures))
				}
				f := d.Figures[i]
				tags := append(append([]string{}, f.Places...), f.Orgs...)
				for _, s := range w.want {
					if !slices.Contains(tags, idOf(s)) {
						t.Errorf("%q: want tag %s (%q), got %v; entities %v", w.value, idOf(s), s, tags, d.Entities)
					}
				}
				for _, s := range w.notWant {
					if slices.Contains(tags, idOf(s)) {
						t.Errorf("%q: must not be tagged %s, got %v", w.value, idOf(s), tags)
					}
				}
			}
		})
	}
}
