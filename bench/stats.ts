/** Small statistics and text helpers shared by the bench scripts. */

/** Nearest-rank percentile (p50 of an even count is the lower middle). */
export function percentileOf(values: readonly number[], percentile: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  const value = sorted[rank - 1];
  if (value === undefined) throw new Error('percentile of no samples');
  return value;
}

export function medianOf(values: readonly number[]): number {
  return percentileOf(values, 50);
}

/** `value ÷ reference` as "1.23×", or "—" when there is no reference. */
export function formatRatio(value: number, reference: number | undefined): string {
  return reference === undefined || reference === 0 ? '—' : `${(value / reference).toFixed(2)}×`;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

export function formatLoad(loadAverage: readonly number[]): string {
  return loadAverage.map((load) => load.toFixed(2)).join(' ');
}

/** The items, starting at `offset` (modulo their count): rotating the order spreads a machine's slow phases over all contenders. */
export function rotate<T>(items: readonly T[], offset: number): T[] {
  const shift = items.length === 0 ? 0 : offset % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Tools colour their reports even when written to a file. */
export function withoutColors(text: string): string {
  return text.replace(/\u001b\[[\d;]*m/g, '');
}
