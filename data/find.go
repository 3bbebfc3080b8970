package data

import (
	"slices"
	"strings"
)

// textIndex finds passages in one article's clean text. index returns what
// strings.Index does — the first occurrence — but looks for the passage's
// rarest byte (by the article's own byte counts) rather than its first:
// quotes open with common letters, and the record file of a long article
// looks up hundreds of them in it, which made plain strings.Index a large
// share of verifying a big dataset.
type textIndex struct {
	text string
	freq [256]int32
}

func newTextIndex(text string) *textIndex {
	x := &textIndex{text: text}
	for i := 0; i < len(text); i++ {
		x.freq[text[i]]++
	}
	return x
}

func (x *textIndex) index(q string) int {
	text := x.text
	if len(q) < 4 || len(q) > len(text) {
		return strings.Index(text, q)
	}
	k := 0
	for i := 1; i < len(q); i++ {
		if x.freq[q[i]] < x.freq[q[k]] {
			k = i
		}
	}
	if x.freq[q[k]] == 0 {
		return -1
	}
	// Every occurrence of q at p has q[k] at p+k, so trying each q[k] in
	// the text in order meets the first occurrence first. Work is bounded:
	// on text built to defeat the heuristic (the rarest byte everywhere),
	// strings.Index takes over from the first position not yet ruled out.
	budget := 2*len(text) + 64
	for from := k; ; {
		i := strings.IndexByte(text[from:], q[k])
		if i < 0 {
			return -1
		}
		at := from + i - k
		if at+len(q) > len(text) {
			return -1
		}
		if text[at:at+len(q)] == q {
			return at
		}
		if budget -= len(q); budget < 0 {
			if j := strings.Index(text[at+1:], q); j >= 0 {
				return at + 1 + j
			}
			return -1
		}
		from += i + 1
	}
}

// nth returns the offset of the (n+1)th non-overlapping occurrence of q,
// or of the last one when there are fewer; -1 when q does not occur.
func (x *textIndex) nth(q string, n int) int {
	at := x.index(q)
	for ; n > 0 && at >= 0 && q != ""; n-- {
		j := strings.Index(x.text[at+len(q):], q)
		if j < 0 {
			break
		}
		at += len(q) + j
	}
	return at
}

// spreadRepeatedSkips moves a file's skip entries that name the same
// number in the same passage — all placed at its first occurrence by
// checkSkip — to the passage's successive occurrences, as quote does for
// sources: a repeated lead paragraph's year is two entries, one for each
// occurrence. Repeats are rare, so they are found by sorting once per
// file rather than by a lookup per entry.
func (v *verifier) spreadRepeatedSkips(rf *recordFile) {
	skips := rf.skips
	if len(skips) < 2 {
		return
	}
	order := make([]int32, len(skips))
	for i := range order {
		order[i] = int32(i)
	}
	key := func(a, b int32) int {
		x, y := &skips[a], &skips[b]
		if x.Offset != y.Offset {
			return x.Offset - y.Offset
		}
		if c := strings.Compare(x.Context, y.Context); c != 0 {
			return c
		}
		return strings.Compare(x.Text, y.Text)
	}
	// Stable, so that the entries of one number keep the file's order.
	slices.SortStableFunc(order, key)
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && key(order[i], order[j]) == 0 {
			j++
		}
		for k := i + 1; k < j; k++ {
			sk := &skips[order[k]]
			x := v.texts[rf.article.article.File]
			in := strings.Index(sk.Context, sk.Text)
			at := x.nth(sk.Context, k-i)
			sk.Offset = at + in
			sk.Context = x.text[at : at+len(sk.Context)]
			sk.Text = sk.Context[in : in+len(sk.Text)]
		}
		i = j
	}
}
