/**
 * GovPress: Show Rules. Lists every rule with its summary in the interface
 * language, its default severity and whether it fixes itself, grouped as
 * the documentation groups them; the chosen rule's page opens in the browser.
 */
import * as vscode from 'vscode';
import { allRules, rulesById } from '../../core/rules/index';
import { ruleDocsUrl } from '../../core/rules/docs-url';
import type { RuleMeta } from '../../core/types';
import { uiLanguage } from '../l10n';

export interface ShowRulesArguments {
  /** Skips the list: this rule's documentation. */
  ruleId?: string;
  /** False to get the address without opening it (tests, other commands); true by default. */
  openDocs?: boolean;
}

/** Resolves to the documentation address of the chosen rule, or undefined when the writer cancelled. */
export async function showRules(options: ShowRulesArguments = {}): Promise<vscode.Uri | undefined> {
  if (options.ruleId !== undefined && !rulesById.has(options.ruleId)) {
    throw new Error(vscode.l10n.t('Unknown rule "{0}".', options.ruleId));
  }
  const ruleId = options.ruleId ?? (await pickRule());
  if (ruleId === undefined) return undefined;
  const docs = vscode.Uri.parse(ruleDocsUrl(ruleId));
  if (options.openDocs ?? true) await vscode.env.openExternal(docs);
  return docs;
}

type RuleItem = vscode.QuickPickItem & { ruleId?: string };

async function pickRule(): Promise<string | undefined> {
  const lang = uiLanguage();
  const groupTitles: Record<RuleMeta['group'], string> = {
    structure: vscode.l10n.t('Structure'),
    language: vscode.l10n.t('Language'),
    profile: vscode.l10n.t('Profile parts'),
  };
  const items: RuleItem[] = [];
  for (const group of Object.keys(groupTitles) as Array<RuleMeta['group']>) {
    items.push({ label: groupTitles[group], kind: vscode.QuickPickItemKind.Separator });
    for (const { meta } of allRules.filter((rule) => rule.meta.group === group)) {
      const severity = meta.severity === 'error' ? vscode.l10n.t('error') : vscode.l10n.t('warning');
      items.push({
        label: meta.id,
        description: meta.fixable ? `${severity} · ${vscode.l10n.t('fixable')}` : severity,
        detail: meta.docs.summary[lang],
        ruleId: meta.id,
      });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('GovPress rules'),
    placeHolder: vscode.l10n.t('Type a rule id or words of its summary; Enter opens its documentation'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.ruleId;
}
