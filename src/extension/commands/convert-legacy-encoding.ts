/**
 * GovPress: Convert Legacy Encoding. Finds Vietnamese typed in TCVN3 (ABC),
 * VNI, VIQR or UTF-8 misread as Windows-1252 in the selection or the whole
 * document, and replaces each run whose conversion is certain (it
 * round-trips) by its Unicode text. Runs that could be read two ways are
 * counted and left for the writer.
 */
import * as vscode from 'vscode';
import { detectLegacyRuns, type LegacyEncoding } from '../../core/lang/legacy-encodings';
import { replaceAll, targetRanges, type Replacement } from './text-targets';

export interface LegacyConversion {
  converted: number;
  /** Runs found whose conversion is not certain: left as they are. */
  uncertain: number;
}

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  viqr: 'VIQR',
  'utf8-as-cp1252': 'UTF-8 / Windows-1252',
};

export async function convertLegacyEncoding(editor: vscode.TextEditor): Promise<LegacyConversion> {
  const { document } = editor;
  const replacements: Replacement[] = [];
  const encodings = new Set<string>();
  let uncertain = 0;
  for (const range of targetRanges(editor)) {
    const base = document.offsetAt(range.start);
    // The detector reads lines split at `\n`; a CRLF line's `\r` would end its last word: a space keeps the offsets.
    const text = document.getText(range).replace(/\r/g, ' ');
    for (const run of detectLegacyRuns(text)) {
      if (run.converted === undefined) {
        uncertain++;
        continue;
      }
      const start = document.positionAt(base + run.start);
      const end = document.positionAt(base + run.end);
      replacements.push({ range: new vscode.Range(start, end), text: run.converted });
      encodings.add(ENCODING_NAMES[run.encoding]);
    }
  }
  if (replacements.length > 0) await replaceAll(editor, replacements);
  void vscode.window.showInformationMessage(conversionMessage(replacements.length, uncertain, [...encodings]));
  return { converted: replacements.length, uncertain };
}

function conversionMessage(converted: number, uncertain: number, encodings: string[]): string {
  const uncertainNote = vscode.l10n.t('{0} passage(s) could be read more than one way and were left as they are: check them by hand.', uncertain);
  if (converted === 0) {
    return uncertain === 0 ? vscode.l10n.t('No text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR, misread UTF-8) was found.') : uncertainNote;
  }
  const done = vscode.l10n.t('Converted {0} passage(s) from {1} to Unicode.', converted, encodings.join(', '));
  return uncertain === 0 ? done : `${done} ${uncertainNote}`;
}
