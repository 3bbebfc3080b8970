package quantity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchParagraphs are English reporting on Vietnam–Korea ICT cooperation,
// with numbers of every sort; benchText repeats them, varying the numbers,
// to a few hundred kilobytes.
var benchParagraphs = []string{
	"HÀ NỘI — South Korea remained Việt Nam's largest foreign investor in %d, with %d projects worth US$%d.%d billion, the Ministry of Planning and Investment said on June %d.",
	"Samsung Electronics, which employs about %d,000 people at its factories in Bắc Ninh and Thái Nguyên, plans to invest an additional $%d million in research and development over the next %d years.",
	"Exports of phones and components rose %d.%d per cent year-on-year to $%d.%d billion in the first five months, accounting for nearly %d per cent of the country's total exports.",
	"The programme aims to train at least %d,000 software engineers by 2030, up from %d,000 in 2023, with between %d and %d per cent of places reserved for women.",
	"Speaking at the forum, Deputy Minister Nguyễn Văn Thành said digital firms in Đà Nẵng had grown %d-fold since 2015 and now generate VND%d trillion in revenue a year.",
	"According to Yonhap, the two countries aim to lift bilateral trade to $%d billion by 2030; trade reached $%d.%d billion last year, up %d.%d percentage points in share.",
	"More than %d Korean startups and %d Vietnamese tech firms signed %d memoranda of understanding at the two-day event in Seoul on August %d, 2024.",
	"The %d-hectare hi-tech park, some %d kilometres from the city centre, will house data centres with a combined capacity of %d megawatts and %d,000 square metres of offices.",
	"Around a third of the %d respondents said they expected salaries to rise by %d to %d per cent, while fewer than %d said they planned to leave within two years.",
	"LG Display's plant in Hải Phòng, opened in %d, produced %d million panels last year; the company expects output to reach %d-%d million units by 2026.",
}

func benchText(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		p := benchParagraphs[i%len(benchParagraphs)]
		args := make([]any, strings.Count(p, "%d"))
		for j := range args {
			args[j] = 2 + (i*7+j*13)%97
		}
		if strings.HasPrefix(p, "HÀ NỘI") || strings.Contains(p, "opened in %d") {
			args[0] = 2000 + i%25
		}
		fmt.Fprintf(&b, p, args...)
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkScan(b *testing.B) {
	text := benchText(300 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for range Each(text, EN) {
			n++
		}
	}
	b.ReportMetric(float64(n), "numbers/op")
}

func BenchmarkParse(b *testing.B) {
	in := []string{"US$382 million", "nearly 20", "2,5 tỷ USD", "74만 명", "between 5 and 10 per cent", "279 projects"}
	langs := []Lang{EN, EN, VI, KO, EN, EN}
	b.ReportAllocs()
	for b.Loop() {
		for i, s := range in {
			if _, err := Parse(s, langs[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkScanCorpus scans every article of a synthetic dataset
// (go run ./internal/synth -figures 100000 -out DIR), when
// ICTDASH_SCALE_DIR names one, each in the language Detect gives it.
func BenchmarkScanCorpus(b *testing.B) {
	dir := os.Getenv("ICTDASH_SCALE_DIR")
	if dir == "" {
		b.Skip("ICTDASH_SCALE_DIR is not set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles in %s: %v", dir, err)
	}
	var texts []string
	var langs []Lang
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts, langs = append(texts, string(data)), append(langs, Detect(string(data)))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			for range Each(t, langs[i]) {
			}
		}
	}
}
