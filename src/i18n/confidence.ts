// Confidence grades of the data's sources, in the reader's language (loaded with the panels that show them).
import { t, type MessageKey } from './index';

/** The grades the data's confidence columns use, longest first (so "medium-high" is read before "medium"). */
export const CONFIDENCE_GRADES = ['medium-high', 'unverified', 'medium', 'high', 'low'] as const;
const GRADE = new RegExp(`\\b(${CONFIDENCE_GRADES.join('|')})\\b`, 'g');

/** A source's confidence ("high", "high (rate/date); low (stacking)") with its grades in the active language. */
export function confidenceText(value: string): string {
  return value.replace(GRADE, (w) => t(`confidence.${w}` as MessageKey));
}
