/**
 * A rule that throws (a bug) fails the lint by default, so that tests catch
 * it; the CLI and the editor ask for `ruleFailures: 'report'`, where it costs
 * only its own findings, replaced by one error that names it.
 */
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, lintAndFix, RULE_FAILED } from '../../src/core/lint/engine';
import { allRules } from '../../src/core/rules/index';
import type { AnyRule } from '../../src/core/types';
import { FIXABLE, FIXED, govpress, workspace } from './cli-support';

const FAILING_RULE = 'dash-style';
const rule = allRules.find((candidate) => candidate.meta.id === FAILING_RULE) as AnyRule;
const check = rule.check;

/** Makes the rule report what it finds, then throw. */
function breakRule(): void {
  rule.check = (context) => {
    check(context);
    context.report({ messageId: Object.keys(rule.meta.messages)[0]!, start: 0, end: 1 });
    throw new TypeError('boom');
  };
}

afterEach(() => {
  rule.check = check;
});

/** Messages as the writer sees them, without the failing rule's. */
const others = (messages: readonly { ruleId: string; line: number; column: number; messageId: string }[]): string[] =>
  messages.filter((message) => message.ruleId !== FAILING_RULE).map((message) => `${message.ruleId}:${message.messageId}@${message.line}:${message.column}`);

describe('a rule that fails', () => {
  const text = FIXABLE.replace('Sáng 14/4', 'Sáng 14/4 kinh tế-xã hội');

  it('fails the lint by default', () => {
    breakRule();
    assert.throws(() => lint(text), /boom/);
  });

  it('costs only its own findings when failures are reported, replaced by one error naming it', () => {
    const expected = lint(text);
    assert.ok(expected.messages.some((message) => message.ruleId === FAILING_RULE), 'the rule has findings to lose');
    breakRule();
    for (const lang of ['vi', 'en'] as const) {
      const outcome = lint(text, { ruleFailures: 'report', lang });
      assert.deepEqual(others(outcome.messages), others(expected.messages));
      const own = outcome.messages.filter((message) => message.ruleId === FAILING_RULE);
      assert.equal(own.length, 1);
      assert.deepEqual({ ...own[0], message: undefined }, {
        ruleId: FAILING_RULE,
        severity: 2,
        message: undefined,
        messageId: RULE_FAILED,
        data: { rule: FAILING_RULE, reason: 'boom' },
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        start: 0,
        end: 0,
      });
      assert.match(own[0]!.message, lang === 'vi' ? /^Quy tắc dash-style gặp lỗi .*\(boom\)/ : /^The rule dash-style failed on this document \(boom\)/);
    }
  });

  it('leaves the other rules\u2019 fixes to apply', () => {
    breakRule();
    assert.equal(lintAndFix(FIXABLE, { ruleFailures: 'report' }).output, FIXED);
  });

  it('is reported by the CLI with the other problems, and not cached', async () => {
    const folder = workspace({ 'a.md': text });
    const expected = await govpress(['lint', 'a.md', '--format', 'json'], folder);
    breakRule();
    for (let run = 0; run < 2; run++) {
      const linted = await govpress(['lint', 'a.md', '--format', 'json', '--cache'], folder);
      assert.equal(linted.code, 1);
      const [result] = JSON.parse(linted.stdout) as { messages: { ruleId: string; line: number; column: number; messageId: string }[] }[];
      assert.deepEqual(others(result!.messages), others((JSON.parse(expected.stdout) as typeof result[])[0]!.messages));
      assert.ok(result!.messages.some((message) => message.ruleId === FAILING_RULE && message.messageId === RULE_FAILED));
    }
    const cacheFile = join(folder, 'node_modules', '.cache', 'govpress', 'lint-cache.json');
    assert.ok(!existsSync(cacheFile) || Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: object }).entries).length === 0, 'nothing cached');
  });
});
