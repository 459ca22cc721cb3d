// Confidence grades of the data's sources, in the reader's language (loaded with the panels that show them).
import { formatPct } from '../lib/format';
import { t, type MessageKey } from './index';

/** The grades the data's confidence columns use, longest first (so "medium-high" is read before "medium"). */
export const CONFIDENCE_GRADES = ['medium-high', 'unverified', 'medium', 'high', 'low'] as const;
const GRADE = new RegExp(`\\b(${CONFIDENCE_GRADES.join('|')})\\b`, 'g');

/**
 * A source's confidence ("high", "high (rate/date); low (3% / 1% unverified)") with its grades, and any percentage
 * in it, as the active language writes them.
 */
export function confidenceText(value: string): string {
  return value
    .replace(GRADE, (w) => t(`confidence.${w}` as MessageKey))
    .replace(/(\d+(?:\.\d+)?)%/g, (_, n: string) => formatPct(Number(n), 2));
}
