package text

import (
	"strings"
	"testing"
)

// lineNoiseUnguarded is lineNoise as it was before its regexps were
// guarded by cheap tests: the guards must never change a verdict.
func lineNoiseUnguarded(t string) string {
	for _, b := range banners {
		if strings.EqualFold(t, b) {
			return kindBanner
		}
	}
	switch {
	case datelineRE().MatchString(t):
		return kindDateline
	case imageRE().MatchString(t) && len(strings.Fields(t)) <= 6:
		return kindImage
	case captionRE().MatchString(t):
		return kindCaption
	case alsoReadRE().MatchString(t):
		return kindAlsoRead
	case creditRE().MatchString(t) && len(strings.Fields(t)) <= 8:
		return kindByline
	}
	return ""
}

var noiseLines = []string{
	"12/06/2024    44", "12/06/2024 44", "May 30, 2019 | 16:02", "Wednesday, September 30, 2024 | 12:34:56 P.M. (GMT+12) 123456789",
	"16:02:00 PM (GMT+7) - Thursday, 12 September., 2024 987654321", "viethan P.Anh.jpg", "a b c d e f.PNG", "a b c d e f g.png",
	"Delegates at the forum (Photo: P. Anh)", "Delegates (Photo: VNA).", "PHOTO: VNA", "Ảnh: TTXVN", "ảnh credit: x", "Image credit : Reuters",
	"Also Read:", "also read", "RELATED ARTICLES :", "You may also like", "Related", "Source: Vietnam News", "By Trong Dat",
	"Nguồn: VNA", "sources:x", "By Nguyễn Văn Hùng Trần", "(Photo: x)", ")", ").", "photo", "image", "ảnh", "Phiên bản di động",
	"The forum (photo essay) drew 300 delegates from both countries (Photo: VNA)", "related articles\t:",
}

func TestLineNoiseGuardsAgree(t *testing.T) {
	lines := append([]string{}, noiseLines...)
	for _, seed := range readSeeds(t) {
		lines = append(lines, strings.Split(seed, "\n")...)
	}
	for _, l := range lines {
		if got, want := lineNoise(l), lineNoiseUnguarded(l); got != want {
			t.Errorf("lineNoise(%q) = %q, unguarded %q", l, got, want)
		}
	}
}

func FuzzLineNoise(f *testing.F) {
	for _, l := range noiseLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := lineNoise(l), lineNoiseUnguarded(l); got != want {
			t.Errorf("lineNoise(%q) = %q, unguarded %q", l, got, want)
		}
	})
}

// TestCircumflexFastPathExhaustive checks plainLine against the full
// cleaner for â and Â between every kind of neighbour the repairs look at.
func TestCircumflexFastPathExhaustive(t *testing.T) {
	befores := []string{"", "a", "T", "x ", "a9", "a.", "ầ", "Ã", "a,"}
	marks := []string{"â", "Â"}
	nexts := []string{"", "m", "s", "š", "Š", "µ", "ª", " ", "’", "€", "n", "Ư", "\u00a0"}
	afters := []string{"", "a", " ", ".", "’"}
	for _, b := range befores {
		for _, m := range marks {
			for _, n := range nexts {
				for _, a := range afters {
					for _, tail := range []string{"", " closeâ", " xâs"} {
						l := b + m + n + a + tail
						if !plainLine(l) {
							continue
						}
						full := joinPieces(squeezeSpaces(stripInvisible(repairStrays(repairMojibake(stripEscapes(decodePieces(l, 0, len(l))))))))
						if full != l {
							t.Errorf("plainLine(%q) but the full clean gives %q", l, full)
						}
					}
				}
			}
		}
	}
	for _, l := range []string{"Tâm", "Lâm Đồng", "Châu Âu", "Tân Phú", "Cần Thơ"} {
		if !plainLine(l) {
			t.Errorf("plainLine(%q) = false: Vietnamese text takes the slow path", l)
		}
	}
}
