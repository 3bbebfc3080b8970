package extract

import (
	"strings"

	"ictdash/data/text"
)

// Articles copied from a site or saved by a reader often open with header
// lines — "Source: Vietnam News", "URL: https://…", "Date: July 2019",
// "By Nguyễn Văn A", "Nguồn:", "Ngày:", "출처:", "입력 2024.11.23 10:12",
// "홍길동 기자" — or, in markdown, a front matter block and a "# Title"
// heading. They say what the record's url, published, title, outlet and
// byline are; they are not the article's prose, so a number on them is a
// skipped number ("header line: publication date"), never a figure.

// headerLine is one metadata line at the top of a text article.
type headerLine struct {
	Line string // the line as it is in the text, trimmed
	What string // what it gives: "publication date", "address", "source", …
}

// headerKeys maps a folded key ("ngay dang", "입력") to what it gives.
var headerKeys = map[string]string{
	"title": "title", "headline": "title", "tieu de": "title", "제목": "title",
	"source": "source", "nguon": "source", "theo": "source", "출처": "source", "outlet": "source",
	"publisher": "source", "publication": "source", "site": "source", "site_name": "source",
	"url": "address", "link": "address", "canonical": "address", "original": "address", "duong dan": "address",
	"date": "publication date", "published": "publication date", "publish date": "publication date",
	"posted": "publication date", "posted on": "publication date", "ngay": "publication date",
	"ngay dang": "publication date", "thoi gian": "publication date", "xuat ban": "publication date",
	"입력": "publication date", "등록": "publication date", "기사입력": "publication date", "송고": "publication date",
	"게재": "publication date", "작성": "publication date", "날짜": "publication date", "일자": "publication date",
	"updated": "update date", "modified": "update date", "cap nhat": "update date", "수정": "update date",
	"최종수정": "update date", "author": "byline", "by": "byline", "writer": "byline", "reporter": "byline",
	"authors": "byline", "tac gia": "byline", "phong vien": "byline", "기자": "byline", "글": "byline",
}

var (
	keyLineRE  = text.LazyRegexp(`^[*_]{0,2}([\p{L}_][\p{L}_ ]{0,20}?)[*_]{0,2}\s*[:：]\s*[*_]{0,2}(.*?)[*_]{0,2}$`)
	koStampRE  = text.LazyRegexp(`^(입력|등록|기사입력|송고|수정|최종수정)\s*[:：]?\s*(\d.*)$`)
	byRE       = text.LazyRegexp(`^(?:By|by|Bởi)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:,|and|&|và)\s*\p{Lu}[\p{L}.'’ -]*)?)$`)
	koBylineRE = text.LazyRegexp(`^(?:\(\S+\)\s*)?(\p{Hangul}{2,4}(?:·\p{Hangul}{2,4})*)\s*(?:기자|특파원|인턴기자)(?:\s+\S+@\S+)?$`)
)

// readHeader reads the header block of a text or markdown article: the front
// matter, then the first lines up to the second line that is not a header
// (a headline may stand above the header lines) or the first paragraph.
func readHeader(t string, markdown bool) (*input, []headerLine) {
	in := &input{}
	var lines []headerLine
	all := strings.Split(t, "\n")
	i := 0
	if markdown || strings.TrimSpace(all[0]) == "---" {
		i = frontMatter(all, in, &lines)
	}
	prose := 0
	for ; i < len(all) && i < 40 && prose < 2; i++ {
		l := strings.TrimSpace(all[i])
		if l == "" {
			continue
		}
		if markdown && in.Title == "" && strings.HasPrefix(l, "# ") {
			in.Title = strings.TrimSpace(strings.TrimLeft(l, "# "))
			continue
		}
		if h, ok := headerField(l, in); ok {
			lines = append(lines, h)
			continue
		}
		if prose++; len(strings.Fields(l)) > 30 {
			break
		}
	}
	return in, append(lines, readTrailer(all[i:], in)...)
}

// readTrailer reads the stamp lines a copied Korean or Vietnamese article
// often ends with ("입력 2024.09.21 09:30", "Ngày đăng: 21/9/2024"): among
// the last six lines, only lines that give the publication date, so that
// the body's own "key: value" lines stay text.
func readTrailer(rest []string, in *input) []headerLine {
	var out []headerLine
	for i := max(0, len(rest)-6); i < len(rest); i++ {
		l := strings.TrimSpace(rest[i])
		if l == "" || len(l) > 60 {
			continue
		}
		if m := koStampRE().FindStringSubmatch(l); m != nil && headerKeys[m[1]] == "publication date" {
			if h, ok := setHeader(in, l, "publication date", m[2]); ok {
				out = append(out, h)
			}
		}
	}
	return out
}

// frontMatter reads a "---" … "---" block of key: value lines and returns
// the index of the line after it (0 when there is none).
func frontMatter(all []string, in *input, lines *[]headerLine) int {
	if strings.TrimSpace(all[0]) != "---" {
		return 0
	}
	for i := 1; i < len(all) && i < 60; i++ {
		l := strings.TrimSpace(all[i])
		if l == "---" || l == "..." {
			return i + 1
		}
		if h, ok := headerField(strings.Trim(l, `"'`), in); ok {
			*lines = append(*lines, h)
		} else if strings.Contains(l, ":") {
			// Other front-matter keys (tags, layout) are no article text
			// either; numbers on them are listed as such.
			*lines = append(*lines, headerLine{Line: l, What: "front matter"})
		}
	}
	return 0 // no closing line: not front matter after all
}

// headerField recognises one header line and records its value in in.
func headerField(l string, in *input) (headerLine, bool) {
	if m := koStampRE().FindStringSubmatch(l); m != nil {
		return setHeader(in, l, headerKeys[m[1]], m[2])
	}
	if m := byRE().FindStringSubmatch(l); m != nil && len(m[1]) <= 80 {
		return setHeader(in, l, "byline", m[1])
	}
	if m := koBylineRE().FindStringSubmatch(l); m != nil {
		return setHeader(in, l, "byline", m[1]+" 기자")
	}
	m := keyLineRE().FindStringSubmatch(l)
	if m == nil {
		return headerLine{}, false
	}
	what, ok := headerKeys[strings.Join(strings.Fields(text.Fold(strings.ReplaceAll(m[1], "_", " "))), " ")]
	if !ok {
		what, ok = headerKeys[strings.ToLower(strings.TrimSpace(m[1]))]
	}
	if !ok || strings.TrimSpace(m[2]) == "" {
		return headerLine{}, false
	}
	return setHeader(in, l, what, strings.Trim(strings.TrimSpace(m[2]), `"'`))
}

// setHeader checks that value fits what the key says (a date holds a
// date, an address is http(s), a name is short) and keeps the first one.
func setHeader(in *input, l, what, value string) (headerLine, bool) {
	keep := func(p *string, v string) {
		if *p == "" {
			*p = v
		}
	}
	switch what {
	case "title":
		keep(&in.Title, value)
	case "address":
		if !webURL(value) {
			return headerLine{}, false
		}
		keep(&in.URL, value)
	case "source":
		if webURL(value) {
			keep(&in.URL, value)
			what = "address"
			break
		}
		if len(value) > 60 {
			return headerLine{}, false
		}
		keep(&in.Outlet, value)
	case "byline":
		if len(value) > 80 || strings.ContainsAny(value, ".!?") && len(strings.Fields(value)) > 6 {
			return headerLine{}, false
		}
		keep(&in.Byline, value)
	case "publication date", "update date":
		if _, _, ok := metaDate(value); !ok {
			return headerLine{}, false
		}
		if what == "publication date" && in.Published == "" {
			in.Published, in.PublishedFrom = value, "the header line "+quoteLine(l)
		}
	}
	return headerLine{Line: l, What: what}, true
}

// quoteLine is l in quotes for a note, shortened.
func quoteLine(l string) string { return `"` + text.ExcerptN(l, 60) + `"` }
