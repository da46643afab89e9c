import { codequality } from './codequality';
import { github } from './github';
import { jsonReport } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylishReport } from './stylish';
import type { LintResult } from '../../core/types';
import type { FormatName, Formatter, ReportFormat, ReportWriter } from './types';

export type { FormatContext, FormatName, Formatter, ReportedResult, ReportWriter } from './types';

/** A format whose text is one document (a header, an index of rules) is written at the end, from every result. */
const atTheEnd =
  (formatter: Formatter): ReportFormat =>
  (context) => {
    const results: LintResult[] = [];
    return {
      add: (result) => (results.push(result), ''),
      end: () => formatter(results, context),
    };
  };

/** Every output format as a report written while files are linted: stylish and json a file at a time, the others at the end. */
export const reportFormats: Record<FormatName, ReportFormat> = {
  stylish: stylishReport,
  json: jsonReport,
  sarif: atTheEnd(sarif),
  github: atTheEnd(github),
  junit: atTheEnd(junit),
  codequality: atTheEnd(codequality),
};

/**
 * The formats that print each file's linted text as its result comes
 * (JSON's `source`): a run then keeps a file's bytes from its lint to its
 * report, where they are printed and let go, rather than reading the file
 * again. (SARIF also reads sources, for its fixes, but at the end, from the
 * files: held that long, the texts of a large archive would fill memory.)
 */
export const printsSourcesAsResultsCome: ReadonlySet<FormatName> = new Set(['json']);

/** The whole report of a format at once. */
function wholeReport(writer: ReportWriter, results: readonly LintResult[]): string {
  return results.map((result) => writer.add(result)).map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8'))).join('') + writer.end();
}

/** Every output format of `govpress lint --format`, as one string. */
export const formatters: Record<FormatName, Formatter> = Object.fromEntries(
  Object.entries(reportFormats).map(([name, format]) => [name, (results, context) => wholeReport(format(context), results)]),
) as Record<FormatName, Formatter>;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
