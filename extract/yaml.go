package extract

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"ictdash/data"
)

// The record file is built as a yaml.Node tree rather than marshalled from
// structs: that fixes the field order to the one docs/records.md shows,
// writes lists of ids in flow style, writes values as plain numbers
// (382000000, not 3.82e+08), and leaves quoting to the encoder, which
// quotes whatever would otherwise read back as another type ("2024").

// draftHeader is the comment at the top of every draft.
const draftHeader = `Drafted by ictdash extract: every figure and skipped number is a draft for review.
Check each against its quote and the article, fix the label, status, period, places and orgs,
add items, then delete its review line; ictdash check warns while any review line remains.`

// reviewLine is the review marker written on a figure: the confidence and
// its reason.
func (f *Figure) reviewLine() string {
	return fmt.Sprintf("draft, confidence %.2f: %s", f.Confidence, f.Reason)
}

// skipReview is the review marker on a skip entry.
const skipReview = "draft: confirm this number is not a figure"

// WriteYAML writes the draft as a record file in the docs/records.md format:
// the article block, the drafted items and entities (entities are items of
// kind place, organisation or person), the figures, the second sources of
// figures the dataset already holds (top-level `sources:`), and the
// skipped numbers. `ictdash check` loads it with the article beside it (and
// entities.yaml for the known ids in places and orgs).
func (d *Draft) WriteYAML(w io.Writer) error {
	root := mapping()
	root.HeadComment = draftHeader
	add(root, "article", d.articleNode())
	if len(d.Items)+len(d.Entities) > 0 {
		items := seq()
		for i := range d.Items {
			items.Content = append(items.Content, d.Items[i].node())
		}
		for i := range d.Entities {
			items.Content = append(items.Content, d.Entities[i].node())
		}
		add(root, "items", items)
	}
	figs := seq()
	for i := range d.Figures {
		figs.Content = append(figs.Content, d.Figures[i].node())
	}
	add(root, "figures", figs)
	if len(d.Merges) > 0 {
		srcs := seq()
		for i := range d.Merges {
			srcs.Content = append(srcs.Content, d.Merges[i].nodes()...)
		}
		add(root, "sources", srcs)
	}
	skips := seq()
	for _, s := range d.Skipped {
		n := mapping()
		add(n, "text", str(s.Text))
		add(n, "context", str(s.Context))
		add(n, "reason", str(s.Reason))
		add(n, "review", quotedStr(skipReview))
		skips.Content = append(skips.Content, n)
	}
	add(root, "skipped", skips)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return fmt.Errorf("extract: writing the record file for %s: %w", d.File, err)
	}
	return enc.Close()
}

// articleNode is the article block. The byline is not a record field: it
// is in the JSON draft only.
func (d *Draft) articleNode() *yaml.Node {
	art := mapping()
	add(art, "file", str(d.File))
	add(art, "title", str(d.Title))
	add(art, "outlet", str(d.Outlet))
	addOpt(art, "published", d.Published)
	addOpt(art, "date_note", d.DateNote)
	if d.Language == "en" || d.Language == "vi" || d.Language == "ko" {
		add(art, "language", str(d.Language))
	}
	addOpt(art, "url", d.URL)
	return art
}

func (f *Figure) node() *yaml.Node {
	n := mapping()
	add(n, "id", str(f.ID))
	add(n, "label", str(f.Label))
	add(n, "value_text", str(f.ValueText))
	add(n, "value", number(f.Value))
	if f.ValueMax != 0 {
		add(n, "value_max", number(f.ValueMax))
	}
	add(n, "unit", str(f.Unit))
	addOpt(n, "noun", f.Noun)
	addOpt(n, "per", f.Per)
	add(n, "qualifier", str(string(f.Qualifier)))
	add(n, "status", str(string(f.Status)))
	addOpt(n, "period", f.Period)
	addOpt(n, "period_basis", f.PeriodBasis)
	addOpt(n, "period_note", f.PeriodNote)
	addIDs(n, "places", f.Places)
	addIDs(n, "orgs", f.Orgs)
	addIDs(n, "items", f.Items)
	add(n, "review", quotedStr(f.reviewLine()))
	add(n, "sources", quotes(f.Quote, f.Also, f.AlsoText, f.AlsoQual))
	return n
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"} }

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}

// addOpt adds key only when it has a value: optional fields are left out.
func addOpt(m *yaml.Node, key, v string) {
	if v != "" {
		add(m, key, str(v))
	}
}

func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	// Multi-line text (a quote running over a paragraph break) or text
	// with leading or trailing spaces is double-quoted, so that it reads
	// back byte for byte; block styles would fold or strip it.
	if strings.ContainsAny(s, "\n\t") || strings.TrimSpace(s) != s {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

func quotedStr(s string) *yaml.Node {
	n := str(s)
	n.Style = yaml.DoubleQuotedStyle
	return n
}

// number writes a value as a plain decimal when it is one.
func number(v float64) *yaml.Node {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: ".nan"}
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) >= 1e21 {
		s = strconv.FormatFloat(v, 'e', -1, 64)
	}
	if v == math.Trunc(v) && !strings.ContainsAny(s, ".e") {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: s}
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: s}
}

func seq() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"} }

// addIDs adds a list of ids in flow style, or nothing when it is empty.
func addIDs(m *yaml.Node, key string, xs []string) {
	if len(xs) > 0 {
		add(m, key, ids(xs))
	}
}

// quotes is a sources list: the quote, then each further quote of the same
// fact in the article (the value as written is in each).
func quotes(first string, also, alsoText []string, alsoQual []data.Qualifier) *yaml.Node {
	n := seq()
	for i, q := range append([]string{first}, also...) {
		src := mapping()
		add(src, "quote", str(q))
		if vt := restated(i, alsoText); vt != "" {
			add(src, "value_text", str(vt)) // this statement's own wording
		}
		if ql := restatedQual(i, alsoQual); ql != "" {
			add(src, "qualifier", str(string(ql))) // and its own hedge
		}
		n.Content = append(n.Content, src)
	}
	return n
}

// restated is the value as written of quote i (0 the first, then the
// Also quotes) where it differs from the figure's, else "".
func restated(i int, alsoText []string) string {
	if i == 0 || i-1 >= len(alsoText) {
		return ""
	}
	return alsoText[i-1]
}

// restatedQual is the qualifier of quote i where it differs from the
// figure's, else "".
func restatedQual(i int, alsoQual []data.Qualifier) data.Qualifier {
	if i == 0 || i-1 >= len(alsoQual) {
		return ""
	}
	return alsoQual[i-1]
}

func ids(xs []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, x := range xs {
		n.Content = append(n.Content, str(x))
	}
	return n
}
