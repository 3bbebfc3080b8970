package quantity

// The lexicon joins every word table into one map, so that a word after a
// number is looked up once however many tables ask about it: scanning is
// mostly asking what the next word is.

// entry is what the tables say about one folded word.
type entry struct {
	starter, viStarter bool // an expression may begin with it
	number, viDigit    bool // it is or begins a number word
	notNoun, irregular bool // not a counted noun; an irregular plural
	yearPrep, product  bool // "in 2024"; "Galaxy 5"
	pronoun, timesCmp  bool // "for one"; "three times higher"
	times              bool // "times"
	hasScale, hasTime  bool
	isSmall, isEnScale bool
	isDen, isA, dozen  bool
	small, enScale     int      // enSmall, enScales
	den, fold          float64  // enDenominators, enFolds
	scale              int      // the exponent of a scale word after digits
	time               unitWord // a span of time
	month              int      // an English month
	role               int      // what it makes of the number after it (skip.go)
	per                string   // a rate in one word ("annually")
	fn                 int      // a function word the grammar asks for (fnBetween …)
	currency           []phrase[currency]
	units              []phrase[unitWord]
	post, pre, viPre   []phrase[Qualifier]
	viTime             []phrase[unitWord]
}

// Function words of the grammar, found by entry rather than by comparing
// strings at every number.
const (
	fnBetween = iota + 1
	fnFrom
	fnTu // từ
	fnRelative
	fnTo
	fnAnd
	fnDen // đến, tới
	fnPer
	fnA // a, an, each, every
	fnViPer
	fnOr
)

var functionWords = map[string]int{
	"between": fnBetween, "from": fnFrom, "từ": fnTu,
	"next": fnRelative, "last": fnRelative, "past": fnRelative, "coming": fnRelative, "previous": fnRelative,
	"to": fnTo, "and": fnAnd, "đến": fnDen, "tới": fnDen, "per": fnPer,
	"a": fnA, "an": fnA, "each": fnA, "every": fnA,
	"mỗi": fnViPer, "hằng": fnViPer, "hàng": fnViPer, "một": fnViPer, "or": fnOr, "hoặc": fnOr,
}

var lexicon = buildLexicon()

func buildLexicon() map[string]*entry {
	m := map[string]*entry{}
	at := func(w string) *entry {
		e := m[w]
		if e == nil {
			e = &entry{}
			m[w] = e
		}
		return e
	}
	for w := range starters {
		at(w).starter = true
	}
	for w := range viStarters {
		at(w).viStarter = true
	}
	for w := range numberWords {
		at(w).number = true
	}
	for w := range viDigits {
		at(w).viDigit = true
	}
	for w := range notNouns {
		at(w).notNoun = true
	}
	for w := range irregularPlurals {
		at(w).irregular = true
	}
	for w := range yearPrepositions {
		at(w).yearPrep = true
	}
	for w := range productWords {
		at(w).product = true
	}
	for w := range pronounBefore {
		at(w).pronoun = true
	}
	for w := range timesComparatives {
		at(w).timesCmp = true
	}
	at("times").times = true
	addNumberWords(at)
	for w, x := range scaleWords {
		e := at(w)
		e.scale, e.hasScale = x, true
	}
	for w, t := range timeWords {
		e := at(w)
		e.time, e.hasTime = t, true
	}
	for w, mo := range months {
		at(w).month = mo
	}
	for w, r := range prevRoles {
		at(w).role = r
	}
	for w, f := range functionWords {
		at(w).fn = f
	}
	for w, p := range perAdverbs {
		at(w).per = p
	}
	addPhrases(at)
	return m
}

// addNumberWords files the English number words.
func addNumberWords(at func(string) *entry) {
	for w, v := range enSmall {
		e := at(w)
		e.small, e.isSmall = v, true
	}
	for w, x := range enScales {
		e := at(w)
		e.enScale, e.isEnScale = x, true
	}
	for w, d := range enDenominators {
		e := at(w)
		e.den, e.isDen = d, true
	}
	for w, f := range enFolds {
		at(w).fold = f
	}
	at("a").isA, at("an").isA, at("dozen").dozen = true, true, true
}

// addPhrases files the phrase tables under their first words.
func addPhrases(at func(string) *entry) {
	for w, l := range currencyWords {
		at(w).currency = l
	}
	for w, l := range unitWords {
		at(w).units = l
	}
	for w, l := range postfixHedges {
		at(w).post = l
	}
	for w, l := range prefixHedges {
		at(w).pre = l
	}
	for w, l := range viPrefixHedges {
		at(w).viPre = l
	}
	for w, l := range viTimeWords {
		at(w).viTime = l
	}
}

// shapes is a set of ASCII words by shape: first two letters, length
// and last letter. Most words of a text ("the", "of", "for") are ruled
// out by their shape before any map lookup.
type shapes [27][27][16]uint32

func (t *shapes) add(w string) {
	if a, b, z, ok := shape(w); ok {
		t[a][b][len(w)] |= 1 << z
	}
}

// has reports whether an ASCII word may be in the set.
func (t *shapes) has(w string) bool {
	a, b, z, ok := shape(w)
	return ok && t[a][b][len(w)]&(1<<z) != 0
}

// starterShapes and lexiconShapes are the shapes of the starters and of
// every word of the lexicon.
var starterShapes, lexiconShapes = func() (*shapes, *shapes) {
	var st, lx shapes
	for w, e := range lexicon {
		if e.starter || e.viStarter {
			st.add(w)
		}
		lx.add(w)
	}
	return &st, &lx
}()

// shape returns the table indexes of an ASCII word's first two letters
// and last letter (26 for none), false for anything else.
func shape(w string) (int, int, int, bool) {
	if len(w) == 0 || len(w) >= 16 {
		return 0, 0, 0, false
	}
	a, ok := letterIndex(w[0])
	if !ok {
		return 0, 0, 0, false
	}
	if len(w) == 1 {
		return a, 26, 26, true
	}
	b, ok := letterIndex(w[1])
	z, ok2 := letterIndex(w[len(w)-1])
	return a, b, z, ok && ok2
}

func letterIndex(c byte) (int, bool) {
	switch {
	case 'a' <= c && c <= 'z':
		return int(c - 'a'), true
	case 'A' <= c && c <= 'Z':
		return int(c - 'A'), true
	}
	return 0, false
}

// starterShape reports whether an ASCII word could be a starter.
func starterShape(w string) bool { return starterShapes.has(w) }

// mayStart reports whether the ASCII word at i could be a starter.
func mayStart(s string, i int) bool {
	j := i
	for j < len(s) && j-i < 16 && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
		j++
	}
	if j < len(s) && s[j] >= 0x80 {
		return true // a word that goes on in other letters: ask the lexicon
	}
	return j > i && starterShapes.has(s[i:j])
}

// entryOf returns the lexicon's entry for w, or nil.
func entryOf(w string) *entry {
	if w == "" || w[0] < 0x80 && isASCII(w) && !lexiconShapes.has(w) {
		return nil
	}
	e, _ := lookup(lexicon, w)
	return e
}

// wordCache remembers the words last looked up, by position (a slot per
// position modulo its size).
type wordCache struct {
	at   [16]int
	end  [16]int
	word [16]string
	e    [16]*entry
}

// entryAt returns the word at i, its end and its entry (nil when the
// lexicon does not know it), remembering the last few positions asked.
func (sc *scanner) entryAt(i int) (string, int, *entry) {
	c := &sc.words
	k := i & (len(c.at) - 1)
	if c.at[k] == i+1 {
		return c.word[k], c.end[k], c.e[k]
	}
	w, end := wordAt(sc.s, i)
	var e *entry
	if w != "" {
		e = entryOf(w)
	}
	c.at[k], c.end[k], c.word[k], c.e[k] = i+1, end, w, e
	return w, end, e
}

// matchList reads the longest of a word's phrases at i, whose first word
// ends at e.
func matchList[T any](list []phrase[T], s string, i, e int) (T, int, bool) {
	for _, p := range list {
		if end, ok := p.matchFrom(s, i, e); ok {
			return p.val, end, true
		}
	}
	var zero T
	return zero, i, false
}
