/// <reference types="mocha" />
// The export commands in a real VS Code: a standalone HTML page (images
// embedded or copied beside it), a Word document, and the portal's HTML on
// the clipboard. The tests pass the output file, which users pick in a save dialog.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { extensionActive, workspaceUri } from './release-helpers';

const NEWS = 'preview/ban-tin.md';
const NEWS_TITLE = 'Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn về chuyển đổi số';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

suite('GovPress export', () => {
  const source = (): vscode.Uri => workspaceUri(NEWS);

  suiteSetup(async () => {
    await vscode.window.showTextDocument(source());
    await extensionActive();
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('govpress.export').update('images', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('writes one self-contained HTML page: the CSS inside, the photos embedded, no script', async () => {
    const target = workspaceUri('exports/ban-tin.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('govpress.exportHtml', source(), target);
    assert.strictEqual(written?.toString(), target.toString());
    const html = await readText(target);
    assert.include(html, `<title>${NEWS_TITLE}</title>`);
    assert.include(html, `>${NEWS_TITLE}</h1>`);
    assert.notMatch(html, /<script/i);
    assert.match(html, /<style>[\s\S]*\.gp-doc \{[\s\S]*<\/style>/, 'the CSS inlined');
    assert.lengthOf(html.match(/<img src="data:image\/png;base64,/g) ?? [], 2, 'both photos embedded');
    assert.include(html, "img-src data: https: http:;");
  });

  test('copies the photos beside the page when govpress.export.images is copy', async () => {
    await vscode.workspace.getConfiguration('govpress.export').update('images', 'copy', vscode.ConfigurationTarget.Workspace);
    const target = workspaceUri('exports/ban-tin-anh.html');
    await vscode.commands.executeCommand('govpress.exportHtml', source(), target);
    const html = await readText(target);
    assert.include(html, '<img src="ban-tin-anh_files/le-ky-ket.png"');
    assert.include(html, '<img src="ban-tin-anh_files/trai-nghiem-tien-ich-so.png"');
    const copy = await vscode.workspace.fs.readFile(workspaceUri('exports/ban-tin-anh_files/le-ky-ket.png'));
    const original = await vscode.workspace.fs.readFile(workspaceUri('preview/images/le-ky-ket.png'));
    assert.deepEqual([...copy], [...original]);
  });

  test('writes a Word document', async () => {
    const target = workspaceUri('exports/ban-tin.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('govpress.exportWord', source(), target);
    assert.strictEqual(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.isAbove(bytes.length, 1000);
    assert.deepEqual([bytes[0], bytes[1]], [0x50, 0x4b], 'a zip archive (PK)');
  });

  test('puts clean portal HTML on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('govpress.copyPortalHtml', source());
    const html = await vscode.env.clipboard.readText();
    assert.match(html, /^<p><strong>Sáng 14\/4,/, 'the lead first, in bold; the headline is a field of the portal');
    assert.include(html, '<figure><img src="images/le-ky-ket.png"');
    assert.include(html, '<figcaption>Đoàn viên, thanh niên trải nghiệm các tiện ích số');
    assert.notMatch(html, / (?:class|id|style|data-[a-z-]+)=/);
  });

  test('never writes over its own source', async () => {
    const before = await readText(source());
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('govpress.exportHtml', source(), source());
    assert.isUndefined(written);
    assert.strictEqual(await readText(source()), before);
    assert.isFalse(await exists(workspaceUri('preview/ban-tin_files')));
  });
});
