package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// maxCharsetScan is how far into a page a <meta charset> is looked for.
// The HTML standard's prescan stops at 1024 bytes, but saved pages of news
// sites put scripts and styles first and declare the charset later; the
// tokenizer stops at <body> anyway.
const maxCharsetScan = 64 << 10

// decodePage returns a saved page as UTF-8 and how it was read. The page's
// own declaration (a byte-order mark, <meta charset>, <meta http-equiv>)
// decides, through x/net/html/charset and the WHATWG labels. A page that
// declares a legacy charset but whose bytes are UTF-8 with non-ASCII text
// was converted after it was saved: reading it as declared would garble
// every letter, so it is read as UTF-8 and said so.
func decodePage(name string, raw []byte) ([]byte, string, error) {
	if bytes.HasPrefix(raw, utf8BOM) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) || bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) {
		return decodeText(name, raw)
	}
	label := declaredCharset(raw)
	if label == "" {
		if utf8.Valid(raw) {
			return raw, "", nil
		}
		return nil, "", fmt.Errorf("%s:%d: the page declares no charset (no <meta charset>) and is not UTF-8; convert it to UTF-8 first: iconv -f ENCODING -t UTF-8 %s (CP949 for Korean, WINDOWS-1258 for Vietnamese pages)", name, lineOfInvalid(raw), name)
	}
	enc, canon := charset.Lookup(label)
	if enc == nil {
		return nil, "", fmt.Errorf("%s: the page declares charset %q, which ictdash cannot read; convert it to UTF-8 first: iconv -f %s -t UTF-8 %s", name, label, strings.ToUpper(label), name)
	}
	if canon == "utf-8" {
		if !utf8.Valid(raw) {
			return nil, "", fmt.Errorf("%s:%d: the page declares UTF-8 but line %d is not UTF-8; convert it first: iconv -f ENCODING -t UTF-8 %s", name, lineOfInvalid(raw), lineOfInvalid(raw), name)
		}
		return raw, "", nil
	}
	if utf8.Valid(raw) && !isASCII(string(raw)) {
		return raw, fmt.Sprintf("read as UTF-8: the page declares %s, but its bytes are UTF-8", canon), nil
	}
	out, err := decodeStrict(enc, raw)
	if err != nil {
		return nil, "", fmt.Errorf("%s: the page declares charset %s, but %v, so the declaration is wrong; convert it to UTF-8 first: iconv -f ENCODING -t UTF-8 %s", name, canon, err, name)
	}
	if enc == encoding.Nop || isASCII(string(raw)) {
		return out, "", nil
	}
	return out, "decoded from " + displayCharset(canon) + " (declared by the page)", nil
}

// declaredCharset is the charset label the page declares, or "". The
// standard prescan (charset.DetermineEncoding) is asked first; past its
// 1024 bytes the head is tokenized for the same two meta forms.
func declaredCharset(raw []byte) string {
	if _, name, certain := charset.DetermineEncoding(raw[:min(len(raw), 1024)], ""); certain {
		return name
	}
	z := html.NewTokenizer(bytes.NewReader(raw[:min(len(raw), maxCharsetScan)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "body" {
				return ""
			}
			if tok.Data == "meta" {
				if l := metaCharset(tok.Attr); l != "" {
					return l
				}
			}
		}
	}
}

// metaCharset reads <meta charset=X> and <meta http-equiv=Content-Type
// content="text/html; charset=X">.
func metaCharset(attrs []html.Attribute) string {
	var equiv bool
	var content string
	for _, a := range attrs {
		switch strings.ToLower(a.Key) {
		case "charset":
			return strings.TrimSpace(a.Val)
		case "http-equiv":
			equiv = strings.EqualFold(strings.TrimSpace(a.Val), "content-type")
		case "content":
			content = a.Val
		}
	}
	if !equiv {
		return ""
	}
	_, rest, ok := strings.Cut(strings.ToLower(content), "charset=")
	if !ok {
		return ""
	}
	return strings.Trim(strings.TrimSpace(strings.SplitN(rest, ";", 2)[0]), `"'`)
}

// displayCharset names the WHATWG encoding as people write it.
func displayCharset(canon string) string {
	switch canon {
	case "euc-kr":
		return "EUC-KR"
	case "windows-1258", "windows-1252":
		return "Windows-" + strings.TrimPrefix(canon, "windows-")
	}
	return strings.ToUpper(canon)
}
