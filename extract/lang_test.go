package extract

import (
	"strings"
	"testing"

	"ictdash/data/quantity"
)

// TestForeignLanguages: an article in a language other than English,
// Vietnamese or Korean is refused with the language and the evidence;
// the three are drafted, including an English article full of Vietnamese
// names and a Korean one quoting Hanja; --lang overrides the refusal.
func TestForeignLanguages(t *testing.T) {
	for _, c := range []struct {
		name, text, want string // want "" = drafted
	}{
		{"Japanese", "韓国とベトナム、ICT協力を拡大\n\nサムスン電子はハノイに東南アジア最大の研究開発センターを開設し、ベトナム人技術者三千人を採用すると発表した。", "Japanese (kana)"},
		{"Chinese", "韩越扩大信息通信技术合作\n\n三星电子在河内开设东南亚最大的研发中心，计划雇用三千名越南工程师，投资额达二点二亿美元。", "Chinese"},
		{"French", "La Corée du Sud et le Vietnam renforcent leur coopération\n\nSamsung a inauguré à Hanoï le plus grand centre de recherche et développement d'Asie du Sud-Est, qui emploiera 3 000 ingénieurs. Le groupe est le premier investisseur étranger dans le pays et les exportations de la filiale représentent près de 20 % du total.", "French"},
		{"German", "Südkorea und Vietnam bauen Zusammenarbeit aus\n\nSamsung hat in Hanoi das größte Forschungszentrum Südostasiens eröffnet, das 3000 Ingenieure beschäftigen wird. Der Konzern ist der größte ausländische Investor im Land und die Exporte der Tochter sind für fast 20 Prozent der Ausfuhren verantwortlich, wie das Ministerium mitteilte.", "German"},
		{"Russian", "Южная Корея и Вьетнам расширяют сотрудничество\n\nSamsung открыл в Ханое крупнейший в Юго-Восточной Азии исследовательский центр, в котором будут работать 3000 инженеров.", "Cyrillic"},
		{"Thai", "เกาหลีใต้และเวียดนามขยายความร่วมมือด้านไอซีที\n\nซัมซุงเปิดศูนย์วิจัยและพัฒนาที่ใหญ่ที่สุดในเอเชียตะวันออกเฉียงใต้ที่ฮานอย", "Thai"},
		{"English with Vietnamese names", "Đà Nẵng woos Korean tech firms\n\nĐà Nẵng People's Committee chairman Lê Trung Chinh said Korean investors had 279 projects in the city worth US$382 million, and that Hội An and Quảng Nam would host a forum for them.", ""},
		{"Vietnamese", "Hàn Quốc đầu tư 2,5 tỷ USD vào Việt Nam\n\nTheo Bộ Kế hoạch và Đầu tư, trong 6 tháng đầu năm, các doanh nghiệp Hàn Quốc đã rót thêm 2,5 tỷ USD vào lĩnh vực công nghệ thông tin.", ""},
		{"Korean with Hanja", "韓-越 ICT 협력 강화\n\n과학기술정보통신부는 23일 베트남 하노이에서 한국과 베트남의 정보통신기술 협력 포럼을 열고 디지털 인재 1만 명을 양성하기로 했다고 밝혔다.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Extract("art.txt", []byte(c.text), Options{Published: "2024-06-12"})
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case c.want == "":
				return
			case err == nil:
				t.Fatalf("drafted, want refusal as %s", c.want)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "art.txt reads as ") || !strings.Contains(msg, c.want) ||
				!strings.Contains(msg, "not English, Vietnamese or Korean; ictdash drafts only those (use --lang to override if this is wrong)") {
				t.Errorf("message %q", msg)
			}
			if _, err := Extract("art.txt", []byte(c.text), Options{Published: "2024-06-12", Lang: quantity.EN}); err != nil {
				t.Errorf("--lang en did not override: %v", err)
			}
		})
	}
}
