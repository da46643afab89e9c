/**
 * Code actions on GovPress problems: the rule's own fix, fixing everything at once
 * (command `govpress.fixAll`, and `source.fixAll.govpress` for
 * `editor.codeActionsOnSave`), turning a rule off for a block or for the file with
 * a remark-lint comment, and the rule's documentation.
 */
import * as vscode from 'vscode';
import type { PressRelease } from '../core/model/types';
import { ruleDocsUrl } from '../core/rules/docs-url';
import type { LintMessage, TextEdit } from '../core/types';
import { lintOptions, rangeIn, ruleIdOf, type DiagnosticsService, type LintedRelease } from './diagnostics';
import { loadLinterCore } from './documents';
import { t } from './l10n';

export const FIX_ALL_COMMAND = 'govpress.fixAll';
/** Opens a rule's documentation in the browser; internal, for the code action. */
export const OPEN_RULE_DOCS_COMMAND = 'govpress.openRuleDocs';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('govpress');
/** Beyond this many edits between the text and its fixed form, one edit replaces the changed stretch whole. */
const MAX_DIFF_EDIT_LENGTH = 2_000;

export class ReleaseCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: DiagnosticsService) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wantsFixAll = context.only?.contains(FIX_ALL_KIND) ?? false;
    const wantsQuickFixes = context.only === undefined || context.only.contains(vscode.CodeActionKind.QuickFix);
    if (!wantsFixAll && !wantsQuickFixes) return [];
    const linted = await this.diagnostics.lint(document);
    if (!linted) {
      // A large release is never modelled on the host: its own fixes only, from its worker lint.
      const large = wantsQuickFixes ? await this.diagnostics.largeLint(document) : undefined;
      return large ? quickFixes(document, large.messages, undefined, context.diagnostics, large.fixable) : [];
    }
    if (wantsFixAll) {
      const edit = await fixAllEdit(document, linted);
      if (!edit) return [];
      const action = new vscode.CodeAction(t('Fix all GovPress problems'), FIX_ALL_KIND);
      action.edit = edit;
      return [action];
    }
    // A document whose front matter cannot be read is not fixed, as with `govpress lint --fix`.
    const { isUnsafeToFix } = await loadLinterCore();
    return quickFixes(document, linted.outcome.messages, linted.release.model, context.diagnostics, !isUnsafeToFix(linted.release.model));
  }
}

/** Runs `govpress.fixAll` on the active editor's release. */
export async function fixAllInActiveEditor(diagnostics: DiagnosticsService): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const linted = document && (await diagnostics.lint(document));
  if (!document || !linted) {
    // A release with problems shown but no lint on the host is a large one.
    const large = document !== undefined && diagnostics.publishedLint(document.uri) !== undefined;
    const reason = large
      ? t('GovPress: this release is too large to fix all at once; use the quick fix on each problem.')
      : t('GovPress: the active editor holds no press release.');
    vscode.window.setStatusBarMessage(reason, 5_000);
    return;
  }
  const invalid = linted.release.settings.invalid;
  if (invalid) {
    void vscode.window.showWarningMessage(t('GovPress fixes nothing while {0} is invalid.', vscode.workspace.asRelativePath(invalid.file)));
    return;
  }
  const edit = await fixAllEdit(document, linted);
  if (!edit) {
    vscode.window.setStatusBarMessage(t('GovPress: nothing to fix.'), 5_000);
    return;
  }
  await vscode.workspace.applyEdit(edit);
}

/** `openExternal` rather than `vscode.open`: the documentation is a web page, and in the web host it opens in a new tab. */
export function openRuleDocs(url: string): Thenable<boolean> {
  return vscode.env.openExternal(vscode.Uri.parse(url));
}

/**
 * The actions on the given diagnostics: each one's fix, turning its rule off (which needs the
 * release's model: none for a large release) and its rule's documentation.
 */
function quickFixes(
  document: vscode.TextDocument,
  messages: readonly LintMessage[],
  model: PressRelease | undefined,
  diagnostics: readonly vscode.Diagnostic[],
  fixable: boolean,
): vscode.CodeAction[] {
  const fixes: vscode.CodeAction[] = [];
  const otherActions: vscode.CodeAction[] = [];
  const rulesSeen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const ruleId = ruleIdOf(diagnostic);
    if (ruleId === undefined) continue;
    // Diagnostics carry no fix: find the message they were made from, in this version.
    const message = messages.find((candidate) => candidate.ruleId === ruleId && rangeIn(document, candidate).isEqual(diagnostic.range));
    if (!message) continue;
    if (message.fix && fixable) fixes.push(fixAction(document, diagnostic, message.fix));
    if (rulesSeen.has(ruleId)) continue;
    rulesSeen.add(ruleId);
    if (model) otherActions.push(...disablingActions(document, model, diagnostic, ruleId, message.start));
    const docs = new vscode.CodeAction(t('Show documentation for {0}', ruleId), vscode.CodeActionKind.QuickFix);
    docs.command = { command: OPEN_RULE_DOCS_COMMAND, title: docs.title, arguments: [ruleDocsUrl(ruleId)] };
    otherActions.push(docs);
  }
  // Fixing everything runs the rules on the host: not for a large release.
  if (model && fixes.length > 0 && messages.filter((message) => message.fix).length > 1) {
    const fixAll = new vscode.CodeAction(t('Fix all GovPress problems'), vscode.CodeActionKind.QuickFix);
    fixAll.command = { command: FIX_ALL_COMMAND, title: fixAll.title };
    fixes.push(fixAll);
  }
  return [...fixes, ...otherActions];
}

/** `<!--lint ignore-->` before the message's block, and `<!--lint disable-->` for the whole file. */
function disablingActions(document: vscode.TextDocument, model: PressRelease, diagnostic: vscode.Diagnostic, ruleId: string, offset: number): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const blockStart = topLevelBlockStart(model, offset);
  if (blockStart !== undefined) {
    actions.push(insertion(document, t('Disable {0} for this line', ruleId), diagnostic, blockStart, `<!--lint ignore ${ruleId}-->\n`));
  }
  const fileStart = directivesStart(model);
  if (offset >= fileStart.offset) {
    actions.push(insertion(document, t('Disable {0} for this file', ruleId), diagnostic, fileStart.offset, fileStart.layout(`<!--lint disable ${ruleId}-->`)));
  }
  return actions;
}

function fixAction(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: TextEdit): vscode.CodeAction {
  const action = new vscode.CodeAction(t('Fix: {0}', diagnostic.message), vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, rangeIn(document, fix), fix.text);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}

function insertion(document: vscode.TextDocument, title: string, diagnostic: vscode.Diagnostic, offset: number, text: string): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, document.positionAt(offset), text);
  action.diagnostics = [diagnostic];
  return action;
}

/**
 * Where `<!--lint ignore-->` must go to cover an offset: before the top-level block
 * holding it, since the comment applies to the next node only. None in the front matter.
 */
function topLevelBlockStart(model: PressRelease, offset: number): number | undefined {
  const block = model.tree.children.find((node) => (node.position?.start.offset ?? Infinity) <= offset && offset < (node.position?.end.offset ?? -Infinity));
  if (!block || block.type === 'yaml' || !block.position) return undefined;
  // At the start of its line, so that the comment is a block of its own.
  return model.lines.lineStart(block.position.start.line);
}

/** Where `<!--lint disable-->` for the whole file goes: right after the front matter, or at the very start. */
function directivesStart(model: PressRelease): { offset: number; layout(comment: string): string } {
  const frontMatter = model.frontMatter;
  if (frontMatter && !frontMatter.unclosed) return { offset: frontMatter.span.end, layout: (comment) => `\n${comment}` };
  return { offset: 0, layout: (comment) => `${comment}\n` };
}

/**
 * Every fix applied, as the few edits that turn the text into its fixed form; undefined when
 * nothing changes. Nothing is fixed under an invalid config: fixing on save would apply rules
 * the writer may have turned off there.
 */
async function fixAllEdit(document: vscode.TextDocument, linted: LintedRelease): Promise<vscode.WorkspaceEdit | undefined> {
  const { release } = linted;
  if (release.version !== document.version || release.settings.invalid) return undefined;
  const { lintAndFix } = await loadLinterCore();
  const { output } = lintAndFix(release.text, lintOptions(release));
  if (output === undefined) return undefined;
  const edit = new vscode.WorkspaceEdit();
  for (const change of await minimalEdits(release.text, output)) edit.replace(document.uri, rangeIn(document, change), change.text);
  return edit;
}

/**
 * The changes between two texts as separate edits, so that the text between
 * them, and the cursor in it, stay untouched.
 */
async function minimalEdits(before: string, after: string): Promise<TextEdit[]> {
  const { diffChars } = await import('diff');
  const changes = diffChars(before, after, { maxEditLength: MAX_DIFF_EDIT_LENGTH });
  if (!changes) return [changedStretch(before, after)];
  const edits: TextEdit[] = [];
  let offset = 0;
  const add = (edit: TextEdit): void => {
    const last = edits[edits.length - 1];
    if (last && last.end === edit.start) edits[edits.length - 1] = { start: last.start, end: edit.end, text: last.text + edit.text };
    else edits.push(edit);
  };
  for (const change of changes) {
    if (change.added) add({ start: offset, end: offset, text: change.value });
    else if (change.removed) add({ start: offset, end: (offset += change.value.length), text: '' });
    else offset += change.value.length;
  }
  return edits;
}

/** One edit from the first difference to the last. */
function changedStretch(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}
