/** Nested front matter fields with positions, and safe in-place scalar edits. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../src/core/model/build';
import { frontMatterChildren, frontMatterField, frontMatterFieldsBeforeFix, frontMatterScalarFix } from '../../src/core/rules/front-matter-fields';
import { frontMatterBlock } from '../../src/core/rules/front-matter-block';
import { lint } from '../../src/core/lint/engine';
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

describe('frontMatterFieldsBeforeFix', () => {
  const source = '---\nsigner:\n  title: Phó Giám đốc\n  name: Trương Văn Khánh\n---\n';
  const fields = [['authority', 'KT.'], ['head', 'Giám đốc']] as const;

  it('inserts the fields before the key, indented as it is, and changes nothing else', () => {
    const fixed = apply(source, frontMatterFieldsBeforeFix(buildModel(source), ['signer', 'title'], fields));
    assert.equal(fixed, '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Trương Văn Khánh\n---\n');
  });

  it('writes the line ending of the line above: CRLF, or a lone CR', () => {
    const expected = '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Trương Văn Khánh\n---\n';
    for (const ending of ['\r\n', '\r']) {
      const other = source.replace(/\n/g, ending);
      const fixed = apply(other, frontMatterFieldsBeforeFix(buildModel(other), ['signer', 'title'], fields));
      assert.equal(fixed, expected.replace(/\n/g, ending), JSON.stringify(ending));
    }
  });

  it('refuses a key that is not on a line of its own, and a field already there', () => {
    const flow = buildModel('---\nsigner: { title: Phó Giám đốc, name: Trương Văn Khánh }\n---\n');
    assert.equal(frontMatterFieldsBeforeFix(flow, ['signer', 'title'], fields), undefined);
    const withHead = buildModel('---\nsigner:\n  head: Giám đốc\n  title: Phó Giám đốc\n---\n');
    assert.equal(frontMatterFieldsBeforeFix(withHead, ['signer', 'title'], fields), undefined, 'a duplicate key does not read back');
  });
});

describe('frontMatterBlock', () => {
  const doc = buildModel(SOURCE);
  const text = (span: { start: number; end: number }) => SOURCE.slice(span.start, span.end);

  it('reads the fields of a mapping, each at its value or else at the block key', () => {
    const signer = frontMatterBlock(doc, 'signer');
    assert.equal(signer.kind, 'mapping');
    if (signer.kind !== 'mapping') return;
    assert.equal(text(signer.keySpan), 'signer');
    assert.equal(signer.field('name').text, 'PGS.TS. Nguyễn Văn An');
    assert.equal(text(signer.field('name').span), '"PGS.TS. Nguyễn Văn An"');
    assert.deepEqual(signer.field('head'), { text: undefined, span: frontMatterField(doc, ['signer', 'head'])!.keySpan }, 'no value: at its key');
    assert.deepEqual(signer.field('title'), { text: undefined, span: signer.keySpan }, 'absent: at the block key');
  });

  it('tells an absent block from one that is not a mapping', () => {
    assert.deepEqual(frontMatterBlock(doc, 'contact'), { kind: 'absent' });
    assert.deepEqual(frontMatterBlock(buildModel('---\ncontact:\n---\n'), 'contact'), { kind: 'absent' });
    assert.deepEqual(frontMatterBlock(doc, 'number'), { kind: 'notMapping', span: frontMatterField(doc, ['number'])!.valueSpan });
    assert.deepEqual(frontMatterBlock(doc, 'recipients'), { kind: 'notMapping', span: frontMatterField(doc, ['recipients'])!.valueSpan });
  });

  it('reads a block written through a YAML alias as the renderer does, pointing at its key', () => {
    const source = [
      '---',
      'people:',
      '  director: &director',
      '    head: Giám đốc',
      '    title: Giám đốc',
      '    name: Phạm Thị Thu Hà',
      '  office: &office',
      '    name: Trần Quốc Bảo',
      '    email: "[Email]"',
      'signer: *director',
      'contact: *office',
      '---',
      '',
    ].join('\n');
    const signer = frontMatterBlock(buildModel(source), 'signer');
    assert.ok(signer.kind === 'mapping');
    assert.deepEqual(signer.field('name'), { text: 'Phạm Thị Thu Hà', span: signer.keySpan });
    const messages = lint(source, { onlyRules: ['signer-invalid', 'contact-missing'], defaultProfile: 'vn-press-release' }).messages;
    assert.deepEqual(
      messages.map(({ ruleId, messageId, line }) => ({ ruleId, messageId, line })),
      [{ ruleId: 'contact-missing', messageId: 'emailInvalid', line: 11 }],
    );
  });
});
