package data

import (
	"strings"
	"testing"
	"testing/fstest"
)

const suggestEntities = `items:
- {id: bac-ninh-province, kind: place, name: Bắc Ninh}
- {id: hai-phong, kind: place, name: Hải Phòng, aliases: [Hai Phong]}
- {id: hanoi, kind: place, name: Hà Nội, aliases: [Hanoi]}
- {id: da-nang, kind: place, name: Đà Nẵng, aliases: [Da Nang, 다낭]}
- {id: kr, kind: place, name: Hàn Quốc, aliases: [South Korea, 한국]}
- {id: samsung-electronics, kind: organisation, name: Samsung Electronics, aliases: [삼성전자]}
- {id: lg-innotek, kind: organisation, name: LG Innotek, aliases: [LG이노텍]}
`

func TestUnknownIDSuggestsTheFix(t *testing.T) {
	const article = "LG Innotek expands\n\nLG Innotek will invest US$1 billion in its Hải Phòng plant.\n"
	const records = `article: {file: a.txt, title: LG Innotek expands, outlet: Yonhap}
figures:
- {id: plant-investment, label: LG Innotek investment in its Hải Phòng plant, value_text: US$1 billion, value: 1000000000, unit: USD, status: target, REFS, sources: [{quote: will invest US$1 billion}]}
`
	cases := []struct{ refs, want string }{
		{"places: [bac-ninh]", `places: "bac-ninh" is not defined; did you mean "bac-ninh-province"? If not, add it to entities.yaml (or this file's items) as: {id: bac-ninh, kind: place, name: …}`},
		{"places: [haiphong]", `places: "haiphong" is not defined; did you mean "hai-phong"?`},
		{"places: [ha-noi]", `places: "ha-noi" is not defined; did you mean "hanoi"?`},
		{"orgs: [lg-innotec]", `orgs: "lg-innotec" is not defined; did you mean "lg-innotek"? If not, add it to entities.yaml (or this file's items) as: {id: lg-innotec, kind: organisation, name: …}`},
		// The close id is an organisation, which a place cannot be.
		{"places: [samsung-electronic]", `places: "samsung-electronic" is not defined; add it to entities.yaml (or this file's items) as: {id: samsung-electronic, kind: place, name: …}`},
		// Two letters of two are no typo.
		{"places: [vn]", `places: "vn" is not defined; add it to entities.yaml (or this file's items) as: {id: vn, kind: place, name: …}`},
		{"places: [다낭]", `places: "다낭" is not defined (nor is it a valid id: lowercase letters, digits and single hyphens); did you mean "da-nang"? If not, add the item to entities.yaml (or this file's items)`},
		{"items: [ai-training]", `items: "ai-training" is not defined; add it to this file's items (or entities.yaml for a place, organisation or person) as: {id: ai-training, kind: …, name: …}`},
	}
	for _, c := range cases {
		t.Run(c.refs, func(t *testing.T) {
			rec := strings.Replace(records, "REFS", c.refs, 1)
			fsys := fstest.MapFS{"a.txt": {Data: []byte(article)}, "entities.yaml": {Data: []byte(suggestEntities)},
				"a.yaml": {Data: []byte(rec)}}
			set, err := Load(fsys)
			_, list, _ := strings.Cut(c.refs, ": ")
			// At the list, as an editor counts columns.
			wantProblem(t, set, err, at(t, "a.yaml", rec, list, 0)+": "+c.want)
			if strings.Contains(err.Error(), "did you mean") != strings.Contains(c.want, "did you mean") && strings.Contains(c.want, "defined") {
				t.Errorf("suggestion where none fits, or none where one does:\n%v", err)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"lg-innotec", "lg-innotek", 2, 1}, {"haiphong", "hai-phong", 2, 1}, {"nipa", "nipa", 2, 0},
		{"vn", "kr", 2, 2}, {"samsung", "lg-display", 2, 3}, {"", "ab", 2, 2},
	} {
		if got := editDistance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
}
