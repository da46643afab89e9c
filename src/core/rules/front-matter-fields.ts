/**
 * Nested front matter fields with source positions (`signer.name`,
 * `recipients[2]`), and in-place edits of their scalar values. The model keeps
 * positions of top-level keys only; press-release rules need to point at, and
 * fix, values inside mappings and lists.
 */
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { parseYamlDocument } from '../model/front-matter';
import { perModel } from '../model/prose';
import type { PressRelease, Span } from '../model/types';
import type { TextEdit } from '../types';
import { frontMatterSpan } from './helpers';
import { lineStartBefore } from '../text/line-index';

/** A path into the front matter: mapping keys and list indexes. */
export type FieldPath = readonly (string | number)[];

export interface FrontMatterField {
  /** The parsed value (strings, numbers, arrays, plain objects, null). */
  value: unknown;
  /** The key as written; absent for list items. */
  keySpan?: Span;
  /** The value as written (quotes included); an empty span after the key when there is no value. */
  valueSpan: Span;
}

/** One YAML parse per model: several rules look up fields of the same document. */
const yamlDocument = perModel((doc): Document.Parsed | undefined => {
  const frontMatter = doc.frontMatter;
  return frontMatter && !frontMatter.error ? parseYamlDocument(doc.source.slice(frontMatter.yamlSpan.start, frontMatter.yamlSpan.end)) : undefined;
});

function nodeSpan(node: unknown, base: number, fallback: number): Span {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? { start: base + range[0], end: base + range[1] } : { start: fallback, end: fallback };
}

interface Cursor extends FrontMatterField {
  /** The YAML node, to walk further down. */
  node: unknown;
}

interface LocatedField extends Cursor {
  segment: string | number;
}

/** The children of a YAML collection node with their positions and parsed values. */
function childrenOf(node: unknown, value: unknown, base: number): LocatedField[] {
  if (isMap(node)) {
    const record = (value ?? {}) as Record<string, unknown>;
    return node.items.flatMap((pair) => {
      if (!isPair(pair) || !isScalar(pair.key)) return [];
      const key = String(pair.key.value);
      const keySpan = nodeSpan(pair.key, base, base);
      return [{ node: pair.value, segment: key, value: record[key], keySpan, valueSpan: nodeSpan(pair.value, base, keySpan.end) }];
    });
  }
  if (isSeq(node)) {
    const list = Array.isArray(value) ? (value as unknown[]) : [];
    return node.items.map((item, index) => ({ node: item, segment: index, value: list[index], valueSpan: nodeSpan(item, base, base) }));
  }
  return [];
}

function locate(doc: PressRelease, path: FieldPath): Cursor | undefined {
  const yaml = yamlDocument(doc);
  const frontMatter = doc.frontMatter;
  if (!yaml || !frontMatter) return undefined;
  let current: Cursor = { node: yaml.contents, value: frontMatter.data, valueSpan: frontMatter.yamlSpan };
  for (const segment of path) {
    const child = childrenOf(current.node, current.value, frontMatter.yamlSpan.start).find((candidate) => candidate.segment === segment);
    if (!child) return undefined;
    current = child;
  }
  return current;
}

/** A located field without its walking state. */
function publicField({ value, keySpan, valueSpan }: FrontMatterField): FrontMatterField {
  return keySpan ? { value, keySpan, valueSpan } : { value, valueSpan };
}

/** The field at `path`, or undefined when the front matter is missing, invalid, or has no such field. */
export function frontMatterField(doc: PressRelease, path: FieldPath): FrontMatterField | undefined {
  const located = locate(doc, path);
  return located && publicField(located);
}

/** The entries of the mapping or list at `path`, in written order; empty when it is neither. */
export function frontMatterChildren(doc: PressRelease, path: FieldPath): FrontMatterField[] {
  const located = locate(doc, path);
  const frontMatter = doc.frontMatter;
  if (!located || !frontMatter) return [];
  return childrenOf(located.node, located.value, frontMatter.yamlSpan.start).map(publicField);
}

/** Where to point at a field: its value, else its key, else the parent's key or the front matter start. */
export function fieldAnchor(field: FrontMatterField | undefined, fallback: Span): Span {
  if (!field) return fallback;
  if (field.valueSpan.end > field.valueSpan.start) return field.valueSpan;
  return field.keySpan ?? fallback;
}

/** A scalar in the quoting style it was written in; double quotes when plain would change its meaning. */
function scalarCandidates(written: string, text: string): string[] {
  const doubleQuoted = JSON.stringify(text);
  if (written.startsWith("'")) return [`'${text.replace(/'/g, "''")}'`, doubleQuoted];
  if (written.startsWith('"')) return [doubleQuoted];
  return [text, doubleQuoted];
}

/** A copy of `data` with the value at `path` replaced by `text`. */
function withValueAt(data: unknown, path: FieldPath, text: string): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) return text;
  if (Array.isArray(data)) return data.map((item, index) => (index === segment ? withValueAt(item, rest, text) : item));
  const record = data as Record<string, unknown>;
  return { ...record, [segment]: withValueAt(record[segment], rest, text) };
}

/**
 * An edit that sets the scalar at `path` to `text`, or undefined when no safe
 * in-place edit exists (block or multi-line scalars). The edited YAML is
 * parsed again and must give exactly the old data with only that value
 * changed, so a fix can never reshape the front matter.
 */
export function frontMatterScalarFix(doc: PressRelease, path: FieldPath, text: string): TextEdit | undefined {
  const field = frontMatterField(doc, path);
  const frontMatter = doc.frontMatter;
  if (!field || !frontMatter || field.valueSpan.end <= field.valueSpan.start) return undefined;
  const written = doc.source.slice(field.valueSpan.start, field.valueSpan.end);
  if (/[\r\n]/.test(written) || /^[|>]/.test(written)) return undefined;
  const expected = JSON.stringify(withValueAt(frontMatter.data, path, text));
  const before = doc.source.slice(frontMatter.yamlSpan.start, field.valueSpan.start);
  const after = doc.source.slice(field.valueSpan.end, frontMatter.yamlSpan.end);
  const replacement = scalarCandidates(written, text).find((candidate) => {
    const edited = parseYamlDocument(before + candidate + after);
    return edited.errors.length === 0 && JSON.stringify(edited.toJS()) === expected;
  });
  return replacement === undefined ? undefined : { ...field.valueSpan, text: replacement };
}

/**
 * Inserts `key: value` lines before the key at `path`, indented as it is
 * (`authority: KT.` and `head: Giám đốc` before `signer.title`); none when
 * the key is not on a line of its own or the result would not read back as
 * the same mapping with these fields added.
 */
export function frontMatterFieldsBeforeFix(doc: PressRelease, path: FieldPath, fields: ReadonlyArray<readonly [string, string]>): TextEdit | undefined {
  const field = frontMatterField(doc, path);
  const frontMatter = doc.frontMatter;
  if (!field?.keySpan || !frontMatter) return undefined;
  const at = field.keySpan.start;
  const lineStart = lineStartBefore(doc.source, at);
  const indent = doc.source.slice(lineStart, at);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  // The line ending of the line above, whichever it is (LF, CRLF or a lone CR).
  const lineEnding = /\r?\n$|\r$/u.exec(doc.source.slice(Math.max(0, lineStart - 2), lineStart))?.[0];
  if (lineEnding === undefined) return undefined;
  const text = fields.map(([key, value]) => `${key}: ${value}${lineEnding}${indent}`).join('');
  const edited = parseYamlDocument(doc.source.slice(frontMatter.yamlSpan.start, at) + text + doc.source.slice(at, frontMatter.yamlSpan.end));
  const parent = path.slice(0, -1).reduce<unknown>((value, segment) => (value as Record<string | number, unknown> | undefined)?.[segment], edited.toJS());
  const before = frontMatterField(doc, path.slice(0, -1))?.value as Record<string, unknown> | undefined;
  const expected = { ...before, ...Object.fromEntries(fields) };
  const sameMapping = (a: unknown, b: Record<string, unknown>): boolean =>
    typeof a === 'object' && a !== null && Object.keys(a).length === Object.keys(b).length && Object.keys(b).every((key) => JSON.stringify((a as Record<string, unknown>)[key]) === JSON.stringify(b[key]));
  return edited.errors.length === 0 && sameMapping(parent, expected) ? { start: at, end: at, text } : undefined;
}

/** Front matter keys whose value names a body: the header's agencies, the byline's unit, the source. */
const BODY_NAMING_KEYS = ['agency', 'parentAgency', 'unit', 'source'];

/** A front matter text that names a body, and where it is written. */
export interface BodyNamingField {
  text: string;
  /** Worked out when asked: locating a list item reads the YAML again, which most documents never need. */
  span(): Span;
}

/** Front matter values that name a body: the header's agencies, the byline's unit and source, and each recipient. */
export function bodyNamingFields(doc: PressRelease): BodyNamingField[] {
  const data = doc.frontMatter?.data;
  if (!data) return [];
  const fields: BodyNamingField[] = [];
  for (const key of BODY_NAMING_KEYS) {
    const value = data[key];
    // A top-level value's place is known from the model; only list items need the YAML read again.
    if (typeof value === 'string') fields.push({ text: value, span: () => frontMatterSpan(doc, key) });
  }
  const recipients = data.recipients;
  if (Array.isArray(recipients)) {
    recipients.forEach((value: unknown, index) => {
      if (typeof value === 'string') fields.push({ text: value, span: () => fieldAnchor(frontMatterField(doc, ['recipients', index]), doc.frontMatter!.span) });
    });
  }
  return fields;
}
