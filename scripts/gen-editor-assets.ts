// Writes snippets/markdown.json and syntaxes/govpress.injection.tmLanguage.json from
// scripts/editor-assets.ts: node --import tsx scripts/gen-editor-assets.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGrammar, buildSnippets, GRAMMAR_FILE, json, SNIPPETS_FILE } from './editor-assets';

const root = join(import.meta.dirname, '..');
writeFileSync(join(root, SNIPPETS_FILE), json(buildSnippets()));
writeFileSync(join(root, GRAMMAR_FILE), json(buildGrammar()));
console.log(`Wrote ${SNIPPETS_FILE} and ${GRAMMAR_FILE}.`);
