package extract

import "testing"

// TestExampleOrgs: firms given as examples of a kind of firm are drafted as
// organisations; places in such a list are not, nor a list after a word
// that names no firm.
func TestExampleOrgs(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"vi", "Các doanh nghiệp Hàn Quốc như Naver, Samsung SDS và LG CNS đã bày tỏ quan tâm đặt 5 phòng thí nghiệm.", []string{"Naver", "Samsung SDS", "LG CNS"}},
		{"en", "Korean companies such as Naver, Kakao and Coupang opened 12 offices in Hanoi.", []string{"Naver", "Kakao", "Coupang"}},
		{"en", "Chaebols including Hanwha and Hyosung pledged $3 billion.", []string{"Hanwha", "Hyosung"}},
		{"vi", "Các tỉnh như Bắc Ninh, Hải Phòng có 20 dự án.", nil},
	}
	for _, c := range cases {
		d := draftFor(t, c.lang, c.text)
		got := map[string]bool{}
		for _, e := range d.Entities {
			if e.Kind == "organisation" {
				got[e.Name] = true
			}
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: organisation %q not drafted (got %v)", c.text, w, got)
			}
		}
		if c.want == nil && len(got) > 0 {
			t.Errorf("%q: drafted organisations %v, want none", c.text, got)
		}
	}
}

// TestLeadWordThenPrefixedName: "Theo Hiệp hội …" — after an attribution
// word, a Vietnamese prefixed name is read whole.
func TestLeadWordThenPrefixedName(t *testing.T) {
	d := draftFor(t, "vi", "Theo Hiệp hội Bán dẫn Hàn Quốc, xuất khẩu chip đạt khoảng 19,8 tỷ USD.")
	for _, e := range d.Entities {
		if e.Name == "Hiệp hội Bán dẫn Hàn Quốc" && e.Kind == "organisation" {
			return
		}
	}
	t.Errorf("Hiệp hội Bán dẫn Hàn Quốc not drafted: %+v", d.Entities)
}

// TestKoreanSpacedVietnameseName: a Vietnamese name written in Hangul word
// by word before an organisation and a title is a person.
func TestKoreanSpacedVietnameseName(t *testing.T) {
	d := draftFor(t, "ko", `베트남 응우옌 찌 중 기획투자부 장관은 "투자가 필수적"이라며 250억 달러를 언급했다.`)
	for _, e := range d.Entities {
		if e.Name == "응우옌 찌 중" && e.Kind == "person" {
			return
		}
	}
	t.Errorf("응우옌 찌 중 not drafted: %+v", d.Entities)
}
