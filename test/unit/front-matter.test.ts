/**
 * The simple front matter reader (flat `key: value` lines, read without the
 * YAML library) must give exactly what the library gives, or leave the front
 * matter to it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseYaml, readSimpleYaml } from '../../src/core/model/front-matter';

const SPAN = { start: 0, end: 400 };
const YAML_SPAN = { start: 4, end: 396 };

/** Mostly what the simple reader accepts, with every kind of character and line that sends YAML elsewhere. */
const often = <T>(usual: readonly T[], unusual: readonly T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...unusual) });

const key = often(
  ['title', 'date', 'a', '_x', 'a-b', 'A_1', 'constructor', 'toString'],
  ['true', 'True', 'null', 'NULL', '__proto__', 'k'.repeat(64), 'k'.repeat(65), 'ö', '1a', 'a b', '-a', '?a', '<<'],
);
const character = often(
  ['a', 'B', 'ệ', 'Đ', 'x', '1', '0', '.', '-', '+', 'e', ' ', '/', '=', '_', '(', ')'],
  [':', '#', '"', "'", '\\', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', '~', '\u00a0', '\t', '\r', '\u0085', '\u2028', '\ufeff', '😀'],
);
const SCALARS = ['null', '~', 'Null', 'true', 'False', 'TRUE', '12', '-5', '+7', '0x1F', '0o7', '1e3', '.5', '1.', '.inf', '-.Inf', '.NaN', '2024-06-28', 'v1.2', 'Tin tức', 'https://example.vn/a#b', 'a: b', 'a #b', 'a#b'];

const characters = fc.string({ unit: character, minLength: 1, maxLength: 12 });
const value = fc.oneof(
  { weight: 4, arbitrary: characters },
  characters.map((text) => `"${text}"`),
  characters.map((text) => `'${text}'`),
  fc.constantFrom(...SCALARS),
  fc.constantFrom(...SCALARS).map((text) => `"${text}"`),
);
const entryLine = fc
  .tuple(key, often([': ', ':  '], [':', ' : ', ':\t']), value, often(['', ' ', '  '], [' # note', '#x']))
  .map(([name, separator, text, tail]) => `${name}${separator}${text}${tail}`);
const otherLine = often(['', '# Ghi chú: “mẫu”', '#'], ['  indented: x', '---', '...', '- item', 'list:', '  - a', 'a:', ' ', '%YAML 1.2']);
const yaml = fc
  .tuple(fc.array(fc.oneof({ weight: 5, arbitrary: entryLine }, { weight: 1, arbitrary: otherLine }), { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean())
  .map(([lines, finalNewline, crlf]) => {
    const newline = crlf ? '\r\n' : '\n';
    return lines.join(newline) + (finalNewline ? newline : '');
  });

describe('front matter: the simple reader', () => {
  it('reads the common front matter as the YAML library does', () => {
    const common = [
      'profile: vn-news\ntitle: Sở Nông nghiệp tổ chức Lễ công bố sản phẩm OCOP năm 2025\ndate: 2025-09-13\nauthor: Ngọc Thành\nunit: Sở Nông nghiệp và Phát triển nông thôn\ncategory: Tin tức',
      '# Mẫu tin: thay chỗ trong ngoặc vuông.\nprofile: vn-news\ntitle: "{{title}}"\ndate: \'2025-09-13\'\n\nsource: https://example.vn/tin#1\n',
      'profile: vn-news\r\ntitle: Hội nghị tổng kết\r\ndate: 2025-09-13\r\n',
    ];
    for (const text of common) {
      const simple = readSimpleYaml(text, SPAN, YAML_SPAN);
      assert.ok(simple, text);
      assert.deepEqual(simple, parseYaml(text, SPAN, YAML_SPAN));
    }
  });

  it('leaves nested values, non-string scalars, repeated keys and comments after a value to the library', () => {
    for (const text of ['contact:\n  name: A', 'tags:\n  - a', 'count: 12', 'draft: false', 'a: x\na: y', 'a: x # note', 'a: "x\\ty"', 'a:', '__proto__: x']) {
      assert.equal(readSimpleYaml(text, SPAN, YAML_SPAN), undefined, text);
    }
  });

  it('agrees with the YAML library on generated front matter whenever it reads it', () => {
    let read = 0;
    fc.assert(
      fc.property(yaml, (text) => {
        const simple = readSimpleYaml(text, SPAN, YAML_SPAN);
        if (!simple) return;
        read++;
        assert.deepEqual(simple, parseYaml(text, SPAN, YAML_SPAN));
      }),
      { seed: 20_260_415, numRuns: 4000, includeErrorInReport: true },
    );
    // The comparison means something only if the generator reaches the simple reader often.
    assert.ok(read > 400, `the simple reader read ${read} of 4000 generated front matters`);
  });
});
