package extract

import "ictdash/data"

// draftEntities drafts the places, organisations and people that known
// lacks.
func (x *extractor) draftEntities(d *Draft, known *data.Set) {}
