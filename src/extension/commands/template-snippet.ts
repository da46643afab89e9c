/**
 * Turns a press-release template into snippet text, so that Tab walks the
 * writer from one field to the next: every `[…]` marker becomes a tab stop
 * (brackets kept, so a field left unfilled stays visible) and `{{key}}`
 * placeholders become what `fields` says. Tab stops are numbered in
 * document order. No `vscode` import: the snippet generator uses it too.
 */

/** What a `{{key}}` placeholder becomes: a tab stop (all occurrences mirrored) or raw snippet syntax such as `$CURRENT_YEAR`. */
export type TemplateField = { placeholder: string } | { snippet: string };

/** A field to fill: `[Họ tên]`, but not the text of a Markdown link `[text](url)`. */
const MARKER = /\[[^[\]\n]+\](?!\()/g;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const PIECE = new RegExp(`${MARKER.source}|${PLACEHOLDER.source}`, 'g');

/** Snippet syntax characters, escaped so that template text is inserted as written. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (character) => `\\${character}`);
}

export function templateToSnippet(template: string, fields: Readonly<Record<string, TemplateField>> = {}): string {
  let nextTabStop = 1;
  const fieldTabStops = new Map<string, number>();
  let snippet = '';
  let written = 0;
  for (const match of template.matchAll(PIECE)) {
    const [whole, key] = match;
    const field = key === undefined ? undefined : fields[key];
    if (key !== undefined && field === undefined) continue; // An unknown placeholder stays as written.
    snippet += escapeSnippetText(template.slice(written, match.index));
    written = match.index + whole.length;
    if (field === undefined) {
      snippet += `\${${nextTabStop++}:${escapeSnippetText(whole)}}`;
    } else if ('snippet' in field) {
      snippet += field.snippet;
    } else {
      const known = fieldTabStops.get(key!);
      if (known !== undefined) {
        snippet += `$${known}`;
      } else {
        fieldTabStops.set(key!, nextTabStop);
        snippet += `\${${nextTabStop++}:${escapeSnippetText(field.placeholder)}}`;
      }
    }
  }
  return snippet + escapeSnippetText(template.slice(written));
}
