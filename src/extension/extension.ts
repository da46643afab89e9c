/**
 * The extension's entry, for the Node and the web worker extension hosts alike:
 * lints open Markdown press releases and shows the problems as diagnostics.
 */
import * as vscode from 'vscode';
import { lint } from '../core/lint/engine';
import { buildModel } from '../core/model/build';
import { ruleDocsUrl } from '../core/rules/docs-url';
import type { LintMessage } from '../core/types';

export function activate(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('govpress');
  const refresh = (document: vscode.TextDocument): void => diagnostics.set(document.uri, diagnose(document));

  context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((event) => refresh(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => diagnostics.delete(document.uri)),
  );
  vscode.workspace.textDocuments.forEach(refresh);
}

/** The diagnostics of a document: none unless it is Markdown whose front matter names a profile. */
function diagnose(document: vscode.TextDocument): vscode.Diagnostic[] {
  if (document.languageId !== 'markdown') return [];
  const source = document.getText();
  // One parse serves both the profile check and the lint.
  const model = buildModel(source);
  if (model.profileName === undefined) return [];
  return lint(source, { model }).messages.map((message) => toDiagnostic(document, message));
}

function toDiagnostic(document: vscode.TextDocument, message: LintMessage): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
  const severity = message.severity === 2 ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, message.message, severity);
  diagnostic.source = 'govpress';
  diagnostic.code = { value: message.ruleId, target: vscode.Uri.parse(ruleDocsUrl(message.ruleId)) };
  return diagnostic;
}
