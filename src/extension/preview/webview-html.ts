/**
 * The preview's page: a toolbar, an empty article the script fills from
 * messages, and a Content-Security-Policy that lets nothing run but the
 * preview's own script (by a nonce new at every load), nothing style the page
 * but the extension's stylesheets, and images load only from the webview's
 * own resources (and https when the user allows web images).
 */
import * as vscode from 'vscode';
import { RENDER_STYLES, type RenderStyle } from '../../core/render/layout';

export interface PageOptions {
  webview: vscode.Webview;
  extensionUri: vscode.Uri;
  allowRemoteImages: boolean;
  lang: string;
}

const STYLE_LABELS: Record<RenderStyle, () => string> = {
  portal: () => vscode.l10n.t('Portal'),
  print: () => vscode.l10n.t('Print'),
  en: () => vscode.l10n.t('English'),
};

export function contentSecurityPolicy(webview: vscode.Webview, nonce: string, allowRemoteImages: boolean): string {
  const images = allowRemoteImages ? `${webview.cspSource} https:` : webview.cspSource;
  return `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource}; img-src ${images}; base-uri 'none'; form-action 'none'`;
}

export function previewPage({ webview, extensionUri, allowRemoteImages, lang }: PageOptions): string {
  const nonce = createNonce();
  const media = (file: string): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview', file)).toString();
  const styleButtons = RENDER_STYLES.map(
    (style) => `<button type="button" class="gp-style-button" data-style="${style}" aria-pressed="false">${escapeHtml(STYLE_LABELS[style]())}</button>`,
  ).join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(webview, nonce, allowRemoteImages))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(media('preview.css'))}">
</head>
<body class="gp-page">
<div class="gp-toolbar" role="toolbar" aria-label="${escapeHtml(vscode.l10n.t('GovPress preview'))}">
<div class="gp-style-switch" role="group" aria-label="${escapeHtml(vscode.l10n.t('Style'))}">${styleButtons}</div>
<button type="button" class="gp-image-note" hidden></button>
<button type="button" class="gp-problem-count" title="${escapeHtml(vscode.l10n.t('Show the Problems panel'))}"></button>
</div>
<div class="gp-notice" role="status" hidden><span class="gp-notice-text"></span> <button type="button" class="gp-update-now">${escapeHtml(vscode.l10n.t('Update the preview'))}</button></div>
<main class="gp-preview"><article class="gp-doc"></article></main>
<script nonce="${nonce}" src="${escapeHtml(media('preview.js'))}"></script>
</body>
</html>`;
}

/** 128 random bits, in a form a CSP source accepts. */
function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
