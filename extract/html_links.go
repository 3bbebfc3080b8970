package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// dropLinkLists removes from readability's article the lists whose every
// item is only a link, with the heading above them: news pages put
// "Tin liên quan", "관련 뉴스" and "Related" blocks inside the article's
// column with no class that tells readability so, and readability keeps
// lists whatever their link density. An article's own list items carry
// text of their own, so they stay.
func dropLinkLists(root *html.Node) {
	var lists []*html.Node
	walk(root, func(n *html.Node) {
		if (n.Data == "ul" || n.Data == "ol") && isLinkList(n) {
			lists = append(lists, n)
		}
	})
	for _, n := range lists {
		if h := prevElement(n); h != nil && isShortHeading(h) {
			h.Parent.RemoveChild(h)
		}
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// isLinkList: at least two items, and no item has text outside its links.
func isLinkList(list *html.Node) bool {
	items := 0
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.Data != "li" {
			continue
		}
		items++
		if strings.TrimSpace(textOutsideLinks(li)) != "" {
			return false
		}
	}
	return items >= 2
}

func textOutsideLinks(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	if n.Type == html.ElementNode && n.Data == "a" {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOutsideLinks(c))
	}
	return b.String()
}

func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	return nil
}

// isShortHeading: a heading or a bold line of a few words ("Xem thêm").
func isShortHeading(n *html.Node) bool {
	switch n.Data {
	case "h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div":
		return len(strings.Fields(textOutsideLinks(n))) <= 5
	}
	return false
}
