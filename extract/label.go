package extract

import (
	"strings"

	"ictdash/data"
)

// Labels are short, honest descriptions made from the words beside the
// number: the counted noun phrase after a count ("279 projects" →
// "projects"), the noun phrase before an amount ("a turnover of US$98.9
// billion" → "turnover"). The analyst rewrites them; they only need to say
// which number this is.

const maxLabelWords = 7

// linkWords sit between a noun and its amount ("turnover of", "valued at",
// "brought") and are passed over before a label's words are collected.
var linkWords = setOf("of", "at", "to", "worth", "is", "are", "was", "were", "be", "been", "valued",
	"reached", "reach", "reaches", "reaching", "totalled", "totaled", "totalling", "totaling", "hit",
	"with", "by", "brought", "bringing", "had", "has", "have", "rise", "rose", "risen", "rising", "grew",
	"grown", "growing", "increased", "amounting", "amounted", "stood", "stands", "stand", "expected",
	"estimated", "the", "a", "an", "around", "comes", "came", "from", "for", "in", "attracted",
	"need", "needs", "employ", "employs", "hire", "train", "trained", "training", "combined", "total")

// growthWords turn an unlabelled percentage into a growth rate.
var growthWords = setOf("grew", "grown", "growing", "rose", "risen", "rising", "increased", "rise", "growth")

// stopWords end a label: determiners, prepositions that start a new
// phrase, auxiliaries and relative pronouns. "in", "of", "for" and "and"
// may join words inside a phrase ("projects in ICT", "zones and parks").
var stopWords = setOf("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
	"our", "at", "by", "with", "within", "without", "from", "on", "as", "than", "over", "under", "into", "about",
	"are", "is", "was", "were", "have", "has", "had", "will", "would", "can", "could", "who", "which",
	"worth", "including", "said", "says", "per", "each", "after", "before", "since", "while", "namely",
	"be", "been", "being", "such", "also", "so", "if", "or", "but", "nor", "not", "where", "when")

var joinWords = setOf("in", "of", "for", "and", "to")

// verbs end a label read backwards: "firms to sign export contracts worth"
// is labelled "export contracts".
var verbs = setOf("sign", "signed", "make", "made", "build", "built", "invest", "invested", "attract",
	"register", "registered", "raise", "raised", "hold", "held", "take", "bring", "create", "created",
	"offer", "offers", "open", "opened", "launch", "launched", "add", "added", "reported", "announced",
	"said", "says", "receive", "received", "spend", "spent", "earn", "earned",
	"hired", "hire", "hires", "combines", "combine", "includes", "include", "comprises", "provides", "covers", "found", "find")

// timeWords may sit between an amount and its noun ("rose … last year to").
var timeWords = setOf("last", "next", "this", "year", "month", "week", "annually", "yearly")

// numberAt reports whether one of the scanned numbers starts at i.
func numberAt(i int, others []data.Quantity) bool {
	for _, o := range others {
		if o.Start == i {
			return true
		}
	}
	return false
}

// numberEndingAt returns the start of the scanned number that ends just
// before i (across spaces).
func numberEndingAt(text string, i, start int, others []data.Quantity) (int, bool) {
	for i > start && text[i-1] == ' ' {
		i--
	}
	for _, o := range others {
		if o.End == i && o.Start >= start {
			return o.Start, true
		}
	}
	return 0, false
}

// label describes the figure for q from the words of its sentence; others
// are the other numbers there, which a label may reach past ("exports rose
// 12 per cent last year to US$31.4 billion").
func label(text string, sent span, q data.Quantity, others []data.Quantity) string {
	next := strings.ToLower(wordAfter(text, q.End))
	var l string
	switch before := strings.TrimRight(text[sent.start:q.Start], " "); {
	case strings.HasSuffix(before, "("):
		// "VND 120 billion (about US$4.7 million)": a conversion of the
		// amount before the bracket, labelled like it.
		if o, ok := numberEndingAt(text, len(before)+sent.start-1, sent.start, others); ok {
			for _, p := range others {
				if p.Start == o {
					return label(text, sent, p, nil) + " (conversion)"
				}
			}
		}
	}
	switch {
	case q.Unit == "percent" && next == "of":
		if p := phraseAfter(text, q.End, sent.end, 2, others); p != "" {
			l = "share of " + p
		}
	case q.Unit == "USD" || q.Unit == "VND" || q.Unit == "KRW" || q.Unit == "percent":
		if next == "worth" {
			l = phraseAfter(text, q.End, sent.end, 2, others)
		}
		if l == "" {
			p, link := phraseBefore(text, q.Start, sent.start, others)
			switch {
			case p != "" && link == "worth":
				l = "value of " + p
			case p == "" && growthWords[link] && q.Unit == "percent":
				l = "growth rate"
			case p == "":
				l = phraseAfter(text, q.End, sent.end, 2, others) // "of which $150 million comes from software exports"
			default:
				l = p
			}
		}
	default:
		l = phraseAfter(text, q.End, sent.end, 1, others)
	}
	if l == "" {
		l, _ = phraseBefore(text, q.Start, sent.start, others)
	}
	if l == "" {
		l = fallbackLabel(text, sent.start, q.Start)
	}
	switch q.Unit {
	case "years", "months", "days":
		l += " (" + string(q.Unit) + ")"
	}
	return l
}

// phraseAfter collects the noun phrase after i, passing over up to skip
// leading link words ("worth of", "comes from").
func phraseAfter(text string, i, end, skip int, others []data.Quantity) string {
	var words []string
	for j := i; j < end && len(words) < maxLabelWords; {
		w, e := nextWord(text, j, end)
		if w == "" {
			break
		}
		lw := strings.ToLower(w)
		if len(words) == 0 && linkWords[lw] && skip > 0 {
			skip--
			j = e
			continue
		}
		if stopWords[lw] || verbs[lw] || lw == "to" || (joinWords[lw] && !wordFollows(text, e, end)) ||
			numberAt(e-len(w), others) {
			break
		}
		words = append(words, w)
		j = e
	}
	return trimJoins(words)
}

// phraseBefore collects the noun phrase before i, passing over link words
// next to the amount; it returns the phrase and the last link word passed.
func phraseBefore(text string, i, start int, others []data.Quantity) (string, string) {
	var words []string
	link := ""
	for j := i; j > start && len(words) < maxLabelWords; {
		if o, ok := numberEndingAt(text, j, start, others); ok && len(words) == 0 {
			// Before the phrase: pass over another number and a relative
			// date ("rose 12 per cent last year to").
			j = o
			continue
		}
		w, s := prevWord(text, j, start)
		if len(words) == 0 {
			if timeWords[strings.ToLower(w)] {
				j = s
				continue
			}
		}
		if w == "" {
			// A comma may separate an amount from its noun only after
			// "worth": "29,000 projects in ICT, worth $5.1 billion".
			if len(words) == 0 && link == "worth" && s > start && text[s-1] == ',' {
				j = s - 1
				continue
			}
			break
		}
		lw := strings.ToLower(w)
		switch {
		case insideNumber(s, others):
			// "billion" of "US$88 billion and software": the previous
			// amount's scale word ends the phrase.
			return trimJoins(reverse(words)), link
		case len(words) == 0 && linkWords[lw]:
			if link == "" || lw == "worth" || growthWords[lw] {
				link = lw
			}
			j = s
			continue
		case stopWords[lw] || verbs[lw] || (lw == "to" && len(words) == 0):
			return trimJoins(reverse(words)), link
		}
		words = append(words, w)
		j = s
	}
	return trimJoins(reverse(words)), link
}

// nextWord returns the word starting after spaces at i (letters, with
// inner hyphens and apostrophes) and its end; "" at punctuation or digits.
func nextWord(text string, i, end int) (string, int) {
	for i < end && text[i] == ' ' {
		i++
	}
	j := i
	for j < end {
		r := firstRune(text[j:end])
		if !isLetter(r) && !(j > i && strings.ContainsRune("-’'&", r) && j+len(string(r)) < end && isLetter(firstRune(text[j+len(string(r)):end]))) {
			break
		}
		j += len(string(r))
	}
	return text[i:j], j
}

// prevWord is nextWord backwards: the word ending before spaces at i.
func prevWord(text string, i, start int) (string, int) {
	for i > start && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > start {
		r := lastRune(text[start:j])
		if !isLetter(r) && !(j < i && strings.ContainsRune("-’'&", r) && j-len(string(r)) > start && isLetter(lastRune(text[start:j-len(string(r))]))) {
			break
		}
		j -= len(string(r))
	}
	return text[j:i], j
}

// insideNumber reports whether i is within one of the scanned numbers.
func insideNumber(i int, others []data.Quantity) bool {
	for _, o := range others {
		if o.Start <= i && i < o.End {
			return true
		}
	}
	return false
}

// wordFollows reports whether a plain word (not a stop word, number or
// punctuation) comes next, so a joining word may stay in a phrase.
func wordFollows(text string, i, end int) bool {
	w, _ := nextWord(text, i, end)
	lw := strings.ToLower(w)
	return w != "" && !stopWords[lw] && !linkWords[lw] && !verbs[lw]
}

func trimJoins(words []string) string {
	for len(words) > 0 && joinWords[strings.ToLower(words[0])] {
		words = words[1:]
	}
	for len(words) > 0 && joinWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

func reverse(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[len(ws)-1-i] = w
	}
	return out
}

// fallbackLabel is the last few words before the number, verbatim.
func fallbackLabel(text string, start, at int) string {
	fs := strings.Fields(strings.NewReplacer(",", " ", ";", " ", "“", " ", "”", " ", "\"", " ").Replace(text[start:at]))
	if len(fs) > 5 {
		fs = fs[len(fs)-5:]
	}
	if l := strings.Join(fs, " "); l != "" {
		return "number after “" + l + "”"
	}
	return "number at the start of a sentence"
}
