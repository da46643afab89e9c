import type { Block, PressRelease } from './types';

/** The top-level block that holds `[start, end)`, by binary search (blocks are in source order). */
export function blockContaining(doc: PressRelease, start: number, end: number): Block | undefined {
  const { blocks } = doc;
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const block = blocks[mid]!;
    if (block.end < start) low = mid + 1;
    else if (block.start > start) high = mid - 1;
    else return end <= block.end ? block : undefined;
  }
  return undefined;
}
