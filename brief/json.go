package brief

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the brief as one indented JSON object: the same
// selection the text and markdown show, structured. The shape (see also
// README-json.md):
//
//	{
//	  "selection": {"topic", "place", "places": [{"id", "name"}], "org", "orgs": [...], "since", "filter"},
//	  "coverage":  {"from", "to", "dated", "undated"},        // cited articles' publication dates
//	  "sections":  [{"topic", "title", "figures": [figure], "programmes": [...], "events": [...]}],
//	  "derived":   [figure],                                   // our arithmetic, never reported
//	  "chart":     {"kind", "title", "unit", "notes", "points": [{"year", "value", "kind", "cites"}]} or null,
//	  "sources":   [{"n", "article", "title", "outlet", "published", "published_text"}]
//	}
//
// A figure is {"id", "label", "value", "value_text", "unit", "qualifier",
// "status", "period", "period_text", "phrase", "cites", "sources": [{"n",
// "article", "value_text", "value", "qualifier", "quote"}], "differ",
// "derived"}, plus "formula" (over ids, as recorded), "formula_text" (over
// symbols) and "inputs": [{"symbol", "id", "label", "amount", "cites"}]
// when derived. Every "n" and "cites" entry is a source's "n".
// Lists are arrays, never null; only "chart" may be null.
func (b *Brief) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // "&" and "<" in titles stay readable
	return enc.Encode(b)
}
