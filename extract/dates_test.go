package extract

import (
	"strings"
	"testing"
)

// TestDateHandling: datelines give the publication date (day/month in
// Vietnamese outlets), body dates give events their date in the skip
// reason, and relative dates resolve against the publication date.
func TestDateHandling(t *testing.T) {
	for _, c := range []struct {
		name, text, published string
		wantPublished         string // Draft.Published
		skip, wantReason      string // a skip and a part of its reason
	}{
		{name: "Vietnamese dateline is day/month", text: "Korea and Đà Nẵng sign ICT deals\n\n12/06/2024    44\n\nPartners inked five deals.",
			wantPublished: "2024-06-12"},
		{name: "month-first dateline", text: "Vietnam opens tech centre\n\nMay 30, 2019 | 16:02\n\nNIPA opened a centre for 20 firms.",
			wantPublished: "2019-05-30", skip: "", wantReason: ""},
		{name: "event date", text: "Forum held in Seoul\n\nThe forum was held in Seoul on August 2, 2024.", published: "2024-08-10",
			wantPublished: "2024-08-10", skip: "August 2, 2024", wantReason: "August 2, 2024 → 2024-08-02"},
		{name: "two years ago", text: "Second centre opens\n\nThe first centre was launched two years ago in Hanoi.", published: "2019-05-30",
			wantPublished: "2019-05-30", skip: "two years ago", wantReason: "two years ago → 2017 (published 2019-05-30)"},
		{name: "last year", text: "VKAI Hub\n\nVINK introduced the VKAI Hub in Đà Nẵng last year.", published: "2024-06-12",
			wantPublished: "2024-06-12", skip: "last year", wantReason: "last year → 2023 (published 2024-06-12)"},
		{name: "months ago", text: "Office opens\n\nThe office opened three months ago in Hà Nội.", published: "2024-06-12",
			wantPublished: "2024-06-12", skip: "three months ago", wantReason: "three months ago → 2024-03"},
		{name: "no date", text: "Forum\n\nThe forum drew 150 delegates.", wantPublished: ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract("a.txt", []byte(c.text), Options{Published: c.published})
			if err != nil {
				t.Fatal(err)
			}
			if d.Published != c.wantPublished {
				t.Errorf("published %q (%s), want %q", d.Published, d.DateNote, c.wantPublished)
			}
			if c.skip == "" {
				return
			}
			for _, s := range d.Skipped {
				if s.Text == c.skip {
					if !strings.Contains(s.Reason, c.wantReason) {
						t.Errorf("skip %q: reason %q, want it to contain %q", s.Text, s.Reason, c.wantReason)
					}
					return
				}
			}
			t.Errorf("no skip %q in %+v", c.skip, d.Skipped)
		})
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want, how string }{
		// Day first, as Vietnamese outlets write dates; when both numbers
		// could be the month, the engine says so.
		{"12/06/2024", "2024-06-12", "day and month may be either way round (12/06/2024 read day first)"},
		{"25/11/2026", "2026-11-25", ""},
		{"06/13/2024", "2024-06-13", ""},
		{"12.06.2024", "2024-06-12", "day and month may be either way round (12.06.2024 read day first)"},
		{"12/06/24", "2024-06-12", "day and month may be either way round (12/06/24 read day first)"},
		{"2024-06-12", "2024-06-12", ""},
		{"May 30, 2019", "2019-05-30", ""},
		{"August 2, 2024", "2024-08-02", ""},
		{"Aug. 2, 2024", "2024-08-02", ""},
		{"2 August 2024", "2024-08-02", ""},
		{"2nd August 2024", "2024-08-02", ""},
		{"August 2024", "2024-08", ""},
		{"06/2024", "2024-06", ""},
		{"31/02/2024", "", ""},
		{"Nov. 5", "", "year not stated"},
	} {
		got, how, ok := parseDate(c.in)
		if !ok {
			got = ""
		}
		if got != c.want || how != c.how {
			t.Errorf("parseDate(%q) = %q, %q; want %q, %q", c.in, got, how, c.want, c.how)
		}
	}
}

// TestPeriods: a figure's period comes from a year in its clause, a
// relative date or horizon in its sentence, or else it is the publication
// date as an as-of, marked period_basis: publication (never the
// publication year passed off as the period).
func TestPeriods(t *testing.T) {
	assertPeriods(t, "2024-06-12", []draftPeriod{
		{"In 2018, the industry had a turnover of US$98.9 billion.", "US$98.9 billion", "2018"},
		{"The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$600 billion", "2024-06-12"},
		{"The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$800 billion", "2028"},
		{"Exports rose 12 per cent last year to US$31.4 billion.", "US$31.4 billion", "2023"},
		{"Korea would need 740,000 IT workers in the next five years.", "740,000", "2024/2029"},
		{"The mission, the largest since KOTRA began it in 2015, includes 18 developers.", "18", "2024-06-12"},
	})
}

// draftPeriod is a sentence, a value as written in it and the period the
// figure drafted from it must have.
type draftPeriod struct{ text, value, want string }

// assertPeriods drafts each sentence as an article published on pub and
// checks the period of the figure with the value as written; a period
// equal to pub must be marked as the publication date (an as-of).
func assertPeriods(t *testing.T, pub string, cases []draftPeriod) {
	t.Helper()
	for _, c := range cases {
		d, err := Extract("a.txt", []byte("Title\n\n"+c.text), Options{Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range d.Figures {
			if f.ValueText == c.value {
				found = true
				if f.Period != c.want {
					t.Errorf("%q in %q: period %q (%s), want %q", c.value, c.text, f.Period, f.PeriodNote, c.want)
				}
				if asOf := c.want == pub; asOf != (f.PeriodBasis == "publication") {
					t.Errorf("%q in %q: period basis %q", c.value, c.text, f.PeriodBasis)
				}
			}
		}
		if !found {
			t.Errorf("%q not drafted from %q", c.value, c.text)
		}
	}
}

// TestMetaDate: dates as page metadata and header lines write them, read
// at the precision given; values with no dated year are not dates.
func TestMetaDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2019-07-12T10:00:00+07:00", "2019-07-12"},
		{"2022-12-23 14:05", "2022-12-23"},
		{"2019-07-12", "2019-07-12"},
		{"July 2019", "2019-07"},
		{"12/07/2019", "2019-07-12"},
		{"2024.11.23 10:12", "2024-11-23"},
		{"2024년 11월 23일 오전 10:12", "2024-11-23"},
		{"Thứ sáu, 23/12/2022, 10:12 (GMT+7)", "2022-12-23"},
		{"2019", "2019"},
		{"to be announced", ""},
		{"Nov. 5", ""},
	} {
		got, _, ok := metaDate(c.in)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("metaDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
