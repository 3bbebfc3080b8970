package quantity

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		lang Lang
		iso  string
		amb  bool
	}{
		{"12 June 2024", EN, "2024-06-12", false},
		{"12th June 2024", EN, "2024-06-12", false},
		{"June 12, 2024", EN, "2024-06-12", false},
		{"June 12 2024", EN, "2024-06-12", false},
		{"Sept. 3, 2023", EN, "2023-09-03", false},
		{"June 2024", EN, "2024-06", false},
		{"June 12", EN, "--06-12", false},
		{"2024-06-12", EN, "2024-06-12", false},
		{"2024-06", EN, "2024-06", false},
		{"2024/06/12", KO, "2024-06-12", false},
		{"2024. 6. 12.", KO, "2024-06-12", false},
		{"12/6/2024", VI, "2024-06-12", false},
		{"12/6/2024", EN, "2024-06-12", true},
		{"25/12/2024", EN, "2024-12-25", false},
		{"12/25/2024", EN, "2024-12-25", false},
		{"12.06.2024", VI, "2024-06-12", false},
		{"12/06/24", VI, "2024-06-12", false},
		{"06/2024", EN, "2024-06", false},
		{"ngày 12 tháng 6 năm 2024", VI, "2024-06-12", false},
		{"Ngày 12/6/2024", VI, "2024-06-12", false},
		{"ngày 12/6", VI, "--06-12", false},
		{"tháng 6/2024", VI, "2024-06", false},
		{"tháng 6 năm 2024", VI, "2024-06", false},
		{"tháng 6", VI, "--06", false},
		{"2024년 6월 12일", KO, "2024-06-12", false},
		{"2024년 6월", KO, "2024-06", false},
		{"6월 12일", KO, "--06-12", false},
		{"2024년", KO, "2024", false},
		{"23일", KO, "---23", false},
	} {
		d, amb, err := ParseDate(c.in, c.lang)
		if err != nil {
			t.Errorf("ParseDate(%q, %s): %v", c.in, c.lang, err)
			continue
		}
		if d.String() != c.iso || (amb != "") != c.amb {
			t.Errorf("ParseDate(%q, %s) = %s (ambiguous %q), want %s (ambiguous %v)", c.in, c.lang, d, amb, c.iso, c.amb)
		}
	}
	for _, in := range []string{"31/02/2024", "2024-13-01", "June 31, 2024", "30 February", "June", "12 june 2024", "2024-2-3", "tháng 13"} {
		if d, _, err := ParseDate(in, EN); err == nil {
			t.Errorf("ParseDate(%q) = %s, want an error", in, d)
		}
	}
}

func TestISO(t *testing.T) {
	for _, s := range []string{"2024", "2024-06", "2024-06-12", "2024-02-29"} {
		d, err := ParseISO(s)
		if err != nil || d.String() != s {
			t.Errorf("ParseISO(%q) = %s, %v", s, d, err)
		}
	}
	for _, s := range []string{"", "24", "2024-6", "2024-00", "2024-13", "2023-02-29", "2024-06-31", "2024/06", "abcd", "2024-06-1x"} {
		if d, err := ParseISO(s); err == nil {
			t.Errorf("ParseISO(%q) = %s, want an error", s, d)
		}
	}
	for _, c := range []struct {
		in       string
		from, to string
		ok       bool
	}{
		{"2024/2028", "2024", "2028", true}, {"2024-06", "2024-06", "2024-06", true},
		{"2028/2024", "", "", false}, {"2024/20", "", "", false},
	} {
		from, to, err := ParsePeriod(c.in)
		if (err == nil) != c.ok || c.ok && (from.String() != c.from || to.String() != c.to) {
			t.Errorf("ParsePeriod(%q) = %s, %s, %v", c.in, from, to, err)
		}
	}
	if (Date{Month: 2, Day: 29}).Valid() != true || (Date{Year: 2023, Month: 2, Day: 29}).Valid() {
		t.Error("29 February: valid without a year, not in 2023")
	}
}

func TestMonths(t *testing.T) {
	for _, c := range []struct {
		in string
		m  time.Month
	}{{"June", time.June}, {"jun", time.June}, {"Sept.", time.September}, {"SEP", time.September}, {"may", time.May}} {
		if m, ok := LookupMonth(c.in); !ok || m != c.m {
			t.Errorf("LookupMonth(%q) = %v, %v", c.in, m, ok)
		}
	}
	if _, ok := LookupMonth("Juneteenth"); ok {
		t.Error("LookupMonth(Juneteenth) found a month")
	}
	if MonthName(12) != "December" || MonthName(0) != "" {
		t.Error("MonthName")
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		in   string
		lang Lang
	}{
		{"Korean investment in Đà Nẵng reached US$382 million, Nguyễn Văn Thành said.", EN},
		{"Vốn đầu tư của Hàn Quốc vào Đà Nẵng đạt 382 triệu USD.", VI},
		{"Von dau tu dat 382 trieu USD", EN},
		{"삼성전자는 베트남에 2조5000억 원을 투자했다.", KO},
		{"한국 ICT 기업 80여곳이 참가했다.", KO},
		{"2,5 tỷ USD", VI},
		{"74만 명", KO},
		{"1.000", Unknown},
		{"", Unknown},
	} {
		if got := Detect(c.in); got != c.lang {
			t.Errorf("Detect(%q) = %s, want %s", c.in, got, c.lang)
		}
	}
	for _, s := range []string{"en", "vi", "ko", "unknown"} {
		if l, err := ParseLang(s); err != nil || l.String() != s {
			t.Errorf("ParseLang(%q) = %s, %v", s, l, err)
		}
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) succeeded")
	}
}

func TestParsePeriodOrder(t *testing.T) {
	for s, ok := range map[string]bool{"2024/2028": true, "2024-08/2024-12": true, "2024/2024-06": true,
		"2024-12/2024-08": false, "2025/2024": false, "2024-06-12/2024-06-11": false, "2024-06-12/2024-06": true} {
		if _, _, err := ParsePeriod(s); (err == nil) != ok {
			t.Errorf("ParsePeriod(%q): %v", s, err)
		}
	}
}
