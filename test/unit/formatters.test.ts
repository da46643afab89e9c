import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { formatters, isFormatName, reportFormats, type FormatContext, type FormatName } from '../../src/cli/formatters/index';
import { jsonStringBytes } from '../../src/cli/formatters/json';
import { displayWidth } from '../../src/cli/formatters/stylish';
import { ruleDocsUrl } from '../../src/core/rules/docs-url';
import type { AnyRule, LintMessage, LintResult, RuleMeta, SeverityLevel, TextEdit } from '../../src/core/types';

// ---------------------------------------------------------------------------
// Fixtures, built by hand so that every expected value below is visible here.

const cwd = resolve('/srv/cong-thong-tin');

/** 1-based line and column (UTF-16) of an offset, computed independently of the code under test. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

interface MessageSpec {
  ruleId: string;
  severity: SeverityLevel;
  message: string;
  /** Text whose first occurrence in the source is the problem's range. */
  at: string;
  fixText?: string;
}

function lintMessage(source: string, spec: MessageSpec): LintMessage {
  const start = source.indexOf(spec.at);
  assert.ok(start >= 0, `fixture text not found: ${spec.at}`);
  const end = start + spec.at.length;
  const from = positionOf(source, start);
  const to = positionOf(source, end);
  const fix: TextEdit | undefined = spec.fixText === undefined ? undefined : { start, end, text: spec.fixText };
  return {
    ruleId: spec.ruleId,
    severity: spec.severity,
    message: spec.message,
    messageId: 'fixture',
    data: {},
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start,
    end,
    ...(fix && { fix }),
  };
}

function lintResult(filePath: string, source: string, specs: MessageSpec[]): LintResult {
  const messages = specs.map((spec) => lintMessage(source, spec));
  const count = (severity: SeverityLevel, fixable: boolean) =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    filePath,
    messages,
    errorCount: count(2, false),
    warningCount: count(1, false),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    source,
  };
}

/** Every character that some format must escape: `,` `:` `%` a line break `<` `&` `"` `'`. */
const TRICKY_MESSAGE = 'Dùng dấu gạch ngang "–", không dùng "-": đúng 100% & <b>chuẩn</b> của Bộ\'s\nxem Quy định 01/QĐ';

const sourceHoiNghi = [
  'Sáng 14/4, UBND tỉnh tổ chức hội nghị tổng kết 😀 năm 2023.',
  '',
  'Giám đốc Sở - ông Nguyễn Văn A - phát biểu khai mạc.',
  '',
].join('\n');
const hoiNghi = lintResult(join(cwd, 'tin-bai', 'hội nghị, 2024.md'), sourceHoiNghi, [
  { ruleId: 'title-missing', severity: 2, message: 'Bài viết thiếu tiêu đề (# H1).', at: 'Sáng' },
  { ruleId: 'dash-style', severity: 1, message: TRICKY_MESSAGE, at: ' - ', fixText: ' – ' },
]);

// Twelve lines so that line numbers have two digits, and a long line so that columns do too.
const sourceThongCao = `${'Dòng mở đầu.\n'.repeat(11)}${'x'.repeat(95)} ngày 5/3/2024 và 2023-03-05.\n`;
const thongCao = lintResult(join(cwd, 'thong-cao.md'), sourceThongCao, [
  { ruleId: 'date-format', severity: 2, message: 'Ngày viết sai định dạng: dùng "ngày 05/3/2024".', at: '5/3/2024', fixText: '05/3/2024' },
  { ruleId: 'date-format', severity: 2, message: 'Ngày kiểu ISO cần viết lại.', at: '2023-03-05' },
  // Not among the known rules: formats must not invent a rule index for it.
  { ruleId: 'encoding-legacy', severity: 1, message: 'Văn bản có thể bị lỗi mã hoá.', at: 'Dòng' },
  // Decomposed (NFD) Vietnamese: combining accents take no terminal cell.
  { ruleId: 'date-format', severity: 2, message: 'Ngày tháng'.normalize('NFD'), at: 'ngày' },
]);

const clean = lintResult(join(cwd, 'sach.md'), '# Tiêu đề\n\nNội dung đầy đủ./.\n', []);

const allResults = [hoiNghi, thongCao, clean];
const messageCount = hoiNghi.messages.length + thongCao.messages.length;

function fakeRule(id: string, group: RuleMeta['group'], severity: RuleMeta['severity']): AnyRule {
  return {
    meta: {
      id,
      group,
      severity,
      fixable: false,
      docs: {
        summary: { vi: `Tóm tắt ${id}`, en: `Summary of ${id}` },
        rationale: { vi: `Lý do của ${id}`, en: `Rationale of ${id}` },
      },
      messages: {},
      defaults: {},
      examples: { valid: [], invalid: [] },
    },
    check: () => {},
  };
}

const rules = [
  fakeRule('title-missing', 'structure', 'error'),
  fakeRule('dash-style', 'language', 'warn'),
  fakeRule('date-format', 'language', 'error'),
];

function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd, lang: 'vi', color: false, rules, toolVersion: '1.2.3', ...overrides };
}

function format(name: FormatName, results: readonly LintResult[], overrides: Partial<FormatContext> = {}): string {
  return formatters[name](results, context(overrides));
}

/** ANSI colour codes. */
const ANSI = /\u001b\[[0-9;]*m/g;

// ---------------------------------------------------------------------------

describe('formatters index', () => {
  it('knows exactly the six formats', () => {
    const names = ['stylish', 'json', 'sarif', 'github', 'junit', 'codequality'];
    assert.deepEqual(Object.keys(formatters).sort(), [...names].sort());
    for (const name of names) assert.equal(isFormatName(name), true, name);
    for (const name of ['eslint', 'Stylish', 'toString', '__proto__', 'constructor', '']) {
      assert.equal(isFormatName(name), false, name);
    }
  });

  it('ends every non-empty output with exactly one newline', () => {
    for (const name of Object.keys(formatters) as FormatName[]) {
      const output = format(name, allResults);
      assert.ok(output.endsWith('\n') && !output.endsWith('\n\n'), name);
    }
  });
});

describe('stylish formatter', () => {
  const output = format('stylish', allResults);
  const lines = output.split('\n');

  it('has no colour codes unless asked, and the same text with colours', () => {
    assert.doesNotMatch(output, ANSI);
    const colored = format('stylish', allResults, { color: true });
    assert.match(colored, ANSI);
    assert.equal(colored.replace(ANSI, ''), output);
  });

  it('groups problems under each file path, relative to cwd', () => {
    assert.ok(lines.includes('tin-bai/hội nghị, 2024.md'));
    assert.ok(lines.includes('thong-cao.md'));
    assert.ok(!output.includes(cwd), 'no absolute path');
    assert.ok(!output.includes('sach.md'), 'a clean file is not listed');
    assert.ok(lines.indexOf('tin-bai/hội nghị, 2024.md') < lines.indexOf('thong-cao.md'));
  });

  it('writes one row per problem with the message on one line', () => {
    const rows = lines.filter((line) => line.startsWith('  ') && /\d+:\d+/.test(line));
    assert.equal(rows.length, messageCount);
    const dashRow = rows.find((row) => row.endsWith('dash-style'))!;
    assert.ok(dashRow.includes(TRICKY_MESSAGE.replace('\n', ' ')));
  });

  it('aligns the columns of each file, measuring Vietnamese letters as one cell', () => {
    // Display column of a string index; NFC makes every Vietnamese letter one code point and one cell.
    const cellOf = (row: string, index: number) => [...row.slice(0, index).normalize('NFC')].length;
    for (const result of [hoiNghi, thongCao]) {
      const rows = result.messages.map((message) => {
        const row = lines.find((line) => line.includes(message.message.replace('\n', ' ')) && line.endsWith(message.ruleId));
        assert.ok(row, message.message);
        return { row, message };
      });
      const severityWord = (severity: SeverityLevel) => (severity === 2 ? 'lỗi' : 'cảnh báo');
      const starts = (indexOf: (entry: (typeof rows)[number]) => number) =>
        new Set(rows.map((entry) => cellOf(entry.row, indexOf(entry))));
      // Severity and message are searched from the left, the rule id from the right, so that a message cannot fool them.
      assert.equal(starts(({ row, message }) => row.indexOf(` ${severityWord(message.severity)} `)).size, 1, 'severity column');
      assert.equal(starts(({ row, message }) => row.indexOf(message.message.replace('\n', ' '))).size, 1, 'message column');
      assert.equal(starts(({ row, message }) => row.lastIndexOf(message.ruleId)).size, 1, 'rule column');
      // Line numbers are right-aligned: the colons line up.
      assert.equal(new Set(rows.map((entry) => entry.row.indexOf(':'))).size, 1, 'line:column colon');
    }
  });

  it('summarizes in Vietnamese', () => {
    assert.ok(lines.includes('✖ 6 vấn đề (4 lỗi, 2 cảnh báo)'), output);
    assert.ok(lines.includes('  1 lỗi và 1 cảnh báo có thể sửa tự động bằng --fix'), output);
    assert.match(output, /^ {2}\s*\d+:\d+\s+lỗi\s/m);
    assert.match(output, /^ {2}\s*\d+:\d+\s+cảnh báo\s/m);
  });

  it('summarizes in English with singular and plural', () => {
    const english = format('stylish', allResults, { lang: 'en' }).split('\n');
    assert.ok(english.includes('✖ 6 problems (4 errors, 2 warnings)'));
    assert.ok(english.includes('  1 error and 1 warning potentially fixable with the --fix option.'));
    assert.ok(english.some((line) => /^\s+\d+:\d+\s+warning\s/.test(line)));

    const single = lintResult(join(cwd, 'mot.md'), 'Một dòng - thôi.\n', [
      { ruleId: 'dash-style', severity: 1, message: 'Dùng gạch ngang.', at: ' - ', fixText: ' – ' },
    ]);
    const singleLines = format('stylish', [single], { lang: 'en' }).split('\n');
    assert.ok(singleLines.includes('✖ 1 problem (0 errors, 1 warning)'));
    assert.ok(singleLines.includes('  0 errors and 1 warning potentially fixable with the --fix option.'));
  });

  it('omits the fixable line when nothing is fixable', () => {
    const notFixable = lintResult(join(cwd, 'a.md'), 'Sáng nay.\n', [
      { ruleId: 'title-missing', severity: 2, message: 'Thiếu tiêu đề.', at: 'Sáng' },
    ]);
    const text = format('stylish', [notFixable]);
    assert.ok(text.includes('✖ 1 vấn đề (1 lỗi, 0 cảnh báo)'));
    assert.ok(!text.includes('--fix'));
  });

  it('prints nothing when there is no problem', () => {
    assert.equal(format('stylish', [clean]), '');
    assert.equal(format('stylish', []), '');
    assert.equal(format('stylish', [clean], { color: true }), '');
  });

  it('measures display width without colour codes, accents or double-width characters miscounted', () => {
    assert.equal(displayWidth('lỗi'), 3);
    assert.equal(displayWidth('lỗi'.normalize('NFD')), 3);
    assert.equal(displayWidth('\u001b[31mcảnh báo\u001b[39m'), 8);
    assert.equal(displayWidth('漢字'), 4);
    assert.equal(displayWidth('😀!'), 3);
  });
});

describe('json formatter', () => {
  const parsed = JSON.parse(format('json', allResults)) as Array<Record<string, unknown>>;

  it('is an ESLint-compatible array of results with absolute paths', () => {
    assert.equal(parsed.length, 3);
    assert.deepEqual(
      parsed.map((result) => result.filePath),
      allResults.map((result) => result.filePath),
    );
    for (const [index, result] of parsed.entries()) {
      const original = allResults[index]!;
      const expectedKeys = [
        'filePath',
        'messages',
        'suppressedMessages',
        'errorCount',
        'fatalErrorCount',
        'warningCount',
        'fixableErrorCount',
        'fixableWarningCount',
        'usedDeprecatedRules',
        ...(original.messages.length > 0 ? ['source'] : []),
      ];
      assert.deepEqual(Object.keys(result).sort(), expectedKeys.sort());
      assert.equal(result.errorCount, original.errorCount);
      assert.equal(result.warningCount, original.warningCount);
      assert.equal(result.fixableErrorCount, original.fixableErrorCount);
      assert.equal(result.fixableWarningCount, original.fixableWarningCount);
      assert.equal(result.fatalErrorCount, 0);
      assert.deepEqual(result.suppressedMessages, []);
      assert.deepEqual(result.usedDeprecatedRules, []);
    }
    assert.equal(parsed[0]!.source, sourceHoiNghi);
    assert.equal('source' in parsed[2]!, false, 'no source for a clean file');
  });

  it('writes messages with ESLint severities, positions and fixes as ranges', () => {
    const messages = parsed[0]!.messages as Array<Record<string, unknown>>;
    const [title, dash] = hoiNghi.messages;
    assert.deepEqual(messages[0], {
      ruleId: 'title-missing',
      severity: 2,
      message: title!.message,
      messageId: 'fixture',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 5,
    });
    assert.deepEqual(messages[1], {
      ruleId: 'dash-style',
      severity: 1,
      message: TRICKY_MESSAGE,
      messageId: 'fixture',
      line: dash!.line,
      column: dash!.column,
      endLine: dash!.endLine,
      endColumn: dash!.endColumn,
      fix: { range: [dash!.start, dash!.end], text: ' – ' },
    });
  });

  it('prints a source given as its UTF-8 bytes exactly as the text itself as the CLI gives it', () => {
    const texts = [sourceHoiNghi, 'Trích "nguyên văn" \\ C:\\tệp\tcột\r\ndòng\u0001\u001f\u007f\u2028 🙂 ./.'];
    for (const text of texts) {
      const result: LintResult = { ...hoiNghi, source: text };
      const viaBytes = reportFormats.json(context()).add(Object.assign({ ...result }, { sourceBytes: () => Buffer.from(text, 'utf8') }));
      assert.ok(typeof viaBytes !== 'string', 'the bytes are used');
      assert.equal(Buffer.from(viaBytes).toString('utf8'), reportFormats.json(context()).add(result));
    }
    // Not UTF-8 on disk (UTF-16): the text is printed.
    const fromText = reportFormats.json(context()).add(Object.assign({ ...hoiNghi }, { sourceBytes: () => undefined }));
    assert.equal(fromText, reportFormats.json(context()).add(hoiNghi));
  });

  it('escapes any UTF-8 as JSON.stringify does its text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' }), (letters, anything) => {
        for (const text of [letters, anything]) assert.deepEqual(jsonStringBytes(Buffer.from(text, 'utf8')), Buffer.from(JSON.stringify(text), 'utf8'));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the fixed text as output instead of the source after --fix', () => {
    const fixed: LintResult = { ...hoiNghi, output: 'văn bản đã sửa' };
    const [result] = JSON.parse(format('json', [fixed])) as Array<Record<string, unknown>>;
    assert.equal(result!.output, 'văn bản đã sửa');
    assert.equal('source' in result!, false);
  });
});

describe('sarif formatter', () => {
  const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema is written for draft-04; without its `$schema` and draft-04 `id` it reads the same under Ajv's draft-07.
  const { $schema: _draft04, id: _draft04Id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // One of its patterns (`language`) is only valid as a non-Unicode regular expression, as draft-04 compiled them.
  const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false, allErrors: true }).compile(schema);

  const output = format('sarif', allResults);
  const log = JSON.parse(output);
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    const valid = validate(log);
    assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
    // The validator is not vacuous: a wrong level deep inside a result is caught.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    assert.equal(validate(broken), false);
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  it('describes the tool and every known rule in the requested language', () => {
    assert.equal(run.tool.driver.name, 'govpress');
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.match(run.tool.driver.informationUri, /^https:\/\//);
    assert.deepEqual(run.tool.driver.rules[0], {
      id: 'title-missing',
      name: 'TitleMissing',
      shortDescription: { text: 'Tóm tắt title-missing' },
      fullDescription: { text: 'Lý do của title-missing' },
      helpUri: ruleDocsUrl('title-missing'),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['structure'] },
    });
    assert.deepEqual(
      run.tool.driver.rules.map((rule: { id: string; name: string; defaultConfiguration: { level: string } }) => [
        rule.id,
        rule.name,
        rule.defaultConfiguration.level,
      ]),
      [
        ['title-missing', 'TitleMissing', 'error'],
        ['dash-style', 'DashStyle', 'warning'],
        ['date-format', 'DateFormat', 'error'],
      ],
    );
    const english = JSON.parse(format('sarif', allResults, { lang: 'en' }));
    assert.equal(english.runs[0].tool.driver.rules[1].shortDescription.text, 'Summary of dash-style');
    assert.equal(english.runs[0].tool.driver.rules[1].fullDescription.text, 'Rationale of dash-style');
  });

  it('reports each message with its rule, level, text and region', () => {
    const messages = allResults.flatMap((result) => result.messages);
    assert.equal(run.results.length, messages.length);
    for (const [index, message] of messages.entries()) {
      const result = run.results[index];
      assert.equal(result.ruleId, message.ruleId);
      assert.equal(result.level, message.severity === 2 ? 'error' : 'warning');
      assert.equal(result.message.text, message.message);
      const known = rules.findIndex((rule) => rule.meta.id === message.ruleId);
      if (known === -1) assert.equal('ruleIndex' in result, false, 'no index for an unknown rule');
      else assert.equal(run.tool.driver.rules[result.ruleIndex].id, message.ruleId);
      assert.deepEqual(result.locations[0].physicalLocation.region, {
        startLine: message.line,
        startColumn: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
      });
    }
  });

  it('locates files by relative URIs that resolve against the cwd', () => {
    const base = run.originalUriBaseIds['%SRCROOT%'].uri as string;
    assert.match(base, /^file:\/\/.*\/$/);
    assert.equal(fileURLToPath(base), join(cwd, '/'));
    assert.deepEqual(
      run.artifacts.map((artifact: { location: { uri: string; uriBaseId: string } }) => {
        assert.equal(artifact.location.uriBaseId, '%SRCROOT%');
        assert.ok(!artifact.location.uri.startsWith('/') && !artifact.location.uri.includes(' '));
        return fileURLToPath(new URL(artifact.location.uri, base));
      }),
      allResults.map((result) => result.filePath),
    );
    for (const result of run.results) {
      const location = result.locations[0].physicalLocation.artifactLocation;
      assert.equal(location.uriBaseId, '%SRCROOT%');
      assert.equal(run.artifacts[location.index].location.uri, location.uri);
    }
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'tin-bai/h%E1%BB%99i%20ngh%E1%BB%8B%2C%202024.md');
  });

  it('turns fixes into replacements whose regions and offsets agree with the source', () => {
    const fixed = run.results.filter((result: { fixes?: unknown }) => result.fixes);
    assert.equal(fixed.length, 2);
    const [dashResult] = fixed;
    const dash = hoiNghi.messages[1]!;
    const change = dashResult.fixes[0].artifactChanges[0];
    assert.deepEqual(change.artifactLocation, dashResult.locations[0].physicalLocation.artifactLocation);
    const [replacement] = change.replacements;
    assert.deepEqual(replacement, {
      deletedRegion: {
        startLine: 3,
        startColumn: dash.column,
        endLine: 3,
        endColumn: dash.column + 3,
        charOffset: dash.start,
        charLength: 3,
      },
      insertedContent: { text: ' – ' },
    });
    // The emoji on line 1 takes two UTF-16 units: offsets past it still match the source.
    const { charOffset, charLength } = replacement.deletedRegion;
    const applied = sourceHoiNghi.slice(0, charOffset) + replacement.insertedContent.text + sourceHoiNghi.slice(charOffset + charLength);
    assert.equal(applied, sourceHoiNghi.replace(' - ', ' – '));
  });
});

describe('github formatter', () => {
  const output = format('github', allResults);

  /** Parses a workflow command the way the runner does, undoing its escapes. */
  function parseCommand(line: string) {
    const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
    assert.ok(match, line);
    const unescape = (text: string) =>
      text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)));
    const properties = Object.fromEntries(
      match[2]!.split(',').map((property) => {
        const equals = property.indexOf('=');
        return [property.slice(0, equals), unescape(property.slice(equals + 1))];
      }),
    );
    return { command: match[1], properties, message: unescape(match[3]!) };
  }

  it('writes one annotation per message that round-trips through GitHub unescaping', () => {
    const lines = output.trimEnd().split('\n');
    const expected = [hoiNghi, thongCao].flatMap((result) =>
      result.messages.map((message) => ({ file: result === hoiNghi ? 'tin-bai/hội nghị, 2024.md' : 'thong-cao.md', message })),
    );
    assert.equal(lines.length, expected.length);
    for (const [index, line] of lines.entries()) {
      const { file, message } = expected[index]!;
      const parsed = parseCommand(line);
      assert.equal(parsed.command, message.severity === 2 ? 'error' : 'warning');
      assert.deepEqual(parsed.properties, {
        file,
        line: String(message.line),
        col: String(message.column),
        endLine: String(message.endLine),
        endColumn: String(message.endColumn),
        title: message.ruleId,
      });
      assert.equal(parsed.message, message.message);
    }
  });

  it('escapes exactly what GitHub requires', () => {
    const dashLine = output.split('\n')[1]!;
    assert.ok(dashLine.startsWith('::warning file=tin-bai/hội nghị%2C 2024.md,line=3,'));
    assert.ok(dashLine.endsWith('::Dùng dấu gạch ngang "–", không dùng "-": đúng 100%25 & <b>chuẩn</b> của Bộ\'s%0Axem Quy định 01/QĐ'));
  });

  it('prints nothing for clean files and keeps <stdin> as the file name', () => {
    assert.equal(format('github', [clean]), '');
    const stdin = lintResult('<stdin>', 'Sáng nay.\n', [{ ruleId: 'title-missing', severity: 2, message: 'Thiếu.', at: 'Sáng' }]);
    assert.equal(format('github', [stdin]), '::error file=<stdin>,line=1,col=1,endLine=1,endColumn=5,title=title-missing::Thiếu.\n');
  });
});

describe('junit formatter', () => {
  const output = format('junit', allResults);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    htmlEntities: true,
    trimValues: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });

  it('is well-formed XML with the expected declaration', () => {
    assert.equal(XMLValidator.validate(output), true);
    assert.ok(output.startsWith('<?xml version="1.0" encoding="utf-8"?>\n'));
  });

  it('counts tests and failures per file and overall', () => {
    const { testsuites } = parser.parse(output);
    assert.equal(testsuites.name, 'govpress');
    assert.equal(testsuites.tests, String(messageCount + 1));
    assert.equal(testsuites.failures, String(messageCount));
    assert.equal(testsuites.errors, '0');
    assert.deepEqual(
      testsuites.testsuite.map((suite: Record<string, unknown>) => [suite.name, suite.tests, suite.failures, suite.errors]),
      [
        ['tin-bai/hội nghị, 2024.md', '2', '2', '0'],
        ['thong-cao.md', '4', '4', '0'],
        ['sach.md', '1', '0', '0'],
      ],
    );
  });

  it('turns each message into a failing test case and a clean file into a passing one', () => {
    const { testsuites } = parser.parse(output);
    const [hoiNghiSuite, , cleanSuite] = testsuites.testsuite;
    const [titleCase, dashCase] = hoiNghiSuite.testcase;
    assert.equal(titleCase.name, 'org.govpress.title-missing');
    assert.equal(titleCase.classname, 'tin-bai/hội nghị, 2024.md');
    assert.equal(titleCase.failure.type, 'error');
    assert.equal(titleCase.failure['#text'], 'tin-bai/hội nghị, 2024.md:1:1 Bài viết thiếu tiêu đề (# H1). (title-missing)');
    assert.equal(dashCase.name, 'org.govpress.dash-style');
    assert.equal(dashCase.failure.type, 'warning');
    // Escaped characters and the line break survive in both the attribute and the body.
    assert.equal(dashCase.failure.message, TRICKY_MESSAGE);
    assert.equal(dashCase.failure['#text'], `tin-bai/hội nghị, 2024.md:3:12 ${TRICKY_MESSAGE} (dash-style)`);
    assert.equal(cleanSuite.testcase.length, 1);
    assert.equal(cleanSuite.testcase[0].failure, undefined);
    assert.equal(cleanSuite.testcase[0].classname, 'sach.md');
  });

  it('drops characters that XML 1.0 cannot carry', () => {
    const strange = lintResult(join(cwd, 'la.md'), 'Sáng nay.\n', [
      { ruleId: 'encoding-legacy', severity: 1, message: 'Ký tự lạ\u0007\u0000 \uD800ở đây \uFFFE😀', at: 'Sáng' },
    ]);
    const text = format('junit', [strange]);
    assert.equal(XMLValidator.validate(text), true);
    const failure = parser.parse(text).testsuites.testsuite[0].testcase[0].failure;
    assert.equal(failure.message, 'Ký tự lạ ở đây 😀');
  });
});

describe('codequality formatter', () => {
  const output = format('codequality', allResults);
  const issues = JSON.parse(output) as Array<{
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number; end: number } };
  }>;

  it('lists one GitLab issue per message with relative paths and line ranges', () => {
    const messages = [hoiNghi, thongCao].flatMap((result) =>
      result.messages.map((message) => ({ path: result === hoiNghi ? 'tin-bai/hội nghị, 2024.md' : 'thong-cao.md', message })),
    );
    assert.equal(issues.length, messages.length);
    for (const [index, issue] of issues.entries()) {
      const { path, message } = messages[index]!;
      assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
      assert.equal(issue.description, message.message);
      assert.equal(issue.check_name, message.ruleId);
      assert.equal(issue.severity, message.severity === 2 ? 'major' : 'minor');
      assert.deepEqual(issue.location, { path, lines: { begin: message.line, end: message.endLine } });
    }
  });

  it('gives unique fingerprints that are stable across runs', () => {
    for (const issue of issues) assert.match(issue.fingerprint, /^[0-9a-f]{32}$/);
    assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length);
    assert.equal(format('codequality', allResults), output);
    // Only what identifies the problem matters, not the other files around it.
    const alone = JSON.parse(format('codequality', [thongCao])) as typeof issues;
    assert.deepEqual(
      alone.map((issue) => issue.fingerprint),
      issues.filter((issue) => issue.location.path === 'thong-cao.md').map((issue) => issue.fingerprint),
    );
  });

  it('tells apart repeated identical problems and changed messages', () => {
    const repeated: LintResult = { ...thongCao, messages: [thongCao.messages[0]!, thongCao.messages[0]!] };
    const [first, second] = JSON.parse(format('codequality', [repeated])) as typeof issues;
    assert.notEqual(first!.fingerprint, second!.fingerprint);
    assert.equal(first!.fingerprint, issues.find((issue) => issue.location.path === 'thong-cao.md')!.fingerprint);

    const reworded: LintResult = { ...thongCao, messages: [{ ...thongCao.messages[0]!, message: 'Khác' }] };
    const [changed] = JSON.parse(format('codequality', [reworded])) as typeof issues;
    assert.notEqual(changed!.fingerprint, first!.fingerprint);
  });

  it('is an empty array when there is no problem', () => {
    assert.deepEqual(JSON.parse(format('codequality', [clean])), []);
  });
});
