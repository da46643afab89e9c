/**
 * GovPress: Normalize Unicode. Rewrites decomposed letters (a letter plus
 * separate combining marks, as Windows-1258 and some Mac software write
 * them) in the selection or the whole document as precomposed NFC letters.
 * The text looks the same; search, spelling rules and portals then work.
 */
import * as vscode from 'vscode';
import { replaceAll, targetRanges, type Replacement } from './text-targets';

/** A character with the combining marks that follow it: the unit NFC composes. */
const CHARACTER_WITH_MARKS = /\P{M}\p{M}*/gu;

/** Resolves to the number of characters rewritten. */
export async function normalizeUnicode(editor: vscode.TextEditor): Promise<number> {
  const { document } = editor;
  const replacements: Replacement[] = [];
  for (const range of targetRanges(editor)) {
    const base = document.offsetAt(range.start);
    const text = document.getText(range);
    if (text.normalize('NFC') === text) continue;
    // One edit per changed letter rather than the whole text: the cursor, folds and other edits stay where they are.
    for (const match of text.matchAll(CHARACTER_WITH_MARKS)) {
      const precomposed = match[0].normalize('NFC');
      if (precomposed === match[0]) continue;
      const start = document.positionAt(base + match.index);
      replacements.push({ range: new vscode.Range(start, document.positionAt(base + match.index + match[0].length)), text: precomposed });
    }
  }
  if (replacements.length > 0) await replaceAll(editor, replacements);
  void vscode.window.showInformationMessage(
    replacements.length === 0
      ? vscode.l10n.t('The text is already in Unicode NFC: nothing to change.')
      : vscode.l10n.t('Normalized {0} character(s) to Unicode NFC.', replacements.length),
  );
  return replacements.length;
}
