/// <reference types="mocha" />
// The GovPress palette commands in a real VS Code. The prompts are skipped by passing
// the answers as the command's argument; the palette path is checked to ask (and to
// do nothing when the writer cancels).
import { assert } from 'chai';
import * as vscode from 'vscode';
import { toLegacy } from '../../../src/core/lang/legacy-encodings';
import { lint } from '../../../src/core/lint/engine';
import { screenshot, waitFor } from './index';

const EXTENSION_ID = 'govpress.govpress';
const COMMANDS = ['newPressRelease', 'insertParticipant', 'insertFigure', 'convertLegacyEncoding', 'normalizeUnicode', 'showRules'].map((name) => `govpress.${name}`);
const EDITOR_COMMANDS = ['govpress.insertParticipant', 'govpress.insertFigure', 'govpress.convertLegacyEncoding', 'govpress.normalizeUnicode'];

/** What a writer types into each `[…]` field of the templates, in order of appearance. */
const FIELD_TEXT: Record<string, string[]> = {
  'Từ khóa': ['khoa học công nghệ'],
  'Địa điểm': ['Hội trường Sở'],
  'Đơn vị chủ trì': ['Sở Khoa học và Công nghệ'],
  'Tên sự kiện': ['hội nghị tổng kết công tác năm 2025', 'hội nghị'],
  'Mục đích': ['đánh giá kết quả năm 2025 và triển khai nhiệm vụ năm 2026'],
  'Họ tên': ['Nguyễn Văn An', 'Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Cường'],
  'Chức vụ': ['Giám đốc Sở Khoa học và Công nghệ', 'Phó Giám đốc Sở Khoa học và Công nghệ', 'Chánh Văn phòng Sở'],
  'Mô tả ảnh': ['Quang cảnh hội nghị'],
  'Chú thích ảnh': ['Quang cảnh hội nghị'],
  'Nội dung': ['Năm 2025, Sở đã hoàn thành các chỉ tiêu được giao.'],
  'Trích dẫn': ['Năm 2026, Sở sẽ tập trung đẩy mạnh ứng dụng khoa học và công nghệ.'],
  'Kế hoạch tiếp theo': ['tiếp tục triển khai các nhiệm vụ trọng tâm'],
  'Số': ['05'],
  'Ký hiệu cơ quan': ['SKHCN'],
  'Địa danh': ['Đồng Tháp'],
  'Số điện thoại': ['0277 3851 234'],
  Email: ['vanphong.skhcn@dongthap.gov.vn', 'press@springfieldwater.org'],
  'Nội dung chính': ['tổ chức họp báo công bố kết quả hoạt động khoa học và công nghệ năm 2025'],
  Organization: ['Springfield Water Department'],
  City: ['Springfield'],
  State: ['Ill.'],
  Name: ['Jane Doe'],
  Phone: ['217-555-0100'],
  CITY: ['SPRINGFIELD'],
  Month: ['April'],
  Announcement: ['a free water testing program for households'],
  Details: ['Households can request a test kit online or at City Hall until June 30.'],
  Quote: ['Clean water is the first service a city owes its residents'],
  Title: ['director'],
  'Next steps': ['Residents can learn more at a public meeting on April 28 at City Hall.'],
  Boilerplate: ['The Springfield Water Department supplies drinking water to 120,000 residents.'],
};

const ANSWERS = {
  'vn-news': { title: 'Sở Khoa học và Công nghệ tổng kết công tác năm 2025', author: 'Bích Ngọc', unit: 'Sở Khoa học và Công nghệ' },
  'vn-press-release': {
    title: 'Kết quả hoạt động khoa học và công nghệ năm 2025',
    author: 'Bích Ngọc',
    unit: 'Văn phòng Sở',
    agency: 'Sở Khoa học và Công nghệ',
    parentAgency: 'UBND tỉnh Đồng Tháp',
  },
  'en-press-release': { title: 'Springfield offers free water testing', author: 'John Smith' },
} as const;

const MARKER = /\[([^[\]\n]+)\](?!\()/g;

/** Replaces every `[…]` field the way a writer fills the template in. */
function fillFields(text: string): string {
  const used = new Map<string, number>();
  return text.replace(MARKER, (marker, field: string) => {
    const answers = FIELD_TEXT[field];
    assert.ok(answers, `a realistic text for the field ${marker}`);
    const index = used.get(field) ?? 0;
    used.set(field, index + 1);
    return answers[Math.min(index, answers.length - 1)]!;
  });
}

async function waitForActivation(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await waitFor(() => extension.isActive, 'the extension to activate');
}

async function openUntitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document);
}

/**
 * Closes a document without the save prompt, which would block the workbench. An
 * untitled one is waited for until the extension host sees it closed: the next untitled
 * document takes the same name, and would otherwise be handed the closed one. (A file's
 * document may stay open in the host after its editor closes.)
 */
async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (document.isUntitled) await waitFor(() => document.isClosed, `${document.uri.toString()} to close`);
}

/** Runs a command that prompts, cancels its prompt as a writer pressing Escape would, and returns what the command returned. */
async function runAndCancel(command: string): Promise<unknown> {
  let settled = false;
  const result = Promise.resolve(vscode.commands.executeCommand(command)).finally(() => (settled = true));
  // The prompt opens asynchronously: keep pressing Escape until the command gives up.
  await waitFor(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    return settled;
  }, `${command} to end after its prompt was cancelled`);
  return result;
}

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return folder.uri;
}

suite('GovPress commands', () => {
  const opened: vscode.TextDocument[] = [];

  suiteSetup(waitForActivation);

  teardown(async () => {
    for (const document of opened.splice(0)) if (!document.isClosed) await closeWithoutSaving(document);
  });

  test('are in the palette, under GovPress, the editor ones only for Markdown', async () => {
    const registered = await vscode.commands.getCommands(true);
    assert.includeMembers(registered, COMMANDS);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: Array<{ command: string; category: string }>; menus: { commandPalette: Array<{ command: string; when: string }> } };
    };
    for (const id of COMMANDS) {
      assert.strictEqual(manifest.contributes.commands.find((command) => command.command === id)?.category, 'GovPress', id);
    }
    for (const id of EDITOR_COMMANDS) {
      assert.strictEqual(manifest.contributes.menus.commandPalette.find((item) => item.command === id)?.when, 'editorLangId == markdown', id);
    }
  });

  for (const profile of Object.keys(ANSWERS) as Array<keyof typeof ANSWERS>) {
    test(`New Press Release opens a ${profile} release that lints clean once its fields are filled`, async () => {
      const answers = { profile, date: '2026-04-14', ...ANSWERS[profile] };
      const document = await vscode.commands.executeCommand<vscode.TextDocument>('govpress.newPressRelease', answers);
      opened.push(document);
      assert.isTrue(document.isUntitled, 'nothing is written until the writer saves');
      assert.strictEqual(document.languageId, 'markdown');
      const text = document.getText();
      assert.include(text, `profile: ${profile}\n`);
      assert.include(text, `title: "${answers.title}"`);
      assert.include(text, `# ${answers.title}\n`);
      assert.include(text, 'date: "2026-04-14"');

      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      assert.strictEqual(editor.document, document);
      const firstField = MARKER.exec(text);
      MARKER.lastIndex = 0;
      assert.ok(firstField);
      assert.strictEqual(document.getText(editor.selection), firstField[0], 'the first field is selected, ready to be typed over');

      if (profile === 'vn-news') {
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await screenshot('new-press-release');
      }

      const filled = fillFields(text);
      const problems = lint(filled).messages.map((message) => `${message.ruleId} (line ${message.line}): ${message.message}`);
      assert.deepStrictEqual(problems, []);

      if (profile === 'vn-news') {
        await vscode.commands.executeCommand('leaveSnippet');
        await editor.edit((builder) => builder.replace(new vscode.Range(document.positionAt(0), document.positionAt(text.length)), filled));
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        await screenshot('new-press-release-filled');
      }
    });
  }

  test('New Press Release from the palette asks for the profile, and does nothing when cancelled', async () => {
    const documentsBefore = vscode.workspace.textDocuments.length;
    assert.isUndefined(await runAndCancel('govpress.newPressRelease'));
    assert.strictEqual(vscode.workspace.textDocuments.length, documentsBefore, 'no document was opened');
  });

  test('New Press Release refuses an unknown profile or an impossible date', async () => {
    await assertRejects(vscode.commands.executeCommand('govpress.newPressRelease', { profile: 'vn-newz' }), /vn-newz/);
    const answers = { profile: 'vn-news', date: '2026-02-30', ...ANSWERS['vn-news'] };
    await assertRejects(vscode.commands.executeCommand('govpress.newPressRelease', answers), /2026-02-30/);
  });

  test('Insert Participant writes the person as the list already does', async () => {
    const list = 'Dự lễ có các đồng chí: Nguyễn Văn An, Giám đốc Sở Khoa học và Công nghệ; Trần Thị Bình, Phó Giám đốc Sở Khoa học và Công nghệ';
    const editor = await openUntitled(`${list}.\n`);
    opened.push(editor.document);
    editor.selection = new vscode.Selection(editor.document.positionAt(list.length), editor.document.positionAt(list.length));
    await vscode.commands.executeCommand('govpress.insertParticipant', { name: 'Lê Văn Cường', title: 'Chánh Văn phòng Sở' });
    assert.strictEqual(editor.document.getText(), `${list}; Lê Văn Cường, Chánh Văn phòng Sở.\n`);
  });

  test('Insert Participant offers an honorific and the spaced dash when the document has no list yet', async () => {
    const editor = await openUntitled('Tham dự có ');
    opened.push(editor.document);
    editor.selection = new vscode.Selection(0, 11, 0, 11);
    await vscode.commands.executeCommand('govpress.insertParticipant', { name: 'Lê Văn Cường', title: 'Chánh Văn phòng Sở' });
    assert.strictEqual(editor.document.getText(), 'Tham dự có ông Lê Văn Cường – Chánh Văn phòng Sở');
    assert.strictEqual(editor.document.getText(editor.selection), 'ông', 'Tab stops start at the honorific, a choice of ông, bà, đồng chí');
  });

  test('Convert Legacy Encoding turns TCVN3 text into Unicode, only in the selection when there is one', async () => {
    const unicode = 'Sở Thông tin và Truyền thông tổ chức hội nghị.';
    const tcvn3 = toLegacy(unicode, 'tcvn3');
    assert.ok(tcvn3 && tcvn3 !== unicode);
    const editor = await openUntitled(`${tcvn3}\n${tcvn3}\n`);
    opened.push(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, tcvn3.length);
    const inSelection = await vscode.commands.executeCommand('govpress.convertLegacyEncoding');
    assert.deepStrictEqual(inSelection, { converted: 1, uncertain: 0 });
    assert.strictEqual(editor.document.getText(), `${unicode}\n${tcvn3}\n`);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.deepStrictEqual(await vscode.commands.executeCommand('govpress.convertLegacyEncoding'), { converted: 1, uncertain: 0 });
    assert.strictEqual(editor.document.getText(), `${unicode}\n${unicode}\n`);
    assert.deepStrictEqual(await vscode.commands.executeCommand('govpress.convertLegacyEncoding'), { converted: 0, uncertain: 0 }, 'nothing left to convert');
  });

  test('Normalize Unicode composes decomposed letters and counts them', async () => {
    const editor = await openUntitled('Đoàn công tác Vie\u0302\u0323t Nam đánh giá cao kê\u0301t qua\u0309.\n');
    opened.push(editor.document);
    assert.strictEqual(await vscode.commands.executeCommand('govpress.normalizeUnicode'), 3);
    assert.strictEqual(editor.document.getText(), 'Đoàn công tác Việt Nam đánh giá cao kết quả.\n');
    assert.strictEqual(await vscode.commands.executeCommand('govpress.normalizeUnicode'), 0);
  });

  test('Insert Figure copies the picture into images/ beside the document, never over another, and inserts the figure', async () => {
    const folder = vscode.Uri.joinPath(workspaceFolder(), 'insert-figure');
    try {
      const picture = vscode.Uri.joinPath(folder, 'from camera', 'Ảnh hội nghị.PNG');
      const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
      await vscode.workspace.fs.writeFile(picture, bytes);
      const taken = vscode.Uri.joinPath(folder, 'images', 'anh-hoi-nghi.png');
      await vscode.workspace.fs.writeFile(taken, new Uint8Array([7]));
      const article = vscode.Uri.joinPath(folder, 'article.md');
      await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('Đoạn mở đầu.\nĐoạn tiếp theo.\n'));

      const editor = await vscode.window.showTextDocument(article);
      opened.push(editor.document);
      editor.selection = new vscode.Selection(0, 12, 0, 12);
      const copy = await vscode.commands.executeCommand<vscode.Uri>('govpress.insertFigure', { image: picture, caption: 'Quang cảnh hội nghị. Ảnh: Bích Ngọc' });

      assert.strictEqual(copy.toString(), vscode.Uri.joinPath(folder, 'images', 'anh-hoi-nghi-2.png').toString());
      assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(copy))], [...bytes]);
      assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(taken))], [7], 'the picture already there is untouched');
      assert.strictEqual(
        editor.document.getText(),
        'Đoạn mở đầu.\n\n![Quang cảnh hội nghị](images/anh-hoi-nghi-2.png)\n*Quang cảnh hội nghị. Ảnh: Bích Ngọc*\n\nĐoạn tiếp theo.\n',
      );
    } finally {
      for (const document of opened.splice(0)) await closeWithoutSaving(document);
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  test('Insert Figure asks to save an untitled document first', async () => {
    const editor = await openUntitled('Đoạn mở đầu.\n');
    opened.push(editor.document);
    const picture = vscode.Uri.joinPath(workspaceFolder(), 'no-such-picture.png');
    assert.isUndefined(await vscode.commands.executeCommand('govpress.insertFigure', { image: picture, caption: 'Quang cảnh' }));
    assert.strictEqual(editor.document.getText(), 'Đoạn mở đầu.\n');
  });

  test('Show Rules gives a rule’s documentation address; from the palette it lists the rules', async () => {
    const docs = await vscode.commands.executeCommand<vscode.Uri>('govpress.showRules', { ruleId: 'endmark-missing', openDocs: false });
    assert.match(docs.toString(), /\/docs\/rules\/endmark-missing\.md$/);
    await assertRejects(vscode.commands.executeCommand('govpress.showRules', { ruleId: 'no-such-rule', openDocs: false }), /no-such-rule/);
    assert.isUndefined(await runAndCancel('govpress.showRules'));
  });

  test('screenshot: the walkthrough, its first step', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#govpress.getStarted`, false);
    await screenshot('walkthrough');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the editor commands need a Markdown editor', async () => {
    const editor = await openUntitled('Vie\u0302\u0323t Nam', 'plaintext');
    opened.push(editor.document);
    for (const id of EDITOR_COMMANDS) assert.isUndefined(await vscode.commands.executeCommand(id), id);
    assert.strictEqual(editor.document.getText(), 'Vie\u0302\u0323t Nam');
  });
});

async function assertRejects(promise: Thenable<unknown>, message: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    assert.match(error instanceof Error ? error.message : String(error), message);
    return;
  }
  assert.fail(`expected a rejection matching ${message}`);
}
