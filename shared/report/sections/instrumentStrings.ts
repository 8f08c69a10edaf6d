// Runs everywhere (pure). The wording of the report's "Instrument results" section, in each language (terms as in the app's instruments screens).
import type { Language } from '../../i18n/localized';
import type { InstrumentKind } from '../../instruments/result';
import type { FragilityChanges } from '../../instruments/bias/result';
import type { ResponseRateBand } from '../../instruments/survey/result';
import type { QuantityCheck } from '../../instruments/cobot/result';

type Fragility = (typeof FragilityChanges)[number];

export type InstrumentStrings = {
  readonly title: string;
  readonly intro: string;
  readonly kinds: Readonly<Record<InstrumentKind, string>>;
  readonly evidenceOn: (evidence: string, item: string | null) => string;

  readonly read: (analysed: number, records: number) => string;
  readonly leftOut: (missing: number, unreadable: number) => string;
  readonly outcomeSelected: (column: string, values: string) => string;
  readonly outcomeScore: (column: string, median: string) => string;
  readonly outcomeCounts: (count: string, selected: string) => string;
  readonly byAttribute: (attribute: string) => string;
  readonly intersectional: (columns: string) => string;
  readonly reference: (name: string, rate: string) => string;
  readonly noOneSelected: string;
  readonly allExcluded: string;
  readonly unknown: (n: number, attribute: string) => string;
  readonly anyGroupColumn: string;
  readonly category: string;
  readonly people: string;
  readonly selected: string;
  readonly rate: string;
  readonly ratio: string;
  readonly fourFifths: string;
  readonly test: string;
  readonly notes: string;
  readonly below: string;
  readonly notBelow: string;
  readonly referenceFlag: string;
  readonly excludedFlag: string;
  readonly fisher: string;
  readonly zTest: (z: string) => string;
  readonly significant: string;
  readonly fragile: Readonly<Record<Fragility, (ratio: string) => string>>;
  readonly excludedBecause: (reason: string) => string;
  readonly small: string;
  readonly threshold: string;
  readonly caveat: string;
  readonly chartRatio: (title: string) => string;

  readonly responses: (n: number) => string;
  readonly responseRate: (rate: string, invited: number, band: string) => string;
  readonly bands: Readonly<Record<ResponseRateBand, string>>;
  readonly hiddenFewer: (min: number) => string;
  readonly hiddenDifferencing: string;
  readonly hiddenOverall: (min: number) => string;
  readonly scale: string;
  readonly allRespondents: string;
  readonly noGroup: string;
  readonly respondents: (n: number) => string;
  readonly cellDetail: (sd: string, n: number) => string;
  readonly needsActionShort: string;
  readonly needsAction: string;
  readonly noNeedsAction: string;
  readonly needsActionLine: (scale: string, group: string, mean: string) => string;
  readonly chartMeans: string;
  readonly midpoint: (threshold: string) => string;

  readonly limitsFrom: (source: string, licence: string) => string;
  readonly exampleTitle: string;
  readonly exampleText: string;
  readonly measurement: string;
  readonly measurementN: (n: number) => string;
  readonly quantity: string;
  readonly force: string;
  readonly pressure: string;
  readonly measured: string;
  readonly limit: string;
  readonly margin: string;
  readonly result: string;
  readonly verdicts: Readonly<Record<QuantityCheck['verdict'], string>>;
  readonly overall: Readonly<Record<'pass' | 'fail' | 'incomplete', string>>;
  readonly contacts: Readonly<Record<'transient' | 'quasi-static', string>>;
  readonly basis: Readonly<Record<'female' | 'male' | 'lower-of-female-and-male', string>>;
  readonly chartLimits: string;
  readonly ofLimit: (percent: string) => string;
  readonly limitLine: string;

  readonly inputs: string;
  readonly humanSpeed: (source: 'given' | 'iso13855-walking' | 'iso13855-reaching') => string;
  readonly ssmInputs: Readonly<Record<'robotSpeedMmS' | 'reactionTimeS' | 'stoppingTimeS' | 'stoppingDistanceMm' | 'intrusionDistanceMm' | 'humanPositionUncertaintyMm' | 'robotPositionUncertaintyMm' | 'actualSeparationMm', string>>;
  readonly notGiven: string;
  readonly term: string;
  readonly howFound: string;
  readonly value: string;
  readonly meaning: string;
  readonly described: Readonly<Record<'S_s' | 'C' | 'Z_d' | 'Z_r', string>>;
  readonly total: string;
  readonly sufficient: (actual: string, required: string) => string;
  readonly insufficient: (actual: string, required: string, short: string) => string;
  readonly chartTerms: string;
  readonly kept: (actual: string) => string;
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: InstrumentStrings = {
  title: 'Instrument results',
  intro:
    'Results of the bias audit, the psychosocial survey and the cobot checks saved as evidence. Each is listed with its number in the evidence register (the stored file and its SHA-256) and the item it answers.',
  kinds: { 'bias-audit': 'Bias audit', 'psychosocial-survey': 'Psychosocial survey', 'cobot-pfl': 'Contact force and pressure', 'cobot-ssm': 'Protective separation distance' },
  evidenceOn: (evidence, item) => (item ? `Evidence ${evidence}, on item ${item}` : `Evidence ${evidence}, for the whole assessment`),

  read: (analysed, records) => `${analysed} of ${records} people analysed.`,
  leftOut: (missing, unreadable) => `Left out: ${missing} with a blank outcome, ${unreadable} with an outcome that could not be read.`,
  outcomeSelected: (column, values) => `Outcome in "${column}": selected when ${values}.`,
  outcomeScore: (column, median) => `Score in "${column}": the rate is the share scoring above the median, ${median}.`,
  outcomeCounts: (count, selected) => `Counts: people in "${count}", selected in "${selected}".`,
  byAttribute: (attribute) => `By ${attribute}`,
  intersectional: (columns) => `Intersectional categories (${columns})`,
  reference: (name, rate) => `Compared with ${name}, the category with the highest rate (${rate}).`,
  noOneSelected: 'No one in any category was selected, so impact ratios cannot be computed.',
  allExcluded: 'Every category is excluded: there is nothing to compare.',
  unknown: (n, attribute) => `${plural(n, 'person', 'people')} with an unknown or blank ${attribute} counted but not in any category.`,
  anyGroupColumn: 'value in a group column',
  category: 'Category',
  people: 'People',
  selected: 'Selected',
  rate: 'Rate',
  ratio: 'Impact ratio',
  fourFifths: 'Four-fifths rule',
  test: 'Test, p-value',
  notes: 'Notes',
  below: 'Below four-fifths',
  notBelow: 'Not below',
  referenceFlag: 'Reference (highest rate)',
  excludedFlag: 'Excluded',
  fisher: "Fisher's exact",
  zTest: (z) => `z-test (z = ${z})`,
  significant: 'significant',
  fragile: {
    'compared+1': (ratio) => `Fragile: one more person selected here would reverse the flag (ratio ${ratio}).`,
    'compared-1': (ratio) => `Fragile: one fewer person selected here would reverse the flag (ratio ${ratio}).`,
    'reference+1': (ratio) => `Fragile: one more person selected in the reference would reverse the flag (ratio ${ratio}).`,
    'reference-1': (ratio) => `Fragile: one fewer person selected in the reference would reverse the flag (ratio ${ratio}).`,
  },
  excludedBecause: (reason) => `Left out: ${reason}`,
  small: 'Under 2% of the data.',
  threshold: '0.8 (four-fifths)',
  caveat: 'Read with care',
  chartRatio: (title) => `Impact ratios, ${title}. Bars below the 0.8 line are marked "below" in words.`,

  responses: (n) => plural(n, 'response', 'responses'),
  responseRate: (rate, invited, band) => `response rate ${rate} of ${invited} invited (${band})`,
  bands: { low: 'low', adequate: 'adequate', desirable: 'desirable', good: 'good', 'very-good': 'very good' },
  hiddenFewer: (min) => `hidden: fewer than ${min} responses`,
  hiddenDifferencing: 'hidden so that a smaller group cannot be worked out from the total',
  hiddenOverall: (min) => `Results are hidden: fewer than ${min} responses. Nothing but the number of responses is reported.`,
  scale: 'Scale',
  allRespondents: 'All respondents',
  noGroup: 'No group given',
  respondents: (n) => plural(n, 'respondent', 'respondents'),
  cellDetail: (sd, n) => `SD ${sd}, n ${n}`,
  needsActionShort: 'needs action',
  needsAction: 'Scales that need action',
  noNeedsAction: 'No scale shown is below the midpoint.',
  needsActionLine: (scale, group, mean) => `${scale}, ${group}: mean ${mean}`,
  chartMeans: 'Scale means of all respondents (1 to 5, higher is better); hidden scales carry no bar.',
  midpoint: (threshold) => `${threshold} midpoint`,

  limitsFrom: (source, licence) => `Limits from "${source}" (${licence}).`,
  exampleTitle: 'EXAMPLE VALUES, NOT FOR USE',
  exampleText: 'The limits table used here only shows the format. No conclusion may be drawn from this comparison.',
  measurement: 'Measurement',
  measurementN: (n) => `Measurement ${n}`,
  quantity: 'Quantity',
  force: 'Force',
  pressure: 'Pressure',
  measured: 'Measured',
  limit: 'Limit',
  margin: 'Margin',
  result: 'Result',
  verdicts: { pass: 'Within the limit', fail: 'Over the limit', 'no-limit': 'No limit in the table: not a pass', 'not-measured': 'Not measured' },
  overall: { pass: 'Pass', fail: 'Fail', incomplete: 'Incomplete: a limit is missing' },
  contacts: { transient: 'transient contact', 'quasi-static': 'quasi-static contact' },
  basis: { female: 'limit for women', male: 'limit for men', 'lower-of-female-and-male': 'lower of the limits for women and men' },
  chartLimits: 'Each measured value as a share of its limit; the line is the limit (100%).',
  ofLimit: (percent) => `${percent} of the limit`,
  limitLine: 'limit',

  inputs: 'Inputs',
  humanSpeed: (source) => (source === 'given' ? 'Human approach speed v_h (given)' : `Human approach speed v_h (ISO 13855, ${source === 'iso13855-walking' ? 'walking' : 'reaching'})`),
  ssmInputs: {
    robotSpeedMmS: 'Robot speed towards the person v_r',
    reactionTimeS: 'Reaction time T_r',
    stoppingTimeS: 'Stopping time T_s',
    stoppingDistanceMm: 'Stopping distance S_s',
    intrusionDistanceMm: 'Intrusion distance C',
    humanPositionUncertaintyMm: "Uncertainty of the person's position Z_d",
    robotPositionUncertaintyMm: "Uncertainty of the robot's position Z_r",
    actualSeparationMm: 'Separation the application keeps',
  },
  notGiven: 'not given',
  term: 'Term',
  howFound: 'How it is found',
  value: 'Value',
  meaning: 'What it is',
  described: { S_s: 'measured stopping distance', C: "from the sensor's resolution", Z_d: 'sensor tolerance', Z_r: 'robot position tolerance' },
  total: 'Protective separation distance: the least distance the robot must keep from a person.',
  sufficient: (actual, required) => `The application keeps ${actual}, at least the ${required} needed: sufficient.`,
  insufficient: (actual, required, short) => `The application keeps ${actual}, less than the ${required} needed (short by ${short}): NOT sufficient.`,
  chartTerms: 'The terms added up to the protective separation distance; the mark shows the separation the application keeps.',
  kept: (actual) => `kept: ${actual}`,
};

const ko: InstrumentStrings = {
  title: '측정 도구 결과',
  intro: '증거로 저장한 편향 감사, 심리사회적 설문, 협동로봇 점검 결과입니다. 각 결과에는 증거 목록 번호(저장한 파일과 SHA-256)와 해당 항목을 함께 적었습니다.',
  kinds: { 'bias-audit': '편향 감사', 'psychosocial-survey': '심리사회적 설문', 'cobot-pfl': '접촉 힘·압력', 'cobot-ssm': '보호 이격 거리' },
  evidenceOn: (evidence, item) => (item ? `증거 ${evidence}, 항목 ${item}` : `증거 ${evidence}, 평가 전체`),

  read: (analysed, records) => `${records}명 중 ${analysed}명 분석.`,
  leftOut: (missing, unreadable) => `제외: 결과가 빈칸인 ${missing}명, 결과를 읽을 수 없는 ${unreadable}명.`,
  outcomeSelected: (column, values) => `"${column}" 열의 결과: ${values}이면 선정.`,
  outcomeScore: (column, median) => `"${column}" 열의 점수: 비율은 중앙값 ${median}보다 높은 점수의 비율.`,
  outcomeCounts: (count, selected) => `인원수: "${count}" 열의 인원, "${selected}" 열의 선정 인원.`,
  byAttribute: (attribute) => `${attribute}별`,
  intersectional: (columns) => `교차 범주(${columns})`,
  reference: (name, rate) => `비율이 가장 높은 범주인 ${name}(${rate})과 비교.`,
  noOneSelected: '어느 범주에서도 선정된 사람이 없어 영향비를 계산할 수 없습니다.',
  allExcluded: '모든 범주가 제외되어 비교할 대상이 없습니다.',
  unknown: (n, attribute) => `${attribute}이(가) 없거나 모름인 ${n}명은 세었지만 어느 범주에도 넣지 않았습니다.`,
  anyGroupColumn: '집단 열의 값',
  category: '범주',
  people: '인원',
  selected: '선정',
  rate: '비율',
  ratio: '영향비',
  fourFifths: '5분의 4 규칙',
  test: '검정, p값',
  notes: '비고',
  below: '5분의 4 미만',
  notBelow: '미만 아님',
  referenceFlag: '기준(비율 최고)',
  excludedFlag: '제외됨',
  fisher: '피셔의 정확검정',
  zTest: (z) => `z검정(z = ${z})`,
  significant: '유의함',
  fragile: {
    'compared+1': (ratio) => `취약: 이 범주에서 한 명만 더 선정되어도 판정이 뒤바뀝니다(영향비 ${ratio}).`,
    'compared-1': (ratio) => `취약: 이 범주에서 한 명만 덜 선정되어도 판정이 뒤바뀝니다(영향비 ${ratio}).`,
    'reference+1': (ratio) => `취약: 기준 범주에서 한 명만 더 선정되어도 판정이 뒤바뀝니다(영향비 ${ratio}).`,
    'reference-1': (ratio) => `취약: 기준 범주에서 한 명만 덜 선정되어도 판정이 뒤바뀝니다(영향비 ${ratio}).`,
  },
  excludedBecause: (reason) => `제외 이유: ${reason}`,
  small: '전체 자료의 2% 미만.',
  threshold: '0.8(5분의 4)',
  caveat: '해석할 때 주의',
  chartRatio: (title) => `영향비, ${title}. 0.8 기준선 아래의 막대에는 "미만"이라고 적었습니다.`,

  responses: (n) => `응답 ${n}건`,
  responseRate: (rate, invited, band) => `응답률 ${rate}(대상 ${invited}명, ${band})`,
  bands: { low: '낮음', adequate: '적정', desirable: '바람직', good: '좋음', 'very-good': '매우 좋음' },
  hiddenFewer: (min) => `숨김: 응답 ${min}건 미만`,
  hiddenDifferencing: '숨김: 더 작은 집단의 값을 전체에서 빼서 알아낼 수 없도록',
  hiddenOverall: (min) => `결과를 숨겼습니다: 응답 ${min}건 미만. 응답 수 외에는 아무것도 보고하지 않습니다.`,
  scale: '척도',
  allRespondents: '전체 응답자',
  noGroup: '집단 미기재',
  respondents: (n) => `응답자 ${n}명`,
  cellDetail: (sd, n) => `표준편차 ${sd}, n ${n}`,
  needsActionShort: '조치 필요',
  needsAction: '조치가 필요한 척도',
  noNeedsAction: '표시된 척도 가운데 중간값보다 낮은 척도가 없습니다.',
  needsActionLine: (scale, group, mean) => `${scale}, ${group}: 평균 ${mean}`,
  chartMeans: '전체 응답자의 척도 평균(1~5, 높을수록 좋음). 숨긴 척도에는 막대가 없습니다.',
  midpoint: (threshold) => `중간값 ${threshold}`,

  limitsFrom: (source, licence) => `한계값 출처: "${source}"(${licence}).`,
  exampleTitle: '예시 값 — 실제 사용 불가',
  exampleText: '여기 쓴 한계값 표는 형식만 보여 줍니다. 이 비교로 어떤 결론도 내릴 수 없습니다.',
  measurement: '측정',
  measurementN: (n) => `${n}번째 측정`,
  quantity: '항목',
  force: '힘',
  pressure: '압력',
  measured: '측정값',
  limit: '한계값',
  margin: '여유',
  result: '판정',
  verdicts: { pass: '한계 이내', fail: '한계 초과', 'no-limit': '표에 한계값 없음: 합격 아님', 'not-measured': '측정 안 함' },
  overall: { pass: '합격', fail: '불합격', incomplete: '판정 불가: 한계값 없음' },
  contacts: { transient: '순간 접촉', 'quasi-static': '준정적 접촉' },
  basis: { female: '여성 한계값', male: '남성 한계값', 'lower-of-female-and-male': '여성·남성 중 낮은 한계값' },
  chartLimits: '측정값을 한계값에 대한 비율로 나타냈습니다. 선은 한계값(100%)입니다.',
  ofLimit: (percent) => `한계값의 ${percent}`,
  limitLine: '한계값',

  inputs: '입력값',
  humanSpeed: (source) => (source === 'given' ? '사람 접근 속도 v_h(직접 입력)' : `사람 접근 속도 v_h(ISO 13855, ${source === 'iso13855-walking' ? '보행' : '팔 뻗기'})`),
  ssmInputs: {
    robotSpeedMmS: '사람 쪽으로 움직이는 로봇 속도 v_r',
    reactionTimeS: '반응 시간 T_r',
    stoppingTimeS: '정지 시간 T_s',
    stoppingDistanceMm: '정지 거리 S_s',
    intrusionDistanceMm: '침입 거리 C',
    humanPositionUncertaintyMm: '사람 위치의 불확도 Z_d',
    robotPositionUncertaintyMm: '로봇 위치의 불확도 Z_r',
    actualSeparationMm: '공정에서 실제로 유지하는 이격 거리',
  },
  notGiven: '입력 안 함',
  term: '항',
  howFound: '구하는 방법',
  value: '값',
  meaning: '의미',
  described: { S_s: '측정한 정지 거리', C: '센서 분해능에 따름', Z_d: '센서 허용 오차', Z_r: '로봇 위치 허용 오차' },
  total: '보호 이격 거리: 로봇이 사람과 유지해야 하는 최소 거리.',
  sufficient: (actual, required) => `공정이 유지하는 거리 ${actual}는 필요한 ${required} 이상입니다: 충분.`,
  insufficient: (actual, required, short) => `공정이 유지하는 거리 ${actual}는 필요한 ${required}보다 짧습니다(${short} 부족): 불충분.`,
  chartTerms: '각 항을 더한 값이 보호 이격 거리입니다. 표시선은 공정에서 실제로 유지하는 거리입니다.',
  kept: (actual) => `실제 ${actual}`,
};

export const InstrumentStringsByLanguage: Readonly<Record<Language, InstrumentStrings>> = { en, ko };
