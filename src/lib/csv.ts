// CSV fields and lines, shared by the scenario export and each chart's own data.
/** Quote a field when needed; a leading = + - @ is defused so spreadsheets never run it as a formula. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Byte order mark: spreadsheets then read the file as UTF-8 (the en dash and accents survive). */
export const CSV_BOM = '\uFEFF';

/**
 * RFC 4180 text: every record has the same number of fields (short ones are padded), fields with a comma, quote or
 * line break are quoted, records end in CRLF, and the file opens with a BOM.
 */
export function toCsv(records: readonly (readonly (string | number)[])[]): string {
  const width = Math.max(0, ...records.map((r) => r.length));
  const lines = records.map((r) => [...r, ...Array<string>(width - r.length).fill('')].map(csvField).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
