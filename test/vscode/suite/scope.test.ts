/// <reference types="mocha" />
// Which documents GovPress looks at, and what that costs: nothing until a press
// release is open; releases by front matter or by the config's `files`, never
// what `ignores` lists; an invalid config shown on its file. Runs first: the
// activation test needs a host where no release was opened yet.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { waitFor } from './index';
import {
  diagnosticOf,
  diagnosticsWhen,
  govpressDiagnostics,
  openFixture,
  ruleId,
  settled,
  stats,
  statusText,
  workspaceUri,
  writeWorkspaceFile,
  type WorkspaceLintSummary,
} from './release-helpers';

suite('GovPress scope', () => {
  test('activation parses nothing and scans no files until a press release is open', async () => {
    const notes = (await openFixture('notes.md')).document;
    await settled(notes);
    assert.deepStrictEqual(await stats(), { modelsBuilt: 0, filesScanned: 0, largeLintsStarted: 0, largeLintsTerminated: 0 });
    assert.deepStrictEqual(govpressDiagnostics(notes.uri), []);
    assert.isUndefined(await statusText(), 'no status bar item outside releases');

    const release = (await openFixture('press-release.md')).document;
    await diagnosticOf(release.uri, 'dateline-vague');
    await waitFor(statusText, 'the status bar item');
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', release.uri);
    // Diagnostics, status bar and outline share the one model of this version.
    assert.deepStrictEqual(await stats(), { modelsBuilt: 1, filesScanned: 0, largeLintsStarted: 0, largeLintsTerminated: 0 });
  });

  test('lints the releases of the workspace into the Problems panel, without opening them', async () => {
    const summary = await vscode.commands.executeCommand<WorkspaceLintSummary>('govpress.lintWorkspace');
    assert.isFalse(summary.cancelled);

    const unopened = workspaceUri('tin-bai/hoi-nghi-chuyen-doi-so.md');
    assert.notInclude(vscode.workspace.textDocuments.map((document) => document.uri.toString()), unopened.toString());
    assert.deepStrictEqual(govpressDiagnostics(unopened).map(ruleId), ['date-missing']);
    assert.deepStrictEqual(govpressDiagnostics(workspaceUri('tin-bai/nhap/ban-nhap.md')), [], 'ignored drafts are left alone');
    assert.deepStrictEqual(govpressDiagnostics(workspaceUri('notes.md')), [], 'notes are no release');
    // press-release.md, quick-fix.md, fix-on-save.md and the article under tin-bai/ at least.
    assert.isAtLeast(summary.releases, 4);
    assert.isAtLeast((await stats()).filesScanned, 6, 'every Markdown file of the fixture workspace was looked at');
  });

  test('a file matched by the config\'s `files` is a release without front matter; `ignores` wins over `profile:`', async () => {
    const matched = (await openFixture('tin-bai/hoi-nghi-chuyen-doi-so.md')).document;
    const missingDate = await diagnosticOf(matched.uri, 'date-missing');
    assert.deepStrictEqual([missingDate.range.start.line, missingDate.range.start.character], [0, 0]);

    const ignored = (await openFixture('tin-bai/nhap/ban-nhap.md')).document;
    await settled(ignored);
    assert.match(ignored.getText(), /^---\nprofile: vn-news\n/);
    assert.deepStrictEqual(govpressDiagnostics(ignored.uri), []);
  });

  test('a release turned into plain text loses its problems', async () => {
    const document = (await openFixture('tin-bai/hoi-nghi-chuyen-doi-so.md')).document;
    await diagnosticOf(document.uri, 'date-missing');
    const plain = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await diagnosticsWhen(plain.uri, 'no diagnostics on plain text', (diagnostics) => diagnostics.length === 0);
    const markdown = await vscode.languages.setTextDocumentLanguage(plain, 'markdown');
    await diagnosticOf(markdown.uri, 'date-missing');
  });

  test('an invalid config shows one problem on its file, and its releases are checked with the profile defaults', async () => {
    const config = await writeWorkspaceFile('cau-hinh/.govpressrc.json', '{ "rules": { "date-missing": "off" } }\n');
    await writeWorkspaceFile('cau-hinh/tin.md', '---\nprofile: vn-news\ntitle: Hội nghị\n---\n\n# Hội nghị\n\nSáng 14/3, Sở tổ chức hội nghị./.\n\nBích Ngọc – Sở Thông tin và Truyền thông\n');
    const release = (await openFixture('cau-hinh/tin.md')).document;
    await waitFor(statusText, 'the status bar item');
    assert.notInclude(govpressDiagnostics(release.uri).map(ruleId), 'date-missing', 'the config turns date-missing off');

    await writeWorkspaceFile('cau-hinh/.govpressrc.json', '{\n  "rules": {\n    "date-missing": "of"\n  }\n}\n');
    // The watcher may first see the file emptied by the write: wait for the problem of the text written.
    const [problem] = await diagnosticsWhen(config, 'the config problem on "of"', (diagnostics) => diagnostics.some((diagnostic) => diagnostic.message.includes('"of"')));
    assert.lengthOf(govpressDiagnostics(config), 1);
    assert.deepStrictEqual(
      [problem!.range.start.line, problem!.range.start.character, problem!.range.end.line, problem!.range.end.character],
      [2, 20, 2, 24],
      'on the value "of"',
    );
    assert.strictEqual(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.include(problem!.message, '"of"');
    await diagnosticOf(release.uri, 'date-missing');
    const warning = await waitFor(async () => {
      const text = await statusText();
      return text?.includes('invalid config') ? text : undefined;
    }, 'the status bar warning');
    assert.match(warning, /^GovPress: vn-news · /);

    await writeWorkspaceFile('cau-hinh/.govpressrc.json', '{ "rules": { "date-missing": "off" } }\n');
    await diagnosticsWhen(config, 'the config problem to go', (diagnostics) => diagnostics.length === 0);
    await diagnosticsWhen(release.uri, 'date-missing to go', (diagnostics) => !diagnostics.some((diagnostic) => ruleId(diagnostic) === 'date-missing'));
    assert.notInclude(await statusText(), 'invalid config');
  });
});
