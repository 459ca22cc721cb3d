// Names and colours of the tariff programs, shared by every chart and table (colour-blind-safe palette).
import { translated } from '../i18n/labels';
import { PROGRAM_ROWS } from '../model/programs';
import { COUNTRIES, PROGRAMS, type Program } from '../model/types';

/** Program names in the active language (read when used, so a language switch needs no reload of this module). */
export const PROGRAM_LABELS = translated(PROGRAMS, (p) => `program.${p}`);

/** Each program's colour, from its row of the program table (Paul Tol's colour-blind-safe schemes). */
export const PROGRAM_COLORS = Object.fromEntries(PROGRAMS.map((p) => [p, PROGRAM_ROWS[p].color])) as Record<
  Program,
  string
>;

export const COUNTRY_COLORS = { CA: '#c8102e', MX: '#006847' } as const;
export const COUNTRY_NAMES = translated(COUNTRIES, (c) => `country.${c}`);

/** Bars of the estimated change in exports (a neutral grey with 4.5:1 contrast on white). */
export const EXPORT_CHANGE_COLOR = '#767676';
