// Runs everywhere (pure). The committee's action plan as a spreadsheet (CSV) to track in Excel or LibreOffice.
import type { Action } from '../domain/record';
import { isOverdue } from '../domain/record';
import type { AssessmentBundle } from '../format/assessmentFile';
import type { Language } from '../i18n/localized';
import type { Pack } from '../packs/schema';
import { packItems } from '../packs/schema';
import { actionNumbers, compareActions } from './actionOrder';
import { requireDate } from './calendar';
import { csvDocument } from './csv';
import { shortText } from './shortText';
import { recordWording } from './wording';

const headers: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'No.',
    'Checklist',
    'Item',
    'Item text',
    'Action',
    'Control type',
    'Owner',
    'Owner’s side',
    'Due date',
    'Overdue',
    'Budget',
    'Priority',
    'Status',
    'Verified by',
    'Verification date',
    'Verification note',
    'Carried over from',
  ],
  ko: ['번호', '체크리스트', '항목', '항목 내용', '조치', '대책 유형', '담당자', '담당자 소속', '기한', '기한 경과', '예산', '우선순위', '상태', '확인자', '확인일', '확인 메모', '이전 조치'],
};

/** Long enough to recognise an item in a cell; the report has the full question. */
const itemTextLength = 80;

/**
 * One row per action, overdue ones first, then by due date and priority. `today` (`YYYY-MM-DD`) decides what
 * is overdue. Returns text with a leading byte order mark: write it out as UTF-8.
 */
export function actionPlanCsv(bundle: Pick<AssessmentBundle, 'actions'>, packs: readonly Pack[], lang: Language, today: string): string {
  requireDate(today, 'today');
  const words = recordWording(lang);
  const items = new Map(packs.flatMap((pack) => packItems(pack).map((item) => [`${pack.id}\u0000${item.id}`, { pack, item }] as const)));
  const numbers = actionNumbers(bundle.actions);
  const row = (action: Action): string[] => {
    const ref = action.item;
    const found = ref ? items.get(`${ref.packId}\u0000${ref.itemId}`) : undefined;
    const verification = action.verification;
    return [
      numbers.get(action.id) ?? '',
      ref ? (found?.pack.title[lang] ?? ref.packId) : words.wholeAssessment,
      ref?.itemId ?? '',
      found ? shortText(found.item.question[lang], itemTextLength) : '',
      action.description,
      words.controls[action.control],
      action.owner,
      words.sides[action.ownerSide],
      action.dueDate,
      isOverdue(action, today) ? words.yes : words.no,
      action.budget,
      words.priorities[action.priority],
      words.statuses[action.status],
      verification ? `${verification.by.name} (${words.sides[verification.by.side]})` : '',
      verification?.date ?? '',
      verification?.note ?? '',
      action.carriedFrom ?? '',
    ];
  };
  return csvDocument([headers[lang], ...[...bundle.actions].sort(compareActions(today)).map(row)]);
}
