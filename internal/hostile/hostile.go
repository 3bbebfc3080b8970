// Package hostile writes a dataset whose text tries to attack the terminal:
// escape sequences (CSI, OSC 52 clipboard writes, OSC 8 links), C0 and C1
// controls, bidi overrides, zero-width characters and a 1 MB line, in the
// article and in every kind of record field. It is valid apart from that,
// so it loads, and tests assert that nothing of it reaches any output raw.
package hostile

import (
	"os"
	"path/filepath"
	"strings"
)

// Nasties are the sequences planted everywhere.
var Nasties = []string{
	"\x1b[2J\x1b[H",                      // CSI: clear the screen, home the cursor
	"\x1b]52;c;cm0gLXJmIH4=\x07",         // OSC 52: write the clipboard
	"\x1b]8;;https://evil.example\x1b\\", // OSC 8: a hidden link
	"\x1b]0;pwned\x07",                   // OSC 0: retitle the window
	"\x07\x08\x0b\x0c\x7f",               // C0 and DEL
	"\u009b31m\u0085",                    // C1: CSI and NEL as single code points
	"\u202e",                             // bidi override: reverses what follows
	"\u2066\u2069",                       // bidi isolates
	"\u200b\u200d\ufeff",                 // zero-width characters
}

// all is every nasty in one string.
var all = strings.Join(Nasties, "")

// Article is the raw article: its figures' sentences carry nasties between
// words, which the cleaner removes, so the quotes below match the clean text.
func Article() string {
	long := strings.Repeat("padding ", 1<<17) // a 1 MB line
	return "Hostile" + all + " headline\n\n" +
		"Korean firms " + all + "invested US$5 million in 12 projects in Đà Nẵng.\n\n" +
		long + "\n\n" +
		"Nearly 20 " + Nasties[1] + "firms attended.\n"
}

// Records is the record file, with nasties in every free-text field (YAML
// escapes \e and \x.. for ESC and controls, \u for the rest).
const Records = `article:
  file: hostile.txt
  title: "Hostile \e[2J title \e]52;c;cm0=\a"
  outlet: "Evil \u202e News"
  published: "2024-06-12"
  date_note: "note \x07\x9b31m"
items:
  - id: da-nang
    kind: place
    name: "Đà Nẵng\u200b"
    aliases: ["Da \e]8;;https://evil.example\e\\Nang"]
  - id: evil-investment
    kind: investment
    name: "Investment \e]0;pwned\a in Đà Nẵng"
    places: [da-nang]
    note: "\u2066isolated\u2069 \ufeff"
    sources:
      - quote: US$5 million in 12 projects in Đà Nẵng
figures:
  - id: evil-value
    label: "Value \e[31mRED\e[0m of the investment"
    value_text: US$5 million
    value: 5000000
    unit: USD
    status: actual
    period: "2024"
    places: [da-nang]
    items: [evil-investment]
    note: "\e]52;c;cm0gLXJmIH4=\a copy me"
    sources:
      - quote: invested US$5 million in 12 projects
  - id: evil-projects
    label: "Projects\u202e"
    value_text: 12 projects
    value: 12
    unit: count
    status: actual
    items: [evil-investment]
    sources:
      - quote: 12 projects in Đà Nẵng
  - id: evil-firms
    label: "Firms \x1b attending"
    value_text: Nearly 20
    value: 20
    unit: count
    qualifier: nearly
    status: projection
    period: "2028"
    sources:
      - quote: Nearly 20 firms attended
skipped:
  - text: "31"
    context: Hostile 31m headline
    reason: residue of a C1 control sequence (CSI as one code point), dropped by the cleaner
  - text: "31"
    context: firms 31m invested
    reason: residue of a C1 control sequence, as above
`

// Write puts the hostile dataset (hostile.txt, hostile.yaml) into dir.
func Write(dir string) error {
	if err := os.WriteFile(filepath.Join(dir, "hostile.txt"), []byte(Article()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "hostile.yaml"), []byte(Records), 0o644)
}

// Unsafe reports the first character in s that must never reach an output:
// ESC, C0 other than newline (and tab), DEL, C1, bidi controls or
// zero-width characters. ok is false when there is none.
func Unsafe(s string) (r rune, ok bool) {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
			return r, true
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f:
			return r, true
		case r >= 0x200b && r <= 0x200d, r == 0xfeff, r == 0x2060:
			return r, true
		}
	}
	return 0, false
}
