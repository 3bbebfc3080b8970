package extract

import (
	"sort"
	"strings"
)

// lineSpan is a header line's place in the clean text.
type lineSpan struct {
	start, end int
	what       string
}

// headerSpans finds the header lines in the clean text (the cleaner drops
// some of them, "Source: …" and "By …", as bylines; those are simply not
// found). A "Title:" line is the headline, whose numbers are figures like
// any other, so it is left out.
func headerSpans(t string, lines []headerLine) []lineSpan {
	want := map[string]string{}
	for _, h := range lines {
		if h.What != "title" {
			want[collapse(h.Line)] = h.What
		}
	}
	var out []lineSpan
	off := 0
	for n, l := range strings.SplitAfter(t, "\n") {
		if n > 80 || len(want) == 0 {
			break
		}
		line := strings.TrimRight(l, "\n")
		if what, ok := want[collapse(line)]; ok {
			out = append(out, lineSpan{off, off + len(line), what})
			delete(want, collapse(line))
		}
		off += len(l)
	}
	return out
}

// markHeaderNumbers lists every number on a header line as a skipped
// number saying so: a figure drafted there becomes a skip, and a date
// skipped there gets the header's reason. Offsets are found as the loader
// finds them (the first occurrence of the context, then of the number in
// it), so the skips stay in text order and keep covering their numbers.
func markHeaderNumbers(d *Draft, t string, spans []lineSpan) {
	if len(spans) == 0 {
		return
	}
	in := func(at int) (lineSpan, bool) {
		for _, s := range spans {
			if at >= s.start && at < s.end {
				return s, true
			}
		}
		return lineSpan{}, false
	}
	figs := d.Figures[:0]
	for _, f := range d.Figures {
		at := locate(t, f.Quote, f.ValueText)
		s, ok := in(at)
		if !ok {
			figs = append(figs, f)
			continue
		}
		ctx := f.Quote
		if line := t[s.start:s.end]; strings.Index(t, line) == s.start && locate(t, line, f.ValueText) == at {
			ctx = line
		}
		d.Skipped = append(d.Skipped, Skip{Text: f.ValueText, Context: ctx, Reason: headerReason(s.what)})
	}
	d.Figures = figs
	for i := range d.Skipped {
		if s, ok := in(locate(t, d.Skipped[i].Context, d.Skipped[i].Text)); ok {
			d.Skipped[i].Reason = headerReason(s.what)
		}
	}
	sort.SliceStable(d.Skipped, func(a, b int) bool {
		return locate(t, d.Skipped[a].Context, d.Skipped[a].Text) < locate(t, d.Skipped[b].Context, d.Skipped[b].Text)
	})
}

// locate is where the loader places value: in the first occurrence of
// context in t; -1 when either is missing.
func locate(t, context, value string) int {
	at := strings.Index(t, context)
	in := strings.Index(context, value)
	if at < 0 || in < 0 {
		return -1
	}
	return at + in
}

func headerReason(what string) string {
	return "header line: " + what + " (the article's metadata, not its text)"
}
