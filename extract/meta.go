package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// pageMeta is what a saved page says about itself in its <head>: Open Graph
// and article: properties, name= metas, <link rel=canonical>, JSON-LD
// (schema.org NewsArticle) and the first <time datetime>. Each field keeps
// the first value found in the order of preference of its setter.
type pageMeta struct {
	Title, DocTitle, URL, Outlet, Byline string
	Published, PublishedFrom             string // the raw date value and where it was found
}

// readMeta collects the page's metadata from its parsed tree.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ld []map[string]any
	var times []string
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "title":
			if m.DocTitle == "" {
				m.DocTitle = collapse(nodeText(n))
			}
		case "meta":
			m.fromMeta(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "content"))
		case "link":
			if hasToken(attr(n, "rel"), "canonical") && m.URL == "" && webURL(attr(n, "href")) {
				m.URL = strings.TrimSpace(attr(n, "href"))
			}
		case "script":
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				ld = append(ld, jsonLD(nodeText(n))...)
			}
		case "time":
			if v := attr(n, "datetime"); v != "" {
				times = append(times, v)
			}
		}
	})
	for _, o := range ld {
		m.fromJSONLD(o)
	}
	if m.Published == "" && len(times) > 0 {
		m.Published, m.PublishedFrom = times[0], "the page's first <time datetime>"
	}
	return m
}

// fromMeta takes one <meta>; property= is Open Graph's, name= the rest.
func (m *pageMeta) fromMeta(prop, name, itemprop, content string) {
	content = collapse(content)
	if content == "" {
		return
	}
	key := strings.ToLower(prop)
	if key == "" {
		key = strings.ToLower(name)
	}
	if key == "" {
		key = strings.ToLower(itemprop)
	}
	set := func(p *string, v string) {
		if *p == "" {
			*p = v
		}
	}
	switch key {
	case "og:title", "twitter:title":
		set(&m.Title, content)
	case "og:site_name", "application-name":
		set(&m.Outlet, content)
	case "og:url":
		if webURL(content) {
			set(&m.URL, content)
		}
	case "author", "article:author", "byl", "dc.creator", "sailthru.author", "dable:author":
		if !webURL(content) { // article:author is often a profile link
			set(&m.Byline, strings.TrimPrefix(strings.TrimPrefix(content, "By "), "by "))
		}
	case "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date",
		"date", "dc.date", "dc.date.issued", "datepublished", "sailthru.date", "parsely-pub-date":
		if m.Published == "" {
			m.Published, m.PublishedFrom = content, "the page's metadata ("+key+")"
		}
	}
}

// jsonLD decodes a JSON-LD script: one object, a list, or an @graph.
func jsonLD(s string) []map[string]any {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return nil
	}
	var out []map[string]any
	var add func(any)
	add = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				add(e)
			}
		case map[string]any:
			out = append(out, t)
			if g, ok := t["@graph"]; ok {
				add(g)
			}
		}
	}
	add(v)
	return out
}

// fromJSONLD fills what the metas left empty from an article object.
func (m *pageMeta) fromJSONLD(o map[string]any) {
	typ := strings.ToLower(ldString(o["@type"]))
	if !strings.Contains(typ, "article") && !strings.Contains(typ, "posting") && typ != "webpage" {
		return
	}
	if v := ldString(o["datePublished"]); v != "" && m.Published == "" {
		m.Published, m.PublishedFrom = v, "the page's JSON-LD datePublished"
	}
	if v := ldString(o["headline"]); v != "" && m.Title == "" && typ != "webpage" {
		m.Title = collapse(v)
	}
	if v := ldString(o["author"]); v != "" && m.Byline == "" && !webURL(v) {
		m.Byline = collapse(v)
	}
	if v := ldString(o["publisher"]); v != "" && m.Outlet == "" {
		m.Outlet = collapse(v)
	}
	if v := ldString(o["url"]); webURL(v) && m.URL == "" {
		m.URL = v
	}
}

// ldString is a JSON-LD value as text: a string, the first of a list, or
// an object's name (an author or publisher is {"@type":"Person","name":…}).
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		return ldString(t["name"])
	}
	return ""
}

// walk calls f on every element of the tree, in document order.
func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == tok {
			return true
		}
	}
	return false
}

// nodeText is the text of n's text children (a <title>, a <script>).
func nodeText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// collapse trims s and turns each run of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// webURL accepts an absolute http or https address with a host, as the
// loader does for an article's url.
func webURL(s string) bool {
	s = strings.TrimSpace(s)
	for _, p := range []string{"https://", "http://"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			host := s[len(p):]
			return host != "" && host[0] != '/' && !strings.ContainsAny(s, " \t\n\"<>")
		}
	}
	return false
}
