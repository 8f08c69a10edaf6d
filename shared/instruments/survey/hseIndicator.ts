// Runs everywhere (pure). The scale structure of the UK HSE Management Standards Indicator Tool, for importing its responses by item number.
/*
 * 35 items on 7 scales, answered 1-5 as the tool codes them; items 3, 5, 6, 9, 12, 14, 16, 18, 20, 21, 22 and
 * 34 are reverse-scored, so that after reversal a higher scale mean is better. The items' wording is Crown
 * copyright and is not shipped: people answer the tool as HSE publishes it, and the responses are imported here
 * by item number. Scale names and our own short descriptions only.
 */
import { type Questionnaire, QuestionnaireSchema, type SurveyScale } from './questionnaire';

const Reversed = new Set([3, 5, 6, 9, 12, 14, 16, 18, 20, 21, 22, 34]);

function scale(id: string, en: string, ko: string, numbers: readonly number[], descriptionEn: string, descriptionKo: string): SurveyScale {
  return {
    id,
    name: { en, ko },
    description: { en: descriptionEn, ko: descriptionKo },
    items: numbers.map((number) => ({ id: `q${number}`, number, reverse: Reversed.has(number), text: null })),
  };
}

export const HseIndicatorTool: Questionnaire = QuestionnaireSchema.parse({
  id: 'hse-indicator',
  version: 1,
  name: { en: 'HSE Management Standards Indicator Tool', ko: '영국 HSE 관리기준 지표 도구(Indicator Tool)' },
  source: {
    en: 'Health and Safety Executive (UK), Management Standards Indicator Tool: 35 items on 7 scales. The item wording is Crown copyright and is not included; answers are imported by item number.',
    ko: '영국 보건안전청(HSE) 관리기준 지표 도구: 7개 척도, 35개 문항. 문항 문구는 영국 정부 저작권(Crown copyright) 대상이라 싣지 않으며, 응답은 문항 번호로 가져옵니다.',
  },
  answerLabels: null,
  columns: 'item-numbers',
  scales: [
    scale('demands', 'Demands', '직무 요구', [3, 6, 9, 12, 16, 18, 20, 22],
      'Workload, pace and the work environment. **Higher is better**: demands people can meet.',
      '업무량, 작업 속도, 작업 환경을 다룹니다. **점수가 높을수록 좋습니다**: 감당할 수 있는 수준의 요구입니다.'),
    scale('control', 'Control', '직무 통제', [2, 10, 15, 19, 25, 30],
      'How much say people have in the way they do their work. **Higher is better.**',
      '일하는 방식에 대해 스스로 얼마나 결정할 수 있는지를 다룹니다. **점수가 높을수록 좋습니다.**'),
    scale('managers-support', "Managers' support", '관리자 지원', [8, 23, 29, 33, 35],
      'Encouragement, feedback and help from line managers. **Higher is better.**',
      '직속 관리자의 격려, 피드백, 도움을 다룹니다. **점수가 높을수록 좋습니다.**'),
    scale('peer-support', 'Peer support', '동료 지원', [7, 24, 27, 31],
      'Help and respect from colleagues. **Higher is better.**',
      '동료의 도움과 존중을 다룹니다. **점수가 높을수록 좋습니다.**'),
    scale('relationships', 'Relationships', '관계', [5, 14, 21, 34],
      'Conflict, friction and unacceptable behaviour at work, such as bullying. **Higher is better**: less of it.',
      '직장 내 갈등, 마찰, 괴롭힘 같은 용납할 수 없는 행동을 다룹니다. **점수가 높을수록 좋습니다**: 그런 일이 적다는 뜻입니다.'),
    scale('role', 'Role', '역할', [1, 4, 11, 13, 17],
      'Whether people understand their role and what is expected of them. **Higher is better.**',
      '자신의 역할과 기대되는 바를 명확히 알고 있는지를 다룹니다. **점수가 높을수록 좋습니다.**'),
    scale('change', 'Change', '변화 관리', [26, 28, 32],
      'How organisational change is consulted on and explained. **Higher is better.**',
      '조직 변화를 어떻게 협의하고 설명하는지를 다룹니다. **점수가 높을수록 좋습니다.**'),
  ],
});
