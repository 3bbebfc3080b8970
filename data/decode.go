package data

import (
	"errors"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unique"

	"go.yaml.in/yaml/v3"
)

// recordFile is one YAML file as read and checked record by record (see
// verifier), kept for the checks that need every file. Each record keeps
// its fields so those checks can report the exact line.
type recordFile struct {
	name    string
	c       *collector // this file's problems
	article *articleRec
	items   []itemRec
	figures []figureRec
	// Found while reading: the skipped numbers placed in this file's
	// article, the figures' values as written, and the figures that failed
	// a check (see verifier.verify).
	skips   []Skip
	merges  []mergeRec // the top-level sources: list, checked once every figure is known
	spans   []articleSpan
	failed  []*Figure
	readers []*reader // free, for newReader
	// shared: the node values are substrings of one copy of the file
	// (parseCompact), so every text read from it is copied (keep, intern,
	// reader.strs) rather than hold the whole file in memory.
	shared bool
}

type articleRec struct {
	f       fields
	article *Article
}

type itemRec struct {
	f    fields
	item *Item
}

type figureRec struct {
	f      fields
	figure *Figure
}

// sourceRec is one citation while it is read and checked. source points
// into its figure's or item's Sources, which are filled in place (or at a
// merge's own Source, appended to its figure once checked): a dataset
// with any problem is not returned at all, so unverified sources never
// reach a caller.
type sourceRec struct {
	f      reporter // its reader; a merge's fields once its nodes are gone
	source *Source
	// own says which of value_text/value/qualifier the source sets itself.
	ownText, ownValue, ownValueMax, ownQualifier bool
}

// reporter reports a problem at one of a record's fields: a reader while
// the record's YAML nodes are alive, its fields (located afterwards, see
// collector.locate) once they are not.
type reporter interface {
	errorf(key, format string, args ...any)
}

// keep returns a text that outlives loading.
func (rf *recordFile) keep(s string) string {
	if rf.shared {
		return strings.Clone(s)
	}
	return s
}

// decodeRecordFile parses one record file and checks each record as it
// reads it (v has every article); syntax errors and schema errors are
// added to c, and whatever could be read is returned. No YAML node
// outlives the call.
func decodeRecordFile(name string, src string, c *collector, v *verifier) *recordFile {
	rf := &recordFile{name: name, c: c}
	doc, arena, err := parseYAML(src)
	if arena != nil {
		defer arena.release() // every record's nodes are dropped as it is read
	}
	if err != nil {
		line, msg := yamlErrorLine(err)
		c.add(name, line, 0, "%s", msg)
		return rf
	}
	rf.shared = arena != nil
	if len(doc.Content) == 0 {
		c.add(name, 0, 0, "empty record file")
		return rf
	}
	root := newReader(rf, doc.Content[0], rootSpec)
	if n := root.val("article"); n != nil {
		rf.article = decodeArticle(rf, n)
	}
	items, figures, skipped := root.seq("items"), root.seq("figures"), root.seq("skipped")
	rf.items = make([]itemRec, 0, len(items))
	for _, n := range items {
		rf.items = append(rf.items, decodeItem(rf, n, v))
	}
	rf.figures = make([]figureRec, 0, len(figures))
	slab := make([]Figure, len(figures)) // one allocation, not one per figure
	for i, n := range figures {
		rf.figures = append(rf.figures, decodeFigure(rf, n, v, &slab[i]))
	}
	rf.skips = make([]Skip, 0, len(skipped))
	for _, n := range skipped {
		f := newReader(rf, n, skipSpec)
		v.checkSkip(rf, f, Skip{
			Text: rf.keep(f.str("text", true)), Context: rf.keep(f.str("context", true)), Reason: rf.intern(f.str("reason", true)),
			Review: rf.keep(f.str("review", false)), File: name, Line: n.Line,
		})
		f.release()
	}
	rf.skips = slices.Clip(rf.skips)
	v.spreadRepeatedSkips(rf)
	for _, n := range root.seq("sources") {
		rf.merges = append(rf.merges, decodeMerge(rf, n))
	}
	return rf
}

func decodeArticle(rf *recordFile, n *yaml.Node) *articleRec {
	f := newReader(rf, n, articleSpec)
	a := &Article{
		File:      rf.keep(f.str("file", true)),
		Title:     rf.keep(f.str("title", true)),
		TitleNote: rf.keep(f.str("title_note", false)),
		Outlet:    rf.keep(f.str("outlet", true)),
		Published: rf.keep(f.str("published", false)),
		DateNote:  rf.keep(f.str("date_note", false)),
		Language:  rf.intern(f.str("language", false)),
		URL:       rf.keep(f.str("url", false)),
	}
	if a.URL != "" && !webURL(a.URL) {
		f.errorf("url", "url %q is not an http or https address", a.URL)
	}
	if a.Language != "" {
		a.LanguageStated = true
		if _, ok := articleLangs[a.Language]; !ok {
			f.errorf("language", "language %q is not one of en, vi, ko", a.Language)
		}
	}
	rec := &articleRec{f: f.fields, article: a}
	f.release()
	return rec
}

func decodeItem(rf *recordFile, n *yaml.Node, v *verifier) itemRec {
	f := newReader(rf, n, itemSpec)
	it := &Item{
		ID: rf.keep(f.str("id", true)), Kind: rf.intern(f.str("kind", true)), Name: rf.keep(f.str("name", true)),
		Aliases: f.strs("aliases"), Date: rf.keep(f.str("date", false)), DateBasis: rf.intern(f.str("date_basis", false)),
		DateNote: rf.keep(f.str("date_note", false)),
		Places:   f.strs("places"), Orgs: f.strs("orgs"), Related: f.strs("related"),
		Note: rf.keep(f.str("note", false)), Review: rf.keep(f.str("review", false)), File: rf.name, Line: n.Line,
	}
	var srcs []sourceRec
	it.Sources, srcs = decodeSources(rf, f.seq("sources"), itemSourceSpec)
	v.checkItem(rf, f, it, srcs)
	rec := itemRec{f: f.fields, item: it}
	releaseAll(f, srcs)
	return rec
}

func decodeFigure(rf *recordFile, n *yaml.Node, v *verifier, fig *Figure) figureRec {
	f := newReader(rf, n, figureSpec)
	derived := f.boolean("derived")
	*fig = Figure{
		ID: rf.keep(f.str("id", true)), Label: rf.keep(f.str("label", true)),
		ValueText: rf.keep(f.str("value_text", !derived)), Value: f.float("value", true),
		ValueMax: f.float("value_max", false), Noun: rf.intern(f.str("noun", false)), Per: rf.intern(f.str("per", false)),
		Unit: rf.intern(f.str("unit", true)), Qualifier: Qualifier(rf.intern(f.str("qualifier", false))),
		Status: Status(rf.intern(f.str("status", true))), Period: rf.intern(f.str("period", false)),
		PeriodBasis: rf.intern(f.str("period_basis", false)), PeriodNote: rf.keep(f.str("period_note", false)), Places: f.strs("places"), Orgs: f.strs("orgs"),
		Items: f.strs("items"), Note: rf.keep(f.str("note", false)), Derived: derived,
		Formula: rf.keep(f.str("formula", derived)), Review: rf.keep(f.str("review", false)), File: rf.name, Line: n.Line,
	}
	if fig.Qualifier == "" {
		fig.Qualifier = Exact
	}
	var srcs []sourceRec
	fig.Sources, srcs = decodeSources(rf, f.seq("sources"), figureSourceSpec)
	v.checkFigure(rf, f, fig, srcs)
	rec := figureRec{f: f.fields, figure: fig}
	releaseAll(f, srcs)
	return rec
}

// releaseAll releases a record's reader and its sources'.
func releaseAll(f *reader, srcs []sourceRec) {
	for _, sr := range srcs {
		sr.f.(*reader).release() // decodeSources reports through readers
	}
	f.release()
}

// decodeSources reads a list of citations into one slice of Sources.
func decodeSources(rf *recordFile, nodes []*yaml.Node, spec *fieldSpec) ([]Source, []sourceRec) {
	if len(nodes) == 0 {
		return nil, nil
	}
	srcs, recs := make([]Source, len(nodes)), make([]sourceRec, len(nodes))
	for i, n := range nodes {
		f := newReader(rf, n, spec)
		srcs[i] = Source{
			Article: rf.intern(f.str("article", false)), Quote: rf.keep(f.str("quote", true)),
			ValueText: rf.keep(f.str("value_text", false)), Value: f.float("value", false),
			ValueMax:  f.float("value_max", false),
			Qualifier: Qualifier(rf.intern(f.str("qualifier", false))),
		}
		recs[i] = sourceRec{f: f, source: &srcs[i], ownText: f.has("value_text"), ownValue: f.has("value"),
			ownValueMax: f.has("value_max"), ownQualifier: f.has("qualifier")}
	}
	return srcs, recs
}

// parseYAML reads a record file's node tree: the compact form directly
// (parseCompact), anything else through yaml.v3.
// The arena is non-nil for the compact parse: its nodes are reused once
// it is released, and its values share one copy of src.
func parseYAML(src string) (*yaml.Node, *compactArena, error) {
	arena := getArena()
	if doc, ok := parseCompactIn(src, arena); ok {
		return doc, arena, nil
	}
	arena.release()
	// A decoder rather than yaml.Unmarshal, which reads the first document
	// and ignores the rest: records after a "---" must not vanish unseen.
	dec := yaml.NewDecoder(strings.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		return nil, nil, err
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, nil, secondDocumentError{line: next.Line}
	case err != io.EOF:
		return nil, nil, err
	}
	return &doc, nil, nil
}

// secondDocumentError is a record file with more than one YAML document:
// one file holds one article's records.
type secondDocumentError struct{ line int }

func (e secondDocumentError) Error() string {
	return "a second document; a record file holds one document (remove the \"---\" or split the file)"
}

// intern returns the one shared copy of a short text that recurs across
// records (units, statuses, periods, kinds, reasons, article names), so a
// large dataset holds each once rather than once per record. A long one is
// kept as it is.
func (rf *recordFile) intern(s string) string {
	if s == "" || len(s) > 64 {
		return rf.keep(s)
	}
	return unique.Make(s).Value()
}

// yamlErrorRE matches yaml.v3 errors ("yaml: line 12: did not find expected
// key") so syntax errors are located like every other problem.
var yamlErrorRE = regexp.MustCompile(`(?s)^yaml: (?:unmarshal errors:\s*)?line (\d+): (.*)$`)

func yamlErrorLine(err error) (int, string) {
	var second secondDocumentError
	if errors.As(err, &second) {
		return second.line, err.Error()
	}
	m := yamlErrorRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, err.Error()
	}
	line, _ := strconv.Atoi(m[1])
	return line, "YAML syntax: " + m[2]
}

// webURL accepts an absolute http or https address with a host: the
// dashboard hands it to the system's opener, which must never be given a
// file path or another scheme from an untrusted record.
func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t\n")
}
