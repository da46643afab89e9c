/** Writes docs/rules/<id>.md and docs/rules/README.md from the rules' metadata (`npm run docs`). */
import { mkdirSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../src/core/rules/index';
import { ruleDocumentation } from '../src/core/docs/rule-doc';
import { ruleIndex } from '../src/core/docs/rule-index';

const folder = join(__dirname, '..', 'docs', 'rules');
mkdirSync(folder, { recursive: true });
const expected = new Set(allRules.map((rule) => `${rule.meta.id}.md`).concat('README.md'));
for (const name of readdirSync(folder)) if (name.endsWith('.md') && !expected.has(name)) unlinkSync(join(folder, name));
for (const rule of allRules) writeFileSync(join(folder, `${rule.meta.id}.md`), ruleDocumentation(rule));
writeFileSync(join(folder, 'README.md'), ruleIndex(allRules));
console.log(`Wrote ${allRules.length} rule pages to docs/rules/`);
