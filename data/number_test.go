package data

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in    string
		value float64
		unit  string
		qual  Qualifier
		rel   bool
		kind  string
	}{
		// Required rows.
		{"US$98.9 billion", 98.9e9, "USD", Exact, false, "quantity"},
		{"$800 million", 8e8, "USD", Exact, false, "quantity"},
		{"740,000", 740000, "", Exact, false, "quantity"},
		{"nearly 20", 20, "", Nearly, false, "quantity"},
		{"Nearly 20", 20, "", Nearly, false, "quantity"},
		{"over 30", 30, "", Over, false, "quantity"},
		{"more than 10", 10, "", MoreThan, false, "quantity"},
		{"more than $1 billion", 1e9, "USD", MoreThan, false, "quantity"},
		{"approximately 80%", 80, "percent", About, false, "quantity"},
		{"About 250", 250, "", About, false, "quantity"},
		{"up to 5", 5, "", UpTo, false, "quantity"},
		{"12 per cent", 12, "percent", Exact, false, "quantity"},
		{"eight per cent", 8, "percent", Exact, false, "quantity"},
		{"11 percent", 11, "percent", Exact, false, "quantity"},
		{"seven-month", 7, "months", Exact, false, "quantity"},
		{"five deals", 5, "count", Exact, false, "quantity"},
		{"two years ago", 2, "years", Exact, true, "quantity"},
		{"three decades", 30, "years", Exact, false, "quantity"},
		{"279 projects", 279, "count", Exact, false, "quantity"},
		{"US$1 billion", 1e9, "USD", Exact, false, "quantity"},
		{"$5.1 billion", 5.1e9, "USD", Exact, false, "quantity"},
		{"29,000 projects", 29000, "count", Exact, false, "quantity"},
		{"VND 10 trillion", 10e12, "VND", Exact, false, "quantity"},
		{"10 trillion VND", 10e12, "VND", Exact, false, "quantity"},
		{"5 billion won", 5e9, "KRW", Exact, false, "quantity"},
		{"the next five years", 5, "years", Exact, true, "quantity"},
		{"500", 500, "", Exact, false, "quantity"},
		{"34 South Korean startups", 34, "count", Exact, false, "quantity"},
		{"150 delegates", 150, "count", Exact, false, "quantity"},
		// Number words and scales.
		{"twenty-five", 25, "", Exact, false, "quantity"},
		{"a hundred", 100, "", Exact, false, "quantity"},
		{"one hundred and twenty", 120, "", Exact, false, "quantity"},
		{"two million five hundred thousand", 2.5e6, "", Exact, false, "quantity"},
		{"five billion won", 5e9, "KRW", Exact, false, "quantity"},
		{"five-year", 5, "years", Exact, false, "quantity"},
		{"30-year", 30, "years", Exact, false, "quantity"},
		{"two weeks", 14, "days", Exact, false, "quantity"},
		{"three decades ago", 30, "years", Exact, true, "quantity"},
		{"last five years", 5, "years", Exact, true, "quantity"},
		{"last year", 1, "years", Exact, true, "quantity"},
		// Other spellings.
		{"$100M", 1e8, "USD", Exact, false, "quantity"},
		{"100M", 1e8, "", Exact, false, "quantity"},
		{"$5m", 5e6, "USD", Exact, false, "quantity"},
		{"US$ 4.3 billion", 4.3e9, "USD", Exact, false, "quantity"},
		{"VND10 trillion", 10e12, "VND", Exact, false, "quantity"},
		{"KRW 5 billion", 5e9, "KRW", Exact, false, "quantity"},
		{"5 million US dollars", 5e6, "USD", Exact, false, "quantity"},
		{"+1", 1, "", Exact, false, "quantity"},
		{"-2.5%", -2.5, "percent", Exact, false, "quantity"},
		{"an estimated 200 firms", 200, "count", About, false, "quantity"},
		{"2000 workers", 2000, "count", Exact, false, "quantity"},
		// Other kinds.
		{"2018", 2018, "", Exact, false, "year"},
		{"1990s", 1990, "", Exact, false, "year"},
		{"2025-30", 2025, "", Exact, false, "range"},
		{"10-15 per cent", 10, "percent", Exact, false, "range"},
		{"16:02", 16 + 2.0/60, "", Exact, false, "time"},
		{"12/06/2024", 2024, "", Exact, false, "date"},
		{"2024-06-12", 2024, "", Exact, false, "date"},
		{"August 2, 2024", 2024, "", Exact, false, "date"},
		{"May 30, 2019", 2019, "", Exact, false, "date"},
		{"2 August 2024", 2024, "", Exact, false, "date"},
		{"21st", 21, "", Exact, false, "ordinal"},
	}
	for _, tt := range tests {
		q, err := ParseQuantity(tt.in)
		if err != nil {
			t.Errorf("ParseQuantity(%q): %v", tt.in, err)
			continue
		}
		if q.Value != tt.value || q.Unit != tt.unit || q.Qualifier != tt.qual || q.Relative != tt.rel || q.Kind != tt.kind {
			t.Errorf("ParseQuantity(%q) = %v %q %s rel=%v %s, want %v %q %s rel=%v %s", tt.in,
				q.Value, q.Unit, q.Qualifier, q.Relative, q.Kind, tt.value, tt.unit, tt.qual, tt.rel, tt.kind)
		}
		if q.Text != tt.in {
			t.Errorf("ParseQuantity(%q).Text = %q", tt.in, q.Text)
		}
	}
}

func TestParseQuantityErrors(t *testing.T) {
	for _, in := range []string{"", "foo", "the", "$", "US$ billion", "first", "5 and 6", "5, 6",
		"hundred", "twelvety", "b77dc0c3", "3a4b", "1.2.3", "nearly", "next 500 units"} {
		if q, err := ParseQuantity(in); err == nil {
			t.Errorf("ParseQuantity(%q) = %+v, want an error", in, q)
		} else if !strings.Contains(err.Error(), fmt.Sprintf("%q", in)) {
			t.Errorf("ParseQuantity(%q) error does not name the text: %v", in, err)
		}
	}
}

func TestScanNumbers(t *testing.T) {
	type want struct {
		text, kind, unit string
		value            float64
		qual             Qualifier
		rel              bool
	}
	tests := []struct {
		sentence string
		want     []want
	}{
		{"Thanh said South Korea had been listed as a top five-investor in Đà Nẵng, with 279 projects worth US$382 million.",
			[]want{{"five", "quantity", "count", 5, Exact, false}, {"279", "quantity", "count", 279, Exact, false},
				{"US$382 million", "quantity", "USD", 382e6, Exact, false}}},
		{"For the Vietnam, the initiative has attracted approximately US$230 billion worth of committed investments.",
			[]want{{"approximately US$230 billion", "quantity", "USD", 230e9, About, false}}},
		{"with revenues of US$1 billion, of which $150 million comes from software exports and is growing at an annual rate of 12 per cent a year.",
			[]want{{"US$1 billion", "quantity", "USD", 1e9, Exact, false}, {"$150 million", "quantity", "USD", 150e6, Exact, false},
				{"12 per cent", "quantity", "percent", 12, Exact, false}}},
		{"the city’s digital transformation and innovation plan 2025-30 as well",
			[]want{{"2025-30", "range", "", 2025, Exact, false}}},
		{"12/06/2024 \u00a0 \u00a0 44", []want{{"12/06/2024", "date", "", 2024, Exact, false}, {"44", "quantity", "", 44, Exact, false}}},
		{"May 30, 2019 | 16:02", []want{{"May 30, 2019", "date", "", 2019, Exact, false}, {"16:02", "time", "", 16 + 2.0/60, Exact, false}}},
		{"jointly organized the first Vietnam - Korea Digital Forum in Seoul, Korea on August 2, 2024.",
			[]want{{"August 2, 2024", "date", "", 2024, Exact, false}}},
		{"Nearly 20 Vietnamese digital tech firms and 150 delegates from South Korean associations",
			[]want{{"Nearly 20", "quantity", "count", 20, Nearly, false}, {"150", "quantity", "count", 150, Exact, false}}},
		{"in 2018, Vietnam’s IT industry had a turnover of US$98.9 billion, a growth rate of eight per cent over the year before.",
			[]want{{"2018", "year", "", 2018, Exact, false}, {"US$98.9 billion", "quantity", "USD", 98.9e9, Exact, false},
				{"eight per cent", "quantity", "percent", 8, Exact, false}}},
		{"A central theme of the discussions was the “+1” model; over 30 Vietnamese firms",
			[]want{{"+1", "quantity", "", 1, Exact, false}, {"over 30", "quantity", "count", 30, Over, false}}},
		{"South Korea’s position three decades ago. The first such centre was launched two years ago in Hanoi",
			[]want{{"three decades ago", "quantity", "years", 30, Exact, true}, {"two years ago", "quantity", "years", 2, Exact, true}}},
		{"which offers seven-month internships, with approximately 80% of participants securing jobs",
			[]want{{"seven-month", "quantity", "months", 7, Exact, false}, {"approximately 80%", "quantity", "percent", 80, About, false}}},
		{"has lots of potential over the next 30 years, in the top 10 provinces with ICT revenue of more than $1 billion",
			[]want{{"next 30 years", "quantity", "years", 30, Exact, true}, {"10", "quantity", "count", 10, Exact, false},
				{"more than $1 billion", "quantity", "USD", 1e9, MoreThan, false}}},
		{"- South Korea Loses Appeal in $100M Arbitration Case; 100M users",
			[]want{{"$100M", "quantity", "USD", 1e8, Exact, false}, {"100M", "quantity", "count", 1e8, Exact, false}}},
		{"For one, its ‘Make in Vietnam’ campaign launched in 2014.",
			[]want{{"one", "quantity", "", 1, Exact, false}, {"2014", "year", "", 2014, Exact, false}}},
		{"Files 000_b77dc0c3b0768d47.txt and COVID-19, v1.2.3 and 3a4b hold no figures; the first and second do not either.", nil},
		{"5G networks reached the 21st province", []want{{"5G", "quantity", "", 5, Exact, false}, {"21st", "ordinal", "", 21, Exact, false}}},
	}
	for _, tt := range tests {
		got := ScanNumbers(tt.sentence)
		if len(got) != len(tt.want) {
			t.Errorf("ScanNumbers(%q) found %d: %+v, want %d", tt.sentence, len(got), got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			q := got[i]
			if tt.sentence[q.Start:q.End] != q.Text {
				t.Errorf("span [%d,%d) = %q, Text %q", q.Start, q.End, tt.sentence[q.Start:q.End], q.Text)
			}
			if q.Text != w.text || q.Kind != w.kind || q.Unit != w.unit || q.Value != w.value || q.Qualifier != w.qual || q.Relative != w.rel {
				t.Errorf("in %.40q…: got %q %s %q %v %s rel=%v, want %+v", tt.sentence, q.Text, q.Kind, q.Unit, q.Value, q.Qualifier, q.Relative, w)
			}
		}
	}
}

// TestScanNumbersSeeds: every digit in the clean seed texts lies inside a
// span, so no number is lost unseen.
func TestScanNumbersSeeds(t *testing.T) {
	for name, raw := range readSeeds(t) {
		text := Clean(raw).Text
		covered := make([]bool, len(text))
		for _, q := range ScanNumbers(text) {
			for i := q.Start; i < q.End; i++ {
				covered[i] = true
			}
		}
		for i := 0; i < len(text); i++ {
			if isDigit(text[i]) && !covered[i] {
				t.Errorf("%s: digit at %d not scanned: %q", name, i, text[max(i-20, 0):min(i+20, len(text))])
			}
		}
	}
}

func checkQuantity(t *testing.T, q Quantity) {
	t.Helper()
	if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
		t.Fatalf("bad value %v in %+v", q.Value, q)
	}
	if q.Unit != "" && !strings.Contains(" "+strings.Join(Units, " ")+" ", " "+q.Unit+" ") {
		t.Fatalf("unit %q not in Units: %+v", q.Unit, q)
	}
	if validQualifier := map[Qualifier]bool{Exact: true, About: true, Over: true, MoreThan: true, Nearly: true, UpTo: true}; !validQualifier[q.Qualifier] {
		t.Fatalf("qualifier %q: %+v", q.Qualifier, q)
	}
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{"US$98.9 billion", "more than $1 billion", "the next five years", "twenty-five",
		"two million five hundred thousand", "12/06/2024", "16:02 p.m.", "2025-30", "three decades ago", "+1", "1990s", "$5m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuantity(s)
		if err != nil {
			return
		}
		checkQuantity(t, q)
		if q.Text != strings.TrimSpace(s) {
			t.Fatalf("Text %q for %q", q.Text, s)
		}
	})
}

func FuzzScanNumbers(f *testing.F) {
	f.Add("Thanh said South Korea had been listed as a top five-investor in Đà Nẵng, with 279 projects worth US$382 million.")
	f.Add("May 30, 2019 | 16:02 12/06/2024\u00a0 44 approximately 80% the “+1” model, over the next 30 years 2025-30")
	f.Add("one hundred and twenty-five a thousand $100M 5G 21st COVID-19 b77dc0c3 1.2.3 090-123-4567")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, q := range ScanNumbers(s) {
			if q.Start < prev || q.End <= q.Start || q.End > len(s) {
				t.Fatalf("span [%d,%d) after %d in %d bytes", q.Start, q.End, prev, len(s))
			}
			if s[q.Start:q.End] != q.Text {
				t.Fatalf("Text %q, span %q", q.Text, s[q.Start:q.End])
			}
			if utf8.ValidString(s) && !utf8.ValidString(q.Text) {
				t.Fatalf("span %q splits a rune", q.Text)
			}
			checkQuantity(t, q)
			prev = q.End
		}
	})
}
