package extract

import (
	"strings"
	"sync"

	"ictdash/data"
	"ictdash/data/text"
)

// placeNames is the one gazetteer extract keeps: the two countries, the 63
// provinces and centrally-run cities of Việt Nam (as they stood 2008–2025,
// the years the reporting covers) and South Korea's special and
// metropolitan cities and provinces. Each line is one place, its spellings
// separated by "|": the Vietnamese (or English) name first, then other
// spellings, then the Korean. Unaccented spellings are derived, not listed.
// Places are otherwise found by cues ("tỉnh X", "X Province"); a name
// carries no cue in most sentences, and a list this size is small and
// stable, so it is data rather than a rule.
var placeNames = []string{
	"Việt Nam|Vietnam|Viet Nam|베트남|월남", "South Korea|Korea|Republic of Korea|Hàn Quốc|Nam Hàn|한국|대한민국",
	// Việt Nam: the five centrally-run cities.
	"Hà Nội|Hanoi|하노이", "Hồ Chí Minh City|Ho Chi Minh City|TP Hồ Chí Minh|TP.HCM|TPHCM|HCMC|호찌민|호치민",
	"Hải Phòng|Haiphong|하이퐁", "Đà Nẵng|Danang|다낭", "Cần Thơ|Can Tho|껀터",
	// Việt Nam: the 58 provinces.
	"An Giang|안장", "Bà Rịa–Vũng Tàu|Bà Rịa - Vũng Tàu|Ba Ria-Vung Tau|바리아붕따우", "Bắc Giang|박장", "Bắc Kạn|박깐",
	"Bạc Liêu|박리에우", "Bắc Ninh|박닌", "Bến Tre|벤째", "Bình Định|빈딘", "Bình Dương|빈즈엉", "Bình Phước|빈프억",
	"Bình Thuận|빈투언", "Cà Mau|까마우", "Cao Bằng|까오방", "Đắk Lắk|Dak Lak|닥락", "Đắk Nông|닥농", "Điện Biên|디엔비엔",
	"Đồng Nai|동나이", "Đồng Tháp|동탑", "Gia Lai|자라이", "Hà Giang|하장", "Hà Nam", "Hà Tĩnh|하띤",
	"Hải Dương|하이즈엉", "Hậu Giang|허우장", "Hòa Bình|Hoà Bình|호아빈", "Hưng Yên|흥옌", "Khánh Hòa|Khánh Hoà|카인호아",
	"Kiên Giang|끼엔장", "Kon Tum|꼰뚬", "Lai Châu|라이쩌우", "Lâm Đồng|람동", "Lạng Sơn|랑선", "Lào Cai|라오까이",
	"Long An|롱안", "Nam Định|남딘", "Nghệ An|응에안", "Ninh Bình|닌빈", "Ninh Thuận|닌투언", "Phú Thọ|푸토",
	"Phú Yên|푸옌", "Quảng Bình|꽝빈", "Quảng Nam|꽝남", "Quảng Ngãi|꽝응아이", "Quảng Ninh|꽝닌", "Quảng Trị|꽝찌",
	"Sóc Trăng|속짱", "Sơn La|선라", "Tây Ninh|떠이닌", "Thái Bình|타이빈", "Thái Nguyên|타이응우옌", "Thanh Hóa|Thanh Hoá|타인호아",
	"Thừa Thiên Huế|Thua Thien-Hue|Huế|후에", "Tiền Giang|띠엔장", "Trà Vinh|짜빈", "Tuyên Quang|뚜옌꽝", "Vĩnh Long|빈롱",
	"Vĩnh Phúc|빈푹", "Yên Bái|옌바이",
	// South Korea: the special, metropolitan and special self-governing cities.
	"Seoul|서울", "Busan|Pusan|부산", "Incheon|인천", "Daegu|대구", "Daejeon|대전", "Gwangju|광주", "Ulsan|울산", "Sejong|세종",
	// South Korea: the provinces.
	"Gyeonggi|Gyeonggi Province|경기도", "Gangwon|Gangwon Province|강원도", "North Chungcheong|충청북도|충북",
	"South Chungcheong|충청남도|충남", "North Jeolla|전라북도|전북", "South Jeolla|전라남도|전남",
	"North Gyeongsang|경상북도|경북", "South Gyeongsang|경상남도|경남", "Jeju|Jeju Island|제주도|제주",
}

// gazetteer maps every folded spelling of a listed place to its spellings.
var gazetteer = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, line := range placeNames {
		names := strings.Split(line, "|")
		for _, n := range names {
			m[data.Fold(n)] = names
			m[data.Fold(text.Unaccent(n))] = names
		}
	}
	return m
})

// placeSpellings returns the spellings of a listed place named s, or nil.
func placeSpellings(s string) []string { return gazetteer()[data.Fold(s)] }

// maxPlaceWords bounds how many words a listed place name has.
const maxPlaceWords = 4
