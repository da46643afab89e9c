/// <reference types="mocha" />
// Code actions: a rule's fix changes exactly its text; "Fix all" on save applies
// every fix as separate edits, keeping the cursor; turning a rule off for a block
// or for the file; the rule's documentation.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { screenshot, waitFor } from './index';
import { applyAction, codeActionsAt, diagnosticOf, diagnosticsWhen, openFixture, revertActiveEditor, ruleId, withoutAutoSave } from './release-helpers';

const RULE = 'title-trailing-period';
/** quick-fix.md: the closing fence of the front matter, and the headline, which ends with a period. */
const FRONT_MATTER_END_LINE = 6;
const HEADLINE_LINE = 8;

/** quick-fix.md with its title period diagnostic, its text, and the period's offset. */
async function headlineWithPeriod(): Promise<{ document: vscode.TextDocument; period: vscode.Diagnostic; text: string; offset: number }> {
  const { document } = await openFixture('quick-fix.md');
  const period = await diagnosticOf(document.uri, RULE);
  const text = document.getText();
  const offset = document.offsetAt(period.range.start);
  assert.strictEqual(period.range.start.line, HEADLINE_LINE);
  assert.strictEqual(text.slice(offset, document.offsetAt(period.range.end)), '.');
  return { document, period, text, offset };
}

function insertAt(text: string, offset: number, inserted: string): string {
  return text.slice(0, offset) + inserted + text.slice(offset);
}

suite('GovPress code actions', () => {
  withoutAutoSave();
  teardown(revertActiveEditor);

  test('a quick fix changes exactly the text it names', async () => {
    const { document, period, text, offset } = await headlineWithPeriod();
    const title = `Fix: ${period.message}`;
    const actions = await codeActionsAt(document.uri, period.range, title);
    const fix = actions.find((action) => action.title === title);
    assert.strictEqual(fix?.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.isTrue(fix?.isPreferred, 'the fix is the preferred action');
    await applyAction(fix);
    assert.strictEqual(document.getText(), text.slice(0, offset) + text.slice(offset + 1));
  });

  test('every problem offers to turn its rule off and to open its documentation', async () => {
    const { document, period } = await headlineWithPeriod();
    const actions = await codeActionsAt(document.uri, period.range, `Show documentation for ${RULE}`);
    assert.includeMembers(
      actions.map((action) => action.title),
      [`Fix: ${period.message}`, `Disable ${RULE} for this line`, `Disable ${RULE} for this file`, `Show documentation for ${RULE}`],
    );
    const docs = actions.find((action) => action.title === `Show documentation for ${RULE}`)?.command;
    assert.strictEqual(docs?.command, 'govpress.openRuleDocs');
    assert.strictEqual(String(docs?.arguments?.[0]), `https://github.com/govpress/govpress/blob/main/docs/rules/${RULE}.md`);
  });

  test('"Disable for this line" puts an ignore comment before the block, and the problem goes', async () => {
    const { document, period, text } = await headlineWithPeriod();
    const title = `Disable ${RULE} for this line`;
    await applyAction((await codeActionsAt(document.uri, period.range, title)).find((action) => action.title === title));
    assert.strictEqual(document.getText(), insertAt(text, document.offsetAt(new vscode.Position(HEADLINE_LINE, 0)), `<!--lint ignore ${RULE}-->\n`));
    await diagnosticsWhen(document.uri, `${RULE} to go`, (diagnostics) => !diagnostics.some((diagnostic) => ruleId(diagnostic) === RULE));
  });

  test('"Disable for this file" puts a disable comment right after the front matter, and the problem goes', async () => {
    const { document, period, text } = await headlineWithPeriod();
    const title = `Disable ${RULE} for this file`;
    await applyAction((await codeActionsAt(document.uri, period.range, title)).find((action) => action.title === title));
    const fenceEnd = document.offsetAt(new vscode.Position(FRONT_MATTER_END_LINE, 3));
    assert.strictEqual(document.getText(), insertAt(text, fenceEnd, `\n<!--lint disable ${RULE}-->`));
    await diagnosticsWhen(document.uri, `${RULE} to go`, (diagnostics) => !diagnostics.some((diagnostic) => ruleId(diagnostic) === RULE));
  });

  test('govpress.fixAll fixes the active release', async () => {
    const { document, text, offset } = await headlineWithPeriod();
    await vscode.commands.executeCommand('govpress.fixAll');
    assert.strictEqual(document.getText(), text.slice(0, offset) + text.slice(offset + 1));
  });

  test('with source.fixAll.govpress on save, saving applies every fix as separate edits and keeps the cursor', async () => {
    const editorSettings = vscode.workspace.getConfiguration('editor');
    await editorSettings.update('codeActionsOnSave', { 'source.fixAll.govpress': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openFixture('fix-on-save.md');
      const { document } = editor;
      const saved = document.getText();
      await diagnosticOf(document.uri, 'punctuation-spacing');
      // The writer ends the headline with a period, then works further down.
      assert.isTrue(await editor.edit((edit) => edit.insert(document.lineAt(HEADLINE_LINE).range.end, '.')));
      const cursorLine = 14;
      const word = 'thanh toán';
      const column = document.lineAt(cursorLine).text.indexOf(word);
      assert.isAbove(column, 0);
      editor.selection = new vscode.Selection(cursorLine, column, cursorLine, column);

      await vscode.commands.executeCommand('workbench.action.files.save');
      const fixed = saved.replace('trực tuyến , thanh toán', 'trực tuyến, thanh toán');
      assert.notStrictEqual(fixed, saved);
      await waitFor(() => !document.isDirty && document.getText() === fixed, 'the fixed text to be saved');
      const cursor = editor.selection.active;
      assert.strictEqual(document.getText(new vscode.Range(cursor, cursor.translate(0, word.length))), word, 'the cursor stays on its word');
    } finally {
      await editorSettings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('screenshot: problems in the editor, the quick fix menu and the outline', async () => {
    const { document } = await openFixture('press-release.md');
    const problem = await diagnosticOf(document.uri, 'dateline-vague');
    await codeActionsAt(document.uri, problem.range, 'Show documentation for dateline-vague');
    await vscode.commands.executeCommand('outline.focus');
    await vscode.window.showTextDocument(document, { selection: problem.range });
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('editor-diagnostics');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  });
});
