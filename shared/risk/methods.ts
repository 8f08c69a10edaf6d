// Runs everywhere (pure). Risk-rating methods as data: factors with levels, multiplied, banded.
import { z } from 'zod';
import { LocalizedSchema } from '../i18n/localized';

/** Levels are shared by every method so counts and heat maps compare across methods. */
export const RiskLevels = ['low', 'medium', 'high', 'very-high'] as const;
export type RiskLevel = (typeof RiskLevels)[number];

export const RiskMethodSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalizedSchema,
  description: LocalizedSchema,
  factors: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        name: LocalizedSchema,
        levels: z.array(z.strictObject({ value: z.number().positive(), label: LocalizedSchema })).min(2).max(10),
      }),
    )
    .min(2)
    .max(3),
  /** Ascending: the first band whose `max` is at least the product gives the level; the last has no max. */
  bands: z.array(z.strictObject({ max: z.number().nullable(), level: z.enum(RiskLevels) })).min(2),
});
export type RiskMethod = z.infer<typeof RiskMethodSchema>;

const l = (en: string, ko: string): { en: string; ko: string } => ({ en, ko });

/** The default: the 5x5 likelihood x severity matrix committees know best. */
export const Matrix5x5 = {
  id: 'matrix-5x5',
  name: l('5 × 5 likelihood × severity matrix', '5 × 5 가능성 × 중대성 매트릭스'),
  description: l(
    'Likelihood (1 rare to 5 almost certain) times severity (1 negligible to 5 fatal or irreversible). 1–4 low, 5–9 medium, 10–16 high, 20–25 very high.',
    '가능성(1 드묾 ~ 5 거의 확실)에 중대성(1 경미 ~ 5 사망·회복 불가)을 곱합니다. 1–4 낮음, 5–9 보통, 10–16 높음, 20–25 매우 높음.',
  ),
  factors: [
    {
      id: 'likelihood',
      name: l('Likelihood', '가능성'),
      levels: [
        { value: 1, label: l('Rare', '드묾') },
        { value: 2, label: l('Unlikely', '낮음') },
        { value: 3, label: l('Possible', '있음') },
        { value: 4, label: l('Likely', '높음') },
        { value: 5, label: l('Almost certain', '거의 확실') },
      ],
    },
    {
      id: 'severity',
      name: l('Severity', '중대성'),
      levels: [
        { value: 1, label: l('Negligible', '경미') },
        { value: 2, label: l('Minor', '가벼움') },
        { value: 3, label: l('Moderate', '중간') },
        { value: 4, label: l('Major', '심각') },
        { value: 5, label: l('Fatal or irreversible', '사망·회복 불가') },
      ],
    },
  ],
  bands: [
    { max: 4, level: 'low' },
    { max: 9, level: 'medium' },
    { max: 16, level: 'high' },
    { max: null, level: 'very-high' },
  ],
} as const satisfies RiskMethod;

/** OiRA's "Kinney" variant: probability x frequency x severity; <=15 low, 16-50 medium, >50 high. */
export const OiraKinney = {
  id: 'oira-kinney',
  name: l('OiRA Kinney method', 'OiRA 키니(Kinney) 방식'),
  description: l(
    'Probability (1, 3, 5) times frequency of exposure (1, 4, 7) times severity (1, 5, 10). Up to 15 low, 16–50 medium, above 50 high.',
    '발생 확률(1, 3, 5) × 노출 빈도(1, 4, 7) × 중대성(1, 5, 10). 15 이하 낮음, 16–50 보통, 50 초과 높음.',
  ),
  factors: [
    {
      id: 'probability',
      name: l('Probability', '발생 확률'),
      levels: [
        { value: 1, label: l('Very low', '매우 낮음') },
        { value: 3, label: l('Medium', '보통') },
        { value: 5, label: l('High', '높음') },
      ],
    },
    {
      id: 'frequency',
      name: l('Frequency of exposure', '노출 빈도'),
      levels: [
        { value: 1, label: l('Rarely', '드물게') },
        { value: 4, label: l('Often', '자주') },
        { value: 7, label: l('Constantly', '항상') },
      ],
    },
    {
      id: 'severity',
      name: l('Severity', '중대성'),
      levels: [
        { value: 1, label: l('Minor', '경미') },
        { value: 5, label: l('Serious', '심각') },
        { value: 10, label: l('Very serious', '매우 심각') },
      ],
    },
  ],
  bands: [
    { max: 15, level: 'low' },
    { max: 50, level: 'medium' },
    { max: null, level: 'high' },
  ],
} as const satisfies RiskMethod;

/** OiRA's "French" variant: frequency x severity; <10 low, 10-45 medium, >45 high. */
export const OiraFrench = {
  id: 'oira-french',
  name: l('OiRA frequency × severity method', 'OiRA 빈도 × 중대성 방식'),
  description: l(
    'Frequency (1, 3, 7, 9) times severity (1, 5, 7, 10). Below 10 low, 10–45 medium, above 45 high.',
    '빈도(1, 3, 7, 9) × 중대성(1, 5, 7, 10). 10 미만 낮음, 10–45 보통, 45 초과 높음.',
  ),
  factors: [
    {
      id: 'frequency',
      name: l('Frequency', '빈도'),
      levels: [
        { value: 1, label: l('Rare', '드묾') },
        { value: 3, label: l('Occasional', '가끔') },
        { value: 7, label: l('Frequent', '잦음') },
        { value: 9, label: l('Permanent', '상시') },
      ],
    },
    {
      id: 'severity',
      name: l('Severity', '중대성'),
      levels: [
        { value: 1, label: l('Minor', '경미') },
        { value: 5, label: l('Significant', '상당함') },
        { value: 7, label: l('Serious', '심각') },
        { value: 10, label: l('Very serious', '매우 심각') },
      ],
    },
  ],
  // "< 10 low" over integer products means a maximum of 9 for low.
  bands: [
    { max: 9, level: 'low' },
    { max: 45, level: 'medium' },
    { max: null, level: 'high' },
  ],
} as const satisfies RiskMethod;

export const RiskMethods: readonly RiskMethod[] = [Matrix5x5, OiraKinney, OiraFrench];
export const DefaultRiskMethodId = Matrix5x5.id;

export function riskMethod(id: string): RiskMethod {
  return RiskMethods.find((m) => m.id === id) ?? Matrix5x5;
}
