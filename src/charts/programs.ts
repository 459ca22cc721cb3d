// Names and colours of the tariff programs, shared by every chart and table (colour-blind-safe palette).
import { translated } from '../i18n/labels';
import { COUNTRIES, PROGRAMS, type Program } from '../model/types';

/** Program names in the active language (read when used, so a language switch needs no reload of this module). */
export const PROGRAM_LABELS = translated(PROGRAMS, (p) => `program.${p}`);

/**
 * Paul Tol's "muted" and "light" qualitative schemes for the 2025 programs, his "vibrant" scheme for those of 2026:
 * distinguishable with common colour-vision deficiencies. Keyed by program id: a program without one fails to compile.
 */
export const PROGRAM_COLORS: Record<Program, string> = {
  mfn: '#7f7f7f',
  countryWide: '#332288',
  steel: '#44aa99',
  aluminum: '#88ccee',
  copper: '#cc6677',
  autos: '#882255',
  autoParts: '#aa4499',
  mhdTrucks: '#117733',
  mhdParts: '#999933',
  buses: '#ddcc77',
  lumber: '#bbcc33',
  furniture: '#ee8866',
  pharma: '#ee3377',
  section122: '#0077bb',
  forcedLabor301: '#ee7733',
  section338: '#cc3311',
};

export const COUNTRY_COLORS = { CA: '#c8102e', MX: '#006847' } as const;
export const COUNTRY_NAMES = translated(COUNTRIES, (c) => `country.${c}`);

/** Bars of the estimated change in exports (a neutral grey with 4.5:1 contrast on white). */
export const EXPORT_CHANGE_COLOR = '#767676';
