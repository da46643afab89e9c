import type { TextEdit } from '../types';

/**
 * Applies non-overlapping edits in one pass; an edit that overlaps one
 * already taken waits for the next pass (its rule will report it again).
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): { output: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  let lastInsertion = -1;
  for (const edit of sorted) {
    // Two insertions at one point have no defined order: keep the first.
    if (edit.start < lastEnd || (edit.start === edit.end && edit.start === lastInsertion)) continue;
    if (source.slice(edit.start, edit.end) === edit.text) continue;
    applied.push(edit);
    lastEnd = edit.end;
    if (edit.start === edit.end) lastInsertion = edit.start;
  }
  let output = '';
  let cursor = 0;
  for (const edit of applied) {
    output += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return { output: output + source.slice(cursor), applied };
}
