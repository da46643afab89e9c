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

/** The fields of ESLint's `LintResult` before the text. */
function eslintCounts(result: LintResult) {
  return {
    filePath: result.filePath,
    messages: result.messages.map(eslintMessage),
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: 0,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
  };
}

/** One result shaped exactly like ESLint's `LintResult`, so ESLint tooling can read it. */
function eslintResult(result: LintResult) {
  return {
    ...eslintCounts(result),
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
 * a large archive, sources included, is never one string. A source given as
 * its UTF-8 bytes is printed from them: the same text.
 */
export const jsonReport: ReportFormat = () => {
  let separator = '[';
  return {
    add(result) {
      const opening = separator;
      separator = ',';
      const sourceBytes = result.output === undefined && result.messages.length > 0 ? result.sourceBytes?.() : undefined;
      if (sourceBytes === undefined) return opening + JSON.stringify(eslintResult(result));
      const counts = JSON.stringify(eslintCounts(result));
      return Buffer.concat([Buffer.from(`${opening}${counts.slice(0, -1)},"source":`), jsonStringBytes(sourceBytes), Buffer.from(',"usedDeprecatedRules":[]}')]);
    },
    end: () => (separator === '[' ? '[]\n' : ']\n'),
  };
};

/** Two-character escapes of `JSON.stringify`, by byte: backspace, tab, line feed, form feed, carriage return, quote, backslash. */
const SHORT_ESCAPES: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: 0x22, 0x5c: 0x5c };
const HEX_DIGITS = Buffer.from('0123456789abcdef');

/**
 * A JSON string of valid UTF-8 bytes, as UTF-8: the bytes `JSON.stringify`
 * gives for the text they encode. Only ASCII is escaped there (a quote, a
 * backslash, control characters) and each such character is one byte that
 * no multi-byte sequence contains, so the other bytes are copied as they are.
 */
export function jsonStringBytes(utf8: Uint8Array): Buffer {
  let length = utf8.length + 2;
  for (let index = 0; index < utf8.length; index++) {
    const byte = utf8[index]!;
    if (byte < 0x20 || byte === 0x22 || byte === 0x5c) length += SHORT_ESCAPES[byte] === undefined ? 5 : 1;
  }
  const json = Buffer.allocUnsafe(length);
  let at = 0;
  json[at++] = 0x22;
  for (let index = 0; index < utf8.length; index++) {
    const byte = utf8[index]!;
    if (byte >= 0x20 && byte !== 0x22 && byte !== 0x5c) {
      json[at++] = byte;
      continue;
    }
    json[at++] = 0x5c;
    const short = SHORT_ESCAPES[byte];
    if (short !== undefined) json[at++] = short;
    else {
      json[at++] = 0x75;
      json[at++] = 0x30;
      json[at++] = 0x30;
      json[at++] = HEX_DIGITS[byte >> 4]!;
      json[at++] = HEX_DIGITS[byte & 0xf]!;
    }
  }
  json[at++] = 0x22;
  return json;
}
