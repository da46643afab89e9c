// The snippets (snippets/markdown.json), the commands' strings and the walkthrough: current
// with their sources, well-formed, and translated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profiles } from '../../src/core/profiles/index';
import { dateValues, fillTemplate, TEMPLATE_FIELD_MARKERS } from '../../src/core/templates';
import { buildSnippets, json, SNIPPETS_FILE } from '../../scripts/editor-assets';

const root = join(__dirname, '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/**
 * Expands a snippet as VS Code does when the writer accepts every default: a placeholder
 * gives its text, a choice its first option, a mirror the text of its tab stop, a variable
 * its value (with its regex transform). Throws on malformed syntax. Also returns the tab stops.
 */
function expand(snippet: string, variables: Record<string, string>): { text: string; tabStops: number[] } {
  const tabStops = new Map<number, string>();
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at} in ${JSON.stringify(snippet)}`);
  };
  const readUntil = (stops: string): string => {
    let text = '';
    while (at < snippet.length && !stops.includes(snippet[at]!)) {
      if (snippet[at] === '\\' && at + 1 < snippet.length) {
        text += snippet[at + 1];
        at += 2;
      } else if (snippet[at] === '$') text += readDollar();
      else text += snippet[at++];
    }
    return text;
  };
  const readDollar = (): string => {
    at++; // `$`
    const simple = /^(\d+|[A-Z_]+)/.exec(snippet.slice(at));
    if (simple) {
      at += simple[0].length;
      return valueOf(simple[0]);
    }
    if (snippet[at] !== '{') return fail('a lone $');
    at++;
    const name = /^(\d+|[A-Z_]+)/.exec(snippet.slice(at))?.[0] ?? fail('a ${ without a name');
    at += name.length;
    const mark = snippet[at++];
    if (mark === '}') return valueOf(name);
    if (mark === ':') {
      const text = readUntil('}');
      if (snippet[at++] !== '}') fail('an unclosed placeholder');
      if (/^\d+$/.test(name)) tabStops.set(Number(name), text);
      return text;
    }
    if (mark === '|') {
      const end = snippet.indexOf('|}', at);
      if (end === -1) fail('an unclosed choice');
      const first = snippet.slice(at, end).split(/(?<!\\),/)[0]!.replace(/\\(.)/g, '$1');
      at = end + 2;
      tabStops.set(Number(name), first);
      return first;
    }
    if (mark === '/') {
      // ${NAME/regex/format/options}
      const transform = /^((?:[^/\\]|\\.)*)\/((?:[^/\\]|\\.)*)\/([a-z]*)\}/.exec(snippet.slice(at)) ?? fail('a malformed transform');
      at += transform[0].length;
      return valueOf(name).replace(new RegExp(transform[1]!, transform[3]), transform[2]!);
    }
    return fail(`an unexpected ${mark}`);
  };
  const valueOf = (name: string): string => {
    if (/^\d+$/.test(name)) return tabStops.get(Number(name)) ?? (name === '0' ? '' : fail(`the mirror $${name} before its placeholder`));
    return variables[name] ?? fail(`the unknown variable ${name}`);
  };
  const text = readUntil('');
  return { text, tabStops: [...tabStops.keys()].filter((stop) => stop > 0).sort((a, b) => a - b) };
}

const TODAY = { CURRENT_YEAR: '2026', CURRENT_MONTH: '04', CURRENT_DATE: '05' };
const snippets = buildSnippets() as Record<string, Snippet>;

describe('snippets', () => {
  it('snippets/markdown.json is what scripts/gen-editor-assets.ts writes', () => {
    assert.equal(readFileSync(join(root, SNIPPETS_FILE), 'utf8'), json(snippets), 'run: node --import tsx scripts/gen-editor-assets.ts');
  });

  it('are well formed: gp- prefixes, descriptions, tab stops numbered 1, 2, 3… in order', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.match(snippet.prefix, /^gp-[a-z-]+$/, name);
      assert.ok(snippet.description.length > 10, name);
      const { tabStops } = expand(snippet.body.join('\n'), TODAY);
      assert.deepEqual(tabStops, tabStops.map((_, index) => index + 1), name);
    }
  });

  it('a whole-article snippet expands to its profile template dated today, every field left to fill', () => {
    const articles = Object.values(snippets).filter((snippet) => ['gp-tin', 'gp-tcbc', 'gp-en'].includes(snippet.prefix));
    assert.deepEqual(articles.map((snippet) => snippet.prefix).sort(), ['gp-en', 'gp-tcbc', 'gp-tin']);
    for (const profile of Object.values(profiles)) {
      const snippet = Object.values(snippets).find((candidate) => candidate.body.includes(`profile: ${profile.id}`) && candidate.prefix !== 'gp-tcbc-dau');
      assert.ok(snippet, profile.id);
      const markers = Object.fromEntries(Object.entries(TEMPLATE_FIELD_MARKERS).map(([key, marker]) => [key, marker[profile.language]]));
      const template = readFileSync(join(root, 'templates', profile.template), 'utf8');
      assert.equal(`${expand(snippet.body.join('\n'), TODAY).text}\n`, fillTemplate(template, { ...dateValues('2026-04-05'), ...markers }), profile.id);
    }
  });

  it('the lead opens with the part of day and today’s date', () => {
    const lead = Object.values(snippets).find((snippet) => snippet.prefix === 'gp-sapo')!;
    assert.match(expand(lead.body.join('\n'), TODAY).text, /^Sáng 5\/4, tại \[Địa điểm\], /);
  });
});

describe('strings of the commands', () => {
  const vietnamese = readJson('l10n/bundle.l10n.vi.json') as Record<string, string>;
  const commandsDir = join(root, 'src/extension/commands');

  it('every vscode.l10n.t string of the commands has a Vietnamese translation', () => {
    const strings = readdirSync(commandsDir).flatMap((file) =>
      [...readFileSync(join(commandsDir, file), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!.replace(/\\(.)/g, '$1')),
    );
    assert.ok(strings.length > 20);
    for (const text of strings) assert.ok(vietnamese[text], `no Vietnamese for "${text}"`);
  });

  it('the manifest’s command titles, walkthrough and figure folder setting exist in English and Vietnamese, with the walkthrough pages', () => {
    const manifest = readJson('package.json') as { contributes: Record<string, unknown> };
    const used = JSON.stringify({
      commands: (manifest.contributes['commands'] as Array<{ command: string }>).filter((command) =>
        ['govpress.newPressRelease', 'govpress.insertParticipant', 'govpress.insertFigure', 'govpress.convertLegacyEncoding', 'govpress.normalizeUnicode', 'govpress.showRules'].includes(command.command),
      ),
      walkthroughs: manifest.contributes['walkthroughs'],
      figureFolder: (manifest.contributes['configuration'] as { properties: Record<string, unknown> }).properties['govpress.figureFolder'],
    }).match(/%[\w.]+%/g)!;
    assert.ok(used.length > 20);
    for (const file of ['package.nls.json', 'package.nls.vi.json']) {
      const strings = readJson(file) as Record<string, string>;
      for (const key of used) {
        const text = strings[key.slice(1, -1)];
        assert.ok(text, `${file} lacks ${key}`);
        if (key.endsWith('.media%')) assert.ok(existsSync(join(root, text)), `${file}: ${text} exists`);
      }
    }
  });
});
