package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFoldRepeats: a headline, sapo or lead paragraph stated again gives
// one figure with a quote per statement; different facts with the same
// number stay apart. Each draft loads, and every number is covered.
func TestFoldRepeats(t *testing.T) {
	for _, c := range []struct {
		name, lang, text string
		value            float64
		figures, quotes  int // figures with value; quotes of the folded one
	}{
		{"vi headline in lead", "vi",
			"Hàn Quốc đầu tư 2,5 tỷ USD vào Bắc Ninh\n\nTập đoàn Samsung sẽ đầu tư thêm 2,5 tỷ USD vào nhà máy tại Bắc Ninh, theo Bộ Kế hoạch và Đầu tư.\n\nNhà máy dự kiến hoạt động từ năm 2025.",
			2.5e9, 1, 2},
		{"en lead repeated verbatim", "en",
			"LG expands in Hải Phòng\n\nLG Display will invest US$1 billion more in its Hải Phòng complex, the city said.\n\nThe plant makes OLED panels for phones. LG Display will invest US$1 billion more in its Hải Phòng complex, the city said. Output starts next year.",
			1e9, 1, 2},
		{"en clause repeated as a sentence", "en",
			"Korean firms in Hải Phòng\n\nKorea has been the largest investor for a decade, and Korean firms now account for about 30 per cent of Hải Phòng's exports.\n\nKorean firms now account for about 30 per cent of Hải Phòng's exports.",
			30, 1, 2},
		{"ko lead repeated", "ko",
			"삼성, 베트남에 투자 확대\n\n삼성전자는 베트남 박닌 공장에 215억달러를 투자했다고 밝혔다.\n\n공장은 2008년 가동을 시작했다. 삼성전자는 베트남 박닌 공장에 215억달러를 투자했다고 밝혔다.",
			215e8, 1, 2},
		{"ko headline drops the lead's hedge (연합뉴스)", "ko",
			"삼성전자, 베트남에 반도체 부품 공장 짓는다…1조8천억원 투자\n\n삼성전자가 베트남 타이응우옌성에 약 1조8천억원을 들여 반도체 부품 공장을 새로 짓는다.\n\n신규 공장은 2025년 하반기 가동을 목표로 한다.",
			18e11, 1, 2},
		{"en heading drops the hedge, body keeps it (Korea Herald)", "en",
			"Hyosung to invest $1 billion in new spandex plant\n\nHyosung will invest about $1 billion in a new spandex plant in Bà Rịa–Vũng Tàu, the company said on Monday.",
			1e9, 1, 2},
		{"en body hedges differ: two facts", "en",
			"Trade report\n\nExports to Korea reached about $5 billion in May. Imports from Korea reached $5 billion in June.",
			5e9, 2, 1},
		{"en different facts, same number", "en",
			"Trade report\n\nExports to Korea rose 10% in the year.\n\nExports to Japan rose 10% in the year.",
			10, 2, 1},
	} {
		d, err := Extract("a.txt", []byte(c.text), Options{Published: "2024-06-12"})
		if err != nil {
			t.Fatal(err)
		}
		var got []Figure
		for _, f := range d.Figures {
			if sameValue(f.Value, c.value) {
				got = append(got, f)
			}
		}
		if len(got) != c.figures {
			t.Errorf("%s: %d figures of %v, want %d: %+v", c.name, len(got), c.value, c.figures, got)
			continue
		}
		if n := 1 + len(got[0].Also); n != c.quotes {
			t.Errorf("%s: %d quotes %q + %q, want %d", c.name, n, got[0].Quote, got[0].Also, c.quotes)
		}
		for i, q := range append([]string{got[0].Quote}, got[0].Also...) {
			vt := got[0].ValueText
			if r := restated(i, got[0].AlsoText); r != "" {
				vt = r // a statement in its own words
			}
			if !strings.Contains(q, vt) {
				t.Errorf("%s: quote %q lacks %q", c.name, q, vt)
			}
		}
		for _, s := range d.Skipped {
			if strings.Contains(s.Reason, "repeats") {
				t.Errorf("%s: repeat skipped, not folded: %+v", c.name, s)
			}
		}
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, "entities.yaml"), entitiesWithoutSources(t))
		writeFile(t, filepath.Join(dir, "a.txt"), []byte(c.text))
		writeFile(t, filepath.Join(dir, "a.yaml"), draftYAML(t, d))
		for _, a := range loadDir(t, dir).Articles {
			checkCoverage(t, a, d)
		}
	}
}
