import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { declaresProfile, frontMatterNamesProfile } from '../../src/core/declares-profile';
import { fileNamesProfile } from '../../src/cli/files';
import { anyDocument } from './arbitraries';

describe('declaresProfile', () => {
  const lines = ['---', 'title: Hội nghị tổng kết', 'profile: vn-news', '---', '', '# Hội nghị tổng kết', ''];

  it('finds `profile:` in the front matter with any line ending, a BOM, or no closing fence yet', () => {
    for (const ending of ['\n', '\r\n', '\r']) {
      const text = lines.join(ending);
      assert.equal(declaresProfile(text), true, JSON.stringify(ending));
      assert.equal(declaresProfile(`\uFEFF${text}`), true, `BOM, ${JSON.stringify(ending)}`);
      assert.equal(declaresProfile(lines.slice(0, 3).join(ending)), true, `being typed, ${JSON.stringify(ending)}`);
    }
  });

  it('ignores `profile:` outside the front matter, nested, or as part of another key', () => {
    assert.equal(declaresProfile('# Tin\n\nprofile: vn-news\n'), false);
    assert.equal(declaresProfile('---\ntitle: Tin\n---\n\nprofile: vn-news\n'), false);
    assert.equal(declaresProfile('---\nsigner:\n  profile: vn-news\n---\n'), false);
    assert.equal(declaresProfile('---\nprofiles: vn-news\n---\n'), false);
    assert.equal(declaresProfile('\n---\nprofile: vn-news\n---\n'), false);
    // YAML breaks lines at CR and LF only: after U+2028 or U+2029 the key is another one, as the front matter parser reads it.
    assert.equal(declaresProfile('---\ntitle: Tin\u2029profile: vn-news\n---\n'), false);
    assert.equal(declaresProfile('---\ntitle: Tin\u2028profile: vn-news\n---\n'), false);
  });
});

describe('fileNamesProfile (the CLI reads a file\'s head as Latin-1, or as UTF-16 after its byte order mark)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'govpress-sniff-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  let count = 0;
  const fileOf = (bytes: Uint8Array): string => {
    const path = join(folder, `${count++}.md`);
    writeFileSync(path, bytes);
    return path;
  };

  it('answers as frontMatterNamesProfile does on the decoded text, for any document in UTF-8, with or without a BOM', () => {
    const head = fc.oneof(
      anyDocument,
      fc.tuple(fc.constantFrom('---\n', '---\r\n', '---\r', '\uFEFF---\n'), fc.array(fc.constantFrom('title: Hội nghị “số” ', 'profile: vn-news', 'Đ', '  profile: x', '\u2029', '\r', '\n', '---', '...'), { maxLength: 12 }))
        .map(([fence, parts]) => fence + parts.join('')),
    );
    fc.assert(
      fc.property(head, (text) => {
        const bytes = Buffer.from(text, 'utf8');
        // The sniff reads 4,096 bytes: compare with the text those bytes hold, decoded as UTF-8.
        const decoded = bytes.subarray(0, 4096).toString('utf8');
        assert.equal(fileNamesProfile(fileOf(bytes)), frontMatterNamesProfile(decoded), JSON.stringify(text.slice(0, 200)));
      }),
      { seed: 20_261_130, numRuns: 400 },
    );
  });

  it('finds a profile after Vietnamese front matter and a BOM, in UTF-8 or UTF-16; none past the head', () => {
    const release = '---\ntitle: Hội nghị tổng kết công tác chuyển đổi số\nauthor: Nguyễn Thị Bích Ngọc\nprofile: vn-news\n---\n\n# Tin\n';
    assert.equal(fileNamesProfile(fileOf(Buffer.from(release))), true);
    assert.equal(fileNamesProfile(fileOf(Buffer.from(`\uFEFF${release}`))), true);
    assert.equal(fileNamesProfile(fileOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(release, 'utf16le')]))), true, 'UTF-16 LE');
    assert.equal(fileNamesProfile(fileOf(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(release, 'utf16le').swap16()]))), true, 'UTF-16 BE');
    assert.equal(fileNamesProfile(fileOf(Buffer.from(release, 'utf16le'))), undefined, 'UTF-16 without a byte order mark is not read as text');
    const longFrontMatter = `---\n${'note: Đồng Tháp\n'.repeat(400)}profile: vn-news\n---\n`;
    assert.equal(fileNamesProfile(fileOf(Buffer.from(longFrontMatter))), false, 'the key is beyond the sniffed head');
    assert.equal(fileNamesProfile(fileOf(Buffer.from('# Ghi chú\n\nprofile: vn-news\n'))), undefined, 'no front matter');
  });
});
