import type { AnyRule, Lang, RuleExample } from '../types';

const HEADINGS: Record<string, Record<Lang, string>> = {
  severity: { vi: 'Mức mặc định', en: 'Default severity' },
  fixable: { vi: 'Sửa tự động', en: 'Fixable' },
  options: { vi: 'Tùy chọn', en: 'Options' },
  valid: { vi: 'Đúng', en: 'Correct' },
  invalid: { vi: 'Sai', en: 'Incorrect' },
  messages: { vi: 'Thông báo', en: 'Messages' },
  after: { vi: 'Sau khi sửa', en: 'After the fix' },
  disable: { vi: 'Tắt quy tắc', en: 'Turning it off' },
};

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}markdown\n${text.endsWith('\n') ? text : `${text}\n`}${ticks}`;
}

function example(example: RuleExample, lang: Lang, expected: boolean): string {
  const parts = [`#### ${example.title[lang]}`];
  const settings = [
    example.profile ? `profile: ${example.profile}` : '',
    example.options ? `options: \`${JSON.stringify(example.options)}\`` : '',
    example.settings ? `.govpressrc.json: \`${JSON.stringify(example.settings)}\`` : '',
  ].filter(Boolean);
  if (settings.length) parts.push(settings.join(' · '));
  parts.push(fence(example.text));
  if (!expected && example.expect?.length) parts.push(example.expect.map((item) => `- ${lang === 'vi' ? 'dòng' : 'line'} ${item.line}: \`${item.messageId}\``).join('\n'));
  if (example.output !== undefined) parts.push(`${HEADINGS['after']![lang]}:\n\n${fence(example.output)}`);
  return parts.join('\n\n');
}

/** The Markdown page of a rule (docs/rules/<id>.md), in both languages, from its metadata and examples. */
export function ruleDocumentation(rule: AnyRule): string {
  const { meta } = rule;
  const sections: string[] = [`# ${meta.id}`];
  for (const lang of ['vi', 'en'] as const) {
    const lines = [
      `## ${lang === 'vi' ? 'Tiếng Việt' : 'English'}`,
      `**${meta.docs.summary[lang]}**`,
      meta.docs.rationale[lang],
      `- ${HEADINGS['severity']![lang]}: \`${meta.severity}\`\n- ${HEADINGS['fixable']![lang]}: ${meta.fixable ? '✓' : '—'}`,
    ];
    const optionNames = Object.keys(meta.defaults);
    if (optionNames.length > 0) {
      lines.push(
        `### ${HEADINGS['options']![lang]}\n\n${optionNames
          .map((name) => `- \`${name}\` (${JSON.stringify((meta.defaults as Record<string, unknown>)[name])}): ${(meta.optionDocs as Record<string, { vi: string; en: string }> | undefined)?.[name]?.[lang] ?? ''}`)
          .join('\n')}`,
      );
    }
    lines.push(`### ${HEADINGS['messages']![lang]}\n\n${Object.entries(meta.messages).map(([id, text]) => `- \`${id}\`: ${text[lang]}`).join('\n')}`);
    lines.push(`### ${HEADINGS['valid']![lang]}\n\n${meta.examples.valid.map((item) => example(item, lang, true)).join('\n\n')}`);
    lines.push(`### ${HEADINGS['invalid']![lang]}\n\n${meta.examples.invalid.map((item) => example(item, lang, false)).join('\n\n')}`);
    lines.push(`### ${HEADINGS['disable']![lang]}\n\n\`.govpressrc.json\`: \`{ "rules": { "${meta.id}": "off" } }\` · ${lang === 'vi' ? 'trong bài' : 'inline'}: \`<!--lint disable ${meta.id}-->\``);
    sections.push(lines.join('\n\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
