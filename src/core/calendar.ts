/**
 * Calendar dates written `YYYY-MM-DD` (front matter, config) and month
 * lengths: shared by the model, the rules, the config and the renderers.
 */
export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

/** Reads a date written `YYYY-MM-DD`: its parts, or why it is none (`format`: not written so; `calendar`: no such day). */
export function readIsoDate(text: string): IsoDate | 'format' | 'calendar' {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'format';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : 'calendar';
}

/** Parses an ISO `YYYY-MM-DD` date, spaces around it allowed, into its parts; undefined for impossible dates. */
export function parseIsoDate(value: string): IsoDate | undefined {
  const date = readIsoDate(value.trim());
  return typeof date === 'object' ? date : undefined;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
