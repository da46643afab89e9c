/**
 * Every rule's documentation examples are its tests: valid examples give no
 * message, invalid ones give exactly the listed messages, and fixable ones
 * are fixed to the documented output, idempotently, touching nothing else.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../src/core/rules/index';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import type { AnyRule, RuleExample } from '../../src/core/types';

function run(rule: AnyRule, example: RuleExample) {
  return lint(example.text, {
    onlyRules: [rule.meta.id],
    ruleOptions: { [rule.meta.id]: example.options ?? {} },
    ...(example.profile ? { defaultProfile: example.profile } : {}),
    ...(example.settings ? { config: example.settings } : {}),
  });
}

function fix(rule: AnyRule, example: RuleExample, text: string) {
  return lintAndFix(text, {
    onlyRules: [rule.meta.id],
    ruleOptions: { [rule.meta.id]: example.options ?? {} },
    ...(example.profile ? { defaultProfile: example.profile } : {}),
    ...(example.settings ? { config: example.settings } : {}),
  });
}

for (const rule of allRules) {
  const { id, examples, fixable, messages } = rule.meta;
  describe(`rule ${id}`, () => {
    it('has passing and failing examples', () => {
      assert.ok(examples.valid.length > 0, 'no passing example');
      assert.ok(examples.invalid.length > 0, 'no failing example');
      if (fixable) assert.ok(examples.invalid.some((example) => example.output !== undefined), 'fixable rule without a fix example');
    });

    for (const example of examples.valid) {
      it(`passes: ${example.title.en}`, () => {
        const result = run(rule, example);
        assert.deepEqual(result.messages.map((message) => `${message.line}:${message.messageId} ${message.message}`), []);
      });
    }

    for (const example of examples.invalid) {
      it(`fails: ${example.title.en}`, () => {
        const result = run(rule, example);
        assert.deepEqual(
          result.messages.map((message) => ({ messageId: message.messageId, line: message.line })),
          example.expect ?? [],
        );
        for (const message of result.messages) {
          assert.ok(message.messageId in messages);
          assert.ok(message.start <= message.end && message.end <= example.text.length, 'range inside the document');
          assert.doesNotMatch(message.message, /\{\w+\}/, 'every placeholder filled');
        }
        if (example.output === undefined) {
          assert.ok(result.messages.every((message) => !message.fix) || !fixable, 'a fix without a documented output');
          return;
        }
        const fixed = fix(rule, example, example.text);
        assert.equal(fixed.output ?? example.text, example.output, 'fixed text');
        const again = fix(rule, example, example.output);
        assert.equal(again.output, undefined, 'fixing twice changes nothing more');
        const edits = result.messages.flatMap((message) => (message.fix ? [message.fix] : []));
        const first = Math.min(...edits.map((edit) => edit.start));
        const last = Math.max(...edits.map((edit) => edit.end));
        const output = example.output;
        assert.equal(output.slice(0, first), example.text.slice(0, first), 'text before the fixes unchanged');
        assert.equal(output.slice(output.length - (example.text.length - last)), example.text.slice(last), 'text after the fixes unchanged');
      });
    }
  });
}
