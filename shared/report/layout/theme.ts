// Runs everywhere (pure). The report's type sizes and colours, in one place so pages stay consistent.
import type { RiskLevel } from '../../risk/methods';
import type { Rgb } from '../pdf/contentStream';

const hex = (value: string): Rgb => [parseInt(value.slice(1, 3), 16) / 255, parseInt(value.slice(3, 5), 16) / 255, parseInt(value.slice(5, 7), 16) / 255];

/** The app's palette (renderer/src/styles/app.css), so the report looks like the screens it comes from. */
export const Colours = {
  ink: hex('#1a1d21'),
  muted: hex('#4f5660'),
  line: hex('#c9ced6'),
  faint: hex('#eef0f3'),
  brand: hex('#0b5394'),
  white: [1, 1, 1] as Rgb,
  tableHead: hex('#e4e9f0'),
  zebra: hex('#f6f8fa'),
  warning: hex('#b3261e'),
} as const;

/** Level fills are light, with dark text on them; the level is always written too (colour is never the only cue). */
export const LevelFill: Readonly<Record<RiskLevel, Rgb>> = {
  low: hex('#d6f0d8'),
  medium: hex('#fff1b8'),
  high: hex('#ffc9a3'),
  'very-high': hex('#f4a3a3'),
};
export const NotRatedFill = hex('#eef0f3');
/** Behind an overdue date or a warning; the words "overdue" or "warning" are always written on it too. */
export const WarningFill = hex('#fbd5cf');

/** The summary chart's parts, as in the app's DomainChart; `ink` is the colour of a count drawn on the part. */
export const PartColours = {
  ok: { fill: hex('#2e7d32'), ink: [1, 1, 1] as Rgb },
  concern: { fill: hex('#c62828'), ink: [1, 1, 1] as Rgb },
  unknown: { fill: hex('#f9a825'), ink: hex('#1a1d21') },
  open: { fill: hex('#d5dae1'), ink: hex('#1a1d21') },
} as const;

export type FaceName = 'regular' | 'bold';
export type TextStyle = { readonly face: FaceName; readonly size: number; readonly colour: Rgb; readonly leading: number };

const style = (face: FaceName, size: number, colour: Rgb = Colours.ink, leading = 1.4): TextStyle => ({ face, size, colour, leading });

export const Styles = {
  coverKicker: style('bold', 10, Colours.brand),
  coverTitle: style('bold', 22, Colours.ink, 1.25),
  coverSubtitle: style('regular', 13, Colours.muted, 1.3),
  h1: style('bold', 16, Colours.brand, 1.3),
  h2: style('bold', 12.5, Colours.ink, 1.3),
  h3: style('bold', 10.5, Colours.ink, 1.3),
  body: style('regular', 9.5),
  bodyBold: style('bold', 9.5),
  muted: style('regular', 8.5, Colours.muted),
  small: style('regular', 7.5, Colours.muted),
  smallBold: style('bold', 7.5, Colours.ink),
  table: style('regular', 8.5, Colours.ink, 1.35),
  tableBold: style('bold', 8.5, Colours.ink, 1.35),
  tableHead: style('bold', 8, Colours.ink, 1.3),
  mono: style('regular', 8, Colours.ink),
  /** Hashes in tables: small enough for half a SHA-256 (32 hex digits) on one line of a narrow column. */
  hash: style('regular', 7, Colours.ink, 1.35),
  chip: style('bold', 7.5, Colours.ink, 1.2),
  header: style('regular', 7, Colours.muted, 1.2),
} as const;
