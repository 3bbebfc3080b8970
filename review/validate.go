package review

import (
	"fmt"
	"slices"
	"strings"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Statuses a figure may have (docs/records.md).
var Statuses = []string{string(data.Actual), string(data.Projection), string(data.Target), string(data.Estimate)}

// Check says what is wrong with value for field of draft d, by the
// loader's own rules, as the curator types it: "" when it would load.
// (Commit loads the whole dataset before anything is written; this is the
// same verdict, early, for one field.)
func Check(set *data.Set, d Draft, field, value string) string {
	value = strings.TrimSpace(value)
	f := d.Figure
	switch field {
	case "label":
		if value == "" {
			return "a label says what is measured"
		}
	case "status":
		if !slices.Contains(Statuses, value) {
			return "status is one of " + strings.Join(Statuses, ", ")
		}
	case "qualifier":
		if _, err := quantity.ParseQualifier(value); err != nil {
			return err.Error()
		}
	case "period":
		if value == "" {
			return ""
		}
		if _, _, err := quantity.ParsePeriod(value); err != nil {
			return "period: " + err.Error() + ` (ISO: "2024", "2024-06", "2024-06-12", "2021/2025")`
		}
	case "value_text":
		if f == nil || len(f.Sources) == 0 {
			return "only a figure has a value"
		}
		if _, err := quantity.Parse(value, d.Lang); err != nil {
			return fmt.Sprintf("%q does not read as a number: %v", value, err)
		}
		if !strings.Contains(f.Sources[0].Quote, value) {
			return "the value as written must be in the quote, word for word"
		}
	case "quote":
		if f == nil || len(f.Sources) == 0 {
			return "only a figure's quote can be trimmed"
		}
		if a := set.Article(f.Sources[0].Article); a == nil || !strings.Contains(a.Clean.Text, value) {
			return "the quote must be a passage of the article, word for word"
		}
		if !strings.Contains(value, f.ValueText) {
			return fmt.Sprintf("the quote must keep the value as written, %q", f.ValueText)
		}
	case "places", "orgs", "items":
		for _, id := range strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ' ' }) {
			if msg := checkRef(set, field, id); msg != "" {
				return msg
			}
		}
	}
	return ""
}

func checkRef(set *data.Set, field, id string) string {
	it := set.Item(id)
	kinds := data.RefKinds[field] // the loader's rule
	switch {
	case it == nil:
		return fmt.Sprintf("%q is not defined (n adds a new entity)", id)
	case len(kinds) > 0 && !slices.Contains(kinds, it.Kind):
		return fmt.Sprintf("%q is a%s %s, not a%s %s", id, article(it.Kind), it.Kind, article(kinds[0]), strings.Join(kinds, " or "))
	}
	return ""
}

func article(kind string) string {
	if strings.IndexByte("aeiou", kind[0]) >= 0 {
		return "n"
	}
	return ""
}

// Complete lists the ids of kind-appropriate entities whose id or name
// starts with (or, failing that, contains) the last id being typed in
// value, best first, at most n.
func Complete(set *data.Set, field, value string, n int) []string {
	if field != "places" && field != "orgs" && field != "items" {
		return nil
	}
	parts := strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ' ' })
	if len(parts) == 0 || strings.HasSuffix(value, " ") || strings.HasSuffix(value, ",") {
		return nil
	}
	q := data.Fold(parts[len(parts)-1])
	var starts, contains []string
	for _, it := range set.Items {
		if checkRef(set, field, it.ID) != "" {
			continue
		}
		id, name := it.ID, data.Fold(it.Name)
		switch {
		case strings.HasPrefix(id, q) || strings.HasPrefix(name, q):
			starts = append(starts, id)
		case strings.Contains(id, q) || strings.Contains(name, q):
			contains = append(contains, id)
		}
	}
	slices.Sort(starts)
	slices.Sort(contains)
	out := append(starts, contains...)
	return out[:min(n, len(out))]
}
