// Runs everywhere (pure). The 29 body areas commonly used for power-and-force-limiting limits (the ISO/TS 15066 body model): names only, no values.
import type { Localized } from '../../i18n/localized';

export const ContactTypes = ['transient', 'quasi-static'] as const;
export type ContactType = (typeof ContactTypes)[number];

export const ContactTypeNames: Readonly<Record<ContactType, Localized>> = {
  transient: { en: 'Transient contact (impact; the body part can move away)', ko: '순간 접촉(충돌, 신체 부위가 피할 수 있음)' },
  'quasi-static': { en: 'Quasi-static contact (clamping or pinching)', ko: '준정적 접촉(끼임, 협착)' },
};

export type BodyRegion = { readonly id: string; readonly number: number; readonly group: Localized; readonly name: Localized };

const g = {
  skull: { en: 'Skull and forehead', ko: '머리뼈와 이마' },
  face: { en: 'Face', ko: '얼굴' },
  neck: { en: 'Neck', ko: '목' },
  back: { en: 'Back and shoulders', ko: '등과 어깨' },
  chest: { en: 'Chest', ko: '가슴' },
  abdomen: { en: 'Abdomen', ko: '배' },
  pelvis: { en: 'Pelvis', ko: '골반' },
  upperArm: { en: 'Upper arms and elbows', ko: '위팔과 팔꿈치' },
  lowerArm: { en: 'Lower arms and wrists', ko: '아래팔과 손목' },
  hand: { en: 'Hands and fingers', ko: '손과 손가락' },
  thigh: { en: 'Thighs and knees', ko: '넓적다리와 무릎' },
  lowerLeg: { en: 'Lower legs', ko: '종아리와 정강이' },
} as const satisfies Record<string, Localized>;

const both = (id: string, group: Localized, en: string, ko: string): [string, Localized, string, string][] => [
  [`${id}-dominant`, group, `${en}, dominant hand`, `${ko}(주로 쓰는 손)`],
  [`${id}-non-dominant`, group, `${en}, non-dominant hand`, `${ko}(반대쪽 손)`],
];

const rows: [string, Localized, string, string][] = [
  ['forehead-middle', g.skull, 'Middle of forehead', '이마 가운데'],
  ['temple', g.skull, 'Temple', '관자놀이'],
  ['masticatory-muscle', g.face, 'Masticatory muscle', '턱 근육(저작근)'],
  ['neck-muscle', g.neck, 'Neck muscle', '목 근육'],
  ['seventh-neck-muscle', g.neck, 'Seventh neck muscle', '제7목뼈 부위 근육'],
  ['shoulder-joint', g.back, 'Shoulder joint', '어깨 관절'],
  ['fifth-lumbar-vertebra', g.back, 'Fifth lumbar vertebra', '제5허리뼈'],
  ['sternum', g.chest, 'Sternum', '복장뼈(흉골)'],
  ['pectoral-muscle', g.chest, 'Pectoral muscle', '가슴 근육'],
  ['abdominal-muscle', g.abdomen, 'Abdominal muscle', '배 근육'],
  ['pelvic-bone', g.pelvis, 'Pelvic bone', '골반뼈'],
  ['deltoid-muscle', g.upperArm, 'Deltoid muscle', '어깨세모근(삼각근)'],
  ['humerus', g.upperArm, 'Humerus', '위팔뼈'],
  ['radial-bone', g.lowerArm, 'Radial bone', '노뼈(요골)'],
  ['forearm-muscle', g.lowerArm, 'Forearm muscle', '아래팔 근육'],
  ['arm-nerve', g.lowerArm, 'Arm nerve', '팔 신경'],
  ...both('forefinger-pad', g.hand, 'Forefinger pad', '검지 끝 안쪽'),
  ...both('forefinger-end-joint', g.hand, 'Forefinger end joint', '검지 끝마디 관절'),
  ['thenar-eminence', g.hand, 'Thenar eminence', '엄지두덩'],
  ...both('palm', g.hand, 'Palm', '손바닥'),
  ...both('back-of-hand', g.hand, 'Back of the hand', '손등'),
  ['thigh-muscle', g.thigh, 'Thigh muscle', '넓적다리 근육'],
  ['kneecap', g.thigh, 'Kneecap', '무릎뼈'],
  ['middle-of-shin', g.lowerLeg, 'Middle of shin', '정강이 가운데'],
  ['calf-muscle', g.lowerLeg, 'Calf muscle', '종아리 근육'],
];

export const BodyRegions: readonly BodyRegion[] = rows.map(([id, group, en, ko], i) => ({ id, number: i + 1, group, name: { en, ko } }));

export function findBodyRegion(id: string): BodyRegion | null {
  return BodyRegions.find((r) => r.id === id) ?? null;
}
