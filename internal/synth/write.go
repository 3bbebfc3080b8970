package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"ictdash/data"
)

// config says how much to generate.
type config struct {
	figures int
	seed    uint64
	// smallPairs, when set, writes that many small articles instead of
	// the figures: see generateSmall.
	smallPairs int
}

// stats says what was written.
type stats struct {
	articles, items, figures, skipped int
	bytes                             int64
}

// generate writes the dataset into dir. Articles carry 120–220 figures
// each (the last takes the remainder), so 100,000 figures make about 590
// articles of roughly 30 KB.
func generate(dir string, cfg config) (stats, error) {
	if cfg.smallPairs > 0 {
		return generateSmall(dir, cfg)
	}
	rng := rand.New(rand.NewPCG(cfg.seed, cfg.seed^0x9e3779b97f4a7c15))
	p := &planner{rng: rng, ents: newEntities(rng)}
	var counts []int
	for left := cfg.figures; left > 0; {
		n := min(left, 120+rng.IntN(101))
		if left-n < 60 {
			n = left
		}
		counts = append(counts, n)
		left -= n
	}
	// Publication dates run from January 2019 to mid-2026, in file order.
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	var arts []*article
	var prev *article
	for i, n := range counts {
		pub := start.AddDate(0, 0, i*days/len(counts))
		a := p.planArticle(i, n, pub, prev)
		arts, prev = append(arts, a), a
	}
	return writeDataset(dir, p, arts)
}

// writeDataset renders the planned articles and writes them, their record
// files and entities.yaml into dir.
func writeDataset(dir string, p *planner, arts []*article) (stats, error) {
	var st stats
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, err
	}
	// Render every text before writing any records: a figure's second
	// source is a quote in a later article.
	for _, a := range arts {
		if err := a.render(p); err != nil {
			return st, err
		}
	}
	write := func(name string, b []byte) error {
		st.bytes += int64(len(b))
		return os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	if err := write("entities.yaml", entitiesYAML(p.ents)); err != nil {
		return st, err
	}
	st.items += len(p.ents.all)
	for _, a := range arts {
		if err := write(a.file, []byte(a.text)); err != nil {
			return st, err
		}
		if err := write(strings.TrimSuffix(a.file, ".txt")+".yaml", a.yaml()); err != nil {
			return st, err
		}
		st.articles++
		st.items += len(a.items)
		st.figures += len(a.figures)
		st.skipped += len(a.skips)
	}
	return st, nil
}

// The records are written compactly — a block list of flow mappings, one
// record a line — because YAML parsing is most of the cost of loading.

func entitiesYAML(e *entities) []byte {
	var b bytes.Buffer
	b.WriteString("# Places, organisations and people shared by every article (synthetic).\nitems:\n")
	for _, en := range e.all {
		m := newMap(&b)
		m.str("id", en.id)
		m.str("kind", en.kind)
		m.str("name", en.name)
		m.list("aliases", en.aliases)
		m.list("places", en.places)
		m.list("orgs", en.orgs)
		m.end()
	}
	return b.Bytes()
}

func (a *article) yaml() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "article: {file: %s, title: %s, outlet: %s, published: %s}\n",
		yq(a.file), yq(a.title), yq(a.outlet), yq(a.published))
	b.WriteString("items:\n")
	for _, it := range a.items {
		m := newMap(&b)
		m.str("id", it.id)
		m.str("kind", it.kind)
		m.str("name", it.name)
		if plain := unaccent(it.name); plain != it.name {
			m.list("aliases", []string{plain})
		}
		m.str("date", it.date)
		m.list("places", []string{it.place.id})
		m.list("orgs", []string{it.org.id})
		m.raw("sources", "[{quote: "+yq(strings.TrimSuffix(it.intro, "."))+"}]")
		m.end()
	}
	b.WriteString("figures:\n")
	for _, f := range a.figures {
		f.write(&b)
	}
	if len(a.skips) > 0 {
		b.WriteString("skipped:\n")
		for _, s := range a.skips {
			m := newMap(&b)
			m.str("text", s.text)
			m.str("context", s.context)
			m.str("reason", s.reason)
			m.end()
		}
	}
	return b.Bytes()
}

func (f *figure) write(b *bytes.Buffer) {
	m := newMap(b)
	m.str("id", f.id)
	m.str("label", f.label)
	if f.derived {
		m.raw("derived", "true")
		m.str("formula", f.formula)
	} else {
		m.str("value_text", f.q.text(f.capital))
	}
	m.raw("value", strconv.FormatFloat(f.q.value, 'f', -1, 64))
	m.str("unit", f.q.unit)
	if f.q.qual != data.Exact && !f.derived {
		m.str("qualifier", string(f.q.qual))
	}
	m.str("status", string(f.status))
	m.str("period", f.period)
	if f.place != nil {
		m.list("places", []string{f.place.id})
	}
	if f.org != nil && f.org != f.item.org {
		// The item names its organisation already; a figure names one
		// only when its sentence credits another.
		m.list("orgs", []string{f.org.id})
	}
	m.list("items", []string{f.item.id})
	if !f.derived {
		srcs := "[{quote: " + yq(f.quote) + "}"
		if e := f.echo; e != nil {
			srcs += ", {article: " + yq(e.article.file) + ", quote: " + yq(e.quote)
			if t := e.q.text(false); t != f.q.text(f.capital) {
				srcs += ", value_text: " + yq(t)
			}
			if e.q.qual != f.q.qual {
				srcs += ", qualifier: " + string(e.q.qual)
			}
			srcs += "}"
		}
		m.raw("sources", srcs+"]")
	}
	m.end()
}

// flowMap writes one "- {key: value, …}" line.
type flowMap struct {
	b     *bytes.Buffer
	first bool
}

func newMap(b *bytes.Buffer) *flowMap {
	b.WriteString("- {")
	return &flowMap{b: b, first: true}
}

func (m *flowMap) raw(key, value string) {
	if !m.first {
		m.b.WriteString(", ")
	}
	m.first = false
	m.b.WriteString(key)
	m.b.WriteString(": ")
	m.b.WriteString(value)
}

// str writes a text field; empty text is left out.
func (m *flowMap) str(key, value string) {
	if value != "" {
		m.raw(key, yq(value))
	}
}

// list writes a list of text; an empty list is left out.
func (m *flowMap) list(key string, values []string) {
	if len(values) == 0 {
		return
	}
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = yq(v)
	}
	m.raw(key, "["+strings.Join(q, ", ")+"]")
}

func (m *flowMap) end() { m.b.WriteString("}\n") }

// yq writes a YAML scalar for text: plain when it cannot be read as
// anything but that text inside a flow collection, else double-quoted.
func yq(s string) string {
	if plainScalar(s) {
		return s
	}
	return strconv.Quote(s) // Go's escapes for these strings are YAML's
}

func plainScalar(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if s == "" || !unicode.IsLetter(r) || strings.HasSuffix(s, " ") {
		return false
	}
	if strings.ContainsAny(s, ",[]{}#:\"'&*!|>%@`\\\n") {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "null", "yes", "no", "on", "off", "y", "n":
		return false
	}
	return true
}
