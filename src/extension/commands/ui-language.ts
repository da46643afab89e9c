import * as vscode from 'vscode';
import type { Lang } from '../../core/types';

/** The language of VS Code's interface: Vietnamese when VS Code speaks it, English otherwise. */
export function uiLanguage(): Lang {
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
