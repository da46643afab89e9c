import * as vscode from 'vscode';

/** The ranges a text command works on: the selections that select something, or else the whole document. */
export function targetRanges(editor: vscode.TextEditor): vscode.Range[] {
  const selected = editor.selections.filter((selection) => !selection.isEmpty);
  if (selected.length > 0) return selected;
  const { document } = editor;
  return [new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end)];
}

export interface Replacement {
  range: vscode.Range;
  text: string;
}

/** Applies the replacements as one edit, undone in one step. */
export function replaceAll(editor: vscode.TextEditor, replacements: readonly Replacement[]): Thenable<boolean> {
  return editor.edit((builder) => {
    for (const { range, text } of replacements) builder.replace(range, text);
  });
}
