package data

import (
	"fmt"
	"ictdash/data/quantity"
	"slices"
	"strings"
)

// The checks of one record that need nothing but the record and the
// article texts, run as it is read (see verifier). Problems are reported
// through the record's reader, at the exact line and column of the field.

func (v *verifier) checkItem(rf *recordFile, f *reader, it *Item, srcs []sourceRec) {
	if it.Kind != "" && !slices.Contains(ItemKinds, it.Kind) {
		f.errorf("kind", "kind %q is not one of %s", it.Kind, strings.Join(ItemKinds, ", "))
	}
	checkBasis(f, "date_basis", it.DateBasis, it.Date)
	if it.Date != "" && !validPeriod(it.Date) {
		f.errorf("date", "date %q is not an ISO date or interval (2024, 2024-08-02, 2024/2028)", it.Date)
	}
	for _, sr := range srcs {
		v.quote(rf, sr, nil)
	}
}

func (v *verifier) checkFigure(rf *recordFile, f *reader, fig *Figure, srcs []sourceRec) {
	if fig.Unit != "" && !slices.Contains(Units, fig.Unit) {
		f.errorf("unit", "unit %q is not one of %s", fig.Unit, strings.Join(Units, ", "))
	}
	if !validQualifier(fig.Qualifier) {
		f.errorf("qualifier", "qualifier %q is not one of %s", fig.Qualifier, qualifierNames())
	}
	switch fig.Status {
	case Actual, Projection, Target, Estimate, "":
	default:
		f.errorf("status", "status %q is not one of actual, projection, target, estimate", fig.Status)
	}
	checkBasis(f, "period_basis", fig.PeriodBasis, fig.Period)
	if fig.Period != "" && !validPeriod(fig.Period) {
		f.errorf("period", "period %q is not an ISO date or interval (2018, 2024-06, 2024/2028)", fig.Period)
	}
	if fig.Derived {
		if len(srcs) > 0 {
			f.errorf("sources", "a derived figure has a formula, not sources: derived values are never mixed with reported ones")
		}
		return
	}
	if len(srcs) == 0 {
		f.errorf("sources", "figure %q has no sources: every reported figure needs a quote", fig.ID)
	}
	if f.isBad("value") {
		rf.failed = append(rf.failed, fig)
		return
	}
	for i, sr := range srcs {
		if !v.figureSource(rf, f, fig, sr, fig.Sources[:i]) {
			rf.failed = append(rf.failed, fig)
		}
	}
	fig.Conflict = conflict(fig.Sources)
}

// figureSource verifies one citation of a figure: the quote is in the clean
// text, the value as written is in the quote, and it reads as the value and
// qualifier recorded. earlier are the figure's sources before this one
// (see quote). Problems with values the source takes from the figure are
// reported at figF.
func (v *verifier) figureSource(rf *recordFile, figF reporter, fig *Figure, sr sourceRec, earlier []Source) bool {
	s, f := sr.source, sr.f
	if !sr.ownText {
		s.ValueText = fig.ValueText
	}
	if !sr.ownValue {
		s.Value = fig.Value
	}
	if !sr.ownValueMax {
		s.ValueMax = fig.ValueMax
	}
	if !sr.ownQualifier {
		s.Qualifier = fig.Qualifier
	}
	if !v.quote(rf, sr, earlier) || s.ValueText == "" {
		return false
	}
	where := "quote"
	if sr.ownText {
		where = "value_text"
	}
	at := strings.Index(s.Quote, s.ValueText)
	if at < 0 {
		f.errorf(where, "the value as written %q is not in the quote %q", s.ValueText, s.Quote)
		return false
	}
	rf.spans = append(rf.spans, articleSpan{s.Article, span{s.Offset + at, s.Offset + at + len(s.ValueText)}})
	lang := v.sourceLang(rf, s.Article)
	q, err := ParseQuantityIn(s.ValueText, lang)
	if err != nil {
		f.errorf(where, "the value as written %q cannot be read as a number: %v", s.ValueText, err)
		return false
	}
	// Point value problems at whichever field the source's value came from.
	valueAt, maxAt := figF, figF
	if sr.ownValue {
		valueAt = f
	}
	if sr.ownValueMax {
		maxAt = f
	}
	// An ambiguous reading ("1.000" in a text of no known language, a "$"
	// beside another dollar) is accepted only where the record's value and
	// unit agree with it: the record then says which reading it means.
	// Where they differ, the message gives the reason, not just the numbers.
	why := ""
	if q.Ambiguous != "" {
		why = fmt.Sprintf(" (the reading is uncertain: %s; state the article's language: en, vi or ko)", q.Ambiguous)
	}
	ok := true
	// why goes into the format, not the arguments, so that it is not cut
	// to an excerpt like a quoted value: it is the point of the message.
	why = strings.ReplaceAll(why, "%", "%%")
	if !sameValue(q.Value, s.Value) {
		valueAt.errorf("value", "value %s does not match %q, which reads as %s"+why, fmtNum(s.Value), s.ValueText, fmtNum(q.Value))
		ok = false
	}
	switch {
	case q.IsRange() && !sameValue(q.Max, s.ValueMax):
		maxAt.errorf("value_max", "value_max %s does not match %q, a range up to %s"+why, fmtNum(s.ValueMax), s.ValueText, fmtNum(q.Max))
		ok = false
	case !q.IsRange() && s.ValueMax != 0:
		maxAt.errorf("value_max", "value_max %s is given, but %q is not a range", fmtNum(s.ValueMax), s.ValueText)
		ok = false
	}
	if q.Qualifier != s.Qualifier {
		f.errorf(where, "qualifier %s does not match %q, which reads as %s", s.Qualifier, s.ValueText, q.Qualifier)
		ok = false
	}
	if strongUnit(string(q.Unit)) && string(q.Unit) != fig.Unit {
		f.errorf(where, "unit %s does not match %q, which reads as %s"+why, fig.Unit, s.ValueText, q.Unit)
		ok = false
	}
	return ok
}

// sourceLang is the language a source's value is read in: the one its
// record file's article block states, when the source cites that article,
// else the article's (stated or detected).
func (v *verifier) sourceLang(rf *recordFile, article string) quantity.Lang {
	if rf.article != nil && rf.article.article != nil {
		if meta := rf.article.article; meta.File == article && meta.LanguageStated {
			return meta.Lang()
		}
	}
	if a := v.set.articles[article]; a != nil {
		return a.Lang()
	}
	return quantity.Unknown
}

// quote resolves a source's article and finds its quote in the clean text.
// A quote that one of the earlier sources of the same figure (its own,
// then merged) already cites from the same article is the next occurrence
// of that passage: a lead paragraph repeated verbatim in the body is two
// sources of one figure, and each occurrence of its numbers is then
// covered.
func (v *verifier) quote(rf *recordFile, sr sourceRec, earlier []Source) bool {
	s, f := sr.source, sr.f
	if s.Article == "" {
		if rf.article == nil || rf.article.article == nil {
			f.errorf("article", "source needs an article: this file describes no article")
			return false
		}
		s.Article = rf.article.article.File
	}
	a := v.set.articles[s.Article]
	if a == nil {
		f.errorf("article", "article %q is not in the dataset", s.Article)
		return false
	}
	if s.Quote == "" {
		return false
	}
	repeats := 0
	for _, e := range earlier {
		if e.Article == s.Article && e.Quote == s.Quote {
			repeats++
		}
	}
	at := v.texts[a.File].nth(s.Quote, repeats)
	if at < 0 {
		f.errorf("quote", "%s", quoteMiss(a, s.Quote))
		return false
	}
	// The quote is the article's own text: share it rather than keep the
	// record file's copy of it.
	s.Quote = a.Clean.Text[at : at+len(s.Quote)]
	s.Offset, s.RawOffset = at, a.Clean.RawOffset(at)
	s.InCaption = a.Clean.InCaption(at)
	return true
}

// quoteMiss explains why a quote was not found, pointing at where it stops
// matching, which is usually a retyped character or a line break.
func quoteMiss(a *Article, quote string) string {
	if strings.Contains(a.Raw, quote) {
		return fmt.Sprintf("quote is in the raw file %s but not in its clean text (it is in noise the cleaner removes, or spans repaired characters)", a.File)
	}
	best := 0
	for i := range quote {
		if i > best && strings.Contains(a.Clean.Text, quote[:i]) {
			best = i
		}
	}
	if best < 8 {
		return fmt.Sprintf("quote not found in %s", a.File)
	}
	return fmt.Sprintf("quote not found in %s: it matches up to %q, then the article differs", a.File, quote[:best])
}

// checkSkip places a skipped number in its article and keeps it for the
// article (verifier.articles attaches it). When the file's article is not
// in the dataset, that is reported once, by verifier.articles.
func (v *verifier) checkSkip(rf *recordFile, f *reader, sk Skip) {
	if rf.article == nil || rf.article.article == nil {
		f.errorf("text", "skipped numbers belong in an article's record file")
		return
	}
	a := v.set.articles[rf.article.article.File]
	if a == nil || sk.Context == "" || sk.Text == "" {
		return
	}
	at := v.find(a, sk.Context)
	if at < 0 {
		f.errorf("context", "%s", quoteMiss(a, sk.Context))
		return
	}
	in := strings.Index(sk.Context, sk.Text)
	if in < 0 {
		f.errorf("text", "%q is not in the context %q", sk.Text, sk.Context)
		return
	}
	sk.Offset = at + in
	sk.Context = a.Clean.Text[at : at+len(sk.Context)] // shared with the article, as quotes are
	sk.Text = sk.Context[in : in+len(sk.Text)]
	rf.skips = append(rf.skips, sk)
}

// Where a period or date comes from, besides the text itself.
const (
	BasisPublication = "publication" // the date the text was reported: "as reported 12 Jun 2024"
	BasisBackground  = "background"  // known from outside the text; the text does not state it
)

// checkBasis: a basis names one of the two, and there must be a date for
// it to qualify.
func checkBasis(f *reader, key, basis, date string) {
	switch {
	case basis == "":
	case basis != BasisPublication && basis != BasisBackground:
		f.errorf(key, "%s %q is not one of publication, background", key, basis)
	case date == "":
		f.errorf(key, "%s is given but there is no date for it to qualify", key)
	}
}
