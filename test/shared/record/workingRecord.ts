// Test-time only (Node). A realistic working record for the sample assessments: the sides disagreeing on some
// items, a dozen actions in every status (some overdue, one verified by the wrong side), two meetings (one with
// only the worker side), evidence of every kind, dates that set off both statutory clocks.
import { createHash } from 'node:crypto';
import type { Answer, Assessment } from '../../../shared/domain/assessment';
import type { Action, Actor, Evidence, Meeting, Positions, SidePosition } from '../../../shared/domain/record';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';
import type { Language } from '../../../shared/i18n/localized';
import type { Pack } from '../../../shared/packs/schema';
import { packItems } from '../../../shared/packs/schema';

/** The day the fixture's overdue flags and clocks are computed for: the sample assessment's date. */
export const RecordToday = '2026-11-20';

type Text = { readonly en: string; readonly ko: string };
const t = (en: string, ko: string): Text => ({ en, ko });

const people = {
  kim: t('Kim Min-ji', '김민지'),
  park: t('Park Jun-ho', '박준호'),
  choi: t('Choi Yu-na', '최유나'),
  jung: t('Jung Hae-in', '정해인'),
  it: t('IT manager, Choi Dong-hyun', 'IT 관리자, 최동현'),
  hr: t('HR team', '인사팀'),
  integrator: t('Acme Robotics integrator', 'Acme Robotics 시스템 통합 담당'),
  warehouse: t('Warehouse manager', '물류센터장'),
};

/** Where each of the 20 sample photos belongs: 16 items spread over every checklist, then 4 for the whole assessment. */
export function photoTargets(packs: readonly Pack[]): { readonly packId: string; readonly itemId: string | null }[] {
  const items = packs.flatMap((pack) => packItems(pack).map((item) => ({ packId: pack.id, itemId: item.id as string | null })));
  return Array.from({ length: 20 }, (_, i) => (i < 16 ? items[Math.floor((i * items.length) / 16)]! : { packId: packs[0]!.id, itemId: null }));
}

export const photoCaption = (i: number): string => `Evidence photo ${i + 1}: picking zone B, station ${i + 3}`;
export const photoEvidenceId = (i: number): string => `ev-photo-${String(i + 1).padStart(2, '0')}`;

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

type ActionSpec = {
  readonly item: readonly [string, string] | null;
  readonly description: Text;
  readonly control: Action['control'];
  readonly owner: Text;
  readonly ownerSide: Action['ownerSide'];
  readonly dueDate: string;
  readonly budget: string;
  readonly priority: Action['priority'];
  readonly status: Action['status'];
  readonly verification?: { readonly by: Text; readonly side: Actor['side']; readonly date: string; readonly note: Text };
  readonly carriedFrom?: string;
};

const actionSpecs: readonly ActionSpec[] = [
  {
    item: ['ai-introduction', 'intro-01'],
    description: t('Share the written high-risk classification of PickRate 3 with the committee', 'PickRate 3의 고위험 여부 판단 문서를 위원회에 제공'),
    control: 'organise',
    owner: people.park,
    ownerSide: 'employer',
    dueDate: '2026-10-15',
    budget: '',
    priority: 'high',
    status: 'planned',
  },
  {
    item: ['surveillance-algorithmic-management', 'sam-03'],
    description: t(
      'Remove the live "pick rate ranking" screen from the break room, and stop sending rankings to team leads',
      '휴게실의 실시간 “작업 속도 순위” 화면을 없애고, 조장에게 순위를 보내지 않도록 변경',
    ),
    control: 'engineer',
    owner: people.it,
    ownerSide: 'employer',
    dueDate: '2026-11-01',
    budget: 'KRW 2,000,000',
    priority: 'high',
    status: 'in-progress',
  },
  {
    item: ['collaborative-robots', 'cobot-01'],
    description: t('Lower the collaborative speed limit in zone 2 to 250 mm/s until the new risk assessment is done', '새 위험성평가를 마칠 때까지 2구역 협동 작업 속도 제한을 250 mm/s로 낮춤'),
    control: 'engineer',
    owner: people.park,
    ownerSide: 'employer',
    dueDate: '2026-09-30',
    budget: '',
    priority: 'high',
    status: 'verified',
    verification: { by: people.kim, side: 'worker', date: '2026-10-05', note: t('Checked the controller settings with the integrator.', '통합 담당자와 함께 제어기 설정을 확인했습니다.') },
  },
  {
    item: ['collaborative-robots', 'cobot-10'],
    description: t('Redo the risk assessment of the packing cell to ISO 10218-2', '포장 셀의 위험성평가를 ISO 10218-2에 따라 다시 실시'),
    control: 'eliminate',
    owner: people.integrator,
    ownerSide: 'employer',
    dueDate: '2027-01-31',
    budget: 'KRW 8,500,000',
    priority: 'high',
    status: 'planned',
  },
  {
    item: ['psychosocial-load', 'psy-01'],
    description: t(
      'Freeze pick-rate targets until the workload study is finished\nand discuss its results at the committee',
      '업무량 조사가 끝날 때까지 작업 속도 목표를 동결\n조사 결과를 위원회에서 논의',
    ),
    control: 'organise',
    owner: people.park,
    ownerSide: 'employer',
    dueDate: '2026-12-15',
    budget: '',
    priority: 'medium',
    status: 'in-progress',
  },
  {
    item: ['psychosocial-load', 'psy-06'],
    description: t('Run a workload and fatigue survey on all shifts', '전 근무조를 대상으로 업무량·피로도 설문 실시'),
    control: 'organise',
    owner: people.kim,
    ownerSide: 'worker',
    dueDate: '2026-12-01',
    budget: '',
    priority: 'medium',
    status: 'planned',
  },
  {
    item: ['ai-introduction', 'intro-12'],
    description: t('Train supervisors to override the system’s task allocation', '관리자에게 시스템의 작업 배정을 무효로 하는 방법 교육'),
    control: 'inform-train',
    owner: people.hr,
    ownerSide: 'employer',
    dueDate: '2026-11-10',
    budget: 'KRW 1,200,000',
    priority: 'medium',
    status: 'done',
  },
  {
    item: ['biased-data', 'bias-04'],
    description: t('Obtain the vendor’s data audit and bias test results', '공급업체의 데이터 감사 및 편향 시험 결과 확보'),
    control: 'organise',
    owner: people.park,
    ownerSide: 'employer',
    dueDate: '2026-12-20',
    budget: '',
    priority: 'medium',
    status: 'planned',
  },
  {
    item: ['collaborative-robots', 'cobot-08'],
    description: t('Provide cut-resistant gloves at the packing cell', '포장 셀에 베임 방지 장갑 지급'),
    control: 'protective-equipment',
    owner: people.warehouse,
    ownerSide: 'employer',
    dueDate: '2026-10-01',
    budget: 'KRW 300,000',
    priority: 'low',
    status: 'verified',
    // Verified by the owner's own side: the report must say so.
    verification: { by: people.park, side: 'employer', date: '2026-10-02', note: t('Gloves handed out on both shifts.', '두 근무조 모두에 지급했습니다.') },
  },
  {
    item: null,
    description: t('Agree the committee’s meeting schedule for 2027', '2027년 위원회 회의 일정 합의'),
    control: 'organise',
    owner: people.kim,
    ownerSide: 'worker',
    dueDate: '',
    budget: '',
    priority: 'low',
    status: 'planned',
  },
  {
    item: ['surveillance-algorithmic-management', 'sam-12'],
    description: t('Write a procedure so that no dismissal or discipline rests on system data alone', '시스템 데이터만으로 해고나 징계를 하지 않도록 절차를 문서화'),
    control: 'organise',
    owner: people.hr,
    ownerSide: 'employer',
    dueDate: '2026-11-30',
    budget: '',
    priority: 'high',
    status: 'planned',
    carriedFrom: 'b7d1e2f0-earlier-visit-action-7',
  },
  {
    item: ['psychosocial-load', 'psy-15'],
    description: t('Add a rest-break reminder to the handheld scanners', '휴대용 스캐너에 휴식 알림 기능 추가'),
    control: 'engineer',
    owner: people.it,
    ownerSide: 'employer',
    dueDate: '2026-11-19',
    budget: '',
    priority: 'medium',
    status: 'in-progress',
  },
];

type PositionSpec = {
  readonly item: readonly [string, string];
  readonly worker: { readonly text: Text; readonly risk: readonly [number, number] | null } | null;
  readonly employer: { readonly text: Text; readonly risk: readonly [number, number] | null } | null;
  readonly outcome: Text | null;
};

const positionSpecs: readonly PositionSpec[] = [
  {
    item: ['ai-introduction', 'intro-01'],
    worker: {
      text: t('PickRate allocates tasks and rates performance: that is a high-risk use, and the classification was never shared with us.', 'PickRate는 작업을 배정하고 성과를 평가하므로 고위험 용도에 해당합니다. 그런데 그 판단 결과를 한 번도 공유받지 못했습니다.'),
      risk: [4, 4],
    },
    employer: { text: t('The vendor’s assessment says it is not high-risk; we will share it.', '공급업체 평가로는 고위험이 아닙니다. 해당 평가를 공유하겠습니다.'), risk: [2, 3] },
    outcome: null,
  },
  {
    item: ['surveillance-algorithmic-management', 'sam-03'],
    worker: { text: t('Workers see a live ranking against each other on the break-room screen.', '휴게실 화면에 근로자 간 실시간 순위가 표시됩니다.'), risk: [5, 5] },
    employer: { text: t('Only supervisors are meant to see the ranking.', '순위는 관리자만 보도록 되어 있습니다.'), risk: [3, 4] },
    outcome: null,
  },
  {
    item: ['collaborative-robots', 'cobot-01'],
    worker: { text: t('The robot has touched two workers at full speed this year.', '올해 로봇이 최고 속도에서 근로자 두 명과 접촉했습니다.'), risk: [4, 5] },
    employer: { text: t('Both contacts were below the force limit.', '두 번 모두 힘 제한값 이하였습니다.'), risk: [3, 5] },
    outcome: t('Both sides rate it high; the speed limit in zone 2 is lowered until the new risk assessment.', '양측 모두 높음으로 평가했으며, 새 위험성평가 전까지 2구역 속도 제한을 낮추기로 했습니다.'),
  },
  {
    item: ['psychosocial-load', 'psy-01'],
    worker: { text: t('Pick-rate targets rose 15% since go-live; three workers went to the clinic with exhaustion.', '가동 이후 작업 속도 목표가 15% 올랐고, 근로자 세 명이 탈진으로 진료를 받았습니다.'), risk: [5, 4] },
    employer: null,
    outcome: null,
  },
  {
    item: ['biased-data', 'bias-04'],
    worker: { text: t('We do not know what data the system was trained on.', '시스템이 어떤 데이터로 학습했는지 알지 못합니다.'), risk: null },
    employer: { text: t('We have asked the vendor.', '공급업체에 요청했습니다.'), risk: null },
    outcome: t('Agreed to ask the vendor for its data audit by December.', '12월까지 공급업체에 데이터 감사 결과를 요청하기로 합의했습니다.'),
  },
];

/** Answers carried over from the earlier visit and not looked at again. */
const recheckItems = ['intro-03', 'sam-08', 'psy-11'];

/** The sample bundle with its working record, in the bundle's language. */
export function withWorkingRecord<B extends AssessmentBundle>(bundle: B, packs: readonly Pack[], lang: Language): B {
  const assessmentId = bundle.assessment.id;
  const stamp = (day: number): string => new Date(Date.UTC(2026, 9, 1 + day, 1, 0, 0)).toISOString();
  const [kim, park] = [people.kim[lang], people.park[lang]];
  const actor = (name: Text, side: Actor['side']): Actor => ({ name: name[lang], side });

  const assessment: Assessment = {
    ...bundle.assessment,
    systems: bundle.assessment.systems.map((s, i) => ({ ...s, informedDate: i === 0 ? '2026-04-15' : '' })),
    recommendations: { sentDate: '2026-10-20', responseDays: 21, answeredDate: '' },
  };
  const answers: Answer[] = bundle.answers.map((a) => ({ ...a, recheck: recheckItems.includes(a.itemId) }));

  const side = (spec: PositionSpec['worker'], by: string): SidePosition | null =>
    spec && { text: spec.text[lang], risk: spec.risk && { methodId: 'matrix-5x5', values: { likelihood: spec.risk[0], severity: spec.risk[1] } }, recordedBy: by, updatedAt: stamp(40) };
  const positions: Positions[] = positionSpecs.map((p) => ({
    assessmentId,
    packId: p.item[0],
    itemId: p.item[1],
    worker: side(p.worker, kim),
    employer: side(p.employer, park),
    status: p.outcome ? 'settled' : 'open',
    outcome: p.outcome?.[lang] ?? '',
    updatedAt: stamp(45),
  }));

  const actions: Action[] = actionSpecs.map((a, i) => ({
    id: `act-${String(i + 1).padStart(2, '0')}`,
    assessmentId,
    item: a.item && { packId: a.item[0], itemId: a.item[1] },
    description: a.description[lang],
    control: a.control,
    owner: a.owner[lang],
    ownerSide: a.ownerSide,
    dueDate: a.dueDate,
    budget: a.budget,
    priority: a.priority,
    status: a.status,
    verification: a.verification ? { by: actor(a.verification.by, a.verification.side), date: a.verification.date, note: a.verification.note[lang] } : null,
    carriedFrom: a.carriedFrom ?? null,
    createdAt: stamp(i),
    updatedAt: stamp(i + 20),
  }));

  const meetings: Meeting[] = [
    {
      id: 'meet-1',
      assessmentId,
      date: '2026-11-20',
      attendeeIds: ['p-1', 'p-2', 'p-3'],
      guests: [actor(people.choi, 'worker')],
      packsCovered: packs.map((p) => p.id),
      notes: t('Walked through every checklist on site; positions recorded where the sides disagree.', '현장에서 모든 체크리스트를 함께 점검하고, 의견이 다른 항목은 양측 입장을 기록했습니다.')[lang],
      createdAt: stamp(50),
    },
    {
      id: 'meet-2',
      assessmentId,
      date: '2026-10-02',
      attendeeIds: ['p-1'],
      guests: [actor(people.jung, 'worker')],
      packsCovered: ['ai-introduction', 'psychosocial-load'],
      notes: t('Worker-side preparation. The employer side was invited but did not attend.', '근로자 측 사전 회의. 사용자 측에도 참석을 요청했으나 참석하지 않았습니다.')[lang],
      createdAt: stamp(1),
    },
  ];

  const photos: Evidence[] = photoTargets(packs).map((target, i) => ({
    id: photoEvidenceId(i),
    assessmentId,
    item: target.itemId === null ? null : { packId: target.packId, itemId: target.itemId },
    kind: 'photo',
    caption: photoCaption(i),
    file: { fileName: `IMG_${2040 + i}.jpg`, mediaType: 'image/jpeg', size: 180_000 + i * 7919, sha256: sha(`downscaled ${i}`) },
    original: null,
    capturedSha256: sha(`captured ${i}`),
    addedBy: actor(i % 2 === 0 ? people.kim : people.park, i % 2 === 0 ? 'worker' : 'employer'),
    addedAt: `2026-11-20T0${1 + Math.floor(i / 10)}:${String(10 + (i % 10) * 3).padStart(2, '0')}:00.000Z`,
    takenAt: `2026:11:20 10:${String(10 + i).padStart(2, '0')}:02`,
    keptLocation: false,
    width: 1600,
    height: 1200,
  }));
  const file = (id: string, kind: Evidence['kind'], caption: Text, fileName: string, size: number, item: readonly [string, string] | null, by: Actor, addedAt: string): Evidence => ({
    id,
    assessmentId,
    item: item && { packId: item[0], itemId: item[1] },
    kind,
    caption: caption[lang],
    file: { fileName, mediaType: kind === 'document' ? 'application/pdf' : 'text/csv', size, sha256: sha(fileName) },
    original: null,
    capturedSha256: sha(fileName),
    addedBy: by,
    addedAt,
    takenAt: null,
    keptLocation: false,
    width: null,
    height: null,
  });
  const documents: Evidence[] = [
    file('ev-doc-1', 'document', t('Vendor’s conformity declaration for PickRate 3', 'PickRate 3 공급업체 적합성 선언서'), 'PickRate3-declaration.pdf', 2_345_678, ['ai-introduction', 'intro-01'], actor(people.park, 'employer'), '2026-10-03T02:00:00.000Z'),
    file('ev-doc-2', 'document', t('Minutes of the labour-management council, October 2026', '2026년 10월 노사협의회 회의록'), '노사협의회-회의록-2026-10.pdf', 412_000, null, actor(people.kim, 'worker'), '2026-10-28T05:30:00.000Z'),
    file('ev-doc-3', 'document', t('Pick-rate targets by month since go-live', '가동 이후 월별 작업 속도 목표'), 'targets.xlsx', 38_912, ['psychosocial-load', 'psy-01'], actor(people.kim, 'worker'), '2026-11-02T03:00:00.000Z'),
    file('ev-inst-1', 'instrument', t('Noise dosimeter, packing line 2: 82 dB(A) LAeq,8h', '소음 노출량계, 포장 2라인: 82 dB(A) LAeq,8h'), 'dosimeter-line2.csv', 512, null, actor(people.choi, 'worker'), '2026-11-20T04:00:00.000Z'),
    file('ev-inst-2', 'instrument', t('Force gauge at the cobot gripper: 140 N peak', '협동로봇 그리퍼 힘 측정기: 최대 140 N'), 'force-gauge.csv', 1_024, ['collaborative-robots', 'cobot-01'], actor(people.park, 'employer'), '2026-11-20T04:20:00.000Z'),
  ];

  return { ...bundle, assessment, answers, positions, actions, meetings, evidence: [...documents, ...photos] };
}
