/**
 * Every rule answers the same whatever ends the lines: each rule's
 * documentation examples (alone and with every rule of their profile) and
 * the real documents, rewritten with CRLF, lone CR and mixed line endings,
 * give the messages they give with LF, at the same lines and columns, and
 * the same fixes: each edit at the same place, with the same text but for
 * line endings, and any line ending it writes one of the lines it touches,
 * so that every other line keeps its own.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits } from '../../src/core/lint/edits';
import { isUnsafeToFix, lint, lintAndFix, type LintOptions } from '../../src/core/lint/engine';
import { allRules } from '../../src/core/rules/index';
import type { LintMessage, TextEdit } from '../../src/core/types';
import fc from 'fast-check';
import { REAL_DOCUMENTS, anyDocument, defaultProfile } from './arbitraries';

/** Line endings of each style, used in turn; never a lone CR right before an LF, which would make one CRLF of two endings. */
const STYLES = {
  crlf: ['\r\n'],
  cr: ['\r'],
  mixed: ['\n', '\r', '\r\n'],
} as const satisfies Record<string, readonly string[]>;

const LINE_ENDING = /\r\n|\r|\n/g;
/** As many passes as lintAndFix makes at most. */
const FIX_PASSES = 10;

/** The text with its `\n` line endings replaced by the style's, in turn. */
function withLineEndings(text: string, endings: readonly string[]): string {
  let index = 0;
  return text.replace(/\n/g, () => endings[index++ % endings.length]!);
}

function lineEndingsOf(text: string): string[] {
  return text.match(LINE_ENDING) ?? [];
}

function toLf(text: string): string {
  return text.replace(LINE_ENDING, '\n');
}

/** Where each offset of `lf` lies in `source`, the same text with other line endings. */
function offsetsIn(lf: string, source: string): Int32Array {
  const offsets = new Int32Array(lf.length + 1);
  let at = 0;
  for (let index = 0; index <= lf.length; index++) {
    offsets[index] = at;
    at += lf[index] === '\n' && source.startsWith('\r\n', at) ? 2 : 1;
  }
  return offsets;
}

/** The line endings of the lines an edit touches: the one before it, those inside it and the one after it (LF in a text without any). */
function lineEndingsAround(source: string, start: number, end: number): Set<string> {
  const before = /(\r\n|\r|\n)[^\r\n]*$/u.exec(source.slice(0, start))?.[1];
  const after = /\r\n|\r|\n/u.exec(source.slice(end))?.[0];
  const around = [...(before ? [before] : []), ...lineEndingsOf(source.slice(start, end)), ...(after ? [after] : [])];
  return new Set(around.length > 0 ? around : ['\n']);
}

function fixesOf(messages: readonly LintMessage[]): TextEdit[] {
  return messages.flatMap((message) => (message.fix ? [message.fix] : []));
}

function positions(messages: readonly LintMessage[]) {
  return messages.map(({ ruleId, messageId, line, column, endLine, endColumn, message }) => ({
    ruleId,
    messageId,
    line,
    column,
    endLine,
    endColumn,
    // A message quoting a line ending quotes the document's own.
    message: toLf(message),
  }));
}

interface Case {
  name: string;
  text: string;
  options: LintOptions;
}

const cases: Case[] = [];
for (const rule of allRules) {
  for (const example of [...rule.meta.examples.valid, ...rule.meta.examples.invalid]) {
    const common: LintOptions = {
      ...(example.profile ? { defaultProfile: example.profile } : {}),
      ...(example.settings ? { config: example.settings } : {}),
    };
    // Examples written with other line endings are compared with their LF form.
    const text = toLf(example.text);
    cases.push({ name: `${rule.meta.id}: ${example.title.en}`, text, options: { ...common, onlyRules: [rule.meta.id], ruleOptions: { [rule.meta.id]: example.options ?? {} } } });
    cases.push({ name: `${rule.meta.id}: ${example.title.en}, every rule`, text, options: common });
  }
}
/** Line breaks where the examples have none: inside the lead's first words, a front matter value, the last paragraph and the signature. */
const LINE_BREAKS_INSIDE_BLOCKS: ReadonlyArray<{ name: string; text: string }> = [
  {
    name: 'a lead without a date whose first words run over two lines',
    text: '# Hội nghị tổng kết công tác năm 2026\n\nSở Khoa học\nvà Công nghệ tổ chức hội nghị tổng kết công tác năm 2026.\n',
  },
  {
    name: 'a front matter title over two lines that differs from the headline',
    text: '---\ntitle: Hội nghị tổng kết công tác\n  năm 2025\n---\n\n# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị.\n',
  },
  {
    name: 'a signature after a hard line break, backslash or two spaces',
    text: '# Hội nghị tổng kết\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị./.\\\nMinh Anh – Sở Tài chính\n\n# Hội nghị sơ kết\n\nSáng 14/7, Sở Tài chính tổ chức hội nghị sơ kết./.  \nMinh Anh – Sở Tài chính\n',
  },
  {
    name: 'two short lines after the end mark',
    text: '# Hội nghị tổng kết\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết./.\n\nBan biên tập\nSở Tài chính\n',
  },
];
for (const { name, text } of LINE_BREAKS_INSIDE_BLOCKS) cases.push({ name, text, options: {} });

const REPO_ROOT = path.join(import.meta.dirname, '..', '..');
for (const { name, text } of [...REAL_DOCUMENTS, { name: 'examples/README.md', text: readFileSync(path.join(REPO_ROOT, 'examples', 'README.md'), 'utf8') }]) {
  for (const profile of ['vn-news', 'vn-press-release', 'en-press-release']) cases.push({ name: `${name} as ${profile}`, text: toLf(text), options: { defaultProfile: profile } });
}

/**
 * Lints and fixes `text` (LF) and the same text with the given line endings:
 * the same messages, and fixes pass by pass as lintAndFix makes them, the
 * same edits at the same places, writing only line endings of the lines they
 * touch.
 */
function assertSameAsLf(text: string, options: LintOptions, endings: readonly string[]): void {
  const source = withLineEndings(text, endings);
  const lfOutcome = lint(text, options);
  assert.deepEqual(positions(lint(source, options).messages), positions(lfOutcome.messages), 'messages');
  let lf = text;
  let fixed = source;
  for (let pass = 1; pass <= FIX_PASSES && !isUnsafeToFix(lfOutcome.model); pass++) {
    const lfEdits = fixesOf(lint(lf, options).messages);
    const edits = fixesOf(lint(fixed, options).messages);
    const offsets = offsetsIn(lf, fixed);
    assert.deepEqual(
      edits.map(({ start, end, text: replacement }) => ({ start, end, text: toLf(replacement) })),
      lfEdits.map(({ start, end, text: replacement }) => ({ start: offsets[start], end: offsets[end], text: replacement })),
      `pass ${pass}: the edits made with LF`,
    );
    for (const edit of edits) {
      const around = lineEndingsAround(fixed, edit.start, edit.end);
      for (const ending of lineEndingsOf(edit.text)) assert.ok(around.has(ending), `pass ${pass}: ${JSON.stringify(edit)} writes a line ending of no line it touches`);
    }
    const lfFixed = applyEdits(lf, lfEdits).output;
    if (lfFixed === lf) break;
    lf = lfFixed;
    fixed = applyEdits(fixed, edits).output;
  }
  assert.equal(lintAndFix(text, options).output ?? text, lf, 'fixed with LF as above');
  assert.equal(lintAndFix(source, options).output ?? source, fixed, 'fixed text');
}

for (const [style, endings] of Object.entries(STYLES)) {
  describe(`every rule with ${style} line endings`, () => {
    for (const { name, text, options } of cases) it(name, () => assertSameAsLf(text, options, endings));
  });
}

describe('generated and mutated releases with every line ending', () => {
  it('get the messages and fixes they get with LF', () => {
    fc.assert(
      fc.property(anyDocument, defaultProfile, fc.constantFrom(...Object.values(STYLES)), (document, profile, endings) => {
        assertSameAsLf(toLf(document), profile === undefined ? {} : { defaultProfile: profile }, endings);
      }),
      { seed: 20_260_414, numRuns: 300, includeErrorInReport: true },
    );
  });
});
