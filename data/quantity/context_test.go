package quantity

import (
	"golang.org/x/text/unicode/norm"
	"strings"
	"testing"
)

// A bare dollar is flagged only when the text names another dollar; ¥ is
// yen or yuan by the text.
func TestCurrencyContext(t *testing.T) {
	for _, c := range []struct {
		text string
		unit Unit
		amb  string
	}{
		{"Samsung will invest $2 billion in Bắc Ninh.", USD, ""},
		{"Singapore's GIC, which reported S$10 billion, will invest $2 billion.", USD, "S$"},
		{"The fund, in Singapore dollars, will invest $2 billion.", USD, "Singapore dollar"},
		{"The Hong Kong dollar peg held; the deal was worth $2 billion.", USD, "Hong Kong dollar"},
		{"Toyota will spend ¥2 billion in Japan.", JPY, ""},
		{"Alibaba will spend ¥2 billion, or 280 million yuan.", CNY, ""},
		{"The firm will spend ¥2 billion.", JPY, "yen or yuan"},
		{"Quỹ đầu tư 2 triệu đô la, bên cạnh 1 triệu đô la Singapore.", USD, "Singapore dollar"},
		{"투자액은 20억 달러이며 싱가포르 달러 표시 채권도 발행했다.", USD, "Singapore dollar"},
	} {
		got := Scan(c.text, Detect(c.text))
		if len(got) == 0 {
			t.Errorf("Scan(%q) found nothing", c.text)
			continue
		}
		q := got[0]
		if q.Unit == SGD || q.Unit == HKD {
			q = got[1]
		}
		if q.Unit != c.unit || (c.amb == "") != (q.Ambiguous == "") || !strings.Contains(q.Ambiguous, c.amb) {
			t.Errorf("Scan(%q): %q is %s (ambiguous %q), want %s (%q)", c.text, q.Text, q.Unit, q.Ambiguous, c.unit, c.amb)
		}
	}
}

// Words that look like numbers but are not, and numbers inside words.
func TestNotNumbers(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		text string
	}{
		{EN, "COVID-19, G20, Q3, v1.2, b77dc0c3, 3a4b, ASEAN+3 and H2O are no figures."},
		{EN, "The first and second phases, the third round; often, tenfolds, someone, oneself."},
		{EN, "In the first half of the year, at the end of the day, on the other hand."},
		{VI, "Đầu tư tư nhân, ba mẹ, năm nay, năm ngoái, một số doanh nghiệp, một cách nhanh chóng."},
		{VI, "Thứ năm tuần trước, hai đồng chí lãnh đạo và tư vấn viên đã gặp nhau."},
		{KO, "구조조정과 한국 기업의 세계 진출, 사천 지역, 일자리 창출, 이번 행사, 백화점."},
		{KO, "삼성은 베트남 시장에서 일부 사업을 이전했고, 구체적인 사항은 미정이다."},
	} {
		for _, q := range Scan(c.text, c.lang) {
			t.Errorf("Scan(%q, %s) found %q (%s, %s)", c.text, c.lang, q.Text, q.Kind, q.Skip)
		}
	}
}

// Decomposed Vietnamese (NFD) reads as composed text does.
func TestDecomposed(t *testing.T) {
	text := "Vốn đạt 2,5 tỷ USD, tăng khoảng 20 phần trăm, gần 30 doanh nghiệp."
	want := Scan(text, VI)
	got := Scan(norm.NFD.String(text), VI)
	if len(got) != len(want) || len(got) != 3 {
		t.Fatalf("NFD found %d, NFC %d, want 3", len(got), len(want))
	}
	for i := range got {
		if got[i].Value != want[i].Value || got[i].Unit != want[i].Unit || got[i].Qualifier != want[i].Qualifier || got[i].Noun != want[i].Noun {
			t.Errorf("NFD %q = %v %s %s %q, NFC %v %s %s %q", got[i].Text, got[i].Value, got[i].Unit, got[i].Qualifier, got[i].Noun,
				want[i].Value, want[i].Unit, want[i].Qualifier, want[i].Noun)
		}
	}
}

// With the language unknown, words of every language are read and every
// separator that could go either way is flagged.
func TestScanUnknown(t *testing.T) {
	runScan(t, Unknown, []scanCase{
		{"Revenue 1.000 tỷ đồng; 1,250 units; 2,5 tỷ USD; 74만 명; 3.000.000 VND.", []want{
			// A Vietnamese scale word tells the separators: no doubt left.
			{text: "1.000 tỷ đồng", value: 1e12, unit: VND, kind: KindMoney},
			{text: "1,250", value: 1250, unit: Count, kind: KindCount, noun: "units", amb: "not known"},
			{text: "2,5 tỷ USD", value: 2.5e9, unit: USD, kind: KindMoney},
			{text: "74만 명", value: 740000, unit: Count, kind: KindCount, noun: "people"},
			{text: "3.000.000 VND", value: 3e6, unit: VND, kind: KindMoney}}},
	})
}
