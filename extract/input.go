package extract

import (
	"bytes"
	"fmt"
	"strings"
)

// input is an article file as extract reads it: the text the dataset
// stores (UTF-8) and what the file says about itself.
type input struct {
	Article []byte // the stored text: the file itself for UTF-8 text, else decoded or read from the page
	HTML    bool   // read from a saved web page
	Decoded string // how the bytes were read ("decoded from EUC-KR"), "" for plain UTF-8

	Title, URL, Outlet, Byline string
	Published                  string // the date as the metadata gives it, unparsed
	PublishedFrom              string // where: "the page's metadata (article:published_time)"

	// Header holds the metadata lines at the top of a text article, as
	// they are in Article, so that their numbers are listed as header
	// lines rather than drafted.
	Header []headerLine
}

// readInput reads an article file: a saved web page (.html, .htm, or
// content that is one), or text and markdown in UTF-8 or a legacy encoding
// read unambiguously. Formats whose text extract cannot see are refused
// with what to do instead.
func readInput(name string, raw []byte) (*input, error) {
	if err := refuseBinary(name, raw); err != nil {
		return nil, err
	}
	if isHTML(name, raw) {
		return readPage(name, raw)
	}
	t, how, err := decodeText(name, raw)
	if err != nil {
		return nil, err
	}
	in, lines := readHeader(string(t), isMarkdown(name))
	in.Article, in.Decoded, in.Header = t, how, lines
	return in, nil
}

func isMarkdown(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".md") || strings.HasSuffix(n, ".markdown")
}

// refuseBinary stops formats that hold their text in a container: drafted
// from their bytes, every quote would be noise.
func refuseBinary(name string, raw []byte) error {
	for _, f := range []struct{ magic, what string }{
		{"%PDF-", "a PDF document"},
		{"PK\x03\x04", "a zip archive (a .docx, .odt or .epub document?)"},
		{"\xD0\xCF\x11\xE0", "a Word or other Office document"},
		{"{\\rtf", "an RTF document"},
	} {
		if bytes.HasPrefix(raw, []byte(f.magic)) {
			return fmt.Errorf("%s is %s, not text or a saved web page; save the article as .txt (or the page as .html) and extract that", name, f.what)
		}
	}
	return nil
}
