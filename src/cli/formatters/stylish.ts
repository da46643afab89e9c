import picocolors from 'picocolors';
import type { Lang, LintMessage, SeverityLevel } from '../../core/types';
import { relativePath } from './paths';
import type { ReportFormat } from './types';

/** The words of the report, written for communications officers rather than developers. */
interface StylishTexts {
  severity: Record<SeverityLevel, string>;
  problems(total: number, errors: number, warnings: number): string;
  fixable(errors: number, warnings: number): string;
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const TEXTS: Record<Lang, StylishTexts> = {
  vi: {
    severity: { 2: 'lỗi', 1: 'cảnh báo' },
    problems: (total, errors, warnings) => `✖ ${total} vấn đề (${errors} lỗi, ${warnings} cảnh báo)`,
    fixable: (errors, warnings) => `${errors} lỗi và ${warnings} cảnh báo có thể sửa tự động bằng --fix`,
  },
  en: {
    severity: { 2: 'error', 1: 'warning' },
    problems: (total, errors, warnings) =>
      `✖ ${countOf(total, 'problem')} (${countOf(errors, 'error')}, ${countOf(warnings, 'warning')})`,
    fixable: (errors, warnings) =>
      `${countOf(errors, 'error')} and ${countOf(warnings, 'warning')} potentially fixable with the --fix option.`,
  },
};

/** Colour codes, which take no cell on screen. */
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
/** Characters drawn on top of the previous one (combining accents of decomposed Vietnamese) or not drawn. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** East Asian wide and fullwidth characters and emoji, which take two terminal cells. */
const DOUBLE_WIDTH =
  /^[\p{Emoji_Presentation}\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]$/u;

/** Terminal cells taken by a text, ignoring ANSI colour codes; precomposed Vietnamese letters take one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI_ESCAPE, '')) {
    if (ZERO_WIDTH.test(char)) continue;
    width += DOUBLE_WIDTH.test(char) ? 2 : 1;
  }
  return width;
}

/** Pads every cell but the last of each row to its column's display width, ESLint-style. */
function alignRows(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, index) =>
      index === row.length - 1 ? cell : cell + ' '.repeat(widths[index]! - displayWidth(cell)),
    );
    return `  ${cells.join('  ')}`;
  });
}

/**
 * ESLint's stylish layout: problems grouped under each file, then a
 * localized summary; nothing at all when there is no problem. Written one
 * file at a time: every line of the report but the opening empty one is
 * preceded by a line break, so each file's text starts with one.
 */
export const stylishReport: ReportFormat = (context) => {
  const colors = picocolors.createColors(context.color);
  const texts = TEXTS[context.lang];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  return {
    add(result) {
      if (result.messages.length === 0) return '';
      errors += result.errorCount;
      warnings += result.warningCount;
      fixableErrors += result.fixableErrorCount;
      fixableWarnings += result.fixableWarningCount;

      const lineWidth = Math.max(...result.messages.map((message) => String(message.line).length));
      const columnWidth = Math.max(...result.messages.map((message) => String(message.column).length));
      const rowOf = (message: LintMessage): string[] => {
        const position = `${String(message.line).padStart(lineWidth)}:${String(message.column).padEnd(columnWidth)}`;
        const severity = texts.severity[message.severity];
        return [
          colors.dim(position),
          message.severity === 2 ? colors.red(severity) : colors.yellow(severity),
          // A line break inside a message would break the table; a lone CR (quoted from a classic Mac file) would overwrite its row.
          message.message.replace(/\s*[\r\n]\s*/g, ' '),
          colors.dim(message.ruleId),
        ];
      };
      const lines = [colors.underline(relativePath(result.filePath, context.cwd)), ...alignRows(result.messages.map(rowOf)), ''];
      return `\n${lines.join('\n')}`;
    },
    end() {
      const total = errors + warnings;
      if (total === 0) return '';
      const summaryColor = errors > 0 ? colors.red : colors.yellow;
      const summary = [summaryColor(colors.bold(texts.problems(total, errors, warnings)))];
      if (fixableErrors + fixableWarnings > 0) {
        summary.push(summaryColor(colors.bold(`  ${texts.fixable(fixableErrors, fixableWarnings)}`)));
      }
      return `\n${summary.join('\n')}\n`;
    },
  };
};
