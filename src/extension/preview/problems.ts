/**
 * The lint problems the preview marks: the document's `govpress`
 * diagnostics, as the editor and the Problems panel show them (with the
 * workspace's configuration and severities already applied).
 */
import * as vscode from 'vscode';
import type { ProblemMarker } from './protocol';

export function problemMarkers(uri: vscode.Uri): ProblemMarker[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'govpress')
    .map((diagnostic) => ({
      line: diagnostic.range.start.line + 1,
      severity: severityName(diagnostic.severity),
      text: `${ruleId(diagnostic)}: ${diagnostic.message}`,
    }));
}

export function problemCountLabel(count: number): string {
  if (count === 0) return vscode.l10n.t('No problems');
  return count === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', count);
}

function severityName(severity: vscode.DiagnosticSeverity): ProblemMarker['severity'] {
  if (severity === vscode.DiagnosticSeverity.Error) return 'error';
  return severity === vscode.DiagnosticSeverity.Warning ? 'warning' : 'info';
}

function ruleId(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return typeof code === 'object' ? String(code.value) : String(code ?? 'govpress');
}
