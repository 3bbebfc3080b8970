package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"ictdash/data"
)

// The status of a number in an English or Vietnamese clause is decided by
// walking the words from the number outwards: the nearest cue before it
// (its verb and the modal words on that verb), else the nearest verb after
// it. A past or present verb is a cue too ("reached", "has", "đã", "đạt"):
// it says the number is a stated fact, and stops the walk before a modal
// further away ("exceeded the target and reached $50 billion").

// token is one word of the text, lowered, with its offsets.
type token struct {
	low, orig  string
	start, end int
}

// tokenize splits text[from:to] into words: runs of letters and digits,
// with inner apostrophes and hyphens ("it'll", "high-tech").
func tokenize(text string, from, to int) []token {
	var out []token
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isLetterOrDigit(r) {
			i += n
			continue
		}
		j := i + n
		for j < to {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isLetterOrDigit(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-') && j+n < to && isLetterOrDigit(firstRune(text[j+n:])) {
				j += n
				continue
			}
			break
		}
		out = append(out, token{strings.ToLower(text[i:j]), text[i:j], i, j})
		i = j
	}
	return out
}

// cue is a phrase that decides a status. stop marks a fact verb (actual),
// which a modal on it overrides ("will have trained"); verbal cues are
// verbs and modals, which also decide for a number before them.
type cue struct {
	words  []string
	status data.Status
	verbal bool
	// purpose marks an infinitive of purpose ("to train"): a target unless
	// a modal or aim governs it ("expected to train", "is set to train").
	purpose bool
}

// lexicon is one language's cue words.
type lexicon struct {
	byLast map[string][]cue // cues by their last word
	glue   map[string]bool  // words between a modal and its verb ("will have trained")
	// infinitive reports whether toks[i] opens a purpose clause whose verb
	// governs a number after it ("to train 500", "nhằm thu hút 50").
	infinitive func(toks []token, i int) bool
	// chainOnly are words that make an infinitive after them a projection
	// or target without being cues on their own ("set", "due", "is").
	chainOnly map[string]data.Status
	frames    []cue           // phrases opening a leading segment ("under the plan,")
	weak      map[string]bool // present-tense fact words a project's future frame overrides
	// planModals followed by one of planVerbs state an actor's plan
	// (target), not a forecast.
	planModals, planVerbs map[string]bool
	// weakContinues: a weak fact word does not stop the walk (Vietnamese
	// verbs have no tense: "mục tiêu hỗ trợ 500 doanh nghiệp và đào tạo
	// 2.000 chuyên gia" is a target).
	weakContinues bool
	deadline      func(text string, cl span) (string, bool) // a deadline in the clause ("by 2030")
	deadlineS     data.Status
	costWords     []string // money a project costs ("total investment")
	future        []string // the project is not yet built ("to be built")
}

// newLexicon indexes cues given as space-separated phrases.
func newLexicon(groups []cueGroup, glue []string) *lexicon {
	lx := &lexicon{byLast: map[string][]cue{}, glue: setOf(glue...)}
	for _, g := range groups {
		for _, p := range g.phrases {
			w := strings.Fields(p)
			lx.byLast[w[len(w)-1]] = append(lx.byLast[w[len(w)-1]], cue{words: w, status: g.status, verbal: g.verbal})
		}
	}
	return lx
}

// cueGroup is a list of phrases with one status.
type cueGroup struct {
	status  data.Status
	verbal  bool
	phrases []string
}

// cueEnding returns the longest cue whose last word is toks[i].
func (lx *lexicon) cueEnding(toks []token, i int) (cue, bool) {
	var best cue
	found := false
	for _, c := range lx.byLast[toks[i].low] {
		n := len(c.words)
		if n > i+1 || found && n <= len(best.words) {
			continue
		}
		// "may" is a modal only in lower case: "May 2024" is a month.
		ok := c.words[0] != "may" || toks[i-n+1].orig == "may"
		for k := range n {
			if !ok || toks[i-n+1+k].low != c.words[k] {
				ok = false
				break
			}
		}
		if ok {
			best, found = c, true
		}
	}
	return best, found
}

// cueStarting returns the longest cue whose first word is toks[i].
func (lx *lexicon) cueStarting(toks []token, i int) (cue, bool) {
	for j := min(len(toks)-1, i+3); j >= i; j-- {
		if c, ok := lx.cueEnding(toks, j); ok && j-len(c.words)+1 == i {
			return c, true
		}
	}
	return cue{}, false
}

func phraseOf(c cue) string { return strings.Join(c.words, " ") }

// decide walks seg from q outwards and returns the status and the words
// that decided it; ok is false when no word decides.
func (lx *lexicon) decide(text string, seg span, q data.Quantity) (data.Status, string, bool) {
	for _, t := range tokenize(text, q.Start, q.End) { // "an estimated 2,000"
		if c, ok := lx.cueEnding([]token{t}, 0); ok && c.status == data.Estimate {
			return c.status, t.orig, true
		}
	}
	before := tokenize(text, seg.start, q.Start)
	weak := ""
	for i := len(before) - 1; i >= 0; i-- {
		if c, ok := lx.cueEnding(before, i); ok {
			if lx.weakContinues && c.status == data.Actual && lx.weak[phraseOf(c)] {
				if weak == "" {
					weak = phraseOf(c)
				}
				i -= len(c.words) - 1
				continue
			}
			st, w := lx.chainBack(before, i-len(c.words), c)
			if st == data.Projection && lx.planVerbs[phraseOf(c)] { // "to be built", "will have invested"
				for m := range lx.planModals {
					if strings.HasPrefix(w, m+" ") {
						return data.Target, w + " (a plan)", true
					}
				}
			}
			return lx.plan(before, i, c, st, w)
		}
		if lx.infinitive != nil && lx.infinitive(before, i) {
			p := cue{words: []string{before[i].low, before[i+1].low}, status: data.Target, verbal: true, purpose: true}
			st, w := lx.chainBack(before, i-1, p)
			return st, w, true
		}
	}
	if weak != "" {
		return data.Actual, weak, true
	}
	after := tokenize(text, q.End, seg.end)
	for i := range after {
		if c, ok := lx.cueStarting(after, i); ok && c.verbal {
			st, w := lx.chainForward(after, i+len(c.words), c)
			// "12 triệu USD sẽ được giải ngân", "$5 million will be
			// disbursed": a planned action after the number, as before it.
			return lx.plan(after, i+len(c.words)-1, c, st, w)
		}
	}
	return "", "", false
}

// chainBack: a fact verb or purpose clause takes the status of a modal or
// aim just before it across glue words ("will have trained", "aims to
// train", "mục tiêu là đạt", "the goal is"). toks[j] is the word before c.
func (lx *lexicon) chainBack(toks []token, j int, c cue) (data.Status, string) {
	if c.status != data.Actual && !c.purpose {
		return c.status, phraseOf(c)
	}
	if c.purpose { // "expects the firms to sign": the verb may govern an object first
		// "expects the number of engineers to reach": the object may run
		// to a few words.
		for k := j; k >= max(0, j-5); k-- {
			if m, ok := lx.cueEnding(toks, k); ok {
				if m.status != data.Actual {
					return m.status, phraseOf(m) + " … " + phraseOf(c)
				}
				break
			}
		}
	}
	for ; j >= 0; j-- {
		if st, ok := lx.chainOnly[toks[j].low]; ok && c.purpose {
			return st, toks[j].low + " " + phraseOf(c)
		}
		if m, ok := lx.cueEnding(toks, j); ok {
			if m.status != data.Actual {
				return m.status, phraseOf(m) + " " + phraseOf(c)
			}
			break
		}
		if !lx.glue[toks[j].low] && !isDigits(toks[j].low) {
			break
		}
	}
	return c.status, phraseOf(c)
}

// isDigits reports whether s is a run of ASCII digits (a year between an
// aim and its verb: "mục tiêu đến năm 2030 đạt").
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// chainForward: a fact verb after the number takes the status of a modal
// just after it ("is expected", "are to be trained").
func (lx *lexicon) chainForward(toks []token, j int, c cue) (data.Status, string) {
	if c.status != data.Actual {
		return c.status, phraseOf(c)
	}
	for ; j < len(toks); j++ {
		if m, ok := lx.cueStarting(toks, j); ok {
			if m.status != data.Actual {
				return m.status, phraseOf(c) + " " + phraseOf(m)
			}
			break
		}
		if !lx.glue[toks[j].low] {
			break
		}
	}
	return c.status, phraseOf(c)
}

func wordsAt(toks []token, i int, words []string) bool {
	for k, w := range words {
		if i+k >= len(toks) || toks[i+k].low != w {
			return false
		}
	}
	return true
}

// isLowerWord reports whether t is a lower-case word of letters (a verb
// after "to" is; "to Vietnam", "to 500" are not).
func isLowerWord(t token) bool {
	r := firstRune(t.orig)
	return unicode.IsLetter(r) && unicode.IsLower(r)
}
