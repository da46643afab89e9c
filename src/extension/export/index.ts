/**
 * The export commands. The exporter and the renderer are imported on the
 * first export, the Word writer on the first Word export.
 */
import * as vscode from 'vscode';
import type { ReleaseSource } from '../preview/release-source';
import type { Exporter } from './exporter';

export function registerExports(context: vscode.ExtensionContext, releases: ReleaseSource): void {
  let exporter: Promise<Exporter> | undefined;
  const load = (): Promise<Exporter> => (exporter ??= import('./exporter').then(({ Exporter }) => new Exporter(context.extensionUri, releases)));
  context.subscriptions.push(
    // Menus pass the file as the first argument; tests and scripts may pass the output file as the second.
    vscode.commands.registerCommand('govpress.exportHtml', async (resource?: unknown, target?: unknown) => (await load()).html(resource, asUri(target))),
    vscode.commands.registerCommand('govpress.exportWord', async (resource?: unknown, target?: unknown) => (await load()).word(resource, asUri(target))),
    vscode.commands.registerCommand('govpress.copyPortalHtml', async (resource?: unknown) => (await load()).portalHtml(resource)),
  );
}

function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}
