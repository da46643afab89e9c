/**
 * The extension's entry, for the Node and the web worker extension hosts alike:
 * wires the services. Activation reads and parses nothing; the core is loaded
 * when the first Markdown document needs a decision (documents.ts).
 */
import * as vscode from 'vscode';
import { FIX_ALL_COMMAND, fixAllInActiveEditor, OPEN_RULE_DOCS_COMMAND, openRuleDocs, ReleaseCodeActions } from './code-actions';
import { COMPLETION_TRIGGERS, ReleaseCompletion } from './completion';
import { registerCommands } from './commands';
import { ConfigService } from './config';
import { DiagnosticsService } from './diagnostics';
import { ReleaseDocuments } from './documents';
import { registerExports } from './export';
import { PeopleHover } from './hover';
import { LINT_WORKSPACE_COMMAND, lintWorkspace } from './lint-workspace';
import { markdownItPlugin } from './markdown-it';
import { ReleaseOutline } from './outline';
import { registerPreview } from './preview';
import { ReleaseStatusBar } from './status-bar';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** VS Code's Markdown preview calls `extendMarkdownIt` (package.json: `markdown.markdownItPlugins`). */
export function activate(context: vscode.ExtensionContext): { extendMarkdownIt: typeof markdownItPlugin } {
  const log = vscode.window.createOutputChannel('GovPress', { log: true });
  const configs = new ConfigService();
  const documents = new ReleaseDocuments(configs);
  const diagnostics = new DiagnosticsService(documents, configs, log);
  const statusBar = new ReleaseStatusBar(diagnostics);

  context.subscriptions.push(
    log,
    configs,
    diagnostics,
    statusBar,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ReleaseCodeActions(diagnostics), ReleaseCodeActions.metadata),
    vscode.languages.registerDocumentSymbolProvider(MARKDOWN, new ReleaseOutline(documents), { label: 'GovPress' }),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new ReleaseCompletion(documents), ...COMPLETION_TRIGGERS),
    vscode.languages.registerHoverProvider(MARKDOWN, new PeopleHover(documents)),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, () => fixAllInActiveEditor(diagnostics)),
    vscode.commands.registerCommand(OPEN_RULE_DOCS_COMMAND, openRuleDocs),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => lintWorkspace(documents, diagnostics, log)),
  );
  registerCommands(context);
  registerPreview(context, documents);
  registerExports(context, documents);

  // What tests read and VS Code has no API for; never registered for users.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(
      vscode.commands.registerCommand('govpress.statusText', () => statusBar.text),
      vscode.commands.registerCommand('govpress.stats', () => ({ ...documents.stats })),
    );
  }
  return { extendMarkdownIt: markdownItPlugin };
}
