package quantity

import (
	"cmp"
	"slices"
	"strings"
)

// phrase is a run of words in lower case, composed (NFC), with its value.
// A word ending in "." must be written with the dot ("approx."); "%" is a
// word of its own.
type phrase[T any] struct {
	words []string
	val   T
}

// phrases is a table of phrases keyed by their first word (without a
// trailing dot), each list longest first, so that "no more than" wins over
// "no" and "more than" can never be read inside it.
type phrases[T any] map[string][]phrase[T]

func newPhrases[T any](entries map[string]T) phrases[T] {
	t := phrases[T]{}
	for k, v := range entries {
		ws := strings.Fields(k)
		key := strings.TrimSuffix(ws[0], ".")
		t[key] = append(t[key], phrase[T]{ws, v})
	}
	for _, l := range t {
		slices.SortFunc(l, func(a, b phrase[T]) int {
			if c := cmp.Compare(len(b.words), len(a.words)); c != 0 {
				return c
			}
			return cmp.Compare(strings.Join(b.words, " "), strings.Join(a.words, " "))
		})
	}
	return t
}

// match reads the longest phrase of t at i and returns its value and end.
// Words are separated by spaces or one hyphen ("per-cent", "héc-ta"); the
// phrase must not be followed by a letter.
func (t phrases[T]) match(s string, i int) (T, int, bool) {
	var zero T
	w, e := wordAt(s, i)
	if w == "" {
		return zero, i, false
	}
	cands, ok := lookup(t, w)
	if !ok {
		return zero, i, false
	}
	for _, p := range cands {
		if end, ok := p.matchFrom(s, i, e); ok {
			return p.val, end, true
		}
	}
	return zero, i, false
}

// matchFrom matches p at i, whose first word (already found) ends at e.
func (p phrase[T]) matchFrom(s string, i, e int) (int, bool) {
	j, ok := wordEnd(s, i, e, p.words[0])
	if !ok {
		return i, false
	}
	for _, want := range p.words[1:] {
		k := skipSpaces(s, j)
		if k == j {
			if j >= len(s) || s[j] != '-' || want == "%" {
				return i, false
			}
			k = j + 1
		}
		if want == "%" {
			if k >= len(s) || s[k] != '%' {
				return i, false
			}
			j = k + 1
			continue
		}
		w, we := wordAt(s, k)
		if w == "" || !sameWord(w, strings.TrimSuffix(want, ".")) {
			return i, false
		}
		if j, ok = wordEnd(s, k, we, want); !ok {
			return i, false
		}
	}
	if strings.HasSuffix(p.words[len(p.words)-1], ".") || p.words[len(p.words)-1] == "%" {
		return j, true
	}
	return j, !letterAt(s, j)
}

// wordEnd checks the dot a word of a phrase may require after it.
func wordEnd(s string, i, e int, want string) (int, bool) {
	if !strings.HasSuffix(want, ".") {
		return e, true
	}
	if e < len(s) && s[e] == '.' {
		return e + 1, true
	}
	return i, false
}

// sameWord compares a word of the text with a folded table word.
func sameWord(w, want string) bool {
	if w == want {
		return true
	}
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		if len(w) != len(want) {
			return false
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != want[i] {
				return false
			}
		}
		return true
	}
	var buf [80]byte
	if len(w) > 60 {
		return false
	}
	return string(fold(buf[:0], w)) == want
}
