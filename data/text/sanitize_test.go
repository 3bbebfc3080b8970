package text

import (
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	cases := map[string]string{
		"Đà Nẵng “quoted”":             "Đà Nẵng “quoted”",
		"a\x1b[31mred\x1b[0m":          "ared",
		"x\x1b]52;c;SGVsbG8=\x07y":     "xy",
		"link \x1b]8;;http://e\x1b\\t": "link t",
		"bidi \u202Eevil":              "bidi evil",
		"zero\u200bwidth":              "zerowidth",
		"c1 \u009b31m":                 "c1 31m",
		"bad \xff byte":                "bad \uFFFD byte",
		"tab\there":                    "tab here",
		"two\nlines":                   "two\nlines",
	}
	for in, want := range cases {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
		if !isSafe(Sanitize(in)) {
			t.Errorf("Sanitize(%q) is not safe: %q", in, Sanitize(in))
		}
	}
}

// FuzzSanitize: the output is always safe to draw, valid UTF-8, and
// sanitising again changes nothing.
func FuzzSanitize(f *testing.F) {
	f.Add("plain")
	f.Add("a\x1b[31mred\x1b]52;c;eA==\x07\u202e\u200b\xff")
	f.Add("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\")
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if !isSafe(out) || !utf8.ValidString(out) {
			t.Fatalf("Sanitize(%q) = %q is not safe", s, out)
		}
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: %q then %q", out, again)
		}
	})
}
