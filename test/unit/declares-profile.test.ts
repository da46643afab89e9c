import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { declaresProfile } from '../../src/core/declares-profile';

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
  });
});
