/// <reference types="mocha" />
// Importing drafts in a real VS Code, as a new user would: a Word draft picked from the
// palette (the test passes the file the open dialog would give), its structure checked,
// its pictures written beside it, the release linted and previewed, the remaining problems
// fixed in one command; and an article copied from the portal pasted as a release.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { ImportResult } from '../../../src/core/import/index';
import { buildModel } from '../../../src/core/model/build';
import type { PreviewState } from '../../../src/extension/preview/protocol';
import { screenshot, waitFor } from './index';
import { diagnosticsWhen, EXTENSION_ID, extensionActive, ruleId, settled, statusText, withoutAutoSave, workspaceUri } from './release-helpers';

interface ImportedRelease {
  document: vscode.TextDocument;
  result: ImportResult;
}

const COMMANDS = ['govpress.importDraft', 'govpress.pasteAsPressRelease'];
/** A 1×1 PNG picture. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4IScHAAK2AQU0pnWqAAAAAElFTkSuQmCC'), (character) => character.charCodeAt(0));
const DRAFT = {
  title: 'Tỉnh đoàn ra mắt Đội hình thanh niên chuyển đổi số',
  lead: 'Sáng 26/3/2026, Tỉnh đoàn tổ chức lễ ra mắt Đội hình thanh niên chuyển đổi số cấp tỉnh.',
  participants: 'Tham dự buổi lễ có ông Nguyễn Văn An – Phó Bí thư Tỉnh uỷ; bà Trần Thị Bình – Phó Chủ tịch Ủy ban nhân dân tỉnh.',
  caption: 'Quang cảnh buổi lễ',
  body: 'Đội hình gồm 50 đoàn viên, thanh niên, phối hợp với Ủy ban nhân dân các xã hướng dẫn người dân sử dụng dịch vụ công trực tuyến.',
  closing: 'Phát biểu tại buổi lễ, bà Trần Thị Bình đề nghị Đội hình phát huy vai trò xung kích của thanh niên trong chuyển đổi số.',
  signature: 'Minh Anh – Tỉnh đoàn Đồng Tháp',
};
/** An article as copied from a portal page, chrome and all; its photo stayed on the page. */
const PORTAL_COPY = [
  'Xuất bản thông tin',
  'null Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025',
  'Chi tiết bài viết Tin tức',
  'Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025',
  'Sáng 14/1/2026, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.',
  'Quang cảnh hội nghị',
  'Năm 2025, Sở Nội vụ đã hoàn thành các nhiệm vụ được giao./.',
  'Kim Liên – Sở Nội vụ',
].join('\n\n');

/**
 * A Word draft as writers send them: a bold headline, a bold lead, two photos — the
 * second without its caption — no end mark, and `uỷ` once against `ủy` twice.
 */
async function wordDraft(): Promise<Uint8Array> {
  const picture = (): ImageRun => new ImageRun({ type: 'png', data: PNG, transformation: { width: 320, height: 200 } });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: DRAFT.title, bold: true, size: 32 })] }),
          new Paragraph({ children: [new TextRun({ text: DRAFT.lead, bold: true })] }),
          new Paragraph({ text: DRAFT.participants }),
          new Paragraph({ children: [picture()] }),
          new Paragraph({ children: [new TextRun({ text: DRAFT.caption, italics: true })] }),
          new Paragraph({ text: DRAFT.body }),
          new Paragraph({ children: [picture()] }),
          new Paragraph({ text: DRAFT.closing }),
          new Paragraph({ text: DRAFT.signature }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

async function writeBytes(path: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri(path);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

/** Closes a release without the save prompt, and waits until the extension host sees it closed. */
async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor(() => document.isClosed, `${document.uri.toString()} to close`);
}

/** What the GovPress preview shows, once it shows `title` (it renders asynchronously). */
function previewShowing(title: string): Promise<PreviewState> {
  return waitFor(async () => {
    const state = await Promise.resolve(vscode.commands.executeCommand<PreviewState>('govpress.previewQuery')).catch(() => undefined);
    return state?.title === title ? state : undefined;
  }, `the preview to show "${title}"`);
}

function rules(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(ruleId).sort();
}

suite('GovPress import', () => {
  const opened: vscode.TextDocument[] = [];
  withoutAutoSave();
  suiteSetup(extensionActive);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const document of opened.splice(0)) if (!document.isClosed) await closeWithoutSaving(document);
  });

  test('the commands are in the palette, under GovPress', async () => {
    assert.includeMembers(await vscode.commands.getCommands(true), COMMANDS);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: Array<{ command: string; category: string }> } };
    for (const id of COMMANDS) assert.strictEqual(manifest.contributes.commands.find((command) => command.command === id)?.category, 'GovPress', id);
  });

  test('Import Draft: a Word draft becomes a release, linted, previewed, and fixed in one command', async () => {
    const file = await writeBytes('ban-thao/Dự thảo tin.docx', await wordDraft());
    const imported = await vscode.commands.executeCommand<ImportedRelease>('govpress.importDraft', { file });
    const { document } = imported;
    opened.push(document);

    assert.isTrue(document.isUntitled, 'nothing is written but the pictures until the writer saves');
    assert.strictEqual(document.languageId, 'markdown');
    assert.match(document.uri.path, /\/ban-thao\/du-thao-tin\.md$/, 'saving proposes the draft’s folder, where the pictures are');

    const model = buildModel(document.getText());
    assert.strictEqual(model.title?.text, DRAFT.title);
    assert.strictEqual(model.lead?.plain.text, DRAFT.lead);
    assert.isTrue(model.lead?.bold);
    assert.strictEqual(model.dateline?.text, 'Sáng 26/3/2026');
    assert.deepEqual(model.participants[0]?.entries.map((entry) => (entry.kind === 'person' ? entry.name.text : entry.text)), ['Nguyễn Văn An', 'Trần Thị Bình']);
    assert.deepEqual(
      model.figures.map((figure) => [figure.image.url, figure.caption?.text]),
      [
        ['images/du-thao-tin-1.png', DRAFT.caption],
        ['images/du-thao-tin-2.png', undefined],
      ],
    );
    assert.deepEqual(model.signature && [model.signature.author, model.signature.unit], ['Minh Anh', 'Tỉnh đoàn Đồng Tháp']);
    assert.deepEqual(model.frontMatter?.data, { profile: 'vn-news', title: DRAFT.title, date: '2026-03-26', author: 'Minh Anh', unit: 'Tỉnh đoàn Đồng Tháp' });
    assert.deepEqual(imported.result.report.notes.map((note) => note.code), ['photos-without-caption']);
    for (const name of ['du-thao-tin-1.png', 'du-thao-tin-2.png']) {
      assert.deepEqual([...(await vscode.workspace.fs.readFile(workspaceUri(`ban-thao/images/${name}`)))], [...PNG], name);
    }

    const before = await diagnosticsWhen(document.uri, 'the imported release to be linted', (found) => found.length === 4);
    assert.deepEqual(rules(before), ['caption-missing', 'endmark-missing', 'image-alt-missing', 'tone-style-mixed']);
    const preview = await previewShowing(DRAFT.title);
    assert.strictEqual(preview.figureCount, 2);
    await screenshot('import-word-draft');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('govpress.fixAll');
    const after = await diagnosticsWhen(document.uri, 'the fixable problems to be fixed', (found) => found.length < before.length);
    // What is left needs the writer: a caption and an alt text for the second photo.
    assert.deepEqual(rules(after), ['caption-missing', 'image-alt-missing']);
    assert.include(document.getText(), 'trong chuyển đổi số./.');
  });

  test('Import Draft again: the second release and its pictures take new names, nothing is overwritten', async () => {
    const file = await writeBytes('lan-hai/ban-thao.docx', await wordDraft());
    const first = await vscode.commands.executeCommand<ImportedRelease>('govpress.importDraft', { file });
    opened.push(first.document);
    const second = await vscode.commands.executeCommand<ImportedRelease>('govpress.importDraft', { file });
    opened.push(second.document);
    assert.match(second.document.uri.path, /\/lan-hai\/ban-thao-2\.md$/);
    assert.deepEqual(second.result.images.map((image) => image.path), ['images/ban-thao-2-1.png', 'images/ban-thao-2-2.png']);
    await vscode.workspace.fs.stat(workspaceUri('lan-hai/images/ban-thao-2-2.png'));
  });

  test('Import Draft of a file it cannot read says so and opens nothing', async () => {
    const file = await writeBytes('ban-thao/ban-scan.pdf', new TextEncoder().encode('%PDF-1.7'));
    const editors = vscode.window.visibleTextEditors.length;
    assert.isUndefined(await vscode.commands.executeCommand('govpress.importDraft', { file }));
    assert.strictEqual(vscode.window.visibleTextEditors.length, editors);
  });

  test('Paste as Press Release: the article copied from the portal, without its page chrome', async () => {
    await vscode.env.clipboard.writeText(PORTAL_COPY);
    const { document, result } = await vscode.commands.executeCommand<ImportedRelease>('govpress.pasteAsPressRelease');
    opened.push(document);
    assert.isTrue(document.isUntitled);
    const text = document.getText();
    const model = buildModel(text);
    const title = 'Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025';
    assert.strictEqual(model.title?.text, title);
    assert.strictEqual(text.split(`# ${title}`).length, 2, 'the title once, as the H1');
    assert.notInclude(text, 'Xuất bản thông tin');
    assert.deepEqual(model.frontMatter?.data, { profile: 'vn-news', title, date: '2026-01-14', category: 'Tin tức', author: 'Kim Liên', unit: 'Sở Nội vụ' });
    // The clipboard gives text only: the caption line waits for its photo.
    assert.deepEqual(model.figures.map((figure) => [figure.image.url, figure.caption?.text]), [['images/anh-1.jpg', 'Quang cảnh hội nghị']]);
    assert.deepEqual(result.missingPhotos, ['images/anh-1.jpg']);
    assert.ok(model.endMark);
    await settled(document);
    const status = await waitFor(async () => ((await statusText())?.startsWith('GovPress: vn-news') ? statusText() : undefined), 'the release to be linted');
    assert.match(status ?? '', /^GovPress: vn-news · ✓ · /u, 'no problem');
  });

  test('Paste as Press Release with nothing on the clipboard opens nothing', async () => {
    await vscode.env.clipboard.writeText('');
    assert.isUndefined(await vscode.commands.executeCommand('govpress.pasteAsPressRelease'));
  });
});
