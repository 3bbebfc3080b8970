package quantity

import "testing"

// Constructs of real Vietnamese, Korean and English reporting that name,
// date or rank rather than measure: each is one skipped number with its
// reason, never a count, a negative year or two numbers.

func TestReportingVI(t *testing.T) {
	runScan(t, VI, []scanCase{
		// Year ranges, however the dash is spaced.
		{"Kim ngạch thương mại song phương tăng gấp đôi trong giai đoạn (2013 -2023).", []want{
			{text: "gấp đôi", value: 2, unit: Multiplier, kind: KindMultiplier},
			{text: "2013 -2023", value: 2013, max: 2023, kind: KindPeriod, skip: true}}},
		{"Kế hoạch giai đoạn 2021 – 2025 đặt mục tiêu 10.000 kỹ sư.", []want{
			{text: "2021 – 2025", value: 2021, max: 2025, kind: KindPeriod, skip: true},
			{text: "10.000", value: 10000, unit: Count, kind: KindCount, noun: "engineers"}}},
		{"Từ năm 2021 đến năm 2025, Samsung rót thêm 3,3 tỷ USD.", []want{
			{text: "năm 2021 đến năm 2025", value: 2021, max: 2025, kind: KindPeriod, skip: true},
			{text: "3,3 tỷ USD", value: 3.3e9, unit: USD, kind: KindMoney}}},
		// Dates and parts of a year.
		{"Ngày 23/11, tại Hà Nội, hai bên ký 12 thỏa thuận.", []want{
			{text: "Ngày 23/11", kind: KindDate, skip: true, date: "--11-23"},
			{text: "12", value: 12, unit: Count, kind: KindCount, noun: "agreements"}}},
		{"Biên bản được ký tại Hà Nội chiều 14-3 nhân chuyến thăm của 12 doanh nghiệp.", []want{
			{text: "chiều 14-3", kind: KindDate, skip: true, date: "--03-14"},
			{text: "12", value: 12, unit: Count, kind: KindCount, noun: "enterprises"}}},
		{"Hội nghị diễn ra 23-11-2024 tại Đà Nẵng.", []want{
			{text: "23-11-2024", value: 2024, kind: KindDate, skip: true, date: "2024-11-23"}}},
		{"Trong quý I/2024, vốn FDI Hàn Quốc đạt 1,2 tỷ USD.", []want{
			{text: "quý I/2024", value: 2024, kind: KindDate, skip: true},
			{text: "1,2 tỷ USD", value: 1.2e9, unit: USD, kind: KindMoney}}},
		{"Trong 6 tháng đầu năm 2024, xuất khẩu điện thoại đạt 25,7 tỷ USD.", []want{
			{text: "6 tháng", value: 6, unit: Months, kind: KindDuration, skip: true},
			{text: "2024", value: 2024, kind: KindYear, skip: true},
			{text: "25,7 tỷ USD", value: 25.7e9, unit: USD, kind: KindMoney}}},
		{"Dự án kéo dài 6 tháng.", []want{{text: "6 tháng", value: 6, unit: Months, kind: KindDuration}}},
		// Ordinals, ranks, names, documents, phones.
		{"Hàn Quốc là nhà đầu tư số 1 và lọt top 10 đối tác thương mại.", []want{
			{text: "1", value: 1, kind: KindNumber, skip: true},
			{text: "10", value: 10, unit: Count, kind: KindCount, noun: "partners", skip: true}}},
		{"Cách mạng công nghiệp 4.0 mở ra cơ hội cho mạng 5G và Galaxy S24.", []want{
			{text: "4.0", value: 4, kind: KindNumber, skip: true},
			{text: "5G", value: 5, kind: KindNumber, skip: true}}},
		{"Theo Nghị định 13/2023/NĐ-CP và Quyết định số 1234/QĐ-TTg, Nghị quyết 57-NQ/TW.", []want{
			{text: "13/2023/NĐ-CP", value: 13, kind: KindNumber, skip: true},
			{text: "1234/QĐ-TTg", value: 1234, kind: KindNumber, skip: true},
			{text: "57-NQ/TW", value: 57, kind: KindNumber, skip: true}}},
		{"Thông tư 12/2023/TT-BTTTT có hiệu lực.", []want{
			{text: "12/2023/TT-BTTTT", value: 12, kind: KindNumber, skip: true}}},
		{"Sau đại dịch COVID-19, nhóm G20 và ASEAN+3 họp.", nil},
	})
}

func TestReportingKO(t *testing.T) {
	runScan(t, KO, []scanCase{
		// "어치" (worth of) after the currency.
		{"삼성전자는 상반기 317억달러어치를 수출했다.", []want{
			{text: "317억달러", value: 317e8, unit: USD, kind: KindMoney}}},
		// A span of years from a year.
		{"2025년부터 3년간 총 300억원을 투입한다.", []want{
			{text: "2025년부터 3년간", value: 2025, max: 2027, kind: KindPeriod, skip: true},
			{text: "300억원", value: 300e8, unit: KRW, kind: KindMoney}}},
		// Fractions: the denominator first, "분의", then the numerator.
		{"베트남 개발자의 임금은 국내의 3분의 1 수준이다.", []want{
			{text: "3분의 1", value: 1.0 / 3, unit: Fraction, kind: KindRatio}}},
		{"응답 기업의 4분의3이 인력 부족을 꼽았다.", []want{
			{text: "4분의3", value: 0.75, unit: Fraction, kind: KindRatio}}},
		{"삼성전자는 2021~2025년 215억달러를 투자한다.", []want{
			{text: "2021~2025년", value: 2021, max: 2025, kind: KindPeriod, skip: true},
			{text: "215억달러", value: 215e8, unit: USD, kind: KindMoney}}},
		{"2021년부터 2025년까지 5년간 진행된다.", []want{
			{text: "2021년부터 2025년까지", value: 2021, max: 2025, kind: KindPeriod, skip: true},
			{text: "5년간", value: 5, unit: Years, kind: KindDuration}}},
		{"2013년~2023년 교역액이 늘었다.", []want{
			{text: "2013년~2023년", value: 2013, max: 2023, kind: KindPeriod, skip: true}}},
		{"2024년 1분기 매출은 5조 원, 3분기에는 6조 원이었다.", []want{
			{text: "2024년 1분기", value: 2024, kind: KindDate, skip: true},
			{text: "5조 원", value: 5e12, unit: KRW, kind: KindMoney},
			{text: "3분기", kind: KindDate, skip: true},
			{text: "6조 원", value: 6e12, unit: KRW, kind: KindMoney}}},
		{"세계 500대 기업 중 차량 100대를 생산하는 곳이다.", []want{
			{text: "500대", value: 500, unit: Count, kind: KindOrdinal, noun: "units", skip: true},
			{text: "100대", value: 100, unit: Count, kind: KindCount, noun: "units"}}},
		{"코로나19 이후 아세안+3 회의가 열렸다.", []want{
			{text: "19", value: 19, kind: KindNumber, skip: true}}},
		{"4차 산업혁명 시대에 세계 1위를 지켰다.", []want{
			{text: "4차", value: 4, kind: KindOrdinal, skip: true},
			{text: "1위", value: 1, kind: KindOrdinal, skip: true}}},
	})
}

func TestReportingEN(t *testing.T) {
	runScan(t, EN, []scanCase{
		// "times": a multiplier when it multiplies, a count of occasions otherwise.
		{"Exports rose 2.5 times while the minister visited Seoul three times.", []want{
			{text: "2.5 times", value: 2.5, unit: Multiplier, kind: KindMultiplier},
			{text: "three", value: 3, unit: Count, kind: KindCount, noun: "times"}}},
		{"Trade jumped 3 times in a decade and exports rose 15pc.", []want{
			{text: "3 times", value: 3, unit: Multiplier, kind: KindMultiplier},
			{text: "15pc", value: 15, unit: Percent, kind: KindPercent}}},
		// A year after a word for part of it is a year; in a name it is not.
		{"Korean firms employed 2,300 developers as of end-2023, after COVID-19.", []want{
			{text: "2,300", value: 2300, unit: Count, kind: KindCount, noun: "developers"},
			{text: "2023", value: 2023, kind: KindYear, skip: true}}},
		{"Bilateral trade doubled over the period (2013 -2023), the ministry said.", []want{
			{text: "2013 -2023", value: 2013, max: 2023, kind: KindPeriod, skip: true}}},
		{"The 2021 to 2025 period saw 500 projects.", []want{
			{text: "2021 to 2025", value: 2021, max: 2025, kind: KindPeriod, skip: true},
			{text: "500", value: 500, unit: Count, kind: KindCount, noun: "projects"}}},
		{"Under Decree No. 13/2023/ND-CP, firms must report breaches.", []want{
			{text: "13/2023/ND-CP", value: 13, kind: KindNumber, skip: true}}},
		{"Korea is Vietnam's No.1 investor.", []want{
			{text: "1", value: 1, unit: Count, kind: KindCount, noun: "investor", skip: true}}},
		{"Vốn 10.000 tỷ đồng was quoted in the report.", []want{
			{text: "10.000 tỷ đồng", value: 1e13, unit: VND, kind: KindMoney}}},
		{"Industry 4.0 skills, COVID-19 and the G20 agenda.", []want{
			{text: "4.0", value: 4, kind: KindNumber, skip: true}}},
	})
}

// TestDetectShort: headlines and short texts full of English names keep
// their language, so that "2,5 tỷ USD" is read by Vietnamese rules.
func TestDetectShort(t *testing.T) {
	for _, c := range []struct {
		text string
		want Lang
	}{
		{"Hàn Quốc đầu tư 2,5 tỷ USD vào Bắc Ninh", VI},
		{"Samsung Display Vietnam rót 2,5 tỷ USD", VI},
		{"Samsung Electronics, LG Display, Hanwha Aerospace và SK Group đầu tư 2,5 tỷ USD", VI},
		{"FDI Hàn Quốc: 2,5 tỷ USD", VI},
		{"2,5 tỷ USD", VI},
		{"LG Innotek to invest $1 billion in Hải Phòng", EN},
		{"삼성전자, Galaxy S24 베트남 생산 215억달러 투자", KO},
	} {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
