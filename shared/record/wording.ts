// Runs everywhere (pure). The words for the working record's fixed values in each language, shared by the
// report and the action-plan spreadsheet so both say the same thing; terms match the app's (renderer/src/i18n).
import type { Side } from '../domain/assessment';
import type { ActionStatus, ControlType, Priority } from '../domain/record';
import type { Language } from '../i18n/localized';

export type RecordWording = {
  readonly controls: Readonly<Record<ControlType, string>>;
  readonly statuses: Readonly<Record<ActionStatus, string>>;
  readonly priorities: Readonly<Record<Priority, string>>;
  readonly sides: Readonly<Record<Side, string>>;
  readonly yes: string;
  readonly no: string;
  /** What an action or a piece of evidence that is not about one item is about. */
  readonly wholeAssessment: string;
};

const en: RecordWording = {
  controls: {
    eliminate: 'Eliminate',
    substitute: 'Substitute',
    engineer: 'Engineering control',
    organise: 'Organisational',
    'inform-train': 'Information and training',
    'protective-equipment': 'Protective equipment',
  },
  statuses: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', verified: 'Verified' },
  priorities: { high: 'High', medium: 'Medium', low: 'Low' },
  sides: { worker: 'Worker side', employer: 'Employer side', inspector: 'Labour inspector', observer: 'Observer' },
  yes: 'Yes',
  no: 'No',
  wholeAssessment: 'The assessment as a whole',
};

const ko: RecordWording = {
  controls: {
    eliminate: '제거',
    substitute: '대체',
    engineer: '공학적 대책',
    organise: '관리적 대책',
    'inform-train': '정보 제공·교육',
    'protective-equipment': '보호구',
  },
  statuses: { planned: '계획', 'in-progress': '진행 중', done: '완료', verified: '확인 완료' },
  priorities: { high: '높음', medium: '보통', low: '낮음' },
  sides: { worker: '근로자 측', employer: '사용자 측', inspector: '근로감독관', observer: '참관인' },
  yes: '예',
  no: '아니요',
  wholeAssessment: '평가 전체',
};

export const RecordWordingByLanguage: Readonly<Record<Language, RecordWording>> = { en, ko };

export function recordWording(lang: Language): RecordWording {
  return RecordWordingByLanguage[lang];
}
