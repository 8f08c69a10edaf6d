// Runs everywhere (pure). The four ways a robot application can be collaborative (ISO 10218-2:2025, which absorbed ISO/TS 15066), in our words.
import type { Localized } from '../../i18n/localized';

export const CollaborativeModeIds = ['safety-rated-monitored-stop', 'hand-guiding', 'speed-and-separation-monitoring', 'power-and-force-limiting'] as const;
export type CollaborativeModeId = (typeof CollaborativeModeIds)[number];

export type CollaborativeMode = { readonly id: CollaborativeModeId; readonly name: Localized; readonly description: Localized };

export const CollaborativeModes: readonly CollaborativeMode[] = [
  {
    id: 'safety-rated-monitored-stop',
    name: { en: 'Safety-rated monitored stop', ko: '안전 등급 감시 정지' },
    description: {
      en: 'The robot stops, and a safety-rated function keeps it stopped, while a person is in the shared space; it resumes only when the person has left.',
      ko: '사람이 공동 작업 공간에 있는 동안 로봇이 멈추고, 안전 등급 기능이 정지 상태를 감시합니다. 사람이 나간 뒤에만 다시 움직입니다.',
    },
  },
  {
    id: 'hand-guiding',
    name: { en: 'Hand guiding', ko: '핸드 가이딩(손 안내)' },
    description: {
      en: 'A person moves the robot by hand through a guiding device with an enabling switch and emergency stop; the robot moves only under that direct control.',
      ko: '사람이 인에이블 스위치와 비상 정지 장치가 달린 안내 장치로 로봇을 손으로 직접 움직입니다. 로봇은 그 직접 조작에 따라서만 움직입니다.',
    },
  },
  {
    id: 'speed-and-separation-monitoring',
    name: { en: 'Speed and separation monitoring', ko: '속도 및 이격 거리 감시' },
    description: {
      en: 'Sensors track people near the robot; the robot slows and stops so that it never comes closer to a person than the protective separation distance.',
      ko: '센서가 로봇 주변의 사람을 추적하고, 로봇은 사람과의 거리가 보호 이격 거리보다 가까워지지 않도록 감속하고 정지합니다.',
    },
  },
  {
    id: 'power-and-force-limiting',
    name: { en: 'Power and force limiting', ko: '동력 및 힘 제한' },
    description: {
      en: 'Contact between robot and person may happen, but the robot limits its power and force so that transient and quasi-static contact stays below the limits for each body region.',
      ko: '로봇과 사람의 접촉이 일어날 수 있지만, 로봇이 동력과 힘을 제한하여 순간 접촉과 준정적 접촉이 신체 부위별 한계값 아래에 머물게 합니다.',
    },
  },
];
