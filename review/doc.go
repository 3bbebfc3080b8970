// Package review finishes drafted records without a text editor: it lists
// the unreviewed drafts of a dataset (figures, skipped numbers, items,
// entities, merge sources), applies a curator's decisions to the record
// files, and writes them back so that nothing else in a file changes.
//
// Edits are splices, not re-encodings: a record file is parsed with yaml.v3
// only to find where each record starts and ends; the edited record is
// rendered alone and put in place of its old lines, so comments, key order
// and layout of every other record stay byte for byte. Each write goes to a
// temporary file in the dataset directory, the whole dataset is loaded with
// the new bytes in place (the loader's own checks decide), and only then is
// the temporary file renamed over the original. A file that changed on disk
// since it was read is never overwritten.
package review
