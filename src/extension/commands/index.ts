/**
 * The GovPress commands of the palette (category "GovPress"). Each module
 * loads on its command's first run, not at activation. Commands accept an
 * optional object of answers so that scripts, keybindings and tests can skip
 * the prompts; from the palette they ask.
 */
import * as vscode from 'vscode';

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('govpress.newPressRelease', async (answers?: unknown) => {
      const { newPressRelease } = await import('./new-press-release');
      return newPressRelease(context.extensionUri, answersObject(answers));
    }),
    vscode.commands.registerCommand('govpress.showRules', async (answers?: unknown) => {
      const { showRules } = await import('./show-rules');
      return showRules(answersObject(answers));
    }),
    registerEditorCommand('govpress.insertParticipant', async (editor, answers) => {
      const { insertParticipant } = await import('./insert-participant');
      return insertParticipant(editor, answersObject(answers));
    }),
    registerEditorCommand('govpress.insertFigure', async (editor, answers) => {
      const { insertFigure } = await import('./insert-figure');
      return insertFigure(editor, answersObject(answers));
    }),
    registerEditorCommand('govpress.convertLegacyEncoding', async (editor) => {
      const { convertLegacyEncoding } = await import('./convert-legacy-encoding');
      return convertLegacyEncoding(editor);
    }),
    registerEditorCommand('govpress.normalizeUnicode', async (editor) => {
      const { normalizeUnicode } = await import('./normalize-unicode');
      return normalizeUnicode(editor);
    }),
    vscode.commands.registerCommand('govpress.importDraft', async (answers?: unknown) => (await import('./import-draft')).importDraftFile(context.extensionUri, answersObject(answers))),
    vscode.commands.registerCommand('govpress.pasteAsPressRelease', async (answers?: unknown) =>
      (await import('./paste-release')).pasteAsPressRelease(context.extensionUri, answersObject(answers)),
    ),
  );
}

/** A command on the active Markdown editor; without one it says so rather than doing nothing. */
function registerEditorCommand(id: string, run: (editor: vscode.TextEditor, answers?: unknown) => Promise<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (answers?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'markdown') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown document first.'));
      return undefined;
    }
    return run(editor, answers);
  });
}

/**
 * The answers object, if the first argument is one: a menu may pass a
 * resource `Uri` instead, which answers nothing.
 */
function answersObject<T extends object>(argument: unknown): T {
  const isPlainObject = typeof argument === 'object' && argument !== null && Object.getPrototypeOf(argument) === Object.prototype;
  return (isPlainObject ? argument : {}) as T;
}
