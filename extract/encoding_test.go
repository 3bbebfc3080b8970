package extract

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Sentences in the style of the outlets whose pages come in these
// encodings; every test decodes what x/text's encoders made of them.
const (
	koArticle = "한-베 ICT 협력 포럼 개최\n\n(서울=연합뉴스) 과학기술정보통신부는 23일 베트남 하노이에서 한국과 베트남의 정보통신기술(ICT) 협력 포럼을 열었다고 밝혔다.\n\n포럼에는 양국 기업 150여 곳이 참가했으며, 삼성전자와 LG전자는 현지 연구개발 인력을 2천 명 이상으로 늘릴 계획이다.\n"
	viArticle = "Hàn Quốc đầu tư 2,5 tỷ USD vào Việt Nam\n\nTheo Bộ Kế hoạch và Đầu tư, trong 6 tháng đầu năm, các doanh nghiệp Hàn Quốc đã rót thêm 2,5 tỷ USD vào lĩnh vực công nghệ thông tin.\n\nSamsung dự kiến sẽ mở rộng trung tâm nghiên cứu tại Hà Nội với 3.000 kỹ sư.\n"
	enArticle = "Korea’s ICT exports to Vietnam hit record\n\nSouth Korea’s exports of ICT goods to Vietnam rose 12 per cent to US$31.4 billion, the ministry’s report said — a “record” for the café-sized market of Hà Nam’s neighbours.\n"
)

// encode1258 writes s as Windows-1258 does: letters with circumflex,
// breve, horn or bar are single bytes, tones are combining marks after
// them (the encoder only maps single characters, so s is split so first).
func encode1258(t *testing.T, s string) []byte {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if strings.ContainsRune(vietTones, r) {
			b.WriteRune(r)
			continue
		}
		// Re-attach a shape mark to the base written before the tone.
		if strings.ContainsRune(vietShapes, r) {
			out := []rune(b.String())
			i := len(out) - 1
			for i > 0 && strings.ContainsRune(vietTones, out[i]) {
				i--
			}
			base := []rune(norm.NFC.String(string(out[i]) + string(r)))
			out = append(append(append([]rune{}, out[:i]...), base...), out[i+1:]...)
			b.Reset()
			b.WriteString(string(out))
			continue
		}
		b.WriteRune(r)
	}
	return encodeWith(t, charmap.Windows1258, b.String())
}

func encodeWith(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	out, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return out
}

// TestDecodeText: each encoding the project meets is read back to the
// very text that was written, and said so.
func TestDecodeText(t *testing.T) {
	utf16 := func(e unicode.Endianness, s string) []byte {
		return encodeWith(t, unicode.UTF16(e, unicode.UseBOM), s)
	}
	for _, c := range []struct {
		name, want, how string
		raw             []byte
	}{
		{"UTF-8 as is", viArticle, "", []byte(viArticle)},
		{"UTF-8 with BOM", koArticle, "UTF-8 with a byte-order mark (removed)", append([]byte("\xef\xbb\xbf"), koArticle...)},
		{"UTF-16 LE with BOM", viArticle, "decoded from UTF-16 (little-endian)", utf16(unicode.LittleEndian, viArticle)},
		{"UTF-16 BE with BOM", koArticle, "decoded from UTF-16 (big-endian)", utf16(unicode.BigEndian, koArticle)},
		{"EUC-KR", koArticle, "decoded from EUC-KR", encodeWith(t, korean.EUCKR, koArticle)},
		{"Windows-1258 (combining tones)", viArticle, "decoded from Windows-1258", encode1258(t, viArticle)},
		{"Windows-1252 (curly quotes read as CP949 would be syllables)", enArticle, "decoded from Windows-1252", encodeWith(t, charmap.Windows1252, enArticle)},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, how, err := decodeText("a.txt", c.raw)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != c.want || how != c.how {
				t.Errorf("got %q (%q)\nwant %q (%q)", got, how, c.want, c.how)
			}
		})
	}
}

// TestDecodeRefusals: text that no encoding reads unambiguously is refused
// with the file, the line where there is one, the reason and the command
// that converts it — never drafted from a guess.
func TestDecodeRefusals(t *testing.T) {
	zh := "韩国与越南签署信息通信技术合作协议，三星电子将在河内扩大研发中心，雇用两千名工程师。"
	ja := "韓国とベトナムは情報通信技術の協力協定に署名した。サムスン電子はハノイの研究開発センターを拡張する。"
	for _, c := range []struct {
		name string
		raw  []byte
		want []string
	}{
		{"UTF-32 LE BOM", []byte{0xFF, 0xFE, 0, 0, 'K', 0, 0, 0}, []string{"art.txt", "UTF-32 (little-endian)", "iconv -f UTF-32"}},
		{"UTF-16 without BOM", []byte("T\x00i\x00t\x00l\x00e\x00"), []string{"art.txt:1:", "NUL", "iconv"}},
		{"UTF-8 with a stray byte", []byte("Title\n\nĐà Nẵng has 279 projects\nworth US$382 \xa3million.\n"), []string{"art.txt:4:", "not UTF-8", "mixes lines in UTF-8"}},
		{"Chinese GB2312 (valid EUC-KR bytes)", encodeWith(t, simplifiedchinese.GBK, zh), []string{"art.txt:1:", "EUC-KR", "do not form Korean words"}},
		{"Japanese Shift_JIS", encodeWith(t, japanese.ShiftJIS, ja), []string{"art.txt:1:", "CP949"}},
		{"Vietnamese in VISCII-like control bytes", []byte("Vi\x14t Nam v\xe0 H\x02n Qu\x06c\n"), []string{"VISCII"}},
		{"EUC-KR and UTF-8 mixed", append(encodeWith(t, korean.EUCKR, koArticle), "\nĐà Nẵng"...), []string{"art.txt:", "not UTF-8"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract("dir/art.txt", c.raw, Options{})
			if err == nil {
				t.Fatalf("no error; article %q", d.Article)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestExtractStoresDecoded: the stored article is the decoded UTF-8 text
// (no byte-order mark), the draft says how it was read, and its quotes
// are in that text.
func TestExtractStoresDecoded(t *testing.T) {
	for _, c := range []struct {
		name string
		raw  []byte
		lang string
	}{
		{"EUC-KR", encodeWith(t, korean.EUCKR, koArticle), "ko"},
		{"Windows-1258", encode1258(t, viArticle), "vi"},
		{"UTF-8 BOM", append([]byte("\xef\xbb\xbf"), viArticle...), "vi"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract("a.txt", c.raw, Options{Published: "2024-11-23"})
			if err != nil {
				t.Fatal(err)
			}
			if bytes.HasPrefix(d.Article, utf8BOM) || d.Decoded == "" || d.Language != c.lang {
				t.Errorf("article %q decoded %q language %q", d.Article[:min(10, len(d.Article))], d.Decoded, d.Language)
			}
			if len(d.Figures) == 0 {
				t.Fatal("no figures drafted")
			}
			for _, f := range d.Figures {
				if !strings.Contains(string(d.Article), f.Quote) {
					t.Errorf("quote %q is not in the stored article", f.Quote)
				}
			}
		})
	}
}
