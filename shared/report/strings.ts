// Runs everywhere (pure). The report's fixed wording in each language; terms match the app's (renderer/src/i18n).
import type { Side } from '../domain/assessment';
import type { Language } from '../i18n/localized';
import type { ControlTypes, StandardAnswer } from '../packs/schema';
import type { RiskLevel } from '../risk/methods';

type Control = (typeof ControlTypes)[number];
export type SummaryPart = 'ok' | 'concern' | 'unknown' | 'open';

export type ReportStrings = {
  readonly locale: string;
  readonly kicker: string;
  readonly untitled: string;
  readonly subject: string;
  readonly none: string;
  readonly workplaceName: string;
  readonly site: string;
  readonly sector: string;
  readonly sizeBand: string;
  readonly sizeWorkers: (band: string) => string;
  readonly sizeUnknown: string;
  readonly date: string;
  readonly systems: string;
  readonly noSystems: string;
  readonly vendor: string;
  readonly purpose: string;
  readonly dataUsed: string;
  readonly decisions: string;
  readonly deployedWhere: string;
  readonly goLive: string;
  readonly participants: string;
  readonly noParticipants: string;
  readonly sides: Readonly<Record<Side, string>>;
  readonly side: string;
  readonly participantName: string;
  readonly role: string;
  readonly checklists: string;
  readonly packLine: (id: string, version: number, title: string) => string;
  readonly missingPacks: (list: string) => string;
  readonly riskMethod: string;
  readonly generatedAt: string;
  readonly appVersion: string;
  readonly fingerprint: string;
  readonly fingerprintNote: string;
  readonly assessmentId: string;

  readonly summary: string;
  readonly overall: (answered: number, total: number, method: string) => string;
  readonly byDomain: string;
  readonly domain: string;
  readonly answered: string;
  readonly unanswered: string;
  readonly concerns: string;
  readonly unknowns: string;
  readonly total: string;
  readonly levels: Readonly<Record<RiskLevel, string>>;
  readonly notRated: string;
  readonly chartTitle: string;
  readonly parts: Readonly<Record<SummaryPart, string>>;
  readonly riskLevels: string;
  readonly heatMap: string;
  readonly noHeatMap: string;
  readonly highRisks: string;
  readonly noHighRisks: string;
  readonly itemColumn: string;
  readonly questionColumn: string;
  readonly levelColumn: string;
  readonly scoreColumn: string;

  readonly findings: string;
  readonly answer: string;
  readonly notes: string;
  readonly risk: string;
  readonly score: (score: number) => string;
  readonly basedOn: string;
  readonly answers: Readonly<Record<StandardAnswer, string>>;
  readonly photo: (n: number) => string;
  readonly photoUnreadable: string;
  readonly evidence: string;
  readonly evidenceIntro: string;

  readonly actionPlan: string;
  readonly actionPlanIntro: string;
  readonly noGaps: string;
  readonly controls: Readonly<Record<Control, string>>;

  readonly references: string;
  readonly referencesIntro: string;
  readonly noReferences: string;
  readonly citedBy: (items: string) => string;

  readonly signOff: string;
  readonly signOffStatement: string;
  readonly expectedSigners: string;
  readonly moreSigners: (n: number) => string;

  readonly headerId: (id: string) => string;
  readonly footer: (n: number, total: number) => string;
};

const en: ReportStrings = {
  locale: 'en-GB',
  kicker: 'JointCheck · Joint assessment report',
  untitled: 'Untitled assessment',
  subject: 'Joint assessment of AI systems and robots at work',
  none: '—',
  workplaceName: 'Name of the workplace or employer',
  site: 'Site',
  sector: 'Sector',
  sizeBand: 'Number of workers',
  sizeWorkers: (band) => `${band} workers`,
  sizeUnknown: 'Not known',
  date: 'Date of the assessment',
  systems: 'AI systems and robots under assessment',
  noSystems: 'No AI system was recorded.',
  vendor: 'Vendor or supplier',
  purpose: 'Purpose',
  dataUsed: 'Data it uses',
  decisions: 'Decisions it makes or supports',
  deployedWhere: 'Where it is deployed',
  goLive: 'Go-live date',
  participants: 'Participants',
  noParticipants: 'No participant was recorded.',
  sides: { worker: 'Worker side', employer: 'Employer side', inspector: 'Labour inspector', observer: 'Observer' },
  side: 'Side',
  participantName: 'Name',
  role: 'Role',
  checklists: 'Checklists',
  packLine: (id, version, title) => `${title} (${id}, version ${version})`,
  missingPacks: (list) => `This copy of JointCheck does not have these checklist versions, so their answers are not in this report: ${list}.`,
  riskMethod: 'Risk rating method',
  generatedAt: 'Report generated',
  appVersion: 'Made with',
  fingerprint: 'Content fingerprint (SHA-256)',
  fingerprintNote: 'The fingerprint identifies the assessment data this report shows. Any change to that data gives a different fingerprint.',
  assessmentId: 'Assessment ID',

  summary: 'Summary',
  overall: (answered, total, method) => `${answered} of ${total} items answered. Risks rated with the ${method}.`,
  byDomain: 'By checklist',
  domain: 'Checklist',
  answered: 'Answered',
  unanswered: 'Unanswered',
  concerns: 'Gaps (no or partly)',
  unknowns: 'Unknown',
  total: 'Total',
  levels: { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' },
  notRated: 'Not rated',
  chartTitle: 'Answers by checklist',
  parts: { ok: 'In place', concern: 'Gap', unknown: 'Unknown', open: 'Unanswered' },
  riskLevels: 'Risk levels',
  heatMap: 'Rated risks on the matrix',
  noHeatMap: 'This rating method has three factors, so there is no two-dimensional matrix; the counts above show every rated risk.',
  highRisks: 'Highest risks',
  noHighRisks: 'No item is rated high or very high.',
  itemColumn: 'Item',
  questionColumn: 'Question',
  levelColumn: 'Risk level',
  scoreColumn: 'Score',

  findings: 'Findings',
  answer: 'Answer',
  notes: 'Notes',
  risk: 'Risk',
  score: (score) => `score ${score}`,
  basedOn: 'Based on',
  answers: { yes: 'Yes', partly: 'Partly', no: 'No', na: 'Not applicable', unknown: 'Unknown' },
  photo: (n) => `Photo ${n}`,
  photoUnreadable: 'This photo could not be read as a JPEG image, so it is not shown.',
  evidence: 'Evidence photos',
  evidenceIntro: 'Photos taken for the assessment as a whole, or for items this report does not list.',

  actionPlan: 'Suggested measures',
  actionPlanIntro:
    'For each gap found (an answer of no or partly, or an option marked as a concern), the measures the checklist suggests, ordered by risk, highest first. These are suggestions from the checklist, not actions the committee has agreed: the committee decides what is done, by whom and by when.',
  noGaps: 'No gap was found, so the checklists suggest no measures.',
  controls: {
    eliminate: 'Eliminate',
    substitute: 'Substitute',
    engineer: 'Engineering control',
    organise: 'Organisational',
    'inform-train': 'Information and training',
    ppe: 'Protective equipment',
  },

  references: 'References cited',
  referencesIntro: 'The laws, standards and conventions the answered items are based on, with the provisions cited.',
  noReferences: 'No answered item cites a reference.',
  citedBy: (items) => `items ${items}`,

  signOff: 'Sign-off',
  signOffStatement:
    'By signing, each person confirms that this report records the assessment as it stands. A digital signature covers the whole report exactly as it is now: any later change to the report shows when the signatures are checked, and the content fingerprint above ties the report to the assessment data it was made from.',
  expectedSigners: 'Expected to sign',
  moreSigners: (n) => `and ${n} more (every participant is listed on the first page)`,

  headerId: (id) => `Assessment ${id}`,
  footer: (n, total) => `Page ${n} of ${total}`,
};

const ko: ReportStrings = {
  locale: 'ko-KR',
  kicker: 'JointCheck · 노사 공동 평가 보고서',
  untitled: '제목 없는 평가',
  subject: '일터의 AI 시스템과 로봇에 대한 노사 공동 평가',
  none: '—',
  workplaceName: '사업장 또는 사업주 이름',
  site: '현장',
  sector: '업종',
  sizeBand: '근로자 수',
  sizeWorkers: (band) => `${band}명`,
  sizeUnknown: '모름',
  date: '평가 일자',
  systems: '평가 대상 AI 시스템과 로봇',
  noSystems: '입력한 AI 시스템이 없습니다.',
  vendor: '공급업체',
  purpose: '용도',
  dataUsed: '사용하는 데이터',
  decisions: '내리거나 지원하는 결정',
  deployedWhere: '도입 장소',
  goLive: '가동 개시일',
  participants: '참여자',
  noParticipants: '입력한 참여자가 없습니다.',
  sides: { worker: '근로자 측', employer: '사용자 측', inspector: '근로감독관', observer: '참관인' },
  side: '구분',
  participantName: '이름',
  role: '역할',
  checklists: '체크리스트',
  packLine: (id, version, title) => `${title} (${id}, 버전 ${version})`,
  missingPacks: (list) => `이 JointCheck에는 다음 체크리스트 버전이 없어 해당 답변을 보고서에 싣지 못했습니다: ${list}.`,
  riskMethod: '위험성 평가 방법',
  generatedAt: '보고서 생성 일시',
  appVersion: '작성 도구',
  fingerprint: '내용 지문(SHA-256)',
  fingerprintNote: '내용 지문은 이 보고서에 담긴 평가 데이터를 식별합니다. 데이터가 조금이라도 바뀌면 지문도 달라집니다.',
  assessmentId: '평가 ID',

  summary: '요약',
  overall: (answered, total, method) => `전체 ${total}개 항목 중 ${answered}개에 답했습니다. 위험성 평가 방법: ${method}.`,
  byDomain: '체크리스트별',
  domain: '체크리스트',
  answered: '답변',
  unanswered: '미답변',
  concerns: '미흡(아니요·일부)',
  unknowns: '모름',
  total: '합계',
  levels: { low: '낮음', medium: '보통', high: '높음', 'very-high': '매우 높음' },
  notRated: '평가 전',
  chartTitle: '체크리스트별 답변 현황',
  parts: { ok: '갖춤', concern: '미흡', unknown: '모름', open: '미답변' },
  riskLevels: '위험 수준',
  heatMap: '매트릭스에 표시한 위험성 평가 결과',
  noHeatMap: '이 평가 방법은 요소가 세 가지라 2차원 매트릭스가 없습니다. 위의 집계에 평가한 위험이 모두 포함되어 있습니다.',
  highRisks: '가장 높은 위험',
  noHighRisks: '높음 또는 매우 높음으로 평가한 항목이 없습니다.',
  itemColumn: '항목',
  questionColumn: '질문',
  levelColumn: '위험 수준',
  scoreColumn: '점수',

  findings: '점검 결과',
  answer: '답변',
  notes: '메모',
  risk: '위험성',
  score: (score) => `점수 ${score}`,
  basedOn: '근거',
  answers: { yes: '예', partly: '일부', no: '아니요', na: '해당 없음', unknown: '모름' },
  photo: (n) => `사진 ${n}`,
  photoUnreadable: '이 사진은 JPEG 이미지로 읽을 수 없어 싣지 못했습니다.',
  evidence: '증거 사진',
  evidenceIntro: '평가 전체에 대해 찍었거나, 이 보고서에 실리지 않은 항목에 대해 찍은 사진입니다.',

  actionPlan: '권장 조치',
  actionPlanIntro:
    '미흡한 것으로 확인된 항목(답변이 ‘아니요’ 또는 ‘일부’이거나, 우려 사항으로 표시된 선택지)마다 체크리스트가 권장하는 조치를 위험성이 높은 순서로 정리했습니다. 이는 체크리스트의 권장 사항이며 위원회가 합의한 조치가 아닙니다. 무엇을, 누가, 언제까지 할지는 위원회가 정합니다.',
  noGaps: '미흡한 항목이 없어 체크리스트가 권장하는 조치가 없습니다.',
  controls: {
    eliminate: '제거',
    substitute: '대체',
    engineer: '공학적 대책',
    organise: '관리적 대책',
    'inform-train': '정보 제공·교육',
    ppe: '보호구',
  },

  references: '인용 법령 및 기준',
  referencesIntro: '답변한 항목의 근거가 된 법령, 표준, 협약과 인용한 조항입니다.',
  noReferences: '답변한 항목이 인용한 법령이나 기준이 없습니다.',
  citedBy: (items) => `항목 ${items}`,

  signOff: '서명',
  signOffStatement:
    '서명하는 사람은 이 보고서가 현재 상태의 평가 내용을 기록한 것임을 확인합니다. 전자서명은 지금 상태 그대로의 보고서 전체를 대상으로 하므로, 이후 보고서가 바뀌면 서명을 확인할 때 그 사실이 드러납니다. 위의 내용 지문은 이 보고서를 만든 평가 데이터와 보고서를 이어 줍니다.',
  expectedSigners: '서명 예정자',
  moreSigners: (n) => `외 ${n}명(참여자 전원은 첫 쪽에 있습니다)`,

  headerId: (id) => `평가 ${id}`,
  footer: (n, total) => `${total}쪽 중 ${n}쪽`,
};

export const ReportStringsByLanguage: Readonly<Record<Language, ReportStrings>> = { en, ko };

export function reportStrings(lang: Language): ReportStrings {
  return ReportStringsByLanguage[lang];
}
