/**
 * One preview webview showing one document at a time: renders it, sends
 * only the blocks an edit changed, keeps the editor and the preview scrolled
 * together, and marks the lint problems on their blocks. A release too large
 * to model as it changes (large-documents.ts) is not rendered as it is typed:
 * a notice says so, and its button renders the release as it is.
 */
import * as vscode from 'vscode';
import { renderRelease } from '../../core/render/html';
import { isRenderStyle, type RenderStyle } from '../../core/render/layout';
import { localImageUri } from '../export/local-images';
import { uiLanguage } from '../l10n';
import { diffBlocks, splitArticle, type ArticleBlock, type ArticleParts } from './article-blocks';
import { problemCountLabel, problemMarkers } from './problems';
import type { FromWebview, PreviewState, QueryAction, ToWebview } from './protocol';
import { documentModel, type ReleaseSource } from './release-source';
import { configuredStyle, profileOf, resolveStyle, stylesheetUris } from './render-context';
import { previewPage } from './webview-html';

/** Typing is rendered once it pauses this long. */
const UPDATE_DELAY_MS = 100;
/** After the preview scrolls the editor, the editor's scroll events are that scroll's echo for this long. */
const ECHO_WINDOW_MS = 250;
const QUERY_TIMEOUT_MS = 5_000;

interface Rendering {
  style: RenderStyle;
  parts: ArticleParts;
  imageNote: string;
}

export class PreviewPanel implements vscode.Disposable {
  private current: vscode.TextDocument;
  /** The style picked in the toolbar, for the current document only. */
  private styleChoice: RenderStyle | undefined;
  /** Whether the webview's script is listening: it says so after every load. */
  private webviewReady = false;
  /** What the webview shows; its blocks are the base of the next update. Undefined: it needs everything. */
  private shown: { style: RenderStyle; blocks: ArticleBlock[] } | undefined;
  /** The latest rendering started: an older one still running is dropped when it ends. */
  private latestRun = 0;
  /** Whether the webview shows the notice of a large release. */
  private largeNoticeShown = false;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private editorEchoUntil = 0;
  private nextQueryId = 1;
  private readonly pendingQueries = new Map<number, (state: PreviewState) => void>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly releases: ReleaseSource,
    document: vscode.TextDocument,
  ) {
    this.current = document;
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
      // A hidden webview is unloaded; it asks for everything again when it loads.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.webviewReady = false;
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.current && event.contentChanges.length > 0) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event.textEditor)),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.current.uri.toString())) this.sendProblems();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('govpress.preview.allowRemoteImages', this.current)) this.load();
        else if (event.affectsConfiguration('govpress.preview.style', this.current) || event.affectsConfiguration('govpress.largeDocumentSize', this.current)) {
          this.renderAll();
        }
      }),
    );
    this.load();
  }

  get document(): vscode.TextDocument {
    return this.current;
  }

  /** Shows another document (the panel follows the active release). */
  show(document: vscode.TextDocument): void {
    if (document === this.current) return;
    const rootsBefore = this.resourceRoots().map(String).join();
    this.current = document;
    this.styleChoice = undefined;
    clearTimeout(this.updateTimer);
    // Images outside the workspace load only from a folder the webview was given.
    if (this.resourceRoots().map(String).join() !== rootsBefore) {
      this.load();
    } else {
      this.renderAll();
      this.sendProblems();
    }
  }

  /** Test mode: what the webview shows, after `action`. */
  query(action?: QueryAction): Promise<PreviewState> {
    const requestId = this.nextQueryId++;
    return new Promise<PreviewState>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingQueries.delete(requestId);
        reject(new Error('The preview did not answer'));
      }, QUERY_TIMEOUT_MS);
      this.pendingQueries.set(requestId, (state) => {
        clearTimeout(timer);
        resolve(state);
      });
      void this.post({ type: 'query', requestId, ...(action ? { action } : {}) });
    });
  }

  dispose(): void {
    clearTimeout(this.updateTimer);
    this.disposables.forEach((disposable) => disposable.dispose());
    this.disposables.length = 0;
  }

  /** (Re)loads the page: at the start, and when the policy or the resource roots change. */
  private load(): void {
    const allowRemoteImages = this.allowsRemoteImages();
    this.webviewReady = false;
    this.panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: this.resourceRoots() };
    this.panel.webview.html = previewPage({ webview: this.panel.webview, extensionUri: this.extensionUri, allowRemoteImages, lang: vscode.env.language });
    this.panel.title = this.title();
  }

  /** The workspace folders, the extension's media, and the document's folder when it is outside them. */
  private resourceRoots(): vscode.Uri[] {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri);
    const roots = [...folders, vscode.Uri.joinPath(this.extensionUri, 'media')];
    const uri = this.current.uri;
    if (uri.scheme !== 'untitled' && !vscode.workspace.getWorkspaceFolder(uri)) roots.push(vscode.Uri.joinPath(uri, '..'));
    return roots;
  }

  private allowsRemoteImages(): boolean {
    return vscode.workspace.getConfiguration('govpress.preview', this.current).get<boolean>('allowRemoteImages', false);
  }

  private title(): string {
    const fileName = this.current.uri.path.split('/').pop() ?? '';
    return vscode.l10n.t('Preview {0}', fileName);
  }

  private receive(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        this.largeNoticeShown = false;
        this.renderAll();
        this.sendProblems();
        break;
      case 'scrolled':
        if (isLine(message.line)) this.scrollEditors(message.line);
        break;
      case 'reveal-source':
        if (isLine(message.line)) void this.revealSource(message.line);
        break;
      case 'choose-style':
        if (!isRenderStyle(message.style)) break;
        this.styleChoice = message.style;
        this.renderAll(true);
        break;
      case 'show-problems':
        void vscode.commands.executeCommand('workbench.actions.view.problems');
        break;
      case 'open-image-setting':
        void vscode.commands.executeCommand('workbench.action.openSettings', 'govpress.preview.allowRemoteImages');
        break;
      case 'update-now':
        void this.refresh(true);
        break;
      case 'answer':
        this.pendingQueries.get(message.requestId)?.(message.answer);
        this.pendingQueries.delete(message.requestId);
        break;
    }
  }

  /** Renders the current document; undefined when a newer run or a newer version made it useless. */
  private async render(run: number): Promise<Rendering | undefined> {
    const document = this.current;
    const source = await documentModel(this.releases, document);
    if (run !== this.latestRun || document !== this.current || source.version !== document.version) return undefined;
    const style = resolveStyle(this.styleChoice ?? configuredStyle(document), source);
    const allowRemoteImages = this.allowsRemoteImages();
    let hiddenWebImages = 0;
    const rendered = renderRelease(source.model, {
      style,
      profile: profileOf(source),
      lang: uiLanguage(),
      resolveImage: (url) => {
        const local = localImageUri(document.uri, url);
        if (local) return this.panel.webview.asWebviewUri(local).toString();
        const web = /^(?:https?:)?\/\//i.test(url);
        if (web && allowRemoteImages && !/^http:/i.test(url)) return url.startsWith('//') ? `https:${url}` : url;
        if (web) hiddenWebImages++;
        return undefined;
      },
    });
    const imageNote = hiddenWebImages === 0 ? '' : vscode.l10n.t('Web images hidden: {0}. Allow them in the settings', hiddenWebImages);
    return { style, parts: splitArticle(rendered), imageNote };
  }

  /** Sends everything again: after a load, and when the document or the style changes; `requested` by the writer. */
  private renderAll(requested = false): void {
    this.shown = undefined;
    void this.refresh(requested);
  }

  private scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.refresh(), UPDATE_DELAY_MS);
  }

  /**
   * Brings the webview up to date: the blocks that changed since what it
   * shows, or the whole preview (scrolled to where the editor is) when it
   * shows nothing yet or another style, whose stylesheets differ. A large
   * release only when the writer asked (`requested`): until then the preview
   * keeps what it shows, under the notice.
   */
  private async refresh(requested = false): Promise<void> {
    if (!this.webviewReady) return;
    if (this.releases.isLarge(this.current)) {
      this.largeNoticeShown = true;
      // What the webview shows of this document stays, stale, under the notice; another document's rendering goes.
      const text = vscode.l10n.t('This release is longer than govpress.largeDocumentSize: the preview is not updated as you type.');
      void this.post({ type: 'notice', text, clearArticle: this.shown === undefined });
      if (!requested) return;
    } else if (this.largeNoticeShown) {
      this.largeNoticeShown = false;
      void this.post({ type: 'notice', text: '', clearArticle: false });
    }
    const run = ++this.latestRun;
    const rendering = await this.render(run);
    if (!rendering || !this.webviewReady) return;
    const { style, parts, imageNote } = rendering;
    const shown = this.shown;
    this.shown = { style, blocks: parts.blocks };
    if (shown?.style === style) {
      void this.post({ type: 'update', openTag: parts.openTag, blocks: diffBlocks(shown.blocks, parts.blocks), imageNote });
      return;
    }
    this.panel.title = this.title();
    void this.post({
      type: 'render',
      style,
      stylesheets: stylesheetUris(this.extensionUri, style).map((uri) => this.panel.webview.asWebviewUri(uri).toString()),
      openTag: parts.openTag,
      blocks: parts.blocks.map(({ id, line, html }) => ({ id, line, html })),
      line: this.editorTopLine() ?? 1,
      imageNote,
    });
  }

  private sendProblems(): void {
    const problems = problemMarkers(this.current.uri);
    void this.post({ type: 'problems', problems, label: problemCountLabel(problems.length) });
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  private editorsOfDocument(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => editor.document === this.current);
  }

  /** The source line at the top of the document's editor, with the fraction of a wrapped line scrolled past. */
  private editorTopLine(editor = this.editorsOfDocument()[0]): number | undefined {
    const top = editor?.visibleRanges[0]?.start;
    if (!top) return undefined;
    const length = this.current.lineAt(top.line).text.length;
    return top.line + 1 + (length === 0 ? 0 : top.character / length);
  }

  private editorScrolled(editor: vscode.TextEditor): void {
    if (editor.document !== this.current || !this.shown || Date.now() < this.editorEchoUntil) return;
    const line = this.editorTopLine(editor);
    if (line !== undefined) void this.post({ type: 'scroll-to-line', line });
  }

  /** The user scrolled the preview: the document's editors follow. */
  private scrollEditors(line: number): void {
    const editors = this.editorsOfDocument();
    if (editors.length === 0) return;
    const lineIndex = this.lineIndexOf(line);
    const character = Math.floor((line - Math.floor(line)) * this.current.lineAt(lineIndex).text.length);
    const position = new vscode.Position(lineIndex, character);
    this.editorEchoUntil = Date.now() + ECHO_WINDOW_MS;
    for (const editor of editors) editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }

  /** Double-click in the preview: the source line in the editor, beside the preview when it is not open. */
  private async revealSource(line: number): Promise<void> {
    const lineIndex = this.lineIndexOf(line);
    const column = this.editorsOfDocument()[0]?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const start = new vscode.Position(lineIndex, 0);
    await vscode.window.showTextDocument(this.current, { viewColumn: column, selection: new vscode.Range(start, start) });
  }

  /** The 0-based index in the document of a 1-based, possibly fractional, line from the webview. */
  private lineIndexOf(line: number): number {
    return Math.min(Math.max(Math.floor(line) - 1, 0), this.current.lineCount - 1);
  }
}

function isLine(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
