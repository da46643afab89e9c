/**
 * Adversarial properties of the lint engine, over generated releases and
 * mutations of the seed and the examples (see `arbitraries.ts`):
 *
 * - lint never throws, and every message lies inside the document with
 *   line/column matching its offset and no end inside a surrogate pair;
 * - fixes keep the text well-formed UTF-16 (so it encodes to UTF-8 without
 *   loss) and keep NFC text NFC;
 * - fixing is idempotent: fixing the fixed text changes nothing;
 * - one pass of fixes leaves every byte outside the applied edits as it was.
 *
 * Seeds are fixed so that a run is reproducible; run counts keep the file
 * within its share of the test time on a loaded two-core machine.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, lintAndFix, type LintOptions } from '../../src/core/lint/engine';
import { applyEdits } from '../../src/core/lint/edits';
import type { TextEdit } from '../../src/core/types';
import {
  PROFILE_IDS,
  REAL_DOCUMENTS,
  anyDocument,
  brokenUtf16Document,
  defaultProfile,
  editProblems,
  introducesNoLoneSurrogate,
  messageProblems,
  mutatedRuleExample,
  utf8Offsets,
  type ProfileId,
} from './arbitraries';

/**
 * One fixed seed per property (offset by a constant) so that each explores
 * different documents. `GOVPRESS_FUZZ_SEED` and `GOVPRESS_FUZZ_SCALE` (a run
 * count multiplier) let a developer search longer locally; `npm test` keeps
 * the defaults, so that it is reproducible and bounded in time.
 */
const SEED = Number(process.env['GOVPRESS_FUZZ_SEED'] ?? 20_260_414);
const RUN_SCALE = Number(process.env['GOVPRESS_FUZZ_SCALE'] ?? 1);

function runParameters(numRuns: number, seedOffset: number): fc.Parameters<unknown> {
  // The failing assertion goes into the report: the test runner does not print an error's cause.
  return { seed: SEED + seedOffset, numRuns: Math.max(1, Math.round(numRuns * RUN_SCALE)), includeErrorInReport: true };
}

function lintOptions(profile: ProfileId | undefined): LintOptions {
  return profile === undefined ? {} : { defaultProfile: profile };
}

function isNfc(text: string): boolean {
  return text.normalize('NFC') === text;
}

/** Lints and checks every message against the text it was found in. */
function assertWellFormedLint(text: string, options: LintOptions): void {
  const outcome = lint(text, options);
  assert.equal(outcome.source, text);
  assert.deepEqual(outcome.messages.flatMap((message) => messageProblems(text, message)), []);
}

/** Fixes all, then checks validity of the output and that fixing again does nothing. */
function assertFixesConverge(text: string, options: LintOptions): void {
  const fixed = lintAndFix(text, options);
  const output = fixed.output ?? text;
  assert.equal(fixed.source, output, 'the final lint is of the fixed text');
  assert.deepEqual(fixed.messages.flatMap((message) => messageProblems(output, message)), [], 'messages of the final lint');
  assert.ok(introducesNoLoneSurrogate(text, output), 'fixes made a new lone surrogate');
  if (isNfc(text)) assert.ok(isNfc(output), `fixes turned NFC text into non-NFC text: ${JSON.stringify(firstDifference(text, output))}`);
  const again = lintAndFix(output, options);
  assert.equal(again.output, undefined, `fixing twice changed the text again: ${JSON.stringify(firstDifference(output, again.output ?? output))}`);
}

/** The neighbourhood of the first difference between two texts, for readable failures. */
function firstDifference(before: string, after: string): { at: number; before: string; after: string } {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  return { at, before: before.slice(Math.max(0, at - 20), at + 30), after: after.slice(Math.max(0, at - 20), at + 30) };
}

/**
 * One pass of fixes, as `lintAndFix` applies it: the applied edits are in
 * order, do not overlap, and every UTF-8 byte between them is unchanged.
 * Comparing bytes rather than strings catches an edit that cuts a surrogate
 * pair or pairs up two lone halves: the text beside it then encodes differently.
 */
function assertOnePassTouchesOnlyEdits(text: string, options: LintOptions): void {
  const outcome = lint(text, options);
  const edits = outcome.messages.flatMap((message) => (message.fix ? [message.fix] : []));
  const { output, applied } = applyEdits(text, edits);
  assert.deepEqual(applied.flatMap((edit) => editProblems(text, edit, 'applied edit')), []);
  const sourceBytes = Buffer.from(text, 'utf8');
  const outputBytes = Buffer.from(output, 'utf8');
  const sourceOffsets = utf8Offsets(text);
  const outputOffsets = utf8Offsets(output);
  let cursor = 0;
  let shift = 0;
  const unchanged: Array<{ from: number; to: number }> = [];
  for (const edit of applied) {
    assert.ok(edit.start >= cursor, `edits overlap or are out of order at ${edit.start}`);
    unchanged.push({ from: cursor, to: edit.start });
    cursor = edit.end;
  }
  unchanged.push({ from: cursor, to: text.length });
  applied.forEach((edit: TextEdit, index) => {
    const segment = unchanged[index]!;
    compareSegment(segment.from, segment.to, shift);
    shift += edit.text.length - (edit.end - edit.start);
  });
  const last = unchanged[unchanged.length - 1]!;
  compareSegment(last.from, last.to, shift);
  assert.equal(output.length, text.length + shift);

  function compareSegment(from: number, to: number, segmentShift: number): void {
    const sourceFrom = sourceOffsets[from]!;
    const sourceTo = sourceOffsets[to]!;
    const outputFrom = outputOffsets[from + segmentShift]!;
    const outputTo = outputOffsets[to + segmentShift]!;
    assert.ok(sourceFrom >= 0 && sourceTo >= 0, `unchanged text [${from}, ${to}) starts or ends inside a surrogate pair of the source`);
    assert.ok(outputFrom >= 0 && outputTo >= 0, `unchanged text [${from}, ${to}) starts or ends inside a surrogate pair of the output`);
    assert.ok(
      sourceBytes.subarray(sourceFrom, sourceTo).equals(outputBytes.subarray(outputFrom, outputTo)),
      `bytes of [${from}, ${to}) changed: ${JSON.stringify(text.slice(from, to).slice(0, 60))}`,
    );
  }
}

describe('adversarial: lint never throws and reports well-formed messages', () => {
  it('on generated and mutated releases, whatever the default profile', () => {
    fc.assert(
      // Both display languages: a message template of either may lack a value.
      fc.property(anyDocument, defaultProfile, fc.constantFrom('vi' as const, 'en' as const), (text, profile, lang) =>
        assertWellFormedLint(text, { ...lintOptions(profile), lang }),
      ),
      runParameters(180, 1),
    );
  });

  it('on text with lone surrogates and cut surrogate pairs (lint and lintAndFix)', () => {
    fc.assert(
      fc.property(brokenUtf16Document, defaultProfile, (text, profile) => {
        const options = lintOptions(profile);
        assertWellFormedLint(text, options);
        // A fix may copy the writer's lone halves (a heading into the title): only new ones are wrong.
        const fixed = lintAndFix(text, options);
        if (fixed.output !== undefined) assert.ok(introducesNoLoneSurrogate(text, fixed.output), 'fixes made a new lone surrogate');
      }),
      runParameters(50, 2),
    );
  });
});

describe('adversarial: fixes', () => {
  it('keep text well-formed and NFC, and fixing twice equals fixing once', () => {
    fc.assert(
      fc.property(anyDocument, defaultProfile, (text, profile) => assertFixesConverge(text, lintOptions(profile))),
      runParameters(110, 3),
    );
  });

  it('one pass leaves every byte outside the applied edits unchanged', () => {
    fc.assert(
      // Broken UTF-16 too: an edit that paired up two lone halves would change the bytes beside it.
      fc.property(fc.oneof({ weight: 4, arbitrary: anyDocument }, { weight: 1, arbitrary: brokenUtf16Document }), defaultProfile, (text, profile) =>
        assertOnePassTouchesOnlyEdits(text, lintOptions(profile)),
      ),
      runParameters(110, 4),
    );
  });

  it('of each rule alone, on mutations of its own documentation examples', () => {
    fc.assert(
      fc.property(mutatedRuleExample, ({ ruleId, options, profile, text }) => {
        const lintOptions: LintOptions = { onlyRules: [ruleId], ruleOptions: { [ruleId]: options }, ...(profile ? { defaultProfile: profile } : {}) };
        assertWellFormedLint(text, lintOptions);
        assertOnePassTouchesOnlyEdits(text, lintOptions);
        assertFixesConverge(text, lintOptions);
      }),
      runParameters(300, 5),
    );
  });

  it('on the seed and the examples as they are, with every profile', () => {
    for (const document of REAL_DOCUMENTS) {
      for (const profile of PROFILE_IDS) {
        const options = lintOptions(profile);
        assertWellFormedLint(document.text, options);
        assertOnePassTouchesOnlyEdits(document.text, options);
        assertFixesConverge(document.text, options);
      }
    }
  });
});
