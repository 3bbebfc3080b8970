package extract

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// checkEncoding refuses text the loader would refuse or misread. A draft
// quotes the article verbatim, so an article in another encoding must be
// converted first (iconv -f UTF-16 -t UTF-8) rather than drafted from bytes
// that would never match.
func checkEncoding(name string, raw []byte) error {
	for _, b := range []struct {
		bom []byte
		enc string
	}{
		// UTF-32 first: its little-endian BOM begins with UTF-16's.
		{[]byte{0x00, 0x00, 0xFE, 0xFF}, "UTF-32 (big-endian)"},
		{[]byte{0xFF, 0xFE, 0x00, 0x00}, "UTF-32 (little-endian)"},
		{[]byte{0xFE, 0xFF}, "UTF-16 (big-endian)"},
		{[]byte{0xFF, 0xFE}, "UTF-16 (little-endian)"},
	} {
		if bytes.HasPrefix(raw, b.bom) {
			return fmt.Errorf("%s: the file is %s text (it starts with a byte-order mark); convert it to UTF-8 first", name, b.enc)
		}
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fmt.Errorf("%s:%d: the file contains NUL bytes, so it is not UTF-8 text (UTF-16 without a byte-order mark?); convert it to UTF-8 first", name, lineAt(raw, i))
	}
	if !utf8.Valid(raw) {
		return fmt.Errorf("%s:%d: the file is not valid UTF-8 (line %d has a byte that is not UTF-8, e.g. Latin-1 or Windows-1252 text); convert it to UTF-8 first", name, lineOfInvalid(raw), lineOfInvalid(raw))
	}
	return nil
}

// lineAt is the 1-based line of byte offset i.
func lineAt(raw []byte, i int) int {
	return bytes.Count(raw[:i], []byte{'\n'}) + 1
}

// lineOfInvalid is the 1-based line of the first byte that is not UTF-8.
func lineOfInvalid(raw []byte) int {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			return lineAt(raw, i)
		}
		i += n
	}
	return lineAt(raw, len(raw))
}
