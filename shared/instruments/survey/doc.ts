// Runs everywhere (pure). The survey instruments documented in markdown from their own data, for the README and help screens.
import type { Language } from '../../i18n/localized';
import { HseIndicatorTool } from './hseIndicator';
import { JointCheckQuestionnaire } from './jointcheckQuestionnaire';
import type { Questionnaire } from './questionnaire';
import { DefaultLowScoreThreshold, DefaultMinGroupSize, SmallestMinGroupSize } from './score';

const Rules = {
  en: [
    '### Scoring',
    '',
    `- Every item is answered 1 to 5. Reverse-keyed items (marked R) are turned round (6 − answer), so on every scale **higher is better**.`,
    '- A respondent\'s scale score is the mean of their answered items on that scale, and is given only when at least half of the scale\'s items are answered.',
    '- Each scale is summarised overall and per group (for example team or shift): number of respondents with a score, mean, standard deviation (n − 1), and how many scores round to 1, 2, 3, 4 and 5 (halves round up).',
    `- **Needs action**: a scale whose mean is below ${DefaultLowScoreThreshold.toFixed(1)}, the midpoint, overall or in a group shown. Each is listed with its scale id so it can be linked to actions.`,
    '- **Response rate** = responses / people invited: below 50% low, from 50% adequate, 60% desirable, 70% good, 80% very good.',
    '',
    '### Suppression',
    '',
    `- A group, or a group's scale, with fewer than ${DefaultMinGroupSize} respondents (configurable, never below ${SmallestMinGroupSize}) is shown as "suppressed, fewer than N" and the result holds no figure for it, not even its size.`,
    '- Against differencing: when exactly one group (or one group\'s scale) is suppressed while the total is shown, the next-smallest group (or cell) is suppressed too, so the hidden one cannot be worked out by subtracting the others from the total. Respondents who gave no group are treated as a group of their own.',
    '- Fewer respondents than the minimum in total: nothing but the number of responses is shown.',
  ],
  ko: [
    '### 점수 계산',
    '',
    `- 모든 문항은 1~5점으로 답합니다. 역문항(R 표시)은 (6 − 응답)으로 바꾸어, 모든 척도에서 **점수가 높을수록 좋습니다**.`,
    '- 응답자의 척도 점수는 그 척도에서 답한 문항의 평균이며, 척도 문항의 절반 이상에 답한 경우에만 계산합니다.',
    '- 척도마다 전체와 집단별(예: 팀, 근무조)로 점수가 있는 응답자 수, 평균, 표준편차(n − 1), 그리고 점수를 반올림했을 때 1, 2, 3, 4, 5가 되는 사람 수(0.5는 올림)를 보여 줍니다.',
    `- **조치 필요**: 전체 또는 표시되는 집단에서 평균이 중간값인 ${DefaultLowScoreThreshold.toFixed(1)} 미만인 척도입니다. 조치 계획과 연결할 수 있도록 척도 id와 함께 나열합니다.`,
    '- **응답률** = 응답 수 / 대상자 수: 50% 미만 낮음, 50% 이상 적정, 60% 이상 바람직, 70% 이상 좋음, 80% 이상 매우 좋음.',
    '',
    '### 비공개 처리',
    '',
    `- 응답자가 ${DefaultMinGroupSize}명(설정 가능, ${SmallestMinGroupSize}명 미만으로는 불가) 미만인 집단이나 집단의 척도는 "N명 미만이라 표시하지 않음"으로만 나타내며, 결과에는 그 인원수를 포함해 어떤 수치도 남기지 않습니다.`,
    '- 차감 추론 방지: 전체 값을 보여 주면서 한 집단(또는 한 집단의 척도)만 숨기게 되면, 그다음으로 작은 집단(또는 칸)도 함께 숨겨 나머지를 전체에서 빼는 방법으로 숨긴 값을 알아낼 수 없게 합니다. 집단을 적지 않은 응답자도 하나의 집단으로 봅니다.',
    '- 전체 응답자가 최소 인원보다 적으면 응답 수 외에는 아무것도 보여 주지 않습니다.',
  ],
} as const satisfies Record<Language, readonly string[]>;

const Headings = {
  en: { scale: 'Scale', items: 'Items', about: 'What it covers', columns: 'CSV columns', byId: 'one column per item, named by item id (for example `pace-1`)', byNumber: 'one column per item, named `q1` … `q35`, `Q01`, `item_1` or plain `1` … `35`' },
  ko: { scale: '척도', items: '문항', about: '내용', columns: 'CSV 열', byId: '문항마다 한 열, 열 이름은 문항 id (예: `pace-1`)', byNumber: '문항마다 한 열, 열 이름은 `q1` … `q35`, `Q01`, `item_1` 또는 숫자 `1` … `35`' },
} as const;

function questionnaireDoc(q: Questionnaire, lang: Language): string[] {
  const h = Headings[lang];
  const rows = q.scales.map((scale) => {
    const items = scale.items.map((item) => `${q.columns === 'item-numbers' ? item.number : item.id}${item.reverse ? ' R' : ''}`).join(', ');
    return `| \`${scale.id}\` ${scale.name[lang]} | ${items} | ${scale.description[lang]} |`;
  });
  return [
    `### ${q.name[lang]} (\`${q.id}\`, v${q.version})`,
    '',
    q.source[lang],
    '',
    `${h.columns}: ${q.columns === 'item-numbers' ? h.byNumber : h.byId}.`,
    '',
    `| ${h.scale} | ${h.items} | ${h.about} |`,
    '|---|---|---|',
    ...rows,
  ];
}

/** Markdown describing both questionnaires, their scales and items, the scoring and the suppression rules. */
export function surveyDoc(lang: Language): string {
  return [...questionnaireDoc(JointCheckQuestionnaire, lang), '', ...questionnaireDoc(HseIndicatorTool, lang), '', ...Rules[lang]].join('\n');
}
