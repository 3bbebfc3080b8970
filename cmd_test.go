package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ictdash/internal/hostile"
)

// TestForeignFlagRefused: every subcommand has its own flag set, so a flag
// of another one is an error with exit status 2, not silently ignored.
func TestForeignFlagRefused(t *testing.T) {
	art := writeArticle(t, t.TempDir(), "art.txt")
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"export", "--topic", "training"}, "-topic"},
		{[]string{"export", "--topic", "training", "--width", "3", "--into", "/nonexistent"}, "-topic"},
		{[]string{"check", "--width", "3"}, "-width"},
		{[]string{"check", "--format", "csv"}, "-format"},
		{[]string{"brief", "--into", "x"}, "-into"},
		{[]string{"brief", "--ascii"}, "-ascii"},
		{[]string{"extract", art, "--topic", "training"}, "-topic"},
		{[]string{"extract", art, "--width", "3"}, "-width"},
		{[]string{"--topic", "all"}, "-topic"}, // the dashboard (a text brief here)
		{[]string{"--format", "markdown"}, "-format"},
	} {
		code, out, stderr := runCmd(tc.args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2\n%s", tc.args, code, stderr)
			continue
		}
		if !strings.Contains(stderr, "flag provided but not defined: "+tc.flag) || !strings.Contains(stderr, "Usage:") {
			t.Errorf("%q: stderr does not name %s and give the usage:\n%s", tc.args, tc.flag, stderr)
		}
		if out != "" {
			t.Errorf("%q wrote to stdout:\n%s", tc.args, out)
		}
	}
}

// TestBadCommandLine: an unknown command, a stray argument and a bad flag
// value are errors with exit status 2.
func TestBadCommandLine(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"}, {"check", "extra"}, {"export", "extra"}, {"brief", "--width", "wide"}, {"stray-arg"},
		{"--data"}, {"brief", "--since"},
	} {
		if code, _, stderr := runCmd(args...); code != 2 || stderr == "" {
			t.Errorf("%q: exit %d, want 2 with a message; stderr %q", args, code, stderr)
		}
	}
}

// TestCommandHelp: `ictdash CMD --help` (and -h, and `ictdash help CMD`)
// prints that command's own usage, its flags with their help, on stdout
// with exit 0; `ictdash --help` prints the overall usage.
func TestCommandHelp(t *testing.T) {
	all := []string{"--data", "--format", "--topic", "--place", "--org", "--since", "--width", "--into", "--published", "--ascii"}
	for _, tc := range []struct {
		cmd  string
		want []string
	}{
		{"check", []string{"--data"}},
		{"export", []string{"--format", "--data"}},
		{"brief", []string{"--format", "--topic", "--place", "--org", "--since", "--width", "--long", "--data"}},
		{"extract", []string{"--into", "--published", "--format", "--data"}},
	} {
		for _, args := range [][]string{{tc.cmd, "--help"}, {tc.cmd, "-h"}, {"help", tc.cmd}} {
			code, out, stderr := runCmd(args...)
			if code != 0 || stderr != "" {
				t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
			}
			if !strings.HasPrefix(out, "Usage: ictdash "+tc.cmd+" ") {
				t.Errorf("%q: stdout does not start with the command's usage line:\n%s", args, out)
			}
			for _, f := range all {
				has := strings.Contains(out, f+" ") || strings.Contains(out, f+"\n")
				if wanted := contains(tc.want, f); has != wanted {
					t.Errorf("%q: mentions %s: %v, want %v\n%s", args, f, has, wanted, out)
				}
			}
		}
	}
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		code, out, stderr := runCmd(args...)
		if code != 0 || stderr != "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
		}
		for _, want := range []string{"ictdash check", "ictdash export", "ictdash brief", "ictdash extract FILE", "--ascii", "COMMAND --help"} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: overall usage lacks %q:\n%s", args, want, out)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestFlagsAroundArguments: flags may come before or after FILE, and
// after "--" everything is a file, even one whose name starts with "-".
func TestFlagsAroundArguments(t *testing.T) {
	dir := t.TempDir()
	art := writeArticle(t, dir, "art.txt")
	if code, out, stderr := runCmd("extract", "--format", "json", art); code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("flag before FILE: exit %d %s", code, stderr)
	}
	if code, out, stderr := runCmd("extract", art, "--format", "json"); code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("flag after FILE: exit %d %s", code, stderr)
	}
	t.Chdir(dir)
	writeArticle(t, dir, "-dash.txt")
	if code, out, stderr := runCmd("extract", "--format", "json", "--", "-dash.txt"); code != 0 || !strings.Contains(out, `"-dash.txt"`) {
		t.Errorf("FILE after --: exit %d %s", code, stderr)
	}
}

const plainArticle = "Korea to train IT staff\n\nNIPA will train up to 500 Vietnamese students in Đà Nẵng by 2027.\n"

func writeArticle(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(plainArticle), 0o644); err != nil {
		t.Skipf("cannot create %q here: %v", name, err)
	}
	return p
}

// TestExtractIntoRefusesSymlink: a link planted at the article's or the
// record file's name in DIR is not written through, whether its target
// exists or not; nothing is written.
func TestExtractIntoRefusesSymlink(t *testing.T) {
	for _, tc := range []struct{ link, target string }{
		{"art.txt", "victim.txt"},    // an existing file outside DIR
		{"art.yaml", "planted.yaml"}, // a dangling link: writing would create the target
		{"art.txt", "planted.txt"},
	} {
		base := t.TempDir()
		outside, dir := filepath.Join(base, "outside"), filepath.Join(base, "dataset")
		os.Mkdir(outside, 0o755)
		os.Mkdir(dir, 0o755)
		victim := filepath.Join(outside, "victim.txt")
		os.WriteFile(victim, []byte("precious\n"), 0o644)
		if err := os.Symlink(filepath.Join("..", "outside", tc.target), filepath.Join(dir, tc.link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
		art := writeArticle(t, t.TempDir(), "art.txt")
		code, out, stderr := runCmd("extract", art, "--into", dir)
		if code != 1 || !strings.Contains(stderr, tc.link) || !strings.Contains(stderr, "link") || strings.Contains(out, "wrote") {
			t.Errorf("link %s: exit %d, want 1 naming the link\n%s%s", tc.link, code, out, stderr)
		}
		if b, _ := os.ReadFile(victim); string(b) != "precious\n" {
			t.Errorf("link %s: the file outside was overwritten: %q", tc.link, b)
		}
		entries, _ := os.ReadDir(outside)
		if len(entries) != 1 {
			t.Errorf("link %s: a file was created outside the dataset: %v", tc.link, entries)
		}
		entries, _ = os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("link %s: files were written beside the link: %v", tc.link, entries)
		}
		if got, _ := os.Readlink(filepath.Join(dir, tc.link)); got != filepath.Join("..", "outside", tc.target) {
			t.Errorf("link %s was replaced: now %q", tc.link, got)
		}
	}
}

// TestExtractIntoRefusesExistingArticle: DIR/NAME.txt that exists without
// a record file is not overwritten, and no record file is written for it.
func TestExtractIntoRefusesExistingArticle(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "art.txt")
	os.WriteFile(existing, []byte("an analyst's copy\n"), 0o644)
	art := writeArticle(t, t.TempDir(), "art.txt")
	code, out, stderr := runCmd("extract", art, "--into", dir)
	if code != 1 || !strings.Contains(stderr, existing+" exists") || !strings.Contains(stderr, "nothing was written") {
		t.Errorf("exit %d, want 1 naming %s\n%s%s", code, existing, out, stderr)
	}
	if b, _ := os.ReadFile(existing); string(b) != "an analyst's copy\n" {
		t.Errorf("the existing article was overwritten: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("something was written: %v", entries)
	}
}

// TestCreateAllAllOrNothing: when the second file's name is taken — found
// at the last moment, as if created since the first check — the first is
// removed again, the taken one is untouched, and no temporary file remains.
// createAll, which checks first, refuses before writing anything.
func TestCreateAllAllOrNothing(t *testing.T) {
	files := []newFile{{"a.txt", []byte("A")}, {"b.yaml", []byte("B")}}
	for name, create := range map[string]func(*os.Root, []newFile) error{"placeAll": placeAll, "createAll": createAll} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "b.yaml"), []byte("reviewed\n"), 0o644)
		root, err := os.OpenRoot(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer root.Close()
		err = create(root, files)
		var exists *existsError
		if !errors.As(err, &exists) || exists.name != "b.yaml" {
			t.Errorf("%s over an existing file: %v, want an existsError for b.yaml", name, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%s left behind: %v", name, entries)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "b.yaml")); string(b) != "reviewed\n" {
			t.Errorf("%s overwrote b.yaml: %q", name, b)
		}
	}

	// And a success writes both whole, with no temporary name left.
	dir := t.TempDir()
	root, _ := os.OpenRoot(dir)
	defer root.Close()
	if err := createAll(root, files); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 || entries[0].Name() != "a.txt" || entries[1].Name() != "b.yaml" {
		t.Errorf("after createAll: %v", entries)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "b.yaml")); string(b) != "B" {
		t.Errorf("b.yaml holds %q", b)
	}
}

// hostileName is a file name that writes the clipboard, clears the screen
// and retitles the window when printed raw.
const hostileName = "art\x1b]52;c;AAAA\a\x1b[2J\x1b]0;PWNED\a"

// TestHostileNamesNotPrinted: a file name or an argument carrying escape
// sequences reaches neither stdout nor stderr raw, whatever the command
// does with it: extract with and without --into, errors naming it, usage
// errors quoting it.
func TestHostileNamesNotPrinted(t *testing.T) {
	src := t.TempDir()
	art := writeArticle(t, src, hostileName+".txt")
	into := filepath.Join(t.TempDir(), "new"+hostileName)
	withRecords := t.TempDir()
	os.WriteFile(filepath.Join(withRecords, "entities.yaml"), []byte("items: []\n"), 0o644)
	missing := filepath.Join(src, "missing"+hostileName+".txt")
	for _, args := range [][]string{
		{"extract", art},
		{"extract", art, "--format", "json"},
		{"extract", art, "--into", into},
		{"extract", art, "--into", into}, // again: refused, naming what exists
		{"extract", art, "--into", withRecords},
		{"extract", missing},
		{"extract", missing, "--into", into},
		{"extract", art, "--published", hostileName},
		{"extract", art, "--format", hostileName},
		{"extract", art, "--data", missing},
		{"check", "--data", missing},
		{"check", hostileName},
		{"brief", "--width", hostileName},
		{"brief", "--place", hostileName},
		{"export", "--format", hostileName},
		{"--" + hostileName},
		{hostileName},
		{"help", hostileName},
	} {
		_, out, stderr := runCmd(args...)
		for what, s := range map[string]string{"stdout": out, "stderr": stderr} {
			if strings.ContainsAny(s, "\x1b\a") {
				t.Errorf("%q: ESC or BEL on %s:\n%q", args, what, s)
			} else if r, bad := hostile.Unsafe(s); bad {
				t.Errorf("%q: %U on %s:\n%q", args, r, what, s)
			}
		}
	}
	// The copy in DIR is named without the escapes, and the draft's
	// article field agrees with it, so the dataset checks.
	entries, _ := os.ReadDir(into)
	if len(entries) != 2 || entries[0].Name() != "art.txt" || entries[1].Name() != "art.yaml" {
		t.Errorf("extract --into wrote %v, want art.txt and art.yaml", entries)
	}
	if code, out, stderr := runCmd("check", "--data", into); code != 0 {
		t.Errorf("check on the drafted dataset: exit %d\n%s%s", code, out, stderr)
	}
}

// TestHostileDatasetNames: a dataset whose file names carry escape
// sequences makes no command print them.
func TestHostileDatasetNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, hostileName+".txt"), []byte("Firms invested US$5 million.\n"), 0o644); err != nil {
		t.Skipf("cannot create the file here: %v", err)
	}
	os.WriteFile(filepath.Join(dir, hostileName+".yaml"), []byte("article:\n  file: \""+
		strings.NewReplacer("\x1b", `\e`, "\a", `\a`).Replace(hostileName)+".txt\"\n  title: T\n  outlet: O\n"), 0o644)
	for _, args := range [][]string{{"check"}, {"export"}, {"brief"}, {}} {
		_, out, stderr := runCmd(append(args, "--data", dir)...)
		for what, s := range map[string]string{"stdout": out, "stderr": stderr} {
			if strings.ContainsAny(s, "\x1b\a") {
				t.Errorf("%q: ESC or BEL on %s:\n%q", args, what, s)
			}
		}
	}
}

// TestCheckDraftsNotReadyAndStrict: a dataset that loads but still has
// drafts to review says NOT READY (exit 0), or FAIL under --strict (exit
// 1); uncovered numbers fail either way, each with its place and fix.
func TestCheckDraftsNotReadyAndStrict(t *testing.T) {
	const article = "Samsung mở rộng nhà máy ở Bắc Ninh\n\nSamsung sẽ đầu tư thêm 2,5 tỷ USD vào nhà máy tại Bắc Ninh trong năm 2025.\n"
	const head = "article: {file: a.txt, title: Samsung mở rộng nhà máy ở Bắc Ninh, outlet: Tuổi Trẻ, language: vi}\n"
	const items = "items:\n- {id: bac-ninh, kind: place, name: Bắc Ninh, aliases: [Bac Ninh], review: \"draft: new place\"}\n" +
		"- {id: samsung-bac-ninh-plant, kind: investment, name: Samsung's Bắc Ninh plant expansion, places: [bac-ninh], review: \"draft\"}\n"
	const figure = "figures:\n- {id: plant-investment, label: Samsung's added investment in its Bắc Ninh plant, value_text: \"2,5 tỷ USD\", value: 2500000000, unit: USD, status: target, period: \"2025\", places: [bac-ninh], sources: [{quote: \"đầu tư thêm 2,5 tỷ USD\"}]REVIEW}\n"
	const skip = "skipped:\n- {text: \"2025\", context: trong năm 2025, reason: year of the period, review: draft}\n"
	draft := strings.Replace(figure, "REVIEW", `, review: "draft, confidence 0.70: plan"`, 1)
	reviewed := strings.ReplaceAll(head+items+strings.Replace(figure, "REVIEW", "", 1)+skip, ", review: \"draft: new place\"", "")
	reviewed = strings.ReplaceAll(strings.ReplaceAll(reviewed, ", review: \"draft\"", ""), ", review: draft", "")
	cases := []struct {
		name, records string
		strict        bool
		code          int
		want          []string
	}{
		{"drafts", head + items + draft + skip, false, 0,
			[]string{"\nNOT READY: 4 drafts to review (1 figure, 1 skipped, 1 item, 1 entity)\n", "warning: a.yaml:4: item samsung-bac-ninh-plant is an unreviewed draft"}},
		{"drafts strict", head + items + draft + skip, true, 1,
			[]string{"\nFAIL: 4 drafts to review (1 figure, 1 skipped, 1 item, 1 entity)\n"}},
		{"reviewed strict", reviewed, true, 0, []string{"0 uncovered\n", "\nOK\n"}},
		{"uncovered and a draft", head + items + draft, false, 1,
			[]string{`a.txt:3:70: number "2025" is not covered: add it as a skipped entry with the reason: a year, not a quantity`,
				"\nFAIL: 1 numbers are neither figures nor skipped with a reason\nNOT READY: 3 drafts to review (1 figure, 1 item, 1 entity)\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
			os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(c.records), 0o644)
			args := []string{"check", "--data", dir}
			if c.strict {
				args = append(args, "--strict")
			}
			code, out, stderr := runCmd(args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s%s", code, c.code, out, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if c.code == 1 && strings.Contains(out, "\nOK\n") || strings.Contains(out, "NOT READY") && strings.Contains(out, "\nOK\n") {
				t.Errorf("OK alongside a failure or drafts:\n%s", out)
			}
		})
	}
}
