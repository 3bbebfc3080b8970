package review

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"ictdash/data"
	"ictdash/internal/drafttest"
)

const seedFile = drafttest.SeedFile

// draftDataset is the seeds with two of 000's figures marked as drafts.
func draftDataset(t *testing.T) string {
	return drafttest.Dataset(t, "../seeds", "danang-korean-projects", "danang-korean-investment-value")
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func start(t *testing.T, dir string) *Session {
	t.Helper()
	s, err := Start(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if len(s.Drafts) != 2 {
		t.Fatalf("drafts: %d, want 2", len(s.Drafts))
	}
	return s
}

// TestAcceptChangesOnlyTheReviewLine: the file after accepting one draft
// is the file before it less exactly that line.
func TestAcceptChangesOnlyTheReviewLine(t *testing.T) {
	dir := draftDataset(t)
	before := read(t, dir, seedFile)
	s := start(t, dir)
	if err := s.Do(s.Store.Accept(s.Drafts[0])); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(before, "  - id: danang-korean-projects\n    "+drafttest.Review+"\n", "  - id: danang-korean-projects\n", 1)
	if got := read(t, dir, seedFile); got != want {
		t.Errorf("file after accept differs beyond the review line:\n%s", diffLines(want, got))
	}
	if len(s.Drafts) != 1 || s.Reviewed() != 1 {
		t.Errorf("drafts left %d, reviewed %d", len(s.Drafts), s.Reviewed())
	}
	// Undo puts the line back, byte for byte; redo takes it away again.
	if _, ok, err := s.Undo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if got := read(t, dir, seedFile); got != before {
		t.Errorf("undo: not the original file:\n%s", diffLines(before, got))
	}
	if _, ok, err := s.Redo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if got := read(t, dir, seedFile); got != want {
		t.Errorf("redo:\n%s", diffLines(want, got))
	}
}

func TestNotAFigureAndMerge(t *testing.T) {
	dir := draftDataset(t)
	s := start(t, dir)
	before := read(t, dir, seedFile)
	d := s.Drafts[1]
	if err := s.Do(s.Store.NotAFigure(d, "counted twice")); err != nil {
		t.Fatal(err)
	}
	if s.Set.Figure(d.ID) != nil {
		t.Errorf("figure %s still there", d.ID)
	}
	got := read(t, dir, seedFile)
	if !strings.Contains(got, "  - text: US$382 million\n    context: with 279 projects worth US$382 million\n    reason: counted twice\n") {
		t.Errorf("no skipped entry:\n%s", got[strings.Index(got, "skipped:"):])
	}
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	// Merging a draft into another figure makes it that figure's source.
	d = s.Drafts[0]
	into := s.Set.Figure("danang-korean-investment-value")
	if err := s.Do(s.Store.Merge(d, into)); err == nil {
		t.Errorf("merging 279 projects into a US$ figure was not refused")
	}
	// The same fact in the same unit merges; the loader shows the conflict
	// of a different value before the curator confirms.
	d = s.Drafts[1]
	into = s.Set.Figure("danang-korean-projects")
	if _, err := s.Store.Merge(d, into); err == nil {
		t.Errorf("merging US$ into a count was not refused")
	}
	twin := s.Set.Figure("danang-korean-investment-value")
	c, err := s.Store.Merge(s.Drafts[0], &data.Figure{ID: twin.ID, Unit: "count"})
	if err != nil {
		t.Fatal(err)
	}
	preview, err := s.Store.Preview(c)
	if err != nil {
		t.Fatal(err)
	}
	if f := preview.Figure(twin.ID); f == nil || len(f.Sources) != 2 || f.Conflict == "" {
		t.Errorf("preview: %+v", f)
	}
	if read(t, dir, seedFile) != before {
		t.Errorf("a preview wrote the file")
	}
}

// TestRefusedEditWritesNothing: an edit the loader refuses (a value as
// written that is not in the quote) leaves the file as it was.
func TestRefusedEditWritesNothing(t *testing.T) {
	dir := draftDataset(t)
	before := read(t, dir, seedFile)
	s := start(t, dir)
	err := s.Do(s.Store.SetField(s.Drafts[0], "value_text", "280 projects"))
	if err == nil {
		t.Fatal("a value not in the quote was accepted")
	}
	if read(t, dir, seedFile) != before {
		t.Error("the file changed")
	}
	if err := s.Do(s.Store.SetField(s.Drafts[0], "label", "Korean investment projects in Đà Nẵng (cumulative)")); err != nil {
		t.Fatal(err)
	}
	if s.Set.Figure(s.Drafts[0].ID).Label != "Korean investment projects in Đà Nẵng (cumulative)" {
		t.Error("label not set")
	}
}

// TestChangedBehindTheReviewersBack: a file edited on disk after the
// session read it is not overwritten; the next try works on the new file.
func TestChangedBehindTheReviewersBack(t *testing.T) {
	dir := draftDataset(t)
	s := start(t, dir)
	if _, err := s.Store.Read(seedFile); err != nil {
		t.Fatal(err)
	}
	c, err := s.Store.Accept(s.Drafts[0])
	if err != nil {
		t.Fatal(err)
	}
	edited := read(t, dir, seedFile) + "# edited in another window\n"
	if err := os.WriteFile(filepath.Join(dir, seedFile), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	var changed *ChangedError
	if err := s.Do(c, nil); !errors.As(err, &changed) {
		t.Fatalf("err = %v, want ChangedError", err)
	}
	if read(t, dir, seedFile) != edited {
		t.Fatal("the edited file was overwritten")
	}
	if err := s.Do(s.Store.Accept(s.Drafts[0])); err != nil {
		t.Fatal(err)
	}
	if got := read(t, dir, seedFile); !strings.HasSuffix(got, "# edited in another window\n") {
		t.Error("the other window's edit was lost")
	}
}

// TestKilledBetweenTempAndRename kills a writer (this test binary, run
// again) after its temporary file is synced and before the rename: the
// record file is the old one, whole, the dataset loads, and the next
// session clears the temporary file.
func TestKilledBetweenTempAndRename(t *testing.T) {
	if dir := os.Getenv("REVIEW_KILL_DIR"); dir != "" {
		s, err := Start(dir)
		if err != nil {
			os.Exit(3)
		}
		s.Store.beforeRename = func([]string) {
			os.Stdout.WriteString("temp written\n")
			time.Sleep(time.Minute)
		}
		_ = s.Do(s.Store.Accept(s.Drafts[0]))
		os.Exit(4)
	}
	dir := draftDataset(t)
	before := read(t, dir, seedFile)
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledBetweenTempAndRename$")
	cmd.Env = append(os.Environ(), "REVIEW_KILL_DIR="+dir)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := out.Read(buf)
	if !strings.Contains(string(buf[:n]), "temp written") {
		t.Fatalf("writer said %q", buf[:n])
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if read(t, dir, seedFile) != before {
		t.Fatal("the record file changed")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*"+tmpMark+"*"))
	if len(left) != 1 {
		t.Fatalf("temporary files left: %v", left)
	}
	s := start(t, dir) // loads despite the leftover, and removes it
	if left, _ := filepath.Glob(filepath.Join(dir, ".*"+tmpMark+"*")); len(left) != 0 {
		t.Errorf("not cleared: %v", left)
	}
	_ = s
}

func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)) && b.Len() < 2000; i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d:\n  want %s\n  got  %s\n", i+1, a, c)
		}
	}
	return b.String()
}

// TestNewItemLinksTheFigure: a new item is written to the draft's record
// file, cited by the figure's quote, and the figure is linked to it.
func TestNewItemLinksTheFigure(t *testing.T) {
	dir := draftDataset(t)
	s := start(t, dir)
	d := s.Drafts[0]
	if err := s.Do(s.Store.NewEntity(d, d.File, "danang-it-parks-investment", "investment", "Korean investment in Đà Nẵng IT parks")); err != nil {
		t.Fatal(err)
	}
	it := s.Set.Item("danang-it-parks-investment")
	if it == nil || it.File != seedFile || len(it.Sources) != 1 {
		t.Fatalf("item %+v", it)
	}
	if f := s.Set.Figure(d.ID); f == nil || !slices.Contains(f.Items, it.ID) {
		t.Errorf("figure not linked: %+v", f)
	}
}
