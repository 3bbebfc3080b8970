package extract

import (
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Korean status cases in the style of 연합뉴스, 전자신문 and Yonhap: the
// predicate at the end of the clause decides.
var koStatusCases = []statusCase{
	{"삼성전자는 베트남에 20억 달러를 추가 투자할 계획이다.", "20억 달러", data.Target},
	{"LG이노텍은 하이퐁 공장에 1조원을 투자하기로 했다.", "1조원", data.Target},
	{"이 공장은 2026년까지 3000명을 고용할 예정이다.", "3000명", data.Projection},
	{"베트남 ICT 시장은 2030년 500억 달러 규모로 성장할 것으로 전망된다.", "500억 달러", data.Projection},
	{"지난해 한국의 대베트남 ICT 수출은 314억 달러를 기록했다.", "314억 달러", data.Actual},
	{"코트라는 이번 사절단이 1억5000만 달러 규모의 수출 계약을 체결할 것으로 기대했다.", "1억5000만 달러", data.Projection},
	{"정부는 2030년까지 AI 인재 1만명을 양성한다는 목표다.", "1만명", data.Target},
	{"현지 법인의 매출은 약 5조원으로 추산된다.", "5조원", data.Estimate},
	{"삼성전자 베트남 법인은 지난해 6만명을 고용했다.", "6만명", data.Actual},
	{"양국은 교역액을 1500억 달러로 늘리기로 합의했다.", "1500억 달러", data.Target},
	{"네이버는 베트남 스타트업에 1000만 달러를 투자할 방침이다.", "1000만 달러", data.Target},
	{"현대차는 연간 10만대 규모의 공장 건설을 추진하고 있다.", "10만대", data.Target},
	{"매출은 5조원을 기록했고, 내년에는 6조원을 목표로 하고 있다.", "5조원", data.Actual},
	{"매출은 5조원을 기록했고, 내년에는 6조원을 목표로 하고 있다.", "6조원", data.Target},
	{"수출은 12% 증가했지만, 수입은 5% 감소할 전망이다.", "12%", data.Actual},
	{"수출은 12% 증가했지만, 수입은 5% 감소할 전망이다.", "5%", data.Projection},
	{"올해 목표는 수출 500억 달러다.", "500억 달러", data.Target},
	{"이 프로그램을 통해 1340명이 수료했다.", "1340명", data.Actual},
	{"LG디스플레이는 하이퐁에 10억 달러를 투자한다고 밝혔다.", "10억 달러", data.Target},
	{"삼성은 인재 양성을 위해 500만 달러를 지원했다.", "500만 달러", data.Actual},
	{"인재 1000명을 양성하기 위해 500만 달러를 투입할 계획이다.", "1000명", data.Target},
	{"인재 1000명을 양성하기 위해 500만 달러를 투입할 계획이다.", "500만 달러", data.Target},
	{"베트남 내 한국 기업은 약 9000개에 달한다.", "9000개", data.Actual},
	{"투자액은 최대 3억 달러에 이를 것으로 예상된다.", "3억 달러", data.Projection},
	{"2030년까지 반도체 인력 5만명을 양성한다.", "5만명", data.Target},
	{"회사는 현지 인력 2000명을 채용하겠다고 밝혔다.", "2000명", data.Projection},
	{"양국 교역액은 지난해 790억 달러로 집계됐다.", "790억 달러", data.Actual},
	{"투자 규모는 최소 1억 달러로 추정된다.", "1억 달러", data.Estimate},
	{"삼성SDS는 CMC 지분 25%를 인수했다.", "25%", data.Actual},
	{"업계는 시장 규모가 2028년 11억 달러에 이를 수 있다고 내다봤다.", "11억 달러", data.Projection},
	{"하나마이크론은 박장성에 2030년까지 2조5000억원을 추가로 투자한다.", "2조5000억원", data.Target},
	{"이번 투자로 누적 투자액은 약 4조원으로 늘어난다.", "4조원", data.Projection},
	{"연구센터는 약 3000명의 연구인력을 수용할 수 있다.", "3000명", data.Actual},
	{"삼성전자는 현재 2200여 명인 현지 연구인력을 2025년까지 3000명 이상으로 늘릴 계획이다.", "2200여 명", data.Actual},
	{"하나마이크론은 2026년까지 2000명가량을 추가 채용할 예정이다.", "2000명가량", data.Target},
	{"공장은 3000명을 고용할 수 있는 규모로 완공될 예정이다.", "3000명", data.Projection},
	{"파견 기간은 전문가별로 1년 미만으로 정했다.", "1년 미만", data.Target},
	{"30억 달러를 투자한 삼성전자는 추가로 20억 달러를 투자할 계획이다.", "30억 달러", data.Actual},
}

// koStatusLeaks follow each case, with and without a space after "다.".
var koStatusLeaks = []string{"회사는 추가 투자를 검토할 계획이다.", "회사는 공장을 증설했다.", "규모는 더 클 것으로 추산된다."}

func TestStatusKorean(t *testing.T) {
	checkStatus(t, quantity.KO, koStatusCases, koStatusLeaks)
}
