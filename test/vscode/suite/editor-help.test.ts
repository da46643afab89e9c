/// <reference types="mocha" />
// What helps while writing: the outline of a release's parts, the status bar,
// completion from the config's people register and of front matter, and hover on
// a registered official's name.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { waitFor } from './index';
import { diagnosticOf, govpressDiagnostics, openFixture, statusText, writeWorkspaceFile } from './release-helpers';

const PART_NAMES = ['Title', 'Lead', 'Participants', 'Photos', 'End mark', 'Signature'];

/** A release dated 2018-05-01, when Đoàn Thanh Bình was deputy director (.govpressrc.json). */
const DATED_RELEASE = [
  '---',
  'profile: vn-news',
  'title: Sở Thông tin và Truyền thông tổ chức hội nghị giao ban tháng 5',
  'date: 2018-05-01',
  '---',
  '',
  '# Sở Thông tin và Truyền thông tổ chức hội nghị giao ban tháng 5',
  '',
  'Sáng 1/5, Sở Thông tin và Truyền thông tổ chức hội nghị giao ban.',
  '',
  'Tham dự hội nghị có ông ',
  'Tham dự có ông Đoàn Thanh Bình – Phó Giám đốc Sở Thông tin và Truyền thông; bà ',
  'Tham dự có ông Đoàn Thanh Bình – ',
  '',
].join('\n');
const LINE_AFTER_INTRO = 10;
const LINE_AFTER_SEMICOLON = 11;
const LINE_AFTER_NAME = 12;


function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
  return list.items;
}

async function hoverTextAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

/** The end of a line of the document, where the writer's cursor is. */
function endOf(document: vscode.TextDocument, line: number): vscode.Position {
  return document.lineAt(line).range.end;
}

suite('GovPress editor help', () => {
  test('the outline lists the release\'s parts, each participant under its sentence and the photos by caption', async () => {
    const { document } = await openFixture('press-release.md');
    const symbols = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const parts = all.filter((symbol) => PART_NAMES.includes(symbol.name));
      return parts.length > 0 ? parts : undefined;
    }, 'the release\'s symbols');
    assert.deepStrictEqual(symbols.map((symbol) => symbol.name), PART_NAMES);
    const part = (name: string): vscode.DocumentSymbol => symbols.find((symbol) => symbol.name === name)!;

    assert.strictEqual(part('Title').range.start.line, 8);
    assert.match(part('Title').detail, /^Sở Thông tin và Truyền thông và Đoàn Thanh niên .* giai đoạn 2022 - 2026$/);
    assert.strictEqual(part('Lead').range.start.line, 10);
    assert.strictEqual(part('Participants').detail, 'Tham dự buổi lễ có');
    assert.deepStrictEqual(
      part('Participants').children.map((person) => person.name),
      [
        'Đoàn Thanh Bình – Giám đốc Sở Thông tin và Truyền thông',
        'Huỳnh Minh Thức – Tỉnh uỷ viên, Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Tháp (Tỉnh đoàn)',
      ],
    );
    assert.deepStrictEqual(
      part('Photos').children.map((photo) => photo.name),
      ['Lễ ký kết giữa hai đơn vị', 'Trao Quyết định thành lập cho thành viên Tổ Tham vấn Chuyển đổi số', 'Giới thiệu về chuyển đổi số với các đoàn viên thanh niên'],
    );
    assert.strictEqual(part('Signature').detail, 'Bích Ngọc – Sở Thông tin và Truyền thông');
    for (const name of ['Title', 'Lead', 'End mark', 'Signature']) assert.deepStrictEqual(part(name).children, [], `${name} has no children`);
  });

  test('the status bar shows the profile, the problem count and the word count of the active release only', async () => {
    const { document } = await openFixture('press-release.md');
    await diagnosticOf(document.uri, 'dateline-vague');
    const problems = govpressDiagnostics(document.uri).length;
    assert.strictEqual(await waitFor(statusText, 'the status bar item'), `GovPress: vn-news · ⚠ ${problems} · 571 words`);

    await openFixture('notes.md');
    await waitFor(async () => (await statusText()) === undefined || undefined, 'the item to hide');
  });

  test('completion offers the people register inside participants sentences, with the titles held on the article\'s date', async () => {
    const uri = await writeWorkspaceFile('goi-y.md', DATED_RELEASE);
    const { document } = await openFixture('goi-y.md');

    const afterIntro = await completionsAt(uri, endOf(document, LINE_AFTER_INTRO), ' ');
    const binh = afterIntro.find((item) => labelOf(item) === 'Đoàn Thanh Bình');
    assert.ok(binh, 'the register\'s people are offered after "Tham dự hội nghị có ông "');
    assert.strictEqual(binh.insertText, 'Đoàn Thanh Bình – Phó Giám đốc Sở Thông tin và Truyền thông');
    const thuc = afterIntro.find((item) => labelOf(item) === 'Huỳnh Minh Thức');
    assert.strictEqual(thuc?.insertText, 'Huỳnh Minh Thức', 'no title yet on 2018-05-01');

    const afterSemicolon = await completionsAt(uri, endOf(document, LINE_AFTER_SEMICOLON), ' ');
    assert.includeMembers(afterSemicolon.map(labelOf), ['Đoàn Thanh Bình', 'Huỳnh Minh Thức']);

    const titles = await completionsAt(uri, endOf(document, LINE_AFTER_NAME), ' ');
    const offered = titles.filter((item) => item.kind === vscode.CompletionItemKind.Text).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepStrictEqual(offered.map(labelOf), ['Phó Giám đốc Sở Thông tin và Truyền thông', 'Giám đốc Sở Thông tin và Truyền thông'], 'the title held on the date first');

    const elsewhere = await completionsAt(uri, new vscode.Position(8, 'Sáng 1/5, Sở '.length), ' ');
    assert.notInclude(elsewhere.map(labelOf), 'Đoàn Thanh Bình', 'no people outside participants sentences');
  });

  test('completion offers front matter keys and profile names inside the front matter', async () => {
    const uri = await writeWorkspaceFile('goi-y.md', DATED_RELEASE);
    await openFixture('goi-y.md');
    const keys = (await completionsAt(uri, new vscode.Position(1, 0))).filter((item) => item.kind === vscode.CompletionItemKind.Property);
    assert.includeMembers(keys.map(labelOf), ['author', 'unit', 'category', 'tags', 'source']);
    assert.notInclude(keys.map(labelOf), 'title', 'keys already written are not offered');
    assert.strictEqual(keys.find((item) => labelOf(item) === 'author')?.insertText, 'author: ');

    const profiles = await completionsAt(uri, new vscode.Position(1, 'profile: '.length), ' ');
    assert.includeMembers(profiles.map(labelOf), ['vn-news', 'vn-press-release', 'en-press-release']);
  });

  test('hover on a registered name shows the register\'s titles with their dates and the title held on the article\'s date', async () => {
    const seed = (await openFixture('press-release.md')).document;
    const line = 12;
    const undated = await hoverTextAt(seed.uri, new vscode.Position(line, seed.lineAt(line).text.indexOf('Đoàn Thanh Bình') + 3));
    assert.include(undated, 'Đoàn Thanh Bình');
    assert.include(undated, 'Phó Giám đốc Sở Thông tin và Truyền thông (2016-03-01 – 2019-12-31)');
    assert.include(undated, 'Giám đốc Sở Thông tin và Truyền thông (since 2020-01-01)');
    assert.include(undated, 'Now: Giám đốc Sở Thông tin và Truyền thông', 'without a date, the title held now');

    const uri = await writeWorkspaceFile('goi-y.md', DATED_RELEASE);
    const dated = (await openFixture('goi-y.md')).document;
    const datedHover = await hoverTextAt(uri, new vscode.Position(LINE_AFTER_NAME, dated.lineAt(LINE_AFTER_NAME).text.indexOf('Đoàn')));
    assert.include(datedHover, 'On the article date (2018-05-01): Phó Giám đốc Sở Thông tin và Truyền thông');

    assert.strictEqual(await hoverTextAt(uri, new vscode.Position(8, 2)), '', 'no hover elsewhere');
  });
});
