import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/core/rules/index';
import { ruleDocumentation } from '../../src/core/docs/rule-doc';
import { ruleIndex } from '../../src/core/docs/rule-index';

const folder = join(__dirname, '..', '..', 'docs', 'rules');

it('docs/rules/ is generated from the current rules (run npm run docs)', () => {
  for (const rule of allRules) {
    const path = join(folder, `${rule.meta.id}.md`);
    assert.ok(existsSync(path), `missing ${path}`);
    assert.equal(readFileSync(path, 'utf8'), ruleDocumentation(rule), `${rule.meta.id}.md is stale`);
  }
  assert.equal(readFileSync(join(folder, 'README.md'), 'utf8'), ruleIndex(allRules));
});

it('every rule id is unique, kebab-case, and documented in both languages', () => {
  const ids = allRules.map((rule) => rule.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const { meta } of allRules) {
    assert.match(meta.id, /^[a-z]+(?:-[a-z]+)*$/);
    for (const text of [meta.docs.summary, meta.docs.rationale, ...Object.values(meta.messages)]) {
      assert.ok(text.vi.trim() && text.en.trim(), `${meta.id}: a text is missing a language`);
      assert.notEqual(text.vi, text.en, `${meta.id}: Vietnamese text equals the English one`);
    }
  }
});
