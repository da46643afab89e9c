/// <reference types="mocha" />
// Helpers of the extension's service tests (diagnostics, code actions, editor help, scope).
import { assert } from 'chai';
import * as vscode from 'vscode';
import type { ActivityStats } from '../../../src/extension/documents';
export type { WorkspaceLintSummary } from '../../../src/extension/lint-workspace';
import { waitFor } from './index';

export const EXTENSION_ID = 'govpress.govpress';

export function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** Opens a file of the test workspace in the active editor. */
export async function openFixture(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(workspaceUri(path));
}

/** Writes a file into the test workspace through VS Code, so that its file watchers see it. */
export async function writeWorkspaceFile(path: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Resolves once the workbench has activated the extension. */
export async function extensionActive(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await waitFor(() => extension.isActive, 'the extension to activate');
}

export function govpressDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'govpress');
}

export function ruleId(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the document's GovPress diagnostics satisfy `check`, and returns them. */
export function diagnosticsWhen(uri: vscode.Uri, what: string, check: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const diagnostics = govpressDiagnostics(uri);
    return check(diagnostics) ? diagnostics : undefined;
  }, what);
}

/** Waits for a diagnostic of a rule, and returns it. */
export async function diagnosticOf(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  const diagnostics = await diagnosticsWhen(uri, `a ${rule} diagnostic`, (found) => found.some((diagnostic) => ruleId(diagnostic) === rule));
  return diagnostics.find((diagnostic) => ruleId(diagnostic) === rule)!;
}

/**
 * Resolves once the extension has decided about a document: asking for its outline
 * goes through the same decision (config, front matter) as its diagnostics.
 */
export async function settled(document: vscode.TextDocument): Promise<void> {
  await extensionActive();
  await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
}

/** GovPress's code actions for a range; polled, since the workbench's copy of the diagnostics arrives late. */
export function codeActionsAt(uri: vscode.Uri, range: vscode.Range, expectedTitle: string): Promise<vscode.CodeAction[]> {
  return waitFor(async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    return actions.some((action) => action.title === expectedTitle) ? actions : undefined;
  }, `the code action "${expectedTitle}"`);
}

/** Applies a code action's edit and waits for the document to hold the result. */
export async function applyAction(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.edit, 'the action has an edit');
  assert.isTrue(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
}

/** Throws away the unsaved changes of the active editor. */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Offset → position in a text, independent of any document. */
export function positionIn(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset).split('\n');
  return new vscode.Position(before.length - 1, before.at(-1)!.length);
}

/** The status bar item's text, undefined while it is hidden (a test-only command). */
export async function statusText(): Promise<string | undefined> {
  return vscode.commands.executeCommand<string | undefined>('govpress.statusText');
}

/** What the extension has done that costs (a test-only command). */
export function stats(): Thenable<ActivityStats> {
  return vscode.commands.executeCommand<ActivityStats>('govpress.stats');
}

/**
 * Turns auto save off for a suite: the web hosts save a second after an edit by
 * default, which would lint at once and keep edits the tests mean to revert.
 */
export function withoutAutoSave(): void {
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  suiteSetup(() => files().update('autoSave', 'off', vscode.ConfigurationTarget.Workspace));
  suiteTeardown(() => files().update('autoSave', undefined, vscode.ConfigurationTarget.Workspace));
}
