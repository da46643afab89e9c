/**
 * Preview update latency: what the extension does after a keystroke in a
 * 1,500-word release (build the model, render it, cut the article into
 * blocks and diff them against the previous rendering), against the bare
 * parse of the same text. Budget: p50 at most 3× the bare parse.
 *
 * Each iteration types one more character into a body paragraph, so every
 * step works on a new text, as in the editor. Contenders are interleaved,
 * medians compared (the machine is small and noisy; see bench/run.ts).
 *
 * Usage: `npm run build && node --import tsx bench/preview.ts`. The core comes
 * from the built library (dist/index.js), the block diff from the extension's
 * source (src/extension/preview/article-blocks.ts, which has no `vscode` import).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { diffBlocks, splitArticle, type ArticleBlock } from '../src/extension/preview/article-blocks';
import { countWords, generateCorpus } from './generate';

type Library = typeof import('../src/index');

const BENCH_DIR = import.meta.dirname;
const LIBRARY = path.resolve(BENCH_DIR, '..', 'dist', 'index.js');
const WARMUP_ITERATIONS = 30;
const ITERATIONS = 300;
const BUDGET = 3;

if (!existsSync(LIBRARY)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(2);
}
const { buildModel, renderRelease } = createRequire(import.meta.url)(LIBRARY) as Library;
const text = readFileSync(generateCorpus(path.join(BENCH_DIR, 'corpus')).singleFile, 'utf8');

/** The text after `count` keystrokes typed in the middle of the body. */
const typingPoint = text.indexOf('\n\n', Math.floor(text.length / 2)) - 1;
const typed = (count: number): string => `${text.slice(0, typingPoint)}${'a'.repeat(count)}${text.slice(typingPoint)}`;

/** Image URLs become webview URIs, as in the preview. */
const resolveImage = (url: string): string => `https://file%2B.vscode-resource.vscode-cdn.net/workspace/${encodeURI(url)}`;

const parser = unified().use(remarkParse).use(remarkFrontmatter).freeze();

interface Contender {
  label: string;
  run: (input: string) => void;
  samples: number[];
}

let shown: ArticleBlock[] = splitArticle(renderRelease(buildModel(text), { resolveImage })).blocks;
let patchedBlocks = 0;
let blockCount = 0;

const contenders: Contender[] = [
  { label: 'floor: bare parse (remark-parse + remark-frontmatter)', run: (input) => void parser.parse(input), samples: [] },
  { label: 'buildModel', run: (input) => void buildModel(input), samples: [] },
  { label: 'buildModel + renderRelease', run: (input) => void renderRelease(buildModel(input), { resolveImage }), samples: [] },
  {
    label: 'preview update: buildModel + renderRelease + splitArticle + diffBlocks',
    run: (input) => {
      const blocks = splitArticle(renderRelease(buildModel(input), { resolveImage })).blocks;
      const patches = diffBlocks(shown, blocks);
      shown = blocks;
      patchedBlocks = patches.filter((patch) => 'html' in patch).length;
      blockCount = patches.length;
    },
    samples: [],
  },
];

let keystrokes = 0;
for (let iteration = 0; iteration < WARMUP_ITERATIONS; iteration++) for (const contender of contenders) contender.run(typed(++keystrokes));
for (let iteration = 0; iteration < ITERATIONS; iteration++) {
  const input = typed(++keystrokes);
  // Rotating the order spreads the machine's noise over all contenders.
  for (let turn = 0; turn < contenders.length; turn++) {
    const contender = contenders[(iteration + turn) % contenders.length]!;
    const start = performance.now();
    contender.run(input);
    contender.samples.push(performance.now() - start);
  }
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const floorP50 = percentile(contenders[0]!.samples, 50);
const floorP95 = percentile(contenders[0]!.samples, 95);
console.log(`Preview update latency, ${countWords(text)}-word release, ${ITERATIONS} keystrokes (after ${WARMUP_ITERATIONS} warm-up)\n`);
console.log('| step | p50 ms | p95 ms | p50 × floor | p95 × floor |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const { label, samples } of contenders) {
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  console.log(`| ${label} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${(p50 / floorP50).toFixed(2)} | ${(p95 / floorP95).toFixed(2)} |`);
}
const update = contenders.at(-1)!;
const ratio = percentile(update.samples, 50) / floorP50;
console.log(`\nA keystroke re-sends ${patchedBlocks} of ${blockCount} blocks.`);
console.log(`Preview update p50 = ${ratio.toFixed(2)}× the bare parse (budget ${BUDGET}×): ${ratio <= BUDGET ? 'within budget' : 'OVER BUDGET'}.`);
process.exitCode = ratio <= BUDGET ? 0 : 1;
