/**
 * GovPress: New Press Release. Asks for the profile and the few values the
 * template needs, then opens the filled template as an untitled Markdown
 * document (nothing is written until the writer saves), as a snippet whose
 * tab stops are the `[…]` fields left to fill: the first one is selected.
 */
import * as vscode from 'vscode';
import { isProfileId, profiles } from '../../core/profiles/index';
import type { Profile } from '../../core/profiles/types';
import { fillTemplate, newReleaseValues, type TemplateFieldKey } from '../../core/templates';
import { templateToSnippet } from './template-snippet';
import { uiLanguage } from '../l10n';

/** Answers that skip the prompts (for scripts and tests); the palette passes none. */
export interface NewPressReleaseArguments extends Partial<Record<TemplateFieldKey, string>> {
  profile?: string;
  date?: string;
}

interface Field {
  key: TemplateFieldKey;
  prompt: () => string;
  required?: boolean;
}

/** Values asked for, each only when the profile's template uses it; a value left empty leaves its `[…]` field to fill. */
const FIELDS: readonly Field[] = [
  { key: 'title', prompt: () => vscode.l10n.t('Headline'), required: true },
  { key: 'author', prompt: () => vscode.l10n.t('Author (the writer signing the article)') },
  { key: 'unit', prompt: () => vscode.l10n.t('Unit (the writer’s office or department)') },
  { key: 'agency', prompt: () => vscode.l10n.t('Issuing agency') },
  { key: 'parentAgency', prompt: () => vscode.l10n.t('Parent agency (e.g. the provincial People’s Committee)') },
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Opens the new release; resolves to its document, or undefined when the writer cancelled. */
export async function newPressRelease(extensionUri: vscode.Uri, answers: NewPressReleaseArguments = {}): Promise<vscode.TextDocument | undefined> {
  if (answers.profile !== undefined && !isProfileId(answers.profile)) {
    throw new Error(vscode.l10n.t('Unknown profile "{0}": use one of {1}.', answers.profile, Object.keys(profiles).join(', ')));
  }
  const profile = answers.profile !== undefined ? profiles[answers.profile] : await pickProfile();
  if (!profile) return undefined;
  const templateBytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'templates', profile.template));
  const template = new TextDecoder().decode(templateBytes);

  const values: Record<string, string> = {};
  for (const field of FIELDS) {
    if (!template.includes(`{{${field.key}}}`)) continue;
    const value = answers[field.key] ?? (await askField(field));
    if (value === undefined) return undefined;
    values[field.key] = value;
  }
  const date = answers.date ?? (await askDate());
  if (date === undefined) return undefined;
  if (!isIsoDate(date)) throw new Error(vscode.l10n.t('The date must be a real date written YYYY-MM-DD: {0}', date));

  const text = fillTemplate(template, newReleaseValues(date, values, profile.language));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(templateToSnippet(text)), new vscode.Position(0, 0));
  return document;
}

async function pickProfile(): Promise<Profile | undefined> {
  const lang = uiLanguage();
  const items = Object.values(profiles).map((profile) => ({ label: profile.label[lang], description: profile.id, profile }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Press Release'), placeHolder: vscode.l10n.t('Choose the kind of document') });
  return picked?.profile;
}

function askField(field: Field): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New Press Release'),
    prompt: field.prompt(),
    ignoreFocusOut: true,
    validateInput: (value) => (field.required && !value.trim() ? vscode.l10n.t('This value is needed.') : undefined),
  });
}

function askDate(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New Press Release'),
    prompt: vscode.l10n.t('Publication date (YYYY-MM-DD)'),
    value: today(),
    ignoreFocusOut: true,
    validateInput: (value) => (isIsoDate(value.trim()) ? undefined : vscode.l10n.t('Write a real date as YYYY-MM-DD, e.g. 2026-04-14.')),
  }).then((value) => value?.trim());
}

/** The writer's local date, not UTC: a release written in the evening in Vietnam is dated that day. */
function today(): string {
  const now = new Date();
  const twoDigits = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
