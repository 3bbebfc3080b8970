package quantity

// Units written after a number in English and Vietnamese: percent and
// percentage points, spans of time, areas and multipliers. Korean units
// are counters (counters_ko.go); currencies are in money.go.

// unitWord is a unit and the multiplier of the value it implies: three
// decades is 30 years, two weeks 14 days, 50 basis points 0.5 points.
type unitWord struct {
	unit Unit
	mul  float64
}

var unitWords = newPhrases(map[string]unitWord{
	"per cent": {Percent, 1}, "percent": {Percent, 1}, "pct": {Percent, 1}, "phần trăm": {Percent, 1},
	"percentage points": {PercentPoint, 1}, "percentage point": {PercentPoint, 1},
	"percent points": {PercentPoint, 1}, "per cent points": {PercentPoint, 1},
	"pct points": {PercentPoint, 1}, "pp": {PercentPoint, 1}, "ppt": {PercentPoint, 1},
	"ppts": {PercentPoint, 1}, "basis points": {PercentPoint, 0.01}, "bps": {PercentPoint, 0.01},
	"điểm phần trăm": {PercentPoint, 1}, "điểm %": {PercentPoint, 1},
	"hectares": {Hectares, 1}, "hectare": {Hectares, 1}, "ha": {Hectares, 1},
	"héc ta": {Hectares, 1}, "hécta": {Hectares, 1}, "hecta": {Hectares, 1},
	"square metres": {SquareMetres, 1}, "square meters": {SquareMetres, 1},
	"square metre": {SquareMetres, 1}, "square meter": {SquareMetres, 1},
	"sq m": {SquareMetres, 1}, "sqm": {SquareMetres, 1}, "mét vuông": {SquareMetres, 1},
	"square kilometres": {SquareKm, 1}, "square kilometers": {SquareKm, 1},
	"square kilometre": {SquareKm, 1}, "square kilometer": {SquareKm, 1},
	"sq km": {SquareKm, 1}, "ki lô mét vuông": {SquareKm, 1}, "cây số vuông": {SquareKm, 1},
	"fold": {Multiplier, 1},
})

// timeWords are the nouns of duration in English.
var timeWords = map[string]unitWord{
	"year": {Years, 1}, "years": {Years, 1}, "yr": {Years, 1}, "yrs": {Years, 1},
	"decade": {Years, 10}, "decades": {Years, 10},
	"month": {Months, 1}, "months": {Months, 1},
	"week": {Days, 7}, "weeks": {Days, 7},
	"day": {Days, 1}, "days": {Days, 1},
	"hour": {Hours, 1}, "hours": {Hours, 1},
}

// viTimeWords are the Vietnamese ones ("5 năm", "3 tháng", "thập kỷ").
var viTimeWords = newPhrases(map[string]unitWord{
	"năm": {Years, 1}, "tháng": {Months, 1}, "tuần": {Days, 7}, "ngày": {Days, 1},
	"giờ": {Hours, 1}, "thập kỷ": {Years, 10}, "thập niên": {Years, 10},
})

// gluedUnits are written onto the digits ("500ha", "120m2", "3x").
var gluedUnits = []struct {
	text string
	u    unitWord
}{
	{"km²", unitWord{SquareKm, 1}}, {"km2", unitWord{SquareKm, 1}}, {"㎢", unitWord{SquareKm, 1}},
	{"m²", unitWord{SquareMetres, 1}}, {"m2", unitWord{SquareMetres, 1}}, {"㎡", unitWord{SquareMetres, 1}},
	{"ha", unitWord{Hectares, 1}}, {"x", unitWord{Multiplier, 1}}, {"X", unitWord{Multiplier, 1}},
	{"pp", unitWord{PercentPoint, 1}}, {"bps", unitWord{PercentPoint, 0.01}},
	{"bp", unitWord{PercentPoint, 0.01}}, // "25bp 인상": 0.25 points
	{"pc", unitWord{Percent, 1}},         // "15pc", as British and Asian English papers write per cent
}

// timesComparatives make "three times" a multiplier ("three times higher",
// "three times as many"); otherwise it counts occasions.
var timesComparatives = map[string]bool{
	"more": true, "higher": true, "larger": true, "bigger": true, "greater": true,
	"faster": true, "as": true, "the": true, "that": true, "than": true, "over": true,
	"what": true, "lower": true, "smaller": true, "cheaper": true, "longer": true,
}
