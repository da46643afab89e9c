/// <reference types="mocha" />
// The GovPress preview in a real VS Code: a webview beside the editor that
// renders the release, updates as it is edited, scrolls with the editor both
// ways, marks the lint problems, switches style and follows the active
// release; and VS Code's own Markdown preview showing a release's figures.
// A test cannot read the webview's DOM: the webview answers queries
// (`govpress.previewQuery`, test mode only) with what it shows.
import { assert } from 'chai';
import * as vscode from 'vscode';
import { screenshot, waitFor } from './index';
import { previewWhen, query, until } from './preview-helpers';
import { extensionActive, openFixture } from './release-helpers';

const NEWS = 'preview/ban-tin.md';
const NEWS_TITLE = 'Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn về chuyển đổi số';
const FORMAL = 'preview/thong-cao.md';

/** The 0-based line at the top of the document's editor. */
function editorTopLine(document: vscode.TextDocument): number | undefined {
  return vscode.window.visibleTextEditors.find((visible) => visible.document === document)?.visibleRanges[0]?.start.line;
}

/** The 1-based line of the first line of `document` that starts with `prefix`. */
function lineStarting(document: vscode.TextDocument, prefix: string): number {
  for (let index = 0; index < document.lineCount; index++) if (document.lineAt(index).text.startsWith(prefix)) return index + 1;
  throw new Error(`no line starts with ${prefix}`);
}

function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('govpress.preview'));
}

suite('GovPress preview', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    // Room for the editor and the preview side by side, and screenshots without earlier suites' messages.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    editor = await openFixture(NEWS);
    await extensionActive();
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('editor').update('stickyScroll.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens beside the editor and shows the rendered release with its problems', async () => {
    await vscode.commands.executeCommand('govpress.openPreviewToSide');
    const tab = await waitFor(previewTab, 'the preview tab');
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');
    assert.strictEqual(vscode.window.activeTextEditor?.document, editor.document, 'the editor keeps the focus');

    const state = await previewWhen('the rendered release', (shown) => shown.title !== '');
    assert.strictEqual(state.title, NEWS_TITLE);
    assert.strictEqual(state.figureCount, 2);
    assert.strictEqual(state.style, 'portal', "a vn-news article's own style");
    // title-mismatch (on the headline), caption-missing, endmark-missing.
    await previewWhen('the three lint problems', (shown) => shown.problemCount === 3);
    await screenshot('preview-portal');
  });

  test('updates after an edit', async () => {
    const headline = lineStarting(editor.document, '# ') - 1;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(editor.document.uri, editor.document.lineAt(headline).range, '# Tỉnh đoàn và Sở Khoa học và Công nghệ ký kết chương trình phối hợp');
    assert.isTrue(await vscode.workspace.applyEdit(edit));
    const state = await previewWhen('the new headline', (shown) => shown.title === 'Tỉnh đoàn và Sở Khoa học và Công nghệ ký kết chương trình phối hợp');
    assert.strictEqual(state.figureCount, 2);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await previewWhen('the headline back', (shown) => shown.title === NEWS_TITLE);
  });

  // Blocks in the first half, which the editor and the preview can both bring to their top. Sticky
  // Scroll is off meanwhile: its pinned headline covers the editor's first rows, so that the line
  // a reveal puts at the top is not the first one `visibleRanges` reports.
  test('scrolls with the editor', async () => {
    await vscode.workspace.getConfiguration('editor').update('stickyScroll.enabled', false, vscode.ConfigurationTarget.Workspace);
    const figure = lineStarting(editor.document, '![Giám đốc');
    editor.revealRange(new vscode.Range(figure - 1, 0, figure - 1, 0), vscode.TextEditorRevealType.AtTop);
    await until('the editor to scroll', () => editorTopLine(editor.document), (top) => top === figure - 1);
    await previewWhen(`line ${figure} at the top of the preview`, (shown) => Math.abs(shown.firstVisibleLine - figure) <= 1);
  });

  test('moves the editor when the preview is scrolled', async () => {
    const paragraph = lineStarting(editor.document, 'Theo chương trình');
    const state = await query({ scrollToLine: paragraph });
    assert.closeTo(state.firstVisibleLine, paragraph, 1, 'the preview scrolled');
    await until(`the editor to show line ${paragraph} at its top`, () => editorTopLine(editor.document), (top) => top === paragraph - 1);
  });

  test('jumps to the source line on double-click', async () => {
    const paragraph = lineStarting(editor.document, 'Phát biểu chỉ đạo');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await query({ doubleClickLine: paragraph });
    await waitFor(() => vscode.window.activeTextEditor?.selection.active.line === paragraph - 1, `the cursor on line ${paragraph}`);
  });

  test('switches style from its toolbar', async () => {
    await query({ pressStyle: 'print' });
    const state = await previewWhen('the print style', (shown) => shown.style === 'print');
    assert.strictEqual(state.title, NEWS_TITLE);
    assert.strictEqual(state.figureCount, 2);
  });

  test('above govpress.largeDocumentSize: a notice instead of updates as you type, and an update on request', async () => {
    const update = (section: string, name: string, value: unknown): Thenable<void> =>
      vscode.workspace.getConfiguration(section).update(name, value, vscode.ConfigurationTarget.Workspace);
    const edited = 'Tỉnh đoàn và Sở Khoa học và Công nghệ ký kết chương trình phối hợp';
    // The edit waits for a second below: auto save (a second after an edit in the web hosts) would keep it.
    await update('files', 'autoSave', 'off');
    try {
      await update('govpress', 'largeDocumentSize', 1_000);
      try {
        const noticed = await previewWhen('the notice', (shown) => shown.notice !== '');
        assert.include(noticed.notice, 'govpress.largeDocumentSize');
        assert.strictEqual(noticed.title, '', 'nothing rendered until asked');
        await screenshot('preview-large-notice');

        await query({ pressUpdateNow: true });
        await previewWhen('the release, rendered on request under the notice', (shown) => shown.title === NEWS_TITLE && shown.notice !== '');
        const headline = lineStarting(editor.document, '# ') - 1;
        const edit = new vscode.WorkspaceEdit();
        edit.replace(editor.document.uri, editor.document.lineAt(headline).range, `# ${edited}`);
        assert.isTrue(await vscode.workspace.applyEdit(edit));
        // Well past the preview's own pause (100 ms): a live preview would show the edit by now.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        assert.strictEqual((await query()).title, NEWS_TITLE, 'not updated as you type');
        await query({ pressUpdateNow: true });
        await previewWhen('the edited headline, on request', (shown) => shown.title === edited);
      } finally {
        await update('govpress', 'largeDocumentSize', undefined);
      }
      await previewWhen('a live preview again, without the notice', (shown) => shown.notice === '' && shown.title === edited);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await update('files', 'autoSave', undefined);
    }
    await previewWhen('the headline back, as it is typed', (shown) => shown.title === NEWS_TITLE);
  });

  test('follows the active release, and stays when a file that is no release is active', async () => {
    await openFixture(FORMAL);
    const formal = await previewWhen('the formal release', (shown) => shown.title.startsWith('Kết quả triển khai phong trào'));
    assert.strictEqual(formal.style, 'print', "a vn-press-release's own style");
    assert.strictEqual(formal.figureCount, 0);
    await previewWhen("the formal release's problems (none)", (shown) => shown.problemCount === 0);
    await screenshot('preview-print');

    await openFixture('notes.md');
    // The active editor's change reaches the preview through the same events; give it time to (not) follow.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.strictEqual((await query()).title, formal.title);
  });

  test("VS Code's Markdown preview hides a release's front matter and shows captioned photos as figures", async () => {
    const release = ['---', 'profile: vn-news', 'author: Ngọc Hân', '---', '', '# Tin', '', '![Ảnh](images/a.png)', '*Chú thích ảnh*', ''].join('\n');
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', release);
    assert.notInclude(html, 'Ngọc Hân', 'front matter hidden');
    assert.match(html, /<figure[^>]*>\s*<img[^>]*src="[^"]*images\/a\.png"[^>]*>\s*<figcaption>Chú thích ảnh<\/figcaption>\s*<\/figure>/);

    const notes = ['---', 'author: Ngọc Hân', '---', '', '![Ảnh](images/a.png)', '*Chú thích ảnh*', ''].join('\n');
    const notesHtml = await vscode.commands.executeCommand<string>('markdown.api.render', notes);
    assert.include(notesHtml, 'Ngọc Hân', 'other Markdown keeps its front matter');
    assert.notInclude(notesHtml, '<figure');
  });
});
