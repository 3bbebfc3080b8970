// Package extract drafts record files from news articles: every number the
// scanner finds in an article's clean text becomes either a draft figure
// (value as written, normalised value, unit, qualifier, a guessed status and
// period, the places and organisations named beside it, and the sentence it
// came from) or a skip entry with the reason it is not a figure.
//
// Drafts are for review, never for direct use: each figure carries a
// confidence and the reason for it, written into the record file as a
// `review` line that `ictdash check` warns about until an analyst deletes
// it. The package never invents text: every value as written and every quote
// is a verbatim passage of the article's clean text (data.Clean), placed so
// that the loader's coverage check accounts for the number it came from.
package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"path"
	"slices"
	"sort"
	"strings"

	"ictdash/data"
)

// Options configure a draft.
type Options struct {
	// Published is the publication date (YYYY-MM-DD; YYYY-MM and YYYY are
	// accepted too), or "" to read it from the article's dateline when there
	// is one ("12/06/2024" in a Vietnamese outlet is day/month; "May 30, 2019").
	Published string
	// Known holds the entities (places, organisations, people with aliases)
	// that figures are tagged with when their sentence names them; may be nil.
	Known *data.Set
	// Lang is the article's language (its numbers are read by its
	// conventions: Vietnamese 10.000 is ten thousand); quantity.Unknown
	// detects it from the text.
	Lang quantity.Lang
}

// Draft is the drafted record file for one article.
type Draft struct {
	File      string // article file name (base name), e.g. 005_myarticle.txt
	Title     string // first non-noise line of the clean text, shortened when it is a paragraph
	Outlet    string // from a credit line such as "Source: Vietnam News", else "unknown"
	Published string // ISO date from Options or the dateline, or "" when unknown
	DateNote  string // how Published was found, or why it is unknown
	Language  string // en, vi or ko as given or detected ("unknown" when neither tells)
	URL       string // from a "Source:"/"URL:" header line or a saved page's canonical link, else ""
	Byline    string // the author line when the article has one, else ""
	// Decoded says how the file's bytes were read when they were not plain
	// UTF-8 ("decoded from EUC-KR", "UTF-8 with a byte-order mark
	// (removed)"), else "".
	Decoded string
	// Article is the article as the dataset stores it: UTF-8 text that the
	// loader reads and every quote is verbatim from (the file itself for
	// UTF-8 text; the decoded text or a saved page's readable text otherwise).
	Article  []byte
	Figures  []Figure // one per drafted figure, in text order
	Skipped  []Skip   // every other number, in text order
	Items    []Item   // drafted items (a plant, a programme, a forum, an MoU) the figures are about
	Entities []Entity // places, organisations and people the known dataset lacks, drafted as new records
	Merges   []Merge  // figures the known dataset already has: drafted as a second source of that figure
}

// Item is a drafted item record (docs/records.md "items"), marked for review.
type Item struct {
	ID         string
	Kind       string // investment | training | event | market | initiative
	Name       string
	Aliases    []string
	Date       string // ISO date or interval, or ""
	DateBasis  string // "publication" when Date is only the article's date, else ""
	DateNote   string
	Places     []string
	Orgs       []string
	Quote      string // verbatim passage naming the item
	Confidence float64
	Reason     string
}

// Entity is a drafted place, organisation or person the known dataset
// does not have, written as an item of that kind and marked for review.
type Entity struct {
	ID      string
	Kind    string // place | organisation | person
	Name    string
	Aliases []string // incl. the unaccented spelling
	Quote   string   // verbatim passage naming it
	Reason  string
}

// Merge is a figure the known dataset already holds (same value, unit and
// subject): drafted as another source of that figure, not as a duplicate.
type Merge struct {
	Figure     string // id of the known figure
	Label      string // the known figure's label, for the review line
	ValueText  string
	Value      float64
	ValueMax   float64
	Qualifier  data.Qualifier
	Quote      string
	Also       []string         // further quotes of the same fact in this article (a repeated lead)
	AlsoText   []string         // as Figure.AlsoText
	AlsoQual   []data.Qualifier // as Figure.AlsoQual
	Conflict   string           // what differs from the known figure's sources, or ""
	Confidence float64
	Reason     string
}

// Figure is one drafted figure, marked for review.
type Figure struct {
	ID         string         // kebab-case: article base, label slug, counter
	Label      string         // words around the number, for the analyst to edit
	ValueText  string         // as written; data.ParseQuantityIn reads it back to Value, Unit, Qualifier
	Value      float64        // normalised, base units
	ValueMax   float64        // a range's upper bound ("20-30%"), 0 when not a range
	Unit       string         // one of data.Units
	Noun       string         // the counted noun after a count ("projects"), as the engine reads it
	Per        string         // a rate's denominator ("share", "year")
	Qualifier  data.Qualifier // exact unless a hedge word precedes the number
	Status     data.Status    // guessed from the words of its clause
	Period     string         // ISO date or interval, or "" when nothing dates it
	PeriodNote string         // where Period came from
	// PeriodBasis is "publication" when Period is only the publication
	// date (an as-of, not a period the text states), else "".
	PeriodBasis string
	Places      []string // ids of known places named in the quote
	Orgs        []string // ids of known organisations and people named in the quote
	Items       []string // ids of the items (drafted or known) the figure is about
	Quote       string   // the sentence (or clause) holding ValueText, verbatim from the clean text
	Also        []string // further verbatim quotes of the same fact in this article (a repeated lead)
	// AlsoText is, for each Also quote, its value as written where it
	// differs from ValueText ("74만명" restating "74만 명"), else "".
	AlsoText []string
	// AlsoQual is, for each Also quote, its qualifier where it differs
	// from Qualifier (a headline's "5000억원" restating the lead's "약
	// 5000억원"), else "".
	AlsoQual   []data.Qualifier
	Confidence float64 // 0..1
	Reason     string  // why this confidence, e.g. "hedged count in a sentence naming an organisation"
}

// Skip is a number that is not drafted as a figure, with the reason.
type Skip struct {
	Text    string // the number as written
	Context string // a verbatim snippet of the clean text holding Text
	Reason  string // why it is not a figure; dates say what they resolve to
}

// Extract drafts the record file for one article. file names the article
// (its base name is used); raw is the file byte for byte: text or markdown
// in UTF-8 or a legacy encoding that reads unambiguously, or a saved web
// page. The draft's Article is the UTF-8 text the dataset stores and every
// quote is taken from; an article that cannot be read so, or is in a
// language other than English, Vietnamese or Korean (unless opt.Lang
// says which), is an error and nothing is drafted.
func Extract(file string, raw []byte, opt Options) (*Draft, error) {
	name := path.Base(strings.ReplaceAll(file, "\\", "/"))
	pub := strings.TrimSpace(opt.Published)
	if pub != "" && !validISO(pub) {
		return nil, fmt.Errorf("extract: published date %q is not YYYY-MM-DD", opt.Published)
	}
	in, err := readInput(name, raw)
	if err != nil {
		return nil, err
	}
	c := data.Clean(string(in.Article))
	lang := opt.Lang
	if lang == quantity.Unknown {
		if err := checkLanguage(name, c.Text); err != nil {
			return nil, err
		}
		lang = quantity.Detect(c.Text)
	}
	spans := headerSpans(c.Text, in.Header)
	d := &Draft{
		File: name, Title: in.Title, Outlet: in.Outlet, Language: lang.String(),
		URL: in.URL, Byline: in.Byline, Decoded: in.Decoded, Article: in.Article,
	}
	if d.Title == "" {
		d.Title = title(c.Text, spans)
	}
	if d.Outlet == "" {
		d.Outlet = outlet(c)
	}
	d.Published, d.DateNote = publication(pub, c, in)
	x := &extractor{
		text: c.Text, pub: d.Published, base: idBase(name), lang: lang,
		tags: newTagger(opt.Known), sents: splitSentences(c.Text), ids: map[string]bool{},
	}
	x.run(d)
	markHeaderNumbers(d, c.Text, spans)
	x.foldRepeats(d)
	x.draftItems(d)
	x.draftEntities(d, opt.Known)
	x.draftMerges(d, opt.Known)
	return d, nil
}

// extractor holds what drafting one article needs.
type extractor struct {
	text  string
	pub   string // publication date, ISO, or ""
	base  string // id prefix from the file name
	lang  quantity.Lang
	tags  *tagger
	sents []span
	ids   map[string]bool
	// skipAt holds each skip's offset in the text, to list them in order.
	skipAt []int
}

// span is a byte range of the clean text.
type span struct{ start, end int }

// mention is one scanned number with the sentence it is in.
type mention struct {
	q    data.Quantity
	sent span
	prev string // the word before the number ("top" in "top 10")
	// group holds all numbers of the sentence, q among them, for periods,
	// labels and deciding whether a time horizon is a figure itself. The
	// rules that look at it ignore q itself by kind, so it is shared by the
	// sentence's mentions rather than copied without q for each.
	group []data.Quantity
}

func (x *extractor) run(d *Draft) {
	qs := quantity.Scan(x.text, x.lang)
	ms := make([]mention, len(qs))
	for i, q := range qs {
		ms[i] = mention{q: q, sent: x.sentenceAt(q.Start, q.End), prev: wordBefore(x.text, q.Start)}
	}
	// Numbers come in text order, so a sentence's numbers are adjacent.
	for i := 0; i < len(ms); {
		j := i
		for j < len(ms) && ms[j].sent == ms[i].sent {
			j++
		}
		for k := i; k < j; k++ {
			ms[k].group = qs[i:j]
		}
		i = j
	}
	for _, m := range ms {
		if reason, skip := x.skipReason(m); skip {
			x.addSkip(d, m.q, m.sent, reason)
			continue
		}
		x.addFigure(d, m)
	}
	// "last year", "next month": relative dates that hold no numeral, so the
	// scanner does not report them; they are listed resolved, for the items.
	for _, r := range relativeDates(x.text) {
		if reason, ok := x.relativeDateReason(r.text); ok {
			x.addSkip(d, data.Quantity{Text: r.text, Start: r.start, End: r.end}, x.sentenceAt(r.start, r.end), reason)
		}
	}
	x.sortSkips(d)
}

// addFigure drafts a figure for m. A passage the article repeats word for
// word is quoted as it is, to be folded into the figure of its first
// statement (foldRepeats), which cites both; else the quote is a passage
// the loader finds at m's place.
func (x *extractor) addFigure(d *Draft, m mention) {
	q := m.q
	quote := x.quoteWindow(m)
	var vt string
	var qs, qe int
	ok := false
	if strings.Index(x.text, x.text[quote.start:quote.end]) < quote.start {
		vt, ok = x.valueIn(q, quote)
		qs, qe = quote.start, quote.end
	} else {
		vt, qs, qe, ok = x.citeFigure(q, quote)
	}
	if !ok {
		x.addSkip(d, q, m.sent, "repeats an earlier passage word for word; record it on the first figure")
		return
	}
	f := Figure{
		ValueText: vt, Value: q.Value, Unit: string(q.Unit), Qualifier: q.Qualifier,
		Noun: q.Noun, Per: q.Per, Quote: x.text[qs:qe],
	}
	if q.IsRange() {
		f.ValueMax = q.Max
	}
	if f.Unit == "" {
		f.Unit = "count"
	}
	f.Status, f.Reason = guessStatus(x.text, m.sent, q)
	f.Period, f.PeriodNote, f.PeriodBasis = x.period(m)
	f.Places, f.Orgs = x.tags.tag(x.text[m.sent.start:m.sent.end])
	f.Places = x.domestic(x.text[m.sent.start:m.sent.end], f.Places)
	f.Label = labelIn(x.lang, x.text, m.sent, q, m.group)
	f.Confidence, f.Reason = confidence(m, f, f.Reason)
	f.ID = x.newID(f.Label, f.Noun, f.Unit) // the engine's English noun or unit when the label gives no slug (Korean)
	d.Figures = append(d.Figures, f)
}

// addSkip lists q as skipped with a short context around it.
func (x *extractor) addSkip(d *Draft, q data.Quantity, sent span, reason string) {
	cs, ce, ok := x.citeSkip(q, sent)
	if !ok {
		return // the text repeats to its end: no snippet can point here
	}
	d.Skipped = append(d.Skipped, Skip{Text: q.Text, Context: x.text[cs:ce], Reason: reason})
	x.skipAt = append(x.skipAt, q.Start)
}

// sentenceAt returns the sentence holding [start, end); a number never
// spans sentences, but if a split fell inside one the spans are merged.
func (x *extractor) sentenceAt(start, end int) span {
	out := span{-1, -1}
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].end > start })
	for ; i < len(x.sents) && x.sents[i].start < end; i++ {
		if out.start < 0 {
			out = x.sents[i]
		}
		out.end = max(out.end, x.sents[i].end)
	}
	if out.start < 0 {
		return span{start, end}
	}
	return span{min(out.start, start), max(out.end, end)}
}

// domestic adds South Korea to places when a Korean article's sentence
// says "국내" (in the country): Korean reporting's word for Korea itself.
func (x *extractor) domestic(sentence string, places []string) []string {
	if x.lang != quantity.KO || !strings.Contains(sentence, "국내") {
		return places
	}
	if n, ok := x.tags.lookup("South Korea"); ok && n.place && !slices.Contains(places, n.id) {
		return append(places, n.id)
	}
	return places
}
