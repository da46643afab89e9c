/**
 * The interface language. Core messages are localized by the core (`lang`), the
 * extension's own strings by VS Code (`vscode.l10n.t` with l10n/bundle.l10n.vi.json).
 */
import * as vscode from 'vscode';
import type { Lang } from '../core/types';

/** Vietnamese when VS Code's display language is Vietnamese, English otherwise. */
export function uiLanguage(): Lang {
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export const t = vscode.l10n.t;
