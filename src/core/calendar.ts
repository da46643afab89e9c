/**
 * Calendar dates written `YYYY-MM-DD` (front matter, config) and month
 * lengths: shared by the model, the rules, the config and the renderers.
 */
export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a date written `YYYY-MM-DD`: its parts, or why it is none (`format`: not written so; `calendar`: no such day). */
export function readIsoDate(text: string): IsoDate | 'format' | 'calendar' {
  const match = ISO_DATE.exec(text);
  if (!match) return 'format';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : 'calendar';
}

/** Parses an ISO `YYYY-MM-DD` date, spaces around it allowed, into its parts; undefined for impossible dates. */
export function parseIsoDate(value: string): IsoDate | undefined {
  const date = readIsoDate(value.trim());
  return typeof date === 'object' ? date : undefined;
}

/** Days of each month (1–12) of a common year, at index `month - 1`. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year` in the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}
