/**
 * The extension's bundles (npm run build) leave the Word writer and the
 * draft readers out: `docx`, and `mammoth` and `parse5`, are modules of
 * their own, imported on first use, so that neither extension host reads
 * them at activation.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './render-support';

/** The class of the `docx` package that writes a document's package. */
const DOCX_CODE = 'class Packer';
/** Markers of the draft readers: mammoth names itself in its messages; an error code of parse5's HTML tokenizer. */
const DRAFT_READER_CODE = ['mammoth', 'missing-doctype'];

const bundle = (path: string): string => readFileSync(join(repositoryRoot, path), 'utf8');

describe('extension bundles', () => {
  for (const path of ['dist/extension.js', 'dist/web/extension.js']) {
    it(`${path} holds no Word writer and imports it by URL`, () => {
      const code = bundle(path);
      assert.ok(!code.includes(DOCX_CODE), 'docx is not bundled');
      assert.match(code, /import\([\w$.]+\.joinPath\([^)]*"docx-export\.mjs"\)/);
    });

    it(`${path} holds no draft readers and imports them by URL`, () => {
      const code = bundle(path);
      for (const marker of DRAFT_READER_CODE) assert.ok(!code.includes(marker), `${marker} is not bundled`);
      assert.match(code, /import\([\w$.]+\.joinPath\([^)]*"draft-import\.mjs"\)/);
    });
  }

  it('dist/docx-export.mjs is an ES module with the Word writer', () => {
    const code = bundle('dist/docx-export.mjs');
    assert.ok(code.includes(DOCX_CODE));
    assert.match(code, /export \{[^}]*renderDocx[^}]*\}/);
  });

  it('dist/draft-import.mjs is an ES module with the draft readers and the importer', () => {
    const code = bundle('dist/draft-import.mjs');
    for (const marker of DRAFT_READER_CODE) assert.ok(code.includes(marker), `${marker} is bundled`);
    for (const name of ['readDraft', 'importDraft', 'readText', 'summarizeImport']) assert.match(code, new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\}`));
  });
});
