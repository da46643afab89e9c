/**
 * The performance bars the issues set, and the summary table that checks
 * the measured values against them. The bench sections measure; this module
 * only decides "met" or "not met", so the verdicts are never hand-written.
 */

export type BudgetId =
  | 'releases-vs-floor'
  | 'large-vs-floor'
  | 'small-vs-startup'
  | 'in-process-vs-parse'
  | 'language-overhead'
  | 'editor-lint-vs-parse'
  | 'preview-vs-parse'
  | 'archive-speedup'
  | 'archive-memory'
  | 'cache-warm-vs-cold';

type Unit = 'ratio' | 'fraction' | 'megabytes';

export interface Budget {
  id: BudgetId;
  /** The issue(s) that set the bar. */
  issues: string;
  /** What is measured, in the words of the report. */
  measure: string;
  comparison: 'at most' | 'at least' | 'below';
  limit: number;
  unit: Unit;
}

export const BUDGETS: readonly Budget[] = [
  { id: 'releases-vs-floor', issues: '2, 6', measure: '1,000 releases, cold: `govpress lint` wall ÷ bare-parse floor', comparison: 'at most', limit: 1.5, unit: 'ratio' },
  { id: 'large-vs-floor', issues: '2', measure: 'one 5 MB release: `govpress lint` wall ÷ bare-parse floor', comparison: 'at most', limit: 1.5, unit: 'ratio' },
  { id: 'small-vs-startup', issues: '2', measure: 'one short release: `govpress lint` wall ÷ start-up floor', comparison: 'at most', limit: 1.5, unit: 'ratio' },
  { id: 'in-process-vs-parse', issues: '2', measure: 'in-process lint of a 1,500-word release: p50 ÷ bare-parse p50', comparison: 'at most', limit: 2, unit: 'ratio' },
  { id: 'language-overhead', issues: '3', measure: '1,000 releases: wall added by the language rules to the other rules', comparison: 'at most', limit: 0.3, unit: 'fraction' },
  { id: 'editor-lint-vs-parse', issues: '4', measure: 'lint of one version of a 5,000-word release: p50 ÷ bare-parse p50', comparison: 'at most', limit: 2, unit: 'ratio' },
  { id: 'preview-vs-parse', issues: '5', measure: 'preview update after a keystroke, 1,500 words: p50 ÷ bare-parse p50', comparison: 'at most', limit: 3, unit: 'ratio' },
  { id: 'archive-speedup', issues: '6', measure: '20,000 releases, cold: speed-up of `--concurrency 2` over `--concurrency 1` (wall)', comparison: 'at least', limit: 1.6, unit: 'ratio' },
  { id: 'archive-memory', issues: '6', measure: '20,000 releases, default concurrency: peak RSS', comparison: 'below', limit: 400, unit: 'megabytes' },
  { id: 'cache-warm-vs-cold', issues: '6', measure: '1,000 releases: warm `--cache` wall ÷ cold `--cache` wall', comparison: 'below', limit: 0.1, unit: 'fraction' },
];

/** A section's value for a budget, with what it is made of; or why it could not be measured. */
export type BudgetMeasurement = { id: BudgetId; value: number; detail?: string } | { id: BudgetId; missing: string };

export function isMet(budget: Budget, value: number): boolean {
  switch (budget.comparison) {
    case 'at most':
      return value <= budget.limit;
    case 'at least':
      return value >= budget.limit;
    case 'below':
      return value < budget.limit;
  }
}

const DIGITS: Record<Unit, number> = { ratio: 2, fraction: 1, megabytes: 0 };

export function formatValue(value: number, unit: Unit, digits = DIGITS[unit]): string {
  switch (unit) {
    case 'ratio':
      return `${value.toFixed(digits)}×`;
    case 'fraction':
      return `${(value * 100).toFixed(digits)}%`;
    case 'megabytes':
      return `${value.toFixed(digits)} MB`;
  }
}

/** "2.00×, not met" would read as a contradiction: a value that rounds to the limit gets the digits that tell them apart. */
function formatMeasured(value: number, budget: Budget): string {
  let digits = DIGITS[budget.unit];
  while (value !== budget.limit && digits < 6 && formatValue(value, budget.unit, digits) === formatValue(budget.limit, budget.unit, digits)) digits++;
  return formatValue(value, budget.unit, digits);
}

const COMPARISON_SIGNS: Record<Budget['comparison'], string> = { 'at most': '≤', 'at least': '≥', below: '<' };

/**
 * The budgets table, one row per budget in `BUDGETS` order; a budget no
 * section measured (left out with `--only`, or a contender that failed)
 * says why instead of a verdict.
 */
export function formatBudgetTable(measurements: readonly BudgetMeasurement[]): string[] {
  const lines = ['| issue | measure | budget | measured | verdict |', '| --- | --- | ---: | ---: | --- |'];
  for (const budget of BUDGETS) {
    const bar = `${COMPARISON_SIGNS[budget.comparison]} ${formatValue(budget.limit, budget.unit)}`;
    const measurement = measurements.find((candidate) => candidate.id === budget.id);
    let measured: string;
    let verdict: string;
    if (measurement === undefined) {
      measured = '—';
      verdict = 'not run';
    } else if ('missing' in measurement) {
      measured = '—';
      verdict = `not measured: ${measurement.missing}`;
    } else {
      const detail = measurement.detail === undefined ? '' : ` (${measurement.detail})`;
      measured = `${formatMeasured(measurement.value, budget)}${detail}`;
      verdict = isMet(budget, measurement.value) ? 'met' : '**not met**';
    }
    lines.push(`| ${budget.issues} | ${budget.measure} | ${bar} | ${measured} | ${verdict} |`);
  }
  return lines;
}
