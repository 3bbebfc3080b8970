package review

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

const sample = `# Drafted by ictdash extract.
article:
  file: a.txt   # the article
  title: T
  outlet: O

figures:
  # the first figure
  - id: f1
    label: first   # keep me
    value_text: "279"
    review: "draft, confidence 0.70: why"
    sources:
      - quote: with 279 projects

  # a comment between records
  - id: f2
    label: second
    review: "draft"
  - {id: f3, label: third, review: draft}
# a comment before skipped
skipped:
  - text: "2024"
    context: in 2024
    reason: year
    review: "draft: confirm"
`

func deleteKey(key string) func(n *yaml.Node) error {
	return func(n *yaml.Node) error {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				n.Content = append(n.Content[:i], n.Content[i+2:]...)
				return nil
			}
		}
		return nil
	}
}

func mustParse(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse("a.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestReplaceKeepsEverythingElse: dropping one record's review line
// changes exactly that line, whatever the records around it look like.
func TestReplaceKeepsEverythingElse(t *testing.T) {
	for _, tc := range []struct {
		key, id string
		line    int
		drop    string
	}{
		{"figures", "f1", 0, `    review: "draft, confidence 0.70: why"` + "\n"},
		{"figures", "f2", 0, `    review: "draft"` + "\n"},
		{"skipped", "", 23, `    review: "draft: confirm"` + "\n"},
	} {
		out, err := mustParse(t, sample).SetKey(tc.key, tc.id, tc.line, "review", nil)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Replace(sample, tc.drop, "", 1)
		if string(out) != want {
			t.Errorf("%s %s: got\n%s\nwant\n%s", tc.key, tc.id, out, want)
		}
	}
}

func TestReplaceFlowRecordStaysOneLine(t *testing.T) {
	out, err := mustParse(t, sample).Replace("figures", "f3", 0, deleteKey("review"))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(sample, "{id: f3, label: third, review: draft}", "{id: f3, label: third}", 1)
	if string(out) != want {
		t.Errorf("got\n%s", out)
	}
}

func TestDeleteAndAppend(t *testing.T) {
	f := mustParse(t, sample)
	out, err := f.Delete("figures", "f2", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(sample, "  - id: f2\n    label: second\n    review: \"draft\"\n", "", 1)
	if string(out) != want {
		t.Errorf("delete: got\n%s", out)
	}
	n := &yaml.Node{}
	if err := yaml.Unmarshal([]byte("text: \"5\"\ncontext: five 5\nreason: not a figure\n"), n); err != nil {
		t.Fatal(err)
	}
	out, err = f.Append("skipped", n.Content[0])
	if err != nil {
		t.Fatal(err)
	}
	if want := sample + "  - text: \"5\"\n    context: five 5\n    reason: not a figure\n"; string(out) != want {
		t.Errorf("append: got\n%s", out)
	}
	out, err = f.Append("sources", n.Content[0])
	if err != nil {
		t.Fatal(err)
	}
	if want := sample + "sources:\n  - text: \"5\"\n    context: five 5\n    reason: not a figure\n"; string(out) != want {
		t.Errorf("append new list: got\n%s", out)
	}
}

// TestSetKey: setting a key rewrites its line only; a missing key goes
// where the field order puts it.
func TestSetKey(t *testing.T) {
	f := mustParse(t, sample)
	lbl := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "Korean projects: in Đà Nẵng"}
	out, err := f.SetKey("figures", "f1", 0, "label", lbl)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(sample, "label: first   # keep me", `label: 'Korean projects: in Đà Nẵng' # keep me`, 1); string(out) != want {
		t.Errorf("set: got\n%s", out)
	}
	st := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "target"}
	out, err = f.SetKey("figures", "f2", 0, "status", st)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(sample, "    label: second\n", "    label: second\n    status: target\n", 1); string(out) != want {
		t.Errorf("insert: got\n%s", out)
	}
	out, err = f.SetKey("figures", "f3", 0, "status", st)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(sample, "{id: f3, label: third, review: draft}", "{id: f3, label: third, status: target, review: draft}", 1); string(out) != want {
		t.Errorf("flow: got\n%s", out)
	}
}
