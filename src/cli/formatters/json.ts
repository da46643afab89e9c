import type { LintMessage, LintResult } from '../../core/types';
import type { ReportFormat } from './types';

function eslintMessage(message: LintMessage) {
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    messageId: message.messageId,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.fix && { fix: { range: [message.fix.start, message.fix.end], text: message.fix.text } }),
  };
}

/** One result shaped exactly like ESLint's `LintResult`, so ESLint tooling can read it. */
function eslintResult(result: LintResult) {
  return {
    filePath: result.filePath,
    messages: result.messages.map(eslintMessage),
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: 0,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    // Like ESLint: the fixed text when fixes changed it, otherwise the source, and only when there is something to look at.
    ...(result.output !== undefined
      ? { output: result.output }
      : result.messages.length > 0 && { source: result.source }),
    usedDeprecatedRules: [],
  };
}

/**
 * ESLint-compatible JSON with absolute paths, as ESLint's own `json`
 * formatter prints it; written one result at a time, so that the report of
 * a large archive, sources included, is never one string.
 */
export const jsonReport: ReportFormat = () => {
  let separator = '[';
  return {
    add(result) {
      const piece = separator + JSON.stringify(eslintResult(result));
      separator = ',';
      return piece;
    },
    end: () => (separator === '[' ? '[]\n' : ']\n'),
  };
};
