// Runs everywhere (pure). The report's fixed wording in each language; terms match the app's (renderer/src/i18n).
import type { Side } from '../domain/assessment';
import type { EvidenceKind, JointSide } from '../domain/record';
import type { Language } from '../i18n/localized';
import type { ControlTypes, StandardAnswer } from '../packs/schema';
import type { RecordWording } from '../record/wording';
import { recordWording } from '../record/wording';
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
  readonly informedOn: (date: string) => string;
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
  readonly followUpOf: string;
  readonly earlierAssessment: (id: string) => string;
  readonly importedCopy: string;
  readonly importedDetail: (fileName: string, importedAt: string, signer: string | null, intact: boolean) => string;

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

  readonly workingRecord: string;
  readonly positionsCount: string;
  readonly positionsValue: (open: number, settled: number) => string;
  readonly actionsCount: string;
  readonly actionsValue: (total: number, byStatus: string) => string;
  readonly overdueCount: string;
  readonly overdueValue: (n: number) => string;
  readonly meetingsCount: string;
  readonly meetingsValue: (n: number, withoutBothSides: number) => string;
  readonly evidenceCount: string;
  readonly evidenceValue: (n: number) => string;
  readonly deadlines: string;
  readonly warning: string;
  readonly wentLiveBeforeInformed: (system: string, goLive: string, informed: string, days: number) => string;
  readonly goLiveWithoutInformation: (system: string, goLive: string) => string;
  readonly informRule: (citation: string) => string;
  readonly noInformWarnings: string;
  readonly koreaConsultation: (citation: string) => string;
  readonly response: string;
  readonly responseNotSent: string;
  readonly responseWaiting: (due: string, daysLeft: number) => string;
  readonly responseOverdue: (due: string, daysLate: number) => string;
  readonly responseAnswered: (answered: string, due: string | null, daysLate: number | null) => string;

  readonly findings: string;
  readonly answer: string;
  readonly notes: string;
  readonly risk: string;
  readonly score: (score: number) => string;
  readonly basedOn: string;
  readonly answers: Readonly<Record<StandardAnswer, string>>;
  readonly photo: (n: number) => string;
  readonly photoOfEvidence: (n: number, evidence: string) => string;
  readonly positions: string;
  readonly recordedBy: (name: string) => string;
  readonly openDisagreement: string;
  readonly settled: (outcome: string) => string;
  readonly recheck: string;
  readonly recheckNote: string;
  readonly agreedActions: string;
  readonly actionLine: (number: string, status: string, due: string, description: string) => string;
  readonly dueOn: (date: string) => string;
  readonly noDueDate: string;
  readonly evidenceOfItem: (numbers: string) => string;
  readonly photoUnreadable: string;
  readonly evidence: string;
  readonly evidenceIntro: string;

  readonly actionPlan: string;
  readonly actionPlanIntro: string;
  readonly noActions: string;
  readonly numberColumn: string;
  readonly actionColumn: string;
  readonly ownerColumn: string;
  readonly dueColumn: string;
  readonly budgetColumn: string;
  readonly priorityColumn: string;
  readonly statusColumn: string;
  readonly verificationColumn: string;
  readonly itemRef: (number: string) => string;
  /** In place of an item number, for what concerns the assessment as a whole. */
  readonly wholeRef: string;
  readonly overdueBy: (days: number) => string;
  readonly notVerified: string;
  readonly sameSideVerification: string;
  readonly carriedOver: string;
  readonly suggestions: string;
  readonly suggestionsIntro: string;
  readonly noGaps: string;
  readonly controls: Readonly<Record<Control, string>>;
  /** Statuses, priorities, control types and sides of the working record, shared with the spreadsheet. */
  readonly record: RecordWording;

  readonly meetings: string;
  readonly meetingsIntro: string;
  readonly noMeetings: string;
  readonly meetingTitle: (n: number, date: string) => string;
  readonly dateNotRecorded: string;
  readonly nobody: string;
  readonly unknownAttendees: (n: number) => string;
  readonly bothSides: string;
  readonly bothSidesPresent: string;
  readonly sideAbsent: (sides: readonly JointSide[]) => string;
  readonly packsCovered: string;

  readonly evidenceRegister: string;
  readonly evidenceRegisterIntro: string;
  readonly noEvidence: string;
  readonly evidenceColumn: string;
  readonly hashColumn: string;
  readonly addedColumn: string;
  readonly capturedHash: string;
  readonly kinds: Readonly<Record<EvidenceKind, string>>;
  readonly printedAs: (figure: number) => string;
  readonly notPrinted: string;
  readonly fileSize: (bytes: number) => string;
  readonly addedBy: (name: string, side: string) => string;
  readonly takenAt: (when: string) => string;

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

/** Sizes as file managers show them: bytes below a kilobyte, then KB and MB with one decimal below ten. */
function fileSize(bytes: number, byteUnit: (n: number) => string, space: string): string {
  if (bytes < 1024) return byteUnit(bytes);
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value < 10 ? value.toFixed(1) : Math.round(value)}${space}${unit}`;
}

/** The checklists' measures and the committee's actions name the same hierarchy of controls: one set of words. */
function packControls(words: RecordWording): Readonly<Record<Control, string>> {
  const { 'protective-equipment': ppe, ...rest } = words.controls;
  return { ...rest, ppe };
}

const enWords = recordWording('en');
const koWords = recordWording('ko');

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
  informedOn: (date) => `workers’ representatives informed: ${date}`,
  participants: 'Participants',
  noParticipants: 'No participant was recorded.',
  sides: enWords.sides,
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
  followUpOf: 'Follow-up of',
  earlierAssessment: (id) => `An earlier assessment (ID ${id}) that is not on this computer`,
  importedCopy: 'Imported, read-only copy',
  importedDetail: (fileName, importedAt, signer, intact) =>
    `Imported from the evidence pack “${fileName}” on ${importedAt}. ${signer ? `Signed by ${signer}.` : 'The pack was not signed.'} ${
      intact ? 'Every file hash and the signature checked out when it was imported.' : 'Not every file hash or the signature checked out when it was imported: treat its content with care.'
    }`,

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

  workingRecord: 'The committee’s working record',
  positionsCount: 'Positions of the two sides',
  positionsValue: (open, settled) => `${open} open ${open === 1 ? 'disagreement' : 'disagreements'}, ${settled} settled`,
  actionsCount: 'Agreed actions',
  actionsValue: (total, byStatus) => (total === 0 ? 'None recorded yet' : `${total} in all: ${byStatus}`),
  overdueCount: 'Overdue actions',
  overdueValue: (n) => (n === 0 ? 'None' : `${n} past ${n === 1 ? 'its' : 'their'} due date`),
  meetingsCount: 'Meetings',
  meetingsValue: (n, without) => (n === 0 ? 'None recorded' : without === 0 ? `${n}, both sides present at each` : `${n}, of which ${without} without both sides present`),
  evidenceCount: 'Evidence',
  evidenceValue: (n) => (n === 1 ? '1 item in the register' : `${n} items in the register`),
  deadlines: 'Deadlines and duties to inform',
  warning: 'Warning',
  wentLiveBeforeInformed: (system, goLive, informed, days) =>
    `${system} went live on ${goLive}, but workers’ representatives were informed only on ${informed}, ${days} ${days === 1 ? 'day' : 'days'} later.`,
  goLiveWithoutInformation: (system, goLive) => `${system} has a go-live date of ${goLive}, but no date is recorded for informing workers’ representatives and the affected workers.`,
  informRule: (citation) =>
    `If the system is high-risk under the AI Act, the employer must inform workers’ representatives and the affected workers before putting it into service or use (${citation}).`,
  noInformWarnings: 'As far as the recorded dates show, no AI system went live before workers’ representatives were informed.',
  koreaConsultation: (citation) =>
    `In Korea, introducing new machinery or technology is a matter for consultation at the labour-management council (${citation}); this report checks no date against it.`,
  response: 'Employer’s written answer to the recommendations',
  responseNotSent: 'The committee’s recommendations are not recorded as sent.',
  responseWaiting: (due, daysLeft) => (daysLeft === 0 ? `Due today, ${due}.` : `Due by ${due}: ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left.`),
  responseOverdue: (due, daysLate) => `Overdue: it was due by ${due}, ${daysLate} ${daysLate === 1 ? 'day' : 'days'} ago, and no answer is recorded.`,
  responseAnswered: (answered, due, daysLate) =>
    due === null
      ? `Answered in writing on ${answered}.`
      : daysLate === 0
        ? `Answered in writing on ${answered}, on time (due by ${due}).`
        : `Answered in writing on ${answered}, ${daysLate} ${daysLate === 1 ? 'day' : 'days'} after it was due (${due}).`,

  findings: 'Findings',
  answer: 'Answer',
  notes: 'Notes',
  risk: 'Risk',
  score: (score) => `score ${score}`,
  basedOn: 'Based on',
  answers: { yes: 'Yes', partly: 'Partly', no: 'No', na: 'Not applicable', unknown: 'Unknown' },
  photo: (n) => `Photo ${n}`,
  photoOfEvidence: (n, evidence) => `Photo ${n} (${evidence})`,
  positions: 'Positions',
  recordedBy: (name) => `recorded by ${name}`,
  openDisagreement: 'Open disagreement',
  settled: (outcome) => (outcome === '' ? 'Settled' : `Settled: ${outcome}`),
  recheck: 'To re-check',
  recheckNote: 'Carried over from the earlier visit and not looked at again yet.',
  agreedActions: 'Agreed actions',
  actionLine: (number, status, due, description) => `${number} · ${status} · ${due} · ${description}`,
  dueOn: (date) => `due ${date}`,
  noDueDate: 'no due date',
  evidenceOfItem: (numbers) => `${numbers} (see the evidence register)`,
  photoUnreadable: 'This photo could not be read as a JPEG image, so it is not shown.',
  evidence: 'Evidence photos',
  evidenceIntro: 'Photos taken for the assessment as a whole, or for items this report does not list.',

  actionPlan: 'Action plan',
  actionPlanIntro:
    'The actions the committee agreed: overdue ones first, then by due date and priority. Each action is verified by someone from the side other than its owner’s.',
  noActions: 'The committee has not recorded any action yet.',
  numberColumn: 'No.',
  actionColumn: 'Action and type of control',
  ownerColumn: 'Owner',
  dueColumn: 'Due',
  budgetColumn: 'Budget',
  priorityColumn: 'Priority',
  statusColumn: 'Status',
  verificationColumn: 'Verified by',
  itemRef: (number) => `item ${number}`,
  wholeRef: 'overall',
  overdueBy: (days) => `OVERDUE by ${days} ${days === 1 ? 'day' : 'days'}`,
  notVerified: 'Not verified',
  sameSideVerification: 'Verified by the owner’s own side, not the other side',
  carriedOver: 'Carried over from the earlier visit',
  suggestions: 'Suggested measures from the checklists',
  suggestionsIntro:
    'For each gap found (an answer of no or partly, or an option marked as a concern), the measures the checklist suggests, ordered by risk, highest first. These are suggestions from the checklist, not actions the committee has agreed: the committee decides what is done, by whom and by when.',
  noGaps: 'No gap was found, so the checklists suggest no measures.',
  controls: packControls(enWords),
  record: enWords,

  meetings: 'Meetings',
  meetingsIntro: 'The committee’s meetings on this assessment, with who attended for each side and what was covered.',
  noMeetings: 'No meeting was recorded.',
  meetingTitle: (n, date) => `Meeting ${n} · ${date}`,
  dateNotRecorded: 'date not recorded',
  nobody: 'Nobody',
  unknownAttendees: (n) => `and ${n} ${n === 1 ? 'person' : 'people'} no longer on the participant list`,
  bothSides: 'Both sides present',
  bothSidesPresent: 'Yes',
  sideAbsent: (sides) => (sides.length > 1 ? 'No: neither side attended' : `No: nobody attended for the ${sides[0]} side`),
  packsCovered: 'Checklists covered',

  evidenceRegister: 'Evidence register',
  evidenceRegisterIntro:
    'Every piece of evidence recorded, in the order it was added. The SHA-256 hash identifies each file exactly: compute it again from the file to check that the file has not changed.',
  noEvidence: 'No evidence was recorded.',
  evidenceColumn: 'Evidence and file',
  hashColumn: 'SHA-256',
  addedColumn: 'Added',
  capturedHash: 'As supplied, before processing:',
  kinds: { photo: 'Photo', document: 'Document', instrument: 'Instrument reading' },
  printedAs: (figure) => `printed as photo ${figure}`,
  notPrinted: 'not printed in this report',
  fileSize: (bytes) => fileSize(bytes, (n) => `${n} ${n === 1 ? 'byte' : 'bytes'}`, ' '),
  addedBy: (name, side) => `by ${name} (${side})`,
  takenAt: (when) => `taken ${when}`,

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
  informedOn: (date) => `근로자 대표에게 알린 날: ${date}`,
  participants: '참여자',
  noParticipants: '입력한 참여자가 없습니다.',
  sides: koWords.sides,
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
  followUpOf: '후속 점검 대상',
  earlierAssessment: (id) => `이 컴퓨터에 없는 이전 평가(ID ${id})`,
  importedCopy: '가져온 사본(읽기 전용)',
  importedDetail: (fileName, importedAt, signer, intact) =>
    `증거 묶음 “${fileName}”에서 ${importedAt}에 가져왔습니다. ${signer ? `서명자: ${signer}.` : '서명되지 않은 묶음입니다.'} ${
      intact ? '가져올 때 모든 파일의 해시와 서명이 일치했습니다.' : '가져올 때 일부 파일의 해시나 서명이 일치하지 않았습니다. 내용을 신중하게 다루십시오.'
    }`,

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

  workingRecord: '위원회 활동 기록',
  positionsCount: '노사 양측의 입장',
  positionsValue: (open, settled) => `미해결 의견 차이 ${open}건, 합의 ${settled}건`,
  actionsCount: '합의한 조치',
  actionsValue: (total, byStatus) => (total === 0 ? '아직 기록한 조치가 없습니다' : `모두 ${total}건: ${byStatus}`),
  overdueCount: '기한이 지난 조치',
  overdueValue: (n) => (n === 0 ? '없음' : `${n}건`),
  meetingsCount: '회의',
  meetingsValue: (n, without) => (n === 0 ? '기록한 회의가 없습니다' : without === 0 ? `${n}회, 모두 노사 양측 참석` : `${n}회, 이 중 ${without}회는 노사 한쪽이 불참`),
  evidenceCount: '증거',
  evidenceValue: (n) => `증거 목록에 ${n}건`,
  deadlines: '기한과 고지 의무',
  warning: '주의',
  wentLiveBeforeInformed: (system, goLive, informed, days) => `${system}은(는) ${goLive}에 가동을 시작했으나, 근로자 대표에게는 ${days}일 뒤인 ${informed}에야 알렸습니다.`,
  goLiveWithoutInformation: (system, goLive) => `${system}의 가동 개시일은 ${goLive}이지만, 근로자 대표와 영향을 받는 근로자에게 알린 날이 기록되어 있지 않습니다.`,
  informRule: (citation) => `이 시스템이 EU 인공지능법상 고위험 AI 시스템이라면, 사용자는 가동하거나 사용하기 전에 근로자 대표와 영향을 받는 근로자에게 알려야 합니다(${citation}).`,
  noInformWarnings: '기록된 날짜로 보면, 근로자 대표에게 알리기 전에 가동을 시작한 AI 시스템은 없습니다.',
  koreaConsultation: (citation) => `한국에서는 신기계·기술의 도입이 노사협의회의 협의 사항입니다(${citation}). 이 보고서는 이에 대해 날짜를 확인하지 않습니다.`,
  response: '권고에 대한 사용자의 서면 회신',
  responseNotSent: '위원회의 권고를 보냈다는 기록이 없습니다.',
  responseWaiting: (due, daysLeft) => (daysLeft === 0 ? `오늘(${due})이 회신 기한입니다.` : `회신 기한은 ${due}이며, ${daysLeft}일 남았습니다.`),
  responseOverdue: (due, daysLate) => `기한 경과: 회신 기한(${due})이 ${daysLate}일 지났으나 회신 기록이 없습니다.`,
  responseAnswered: (answered, due, daysLate) =>
    due === null
      ? `${answered}에 서면으로 회신했습니다.`
      : daysLate === 0
        ? `${answered}에 기한(${due}) 안에 서면으로 회신했습니다.`
        : `${answered}에 서면으로 회신했습니다. 기한(${due})보다 ${daysLate}일 늦었습니다.`,

  findings: '점검 결과',
  answer: '답변',
  notes: '메모',
  risk: '위험성',
  score: (score) => `점수 ${score}`,
  basedOn: '근거',
  answers: { yes: '예', partly: '일부', no: '아니요', na: '해당 없음', unknown: '모름' },
  photo: (n) => `사진 ${n}`,
  photoOfEvidence: (n, evidence) => `사진 ${n} (${evidence})`,
  positions: '노사 입장',
  recordedBy: (name) => `기록: ${name}`,
  openDisagreement: '의견 차이(미해결)',
  settled: (outcome) => (outcome === '' ? '합의됨' : `합의됨: ${outcome}`),
  recheck: '재확인 필요',
  recheckNote: '이전 점검에서 이어받은 답변으로, 아직 다시 확인하지 않았습니다.',
  agreedActions: '합의한 조치',
  actionLine: (number, status, due, description) => `${number} · ${status} · ${due} · ${description}`,
  dueOn: (date) => `기한 ${date}`,
  noDueDate: '기한 없음',
  evidenceOfItem: (numbers) => `${numbers}(증거 목록 참조)`,
  photoUnreadable: '이 사진은 JPEG 이미지로 읽을 수 없어 싣지 못했습니다.',
  evidence: '증거 사진',
  evidenceIntro: '평가 전체에 대해 찍었거나, 이 보고서에 실리지 않은 항목에 대해 찍은 사진입니다.',

  actionPlan: '조치 계획',
  actionPlanIntro: '위원회가 합의한 조치입니다. 기한이 지난 조치를 먼저, 그다음 기한과 우선순위 순서로 실었습니다. 각 조치는 담당자와 다른 쪽의 위원이 이행 여부를 확인합니다.',
  noActions: '위원회가 아직 기록한 조치가 없습니다.',
  numberColumn: '번호',
  actionColumn: '조치와 대책 유형',
  ownerColumn: '담당자',
  dueColumn: '기한',
  budgetColumn: '예산',
  priorityColumn: '우선순위',
  statusColumn: '상태',
  verificationColumn: '확인자',
  itemRef: (number) => `항목 ${number}`,
  wholeRef: '평가 전반',
  overdueBy: (days) => `기한 ${days}일 경과`,
  notVerified: '미확인',
  sameSideVerification: '다른 쪽이 아닌 담당자와 같은 쪽이 확인함',
  carriedOver: '이전 점검에서 이어진 조치',
  suggestions: '체크리스트의 권장 조치',
  suggestionsIntro:
    '미흡한 것으로 확인된 항목(답변이 ‘아니요’ 또는 ‘일부’이거나, 우려 사항으로 표시된 선택지)마다 체크리스트가 권장하는 조치를 위험성이 높은 순서로 정리했습니다. 이는 체크리스트의 권장 사항이며 위원회가 합의한 조치가 아닙니다. 무엇을, 누가, 언제까지 할지는 위원회가 정합니다.',
  noGaps: '미흡한 항목이 없어 체크리스트가 권장하는 조치가 없습니다.',
  controls: packControls(koWords),
  record: koWords,

  meetings: '회의',
  meetingsIntro: '이 평가에 관한 위원회 회의입니다. 양측에서 누가 참석했고 무엇을 다뤘는지 적었습니다.',
  noMeetings: '기록한 회의가 없습니다.',
  meetingTitle: (n, date) => `회의 ${n} · ${date}`,
  dateNotRecorded: '날짜 기록 없음',
  nobody: '없음',
  unknownAttendees: (n) => `외 ${n}명(참여자 목록에서 빠진 사람)`,
  bothSides: '노사 양측 참석',
  bothSidesPresent: '예',
  sideAbsent: (sides) => (sides.length > 1 ? '아니요: 노사 양측 모두 참석자가 없었습니다' : `아니요: ${koWords.sides[sides[0]!]} 참석자가 없었습니다`),
  packsCovered: '다룬 체크리스트',

  evidenceRegister: '증거 목록',
  evidenceRegisterIntro:
    '기록한 모든 증거를 추가한 순서대로 실었습니다. SHA-256 해시는 각 파일을 정확히 식별합니다. 파일에서 해시를 다시 계산해 보면 파일이 바뀌지 않았는지 확인할 수 있습니다.',
  noEvidence: '기록한 증거가 없습니다.',
  evidenceColumn: '증거와 파일',
  hashColumn: 'SHA-256',
  addedColumn: '추가',
  capturedHash: '처리하기 전 원본:',
  kinds: { photo: '사진', document: '문서', instrument: '측정 결과' },
  printedAs: (figure) => `수록: 사진 ${figure}`,
  notPrinted: '이 보고서에 싣지 않음',
  fileSize: (bytes) => fileSize(bytes, (n) => `${n}바이트`, ''),
  addedBy: (name, side) => `${name}(${side})`,
  takenAt: (when) => `촬영 ${when}`,

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
