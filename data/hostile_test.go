package data

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"ictdash/internal/hostile"
)

func loadHostile(t *testing.T) *Set {
	t.Helper()
	dir := t.TempDir()
	if err := hostile.Write(dir); err != nil {
		t.Fatal(err)
	}
	set, err := Load(os.DirFS(dir))
	if err != nil {
		t.Fatalf("the hostile dataset must load (its nasties are neutralised, not fatal): %v", err)
	}
	return set
}

// TestHostileTextIsNeutralised: nothing the hostile dataset plants survives
// into the loaded set — not in article text, not in any record field.
func TestHostileTextIsNeutralised(t *testing.T) {
	set := loadHostile(t)
	var texts []string
	for _, a := range set.Articles {
		texts = append(texts, a.Clean.Text, a.Title, a.Outlet, a.DateNote)
	}
	for _, it := range set.Items {
		texts = append(texts, it.Name, it.Note)
		texts = append(texts, it.Aliases...)
	}
	for _, f := range set.Figures {
		texts = append(texts, f.Label, f.Note, f.ValueText)
		for _, s := range f.Sources {
			texts = append(texts, s.Quote)
		}
	}
	for _, s := range texts {
		if r, bad := hostile.Unsafe(s); bad {
			t.Errorf("%U survived loading in %q", r, s[:min(60, len(s))])
		}
	}
}

// TestExportNeverEmitsControls: JSON and CSV of the hostile set carry no
// raw control character (JSON would escape them; CSV would not).
func TestExportNeverEmitsControls(t *testing.T) {
	set := loadHostile(t)
	for name, write := range map[string]func(*bytes.Buffer) error{
		"json": func(b *bytes.Buffer) error { return set.WriteJSON(b) },
		"csv":  func(b *bytes.Buffer) error { return set.WriteCSV(b) },
	} {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		out := strings.ReplaceAll(buf.String(), "\r\n", "\n") // CSV's own line ends
		if r, bad := hostile.Unsafe(out); bad {
			t.Errorf("%s export emits %U", name, r)
		}
		if strings.Contains(out, `\u001b`) || strings.Contains(out, `\u0007`) {
			t.Errorf("%s export carries an escaped control character from the data", name)
		}
	}
}

func TestHugeAndInvalidArticlesRefused(t *testing.T) {
	dir := t.TempDir()
	big, err := os.Create(dir + "/big.txt")
	if err != nil {
		t.Fatal(err)
	}
	big.Truncate(50 << 20) // a 50 MB file, sparse on disk
	big.Close()
	os.WriteFile(dir+"/bad.txt", []byte("fine\nnot \xc3\x28 fine\n"), 0o644)
	_, err = Load(os.DirFS(dir))
	if err == nil {
		t.Fatal("a 50 MB file and invalid UTF-8 loaded")
	}
	for _, want := range []string{"big.txt: file is larger than 4 MiB", "bad.txt:2: article is not valid UTF-8"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
