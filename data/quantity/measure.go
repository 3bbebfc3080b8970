package quantity

import "fmt"

// Measures the engine has no unit for: power and energy (MW, kWh),
// voltage, length, weight, data and speed, frequency, chip nodes. "a
// 1,200MW plant", "30 MW", "500 km", "100Mbps", "a 300-MW farm" measure
// something; they are neither names nor counts of things. They are read
// as a count with the unit as its noun, flagged, so that no figure is
// lost and none passes for a count of objects.

var measureUnits = map[string]bool{
	"MW": true, "GW": true, "kW": true, "KW": true, "TW": true, "MWp": true, "GWp": true, "kWp": true,
	"kWh": true, "MWh": true, "GWh": true, "TWh": true, "kV": true, "KV": true,
	"km": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true,
	"metres": true, "meters": true, "mm": true, "cm": true, "miles": true, "inch": true, "inches": true,
	"kg": true, "kilograms": true, "tonnes": true, "tons": true, "tonne": true, "ton": true,
	"GB": true, "TB": true, "MB": true, "PB": true, "Gbps": true, "Mbps": true, "Tbps": true, "Kbps": true,
	"MHz": true, "GHz": true, "nm": true, "nanometre": true, "nanometer": true, "nanometres": true,
	"nanometers": true, "TEU": true, "TEUs": true, "teu": true, "barrels": true, "litres": true, "liters": true,
	"megawatts": true, "gigawatts": true, "kilowatts": true, "megabits": true, "gigabits": true,
	// Singulars, as a measure is written when it modifies a noun: "a
	// 100-megawatt data centre", "a 500-kilometre line", "a 3-metre wall".
	"megawatt": true, "gigawatt": true, "kilowatt": true, "metre": true, "meter": true,
	"mile": true, "kilogram": true, "barrel": true, "litre": true, "liter": true,
	"kilowatt-hours": true, "megawatt-hours": true, "terawatt-hours": true, "gigawatt-hours": true,
	// The specifications of phones and networks: "pin 5.000 mAh", "màn
	// hình 120 Hz", "sạc nhanh 45W", "độ trễ dưới 10 ms".
	"mAh": true, "Hz": true, "kHz": true, "ms": true, "W": true,
}

// measureAmb flags a count whose noun is a unit of measure.
func (r *reading) measureAmb() {
	if r.q.Unit == Count && measureUnits[r.q.Noun] {
		r.addAmb(fmt.Sprintf("a measure in %s, not a count: the engine has no unit for it", r.q.Noun))
	}
}

// gluedMeasure reads the letters glued to digits as a unit of measure
// ("1,200MW", "100Mbps", "500kV"), which makes them no code.
func (r *reading) gluedMeasure() bool {
	n := &r.n
	if n.tail == "" || !measureUnits[n.tail] || r.cur.unit != "" {
		return false
	}
	r.q.Unit, r.q.Noun, r.q.Kind = Count, n.tail, KindCount
	r.measureAmb()
	return true
}
