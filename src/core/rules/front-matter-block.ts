import type { PressRelease, Span } from '../model/types';
import { frontMatterSpan, scalarText } from './helpers';
import { fieldAnchor, frontMatterField } from './front-matter-fields';

/** A field of a front matter block: its text, and where to point at it. */
export interface BlockField {
  text: string | undefined;
  /** The field's value, else its key, else the block's key. */
  span: Span;
}

/**
 * A block of named fields under a top-level front matter key (`signer:`,
 * `contact:`): absent (no key, or no value), written as something other
 * than a mapping (pointed at by its value), or a mapping of fields.
 */
export type FrontMatterBlock =
  | { kind: 'absent' }
  | { kind: 'notMapping'; span: Span }
  | { kind: 'mapping'; keySpan: Span; field(name: string): BlockField };

export function frontMatterBlock(doc: PressRelease, key: string): FrontMatterBlock {
  const block = frontMatterField(doc, [key]);
  if (!block || block.value === null) return { kind: 'absent' };
  if (typeof block.value !== 'object' || Array.isArray(block.value)) return { kind: 'notMapping', span: fieldAnchor(block, frontMatterSpan(doc)) };
  const keySpan = block.keySpan ?? frontMatterSpan(doc);
  // Texts from the parsed data, where aliases are resolved, as the renderer reads them.
  const fields = block.value as Record<string, unknown>;
  return {
    kind: 'mapping',
    keySpan,
    field: (name) => ({ text: scalarText(fields[name]), span: fieldAnchor(frontMatterField(doc, [key, name]), keySpan) }),
  };
}
