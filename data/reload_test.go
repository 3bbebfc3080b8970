package data

import (
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// seedFS is the seed dataset as a MapFS a test may edit.
func seedFS(t testing.TB) fstest.MapFS {
	t.Helper()
	entries, err := os.ReadDir(seedsDir)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, e := range entries {
		if name := e.Name(); strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".yaml") {
			b, err := os.ReadFile(seedsDir + "/" + name)
			if err != nil {
				t.Fatal(err)
			}
			fsys[name] = &fstest.MapFile{Data: b}
		}
	}
	// A merge (a second source of a seed figure from another file), so
	// that reloads that reuse the figure's file are checked with it.
	fsys["zz-merge.txt"] = &fstest.MapFile{Data: []byte("Title\n\nĐà Nẵng counts 279 Korean projects.\n")}
	fsys["zz-merge.yaml"] = &fstest.MapFile{Data: []byte("article: {file: zz-merge.txt, title: Title, outlet: X, published: \"2024-07-01\"}\n" +
		"sources:\n  - {figure: danang-korean-projects, quote: Đà Nẵng counts 279 Korean projects., value_text: \"279\", value: 279, qualifier: exact}\n")}
	return fsys
}

// randomEdit changes fsys as a curator might, or breaks it: a line deleted,
// doubled or with a digit changed, a stated language, a file removed, a
// record file copied (every id twice), or a file put back as it was.
func randomEdit(r *rand.Rand, fsys, orig fstest.MapFS) string {
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range orig {
			if !yield(n) {
				return
			}
		}
	})
	name := names[r.IntN(len(names))]
	f, ok := fsys[name]
	op := r.IntN(8)
	if !ok || op == 0 {
		fsys[name] = orig[name]
		return "restore " + name
	}
	lines := strings.SplitAfter(string(f.Data), "\n")
	i := r.IntN(len(lines))
	switch op {
	case 1:
		lines = slices.Delete(lines, i, i+1)
	case 2:
		lines = slices.Insert(lines, i, lines[i])
	case 3, 4:
		b := []byte(lines[i])
		for j, c := range b {
			if c >= '0' && c <= '9' {
				b[j] = '0' + (c-'0'+1+byte(r.IntN(8)))%10
				break
			}
		}
		lines[i] = string(b)
	case 5:
		if strings.HasSuffix(name, ".yaml") {
			lines = slices.Insert(lines, 1, "  language: "+[]string{"en", "vi", "ko"}[r.IntN(3)]+"\n")
		}
	case 6:
		delete(fsys, name)
		return "remove " + name
	case 7:
		if strings.HasSuffix(name, ".yaml") {
			fsys["zz-copy.yaml"] = f
			return "copy " + name
		}
	}
	fsys[name] = &fstest.MapFile{Data: []byte(strings.Join(lines, ""))}
	return "edit " + name
}

// TestReloadIsLoad: after every one of many random edits, a reload from
// the last load's state gives what a full Load gives, Set or problems.
func TestReloadIsLoad(t *testing.T) {
	orig := seedFS(t)
	fsys := seedFS(t)
	r := rand.New(rand.NewPCG(16, 2024))
	_, st, err := load(fsys, nil, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	steps, good, reused := 200, 0, 0
	if testing.Short() {
		steps = 50
	}
	var did []string
	for step := range steps {
		if r.IntN(2) == 0 {
			// Mostly one edit to a good dataset, the common case; else
			// edits pile up.
			maps.Copy(fsys, orig)
			delete(fsys, "zz-copy.yaml")
			did = did[:0]
		}
		did = append(did, randomEdit(r, fsys, orig))
		if r.IntN(4) == 0 {
			delete(fsys, "zz-copy.yaml")
		}
		got, next, gotErr := load(fsys, st, true, nil)
		want, wantErr := Load(fsys)
		if (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Fatalf("step %d (%s): reload gives\n%v\nLoad gives\n%v", step, strings.Join(did, ", "), gotErr, wantErr)
		}
		if want != nil {
			good++
			sameSet(t, got, want)
		}
		st, reused = next, reused+len(next.reused)
	}
	if reused < steps {
		t.Errorf("%d record files reused in %d reloads: the fast path was hardly taken", reused, steps)
	}
	if good < steps/10 {
		t.Errorf("only %d of %d steps left a valid dataset: the edits test little but problems", good, steps)
	}
	t.Logf("%d of %d steps valid, %d record files reused", good, steps, reused)
}

// TestReloadCoverageAcrossFiles: a figure in one article's record file
// that cites another article covers a number there; removing it must
// uncover that number on reload, though the other article and its own
// record file are unchanged.
func TestReloadCoverageAcrossFiles(t *testing.T) {
	fig := func(id, article, value string) string {
		return "  - id: " + id + "\n    label: Korean firms in Hà Nội\n    value_text: \"" + value + "\"\n    value: " + value +
			"\n    unit: count\n    status: actual\n    sources:\n      - article: " + article + "\n        quote: \"" + value + " Korean firms\"\n"
	}
	article := func(file string) string {
		return "article:\n  file: " + file + "\n  title: Korean firms\n  outlet: Yonhap\n  published: \"2024-05-02\"\n"
	}
	fsys := fstest.MapFS{
		"a.txt":  {Data: []byte("Hà Nội hosts 120 Korean firms, the city said.\n")},
		"b.txt":  {Data: []byte("Đà Nẵng hosts 45 Korean firms, up from last year.\n")},
		"a.yaml": {Data: []byte(article("a.txt") + "figures:\n" + fig("hanoi-firms", "a.txt", "120"))},
		"b.yaml": {Data: []byte(article("b.txt") + "figures:\n" + fig("danang-firms", "b.txt", "45") + fig("hanoi-firms-again", "a.txt", "120"))},
	}
	set, st, err := load(fsys, nil, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := set.Uncovered(); n != 0 {
		t.Fatalf("%d uncovered before the edit", n)
	}
	// a.yaml no longer cites its own number; b.yaml still does, so a.txt
	// stays covered. Then b.yaml drops it too.
	for _, step := range []struct{ file, data string }{
		{"a.yaml", article("a.txt")},
		{"b.yaml", article("b.txt") + "figures:\n" + fig("danang-firms", "b.txt", "45")},
	} {
		fsys[step.file] = &fstest.MapFile{Data: []byte(step.data)}
		got, next, err := load(fsys, st, true, nil)
		want, wantErr := Load(fsys)
		if err != nil || wantErr != nil {
			t.Fatalf("after editing %s: %v / %v", step.file, err, wantErr)
		}
		sameSet(t, got, want)
		st = next
	}
	if set, _ := Load(fsys); set.Uncovered() != 1 {
		t.Fatalf("the fixture should end with one uncovered number, has %d", set.Uncovered())
	}
}

// TestReloadKeepsMergesOnce: a merged source is added to a copy of the
// figure it joins, never to the record the next reload reuses, so a
// reload after an unrelated edit shows it once, and the Set before the
// reload is as it was.
func TestReloadKeepsMergesOnce(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	entries, _ := os.ReadDir("../seeds")
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") || strings.HasSuffix(e.Name(), ".yaml") {
			b, _ := os.ReadFile(filepath.Join("../seeds", e.Name()))
			os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644)
		}
	}
	os.WriteFile(filepath.Join(dir, "merge.txt"), []byte("Title\n\nĐà Nẵng counts 279 Korean projects.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "merge.yaml"), []byte("article: {file: merge.txt, title: Title, outlet: X, published: \"2024-07-01\"}\nsources:\n  - {figure: danang-korean-projects, quote: Đà Nẵng counts 279 Korean projects., value_text: \"279\", value: 279, qualifier: exact}\n"), 0o644)
	d, err := OpenDir(dir, DirOptions{NoCache: true, Reload: true})
	if err != nil {
		t.Fatal(err)
	}
	first, _, err := d.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	n := len(first.Figure("danang-korean-projects").Sources)
	for k := 0; k < 3; k++ {
		// An unrelated edit: the seed record file that defines the figure is reused.
		f := filepath.Join(dir, "004_2c8182438bac70ce.yaml")
		b, _ := os.ReadFile(f)
		os.WriteFile(f, append(b, "# edited\n"...), 0o644)
		next, changed, err := d.Reload()
		if err != nil || !changed {
			t.Fatalf("reload %d: changed %v, %v", k, changed, err)
		}
		if got := len(next.Figure("danang-korean-projects").Sources); got != n {
			t.Errorf("reload %d: %d sources, want %d", k, got, n)
		}
	}
	if got := len(first.Figure("danang-korean-projects").Sources); got != n {
		t.Errorf("the first Set changed: %d sources, want %d", got, n)
	}
}
