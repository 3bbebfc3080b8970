package extract

// draftItems drafts the items the figures are about and links them.
func (x *extractor) draftItems(d *Draft) {}
