/** The sections of an English press release that the model locates by their headings. */
import type { Block, Located, PressRelease } from '../model/types';

/**
 * The block under a section heading (`## About …`, `## Media contact`) when it
 * holds text: not another heading, not the `###` end mark, not empty.
 */
export function sectionContent(doc: PressRelease, section: Located | undefined): Block | undefined {
  if (!section) return undefined;
  const block = doc.blocks.find((candidate) => candidate.end === section.end && candidate.start > section.start);
  if (!block || block.node.type === 'heading' || block.start === doc.english.endMark?.start) return undefined;
  return block.plain.text.trim() ? block : undefined;
}
