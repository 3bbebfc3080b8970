package data

import "strings"

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
