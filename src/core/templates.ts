/** Values a template may use: `{{title}}`, `{{author}}`, `{{unit}}`, `{{date}}`, `{{day}}`, `{{month}}`, `{{year}}`, … */
export type TemplateValues = Record<string, string>;

/** The date parts templates use, from an ISO date: `{{day}}/{{month}}` as written in Vietnamese leads. */
export function dateValues(isoDate: string): TemplateValues {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { date: isoDate, year, month: String(Number(month)), day: String(Number(day)) };
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
