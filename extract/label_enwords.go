package extract

import "strings"

// English word classes for labels. English has no case marking, so the
// roles of the words around a number come from small closed classes
// (determiners, auxiliaries, prepositions) and a list of the verbs news
// reporting measures things with.

var enDet = setOf("the", "a", "an", "this", "that", "these", "those", "some", "all", "its", "their", "his",
	"her", "our", "such", "each", "every", "any", "both", "another", "my", "your")

var enPronoun = setOf("he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who", "there",
	"these", "those", "one", "others")

var enAux = setOf("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
	"can", "could", "may", "might", "shall", "should", "must", "do", "does", "did", "’s")

// enPreps may open a post-modifier of a noun ("projects in ICT",
// "stake in CMC after the deal", "firms from Korea").
var enPreps = setOf("in", "of", "for", "to", "from", "at", "on", "across", "into", "among", "between",
	"within", "with", "under", "after", "via", "through", "throughout", "near", "per", "by", "towards", "toward")

// stopWords end a label: determiners, prepositions that start a new
// phrase, auxiliaries and relative pronouns (also used by classify.go).
var stopWords = setOf("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
	"our", "at", "by", "with", "within", "without", "from", "on", "as", "than", "over", "under", "into", "about",
	"are", "is", "was", "were", "have", "has", "had", "will", "would", "can", "could", "who", "which",
	"worth", "including", "said", "says", "per", "each", "after", "before", "since", "while", "namely",
	"be", "been", "being", "such", "also", "so", "if", "or", "but", "nor", "not", "where", "when")

// enClauseEnd words close a noun phrase however it goes on.
var enClauseEnd = setOf("who", "which", "whom", "whose", "that", "while", "whereas", "but", "or", "nor", "if",
	"when", "where", "as", "than", "including", "such", "namely", "according", "because", "although",
	"though", "so", "not", "also", "said", "says", "worth", "valued", "about", "around", "nearly",
	"almost", "approximately", "roughly", "some", "over", "more", "less", "fewer", "up", "down", "only",
	"just", "still", "already", "respectively", "each", "year-on-year", "annually", "ago", "today")

// enTimeWords mark a time phrase, which is the figure's period, not part
// of what it measures ("in the next five years", "by 2028", "last year").
var enTimeWords = setOf("year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
	"quarters", "period", "time", "future", "past", "decade", "decades", "half", "last", "next", "coming",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "now", "date", "so-far", "far", "end", "beginning", "start", "annum", "moment", "term",
	"on-year", "year-on-year", "yoy", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// enVerbBases are the verbs a reported figure is the object or complement
// of; their inflected forms are derived (see enVerb).
var enVerbBases = setOf("widen", "narrow", "shrink", "invest", "pour", "inject", "spend", "earn", "raise", "export", "import", "pledge",
	"commit", "contribute", "disburse", "allocate", "lend", "borrow", "donate", "sell", "generate",
	"attract", "cost", "pay", "receive", "win", "secure", "sign", "register", "license", "build", "open",
	"launch", "establish", "train", "hire", "recruit", "employ", "create", "develop", "support", "connect",
	"award", "provide", "produce", "deploy", "install", "host", "welcome", "attend", "bring", "make",
	"take", "hold", "own", "acquire", "buy", "purchase", "add", "offer", "need", "plan", "aim", "expect",
	"estimate", "reach", "total", "hit", "exceed", "top", "surpass", "rise", "grow", "increase", "jump",
	"climb", "fall", "drop", "decline", "decrease", "account", "represent", "stand", "amount", "value",
	"have", "see", "record", "post", "report", "announce", "say", "include", "comprise", "cover", "found",
	"operate", "join", "graduate", "participate", "expand", "explore", "approve", "grant", "issue",
	"achieve", "double", "triple", "ink", "set", "put", "give", "get", "send", "draw", "lead", "meet",
	"gather", "bring", "come", "reveal", "show", "target", "forecast", "project", "surge", "soar", "slip",
	"plunge", "edge", "equal", "outnumber", "list", "count", "number", "employ", "serve", "welcome", "sponsor", "close", "combine", "consist", "agree",
	"remain", "stay", "continue", "face",
	"fund", "finance", "back", "sign", "cut", "lose", "save", "transfer", "deliver", "ship", "manufacture")

var enIrregular = map[string]string{
	"spent": "spend", "made": "make", "built": "build", "held": "hold", "took": "take", "taken": "take",
	"brought": "bring", "sold": "sell", "paid": "pay", "won": "win", "grew": "grow", "grown": "grow",
	"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "stood": "stand", "saw": "see",
	"seen": "see", "had": "have", "has": "have", "said": "say", "lent": "lend", "bought": "buy",
	"gave": "give", "given": "give", "got": "get", "led": "lead", "met": "meet", "sent": "send",
	"drew": "draw", "drawn": "draw", "came": "come", "shown": "show", "lost": "lose", "set": "set",
	"put": "put", "cut": "cut", "hit": "hit", "cost": "cost", "forecast": "forecast", "found": "found",
}

// enParticiple is the past participle of each irregular base.
var enParticiple = map[string]string{
	"spend": "spent", "make": "made", "build": "built", "hold": "held", "take": "taken", "bring": "brought",
	"sell": "sold", "pay": "paid", "win": "won", "grow": "grown", "rise": "risen", "fall": "fallen",
	"stand": "stood", "see": "seen", "have": "had", "say": "said", "lend": "lent", "buy": "bought",
	"give": "given", "get": "got", "lead": "led", "meet": "met", "send": "sent", "draw": "drawn",
	"come": "come", "show": "shown", "lose": "lost", "set": "set", "put": "put", "cut": "cut", "hit": "hit",
	"cost": "cost", "forecast": "forecast", "found": "founded",
}

// enVerb returns the base of w when w is a form of a listed verb.
func enVerb(w string) (string, bool) {
	w = strings.ToLower(w)
	if b, ok := enIrregular[w]; ok {
		return b, true
	}
	if enVerbBases[w] {
		return w, true
	}
	for _, c := range []struct{ suf, add string }{
		{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"d", ""}, {"ing", ""},
		{"ing", "e"}, {"ped", "p"}, {"ted", "t"}, {"ping", "p"}, {"ting", "t"}, {"ning", "n"}, {"ned", "n"},
	} {
		if strings.HasSuffix(w, c.suf) {
			if b := strings.TrimSuffix(w, c.suf) + c.add; enVerbBases[b] {
				return b, true
			}
		}
	}
	return "", false
}

// participle writes a verb's past participle ("train" → "trained").
func enPastParticiple(base string) string {
	if p, ok := enParticiple[base]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && !strings.HasSuffix(base, "ay") && !strings.HasSuffix(base, "oy"):
		return strings.TrimSuffix(base, "y") + "ied"
	}
	return base + "ed"
}

// enAmountNoun names what a verb's amount of money is, with the role its
// subject plays ("invested $1.5 billion" → "investment by Samsung").
var enAmountNoun = map[string]string{
	"invest": "investment by", "pour": "investment by", "inject": "investment by", "spend": "spending by",
	"earn": "earnings of", "raise": "funding raised by", "export": "exports of", "import": "imports of",
	"pledge": "pledge by", "commit": "commitment by", "contribute": "contribution of",
	"disburse": "disbursement by", "allocate": "allocation by", "lend": "loan from", "borrow": "loan to",
	"donate": "donation by", "sell": "sales of", "generate": "revenue of", "cost": "cost of",
	"pay": "payment by", "receive": "funding received by", "win": "amount won by", "secure": "funding secured by",
	"sign": "contracts signed by", "acquire": "acquisition price paid by", "buy": "purchase price paid by",
	"fund": "funding by", "finance": "financing by", "attract": "investment attracted by", "save": "savings of",
	"lose": "losses of", "transfer": "transfer by", "sponsor": "sponsorship by", "back": "backing by",
	"grant": "grant by", "award": "award by", "provide": "funding provided by",
}

// enMoneyNouns are heads that are themselves amounts of money: "a $500
// million investment" is the investment, "a $1.5 billion plant" the
// plant's value.
var enMoneyNouns = setOf("investment", "investments", "loan", "loans", "fund", "funds", "package", "budget",
	"grant", "aid", "capital", "credit", "bond", "bonds", "round", "deal", "deals", "contract", "contracts",
	"order", "orders", "revenue", "revenues", "sales", "profit", "profits", "spending", "pledge", "fdi",
	"commitment", "commitments", "funding", "financing", "turnover", "exports", "imports", "income",
	"donation", "acquisition", "injection", "stake", "fee", "fees", "price", "prices", "cost", "costs",
	"value", "deficit", "surplus", "trade", "oda", "investment capital", "earnings", "payment", "salary")

// enGrowth and enDecline are verbs a percentage is a change of.
var enGrowth = setOf("rise", "grow", "increase", "jump", "climb", "surge", "soar", "expand", "double", "edge", "up", "gain", "widen")
var enDecline = setOf("fall", "drop", "decline", "decrease", "slip", "plunge", "cut", "down", "lose", "narrow", "shrink")

// enLink verbs join a measure to its amount ("turnover reached $X").
var enLink = setOf("close", "be", "reach", "total", "hit", "exceed", "top", "surpass", "stand", "amount", "value",
	"record", "post", "report", "see", "come", "equal", "estimate", "expect", "forecast", "project")

// enShareVerbs make a percentage of something the subject's share of it.
var enShareVerbs = setOf("account", "represent", "make", "hold", "own", "take", "control", "capture")

// enHave verbs make the subject the holder of what follows ("Korea had
// 279 projects", "Vietnam’s IT industry had a turnover of …").
var enHave = setOf("have", "own", "operate", "hold", "record", "post", "report", "see", "count")
