/**
 * The rendering choices the preview and the exports share: the style a
 * document renders in, its profile, and the style's stylesheets.
 */
import * as vscode from 'vscode';
import { resolveProfile } from '../../core/profiles/index';
import { defaultStyle, isRenderStyle, stylesheetFiles, type RenderStyle } from '../../core/render/layout';
import type { DocumentModel } from './release-source';

/** `govpress.preview.style`: a style, or `auto` for the profile's own. */
export function configuredStyle(document: vscode.TextDocument): RenderStyle | 'auto' {
  const value = vscode.workspace.getConfiguration('govpress.preview', document).get<string>('style');
  return isRenderStyle(value) ? value : 'auto';
}

/** The profile a document renders with: its front matter's, else its config's, else the default. */
export function profileOf({ model, configProfile }: DocumentModel): ReturnType<typeof resolveProfile>['id'] {
  return resolveProfile(model.profileName, configProfile).id;
}

/** The style a document renders in: the one chosen, else its profile's. */
export function resolveStyle(choice: RenderStyle | 'auto', document: DocumentModel): RenderStyle {
  return choice === 'auto' ? defaultStyle(profileOf(document)) : choice;
}

/** The style's stylesheets in the extension's media folder, in order. */
export function stylesheetUris(extensionUri: vscode.Uri, style: RenderStyle): vscode.Uri[] {
  return stylesheetFiles(style).map((file) => vscode.Uri.joinPath(extensionUri, 'media', file));
}
