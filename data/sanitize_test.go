package data

import "testing"

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
