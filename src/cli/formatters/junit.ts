import type { LintMessage } from '../../core/types';
import { relativePath } from './paths';
import type { Formatter } from './types';

/** Characters XML 1.0 cannot carry at all, not even escaped: most controls, lone surrogates, U+FFFE/U+FFFF. */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

/** Attribute values also escape whitespace, which parsers would otherwise normalize to spaces. */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function startTag(name: string, attributes: Record<string, string | number>): string {
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  return `<${name}${attributeText}>`;
}

function failingCase(message: LintMessage, path: string): string {
  const details = `${path}:${message.line}:${message.column} ${message.message} (${message.ruleId})`;
  return [
    startTag('testcase', { name: `org.govpress.${message.ruleId}`, classname: path }),
    startTag('failure', { message: message.message, type: message.severity === 2 ? 'error' : 'warning' }),
    `${escapeXml(details)}</failure></testcase>`,
  ].join('');
}

/** JUnit XML for CI test reports: a test suite per file, a failing test case per problem. */
export const junit: Formatter = (results, context) => {
  // A clean file still counts as one passing test, so reports show what was checked.
  const testCount = (messageCount: number) => Math.max(messageCount, 1);
  const failures = results.reduce((sum, result) => sum + result.messages.length, 0);
  const tests = results.reduce((sum, result) => sum + testCount(result.messages.length), 0);

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    startTag('testsuites', { name: 'govpress', tests, failures, errors: 0 }),
  ];
  for (const result of results) {
    const path = relativePath(result.filePath, context.cwd);
    const messageCount = result.messages.length;
    lines.push(
      `  ${startTag('testsuite', { name: path, tests: testCount(messageCount), failures: messageCount, errors: 0 })}`,
    );
    if (messageCount === 0) lines.push(`    ${startTag('testcase', { name: path, classname: path })}</testcase>`);
    for (const message of result.messages) lines.push(`    ${failingCase(message, path)}`);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
