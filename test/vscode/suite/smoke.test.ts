/// <reference types="mocha" />
// The extension in a real VS Code: activation, diagnostics on a release with known
// problems (a copy of the seed article in test/vscode/fixtures/workspace/), none elsewhere.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { screenshot, waitFor } from './index';

const EXTENSION_ID = 'govpress.govpress';

async function openFixture(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  const editor = await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, name));
  return editor.document;
}

/** Resolves once the workbench has activated the extension; rejects when the activation failed. */
async function waitForActivation(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await waitFor(() => extension.isActive, 'the extension to activate');
  await extension.activate();
}

function govpressDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'govpress');
}

function ruleId(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

suite('GovPress extension', () => {
  test('activates on a Markdown press release', async () => {
    const document = await openFixture('press-release.md');
    assert.strictEqual(document.languageId, 'markdown');
    await waitForActivation();
  });

  test('reports the known problems of the seed article as govpress diagnostics', async () => {
    const document = await openFixture('press-release.md');
    const diagnostics = await waitFor(() => {
      const found = govpressDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    }, 'govpress diagnostics');

    assert.includeMembers(diagnostics.map(ruleId), ['date-missing', 'dateline-vague']);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code.target.toString().endsWith(`/docs/rules/${code.value}.md`), `${ruleId(diagnostic)} links to its documentation`);
    }
    const vague = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'dateline-vague');
    assert.strictEqual(document.getText(vague?.range), 'Vừa qua');

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('press-release-diagnostics');
  });

  test('leaves Markdown without a profile alone', async () => {
    const document = await openFixture('notes.md');
    // The extension lints the documents open at its activation and each one opened
    // later, synchronously: once it is active, the notes have been looked at.
    await waitForActivation();
    assert.deepStrictEqual(govpressDiagnostics(document.uri), []);
  });
});
