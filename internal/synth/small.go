package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// generateSmall writes cfg.smallPairs small article+record pairs: each
// article a title, the sentence introducing its one item and one to three
// sentences reporting a figure about it (sometimes a filler sentence), each
// with its own record file. It is the opposite shape to the default corpus
// — many small files instead of a few hundred large ones — for measuring
// what loading costs per file:
//
//	go run ./internal/synth -small-pairs 50000 -out DIR
func generateSmall(dir string, cfg config) (stats, error) {
	rng := rand.New(rand.NewPCG(cfg.seed, cfg.seed^0x9e3779b97f4a7c15))
	p := &planner{rng: rng, ents: newEntities(rng)}
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	arts := make([]*article, cfg.smallPairs)
	for i := range arts {
		arts[i] = p.planSmall(i, start.AddDate(0, 0, int(int64(i)*int64(days)/int64(len(arts)))))
	}
	return writeDataset(dir, p, arts)
}

// smallKinds are the item kinds a small article may be about.
var smallKinds = []string{"investment", "market", "initiative", "training", "event"}

// planSmall plans small article i: one item and one to three figures.
func (p *planner) planSmall(i int, pub time.Time) *article {
	rng := p.rng
	a := &article{prefix: fmt.Sprintf("s%05d", i), pub: pub, published: pub.Format("2006-01-02"),
		outlet: pick(rng, outlets)}
	a.file = fmt.Sprintf("%05d_%016x.txt", i, rng.Uint64())
	home := pick(rng, p.ents.vnPlaces)
	a.places = []*entity{home, pick(rng, p.ents.vnPlaces), pick(rng, p.ents.krPlaces)}
	a.orgs = []*entity{pick(rng, p.ents.krOrgs), pick(rng, p.ents.vnOrgs)}
	a.title = fill(pick(rng, []string{
		"{O} backs {S} project in {P}",
		"{P} signs {S} deal with Korean partners",
		"Korean {S} know-how comes to {P}",
	}), map[string]string{"{P}": home.name, "{O}": a.orgs[0].name, "{S}": pick(rng, sectors)})
	it := p.newItem(a, pick(rng, smallKinds))
	a.items = []*item{it}
	n := 1 + rng.IntN(3)
	seen := map[string]bool{}
	for len(a.figures) < n {
		f := p.figureOf(a, it, len(a.figures)+1)
		if !seen[f.sentence] {
			seen[f.sentence] = true
			a.figures = append(a.figures, f)
		}
	}
	return a
}
