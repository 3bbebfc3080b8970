package extract

import (
	"strings"
	"testing"
)

// TestEncodingErrors: text that is not UTF-8 is refused with a message
// naming the file (and the line, where there is one), because quotes drafted
// from it could never match what the loader reads.
func TestEncodingErrors(t *testing.T) {
	utf16 := func(bom []byte, s string) []byte {
		out := append([]byte{}, bom...)
		for _, r := range s {
			if bom[0] == 0xFF {
				out = append(out, byte(r), 0)
			} else {
				out = append(out, 0, byte(r))
			}
		}
		return out
	}
	for _, c := range []struct {
		name string
		raw  []byte
		want []string
	}{
		{"UTF-16 LE BOM", utf16([]byte{0xFF, 0xFE}, "Korea 279 projects"), []string{"art.txt", "UTF-16 (little-endian)"}},
		{"UTF-16 BE BOM", utf16([]byte{0xFE, 0xFF}, "Korea 279 projects"), []string{"art.txt", "UTF-16 (big-endian)"}},
		{"UTF-32 LE BOM", []byte{0xFF, 0xFE, 0, 0, 'K', 0, 0, 0}, []string{"art.txt", "UTF-32 (little-endian)"}},
		{"invalid UTF-8", []byte("Title\n\nĐà Nẵng has 279 projects\nworth US$382 \xa3million.\n"), []string{"art.txt:4:", "not valid UTF-8", "line 4"}},
		{"Latin-1 on line 1", []byte("Vi\xeat Nam\n"), []string{"art.txt:1:", "line 1"}},
		{"NUL bytes", []byte("Title\n\nKorea\x00 279 projects\n"), []string{"art.txt:3:", "NUL"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract("dir/art.txt", c.raw, Options{})
			if err == nil {
				t.Fatalf("no error; draft %+v", d)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	// A UTF-8 byte-order mark is UTF-8: accepted.
	if _, err := Extract("a.txt", []byte("\xef\xbb\xbfTitle\n\n279 projects."), Options{}); err != nil {
		t.Errorf("UTF-8 with BOM refused: %v", err)
	}
	if _, err := Extract("a.txt", []byte("Title"), Options{Published: "12/06/2024"}); err == nil {
		t.Error("a published date that is not ISO was accepted")
	}
}
