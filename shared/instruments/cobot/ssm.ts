// Runs everywhere (pure). The protective separation distance for speed and separation monitoring, term by term.
/*
 * S_p = S_h + S_r + S_s + C + Z_d + Z_r (ISO/TS 15066:2016, speed and separation monitoring, carried into
 * ISO 10218-2:2025; explained term by term in Marvel and Norcross, "Implementing speed and separation monitoring
 * in collaborative robot workcells", Robotics and Computer-Integrated Manufacturing 44 (2017) 144-155,
 * doi:10.1016/j.rcim.2016.08.001). The standard integrates speeds over time; with constant worst-case speeds
 * it reduces to S_p = v_h (T_r + T_s) + v_r T_r + S_s + C + Z_d + Z_r, which is what is computed here. Use the
 * highest speeds the application allows and the measured stopping performance of the robot.
 *
 * Human approach speed: ISO 13855 (2010) assumes 1600 mm/s (walking; separations over 500 mm) and 2000 mm/s
 * (reaching; 500 mm or less). Those two values are offered as presets, named in the result; any speed can be given.
 */
import type { Localized } from '../../i18n/localized';
import { type CobotSsmResult, CobotResultVersion, type SsmTerm } from './result';

export const Iso13855ApproachSpeedsMmS = { 'iso13855-walking': 1600, 'iso13855-reaching': 2000 } as const;
export type HumanSpeedPreset = keyof typeof Iso13855ApproachSpeedsMmS;

export type SsmInput = {
  /** mm/s, or an ISO 13855 preset. */
  readonly humanSpeedMmS: number | HumanSpeedPreset;
  /** The robot's highest speed towards the person, mm/s. */
  readonly robotSpeedMmS: number;
  /** T_r: time from the person's position being detected until the robot starts to stop (sensing, processing, reaction), s. */
  readonly reactionTimeS: number;
  /** T_s: time the robot takes to stop once it starts stopping, s. */
  readonly stoppingTimeS: number;
  /** S_s: distance the robot travels while stopping, mm (from the maker's data or a measurement). */
  readonly stoppingDistanceMm: number;
  /** C: how far a body part can reach into the sensing zone before it is detected, mm. */
  readonly intrusionDistanceMm: number;
  /** Z_d: uncertainty of the person's measured position (sensor tolerance), mm. */
  readonly humanPositionUncertaintyMm: number;
  /** Z_r: uncertainty of the robot's position (position measurement tolerance), mm. */
  readonly robotPositionUncertaintyMm: number;
  /** The separation the application actually keeps, mm, to compare with S_p. */
  readonly actualSeparationMm?: number | null;
};

export type SsmOutcome = { readonly ok: true; readonly result: CobotSsmResult } | { readonly ok: false; readonly errors: readonly string[] };

const Explanations: Record<SsmTerm['symbol'], Localized> = {
  S_h: { en: 'Distance the person can cover while the system reacts and the robot stops.', ko: '시스템이 반응하고 로봇이 멈추는 동안 사람이 움직일 수 있는 거리.' },
  S_r: { en: 'Distance the robot travels before it starts to stop.', ko: '로봇이 멈추기 시작하기 전까지 이동하는 거리.' },
  S_s: { en: 'Distance the robot travels while stopping.', ko: '로봇이 정지하는 동안 이동하는 거리.' },
  C: { en: 'Intrusion distance: how far a body part can reach in before it is detected.', ko: '침입 거리: 감지되기 전까지 신체 부위가 들어올 수 있는 거리.' },
  Z_d: { en: "Uncertainty of the person's position as the sensors measure it.", ko: '센서가 측정한 사람 위치의 불확도.' },
  Z_r: { en: "Uncertainty of the robot's position.", ko: '로봇 위치의 불확도.' },
};

const Source: Localized = {
  en: 'S_p = S_h + S_r + S_s + C + Z_d + Z_r (ISO/TS 15066:2016, now in ISO 10218-2:2025; Marvel and Norcross 2017), with constant worst-case speeds. Human approach speeds of 1600 mm/s (walking, separations over 500 mm) and 2000 mm/s (reaching, 500 mm or less) are those of ISO 13855.',
  ko: 'S_p = S_h + S_r + S_s + C + Z_d + Z_r (ISO/TS 15066:2016, 현재 ISO 10218-2:2025에 포함; Marvel·Norcross 2017). 속도는 최악 조건의 일정한 값으로 가정합니다. 사람 접근 속도 1600 mm/s(보행, 이격 거리 500 mm 초과)와 2000 mm/s(팔 뻗기, 500 mm 이하)는 ISO 13855의 값입니다.',
};

/** Computes S_p and each of its terms; every input must be a number of zero or more (the human speed above zero). */
export function protectiveSeparationDistance(input: SsmInput): SsmOutcome {
  const preset = typeof input.humanSpeedMmS === 'string' ? input.humanSpeedMmS : null;
  const humanSpeed = preset === null ? input.humanSpeedMmS : (Iso13855ApproachSpeedsMmS[preset as HumanSpeedPreset] as number | undefined);
  const errors: string[] = [];
  if (humanSpeed === undefined) errors.push(`Human speed "${String(preset)}" is not a preset; use a number in mm/s, "iso13855-walking" or "iso13855-reaching".`);
  else if (!(Number.isFinite(humanSpeed) && (humanSpeed as number) > 0)) errors.push('The human approach speed must be a number above zero (mm/s).');
  const fields = {
    robotSpeedMmS: 'robot speed (mm/s)',
    reactionTimeS: 'reaction time T_r (s)',
    stoppingTimeS: 'stopping time T_s (s)',
    stoppingDistanceMm: 'stopping distance S_s (mm)',
    intrusionDistanceMm: 'intrusion distance C (mm)',
    humanPositionUncertaintyMm: 'position uncertainty of the person Z_d (mm)',
    robotPositionUncertaintyMm: 'position uncertainty of the robot Z_r (mm)',
  } as const;
  for (const [key, name] of Object.entries(fields) as [keyof typeof fields, string][]) {
    const value = input[key];
    if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) errors.push(`The ${name} must be a number of zero or more.`);
  }
  const actual = input.actualSeparationMm ?? null;
  if (actual !== null && !(Number.isFinite(actual) && actual >= 0)) errors.push('The actual separation must be a number of zero or more (mm).');
  if (errors.length > 0) return { ok: false, errors };

  const vh = humanSpeed as number;
  const term = (symbol: SsmTerm['symbol'], valueMm: number, formula: string): SsmTerm => ({ symbol, valueMm, formula, explanation: Explanations[symbol] });
  const terms = [
    term('S_h', vh * (input.reactionTimeS + input.stoppingTimeS), 'v_h × (T_r + T_s)'),
    term('S_r', input.robotSpeedMmS * input.reactionTimeS, 'v_r × T_r'),
    term('S_s', input.stoppingDistanceMm, 'measured stopping distance'),
    term('C', input.intrusionDistanceMm, 'intrusion distance'),
    term('Z_d', input.humanPositionUncertaintyMm, 'sensor uncertainty'),
    term('Z_r', input.robotPositionUncertaintyMm, 'robot position uncertainty'),
  ];
  const total = terms.reduce((sum, t) => sum + t.valueMm, 0);
  return {
    ok: true,
    result: {
      instrument: 'cobot-ssm',
      version: CobotResultVersion,
      inputs: {
        humanSpeedMmS: vh,
        humanSpeedSource: preset ?? 'given',
        robotSpeedMmS: input.robotSpeedMmS,
        reactionTimeS: input.reactionTimeS,
        stoppingTimeS: input.stoppingTimeS,
        stoppingDistanceMm: input.stoppingDistanceMm,
        intrusionDistanceMm: input.intrusionDistanceMm,
        humanPositionUncertaintyMm: input.humanPositionUncertaintyMm,
        robotPositionUncertaintyMm: input.robotPositionUncertaintyMm,
        actualSeparationMm: actual,
      },
      terms,
      protectiveSeparationMm: total,
      verdict: actual === null ? null : actual >= total ? 'sufficient' : 'insufficient',
      source: Source,
    },
  };
}
