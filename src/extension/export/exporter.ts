/**
 * The exports: a standalone HTML page, a Word document, and clean HTML for a
 * portal's editor on the clipboard. They work on the document's current
 * text, saved or not, and write through `vscode.workspace.fs`.
 */
import * as vscode from 'vscode';
import { renderPortalHtml, renderRelease } from '../../core/render/html';
import type { RenderStyle } from '../../core/render/layout';
import { uiLanguage } from '../l10n';
import { documentModel, markdownDocument, type DocumentModel, type ReleaseSource } from '../preview/release-source';
import { configuredStyle, profileOf, resolveStyle } from '../preview/render-context';
import { exportHtml, type ImageMode } from './html-export';
import { LocalImages } from './local-images';

interface Source extends DocumentModel {
  document: vscode.TextDocument;
  style: RenderStyle;
}

export class Exporter {
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly releases: ReleaseSource,
  ) {}

  /** Writes the page; returns where, or undefined when cancelled or failed. */
  async html(resource: unknown, chosenTarget: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const source = await this.source(resource);
    const target = source && (chosenTarget ?? (await askTarget(source.document, 'html', vscode.l10n.t('HTML page'))));
    if (!source || !target || !checkTarget(source.document, target)) return undefined;
    return writing(target, async () => {
      const images = await this.localImages(source);
      const mode = vscode.workspace.getConfiguration('govpress.export', source.document).get<ImageMode>('images') === 'copy' ? 'copy' : 'embed';
      const page = await exportHtml(source.model, { extensionUri: this.extensionUri, target, style: source.style, profile: profileOf(source), lang: uiLanguage(), mode, images });
      for (const copy of page.copies) {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(copy.uri, '..'));
        await vscode.workspace.fs.writeFile(copy.uri, copy.bytes);
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(page.html));
      return page.missingImages;
    });
  }

  /** Writes the Word document; returns where, or undefined when cancelled or failed. */
  async word(resource: unknown, chosenTarget: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const source = await this.source(resource);
    const target = source && (chosenTarget ?? (await askTarget(source.document, 'docx', vscode.l10n.t('Word document'))));
    if (!source || !target || !checkTarget(source.document, target)) return undefined;
    return writing(target, async () => {
      const images = await this.localImages(source);
      const { renderDocx } = await this.wordWriter();
      const result = await renderDocx(source.model, { style: source.style, profile: profileOf(source), lang: uiLanguage(), loadImage: (url) => images.get(url)?.bytes });
      await vscode.workspace.fs.writeFile(target, result.bytes);
      return result.missingImages;
    });
  }

  /**
   * The Word writer, with `docx`: dist/docx-export.mjs, a module of its own
   * (see esbuild.config.mjs) imported on the first Word export, so that
   * activation never reads it, in the Node and the web worker hosts alike.
   */
  private wordWriter(): Promise<typeof import('./docx-export')> {
    return import(vscode.Uri.joinPath(this.extensionUri, 'dist', 'docx-export.mjs').toString(true));
  }

  /** Puts the article's clean HTML on the clipboard, images linked as written. */
  async portalHtml(resource: unknown): Promise<void> {
    const source = await this.source(resource);
    if (!source) return;
    await vscode.env.clipboard.writeText(renderPortalHtml(source.model, { profile: profileOf(source), lang: uiLanguage() }));
    void vscode.window.showInformationMessage(vscode.l10n.t('The article is on the clipboard as HTML for the portal.'));
  }

  private async source(resource: unknown): Promise<Source | undefined> {
    const document = await markdownDocument(resource);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown press release to export it.'));
      return undefined;
    }
    const model = await documentModel(this.releases, document);
    return { ...model, document, style: resolveStyle(configuredStyle(document), model) };
  }

  /** Reads the images the rendering will ask for; the renderer asks synchronously, so they are read first. */
  private localImages(source: Source): Promise<LocalImages> {
    const urls: string[] = [];
    renderRelease(source.model, { style: source.style, profile: profileOf(source), resolveImage: (url) => void urls.push(url) });
    return LocalImages.load(source.document.uri, urls);
  }
}

async function askTarget(document: vscode.TextDocument, extension: string, filterName: string): Promise<vscode.Uri | undefined> {
  const defaultUri = document.isUntitled ? undefined : document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, `.${extension}`) });
  return vscode.window.showSaveDialog({ ...(defaultUri ? { defaultUri } : {}), filters: { [filterName]: [extension] }, saveLabel: vscode.l10n.t('Export') });
}

function checkTarget(document: vscode.TextDocument, target: vscode.Uri): boolean {
  if (target.toString() !== document.uri.toString()) return true;
  void vscode.window.showErrorMessage(vscode.l10n.t('The export cannot replace its own source: choose another file name.'));
  return false;
}

/** Runs an export with a progress notification and reports its outcome: the images left out, or the error. */
async function writing(target: vscode.Uri, write: () => Promise<string[]>): Promise<vscode.Uri | undefined> {
  const fileName = target.path.split('/').pop() ?? target.toString();
  try {
    const missingImages = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0}…', fileName) }, write);
    if (missingImages.length > 0) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Exported {0} without these images (missing, or not PNG, JPEG or GIF): {1}', fileName, missingImages.join(', ')),
      );
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', fileName));
    }
    return target;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not export {0}: {1}', fileName, reason));
    return undefined;
  }
}
