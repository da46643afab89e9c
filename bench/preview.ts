/**
 * Preview update latency: what the extension does after a keystroke in a
 * release (build the model, render it, cut the article into blocks and diff
 * them against the previous rendering), against the bare parse of the same
 * text. Part of `npm run bench` (`npm run bench -- --only preview`).
 *
 * The core comes from the built library (dist/index.js), the block diff from
 * the extension's source (src/extension/preview/article-blocks.ts, which has
 * no `vscode` import).
 */
import { diffBlocks, splitArticle, type ArticleBlock } from '../src/extension/preview/article-blocks';
import { floorParseContender, measureInterleaved, typingSimulator, type GovpressLibrary, type InProcessResult, type InterleavedPlan, type PeerApis } from './in-process';

export const PREVIEW_UPDATE_LABEL = 'preview update: buildModel + renderRelease + splitArticle + diffBlocks';

export interface PreviewMeasurement {
  results: InProcessResult[];
  /** Blocks the last keystroke re-sent, of all the article's blocks. */
  patchedBlocks: number;
  blockCount: number;
}

/** Image URLs become webview URIs, as in the preview. */
const resolveImage = (url: string): string => `https://file%2B.vscode-resource.vscode-cdn.net/workspace/${encodeURI(url)}`;

/** Each iteration types one more character into a body paragraph, so every step works on a new text, as in the editor. */
export function measurePreviewUpdate(library: GovpressLibrary, apis: PeerApis, text: string, plan: Omit<InterleavedPlan, 'inputFor'>): PreviewMeasurement {
  const { buildModel, renderRelease } = library;
  let shown: ArticleBlock[] = splitArticle(renderRelease(buildModel(text), { resolveImage })).blocks;
  let patchedBlocks = 0;
  let blockCount = 0;
  const typed = typingSimulator(text);
  const results = measureInterleaved(
    [
      floorParseContender(apis),
      { label: 'buildModel', role: 'govpress', run: (input) => void buildModel(input) },
      { label: 'buildModel + renderRelease', role: 'govpress', run: (input) => void renderRelease(buildModel(input), { resolveImage }) },
      {
        label: PREVIEW_UPDATE_LABEL,
        role: 'govpress',
        run: (input) => {
          const blocks = splitArticle(renderRelease(buildModel(input), { resolveImage })).blocks;
          const patches = diffBlocks(shown, blocks);
          shown = blocks;
          patchedBlocks = patches.filter((patch) => 'html' in patch).length;
          blockCount = patches.length;
          return undefined;
        },
      },
    ],
    { ...plan, inputFor: (iteration) => typed(iteration + 1) },
  );
  return { results, patchedBlocks, blockCount };
}
