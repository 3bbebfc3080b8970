package extract

import (
	"slices"
	"testing"

	"ictdash/data/quantity"
)

// TestEntities: names the dataset lacks are drafted as new entities (with
// the unaccented spelling), never tagged as a known entity whose name only
// begins theirs or is a different word ("Korean" is not Korea); known
// entities are tagged, also under a spelling the gazetteer lists.
func TestEntities(t *testing.T) {
	cases := []struct {
		name, lang, sentence string
		wantEntities         map[string]string // name → kind
		wantAlias            map[string]string // name → one alias it must have
		notTagged, tagged    []string          // ids the first figure must not / must carry
	}{
		{
			name: "known prefix of a longer firm name (Korea Herald)", lang: "en",
			sentence:     "LG Innotek will invest US$1 billion in its camera module plant in Hải Phòng, the Korean firm said.",
			wantEntities: map[string]string{"LG Innotek": "organisation", "Hải Phòng": "place"},
			wantAlias:    map[string]string{"Hải Phòng": "Hai Phong"},
			notTagged:    []string{"lg-electronics", "south-korea"},
		},
		{
			name: "company word after a known name (Vietnam News)", lang: "en",
			sentence:     "Samsung Electronics employs nearly 60,000 workers at its factories in Bắc Ninh Province.",
			wantEntities: map[string]string{"Samsung Electronics": "organisation", "Bắc Ninh": "place"},
			notTagged:    []string{"samsung"},
		},
		{
			name: "known name alone is tagged, not drafted", lang: "en",
			sentence: "Samsung has trained 500 engineers in Đà Nẵng since 2019.",
			tagged:   []string{"samsung", "da-nang"},
		},
		{
			name: "Vietnamese legal form and province prefix (VnExpress)", lang: "vi",
			sentence:     "Tập đoàn Hyosung sẽ đầu tư thêm 1,5 tỷ USD tại tỉnh Bà Rịa–Vũng Tàu trong năm nay.",
			wantEntities: map[string]string{"Tập đoàn Hyosung": "organisation", "Bà Rịa–Vũng Tàu": "place"},
			wantAlias:    map[string]string{"Tập đoàn Hyosung": "Hyosung", "Bà Rịa–Vũng Tàu": "Ba Ria–Vung Tau"},
		},
		{
			name: "Vietnamese ministry name runs over lower-case syllables", lang: "vi",
			sentence:     "Bộ Khoa học và Công nghệ cho biết 120 doanh nghiệp Hàn Quốc đã tham gia.",
			wantEntities: map[string]string{"Bộ Khoa học và Công nghệ": "organisation"},
		},
		{
			name: "Korean glued brand and Vietnamese city in Hangul (연합뉴스)", lang: "ko",
			sentence:     "LG이노텍은 하이퐁에 1조 원을 투자한다고 밝혔다.",
			wantEntities: map[string]string{"LG이노텍": "organisation", "하이퐁": "place"},
			wantAlias:    map[string]string{"하이퐁": "Hải Phòng"},
			notTagged:    []string{"lg-electronics"},
		},
		{
			name: "known place under its Korean spelling (전자신문)", lang: "ko",
			sentence:     "삼성전자는 하노이에 2억 달러를 들여 연구개발센터를 세웠다.",
			wantEntities: map[string]string{"삼성전자": "organisation"},
			tagged:       []string{"hanoi"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lang, _ := quantity.ParseLang(c.lang)
			d, err := Extract("e.txt", []byte("Title\n\n"+c.sentence), Options{Published: "2024-06-12", Known: seeds(t), Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]Entity{}
			for _, e := range d.Entities {
				got[e.Name] = e
				if e.ID != slug(e.ID, 64) || e.ID == "" {
					t.Errorf("entity id %q is not kebab-case ASCII", e.ID)
				}
			}
			for n, kind := range c.wantEntities {
				if e, ok := got[n]; !ok || e.Kind != kind {
					t.Errorf("want entity %q (%s); drafted %v", n, kind, d.Entities)
				}
			}
			for n, a := range c.wantAlias {
				if !slices.Contains(got[n].Aliases, a) {
					t.Errorf("entity %q: aliases %q lack %q", n, got[n].Aliases, a)
				}
			}
			if len(c.wantEntities) == 0 && len(d.Entities) > 0 {
				t.Errorf("drafted entities %v, want none", d.Entities)
			}
			if len(d.Figures) == 0 {
				t.Fatalf("no figure drafted")
			}
			ids := append(append([]string{}, d.Figures[0].Places...), d.Figures[0].Orgs...)
			for _, id := range c.notTagged {
				if slices.Contains(ids, id) {
					t.Errorf("tagged %q: %v", id, ids)
				}
			}
			for _, id := range c.tagged {
				if !slices.Contains(ids, id) {
					t.Errorf("not tagged %q: %v", id, ids)
				}
			}
			for n := range c.wantEntities {
				if !slices.Contains(ids, got[n].ID) {
					t.Errorf("figure not tagged with the new entity %q: %v", got[n].ID, ids)
				}
			}
		})
	}
}
