import { parseDocument, isMap, isScalar, isPair, visit } from 'yaml';
import type { Root } from 'mdast';
import type { FrontMatter, FrontMatterEntry } from './types';

const OPENING_FENCE = /^(?:\uFEFF)?---[ \t]*\r?\n/;

/**
 * Reads the YAML front matter with positions. A YAML error is kept with its
 * own offsets so that the rest of the document is still modelled and linted.
 */
export function readFrontMatter(tree: Root, source: string): FrontMatter | undefined {
  const first = tree.children[0];
  if (first?.type === 'yaml' && first.position) {
    const start = first.position.start.offset ?? 0;
    const end = first.position.end.offset ?? start;
    const opening = OPENING_FENCE.exec(source.slice(start));
    const yamlStart = start + (opening ? opening[0].length : 4);
    const yamlEnd = yamlStart + first.value.length;
    return parseYaml(first.value, { start, end }, { start: yamlStart, end: yamlEnd });
  }
  const opening = OPENING_FENCE.exec(source);
  if (opening) {
    // An opening fence that remark did not pair with a closing one.
    const fenceEnd = opening[0].length;
    return {
      span: { start: 0, end: fenceEnd },
      yamlSpan: { start: fenceEnd, end: fenceEnd },
      data: {},
      entries: [],
      unclosed: true,
      error: { message: 'unclosed', start: 0, end: opening[0].trimEnd().length },
    };
  }
  return undefined;
}

function parseYaml(
  yaml: string,
  span: FrontMatter['span'],
  yamlSpan: FrontMatter['yamlSpan'],
): FrontMatter {
  // Warnings (a key that is a collection) would go to the process's stderr: only errors matter here.
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const base = yamlSpan.start;
  const firstError = document.errors[0];
  const error = firstError
    ? {
        message: firstError.message.split('\n')[0] ?? firstError.message,
        start: base + firstError.pos[0],
        end: base + Math.max(firstError.pos[1], characterEnd(yaml, firstError.pos[0])),
      }
    : undefined;
  const entries: FrontMatterEntry[] = [];
  const contents = document.contents;
  if (isMap(contents)) {
    for (const item of contents.items) {
      if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
      const keyRange = item.key.range;
      const valueNode = item.value as { range?: [number, number, number] } | null;
      const valueRange = valueNode?.range ?? [keyRange[1], keyRange[1], keyRange[1]];
      entries.push({
        key: String(item.key.value),
        keySpan: { start: base + keyRange[0], end: base + keyRange[1] },
        valueSpan: { start: base + valueRange[0], end: base + valueRange[1] },
        value: (item.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? (isScalar(item.value) ? item.value.value : null),
      });
    }
  }
  let data: Record<string, unknown> = {};
  let aliasError: FrontMatter['error'];
  if (!error) {
    try {
      const json: unknown = document.toJS({ maxAliasCount: 50 });
      if (json && typeof json === 'object' && !Array.isArray(json)) data = json as Record<string, unknown>;
    } catch (thrown) {
      // An alias without its anchor (`*x`) or past the alias limit parses cleanly and throws only here.
      aliasError = { message: thrown instanceof Error ? thrown.message : String(thrown), ...firstAliasSpan(document, base, yamlSpan) };
    }
  }
  const result: FrontMatter = { span, yamlSpan, data, entries };
  if (error ?? aliasError) result.error = (error ?? aliasError)!;
  else if (contents && !isMap(contents)) {
    const range = (contents as { range?: [number, number, number] }).range ?? [0, 1, 1];
    result.error = { message: 'not-a-mapping', start: base + range[0], end: base + range[1] };
  }
  return result;
}

/** The span of the first alias in the YAML (the likely culprit of a failed conversion), or of the whole YAML. */
function firstAliasSpan(document: ReturnType<typeof parseDocument>, base: number, yamlSpan: FrontMatter['yamlSpan']): { start: number; end: number } {
  let range: [number, number, number] | undefined;
  visit(document, {
    Alias(_key, node) {
      range = node.range ?? undefined;
      return range ? visit.BREAK : undefined;
    },
  });
  return range ? { start: base + range[0], end: base + Math.max(range[1], range[0] + 1) } : { start: yamlSpan.start, end: Math.max(yamlSpan.end, yamlSpan.start) };
}

/** The end of the character at `offset`: an error pointing at an emoji must not end inside its surrogate pair. */
function characterEnd(text: string, offset: number): number {
  return offset + ((text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1);
}
