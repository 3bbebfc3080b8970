package extract

import (
	"ictdash/data/quantity"
	"strings"
	"sync"

	"ictdash/data"
)

// English status cues. Modals and forecasts are projections; aims, plans,
// pledges and agreements to do something are targets (see status.go); fact
// verbs in the past or present are actual and stop the walk. "up to" is a
// hedge (the qualifier), never a status; "said" and "according to" report
// speech and decide nothing, so the reported verb does.
var enCues = []cueGroup{
	{data.Target, true, []string{"aim to", "aims to", "aiming to", "aimed to", "plans to", "plan to",
		"planning to", "planned to", "is planned", "are planned", "seeks to", "seeking to", "strives to",
		"striving to", "pledged", "pledges", "pledge", "committed to", "commits to", "commitment", "vowed",
		"vows", "promised", "promises", "intends", "intend", "intended", "agreed to", "decided to",
		"wants to", "hopes to", "hope to", "proposed", "envisages", "in order to", "so as to"}},
	{data.Target, false, []string{"aim", "aims", "aiming", "aimed", "planned", "plans", "plan", "goal", "goals", "target", "targets", "targeted", "targeting", "objective",
		"objectives", "quota", "ambition"}},
	{data.Projection, true, []string{"will", "'ll", "would", "could", "may", "might", "should", "shall", "expected",
		"expects", "expect", "expecting", "anticipated", "anticipates", "anticipate", "forecast", "forecasts",
		"forecasted", "projected", "predict", "predicts", "predicting", "predicted", "likely", "poised",
		"set to", "on track to", "on course to", "slated", "scheduled to", "due to be", "going to", "to be",
		"estimated to reach", "estimated to rise", "estimated to grow", "estimated to hit",
		"estimated to increase", "estimated to exceed", "estimated to top", "estimated to double"}},
	{data.Projection, false, []string{"projection", "projections", "outlook", "potential"}},
	{data.Estimate, true, []string{"estimated", "estimates", "estimate", "estimation", "roughly estimated",
		"thought to", "believed to"}},
	// Fact verbs: a figure stated as having happened or as holding now.
	{data.Actual, true, []string{"is", "are", "was", "were", "has", "have", "had", "reached", "invested",
		"trained", "signed", "recorded", "rose", "fell", "grew", "totalled", "totaled", "attracted", "exported",
		"imported", "hired", "opened", "disbursed", "posted", "earned", "generated", "increased", "decreased",
		"jumped", "climbed", "dropped", "declined", "surged", "amounted", "stood", "employed", "employs",
		"graduated", "achieved", "exceeded", "surpassed", "topped", "created", "spent", "poured", "injected",
		"sold", "shipped", "produced", "completed", "launched", "received", "welcomed", "hosted",
		"approved", "granted", "contributed", "provided", "donated", "accounted", "accounts", "includes",
		"included", "totals", "reaches", "stands", "costs", "cost", "built", "found"}},
}

// enPlanVerbs are actions an actor plans: after "will" or "would" they
// make the figure the actor's plan (a target), while "will reach", "would
// add" forecast an outcome (a projection).
var enPlanVerbs = setOf("invest", "build", "open", "set", "launch", "hire", "recruit", "train", "send",
	"provide", "offer", "fund", "spend", "establish", "allocate", "contribute", "grant", "donate", "deploy",
	"construct", "disburse", "pour", "inject", "sign", "award", "dispatch", "sponsor", "finance", "install",
	"built", "constructed", "invested", "established", "opened", "launched", "spent", "allocated", "funded",
	"disbursed", "installed", "hired", "recruited", "trained", "receive", "get")

// enGlue are the words between a modal and the verb it governs.
var enGlue = []string{"have", "has", "be", "been", "being", "not", "also", "already", "still", "further",
	"now", "then", "soon", "eventually", "to", "is", "are", "was", "were", "more", "likely", "able"}

// enChainOnly make an infinitive after them a projection: "is to invest",
// "is set to", "is due to", "is about to".
var enChainOnly = map[string]data.Status{"is": data.Projection, "are": data.Projection,
	"was": data.Projection, "set": data.Projection, "due": data.Projection, "about": data.Projection,
	"going": data.Projection, "used": data.Target, "needs": data.Target, "need": data.Target}

// notVerbs are words after "to" that show it is a preposition ("rose to a
// record", "to local firms"), not an infinitive.
var notVerbs = setOf("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
	"about", "around", "some", "more", "less", "over", "under", "nearly", "almost", "roughly",
	"approximately", "just", "only", "up", "date", "each", "every", "all", "both", "local", "foreign", "us",
	"them", "him", "it", "you", "me", "record", "new", "other", "total", "around", "between", "within")

var enLexiconOnce = sync.OnceValue(func() *lexicon {
	lx := newLexicon(enCues, enGlue)
	lx.chainOnly = enChainOnly
	lx.planModals = setOf("will", "would", "'ll", "shall", "to be")
	lx.planVerbs = enPlanVerbs
	lx.infinitive = enInfinitive
	lx.frames = []cue{
		{words: strings.Fields("under the plan"), status: data.Target},
		{words: strings.Fields("under the deal"), status: data.Target},
		{words: strings.Fields("under the agreement"), status: data.Target},
		{words: strings.Fields("under the programme"), status: data.Target},
		{words: strings.Fields("under the program"), status: data.Target},
		{words: strings.Fields("according to the plan"), status: data.Target},
		{words: strings.Fields("according to forecasts"), status: data.Projection},
		{words: strings.Fields("according to estimates"), status: data.Estimate},
		{words: strings.Fields("once completed"), status: data.Projection},
		{words: strings.Fields("when completed"), status: data.Projection},
		{words: strings.Fields("when fully operational"), status: data.Projection},
	}
	lx.weak = setOf("is", "are", "has", "have", "costs", "cost", "includes", "totals", "stands", "employs", "accounts")
	lx.deadline = deadlineBefore(quantity.EN, "by")
	lx.deadlineS = data.Projection
	lx.costWords = []string{"cost", "costs", "worth", "investment", "investments", "capital", "budget",
		"valued", "price tag", "capitalised", "capitalized", "funding"}
	lx.future = []string{"to be built", "will be built", "to be constructed", "will be constructed",
		"will be put into operation", "to be put into operation", "will be completed", "to be completed",
		"is scheduled", "are scheduled", "when completed", "once completed", "upon completion",
		"will open", "will start", "will begin", "slated", "planned", "proposed", "groundbreaking",
		"broke ground", "will come online", "will go into operation"}
	return lx
})

func enLexicon() *lexicon { return enLexiconOnce() }

// enInfinitive reports whether toks[i] is the "to" of a purpose infinitive:
// followed by a lower-case word that is not a determiner, a gerund or a
// plural noun ("to train", "to help train"; not "to a record", "to local
// firms", "to developing").
func enInfinitive(toks []token, i int) bool {
	if toks[i].low != "to" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if !isLowerWord(n) || notVerbs[n.low] || strings.HasSuffix(n.low, "ing") {
		return false
	}
	if strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") && !strings.HasSuffix(n.low, "us") {
		return false
	}
	return true
}

// deadlineBefore finds a year or date in the clause right after one of the
// given words ("by 2030", "đến năm 2030"): a deadline the figure is meant
// to be reached by. The year is the quantity engine's reading.
func deadlineBefore(lang quantity.Lang, words ...string) func(string, span) (string, bool) {
	return func(text string, cl span) (string, bool) {
		for _, o := range quantity.Scan(text[cl.start:cl.end], lang) {
			if o.Kind != quantity.KindYear && o.Kind != quantity.KindDate {
				continue
			}
			at := cl.start + o.Start
			if w, ok := deadlineWord(text, cl.start, at, words); ok {
				return w + " " + o.Text, true
			}
		}
		return "", false
	}
}

// deadlineWord reports whether text before at (after from) ends in one of
// words, optionally followed by "năm" or "the end of"; "tính đến" and
// "từ … đến" are as-of and span words, not deadlines.
func deadlineWord(text string, from, at int, words []string) (string, bool) {
	toks := tokenize(text, max(from, at-40), at)
	n := len(toks)
	for _, skip := range [][]string{{"năm"}, {"end", "of"}, {"the", "end", "of"}, {"cuối", "năm"}, {"hết", "năm"}, {"hết"}} {
		if n > len(skip) && wordsAt(toks, n-len(skip), skip) {
			n -= len(skip)
			break
		}
	}
	if n == 0 {
		return "", false
	}
	w := toks[n-1].low
	for _, d := range words {
		if w == d && !(n >= 2 && toks[n-2].low == "tính") && !strings.Contains(strings.ToLower(text[from:at]), "từ ") {
			return toks[n-1].orig, true
		}
	}
	return "", false
}
