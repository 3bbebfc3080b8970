package data

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// writeDataset puts the fixture dataset into a new directory and returns it.
func writeDataset(t *testing.T, records string) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range fixture(records) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func wantProblem(t *testing.T, set *Set, err error, want ...string) {
	t.Helper()
	var ps Problems
	if set != nil || !errors.As(err, &ps) {
		t.Fatalf("loaded (set=%v, err=%v); want problems", set != nil, err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("problems lack %q:\n%v", w, err)
		}
	}
}

func TestSymlinkedArticleRefused(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "passwd")
	os.WriteFile(outside, []byte("root:x:0:0:root:/root:/bin/bash\n"), 0o644)
	dir := writeDataset(t, fixtureRecords)
	if err := os.Symlink(outside, filepath.Join(dir, "p.txt")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "p.yaml"), []byte("article:\n  file: p.txt\n  title: P\n  outlet: X\nitems:\n  - id: root\n    kind: event\n    name: Root\n    sources:\n      - quote: root:x:0:0\n"), 0o644)
	set, err := LoadDir(dir)
	wantProblem(t, set, err, "p.txt: not a regular file")
	if strings.Contains(err.Error(), "root:x") {
		t.Errorf("the link's target was read:\n%v", err)
	}
	// A link that stays inside the directory is refused too: a dataset
	// holds its own files, and a link may be retargeted after the check.
	os.Remove(filepath.Join(dir, "p.txt"))
	os.Symlink("a.txt", filepath.Join(dir, "p.txt"))
	set, err = LoadDir(dir)
	wantProblem(t, set, err, "p.txt: not a regular file")
}

func TestRegularFSRefusesLinkOpenedDirectly(t *testing.T) {
	dir := writeDataset(t, fixtureRecords)
	os.Symlink("/etc/passwd", filepath.Join(dir, "x.txt"))
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if _, err := RegularFS(root).Open("x.txt"); !errors.Is(err, ErrNotRegular) {
		t.Errorf("opening a link: %v, want ErrNotRegular", err)
	}
	if _, err := RegularFS(root).Open("../x.txt"); err == nil {
		t.Errorf("a name outside the directory opened")
	}
}

func TestFIFORefusedAtOnce(t *testing.T) {
	dir := writeDataset(t, fixtureRecords)
	if err := syscall.Mkfifo(filepath.Join(dir, "b.txt"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := LoadDir(dir); done <- err }()
	select {
	case err := <-done:
		wantProblem(t, nil, err, "b.txt: not a regular file")
	case <-time.After(5 * time.Second):
		t.Fatal("loading blocked on a FIFO")
	}
	// Opened by name (as a file swapped in after the directory was read
	// would be), the pipe is refused without waiting for a writer.
	root, _ := os.OpenRoot(dir)
	defer root.Close()
	if _, err := RegularFS(root).Open("b.txt"); !errors.Is(err, ErrNotRegular) {
		t.Errorf("opening a FIFO: %v, want ErrNotRegular", err)
	}
}

func TestHostileFileNameRefusedAndSanitised(t *testing.T) {
	dir := writeDataset(t, fixtureRecords)
	name := "x\x1b]52;c;SGVsbG8=\a\x1b[2J\x1b]0;PWNED\a.yaml"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("article: {file: a.txt}\n"), 0o644); err != nil {
		t.Skipf("cannot make such a name here: %v", err)
	}
	set, err := LoadDir(dir)
	wantProblem(t, set, err, "file name has control")
	if strings.ContainsAny(err.Error(), "\x1b\a") {
		t.Errorf("an escape byte reached the message: %q", err.Error())
	}
}

func TestSecondDocumentIsAnError(t *testing.T) {
	set, err := Load(fixture(fixtureRecords + "---\nfigures: []\n"))
	wantProblem(t, set, err, "a.yaml:52: a second document")
}

func TestIDWithControlOrBidiCharacterIsAnError(t *testing.T) {
	for _, bad := range []string{`investment\e-value`, "investment-value\u202e", "inv\u200bestment-value", `investment-value\x07`} {
		set, err := Load(fixture(edit(t, "  - id: investment-value", "  - id: \""+bad+"\"")))
		// The id must not be cleaned into the valid "investment-value".
		wantProblem(t, set, err, "a.yaml:18:9: id")
		if strings.ContainsAny(err.Error(), "\x1b\u202e\u200b") {
			t.Errorf("the raw character reached the message: %q", err.Error())
		}
	}
	// A reference is exact too: "da-nang<ESC>" must not resolve to da-nang.
	set, err := Load(fixture(edit(t, "    places: [da-nang]", "    places: [\"da-nang\\e\"]")))
	wantProblem(t, set, err, `places: "da-nang\x1b" is not defined`)
}

func TestFormulaBombRefusedFast(t *testing.T) {
	const n = 500_000
	bomb := strings.Repeat("(", n) + "1" + strings.Repeat(")", n)
	cases := map[string]string{
		"nested parentheses": bomb,
		"deep but short":     strings.Repeat("(", 40) + "investment-value" + strings.Repeat(")", 40),
		"range":              "1..999999",
		"many terms":         strings.Repeat("1 + ", 100) + "1",
		"call":               "len(investment-value)",
	}
	for name, formula := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			set, err := Load(fixture(edit(t, "    formula: investment-value / investment-projects", "    formula: \""+formula+"\"")))
			elapsed := time.Since(start)
			wantProblem(t, set, err, "a.yaml:48:14: formula")
			if len(err.Error()) > 600 {
				t.Errorf("message is %d bytes: %.200s…", len(err.Error()), err.Error())
			}
			// Generous: today's loader takes minutes on the bomb.
			if elapsed > 2*time.Second {
				t.Errorf("took %v", elapsed)
			}
		})
	}
}

func TestFormulaGrammar(t *testing.T) {
	for _, ok := range []string{"a + b", "a / (1 + b / 100)", "(a / b - 1) * 100", "-a", "a * 1e9", "2.5e-3 * a-b", "vn-it-2018-turnover / 2"} {
		if err := checkFormula(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "a +", "(a", "a)", "a b", "1..2", "1.2.3", "a ** 2", "a == b", `"x"`, "a ? b : c", "2x", "1e", "a[0]"} {
		if err := checkFormula(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestLongValuesAreCutInMessages(t *testing.T) {
	long := strings.Repeat("Korean firms ", 100_000) // a 1.3 MB label that is not a quote
	set, err := Load(fixture(edit(t, "      - quote: Korean firms put US$5 million into 12 projects\nfigures:", "      - quote: \""+long+"\"\nfigures:")))
	wantProblem(t, set, err, "a.yaml:")
	if len(err.Error()) > 2000 {
		t.Errorf("message is %d bytes", len(err.Error()))
	}
}

// FuzzFormula: a formula the grammar accepts evaluates without a panic
// and in bounded time (it is at most maxFormulaTerms terms); one it
// refuses says why in a short message. Whatever the formula, loading a
// record file that holds it returns problems or a set, never hangs.
func FuzzFormula(f *testing.F) {
	for _, s := range []string{"investment-value / investment-projects", "(a / b - 1) * 100", "1..9", "((((1))))", "-1e9 * -2", "a-b-c", ")(", strings.Repeat("(", 20) + "1" + strings.Repeat(")", 20)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, formula string) {
		err := checkFormula(formula)
		if err != nil && len(err.Error()) > 200 {
			t.Fatalf("message is %d bytes", len(err.Error()))
		}
		if err == nil && len(formula) > maxFormulaBytes {
			t.Fatalf("a %d-byte formula accepted", len(formula))
		}
		records := strings.Replace(fixtureRecords, "formula: investment-value / investment-projects", "formula: "+strconvQuote(formula), 1)
		set, lerr := Load(fixture(records))
		if (set == nil) == (lerr == nil) {
			t.Fatalf("set=%v err=%v", set != nil, lerr)
		}
		if lerr != nil && len(lerr.Error()) > 4000 {
			t.Fatalf("problems are %d bytes", len(lerr.Error()))
		}
	})
}

// strconvQuote writes s as a YAML double-quoted scalar (JSON escapes are
// valid YAML).
func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestLoadDirNamesNoEscape(t *testing.T) {
	_, err := LoadDir(filepath.Join(t.TempDir(), "missing\x1b]0;PWNED\a"))
	if err == nil || strings.ContainsAny(err.Error(), "\x1b\a") {
		t.Errorf("error %q", err)
	}
}

func TestLoadProgressCountsEveryFile(t *testing.T) {
	var mu sync.Mutex
	var last, calls, total int
	set, err := LoadProgress(fixture(fixtureRecords), func(done, n int) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		last, total = max(last, done), n
	})
	if err != nil || set == nil {
		t.Fatal(err)
	}
	if calls != 2 || last != 2 || total != 2 {
		t.Errorf("progress: %d calls, last %d of %d; want 2 of 2", calls, last, total)
	}
}
