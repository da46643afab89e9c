/** Values a template may use: `{{title}}`, `{{author}}`, `{{unit}}`, `{{date}}`, `{{day}}`, `{{month}}`, `{{year}}`, … */
export type TemplateValues = Record<string, string>;

/** The date parts templates use, from an ISO date: `{{day}}/{{month}}` as written in Vietnamese leads. */
export function dateValues(isoDate: string): TemplateValues {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { date: isoDate, year, month: String(Number(month)), day: String(Number(day)) };
}

/** Fills `{{key}}` placeholders; a placeholder without a value is left for the writer to see. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
