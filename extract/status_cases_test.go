package extract

import (
	"strings"
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// statusCase is a sentence, the number in it (as it first occurs) and the
// status it must get.
type statusCase struct {
	sentence, vt string
	want         data.Status
}

// periodCase adds the publication date and the period it must get; basis
// is "publication" when the text gives no period.
type periodCase struct {
	pub, sentence, vt, want, basis string
}

// mentionIn builds the extractor and mention for the first scanned number
// covering the first occurrence of vt in text, as Extract does.
func mentionIn(t *testing.T, text string, lang quantity.Lang, pub, vt string) (*extractor, mention) {
	t.Helper()
	c := data.Clean("Title\n\n" + text)
	x := &extractor{text: c.Text, pub: pub, lang: lang, sents: splitSentences(c.Text), ids: map[string]bool{}}
	at := strings.Index(x.text, vt)
	if at < 0 {
		t.Fatalf("%q not in %q", vt, x.text)
	}
	qs := quantity.Scan(x.text, lang)
	for i, q := range qs {
		if q.End <= at || q.Start >= at+len(vt) {
			continue
		}
		m := mention{q: q, sent: x.sentenceAt(q.Start, q.End), prev: wordBefore(x.text, q.Start)}
		j := i
		for j > 0 && x.sentenceAt(qs[j-1].Start, qs[j-1].End) == m.sent {
			j--
		}
		for k := j; k < len(qs) && x.sentenceAt(qs[k].Start, qs[k].End) == m.sent; k++ {
			m.group = append(m.group, qs[k])
		}
		return x, m
	}
	t.Fatalf("no number scanned at %q in %q", vt, text)
	return nil, mention{}
}

// checkStatus asserts each case's status alone and followed by each leak
// sentence (whose modal or past verb must not decide for this one).
func checkStatus(t *testing.T, lang quantity.Lang, cases []statusCase, leaks []string) {
	t.Helper()
	for _, c := range cases {
		for _, text := range append([]string{c.sentence}, joinLeaks(c.sentence, leaks)...) {
			x, m := mentionIn(t, text, lang, "2024-06-12", c.vt)
			if got, why := guessStatus(x.text, m.sent, m.q); got != c.want {
				t.Errorf("%q in %q: status %s (%s), want %s", m.q.Text, text, got, why, c.want)
			}
		}
	}
}

// checkPeriod asserts each case's period and basis, alone and followed by
// each leak sentence (whose date must not date this one).
func checkPeriod(t *testing.T, lang quantity.Lang, cases []periodCase, leaks []string) {
	t.Helper()
	for _, c := range cases {
		for _, text := range append([]string{c.sentence}, joinLeaks(c.sentence, leaks)...) {
			x, m := mentionIn(t, text, lang, c.pub, c.vt)
			p, note, basis := x.period(m)
			if p != c.want || basis != c.basis {
				t.Errorf("%q in %q (published %s): period %q %q (%s), want %q %q", m.q.Text, text, c.pub, p, basis, note, c.want, c.basis)
			}
		}
	}
}

// joinLeaks appends each leak sentence after s, with a space, and, for a
// sentence ending in a full stop, also without one ("…했다.삼성은 …"), as
// scraped text often has it.
func joinLeaks(s string, leaks []string) []string {
	var out []string
	for _, l := range leaks {
		out = append(out, s+" "+l)
		if strings.HasSuffix(s, ".") {
			out = append(out, s+l)
		}
	}
	return out
}

const asReported = "publication"
