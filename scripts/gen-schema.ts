/**
 * Writes schemas/govpressrc.schema.json, the JSON Schema editors use to
 * complete and check `.govpressrc.json`. Run after adding or changing a rule:
 * `node --import tsx scripts/gen-schema.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configInputs } from '../src/core/config/inputs';
import { configJsonSchema } from '../src/core/config/parse';
import { allRules } from '../src/core/rules/index';

const schemaFile = new URL('../schemas/govpressrc.schema.json', import.meta.url);
const ruleSummaries = Object.fromEntries(allRules.map((rule) => [rule.meta.id, rule.meta.docs.summary.en]));

mkdirSync(new URL('.', schemaFile), { recursive: true });
writeFileSync(schemaFile, `${JSON.stringify(configJsonSchema({ ...configInputs(), ruleSummaries }), null, 2)}\n`);
console.log(`Wrote ${fileURLToPath(schemaFile)}`);
