/**
 * In-process latency: contenders called in one process on the same inputs,
 * interleaved in a rotating order, so the machine's noise falls on all of
 * them alike. Also loads the built GovPress library the measurements call.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Role } from './process';
import { rotate } from './stats';

export type GovpressLibrary = typeof import('../src/index');

const GOVPRESS_LIBRARY = path.resolve(import.meta.dirname, '..', 'dist', 'index.js');

export interface InProcessContender {
  label: string;
  role: Role;
  /** One call on `input`; returns the problems found, if it looks for any. */
  run?: (input: string) => number | undefined;
  /** Why it cannot be measured ("not built"). */
  unavailable?: string;
}

export interface InProcessResult {
  contender: InProcessContender;
  samplesMs: number[];
  /** What the last call reported. */
  problemCount?: number;
  /** The error of a call that threw: the contender was dropped. */
  failure?: string;
}

export interface InterleavedPlan {
  warmUpIterations: number;
  iterations: number;
  /** The input of an iteration (counted from the first warm-up one), the same for every contender. */
  inputFor: (iteration: number) => string;
}

/** The floor's and the peers' in-process APIs, each built once, as an editor or a CLI would hold it. */
export interface PeerApis {
  /** unified + remark-parse + remark-frontmatter: the bare-parse floor. */
  parse: (text: string) => void;
  /** markdownlint's sync API; returns the problems found. */
  markdownlint: (text: string, filePath: string) => number;
  /** remark-lint with the recommended and consistent presets; returns the problems found. */
  remarkLint: (text: string, filePath: string) => number;
}

/**
 * Loaded with import(), not static imports: under tsx, the same packages
 * imported statically parsed about 1.4× slower than with import() or in
 * plain Node (p50 of the bare parse, 5,000-word release), which would
 * flatter GovPress, whose bundle is not affected.
 */
export async function loadPeerApis(): Promise<PeerApis> {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const { default: presetRecommended } = await import('remark-preset-lint-recommended');
  const { default: presetConsistent } = await import('remark-preset-lint-consistent');
  const { VFile } = await import('vfile');
  const { lint: markdownlintSync } = await import('markdownlint/sync');
  const parser = unified().use(remarkParse).use(remarkFrontmatter).freeze();
  const remarkLinter = unified().use(remarkParse).use(remarkFrontmatter).use(presetRecommended).use(presetConsistent).freeze();
  return {
    parse: (text) => void parser.parse(text),
    markdownlint: (text, filePath) => markdownlintSync({ strings: { [filePath]: text } })[filePath]?.length ?? 0,
    remarkLint: (text, filePath) => {
      const file = new VFile({ path: filePath, value: text });
      remarkLinter.runSync(remarkLinter.parse(file), file);
      return file.messages.length;
    },
  };
}

export function floorParseContender(apis: PeerApis): InProcessContender {
  return { label: 'floor: bare parse (remark-parse + remark-frontmatter)', role: 'floor', run: (input) => void apis.parse(input) };
}

export function measureInterleaved(contenders: readonly InProcessContender[], plan: InterleavedPlan): InProcessResult[] {
  const results: InProcessResult[] = contenders.map((contender) => ({ contender, samplesMs: [] }));
  for (let iteration = 0; iteration < plan.warmUpIterations + plan.iterations; iteration++) {
    const input = plan.inputFor(iteration);
    const isWarmUp = iteration < plan.warmUpIterations;
    const measurable = results.filter((result) => result.contender.run !== undefined && result.failure === undefined);
    for (const result of rotate(measurable, iteration)) {
      try {
        const start = performance.now();
        const problems = result.contender.run?.(input);
        const elapsedMs = performance.now() - start;
        result.problemCount = problems;
        if (!isWarmUp) result.samplesMs.push(elapsedMs);
      } catch (error) {
        result.failure = `failed: ${error instanceof Error ? error.message : String(error)}`;
        result.samplesMs = [];
      }
    }
  }
  return results;
}

/**
 * The text after `count` keystrokes typed before the last character (the
 * full stop) of the first paragraph past the middle of the text: each is a
 * new version of the document, as in the editor, so nothing can be reused
 * from the previous call.
 */
export function typingSimulator(text: string): (count: number) => string {
  const typingPoint = text.indexOf('\n\n', Math.floor(text.length / 2)) - 1;
  if (typingPoint < 0) throw new Error('no paragraph break in the second half of the text');
  return (count) => `${text.slice(0, typingPoint)}${'a'.repeat(count)}${text.slice(typingPoint)}`;
}

/** The built library (dist/index.js, CommonJS), or why it cannot be used. */
export function loadGovpressLibrary(): { library: GovpressLibrary } | { unavailable: string } {
  if (!existsSync(GOVPRESS_LIBRARY)) return { unavailable: 'not built' };
  try {
    const library = createRequire(import.meta.url)(GOVPRESS_LIBRARY) as Partial<GovpressLibrary>;
    if (typeof library.lint !== 'function' || !Array.isArray(library.allRules)) return { unavailable: 'failed: dist/index.js exports no lint() or allRules' };
    return { library: library as GovpressLibrary };
  } catch (error) {
    return { unavailable: `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
