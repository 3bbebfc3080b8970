package tui

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// What a terminal sends is parsed by Bubble Tea's input reader, which turns
// a bracketed paste (ESC[200~ text ESC[201~) into one tea.PasteMsg. Two
// things about that parser matter here, and inputGuard, which sits between
// the terminal and it, deals with both:
//
//   - It decodes a paste's text one key at a time, with an allocation per
//     character: a megabyte costs about 75 ms and 1.5 million allocations
//     before the dashboard sees it, to be dropped or cut to a filter's 200
//     bytes. After an Esc or an alt+key it is worse: the parser waits for
//     what follows the ESC and, as long as input keeps arriving, decodes
//     everything it holds again on every read — 1.5 s for a megabyte. The
//     guard passes on the first pasteKeep bytes of a paste and drops the
//     rest, so a paste of any size costs a scan for its end
//     (BenchmarkPaste1MB).
//   - Until ESC[201~ arrives, every byte is paste text: a paste start with
//     no end (a broken terminal, a cat of a binary file, a hostile program
//     writing to the tty) swallows q and ctrl+c for ever. The guard closes
//     an open paste when a ctrl+c byte (0x03) arrives in a later read than
//     the paste start, so ctrl+c always quits. A terminal writes a paste
//     out at once; a person's ctrl+c comes after it, in a read of its own.
//     (A pasted 0x03 in a later chunk of a long paste also ends it — and
//     quits the dashboard, which is what ctrl+c does.)
//
// It also drops ESC bytes inside a paste: an escape in pasted text could
// open a sequence in the parser that runs on through the end marker.

// The bracketed-paste markers, which Bubble Tea v2 asks every terminal for.
const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
)

// pasteKeep is how many bytes of a paste reach the parser: far more than a
// filter takes (pasteCap), far less than a frame's work.
const pasteKeep = 512

// pasteCap is how much of its first line a filter takes from a paste.
const pasteCap = 200

// pasteText is what a filter takes of a paste: its first line (leading
// blank lines and spaces skipped), cut to pasteCap bytes at a rune
// boundary and sanitised. It reads no further into the paste than that.
func pasteText(s string) string { return pasteLine(s, pasteCap) }

// pasteLine is pasteText with a cap of limit bytes (the review's text
// inputs take a whole quote).
func pasteLine(s string, limit int) string {
	s = strings.TrimLeft(s, " \t\r\n")
	s = s[:min(len(s), limit+1)]
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return data.SanitizeLine(s)
}

// paste gives pasted text to the filter being typed, if any (its first
// line, capped: pasteText); anywhere else a paste means nothing and is
// dropped at once, whatever its size.
func (m Model) paste(content string) (tea.Model, tea.Cmd) {
	if m.set == nil || m.showHelp || m.brief.open {
		return m, nil
	}
	if m.searchOpen() {
		return m, m.search.paste(content)
	}
	lv := m.activeList()
	if lv == nil || !lv.editing {
		return m, nil
	}
	return m, lv.paste(content)
}

// inputGuard filters what the terminal sends before Bubble Tea parses it;
// see above. It reads from r once per Read and never holds bytes back
// outside a paste: Bubble Tea waits for the terminal's file to be readable
// before each Read, so anything held would wait for the next keypress.
type inputGuard struct {
	r       io.Reader
	reads   int    // reads from r so far
	in      []byte // what the last read from r returned
	over    []byte // filtered bytes a too small Read could not take
	overErr error  // and the error that came with them
	// Inside a paste: the read that opened it, how many bytes of its text
	// were passed on, and whether the rest is being dropped.
	inPaste  bool
	openedAt int
	kept     int
	capped   bool
	// match is how many bytes of the marker looked for (pasteStart outside
	// a paste, pasteEnd inside) the input has just matched. Inside a paste
	// those bytes are held until they turn out to be the end or text.
	match int
}

// guardReserve is room kept in each Read's buffer for bytes the guard adds:
// a held partial end marker and an injected end marker.
const guardReserve = 2 * len(pasteEnd)

// newInputGuard wraps the terminal's input. When in is a file (a tty), the
// guard is one too, with in's descriptor, so Bubble Tea still puts the
// terminal in raw mode and can cancel a blocked read.
func newInputGuard(in io.Reader) io.Reader {
	g := &inputGuard{r: in}
	if f, ok := in.(inputFile); ok {
		return guardedFile{g, f}
	}
	return g
}

// inputFile is what Bubble Tea and its cancelable reader look for in an
// input to treat it as a terminal.
type inputFile interface {
	io.ReadWriteCloser
	Fd() uintptr
	Name() string
}

// guardedFile is an inputGuard over a file, keeping the file's identity.
type guardedFile struct {
	*inputGuard
	f inputFile
}

func (g guardedFile) Write(p []byte) (int, error) { return g.f.Write(p) }
func (g guardedFile) Close() error                { return g.f.Close() }
func (g guardedFile) Fd() uintptr                 { return g.f.Fd() }
func (g guardedFile) Name() string                { return g.f.Name() }

// Read reads once from the terminal and returns what the parser should see.
func (g *inputGuard) Read(p []byte) (int, error) {
	if len(g.over) > 0 || g.overErr != nil {
		n := copy(p, g.over)
		if g.over = g.over[n:]; len(g.over) == 0 {
			err := g.overErr
			g.overErr = nil
			return n, err
		}
		return n, nil
	}
	if len(p) <= guardReserve {
		// Bubble Tea reads 4 kB at a time. A buffer too small for what the
		// guard may add is filled from a larger read, the rest kept.
		big := make([]byte, 4*guardReserve)
		n, err := g.Read(big)
		if n == 0 {
			return 0, err
		}
		g.over, g.overErr = big[:n], err
		return g.Read(p)
	}
	if cap(g.in) < len(p)-guardReserve {
		g.in = make([]byte, len(p)-guardReserve)
	}
	n, err := g.r.Read(g.in[:len(p)-guardReserve])
	if n == 0 {
		return 0, err
	}
	g.reads++
	return len(g.filter(p[:0], g.in[:n])), err
}

// filter appends to out what the parser should see of in.
func (g *inputGuard) filter(out, in []byte) []byte {
	for i := 0; i < len(in); i++ {
		c := in[i]
		if !g.inPaste {
			out = append(out, c)
			g.match = next(pasteStart, g.match, c)
			if g.match == len(pasteStart) {
				g.inPaste, g.openedAt, g.kept, g.capped, g.match = true, g.reads, 0, false, 0
			}
			continue
		}
		if c == pasteEnd[g.match] {
			if g.match++; g.match == len(pasteEnd) {
				out = append(out, pasteEnd...)
				g.inPaste, g.match = false, 0
			}
			continue
		}
		if g.match > 0 { // the held bytes were text after all
			for j := 0; j < g.match; j++ {
				out = g.text(out, pasteEnd[j])
			}
			if g.match = 0; c == pasteEnd[0] {
				g.match = 1
				continue
			}
		}
		if c == 0x03 && g.reads > g.openedAt {
			// ctrl+c after the paste began: end the paste, then the key.
			out = append(out, pasteEnd...)
			out = append(out, c)
			g.inPaste = false
			continue
		}
		if g.capped {
			// Skip to the next byte that can matter: an ESC (the end
			// marker's first byte) or, in a later read, a ctrl+c.
			i += skipText(in[i:], g.reads > g.openedAt) - 1
			continue
		}
		out = g.text(out, c)
	}
	return out
}

// text passes on a byte of a paste's text while fewer than pasteKeep have
// been (finishing the rune it is in), and drops ESC bytes.
func (g *inputGuard) text(out []byte, c byte) []byte {
	switch {
	case c == 0x1b:
	case g.capped:
	case g.kept >= pasteKeep && !isContinuation(c):
		g.capped = true
	default:
		out = append(out, c)
		g.kept++
	}
	return out
}

// skipText is how many bytes at the start of b are dropped paste text:
// up to the first ESC, or ctrl+c when that ends a paste.
func skipText(b []byte, ctrlC bool) int {
	n := bytes.IndexByte(b, 0x1b)
	if n < 0 {
		n = len(b)
	}
	if ctrlC {
		if k := bytes.IndexByte(b[:n], 0x03); k >= 0 {
			n = k
		}
	}
	return max(n, 1)
}

// next advances a match of marker by one byte c.
func next(marker string, matched int, c byte) int {
	switch {
	case c == marker[matched]:
		return matched + 1
	case c == marker[0]:
		return 1
	}
	return 0
}

func isContinuation(c byte) bool { return c&0xC0 == 0x80 }
