package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// readSeeds returns the seed articles by file name.
func readSeeds(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	seeds := make(map[string]string)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seeds[filepath.Base(p)] = string(b)
	}
	return seeds
}

func removedKinds(c *Cleaned) string {
	var ks []string
	for _, r := range c.Removed {
		ks = append(ks, r.Kind)
	}
	return strings.Join(ks, ",")
}

func TestCleanNoise(t *testing.T) {
	const body = "Korea invests in Việt Nam.\n\nIt was a good year."
	tests := []struct {
		name, raw, want, removed string
	}{
		{"view-counter dateline with NBSPs", "Headline\n\n12/06/2024 \u00a0 \u00a0 44\n\n" + body,
			"Headline\n\n" + body, "dateline"},
		{"time dateline", "Headline\nMay 30, 2019 | 16:02\n" + body, "Headline\n" + body, "dateline"},
		{"mobile banner", body + "\n\nPhiên bản di động", body, "mobile-banner"},
		{"image file name", "viethan P.Anh.jpg\n" + body, body, "image"},
		{"sentence ending in a file name is kept", body + " See the attached chart in file report.png",
			body + " See the attached chart in file report.png", ""},
		{"photo caption", "Minister awards firms (Photo: P. Anh)\n\n" + body, body, "caption"},
		{"source line", body + "\n\nSource: Vietnam News", body, "byline"},
		{"agency credit at the end", body + "\n\nVNF ( Channelasia )\n\nPhiên bản di động", body, "byline,mobile-banner"},
		{"author name at the end", body + "\n\nTrong Dat", body, "byline"},
		{"short capitalised line mid-article is kept", "Headline\n\nMarket Outlook\n\n" + body,
			"Headline\n\nMarket Outlook\n\n" + body, ""},
		{"headline alone is not a byline", "Trong Dat", "Trong Dat", ""},
		{"final sentence without a full stop is kept", body + "\n\nthe country will need 490,000 workers in the field",
			body + "\n\nthe country will need 490,000 workers in the field", ""},
		{"also read list", body + "\nAlso Read:\u00c2\n- One link\n\n- Two $100M link\nAfter the list.",
			body + "\n\nAfter the list.", "also-read,also-read,also-read"},
		{"Vietnamese related list", body + "\nTin liên quan:\n- Samsung rót thêm 2,5 tỷ USD\n- 10.000 kỹ sư\nSau danh sách.",
			body + "\nSau danh sách.", "also-read,also-read,also-read"},
		{"Vietnamese related headlines", body + "\n\nTin liên quan\nSamsung đặt mục tiêu xuất khẩu 55 tỷ USD năm 2024\nBắc Ninh thu hút 4,6 tỷ USD vốn FDI trong 10 tháng\n\nSau danh sách.",
			body + "\n\nSau danh sách.", "also-read,also-read,also-read"},
		{"a sentence after the heading is kept", body + "\n\nXem thêm\nHai bên đã ký 12 thỏa thuận.",
			body + "\n\nHai bên đã ký 12 thỏa thuận.", "also-read"},
		{"Korean related list", body + "\n▶ 관련기사\n- 삼성, 베트남에 215억달러\n다음 문단.",
			body + "\n다음 문단.", "also-read,also-read"},
		{"dash line without heading is kept", body + "\n- not a link list", body + "\n- not a link list", ""},
		{"repeated headline", "Headline here\n\nSub\nMay 30, 2019 | 16:02\n\nHeadline here\n\n" + body,
			"Headline here\n\nSub\n\n" + body, "dateline,duplicate"},
		{"blank runs collapse and ends trim", "\n\n  \n" + "A a.\n\n\n\u00a0\n\nB b.\n\n\n", "A a.\n\nB b.", ""},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.raw)
			if c.Text != tt.want {
				t.Errorf("Text\n got %q\nwant %q", c.Text, tt.want)
			}
			if got := removedKinds(c); got != tt.removed {
				t.Errorf("removed %q, want %q (%+v)", got, tt.removed, c.Removed)
			}
		})
	}
}

func TestCleanRemovedLines(t *testing.T) {
	c := Clean("Head\n\n12/06/2024\u00a0 44\n\nBody text.\nSource: VNS")
	want := []Removed{{"dateline", 3, "12/06/2024 44"}, {"byline", 6, "Source: VNS"}}
	if len(c.Removed) != len(want) {
		t.Fatalf("removed %+v, want %+v", c.Removed, want)
	}
	for i := range want {
		if c.Removed[i] != want[i] {
			t.Errorf("removed[%d] = %+v, want %+v", i, c.Removed[i], want[i])
		}
	}
}

func TestCleanCharacters(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{"NBSP to space and runs collapse", "a\u00a0\u00a0b   c\u00a0", "a b c"},
		{"tab to space", "a\tb", "a b"},
		{"stray Â at end of line", "technology.\u00c2", "technology."},
		{"stray Â before space", "Vietnam.\u00c2 Next", "Vietnam. Next"},
		{"stray Â glued after punctuation", "2024.\u00c2Next", "2024.Next"},
		{"Â plus NBSP is one NBSP", "Vietnam.\u00c2\u00a0Next", "Vietnam. Next"},
		{"Âu in Vietnamese is kept", "Châu Âu", "Châu Âu"},
		{"â possessive", "Stage Xâs Mobile", "Stage X’s Mobile"},
		{"â quote pair", "OTT âHogakâ in Korea", "OTT “Hogak” in Korea"},
		{"â closing quote before punctuation", "said âyesâ.", "said “yes”."},
		{"Tân is untouched", "Duy Tân University and Tân Long", "Duy Tân University and Tân Long"},
		{"unpaired â before a letter is untouched", "nghe âm nhạc", "nghe âm nhạc"},
		{"classic mojibake apostrophe", "cityâ€™s", "city’s"},
		{"classic mojibake quotes", "â€œHiâ€\u009d", "“Hi”"},
		{"mojibake quote with lost byte", "â€œHiâ€ he said", "“Hi” he said"},
		{"mojibake en dash", "2025â€“30", "2025–30"},
		{"mojibake Vietnamese", "Ä\u0090Ã\u00a0 Náºµng", "Đà Nẵng"},
		{"mojibake đ and ư", "Ä‘Æ°á»\u009dng", "đường"},
		{"all-caps letter before a real quote is kept", "“NGÃ” he said", "“NGÃ” he said"},
		{"C0 and C1 controls", "a\x00b\x07c\u0085d\u009be", "abc de"},
		{"bidi overrides and isolates", "a\u202eb\u202ac\u2066d\u2069e", "abcde"},
		{"zero-width and BOM", "\ufeffa\u200bb\u200cc\u200dd", "abcd"},
		{"CSI sequence", "red \x1b[31;1mtext\x1b[0m end", "red text end"},
		{"OSC hyperlink", "see \x1b]8;;http://x\x07link\x1b]8;;\x1b\\ now", "see link now"},
		{"two-char and charset escapes", "a\x1b7b\x1b(Bc", "abc"},
		{"unterminated CSI", "a\x1b[31", "a"},
		{"invalid UTF-8", "a\xffb\xc3", "a\ufffdb\ufffd"},
		{"carriage return", "line one\r\nline two\r", "line one\nline two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.raw).Text; got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.raw, got, tt.want)
			}
		})
	}
}

func TestCleanOffsets(t *testing.T) {
	raw := "Head\n\n12/06/2024  44\n\nSay\u00a0âHiâ now\u00c2\nEnd.\n"
	c := Clean(raw)
	if c.Text != "Head\n\nSay “Hi” now\nEnd." {
		t.Fatalf("Text = %q", c.Text)
	}
	at := func(sub string) int { return strings.Index(c.Text, sub) }
	checks := []struct {
		clean, raw, line int
	}{
		{0, 0, 1},
		{at("Say"), strings.Index(raw, "Say"), 5},
		{at(" “"), strings.Index(raw, "\u00a0"), 5},         // NBSP → space
		{at("“"), strings.Index(raw, "â"), 5},               // replaced quote
		{at("“") + 1, strings.Index(raw, "â"), 5},           // inside a replaced rune
		{at("End"), strings.Index(raw, "End"), 6},           // after a dropped Â
		{len(c.Text), len(raw) - 1, 6},                      // end: after "End."
		{len(c.Text) + 5, len(raw) - 1, 6},                  // clamped
		{-3, 0, 1},                                          // clamped
		{at("\n\nSay") + 1, strings.Index(raw, "\nSay"), 4}, // blank line → raw newline
	}
	for _, ck := range checks {
		if got := c.RawOffset(ck.clean); got != ck.raw {
			t.Errorf("RawOffset(%d) = %d, want %d", ck.clean, got, ck.raw)
		}
		if got := c.RawLine(ck.clean); got != ck.line {
			t.Errorf("RawLine(%d) = %d, want %d", ck.clean, got, ck.line)
		}
	}
}

// checkCopiedOffsets: every rune of Text that was copied from raw maps to
// the same rune in raw.
func checkCopiedOffsets(t *testing.T, name, raw string, c *Cleaned) {
	t.Helper()
	for _, s := range c.segs {
		if !s.copied {
			continue
		}
		for i := s.clean; i < s.clean+s.n; {
			r, n := utf8.DecodeRuneInString(c.Text[i:])
			o := c.RawOffset(i)
			if rr, _ := utf8.DecodeRuneInString(raw[o:]); rr != r {
				t.Fatalf("%s: Text[%d] %q maps to raw[%d] %q", name, i, r, o, rr)
			}
			i += n
		}
	}
}

func TestCleanSeedOffsets(t *testing.T) {
	for name, raw := range readSeeds(t) {
		c := Clean(raw)
		checkCopiedOffsets(t, name, raw, c)
		// Every kept line's text is found in raw on the line RawLine reports.
		for _, line := range strings.Split(c.Text, "\n") {
			if line == "" || !strings.Contains(raw, line) {
				continue
			}
			i := strings.Index(c.Text, line)
			rl := strings.Count(raw[:strings.Index(raw, line)], "\n") + 1
			if got := c.RawLine(i); got != rl {
				t.Errorf("%s: RawLine of %.30q = %d, want %d", name, line, got, rl)
			}
		}
	}
}

func TestCleanSeeds(t *testing.T) {
	seeds := readSeeds(t)
	tests := []struct {
		file         string
		gone, kept   []string
		removedKinds string
	}{
		{"000_b77dc0c3b0768d47.txt", []string{"12/06/2024", "Source: Vietnam News", "\u00a0", "  "},
			[]string{"Korea and central Việt Nam expand co-operation in ICT\n\nCentral",
				"with 279 projects worth US$382 million.", "About 250 Korean businesses are operating in Thừa Thiên Huế",
				"Duy Tân Private University"}, "dateline,byline"},
		{"001_a43f31124e8e001b.txt", []string{"Phiên bản", "16:02", "VNF", "Channelasia"},
			[]string{"Vietnam opens tech cooperation centre with South Korea in Ho Chi Minh City\n\nSecond centre",
				"US$98.9 billion, a growth rate of eight per cent", "may come sooner than expected."},
			"dateline,duplicate,byline,mobile-banner"},
		{"002_eb5d8e23d8cc0f47.txt", nil,
			[]string{"over 30 Vietnamese digital technology companies", "approximately 80% of participants"}, ""},
		{"003_3949457762a66741.txt", []string{"Also Read", "Hogak", "$100M", "\u00c2"},
			[]string{"driven by digital technology.\nDuring the visit", "20 Vietnamese technology companies and 150 representatives",
				"strengthen these economic ties."}, "also-read,also-read,also-read,also-read,also-read,also-read"},
		{"004_2c8182438bac70ce.txt", []string{".jpg", "Trong Dat", "(Photo", "awarded certificates of merit to three"},
			[]string{"on August 2, 2024.", "Nearly 20 Vietnamese digital tech firms", "740,000 IT officers",
				"in accordance with digital university model."}, "image,caption,byline"},
	}
	for _, tt := range tests {
		c := Clean(seeds[tt.file])
		for _, s := range tt.gone {
			if strings.Contains(c.Body(), s) {
				t.Errorf("%s: %q not removed", tt.file, s)
			}
		}
		for _, s := range tt.kept {
			if !strings.Contains(c.Text, s) {
				t.Errorf("%s: %q missing", tt.file, s)
			}
		}
		if got := removedKinds(c); got != tt.removedKinds {
			t.Errorf("%s: removed %s, want %s", tt.file, got, tt.removedKinds)
		}
		if strings.HasPrefix(c.Text, "\n") || strings.HasSuffix(c.Text, "\n") || strings.Contains(c.Text, "\n\n\n") {
			t.Errorf("%s: blank lines not collapsed", tt.file)
		}
	}
}

// checkCleanInvariants is what any input must satisfy.
func checkCleanInvariants(t *testing.T, raw string) {
	c := Clean(raw)
	if !utf8.ValidString(c.Text) {
		t.Fatalf("Text is not valid UTF-8: %q", c.Text)
	}
	for _, r := range c.Text {
		if r != '\n' && (unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)) {
			t.Fatalf("Text has control %U: %q", r, c.Text)
		}
	}
	if strings.HasPrefix(c.Text, "\n") || strings.HasSuffix(c.Text, "\n") || strings.Contains(c.Text, "\n\n\n") {
		t.Fatalf("blank lines not collapsed: %q", c.Text)
	}
	// Offsets increase through the body, and again through each caption
	// (captions follow the body, wherever they stood in the raw file).
	restart := map[int]bool{}
	for _, s := range c.Captions {
		restart[s.Start] = true
		restart[max(0, s.Start-2)] = true
		if s.Start < 0 || s.End > len(c.Text) || s.Start >= s.End {
			t.Fatalf("caption span %v outside Text (%d bytes)", s, len(c.Text))
		}
	}
	prev := 0
	for i := 0; i <= len(c.Text); i++ {
		if restart[i] {
			prev = 0
		}
		o := c.RawOffset(i)
		if o < prev || o > len(raw) {
			t.Fatalf("RawOffset(%d) = %d after %d (raw %d bytes)", i, o, prev, len(raw))
		}
		if l := c.RawLine(i); l < 1 || l > strings.Count(raw, "\n")+1 {
			t.Fatalf("RawLine(%d) = %d", i, l)
		}
		prev = o
	}
	checkCopiedOffsets(t, "fuzz", raw, c)
	if Clean(raw).Text != c.Text {
		t.Fatal("Clean is not deterministic")
	}
}

// FuzzClean is seeded with the head and tail of each seed article (where
// the noise is) rather than whole articles: the fuzzer spends minutes
// minimising a multi-kilobyte input before it starts mutating.
func FuzzClean(f *testing.F) {
	for _, raw := range readSeeds(f) {
		f.Add(raw[:min(len(raw), 400)])
		f.Add(raw[max(len(raw)-400, 0):])
	}
	f.Add("a\u00c2\u00a0b âxâ câs Tân\x1b[1m\x1b]0;t\a\u202e\ufeff\xff\r\n\n\n- x\nAlso Read:\n- y\nTrong Dat")
	f.Add("â€™â€Ã")
	f.Fuzz(checkCleanInvariants)
}

// TestPlainLineFastPathAgrees checks the fast path against the full one: a
// line plainLine accepts must come out of the full pipeline unchanged.
func TestPlainLineFastPathAgrees(t *testing.T) {
	lines := []string{"Đà Nẵng is “smart”", "Tân Long – 12 per cent", "a  b", " lead", "Xâs", "Â",
		"â€™", "Ã¡", "tab\there", "zero\u200bwidth", "nb\u00a0sp", "ok ‘quoted’ text", "café’s"}
	for _, seed := range readSeeds(t) {
		lines = append(lines, strings.Split(seed, "\n")...)
	}
	for _, l := range lines {
		if !plainLine(l) {
			continue
		}
		full := joinPieces(squeezeSpaces(stripInvisible(repairStrays(repairMojibake(stripEscapes(decodePieces(l, 0, len(l))))))))
		if full != l {
			t.Errorf("plainLine(%q) but the full clean gives %q", l, full)
		}
	}
}

func FuzzPlainLine(f *testing.F) {
	f.Add("Đà Nẵng “smart”")
	f.Add("Xâs Ã¡ â€™")
	f.Fuzz(func(t *testing.T, l string) {
		if strings.Contains(l, "\n") || !plainLine(l) {
			return
		}
		full := joinPieces(squeezeSpaces(stripInvisible(repairStrays(repairMojibake(stripEscapes(decodePieces(l, 0, len(l))))))))
		if full != l {
			t.Errorf("plainLine(%q) but the full clean gives %q", l, full)
		}
	})
}

// A photo caption is kept after the body, marked, and maps to its raw line.
func TestCaptionKeptApart(t *testing.T) {
	raw := "Forum held in Seoul\n\nMinister Hung awarded certificates of merit to three Vietnamese IT firms (Photo: P. Anh)\n\nThe forum drew 150 delegates.\n"
	c := Clean(raw)
	if len(c.Captions) != 1 {
		t.Fatalf("captions %v in %q", c.Captions, c.Text)
	}
	cap := c.Text[c.Captions[0].Start:c.Captions[0].End]
	if cap != "Minister Hung awarded certificates of merit to three Vietnamese IT firms (Photo: P. Anh)" {
		t.Errorf("caption %q", cap)
	}
	if strings.Contains(c.Body(), "certificates") || !strings.HasSuffix(c.Body(), "150 delegates.") {
		t.Errorf("body %q", c.Body())
	}
	at := strings.Index(c.Text, "three")
	if !c.InCaption(at) || c.InCaption(strings.Index(c.Text, "150")) {
		t.Error("InCaption")
	}
	if got := raw[c.RawOffset(at):]; !strings.HasPrefix(got, "three Vietnamese") {
		t.Errorf("raw offset of the caption's number points at %q", got[:20])
	}
	if c.RawLine(at) != 3 {
		t.Errorf("raw line %d, want 3", c.RawLine(at))
	}
}
