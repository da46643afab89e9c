/** Values a template may use: `{{title}}`, `{{author}}`, `{{unit}}`, `{{date}}`, `{{day}}`, `{{month}}`, `{{year}}`, … */
export type TemplateValues = Record<string, string>;

/** The date parts templates use, from an ISO date: `{{day}}/{{month}}` as written in Vietnamese leads. */
export function dateValues(isoDate: string): TemplateValues {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { date: isoDate, year, month: String(Number(month)), day: String(Number(day)) };
}

/** Template values the writer supplies, and the `[…]` field each leaves when none is given, in the document's language. */
export const TEMPLATE_FIELD_MARKERS = {
  title: { vi: '[Tiêu đề]', en: '[Headline]' },
  author: { vi: '[Tác giả]', en: '[Author]' },
  unit: { vi: '[Đơn vị]', en: '[Unit]' },
  agency: { vi: '[Cơ quan ban hành]', en: '[Agency]' },
  parentAgency: { vi: '[Cơ quan chủ quản]', en: '[Parent agency]' },
} as const satisfies Record<string, Record<'vi' | 'en', string>>;

export type TemplateFieldKey = keyof typeof TEMPLATE_FIELD_MARKERS;

/**
 * The values of a new release, for `govpress new` and the editor's New Press
 * Release alike: the date's, and each field as given or, when missing or
 * blank, its `[…]` marker, which the writer sees and placeholder-unfilled reports.
 */
export function newReleaseValues(isoDate: string, given: Partial<Record<TemplateFieldKey, string>>, language: 'vi' | 'en'): TemplateValues {
  const values = dateValues(isoDate);
  for (const key of Object.keys(TEMPLATE_FIELD_MARKERS) as TemplateFieldKey[]) values[key] = given[key]?.trim() || TEMPLATE_FIELD_MARKERS[key][language];
  return values;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * Fills `{{key}}` placeholders; a placeholder without a value is left for the
 * writer to see. Front matter values are double-quoted YAML in the templates,
 * so there a value's backslashes and quotes are escaped.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const fill = (text: string, escape: (value: string) => string): string =>
    text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (values[key] === undefined ? whole : escape(values[key])));
  const frontMatter = FRONT_MATTER.exec(template)?.[0] ?? '';
  const yamlQuoted = (value: string): string => value.replace(/[\\"]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ');
  return fill(frontMatter, yamlQuoted) + fill(template.slice(frontMatter.length), (value) => value);
}
