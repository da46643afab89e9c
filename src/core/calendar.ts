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

const MILLISECONDS_PER_DAY = 86_400_000;

/** Days since 1970-01-01: dates compare and subtract as numbers. */
export function dayNumber({ year, month, day }: IsoDate): number {
  return Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY;
}

/**
 * The occurrence of `day`/`month` nearest to `near`, before or after it: what a
 * date written without its year means in a text dated `near` ("28/12" in a text
 * of 3/1/2027 is 28/12/2026, "20/4" in one of 14/4/2026 is 20/4/2026). Ties go
 * to the earlier year; undefined when no year near has that day (29/2).
 */
export function nearestOccurrence(day: number, month: number, near: IsoDate): IsoDate | undefined {
  const nearDay = dayNumber(near);
  let nearest: IsoDate | undefined;
  for (const year of [near.year - 1, near.year, near.year + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const reading = { year, month, day };
    if (!nearest || Math.abs(dayNumber(reading) - nearDay) < Math.abs(dayNumber(nearest) - nearDay)) nearest = reading;
  }
  return nearest;
}

/** `14/4/2026`: a day as the messages write it, unpadded. */
export function formatShortDate({ year, month, day }: IsoDate): string {
  return `${day}/${month}/${year}`;
}
