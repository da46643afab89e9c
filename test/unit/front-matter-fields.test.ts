/** Nested front matter fields with positions, and safe in-place scalar edits. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../src/core/model/build';
import { frontMatterChildren, frontMatterField, frontMatterScalarFix } from '../../src/core/rules/front-matter-fields';
import type { TextEdit } from '../../src/core/types';

const SOURCE = [
  '---',
  'number: 5/TCBC-SKHCN',
  'signer:',
  '  authority: KT.',
  '  name: "PGS.TS. Nguyễn Văn An"',
  '  head:',
  'recipients:',
  "  - 'Như trên;'",
  '  - "Lưu: VT, VP."',
  'flow: [Như trên, Lưu]',
  '---',
  '',
].join('\n');

function apply(source: string, edit: TextEdit | undefined): string {
  assert.ok(edit, 'an edit');
  return source.slice(0, edit.start) + edit.text + source.slice(edit.end);
}

describe('frontMatterField', () => {
  const doc = buildModel(SOURCE);

  it('locates nested keys and values', () => {
    const name = frontMatterField(doc, ['signer', 'name']);
    assert.equal(name?.value, 'PGS.TS. Nguyễn Văn An');
    assert.equal(SOURCE.slice(name!.keySpan!.start, name!.keySpan!.end), 'name');
    assert.equal(SOURCE.slice(name!.valueSpan.start, name!.valueSpan.end), '"PGS.TS. Nguyễn Văn An"');
  });

  it('gives an empty value span after the key when there is no value', () => {
    const head = frontMatterField(doc, ['signer', 'head']);
    assert.equal(head?.value, null);
    assert.equal(head!.valueSpan.start, head!.valueSpan.end);
  });

  it('locates list items and lists children in order', () => {
    const items = frontMatterChildren(doc, ['recipients']);
    assert.deepEqual(items.map((item) => item.value), ['Như trên;', 'Lưu: VT, VP.']);
    assert.deepEqual(items.map((item) => SOURCE.slice(item.valueSpan.start, item.valueSpan.end)), ["'Như trên;'", '"Lưu: VT, VP."']);
    assert.equal(items[0]!.keySpan, undefined);
  });

  it('returns nothing for absent paths, scalars and invalid front matter', () => {
    assert.equal(frontMatterField(doc, ['signer', 'title']), undefined);
    assert.equal(frontMatterField(doc, ['number', 'x']), undefined);
    assert.deepEqual(frontMatterChildren(doc, ['number']), []);
    assert.equal(frontMatterField(buildModel('---\ntitle: a: b\n---\n'), ['title']), undefined);
    assert.equal(frontMatterField(buildModel('# No front matter\n'), ['title']), undefined);
  });
});

describe('frontMatterScalarFix', () => {
  const doc = buildModel(SOURCE);

  it('keeps the quoting style of the value', () => {
    assert.match(apply(SOURCE, frontMatterScalarFix(doc, ['number'], '05/TCBC-SKHCN')), /\nnumber: 05\/TCBC-SKHCN\n/);
    assert.match(apply(SOURCE, frontMatterScalarFix(doc, ['signer', 'name'], 'Nguyễn Văn An')), /\n {2}name: "Nguyễn Văn An"\n/);
    assert.match(apply(SOURCE, frontMatterScalarFix(doc, ['recipients', 0], "Như trên's")), /\n {2}- 'Như trên''s'\n/);
  });

  it('quotes a plain value when the new text would change its meaning', () => {
    assert.match(apply(SOURCE, frontMatterScalarFix(doc, ['number'], 'Lưu: VT')), /\nnumber: "Lưu: VT"\n/);
    assert.match(apply(SOURCE, frontMatterScalarFix(doc, ['flow', 0], 'Như trên, Lưu')), /\nflow: \["Như trên, Lưu", Lưu\]\n/);
  });

  it('changes only the targeted value', () => {
    const edited = buildModel(apply(SOURCE, frontMatterScalarFix(doc, ['recipients', 1], 'Lưu: VT.')));
    assert.deepEqual(edited.frontMatter?.data, { ...doc.frontMatter?.data, recipients: ['Như trên;', 'Lưu: VT.'] });
  });

  it('refuses block scalars, absent fields and empty values', () => {
    const block = buildModel('---\nplace: |\n  Đồng Tháp\n---\n');
    assert.equal(frontMatterScalarFix(block, ['place'], 'Đồng Tháp'), undefined);
    assert.equal(frontMatterScalarFix(doc, ['signer', 'title'], 'Phó Giám đốc'), undefined);
    assert.equal(frontMatterScalarFix(doc, ['signer', 'head'], 'Giám đốc'), undefined);
  });

  it('works with Windows line endings', () => {
    const source = SOURCE.replace(/\n/g, '\r\n');
    const fixed = apply(source, frontMatterScalarFix(buildModel(source), ['signer', 'name'], 'Nguyễn Văn An'));
    assert.equal(fixed, source.replace('"PGS.TS. Nguyễn Văn An"', '"Nguyễn Văn An"'));
  });
});
