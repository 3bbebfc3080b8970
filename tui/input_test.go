package tui

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// bigPaste is n bytes of pasted text: words (some Vietnamese), with a line
// break every 100 kB, so that taking the first line still means cutting.
func bigPaste(n int) string {
	var b strings.Builder
	words := []string{"Đà Nẵng ", "software ", "exports ", "US$382 ", "million ", "Hàn Quốc "}
	for i := 0; b.Len() < n; i++ {
		w := words[i%len(words)]
		b.WriteString(w)
		if b.Len()/100_000 != (b.Len()-len(w))/100_000 {
			b.WriteByte('\n')
		}
	}
	s := b.String()[:n]
	return strings.ToValidUTF8(s[:len(s)-utf8.UTFMax], "") // whole runes
}

// chunks returns one chunk per Read, as a terminal's reads arrive.
type chunks [][]byte

func (c *chunks) Read(p []byte) (int, error) {
	if len(*c) == 0 {
		return 0, io.EOF
	}
	n := copy(p, (*c)[0])
	if (*c)[0] = (*c)[0][n:]; len((*c)[0]) == 0 {
		*c = (*c)[1:]
	}
	return n, nil
}

// split cuts s into reads of at most n bytes.
func split(s string, n int) []string {
	var out []string
	for len(s) > n {
		out, s = append(out, s[:n]), s[n:]
	}
	return append(out, s)
}

// guarded is what Bubble Tea's parser sees of reads through the guard.
func guarded(reads ...string) string {
	c := make(chunks, len(reads))
	for i, r := range reads {
		c[i] = []byte(r)
	}
	g := newInputGuard(&c)
	var out bytes.Buffer
	buf := make([]byte, 4096) // as Bubble Tea reads
	for {
		n, err := g.Read(buf)
		out.Write(buf[:n])
		if err != nil {
			return out.String()
		}
	}
}

// TestInputGuard: keys and short pastes pass unchanged, whatever the read
// boundaries; a ctrl+c after an unterminated paste began ends it; ESC bytes
// inside a paste are dropped.
func TestInputGuard(t *testing.T) {
	S, E := pasteStart, pasteEnd
	tests := []struct {
		name  string
		reads []string
		want  string
	}{
		{"keys", []string{"jk\x1b[A", "\x1b", "q\x03", "\x1b[200"}, "jk\x1b[A\x1bq\x03\x1b[200"},
		{"short paste", []string{S + "da nang" + E + "j"}, S + "da nang" + E + "j"},
		{"markers split across reads", []string{S[:3], S[3:] + "abc\x1b[2", "01~j"}, S + "abc" + E + "j"},
		{"a held marker prefix that is text", []string{S + "a\x1b[2", "0x" + E}, S + "a[20x" + E},
		{"escapes inside a paste", []string{S + "a\x1b[31mb\x1b]52;c;eA==\x07" + E}, S + "a[31mb]52;c;eA==\x07" + E},
		{"ESC ESC before the end", []string{S + "a\x1b\x1b[201~j"}, S + "a" + E + "j"},
		{"ctrl+c in a later read ends the paste", []string{S + "q", "\x03"}, S + "q" + E + "\x03"},
		{"ctrl+c among keys in a later read", []string{S + "q", "x\x03y"}, S + "qx" + E + "\x03y"},
		{"ctrl+c in the paste's own read is text", []string{S + "a\x03b" + E}, S + "a\x03b" + E},
		{"ctrl+c then a new paste", []string{S, "\x03" + S + "z" + E}, S + E + "\x03" + S + "z" + E},
	}
	for _, tt := range tests {
		if got := guarded(tt.reads...); got != tt.want {
			t.Errorf("%s: %q gives\n%q, want\n%q", tt.name, tt.reads, got, tt.want)
		}
	}
}

// TestInputGuardCutsLongPastes: of a megabyte paste arriving in 4 kB reads,
// the parser sees the first pasteKeep bytes (whole runes) and the end, and
// the keys after it; a ctrl+c ends one that never ends.
func TestInputGuardCutsLongPastes(t *testing.T) {
	paste := bigPaste(1 << 20)
	reads := split(pasteStart+paste+pasteEnd+"jk", 4000)
	got := guarded(reads...)
	body, ok := strings.CutPrefix(got, pasteStart)
	body, ok2 := strings.CutSuffix(body, pasteEnd+"jk")
	if !ok || !ok2 || !strings.HasPrefix(paste, body) || !utf8.ValidString(body) ||
		len(body) < pasteKeep || len(body) > pasteKeep+utf8.UTFMax {
		t.Fatalf("a 1 MB paste reached the parser as %d bytes (want the first %d, whole runes): %.80q…", len(got), pasteKeep, got)
	}
	open := guarded(append(split(pasteStart+paste, 4000), "\x03")...)
	if want := pasteStart + body + pasteEnd + "\x03"; open != want {
		t.Errorf("ctrl+c after an unterminated 1 MB paste: got %d bytes ending %q, want %d ending %q",
			len(open), open[max(0, len(open)-12):], len(want), want[len(want)-12:])
	}
}

// TestInputGuardKeepsTheTerminal: over a file, the guard is a file with
// the same descriptor, so Bubble Tea still makes the terminal raw.
func TestInputGuardKeepsTheTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	g, ok := newInputGuard(r).(inputFile)
	if !ok || g.Fd() != r.Fd() || g.Name() != r.Name() {
		t.Fatalf("the guard over %s is %T, not a file with its descriptor", r.Name(), newInputGuard(r))
	}
	w.Write([]byte(pasteStart + "x" + pasteEnd))
	buf := make([]byte, 4096)
	if n, _ := g.Read(buf); string(buf[:n]) != pasteStart+"x"+pasteEnd {
		t.Errorf("read %q through the guard", buf[:n])
	}
}

// pasteProbe is the dashboard, quitting once it has handled a paste, so a
// program run measures input → Update for one paste.
type pasteProbe struct{ Model }

func (p pasteProbe) Init() tea.Cmd { return nil }

func (p pasteProbe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := p.Model.Update(msg)
	p.Model = next.(Model)
	if _, ok := msg.(tea.PasteMsg); ok {
		return p, tea.Quit
	}
	return p, cmd
}

func runProgram(tb testing.TB, m tea.Model, in io.Reader) tea.Model {
	tb.Helper()
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(io.Discard), tea.WithWindowSize(120, 40),
		tea.WithoutSignalHandler(), tea.WithEnvironment([]string{"TERM=xterm-256color"}))
	final, err := p.Run()
	if err != nil {
		tb.Fatal(err)
	}
	return final
}

// TestPasteIntoFilter: a megabyte pasted (through the terminal reader) into
// the filter being typed leaves its first line there, capped and sanitised.
func TestPasteIntoFilter(t *testing.T) {
	paste := "\n\x1b[31m" + bigPaste(1<<20)
	m := send(sized(t, 120, 40, Options{}), press("2", "/")...)
	c := chunks{}
	for _, r := range split(pasteStart+paste+pasteEnd, 4000) {
		c = append(c, []byte(r))
	}
	final := runProgram(t, pasteProbe{m}, newInputGuard(&c)).(pasteProbe)
	got := listNamed(t, final.Model, "Investments").filter.Value()
	want := pasteText(strings.ReplaceAll(paste, "\x1b", "")) // the guard drops ESC bytes in pastes
	if got != want || len(got) > pasteCap || len(got) < pasteCap-utf8.UTFMax || strings.ContainsRune(got, 0x1b) {
		t.Fatalf("filter after a 1 MB paste: %q (%d bytes), want %q", got, len(got), want)
	}
}

// TestPasteText: a filter takes the first line of a paste, at most
// pasteCap bytes cut on a rune boundary, sanitised.
func TestPasteText(t *testing.T) {
	long := strings.Repeat("ẵ", 100) // 3 bytes each
	for in, want := range map[string]string{
		"da nang":                     "da nang",
		"\n\n  Samsung\nLG\r\nSK":     "Samsung",
		"a\x1b]52;c;eA==\x07b\x1b[2J": "ab",
		long:                          strings.Repeat("ẵ", pasteCap/3),
		"":                            "",
	} {
		if got := pasteText(in); got != want {
			t.Errorf("pasteText(%.40q) = %q, want %q", in, got, want)
		}
	}
	if got := pasteText(long); len(got) > pasteCap || !utf8.ValidString(got) {
		t.Errorf("cut to %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
	if got := pasteText("x" + long); got != data.SanitizeLine("x"+strings.Repeat("ẵ", (pasteCap-1)/3)) {
		t.Errorf("cut not on a rune boundary: %q", got)
	}
}

// TestCtrlCEndsAnUnterminatedPaste: ESC[200~ with no end swallows every
// key as paste text; ctrl+c, pressed after it, still quits the dashboard —
// after a short paste start and after a megabyte, from a pipe and from a
// file (the way a terminal is read: Bubble Tea waits on its descriptor).
func TestCtrlCEndsAnUnterminatedPaste(t *testing.T) {
	set := seeds(t)
	pipes := map[string]func() (io.ReadCloser, io.WriteCloser){
		"io.Pipe": func() (io.ReadCloser, io.WriteCloser) { return io.Pipe() },
		"os.Pipe": func() (io.ReadCloser, io.WriteCloser) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			return r, w
		},
	}
	for pipe, open := range pipes {
		for name, start := range map[string]string{"short": pasteStart + "q", "1 MB": pasteStart + bigPaste(1<<20)} {
			in, w := open()
			done := make(chan error, 1)
			go func() {
				done <- Run(func(func(Progress)) (*data.Set, error) { return set, nil }, Options{}, in, io.Discard)
			}()
			go func() {
				for _, r := range split(start, 4000) {
					w.Write([]byte(r))
				}
				w.Write([]byte("q"))              // pasted text too, by now
				time.Sleep(50 * time.Millisecond) // a person's ctrl+c comes later
				w.Write([]byte("\x03"))
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("%s, %s: %v", pipe, name, err)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%s, %s: ctrl+c after an unterminated paste did not quit in 10 s", pipe, name)
			}
			w.Close()
			in.Close()
		}
	}
}

// BenchmarkPaste1MB is one bracketed paste of a megabyte into the
// Investments filter. program: through the guarded terminal reader, Bubble
// Tea's parser and Update, a program run each (program-empty is the run
// alone, with an empty paste; program-raw the same megabyte without the
// guard, as before it; -after-esc with an Esc key just before the paste).
// update: Update and View alone.
func BenchmarkPaste1MB(b *testing.B) {
	paste := bigPaste(1 << 20)
	m := send(sized(b, 120, 40, Options{}), press("2", "/")...)
	raw := []byte(pasteStart + paste + pasteEnd)
	reads := func(s []byte) *chunks {
		c := chunks{}
		for len(s) > 0 {
			n := min(len(s), 4000)
			c, s = append(c, s[:n]), s[n:]
		}
		return &c
	}
	b.Run("program", func(b *testing.B) {
		for b.Loop() {
			runProgram(b, pasteProbe{m}, newInputGuard(reads(raw)))
		}
	})
	b.Run("program-empty", func(b *testing.B) {
		for b.Loop() {
			runProgram(b, pasteProbe{m}, newInputGuard(reads([]byte(pasteStart+pasteEnd))))
		}
	})
	b.Run("program-raw", func(b *testing.B) {
		for b.Loop() {
			runProgram(b, pasteProbe{m}, reads(raw))
		}
	})
	// An Esc (or an alt+key) just before the paste: Bubble Tea's parser
	// waits for what follows the ESC and, while more input keeps coming,
	// decodes everything it holds again on every read.
	afterEsc := append([]byte("\x1b"), raw...)
	b.Run("program-after-esc", func(b *testing.B) {
		for b.Loop() {
			runProgram(b, pasteProbe{m}, newInputGuard(reads(afterEsc)))
		}
	})
	b.Run("program-raw-after-esc", func(b *testing.B) {
		for b.Loop() {
			runProgram(b, pasteProbe{m}, reads(afterEsc))
		}
	})
	b.Run("update", func(b *testing.B) {
		msg := tea.PasteMsg{Content: paste}
		for b.Loop() {
			next, _ := m.Update(msg)
			_ = next.(Model).View()
		}
	})
}

// TestInputGuardSmallReads: a reader with a buffer too small for what the
// guard adds still gets every byte, in order.
func TestInputGuardSmallReads(t *testing.T) {
	c := chunks{[]byte(pasteStart + "q"), []byte("\x03jk")}
	g := newInputGuard(&c)
	var out bytes.Buffer
	buf := make([]byte, 3)
	for {
		n, err := g.Read(buf)
		out.Write(buf[:n])
		if err != nil {
			break
		}
	}
	if want := pasteStart + "q" + pasteEnd + "\x03jk"; out.String() != want {
		t.Errorf("read 3 bytes at a time: %q, want %q", out.String(), want)
	}
}
