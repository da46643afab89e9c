import type { AnyRule, Lang } from '../core/types';
import { ruleDocsUrl } from '../core/rules/docs-url';
import { displayWidth } from './formatters/stylish';

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `govpress rules`: every rule with its group, default severity, fixability and summary. */
export function rulesTable(rules: readonly AnyRule[], lang: Lang, format: 'table' | 'json'): string {
  if (format === 'json') {
    const list = rules.map(({ meta }) => ({
      id: meta.id,
      group: meta.group,
      severity: meta.severity,
      fixable: meta.fixable,
      summary: meta.docs.summary[lang],
      defaults: meta.defaults,
      docs: ruleDocsUrl(meta.id),
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const header = lang === 'vi' ? ['Quy tắc', 'Nhóm', 'Mức', 'Sửa', 'Mô tả'] : ['Rule', 'Group', 'Level', 'Fix', 'Summary'];
  const rows = rules.map(({ meta }) => [meta.id, meta.group, meta.severity, meta.fixable ? '✓' : '', meta.docs.summary[lang]]);
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column]!))));
  const line = (row: string[]): string => row.map((cell, column) => (column === row.length - 1 ? cell : pad(cell, widths[column]!))).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
