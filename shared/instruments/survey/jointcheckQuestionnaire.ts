// Runs everywhere (pure). JointCheck's own questionnaire on AI-related psychosocial hazards, version 1: 7 scales, 27 items, English and Korean.
/*
 * Our own wording, free to use and adapt. Items marked reverse are phrased so that agreeing is worse; they are
 * reversed (6 - answer) before scoring, so every scale reads "higher is better". A published version is never
 * edited: a change of wording or items is version 2, with the same ids kept for items whose meaning is unchanged.
 */
import { type Questionnaire, QuestionnaireSchema, type SurveyScale } from './questionnaire';

type ItemText = readonly [reverse: boolean, en: string, ko: string];

/** Item ids are `<scale>-<n>`; numbers are assigned afterwards in questionnaire order. */
function scale(id: string, name: readonly [string, string], description: readonly [string, string], items: readonly ItemText[]): SurveyScale {
  return {
    id,
    name: { en: name[0], ko: name[1] },
    description: { en: description[0], ko: description[1] },
    items: items.map(([reverse, en, ko], i) => ({ id: `${id}-${i + 1}`, number: 0, reverse, text: { en, ko } })),
  };
}

function numbered(scales: readonly SurveyScale[]): SurveyScale[] {
  let next = 1;
  return scales.map((s) => ({ ...s, items: s.items.map((item) => ({ ...item, number: next++ })) }));
}

export const JointCheckQuestionnaire: Questionnaire = QuestionnaireSchema.parse({
  id: 'jointcheck-ai-psychosocial',
  version: 1,
  name: { en: 'JointCheck questionnaire on AI and psychosocial load', ko: 'JointCheck AI 관련 심리사회적 부담 설문' },
  source: {
    en: 'Written for JointCheck from the psychosocial hazards of algorithmic management (pace, monitoring, control, opaque ratings, job insecurity, isolation, support). Not a validated instrument: use it to start a conversation, and compare like with like over time.',
    ko: '알고리즘 관리에서 생기는 심리사회적 위험(작업 속도, 감시, 통제, 불투명한 평가, 고용 불안, 고립, 지원)을 바탕으로 JointCheck가 직접 만든 설문입니다. 타당도가 검증된 도구는 아니므로, 대화를 시작하는 데 쓰고 같은 조건끼리 시간에 따라 비교하십시오.',
  },
  answerLabels: [
    { en: 'Strongly disagree', ko: '전혀 그렇지 않다' },
    { en: 'Disagree', ko: '그렇지 않다' },
    { en: 'Neither agree nor disagree', ko: '보통이다' },
    { en: 'Agree', ko: '그렇다' },
    { en: 'Strongly agree', ko: '매우 그렇다' },
  ],
  columns: 'item-ids',
  scales: numbered([
    scale('pace', ['Pace set by algorithms', '알고리즘이 정하는 작업 속도'],
      ['Whether a system sets the speed of work and leaves room to slow down and rest. **Higher is better**: people keep a say over their pace.',
        '시스템이 작업 속도를 정하는지, 속도를 늦추거나 쉴 여지가 있는지를 봅니다. **점수가 높을수록 좋습니다**: 작업 속도에 대한 결정권이 남아 있다는 뜻입니다.'],
      [
        [true, 'A system decides how fast I must work.', '내가 얼마나 빨리 일해야 하는지를 시스템이 정한다.'],
        [true, 'I have to rush to keep up with targets the system sets.', '시스템이 정한 목표를 맞추려면 서둘러야 한다.'],
        [false, 'I can slow down when I need to without being penalised.', '필요할 때는 불이익 없이 작업 속도를 늦출 수 있다.'],
        [false, 'I can take a break when I need one.', '필요할 때 쉴 수 있다.'],
      ]),
    scale('monitoring', ['Constant monitoring', '상시 감시'],
      ['How watched people feel, and whether they know what is collected and why. **Higher is better**: monitoring is known, limited and not felt as pressure.',
        '얼마나 감시받는다고 느끼는지, 무엇이 왜 수집되는지 아는지를 봅니다. **점수가 높을수록 좋습니다**: 감시의 범위가 알려져 있고 제한되며 압박으로 느껴지지 않는다는 뜻입니다.'],
      [
        [true, 'I feel watched by the system all through my working time.', '근무 시간 내내 시스템이 나를 지켜보고 있다고 느낀다.'],
        [false, 'I know what data about my work is collected.', '내 업무에 관해 어떤 데이터가 수집되는지 알고 있다.'],
        [true, 'I worry that a short pause will be recorded against me.', '잠깐만 멈춰도 나에게 불리하게 기록될까 걱정된다.'],
        [false, 'Monitoring data is used only for the purposes we were told about.', '모니터링 데이터는 우리에게 알려 준 목적으로만 쓰인다.'],
      ]),
    scale('autonomy', ['Autonomy', '자율성'],
      ['Room to decide how to do the work and to question the system. **Higher is better.**',
        '일하는 방식을 스스로 정하고 시스템에 이의를 제기할 여지가 있는지를 봅니다. **점수가 높을수록 좋습니다.**'],
      [
        [false, 'I have a say in how I do my work.', '내 일을 어떻게 할지에 대해 내 의견이 반영된다.'],
        [false, 'I can change the order of my tasks.', '작업 순서를 내가 바꿀 수 있다.'],
        [true, "The system's instructions leave me no room to use my own judgement.", '시스템의 지시 때문에 내 판단을 발휘할 여지가 없다.'],
        [false, "I can question or set aside the system's instruction when it is wrong.", '시스템의 지시가 틀렸을 때 이의를 제기하거나 따르지 않을 수 있다.'],
      ]),
    scale('rating-clarity', ['Clarity of ratings', '평가의 명확성'],
      ['Whether people understand how they are rated, can see the data behind it and can have errors corrected. **Higher is better.**',
        '자신이 어떻게 평가되는지 이해하고, 그 근거 데이터를 보고, 잘못을 바로잡을 수 있는지를 봅니다. **점수가 높을수록 좋습니다.**'],
      [
        [false, 'I understand how my work is rated or scored.', '내 업무가 어떻게 평가되거나 점수가 매겨지는지 이해한다.'],
        [false, 'I can see the data my rating is based on.', '내 평가의 근거가 되는 데이터를 볼 수 있다.'],
        [false, 'A person will correct a wrong rating when I ask.', '평가가 잘못되었을 때 요청하면 담당자가 바로잡아 준다.'],
        [true, 'My ratings change in ways I cannot explain.', '내 평가가 나로서는 설명할 수 없는 방식으로 바뀐다.'],
      ]),
    scale('replacement', ['Fear of replacement', '대체에 대한 불안'],
      ['Worry about being replaced or deskilled, and whether change is explained and prepared for. **Higher is better**: less fear.',
        '일자리를 잃거나 기술이 쓸모없어질까 하는 걱정과, 변화에 대한 설명과 준비가 있는지를 봅니다. **점수가 높을수록 좋습니다**: 불안이 적다는 뜻입니다.'],
      [
        [true, 'I worry that my job will be replaced by automation.', '내 일자리가 자동화로 대체될까 걱정된다.'],
        [true, 'I worry that my skills will no longer be needed.', '내 기술이 더는 필요 없어질까 걱정된다.'],
        [false, 'I have been told honestly how AI will change my job.', 'AI가 내 일을 어떻게 바꿀지 솔직하게 설명을 들었다.'],
        [false, 'I am offered training for the changes ahead.', '앞으로의 변화에 대비한 교육을 받을 기회가 있다.'],
      ]),
    scale('isolation', ['Isolation', '고립'],
      ['Contact with co-workers and whether problems are shared. **Higher is better**: less isolation.',
        '동료와의 접촉과 문제를 함께 나눌 수 있는지를 봅니다. **점수가 높을수록 좋습니다**: 고립이 덜하다는 뜻입니다.'],
      [
        [true, 'I have less contact with co-workers than before the system came in.', '시스템이 도입된 뒤로 동료들과 접촉이 줄었다.'],
        [false, 'I can talk to co-workers during my work when I need to.', '일하는 중에 필요하면 동료와 이야기할 수 있다.'],
        [true, 'I feel alone with the problems I meet at work.', '일하면서 생기는 문제를 혼자 감당한다고 느낀다.'],
      ]),
    scale('support', ['Support', '지원'],
      ['Help from supervisors, the employer and workers\' representatives when the system causes problems. **Higher is better.**',
        '시스템 때문에 문제가 생겼을 때 관리자, 회사, 근로자 대표로부터 도움을 받을 수 있는지를 봅니다. **점수가 높을수록 좋습니다.**'],
      [
        [false, 'When the system causes a problem, I know whom to ask.', '시스템 때문에 문제가 생기면 누구에게 물어야 하는지 안다.'],
        [false, "My supervisor helps when the system's demands are unreasonable.", '시스템의 요구가 무리할 때 관리자가 도와준다.'],
        [false, "Workers' representatives are consulted about changes to the system.", '시스템을 바꿀 때 근로자 대표와 협의한다.'],
        [false, 'I get help quickly when the system stops working.', '시스템이 멈추면 바로 도움을 받을 수 있다.'],
      ]),
  ]),
});
