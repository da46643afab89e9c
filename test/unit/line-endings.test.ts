/**
 * `\r\n`, a lone `\r` (classic Mac files) and `\n` each end one line, as in
 * CommonMark and in editors: lines and columns of messages, front matter and
 * fixes are the same whichever a file uses, and fixes keep each line's own.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Node } from 'unist';
import { formatters } from '../../src/cli/formatters/index';
import { decodeDocument } from '../../src/cli/read-document';
import { applyEdits } from '../../src/core/lint/edits';
import { lint, lintAndFix, summarize } from '../../src/core/lint/engine';
import { buildModel } from '../../src/core/model/build';
import { allRules } from '../../src/core/rules/index';
import { LineIndex } from '../../src/core/text/line-index';
import type { LintMessage } from '../../src/core/types';

/** Line endings of each style, used in turn; never a lone CR right before an LF, which would make one CRLF of two endings. */
const STYLES = {
  lf: ['\n'],
  crlf: ['\r\n'],
  cr: ['\r'],
  mixed: ['\n', '\r', '\r\n'],
} as const satisfies Record<string, readonly string[]>;

/** The text with its `\n` line endings replaced by the style's, in turn. */
function withLineEndings(text: string, endings: readonly string[]): string {
  let index = 0;
  return text.replace(/\n/g, () => endings[index++ % endings.length]!);
}

function lineEndingsOf(text: string): string[] {
  return text.match(/\r\n|\r|\n/g) ?? [];
}

/** A release with problems on several lines, one over two lines, two of them fixable, messages that name a line. */
const RELEASE = [
  '---',
  'profile: vn-news',
  '---',
  '',
  '# Sở Tài chính tổ chức hội nghị tổng kết năm 2026',
  '',
  'Vừa qua, Sở Tài chính phối hợp với Tỉnh đoàn tổ chức hội nghị tổng kết.   Hội nghị có sự tham gia của Ủy ban nhân dân tỉnh,',
  'đại diện Tỉnh Đoàn và uỷ ban Mặt trận Tổ quốc tỉnh.',
  '',
  'Hội nghị đề ra 5 nhiệm vụ',
  'trọng tâm  của năm 2027./.',
  '',
].join('\n');

function positions(messages: readonly LintMessage[]) {
  return messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message }));
}

describe('LineIndex', () => {
  it('ends a line at CRLF, a lone CR and LF alike', () => {
    const source = 'a\r\nb\rc\nd';
    const lines = new LineIndex(source);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(['a', 'b', 'c', 'd'].map((letter) => lines.position(source.indexOf(letter))), [1, 2, 3, 4].map((line) => ({ line, column: 1 })));
    assert.deepEqual([1, 2, 3, 4].map((line) => lines.lineStart(line)), [0, 3, 5, 7]);
    assert.deepEqual([1, 2, 3, 4].map((line) => lines.lineEnd(line)), [1, 4, 6, 8]);
  });

  it('counts blank lines between endings of different kinds', () => {
    const source = '\r\r\n\n\r';
    const lines = new LineIndex(source);
    assert.equal(lines.lineCount, 5);
    assert.deepEqual([1, 2, 3, 4, 5].map((line) => [lines.lineStart(line), lines.lineEnd(line)]), [[0, 0], [1, 1], [3, 3], [4, 4], [5, 5]]);
    assert.deepEqual(lines.position(2), { line: 2, column: 2 }, 'between the CR and the LF of a CRLF');
  });

  it('agrees with the line and column of every node of the mdast tree', () => {
    const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
    const documents = [RELEASE, '# Title\n\n\n> quote\n> more\n\n- item\n\n  next\n\n```\ncode\n\nblock\n```\n\ntext  \nhard break\n'];
    for (const [style, endings] of Object.entries(STYLES)) {
      for (const document of documents) {
        const source = withLineEndings(document, endings);
        const lines = new LineIndex(source);
        const visit = (node: Node): void => {
          for (const point of [node.position!.start, node.position!.end]) {
            assert.deepEqual(lines.position(point.offset!), { line: point.line, column: point.column }, `${style}: ${node.type} at ${point.offset}`);
          }
          if ('children' in node) for (const child of node.children as Node[]) visit(child);
        };
        visit(parser.parse(source));
      }
    }
  });
});

describe('front matter with any line ending', () => {
  it('reads the opening fence ended by a lone CR, with spaces before it', () => {
    for (const fence of ['---', '--- ', '---\t']) {
      const source = `${fence}\rprofile: vn-news\r---\r\r# Title\r`;
      const frontMatter = buildModel(source).frontMatter!;
      assert.equal(frontMatter.error, undefined, fence);
      assert.deepEqual(frontMatter.data, { profile: 'vn-news' });
      assert.equal(frontMatter.yamlSpan.start, fence.length + 1, `${JSON.stringify(fence)}: the YAML starts after the fence's line ending`);
      const [entry] = frontMatter.entries;
      assert.equal(source.slice(entry!.keySpan.start, entry!.keySpan.end), 'profile');
      assert.equal(source.slice(entry!.valueSpan.start, entry!.valueSpan.end), 'vn-news');
    }
  });

  it('reports an opening fence ended by a lone CR and never closed', () => {
    const source = '---\rprofile: vn-news\r\r# Title\r';
    assert.equal(buildModel(source).frontMatter?.unclosed, true);
    assert.deepEqual(
      lint(source).messages.filter((message) => message.ruleId === 'frontmatter-invalid').map(({ line, column }) => ({ line, column })),
      [{ line: 1, column: 1 }],
    );
  });

  it('reads a front matter of several lines in every style', () => {
    const document = '---\nprofile: vn-news\ntitle: Hội nghị tổng kết\nsigner:\n  name: Minh Anh\n---\n\n# Hội nghị tổng kết\n';
    for (const [style, endings] of Object.entries(STYLES)) {
      const doc = buildModel(withLineEndings(document, endings));
      assert.equal(doc.frontMatter?.error, undefined, style);
      assert.deepEqual(doc.frontMatter?.data, { profile: 'vn-news', title: 'Hội nghị tổng kết', signer: { name: 'Minh Anh' } }, style);
    }
  });
});

describe('messages and fixes with any line ending', () => {
  const expected = positions(lint(RELEASE).messages);

  it('the fixture has problems on several lines, one over two lines, and fixes', () => {
    assert.ok(new Set(expected.map((message) => message.line)).size >= 4);
    assert.ok(expected.some((message) => message.endLine > message.line));
    assert.ok(lint(RELEASE).messages.filter((message) => message.fix).length >= 2);
  });

  for (const [style, endings] of Object.entries(STYLES)) {
    it(`${style}: the same lines and columns as with LF`, () => {
      assert.deepEqual(positions(lint(withLineEndings(RELEASE, endings)).messages), expected);
    });

    it(`${style}: fixes keep every line ending and every byte outside the fixed ranges`, () => {
      const source = withLineEndings(RELEASE, endings);
      const edits = lint(source).messages.flatMap((message) => (message.fix ? [message.fix] : []));
      const output = lintAndFix(source).output;
      assert.ok(output !== undefined);
      // The fixes converge in one pass: the output is the source with only the edits' ranges replaced.
      assert.equal(output, applyEdits(source, edits).output);
      assert.deepEqual(lineEndingsOf(output), lineEndingsOf(source));
      assert.equal(output.replace(/\r\n?/g, '\n'), lintAndFix(RELEASE).output);
    });
  }

  it('an AP dateline dash that ends a line needs no space after it, whatever ends the line', () => {
    const release = '# Library launches classes\n\nLAKEMONT, Ore. —\nOct. 6, 2026 — The library will offer classes.\n';
    const options = { onlyRules: ['en-dateline-format'], defaultProfile: 'en-press-release' };
    const messageIds = (source: string) => lint(source, options).messages.map((message) => message.messageId);
    for (const [style, endings] of Object.entries(STYLES)) {
      const source = withLineEndings(release, endings);
      assert.deepEqual(messageIds(source), messageIds(release), style);
      assert.equal(lintAndFix(source, options).output, undefined, style);
    }
  });
});

describe('formatters with any line ending', () => {
  const context = { cwd: resolve('/srv'), lang: 'en', color: false, rules: allRules, toolVersion: '0.0.0' } as const;

  it('stylish keeps a message quoting a lone CR on its own row', () => {
    const source = '# Title\r\rLast paragraph (Nguồn: Cổng Thông\rtin điện tử tỉnh)\r';
    const start = source.indexOf('(Nguồn');
    const message: LintMessage = {
      ruleId: 'signature-missing',
      severity: 1,
      message: `The last line "${source.slice(start, source.length - 1)}" is no signature.`,
      messageId: 'unknownForm',
      data: {},
      line: 3,
      column: 16,
      endLine: 4,
      endColumn: 19,
      start,
      end: source.length - 1,
    };
    const output = formatters.stylish([summarize(resolve('/srv/release.md'), source, [message])], context);
    assert.doesNotMatch(output, /\r/);
    assert.match(output, /\n {2}3:16 {2}warning {2}The last line "\(Nguồn: Cổng Thông tin điện tử tỉnh\)" is no signature\. {2}signature-missing\n/);
  });

  it('sarif places fixes where they are with LF', () => {
    type SarifLog = { runs: [{ results: Array<{ fixes?: [{ artifactChanges: [{ replacements: [{ deletedRegion: Record<string, number> }] }] }] }> }] };
    const fixRegions = (source: string) => {
      const log = JSON.parse(formatters.sarif([lint(source, { filePath: resolve('/srv/release.md') })], context)) as SarifLog;
      return log.runs[0].results.flatMap((entry) => {
        if (!entry.fixes) return [];
        const { startLine, startColumn, endLine, endColumn } = entry.fixes[0].artifactChanges[0].replacements[0].deletedRegion;
        return [{ startLine, startColumn, endLine, endColumn }];
      });
    };
    const expected = fixRegions(RELEASE);
    assert.ok(expected.length >= 2 && expected.some((region) => region.startLine > 1));
    for (const [style, endings] of Object.entries(STYLES)) assert.deepEqual(fixRegions(withLineEndings(RELEASE, endings)), expected, style);
  });
});

describe('reading a file with any line ending', () => {
  const before = '---\ntitle: Hội nghị tổng kết\n---\n\n# Hội nghị tổng kết\n\nSáng 14/4, Sở ';
  const after = ' tổ chức hội nghị.\n';
  const badByteAt = { line: 7, column: 'Sáng 14/4, Sở '.length + 1 };

  for (const [name, bad] of [['invalid UTF-8', 0xff], ['a NUL byte', 0x00]] as const) {
    it(`reports ${name} on its line and column, whatever ends the lines before it`, () => {
      for (const [style, endings] of Object.entries(STYLES)) {
        const bytes = Buffer.concat([Buffer.from(withLineEndings(before, endings)), Buffer.from([bad]), Buffer.from(withLineEndings(after, endings))]);
        const decoded = decodeDocument(bytes);
        assert.ok(!decoded.ok, style);
        assert.deepEqual({ line: decoded.line, column: decoded.column }, badByteAt, style);
      }
    });
  }

  it('counts columns after a byte order mark as in the decoded text', () => {
    const decoded = decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Hội nghị'), Buffer.from([0xc0])]));
    assert.ok(!decoded.ok);
    assert.deepEqual({ line: decoded.line, column: decoded.column }, { line: 1, column: '# Hội nghị'.length + 1 });
  });
});
