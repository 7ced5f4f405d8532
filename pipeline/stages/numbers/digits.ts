/**
 * German digit notation: thousands dot, decimal comma (3.200 = 3200; 1,5; 1.234.567,89;
 * -0,1). A dot followed by a group that is not three digits is not a thousands separator:
 * such tokens (14.30, 03.05.2024) are times, dates or versions and are read elsewhere.
 */
export interface Digits {
  value: number;
  /** Written without any separator (candidate year, ID or phone number). */
  plain: boolean;
  /** Number of digits before the decimal comma. */
  intDigits: number;
  /** Starts with 0 and has more than one integer digit (area codes, IDs). */
  leadingZero: boolean;
}

const GERMAN = /^([-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const DOTTED_DECIMAL = /^([-−]?)(\d+)\.(\d{1,2})$/;

export function parseDigits(raw: string): Digits | null {
  const m = GERMAN.exec(raw);
  if (m) {
    const int = m[2]!.replace(/\./g, '');
    const value = Number(`${m[1] ? '-' : ''}${int}${m[3] ? '.' + m[3] : ''}`);
    return { value, plain: !m[2]!.includes('.') && m[3] === undefined && !m[1], intDigits: int.length, leadingZero: int.length > 1 && int[0] === '0' };
  }
  return null;
}

/** "14.30", "9.15": hours and minutes (only valid before "Uhr"). */
export function parseClock(raw: string): { h: number; m: number } | null {
  const m = DOTTED_DECIMAL.exec(raw);
  if (!m || m[1]) return null;
  const h = Number(m[2]);
  const min = Number(m[3]!.padEnd(2, '0'));
  return h <= 24 && min < 60 && m[3]!.length === 2 ? { h, m: min } : null;
}

/** "03.05.2024", "3.5.24": day, month, year. */
export function parseNumericDate(raw: string): { d: number; mo: number; y: number | null } | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$/.exec(raw);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
  let y: number | null = null;
  if (m[3]) y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return { d, mo, y };
}

/** Rounds away binary noise (3,17 × 0,01 = 0.031700000000000006 → 0.0317). */
export function clean(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}
