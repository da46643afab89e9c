/// <reference types="mocha" />
// Problems in the editor: exact ranges, codes and links on the seed-like release,
// nothing on other Markdown, linting debounced while typing, or on save only.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { waitFor } from './index';
import { diagnosticOf, govpressDiagnostics, openFixture, ruleId, settled, statusText, withoutAutoSave, writeWorkspaceFile } from './release-helpers';

const DOCS = 'https://github.com/govpress/govpress/blob/main/docs/rules/';

/** A release without problems. */
const RELEASE = [
  '---',
  'profile: vn-news',
  'title: Sở Thông tin và Truyền thông tổ chức hội nghị giao ban tháng 3',
  'date: 2024-03-14',
  '---',
  '',
  '# Sở Thông tin và Truyền thông tổ chức hội nghị giao ban tháng 3',
  '',
  'Sáng 14/3, Sở Thông tin và Truyền thông tổ chức hội nghị giao ban./.',
  '',
  'Bích Ngọc – Sở Thông tin và Truyền thông',
  '',
].join('\n');
/** The headline's line in RELEASE. */
const HEADLINE_LINE = 6;

function rangeOf(diagnostic: vscode.Diagnostic): number[] {
  const { start, end } = diagnostic.range;
  return [start.line, start.character, end.line, end.character];
}

async function updateSetting(name: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('govpress').update(name, value, vscode.ConfigurationTarget.Workspace);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Records when the GovPress problems of a document change (other owners publish too, the Markdown extension among them). */
function publications(uri: vscode.Uri): { times: number[]; dispose(): void } {
  const times: number[] = [];
  let last = JSON.stringify(govpressDiagnostics(uri));
  const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
    if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
    const current = JSON.stringify(govpressDiagnostics(uri));
    if (current !== last) times.push(Date.now());
    last = current;
  });
  return { times, dispose: () => subscription.dispose() };
}

/** Waits until nothing was published for `ms`: the runs of opening and of the settings change are over. */
async function quiet(times: readonly number[], ms: number): Promise<void> {
  while (Date.now() - (times.at(-1) ?? 0) < ms) await sleep(50);
}

suite('GovPress diagnostics', () => {
  withoutAutoSave();

  test('the seed-like release: rule codes, documentation links, exact ranges', async () => {
    const document = (await openFixture('press-release.md')).document;
    const vague = await diagnosticOf(document.uri, 'dateline-vague');
    assert.deepStrictEqual(rangeOf(vague), [10, 0, 10, 7]);
    assert.strictEqual(document.getText(vague.range), 'Vừa qua');
    assert.strictEqual(vague.severity, vscode.DiagnosticSeverity.Warning);

    const missingDate = govpressDiagnostics(document.uri).find((diagnostic) => ruleId(diagnostic) === 'date-missing');
    assert.ok(missingDate, 'date-missing is reported');
    assert.deepStrictEqual(rangeOf(missingDate), [0, 0, 0, 3], 'on the front matter fence');

    for (const diagnostic of govpressDiagnostics(document.uri)) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `${ruleId(diagnostic)} has a code with a link`);
      assert.strictEqual(code.target.toString(true), `${DOCS}${code.value}.md`);
      assert.isFalse(diagnostic.range.isEmpty, `${code.value} covers text`);
    }
  });

  test('Markdown that is no press release gets nothing', async () => {
    const notes = (await openFixture('notes.md')).document;
    await settled(notes);
    assert.include(notes.getText(), 'Vừa qua', 'the notes hold what would be a problem in a release');
    assert.deepStrictEqual(govpressDiagnostics(notes.uri), []);
  });

  test('while typing, nothing is linted until a pause; then the last version is', async () => {
    const debounceMs = 1_500;
    await updateSetting('debounceMs', debounceMs);
    const watch = publications(await writeWorkspaceFile('go-nhanh.md', RELEASE));
    try {
      const editor = await openFixture('go-nhanh.md');
      const { document } = editor;
      await waitFor(statusText, 'the first lint');
      await quiet(watch.times, 500);
      assert.deepStrictEqual(govpressDiagnostics(document.uri), []);

      const published = watch.times.length;
      const typed: number[] = [];
      for (const character of ' mới.') {
        await editor.edit((edit) => edit.insert(document.lineAt(HEADLINE_LINE).range.end, character));
        typed.push(Date.now());
      }
      const longestPause = Math.max(...typed.slice(1).map((time, index) => time - typed[index]!));
      assert.isBelow(longestPause, debounceMs, 'the keystrokes came faster than the debounce');
      assert.strictEqual(watch.times.length, published, 'nothing was published while typing');

      const period = await diagnosticOf(document.uri, 'title-trailing-period');
      const headlineEnd = document.lineAt(HEADLINE_LINE).range.end.character;
      assert.deepStrictEqual(rangeOf(period), [HEADLINE_LINE, headlineEnd - 1, HEADLINE_LINE, headlineEnd], 'on the last version\'s period');
      const publishedAt = await waitFor(() => watch.times[published], 'the change event');
      assert.isAtLeast(publishedAt - typed.at(-1)!, debounceMs - 50, 'published after the pause');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      watch.dispose();
      await updateSetting('debounceMs', undefined);
    }
  });

  test('with govpress.run set to onSave, problems change when the document is saved', async () => {
    await updateSetting('run', 'onSave');
    try {
      await writeWorkspaceFile('luu-moi-kiem.md', RELEASE);
      const editor = await openFixture('luu-moi-kiem.md');
      const { document } = editor;
      await settled(document);
      await editor.edit((edit) => edit.insert(document.lineAt(HEADLINE_LINE).range.end, '.'));
      // Well past the default debounce: an onType run would have published by now.
      await sleep(1_000);
      assert.deepStrictEqual(govpressDiagnostics(document.uri), [], 'nothing linted while unsaved');

      assert.isTrue(await document.save());
      await diagnosticOf(document.uri, 'title-trailing-period');
    } finally {
      await updateSetting('run', undefined);
    }
  });

  test('contributes its settings with their defaults', () => {
    const settings = vscode.workspace.getConfiguration('govpress');
    assert.strictEqual(settings.get('run'), 'onType');
    assert.strictEqual(settings.get('debounceMs'), 300);
    assert.strictEqual(settings.get('enable'), true);
  });
});
