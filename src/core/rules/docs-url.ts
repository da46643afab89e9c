/** Where each rule's documentation is published (the repository's `docs/rules/`). */
export const RULE_DOCS_BASE = 'https://github.com/govpress/govpress/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
