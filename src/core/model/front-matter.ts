import { Document, parseDocument, isMap, isScalar, isPair, visit } from 'yaml';
import type { Root } from 'mdast';
import type { FrontMatter, FrontMatterEntry } from './types';
import { FRONT_MATTER_OPENING } from '../parse';

const LONE_CR = /\r(?!\n)/g;

// Warnings (a key that is a collection) would go to the process's stderr: only errors matter here.
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;

/**
 * A line the simple reader may read: printable characters of the Basic
 * Multilingual Plane, without tabs, line separators or a byte order mark.
 */
const SIMPLE_LINE = /^[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
/**
 * `key: value` at the start of a line: an ASCII key, then a quoted string
 * without escapes or a plain scalar on one line. A plain scalar starts with no
 * indicator and holds no `: ` and no ` #` (a comment); trailing spaces are not
 * part of any value.
 */
const SIMPLE_ENTRY = /^([A-Za-z_][\w-]{0,63}):( +)("[^"\\]*"|'[^']*'|[^\s"'#&*!|>%@`\-?:,[\]{}](?:[^:#]|:(?=[^ ])|(?<! )#)*?) *$/;
/**
 * The YAML schema's tests for plain scalars that are not strings (`null`,
 * `true`, `12`, `1e3`, `.inf`), joined into one pattern: one run instead of
 * one per test. The tests are anchored and carry no flags.
 */
const NON_STRING_SCALAR = new RegExp(
  new Document(undefined, YAML_OPTIONS).schema.tags.flatMap((tag) => ('test' in tag && tag.test ? [`(?:${tag.test.source})`] : [])).join('|'),
);

/**
 * Reads the YAML front matter with positions. A YAML error is kept with its
 * own offsets so that the rest of the document is still modelled and linted.
 */
export function readFrontMatter(tree: Root, source: string): FrontMatter | undefined {
  const first = tree.children[0];
  if (first?.type === 'yaml' && first.position) {
    const start = first.position.start.offset ?? 0;
    const end = first.position.end.offset ?? start;
    const opening = FRONT_MATTER_OPENING.exec(source.slice(start));
    const yamlStart = start + (opening ? opening[0].length : 4);
    const yamlEnd = yamlStart + first.value.length;
    const yamlSpan = { start: yamlStart, end: yamlEnd };
    // An error at the end of the YAML points at the line ending before the closing fence, which may be a CRLF.
    const closingLineEnding = /^(?:\r\n|\r|\n)/u.exec(source.slice(yamlEnd, yamlEnd + 2))?.[0] ?? '';
    return readSimpleYaml(first.value, { start, end }, yamlSpan) ?? parseYaml(first.value, { start, end }, yamlSpan, closingLineEnding);
  }
  const opening = FRONT_MATTER_OPENING.exec(source);
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

/**
 * Reads front matter written as flat `key: value` lines with string values
 * (and comment and blank lines) without the YAML library, whose parse costs
 * more than the rest of the model. Any other form returns undefined and is
 * left to the library: for what it reads, this gives the library's values and
 * positions (a test compares both on generated front matter).
 */
export function readSimpleYaml(yaml: string, span: FrontMatter['span'], yamlSpan: FrontMatter['yamlSpan']): FrontMatter | undefined {
  const base = yamlSpan.start;
  const data: Record<string, unknown> = {};
  const entries: FrontMatterEntry[] = [];
  for (let lineStart = 0; lineStart < yaml.length; ) {
    const newline = yaml.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? yaml.length : newline;
    // A CR before the LF belongs to the line break (a lone CR is no simple line).
    const line = yaml.slice(lineStart, newline > lineStart && yaml[newline - 1] === '\r' ? newline - 1 : lineEnd);
    if (!SIMPLE_LINE.test(line)) return undefined;
    if (line !== '' && !line.startsWith('#')) {
      const match = SIMPLE_ENTRY.exec(line);
      if (!match) return undefined;
      const key = match[1]!;
      const spaces = match[2]!;
      const written = match[3]!;
      const quoted = written.startsWith('"') || written.startsWith("'");
      const value = quoted ? written.slice(1, -1) : written;
      // A repeated key is an error, `__proto__` a special key of the data object, and `true` or `12` no string.
      if (key === '__proto__' || Object.hasOwn(data, key) || isNonStringScalar(key) || (!quoted && isNonStringScalar(value))) return undefined;
      const valueStart = base + lineStart + key.length + 1 + spaces.length;
      entries.push({
        key,
        keySpan: { start: base + lineStart, end: base + lineStart + key.length },
        valueSpan: { start: valueStart, end: valueStart + written.length },
        value,
      });
      data[key] = value;
    }
    lineStart = lineEnd + 1;
  }
  return entries.length > 0 ? { span, yamlSpan, data, entries } : undefined;
}

/**
 * The YAML library's document of a front matter. The library ends lines at LF
 * only, so a lone CR (classic Mac files) is read as the line break it is in
 * Markdown; one character for one, offsets stay the same.
 */
export function parseYamlDocument(yaml: string): Document.Parsed {
  return parseDocument(yaml.replace(LONE_CR, '\n'), YAML_OPTIONS);
}

function isNonStringScalar(plain: string): boolean {
  return NON_STRING_SCALAR.test(plain);
}

/** Reads the front matter with the YAML library, whatever it holds (also for tests of the simple reader). */
export function parseYaml(yaml: string, span: FrontMatter['span'], yamlSpan: FrontMatter['yamlSpan'], closingLineEnding = ''): FrontMatter {
  const document = parseYamlDocument(yaml);
  const base = yamlSpan.start;
  const firstError = document.errors[0];
  const error = firstError
    ? {
        message: firstError.message.split('\n')[0] ?? firstError.message,
        start: base + firstError.pos[0],
        end: base + Math.max(firstError.pos[1], characterEnd(yaml + closingLineEnding, firstError.pos[0])),
        code: firstError.code,
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
function firstAliasSpan(document: Document.Parsed, base: number, yamlSpan: FrontMatter['yamlSpan']): { start: number; end: number } {
  let range: [number, number, number] | undefined;
  visit(document, {
    Alias(_key, node) {
      range = node.range ?? undefined;
      return range ? visit.BREAK : undefined;
    },
  });
  return range ? { start: base + range[0], end: base + Math.max(range[1], range[0] + 1) } : { start: yamlSpan.start, end: Math.max(yamlSpan.end, yamlSpan.start) };
}

/** The end of the character at `offset`: an error pointing at an emoji or a CRLF must not end inside it. */
function characterEnd(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  return offset + ((text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1);
}
