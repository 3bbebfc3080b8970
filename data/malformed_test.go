package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// failingFS is a dataset where one file cannot be read, as an unreadable
// file would be for a user without permission (tests run as root, where
// chmod 000 does not stop a read).
type failingFS struct {
	fstest.MapFS
	bad string
}

func (f failingFS) Open(name string) (fs.File, error) {
	if name == f.bad {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.Open(name)
}

func TestMalformedDatasets(t *testing.T) {
	good := fixture(fixtureRecords)
	symlinkDir := t.TempDir()
	for name, f := range good {
		os.WriteFile(filepath.Join(symlinkDir, name), f.Data, 0o644)
	}
	os.Symlink("loop.txt", filepath.Join(symlinkDir, "loop.txt")) // points at itself
	emptyDir := t.TempDir()
	cases := []struct {
		name string
		fsys fs.FS
		want []string
	}{
		{"symlink loop", os.DirFS(symlinkDir), []string{"loop.txt: not a regular file"}},
		{"unreadable file", failingFS{good, "a.yaml"}, []string{"a.yaml: cannot read: permission denied", "a.txt: no record file"}},
		{"empty directory", os.DirFS(emptyDir), []string{"no articles (*.txt) or record files (*.yaml)"}},
		{"missing directory", os.DirFS(filepath.Join(emptyDir, "nope")), []string{"cannot read dataset directory"}},
		{"record file is a list", fixture("- 1\n- 2\n"), []string{"a.yaml:1:1: expected a mapping, found a list"}},
		{"figures is not a list", fixture("figures: 12\n"), []string{`a.yaml:1:10: figures: expected a list, found "12"`}},
		{"broken YAML", fixture("article:\n  file: a.txt\n  title: [unclosed\n"), []string{"a.yaml:", "YAML syntax"}},
		{"tabs in YAML", fixture("article:\n\tfile: a.txt\n"), []string{"a.yaml:", "YAML syntax"}},
		{"binary garbage", fixture("\x00\x01\x02\xff"), []string{"a.yaml:"}},
		{"record file of the wrong article type", fixture("article: 12\n"), []string{"a.yaml:1:10: expected a mapping"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			set, err := Load(tc.fsys)
			if err == nil || set != nil {
				t.Fatalf("loaded: set=%v err=%v", set != nil, err)
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error is %T, not Problems", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}
