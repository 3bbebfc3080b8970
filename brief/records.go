package brief

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// builder turns dataset records into the brief's records, with citation
// numbers.
type builder struct {
	set   *data.Set
	rank  *data.Ranker
	num   map[string]int // article file → citation number
	files []string       // cited article files, in citation order
}

// numberSources numbers every article the shown entries cite, in
// file-name order: the dataset's files are numbered by arrival, so [1] is
// the oldest-added article in every output, whatever is selected.
func (bd *builder) numberSources(figs, derived []*data.Figure, items []*data.Item) {
	seen := map[string]bool{}
	add := func(srcs []data.Source) {
		for _, src := range srcs {
			seen[src.Article] = true
		}
	}
	for _, f := range figs {
		add(f.Sources)
	}
	for _, f := range derived {
		for _, in := range bd.reportedInputs(f, 0) {
			add(in.Sources)
		}
	}
	for _, it := range items {
		add(it.Sources)
	}
	for file := range seen {
		bd.files = append(bd.files, file)
	}
	sort.Strings(bd.files)
	for i, file := range bd.files {
		bd.num[file] = i + 1
	}
}

// reportedInputs returns the reported figures a derived figure rests on,
// following derived inputs down (depth-limited: Load rejects cycles, but a
// briefing must not hang on a bad dataset).
func (bd *builder) reportedInputs(f *data.Figure, depth int) []*data.Figure {
	if !f.Derived {
		return []*data.Figure{f}
	}
	var out []*data.Figure
	for _, id := range f.Inputs {
		if in := bd.set.Figure(id); in != nil && depth < 8 {
			out = append(out, bd.reportedInputs(in, depth+1)...)
		}
	}
	return out
}

// sources lists the cited articles.
func (bd *builder) sources() []Source {
	out := make([]Source, 0, len(bd.files))
	for _, file := range bd.files {
		src := Source{N: bd.num[file], Article: clean(file), Outlet: "unknown outlet", PublishedText: "undated"}
		if a := bd.set.Article(file); a != nil {
			src.Title, src.TitleNote = clean(a.Title), clean(a.TitleNote)
			if o := clean(a.Outlet); o != "" && data.Fold(o) != "unknown" {
				src.Outlet = o
			}
			if a.Published != "" {
				src.Published, src.PublishedText = a.Published, clean(format.Published(a))
			}
		}
		out = append(out, src)
	}
	return out
}

// coverage is the publication date range of the cited articles.
func coverage(srcs []Source) Coverage {
	var c Coverage
	for _, s := range srcs {
		if s.Published == "" {
			c.Undated++
			continue
		}
		c.Dated++
		// A window counts from its start for the earliest and to its end
		// for the latest.
		start, end, window := strings.Cut(s.Published, "/")
		if !window {
			end = start
		} else {
			c.Inferred++
		}
		if c.From == "" || start < windowStart(c.From) {
			c.From = s.Published
		}
		if c.To == "" || end > windowEnd(c.To) {
			c.To = s.Published
		}
	}
	return c
}

func windowStart(p string) string { start, _, _ := strings.Cut(p, "/"); return start }

func windowEnd(p string) string {
	if _, end, ok := strings.Cut(p, "/"); ok {
		return end
	}
	return p
}

// cites returns the citation numbers of sources, ascending, once each.
func (bd *builder) cites(srcs []data.Source) []int {
	out := []int{}
	for _, s := range srcs {
		if n := bd.num[s.Article]; n > 0 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// clean makes record text safe and single-line for every output.
func clean(s string) string {
	return strings.Join(strings.Fields(data.Sanitize(s)), " ")
}

// figures converts figures, in the order given.
func (bd *builder) figures(fs []*data.Figure) []Figure {
	out := make([]Figure, 0, len(fs))
	for _, f := range fs {
		out = append(out, bd.figure(f))
	}
	return out
}

// figure converts one figure. Each source keeps its own wording, so a
// disagreement can be shown as the sources wrote it.
func (bd *builder) figure(f *data.Figure) Figure {
	out := Figure{
		ID: f.ID, Label: clean(f.Label), Topic: topicOf(bd.set, f), Value: f.Value, ValueText: clean(f.ValueText),
		Unit: f.Unit, Qualifier: f.Qualifier, Status: f.Status, Period: f.Period,
		PeriodText: clean(format.FigurePeriod(f)), Phrase: clean(format.PhraseIn(bd.set, f)),
		Caveat: clean(format.Caveat(bd.set, f)), Cites: bd.cites(f.Sources), Sources: bd.cited(f),
		Differ: f.Conflict != "", Derived: f.Derived,
	}
	if f.ValueMax > f.Value {
		out.ValueMax = f.ValueMax
	}
	if f.Derived {
		bd.derivation(f, &out)
	}
	return out
}

// cited is each source of a figure as that source words it.
func (bd *builder) cited(f *data.Figure) []Cite {
	out := []Cite{}
	for _, src := range f.Sources {
		c := Cite{N: bd.num[src.Article], Article: clean(src.Article), ValueText: clean(src.ValueText),
			Value: src.Value, Qualifier: src.Qualifier, Quote: clean(src.Quote)}
		if c.ValueText == "" && c.Value == 0 { // the source words it as the figure does
			c.ValueText, c.Value = clean(f.ValueText), f.Value
		}
		if c.Qualifier == "" {
			c.Qualifier = f.Qualifier
		}
		out = append(out, c)
	}
	return out
}

// topicOf is the section a figure belongs to under topic "all".
func topicOf(set *data.Set, f *data.Figure) string {
	for _, def := range sectionDefs {
		for _, id := range f.Items {
			if it := set.Item(id); it != nil && slices.Contains(def.kinds, it.Kind) {
				return def.topic
			}
		}
	}
	return "other"
}

// formulaIDRE matches a figure id in a formula (as data's loader reads them).
var formulaIDRE = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b`)

// derivation fills a derived figure's formula and inputs. The formula is
// written over one-letter symbols because figure ids are long enough to
// break a narrow line in the middle of a name.
func (bd *builder) derivation(f *data.Figure, out *Figure) {
	out.Formula = clean(f.Formula)
	out.Inputs = []Input{}
	symbols := map[string]string{}
	for _, id := range f.Inputs {
		in := bd.set.Figure(id)
		if in == nil || symbols[id] != "" {
			continue
		}
		sym := string(rune('a' + len(out.Inputs)))
		if len(out.Inputs) >= 26 {
			sym = "x" + strconv.Itoa(len(out.Inputs)+1)
		}
		symbols[id] = sym
		var srcs []data.Source
		for _, r := range bd.reportedInputs(in, 0) {
			srcs = append(srcs, r.Sources...)
		}
		out.Inputs = append(out.Inputs, Input{Symbol: sym, ID: id, Label: clean(in.Label),
			Amount: clean(format.PhraseIn(bd.set, in)), Cites: bd.cites(srcs)})
	}
	out.FormulaText = formulaIDRE.ReplaceAllStringFunc(out.Formula, func(id string) string {
		if sym, ok := symbols[id]; ok {
			return sym
		}
		return id
	})
}

// disagreements converts the figures whose sources disagree.
func (bd *builder) disagreements(fs []*data.Figure) []Disagreement {
	out := []Disagreement{}
	for _, f := range fs {
		out = append(out, Disagreement{ID: f.ID, Label: clean(f.Label), Sources: bd.cited(f)})
	}
	return out
}
