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

/** Where each message is, `line:column-endLine:endColumn rule`, in the preset's messages and in the engine's. */
async function presetPositions(value: string | Uint8Array): Promise<string[]> {
  const file = await unified().use(remarkParse).use(preset).use(remarkStringify).process(new VFile({ value, path: 'seed.md' }));
  return file.messages.map((message) => {
    const end = message.place && 'end' in message.place ? message.place.end : undefined;
    return `${message.line}:${message.column}-${end?.line}:${end?.column} ${message.ruleId}`;
  });
}

function enginePositions(source: string): string[] {
  return lint(source).messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId}`);
}

it('the remark preset reports what govpress lint reports, as unified-lint-rule messages', async () => {
  const file = await unified().use(remarkParse).use(preset).use(remarkStringify).process(new VFile({ value: seed, path: 'seed.md' }));
  const fromPreset = file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.source}`).sort();
  const fromEngine = lint(seed).messages.map((message) => `${message.line}:${message.column} ${message.ruleId} govpress`).sort();
  assert.ok(fromEngine.length > 0);
  assert.deepEqual(fromPreset, fromEngine);
});

it('places messages of a file starting with a byte order mark where govpress lint does, which reads the file without it', async () => {
  const expected = enginePositions(seed).sort();
  assert.ok(expected.length > 0);
  // remark-cli reads files as text, which keeps the mark; a file given as bytes is decoded without it.
  assert.deepEqual((await presetPositions(`\uFEFF${seed}`)).sort(), expected);
  assert.deepEqual((await presetPositions(new TextEncoder().encode(`\uFEFF${seed}`))).sort(), expected);
});

it('places messages of a file with lone CR line endings where govpress lint does', async () => {
  const classicMac = seed.replace(/\r?\n/g, '\r');
  const expected = enginePositions(classicMac).sort();
  assert.ok(expected.some((position) => !position.startsWith('1:')), 'messages after the first line');
  assert.deepEqual((await presetPositions(classicMac)).sort(), expected);
});
