/**
 * The extension's bundles (npm run build) leave the Word writer out: `docx`
 * is a module of its own, imported on the first Word export, so that neither
 * extension host reads it at activation.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './render-support';

/** The class of the `docx` package that writes a document's package. */
const DOCX_CODE = 'class Packer';

const bundle = (path: string): string => readFileSync(join(repositoryRoot, path), 'utf8');

describe('extension bundles', () => {
  for (const path of ['dist/extension.js', 'dist/web/extension.js']) {
    it(`${path} holds no Word writer and imports it by URL`, () => {
      const code = bundle(path);
      assert.ok(!code.includes(DOCX_CODE), 'docx is not bundled');
      assert.match(code, /import\([\w$.]+\.joinPath\([^)]*"docx-export\.mjs"\)/);
    });
  }

  it('dist/docx-export.mjs is an ES module with the Word writer', () => {
    const code = bundle('dist/docx-export.mjs');
    assert.ok(code.includes(DOCX_CODE));
    assert.match(code, /export \{[^}]*renderDocx[^}]*\}/);
  });
});
