package extract

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// A draft quotes the article verbatim, and the dataset stores the article
// as UTF-8 text, so every input is turned into UTF-8 first: the quotes are
// taken from that text, never from bytes the loader would read otherwise.
// A legacy encoding is decoded only when the bytes leave one reading
// (encoding_legacy in guessLegacy); anything else is refused with the
// command that converts it, because a silently mis-decoded article would
// yield quotes in the wrong letters and numbers in the wrong places.

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText returns raw as UTF-8 text, and how it was read ("" when it
// was UTF-8 already, else e.g. "decoded from EUC-KR"). A UTF-8 byte-order
// mark is dropped: it is not text, and the stored copy would begin with an
// invisible character the first quote could trip over.
func decodeText(name string, raw []byte) ([]byte, string, error) {
	if bytes.HasPrefix(raw, utf8BOM) {
		raw = raw[len(utf8BOM):]
		if !utf8.Valid(raw) {
			return nil, "", invalidUTF8(name, raw, "starts with a UTF-8 byte-order mark but ")
		}
		return raw, "UTF-8 with a byte-order mark (removed)", nil
	}
	if enc, how, ok := utfBOM(raw); ok {
		if enc == nil {
			return nil, "", fmt.Errorf("%s: the file is %s text (it starts with a byte-order mark); convert it to UTF-8 first: iconv -f UTF-32 -t UTF-8 %s", name, how, name)
		}
		out, err := decodeStrict(enc, raw)
		if err != nil {
			return nil, "", fmt.Errorf("%s: the file starts with a %s byte-order mark but is not valid %s: %v; convert it to UTF-8 first", name, how, how, err)
		}
		return out, "decoded from " + how, nil
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return nil, "", fmt.Errorf("%s:%d: the file contains NUL bytes, so it is not UTF-8 text (UTF-16 without a byte-order mark?); convert it to UTF-8 first: iconv -f UTF-16LE -t UTF-8 %s", name, lineAt(raw, i), name)
	}
	if utf8.Valid(raw) {
		return raw, "", nil
	}
	out, how, err := guessLegacy(name, raw)
	if err != nil {
		return nil, "", err
	}
	return out, "decoded from " + how, nil
}

// utfBOM recognises a UTF-16 or UTF-32 byte-order mark. UTF-16 is decoded
// (Windows editors save "Unicode" text so); UTF-32 is so rare in articles
// that it is refused (enc nil) with the conversion to run.
func utfBOM(raw []byte) (encoding.Encoding, string, bool) {
	switch {
	// UTF-32 first: its little-endian BOM begins with UTF-16's.
	case bytes.HasPrefix(raw, []byte{0x00, 0x00, 0xFE, 0xFF}):
		return nil, "UTF-32 (big-endian)", true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE, 0x00, 0x00}):
		return nil, "UTF-32 (little-endian)", true
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16 (big-endian)", true
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16 (little-endian)", true
	}
	return nil, "", false
}

// decodeStrict decodes raw and fails where a byte sequence has no meaning
// in enc: x/text decoders put U+FFFD there, which would hide the error. A
// U+FFFD the decoder did not make cannot occur in a legacy encoding, and in
// UTF-16 it is rare enough to be refused too. The result is NFC, so that
// letters built from combining marks (Windows-1258's tones, decomposed
// UTF-16) compare and fold as the same letters typed precomposed.
func decodeStrict(enc encoding.Encoding, raw []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, err
	}
	if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
		return nil, fmt.Errorf("line %d has bytes that mean nothing in it", lineAt(out, i))
	}
	return norm.NFC.Bytes(out), nil
}

// invalidUTF8 is the error for text that is neither UTF-8 nor a legacy
// encoding read unambiguously.
func invalidUTF8(name string, raw []byte, prefix string) error {
	n := lineOfInvalid(raw)
	return fmt.Errorf("%s:%d: the file %sis not valid UTF-8 (line %d has a byte that is not UTF-8); convert it to UTF-8 first: iconv -f ENCODING -t UTF-8 %s", name, n, prefix, n, name)
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
