package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"ictdash/data/text"
)

// A saved web page is read in three steps: decode it as it declares
// (decodePage), take its metadata from the head (readMeta), and let the
// readability port find the article among the navigation, ads and
// related-links blocks. The dataset then stores plain text — the title,
// a blank line, and one paragraph a line with blank lines between — so the
// loader, the cleaner and every quote see what a reader of the page sees.

// minArticleChars is the least text readability takes as the article.
const minArticleChars = 200

// isHTML reports whether the file is a saved page: by its extension, or by
// content that opens like one (a page saved without an extension, or
// piped in).
func isHTML(name string, raw []byte) bool {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml") {
		return true
	}
	head := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(raw[:min(len(raw), 512)], utf8BOM), " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return p != "<?xml" || bytes.Contains(head, []byte("<html"))
		}
	}
	return false
}

// readPage turns a saved page into the article text the dataset stores,
// with what its metadata says.
func readPage(name string, raw []byte) (*input, error) {
	decoded, how, err := decodePage(name, raw)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable web page: %v", name, err)
	}
	m := readMeta(doc)
	var base *url.URL
	if m.URL != "" {
		base, _ = url.Parse(m.URL)
	}
	parser := readability.NewParser()
	// News briefs are often shorter than readability's default 500
	// characters; below its threshold it retries with its clutter filters
	// off and keeps related-links blocks.
	parser.CharThresholds = minArticleChars
	art, err := parser.ParseDocument(doc, base)
	if err != nil || art.Node == nil {
		return nil, fmt.Errorf("%s: no article text found in the page (readability: %v); save the article's text as .txt instead", name, err)
	}
	in := &input{Decoded: how, URL: m.URL, Byline: m.Byline, Outlet: m.Outlet}
	in.Title, in.Outlet = pageTitle(m, art, in.Outlet)
	if in.Byline == "" {
		in.Byline = collapse(art.Byline())
	}
	if in.Outlet == "" {
		in.Outlet = collapse(art.SiteName())
	}
	if m.Published != "" {
		in.Published, in.PublishedFrom = m.Published, m.PublishedFrom
	}
	dropLinkLists(art.Node)
	paras := paragraphs(render.InnerText(art.Node))
	if len(paras) == 0 {
		return nil, fmt.Errorf("%s: the page's article has no text; save the article's text as .txt instead", name)
	}
	if in.Title != "" && paras[0] != in.Title {
		paras = append([]string{in.Title}, paras...)
	}
	in.Article = []byte(strings.Join(paras, "\n\n") + "\n")
	in.HTML = true
	return in, nil
}

// paragraphs splits rendered text into its paragraphs: one per non-blank
// line, spaces collapsed, NFC (Vietnamese pages are often typed with
// combining tone marks), printable.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = collapse(text.SanitizeLine(norm.NFC.String(l)))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// pageTitle picks the headline (og:title, JSON-LD headline, <title>, then
// readability's guess) and splits off a site suffix ("… | Vietnam News",
// "… - VnExpress"), which names the outlet when the page does not.
func pageTitle(m pageMeta, art readability.Article, outlet string) (string, string) {
	t := m.Title
	if t == "" {
		t = m.DocTitle
	}
	if t == "" {
		t = collapse(art.Title())
	}
	t = collapse(text.SanitizeLine(norm.NFC.String(t)))
	head, suffix, ok := siteSuffix(t, outlet, m.URL)
	if !ok {
		return t, outlet
	}
	if outlet == "" {
		outlet = suffix
	}
	return head, outlet
}

// siteSuffix splits "Headline | Site" at its last separator. A " | " or a
// suffix that matches the site name or the address's host is a site
// name; a " - " otherwise may be the headline's own ("Korea - Vietnam
// trade"), so it stays.
func siteSuffix(t, outlet, pageURL string) (head, suffix string, ok bool) {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, suffix = strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if suffix == "" || len(strings.Fields(suffix)) > 5 || len(strings.Fields(head)) < 2 {
			continue
		}
		if sep == " | " || sameSite(suffix, outlet) || sameSite(suffix, hostName(pageURL)) {
			return head, suffix, true
		}
	}
	return t, "", false
}

// sameSite compares names by their letters and digits, folded: "VnExpress"
// and "vnexpress.net"'s "vnexpress", "Yonhap News Agency" and "yonhapnews".
func sameSite(a, b string) bool {
	key := func(s string) string {
		var k strings.Builder
		for _, r := range text.Fold(s) {
			if r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') || r >= 0x80 {
				k.WriteRune(r)
			}
		}
		return k.String()
	}
	ka, kb := key(a), key(b)
	return ka != "" && kb != "" && (ka == kb || len(kb) >= 5 && strings.HasPrefix(ka, kb) || len(ka) >= 5 && strings.HasPrefix(kb, ka))
}

// hostName is the first label of the address's host, less "www" and "m".
func hostName(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	for len(labels) > 1 && (labels[0] == "www" || labels[0] == "m" || labels[0] == "en" || labels[0] == "english") {
		labels = labels[1:]
	}
	return labels[0]
}
