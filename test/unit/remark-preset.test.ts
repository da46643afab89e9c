import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import preset from '../../src/remark';
import { lint } from '../../src/core/lint/engine';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'samples', 'seed-as-published.md'), 'utf8');

it('the remark preset reports what govpress lint reports, as unified-lint-rule messages', async () => {
  const file = await unified().use(remarkParse).use(preset).use(remarkStringify).process(new VFile({ value: seed, path: 'seed.md' }));
  const fromPreset = file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.source}`).sort();
  const fromEngine = lint(seed).messages.map((message) => `${message.line}:${message.column} ${message.ruleId} govpress`).sort();
  assert.ok(fromEngine.length > 0);
  assert.deepEqual(fromPreset, fromEngine);
});
