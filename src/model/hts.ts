// HTS codes as people type and read them. Tiny and dependency-free: the link codec reads product= with it.

/** An HTS code (or prefix) from what a person typed: "1702.20", "1702 20 00", "7208" -> digits, or null. */
export function normaliseCode(raw: string): string | null {
  const t = raw.trim();
  if (!/^[\d.\s]+$/.test(t)) return null;
  const digits = t.replace(/[.\s]/g, '');
  return digits.length >= 2 && digits.length <= 10 ? digits : null;
}

/** Digits in the HTS's printed form: 1702200000 -> 1702.20.00.00 (4, 2, 2, 2); a prefix as far as it goes. */
export function formatHts(digits: string): string {
  const parts = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8), digits.slice(8, 10)];
  return parts.filter((p) => p.length > 0).join('.');
}
