/**
 * `.govpressrc.json`: parsing and validation (messages with positions),
 * merging, project settings, the editor schema, glob matching, and
 * discovery through real folders.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv';
import { ConfigFileError, ConfigLoader } from '../../src/cli/config-loader';
import { isIgnored, matchesFiles, rebasePatterns } from '../../src/core/config/match';
import {
  ConfigValidationError,
  configJsonSchema,
  mergeConfigs,
  parseConfig,
  projectSettings,
  type ConfigError,
  type ConfigSchemaInputs,
} from '../../src/core/config/parse';
import type { GovpressConfig } from '../../src/core/config/types';

// Rules and profiles of the tests, independent of the real rule set.
const inputs: ConfigSchemaInputs = {
  ruleDefaults: {
    'title-length': { maxWords: 30, minWords: 5 },
    'lead-length': { maxWords: 60 },
    'abbreviation-undefined': { allow: ['UBND'], ignoreCase: false },
    'title-missing': {},
  },
  profileIds: ['vn-news', 'vn-press-release', 'en-press-release'],
};

const FILE = 'cong-thong-tin/.govpressrc.json';

function parse(text: string) {
  return parseConfig(text, FILE, inputs);
}

/** The errors a config is rejected with. */
function errorsOf(text: string): ConfigError[] {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.errors;
    throw error;
  }
  return assert.fail('the config should have been rejected');
}

/** 1-based `line:column` of the first occurrence of `needle` (after `after`), computed independently of the code under test. */
function positionOf(text: string, needle: string, after = ''): string {
  const offset = text.indexOf(needle, text.indexOf(after) + after.length);
  assert.ok(offset >= 0, `fixture lacks ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** What a test checks of an error: position, key path and English message. */
function brief(error: ConfigError) {
  return { at: `${error.line}:${error.column}`, key: error.key, en: error.message.en };
}

const lines = (...text: string[]): string => text.join('\n');

describe('parseConfig: valid configs', () => {
  it('accepts comments and trailing commas and returns the values', () => {
    const text = lines(
      '// Cấu hình của Cổng thông tin tỉnh',
      '{',
      '  "profile": "vn-press-release", /* văn bản chính thức */',
      '  "rules": {',
      '    "title-length": ["error", { "maxWords": 25, }],',
      '    "title-missing": "off",',
      '    "abbreviation-undefined": ["warn", { "allow": ["UBND", "HĐND"], "ignoreCase": true }],',
      '  },',
      '  "files": ["news/**/*.md"],',
      '  "ignores": ["drafts/"],',
      '  "abbreviations": ["TT&TT"],',
      '  "organizations": [',
      '    { "name": "Sở Thông tin và Truyền thông", "validUntil": "2025-02-28", "successor": "Sở Khoa học và Công nghệ" },',
      '  ],',
      '  "people": [{ "name": "Nguyễn Văn A", "titles": [{ "title": "Giám đốc Sở", "from": "2020-01-01" }] }],',
      '  "toneStyle": "hòa",',
      '  "dateStyle": "/",',
      '}',
    );
    assert.deepEqual(parse(text), {
      profile: 'vn-press-release',
      rules: {
        'title-length': ['error', { maxWords: 25 }],
        'title-missing': 'off',
        'abbreviation-undefined': ['warn', { allow: ['UBND', 'HĐND'], ignoreCase: true }],
      },
      files: ['news/**/*.md'],
      ignores: ['drafts/'],
      abbreviations: ['TT&TT'],
      organizations: [{ name: 'Sở Thông tin và Truyền thông', validUntil: '2025-02-28', successor: 'Sở Khoa học và Công nghệ' }],
      people: [{ name: 'Nguyễn Văn A', titles: [{ title: 'Giám đốc Sở', from: '2020-01-01' }] }],
      toneStyle: 'hòa',
      dateStyle: '/',
    });
  });

  it('keeps root, drops the editor-only $schema, and accepts an empty object', () => {
    assert.deepEqual(parse('{ "$schema": "./schemas/govpressrc.schema.json", "root": true }'), { root: true });
    assert.deepEqual(parse('{}'), {});
  });

  it('ignores a byte order mark without shifting columns', () => {
    const [error] = errorsOf('\uFEFF{ "rule": {} }');
    assert.equal(brief(error!).at, '1:3');
  });

  it('reads a tone style saved in NFD as its NFC form', () => {
    assert.equal(parse(`{ "toneStyle": "${'hoà'.normalize('NFD')}" }`).toneStyle, 'hoà');
  });

  it('accepts 29 February in a leap year only', () => {
    assert.deepEqual(parse('{ "organizations": [{ "name": "Sở A", "validFrom": "2024-02-29" }] }').organizations, [
      { name: 'Sở A', validFrom: '2024-02-29' },
    ]);
    assert.equal(errorsOf('{ "organizations": [{ "name": "Sở A", "validFrom": "2023-02-29" }] }').length, 1);
  });
});

describe('parseConfig: syntax errors', () => {
  it('names a missing comma in both languages at the token after it', () => {
    const text = lines('{', '  "profile": "vn-news"', '  "files": ["news/**/*.md"]', '}');
    assert.throws(
      () => parse(text),
      (error: unknown) => {
        assert.ok(error instanceof ConfigValidationError);
        assert.equal(error.message, `${FILE}:3:3: Missing comma.`);
        assert.deepEqual(error.errors, [{ file: FILE, line: 3, column: 3, message: { vi: 'Thiếu dấu phẩy.', en: 'Missing comma.' } }]);
        return true;
      },
    );
  });

  it('reports an unclosed string once per place, without type errors from the broken tree', () => {
    const text = lines('{', '  "profile": "vn-news,', '  "rules": 5', '}');
    const errors = errorsOf(text).map(brief);
    assert.deepEqual(errors[0], { at: '2:14', key: undefined, en: 'String is not closed with a double quote.' });
    assert.equal(new Set(errors.map((error) => error.at)).size, errors.length);
    assert.ok(errors.every((error) => error.key === undefined));
  });

  it('names a missing closing brace', () => {
    assert.deepEqual(errorsOf(lines('{', '  "profile": "vn-news"', '')).map(brief), [
      { at: '3:1', key: undefined, en: 'Missing closing brace }.' },
    ]);
  });

  it('rejects an empty or comment-only file with a fix', () => {
    for (const text of ['', '  \n', '// chưa cấu hình\n']) {
      assert.deepEqual(errorsOf(text).map(brief), [
        { at: '1:1', key: undefined, en: 'The config file is empty. Write {} for a config with no settings.' },
      ]);
    }
  });

  it('rejects a root that is not an object', () => {
    assert.deepEqual(errorsOf('["vn-news"]').map(brief), [
      { at: '1:1', key: undefined, en: 'The config must be an object { ... }, not an array [ ].' },
    ]);
  });
});

describe('parseConfig: unknown and repeated keys', () => {
  it('suggests the nearest top-level key, in both languages', () => {
    const text = lines('{', '  // lỗi chính tả', '  "rule": {}', '}');
    const [error, ...rest] = errorsOf(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(error, {
      file: FILE,
      line: 3,
      column: 3,
      key: 'rule',
      message: {
        vi: 'Không nhận ra khoá "rule" trong tệp cấu hình. Có phải ý bạn là "rules"?',
        en: 'Unknown key "rule" in the config. Did you mean "rules"?',
      },
    });
  });

  it('counts two letters swapped as one typo: "form" is "from", "porfile" is "profile"', () => {
    const text = lines('{', '  "porfile": "vn-news",', '  "people": [{ "name": "Nguyễn Văn A", "titles": [{ "title": "Giám đốc", "form": "2025-03-01" }] }]', '}');
    const messages = errorsOf(text).map((error) => error.message.en);
    assert.equal(messages.length, 2);
    assert.equal(messages[0], 'Unknown key "porfile" in the config. Did you mean "profile"?');
    assert.match(messages[1]!, /"form".*Did you mean "from"\?/);
  });

  it('lists the known keys when no key is close', () => {
    assert.deepEqual(errorsOf('{ "colour": "blue" }').map(brief), [
      {
        at: '1:3',
        key: 'colour',
        en: 'Unknown key "colour" in the config. Known keys: $schema, root, profile, rules, files, ignores, abbreviations, organizations, people, toneStyle, dateStyle.',
      },
    ]);
  });

  it('suggests the nearest rule id, else points to `govpress rules`', () => {
    const text = lines('{', '  "rules": {', '    "title-lenght": "warn",', '    "passive-voice": "off"', '  }', '}');
    assert.deepEqual(errorsOf(text).map(brief), [
      { at: '3:5', key: 'rules.title-lenght', en: 'Unknown rule "title-lenght" in rules. Did you mean "title-length"?' },
      { at: '4:5', key: 'rules.passive-voice', en: 'Unknown rule "passive-voice" in rules. Run "govpress rules" to list the rule ids.' },
    ]);
  });

  it('suggests the nearest option, or says the rule has none', () => {
    const text = lines('{', '  "rules": {', '    "title-length": ["warn", { "maxWord": 20 }],', '    "title-missing": ["warn", { "strict": true }]', '  }', '}');
    assert.deepEqual(errorsOf(text).map(brief), [
      {
        at: positionOf(text, '"maxWord"'),
        key: 'rules.title-length[1].maxWord',
        en: 'Unknown option "maxWord" in rules.title-length[1]. Did you mean "maxWords"?',
      },
      {
        at: positionOf(text, '"strict"'),
        key: 'rules.title-missing[1].strict',
        en: 'Unknown option "strict" in rules.title-missing[1]. Rule "title-missing" has no options.',
      },
    ]);
  });

  it('reports a repeated key, whose first value JSON would drop', () => {
    const text = lines('{', '  "profile": "vn-news",', '  "profile": "en-press-release"', '}');
    assert.deepEqual(errorsOf(text).map(brief), [
      { at: '3:3', key: 'profile', en: 'Key "profile" appears twice in the config; only the last value would count. Remove one.' },
    ]);
  });
});

describe('parseConfig: values', () => {
  it('checks the profile against the known profiles', () => {
    assert.deepEqual(errorsOf('{ "profile": "vn-new" }').map(brief), [
      {
        at: '1:14',
        key: 'profile',
        en: 'profile must be one of "vn-news", "vn-press-release", "en-press-release", not "vn-new". Did you mean "vn-news"?',
      },
    ]);
  });

  it('checks severities, written alone or first in the array', () => {
    const text = lines('{', '  "rules": {', '    "title-missing": "eror",', '    "lead-length": [2, {}],', '    "title-length": 1', '  }', '}');
    assert.deepEqual(errorsOf(text).map(brief), [
      {
        at: positionOf(text, '"eror"'),
        key: 'rules.title-missing',
        en: 'rules.title-missing must be one of "off", "warn", "error", not "eror". Did you mean "error"?',
      },
      {
        at: positionOf(text, '2, {}'),
        key: 'rules.lead-length[0]',
        en: 'rules.lead-length[0] must be a string (one of "off", "warn", "error"), not a number.',
      },
      {
        at: positionOf(text, '1', '"title-length": '),
        key: 'rules.title-length',
        en: 'rules.title-length must be "off", "warn", "error" or a two-item array [severity, { options }], such as ["warn", {}].',
      },
    ]);
  });

  it('requires exactly [severity, options] and options as an object', () => {
    const text = lines('{', '  "rules": {', '    "title-length": ["warn"],', '    "lead-length": ["warn", 40]', '  }', '}');
    assert.deepEqual(errorsOf(text).map(brief), [
      {
        at: positionOf(text, '["warn"]'),
        key: 'rules.title-length',
        en: 'rules.title-length must be "off", "warn", "error" or a two-item array [severity, { options }], such as ["warn", {}].',
      },
      { at: positionOf(text, '40'), key: 'rules.lead-length[1]', en: 'rules.lead-length[1] must be an object { }, not a number.' },
    ]);
  });

  it('checks each option against the type of its default', () => {
    const text = lines(
      '{',
      '  "rules": {',
      '    "title-length": ["warn", { "maxWords": "12" }],',
      '    "abbreviation-undefined": ["error", { "allow": "UBND", "ignoreCase": "yes" }]',
      '  }',
      '}',
    );
    const errors = errorsOf(text);
    assert.deepEqual(errors.map(brief), [
      {
        at: '3:44',
        key: 'rules.title-length[1].maxWords',
        en: 'rules.title-length[1].maxWords must be a number (default: 30), not a string.',
      },
      {
        at: positionOf(text, '"UBND"'),
        key: 'rules.abbreviation-undefined[1].allow',
        en: 'rules.abbreviation-undefined[1].allow must be an array [ ] (default: ["UBND"]), not a string.',
      },
      {
        at: positionOf(text, '"yes"'),
        key: 'rules.abbreviation-undefined[1].ignoreCase',
        en: 'rules.abbreviation-undefined[1].ignoreCase must be true or false (default: false), not a string.',
      },
    ]);
    assert.equal(errors[0]!.message.vi, 'rules.title-length[1].maxWords phải là số (mặc định: 30), không phải chuỗi.');
  });

  it('requires files and ignores to be lists of non-empty, non-negated patterns', () => {
    const text = lines('{', '  "files": "news/**/*.md",', '  "ignores": ["drafts/", "", "!keep.md", 7]', '}');
    assert.deepEqual(errorsOf(text).map(brief), [
      { at: '2:12', key: 'files', en: 'files must be an array [ ], not a string.' },
      { at: positionOf(text, '""'), key: 'ignores[1]', en: 'ignores[1] must not be empty.' },
      {
        at: positionOf(text, '"!keep.md"'),
        key: 'ignores[2]',
        en: 'ignores[2]: negated patterns starting with "!" are not supported. Remove it and narrow "files" or "ignores" instead.',
      },
      { at: positionOf(text, '7'), key: 'ignores[3]', en: 'ignores[3] must be a string, not a number.' },
    ]);
  });

  it('requires abbreviations to be strings', () => {
    assert.deepEqual(errorsOf('{ "abbreviations": ["UBND", { "HĐND": "Hội đồng nhân dân" }] }').map(brief), [
      { at: '1:29', key: 'abbreviations[1]', en: 'abbreviations[1] must be a string, not an object { }.' },
    ]);
  });

  it('checks organizations: required name, date format, real dates, keys, date order', () => {
    const text = lines(
      '{',
      '  "organizations": [',
      '    { "validFrom": "2025-07-01" },',
      '    { "name": "Sở Thông tin và Truyền thông", "validUntil": "2025-02-30" },',
      '    { "name": "UBND tỉnh", "validFrom": "01/07/2025", "successer": "UBND tỉnh mới" },',
      '    { "name": "Sở Nội vụ", "validFrom": "2025-07-01", "validUntil": "2025-03-01" },',
      '    "Sở Y tế"',
      '  ]',
      '}',
    );
    assert.deepEqual(errorsOf(text).map(brief), [
      { at: '3:5', key: 'organizations[0]', en: 'organizations[0] is missing the required key "name".' },
      {
        at: positionOf(text, '"2025-02-30"'),
        key: 'organizations[1].validUntil',
        en: 'organizations[1].validUntil: "2025-02-30" is not a real calendar date; check the day and the month.',
      },
      {
        at: positionOf(text, '"01/07/2025"'),
        key: 'organizations[2].validFrom',
        en: 'organizations[2].validFrom must be a date written YYYY-MM-DD, such as "2025-07-01", not "01/07/2025".',
      },
      {
        at: positionOf(text, '"successer"'),
        key: 'organizations[2].successer',
        en: 'Unknown key "successer" in organizations[2]. Did you mean "successor"?',
      },
      {
        at: positionOf(text, '"2025-03-01"'),
        key: 'organizations[3].validUntil',
        en: 'organizations[3].validUntil (2025-03-01) is before validFrom (2025-07-01); fix the date or swap the two.',
      },
      { at: '7:5', key: 'organizations[4]', en: 'organizations[4] must be an object { }, not a string.' },
    ]);
  });

  it('checks people and their titles', () => {
    const text = lines(
      '{',
      '  "people": [',
      '    { "name": "Nguyễn Văn A" },',
      '    { "name": "Trần Thị B", "titles": [{ "title": "Phó Giám đốc", "from": "2024-13-01" }, { "from": "2020-01-01" }] },',
      '    { "name": "Lê Văn C", "titles": [{ "title": "Chủ tịch", "from": "2021-06-01", "until": "2021-01-01" }] }',
      '  ]',
      '}',
    );
    assert.deepEqual(errorsOf(text).map(brief), [
      { at: '3:5', key: 'people[0]', en: 'people[0] is missing the required key "titles".' },
      {
        at: positionOf(text, '"2024-13-01"'),
        key: 'people[1].titles[0].from',
        en: 'people[1].titles[0].from: "2024-13-01" is not a real calendar date; check the day and the month.',
      },
      {
        at: positionOf(text, '{ "from"'),
        key: 'people[1].titles[1]',
        en: 'people[1].titles[1] is missing the required key "title".',
      },
      {
        at: positionOf(text, '"2021-01-01"'),
        key: 'people[2].titles[0].until',
        en: 'people[2].titles[0].until (2021-01-01) is before from (2021-06-01); fix the date or swap the two.',
      },
    ]);
  });

  it('checks toneStyle and dateStyle against their choices', () => {
    const text = lines('{', '  "toneStyle": "hoa",', '  "dateStyle": "slash"', '}');
    assert.deepEqual(errorsOf(text).map(brief), [
      { at: '2:16', key: 'toneStyle', en: 'toneStyle must be one of "consistent", "hoà", "hòa", not "hoa". Did you mean "hoà"?' },
      { at: '3:16', key: 'dateStyle', en: 'dateStyle must be one of "consistent", "/", "-", ".", not "slash".' },
    ]);
  });

  it('collects every problem in document order, and the error message shows the first', () => {
    const text = lines('{', '  "toneStyle": 1,', '  "profile": "ap",', '  "root": "yes"', '}');
    assert.throws(
      () => parse(text),
      (error: unknown) => {
        assert.ok(error instanceof ConfigValidationError);
        assert.deepEqual(error.errors.map((problem) => `${problem.line}:${problem.column} ${problem.key}`), ['2:16 toneStyle', '3:14 profile', '4:11 root']);
        assert.equal(error.message, `${FILE}:2:16: toneStyle must be a string (one of "consistent", "hoà", "hòa"), not a number.`);
        return true;
      },
    );
  });
});

describe('mergeConfigs', () => {
  it('lets later configs win per key and replaces files and ignores', () => {
    const outer: GovpressConfig = { profile: 'vn-news', toneStyle: 'hoà', files: ['**/*.md'], ignores: ['drafts/'] };
    const inner: GovpressConfig = { profile: 'vn-press-release', files: ['thong-cao/*.md'] };
    assert.deepEqual(mergeConfigs([outer, inner]), {
      profile: 'vn-press-release',
      toneStyle: 'hoà',
      files: ['thong-cao/*.md'],
      ignores: ['drafts/'],
    });
  });

  it('merges rules per id: a bare severity keeps outer options, inner options override per option', () => {
    const outer: GovpressConfig = {
      rules: { 'title-length': ['warn', { maxWords: 25, minWords: 4 }], 'lead-length': ['warn', { maxWords: 50 }], 'title-missing': 'error' },
    };
    const inner: GovpressConfig = { rules: { 'title-length': ['error', { maxWords: 20 }], 'lead-length': 'off', 'date-missing': 'warn' } };
    assert.deepEqual(mergeConfigs([outer, inner]).rules, {
      'title-length': ['error', { maxWords: 20, minWords: 4 }],
      'lead-length': ['off', { maxWords: 50 }],
      'title-missing': 'error',
      'date-missing': 'warn',
    });
  });

  it('concatenates lists, an inner entry replacing an outer one of the same name', () => {
    const outer: GovpressConfig = {
      abbreviations: ['UBND', 'HĐND'],
      organizations: [{ name: 'Sở Thông tin và Truyền thông' }, { name: 'Sở Nội vụ' }],
      people: [{ name: 'Nguyễn Văn A', titles: [{ title: 'Giám đốc Sở' }] }],
    };
    const inner: GovpressConfig = {
      abbreviations: ['UBND', 'MTTQ'],
      organizations: [{ name: 'Sở Thông tin và Truyền thông', validUntil: '2025-02-28' }],
      people: [{ name: 'Trần Thị B', titles: [] }],
    };
    assert.deepEqual(mergeConfigs([outer, inner]), {
      abbreviations: ['UBND', 'HĐND', 'MTTQ'],
      organizations: [{ name: 'Sở Thông tin và Truyền thông', validUntil: '2025-02-28' }, { name: 'Sở Nội vụ' }],
      people: [{ name: 'Nguyễn Văn A', titles: [{ title: 'Giám đốc Sở' }] }, { name: 'Trần Thị B', titles: [] }],
    });
  });

  it('returns {} for no configs, an equal config for one, and drops root', () => {
    const config: GovpressConfig = { profile: 'vn-news', rules: { 'title-missing': 'off' }, abbreviations: ['UBND'] };
    assert.deepEqual(mergeConfigs([]), {});
    assert.deepEqual(mergeConfigs([config]), config);
    assert.deepEqual(mergeConfigs([parse('{ "root": true, "profile": "vn-news" }')]), { profile: 'vn-news' });
  });
});

describe('projectSettings', () => {
  it('fills in defaults and keeps what the config sets', () => {
    assert.deepEqual(projectSettings({}), { organizations: [], abbreviations: [], people: [], toneStyle: 'consistent', dateStyle: 'consistent' });
    assert.deepEqual(projectSettings({ abbreviations: ['UBND'], dateStyle: '-' }), {
      organizations: [],
      abbreviations: ['UBND'],
      people: [],
      toneStyle: 'consistent',
      dateStyle: '-',
    });
  });
});

describe('configJsonSchema', () => {
  const schema = configJsonSchema({ ...inputs, ruleSummaries: { 'title-length': 'Headline length in words.' } });
  const validate = new Ajv({ strict: true }).compile(schema);

  it('enumerates rule ids with option properties typed from the defaults', () => {
    const rules = (schema as { properties: { rules: { properties: Record<string, { description?: string; oneOf: object[] }> } } }).properties.rules;
    assert.deepEqual(Object.keys(rules.properties), Object.keys(inputs.ruleDefaults));
    assert.equal(rules.properties['title-length']!.description, 'Headline length in words.');
    assert.deepEqual(rules.properties['abbreviation-undefined']!.oneOf[1], {
      type: 'array',
      items: [
        { $ref: '#/definitions/severity' },
        {
          type: 'object',
          properties: { allow: { type: 'array', default: ['UBND'] }, ignoreCase: { type: 'boolean', default: false } },
          additionalProperties: false,
        },
      ],
      minItems: 2,
      maxItems: 2,
      additionalItems: false,
    });
  });

  it('accepts what parseConfig accepts', () => {
    for (const config of [
      {},
      { $schema: './schemas/govpressrc.schema.json', root: true, profile: 'en-press-release', toneStyle: 'hoà', dateStyle: '.' },
      { rules: { 'title-length': ['warn', { maxWords: 20 }], 'title-missing': 'off', 'lead-length': ['error', {}] } },
      { files: ['news/**/*.md'], ignores: ['drafts/'], abbreviations: ['UBND'] },
      { organizations: [{ name: 'Sở A', validFrom: '2024-01-01' }], people: [{ name: 'B', titles: [{ title: 'Giám đốc', until: '2025-01-01' }] }] },
    ]) {
      parse(JSON.stringify(config));
      assert.ok(validate(config), JSON.stringify(validate.errors));
    }
  });

  it('rejects what parseConfig rejects', () => {
    for (const config of [
      { rule: {} },
      { profile: 'vn-new' },
      { rules: { 'title-lenght': 'warn' } },
      { rules: { 'title-length': 'warning' } },
      { rules: { 'title-length': ['warn', { maxWords: '12' }] } },
      { rules: { 'title-missing': ['warn', { strict: true }] } },
      { rules: { 'title-length': ['warn'] } },
      { ignores: ['', 'x'] },
      { ignores: ['!keep.md'] },
      { organizations: [{ validFrom: '2024-01-01' }] },
      { organizations: [{ name: 'Sở A', validFrom: '01/01/2024' }] },
      { people: [{ name: 'B' }] },
      { toneStyle: 'hoa' },
    ]) {
      assert.ok(errorsOf(JSON.stringify(config)).length > 0);
      assert.equal(validate(config), false, JSON.stringify(config));
    }
  });
});

describe('matchesFiles and isIgnored', () => {
  it('matches news/**/*.md under news only, at any depth below it', () => {
    const config = { files: ['news/**/*.md'] };
    assert.equal(matchesFiles('news/2025/04/khai-mac.md', config), true);
    assert.equal(matchesFiles('news/khai-mac.md', config), true);
    assert.equal(matchesFiles('archive/news/khai-mac.md', config), false);
    assert.equal(matchesFiles('news/khai-mac.txt', config), false);
    assert.equal(matchesFiles('./news/khai-mac.md', config), true);
  });

  it('ignores every drafts folder for "drafts/", but not a file named drafts', () => {
    const config = { files: ['**/*.md'], ignores: ['drafts/'] };
    assert.equal(isIgnored('drafts/a.md', config), true);
    assert.equal(isIgnored('news/drafts/2025/a.md', config), true);
    assert.equal(isIgnored('drafts', config), false);
    assert.equal(isIgnored('news/drafts-old/a.md', config), false);
    assert.equal(matchesFiles('news/drafts/a.md', config), false);
    assert.equal(matchesFiles('news/a.md', config), true);
  });

  it('matches a pattern without a slash at any depth, dot files included', () => {
    const config = { files: ['*.md'], ignores: ['*.draft.md'] };
    assert.equal(isIgnored('khai-mac.draft.md', config), true);
    assert.equal(isIgnored('news/2025/khai-mac.draft.md', config), true);
    assert.equal(matchesFiles('news/2025/khai-mac.md', config), true);
    assert.equal(matchesFiles('.github/ghi-chu.md', config), true);
    assert.equal(matchesFiles('news/2025/khai-mac.draft.md', config), false);
  });

  it('anchors a pattern with a leading slash to the config folder', () => {
    const config = { files: ['**/*.md'], ignores: ['/README.md'] };
    assert.equal(isIgnored('README.md', config), true);
    assert.equal(isIgnored('docs/README.md', config), false);
  });

  it('matches nothing without files, and nothing outside the config folder', () => {
    assert.equal(matchesFiles('news/a.md', {}), false);
    assert.equal(matchesFiles('news/a.md', { files: [] }), false);
    assert.equal(matchesFiles('../other/a.md', { files: ['**/*.md'] }), false);
    assert.equal(isIgnored('../drafts/a.md', { ignores: ['drafts/'] }), false);
    assert.equal(isIgnored('news/a.md', {}), false);
  });

  it('rebases inner patterns onto an outer folder without changing what they match', () => {
    const rebased = rebasePatterns(['*.draft.md', 'drafts/', '/README.md', 'ban-tin/*.md'], 'Tin tức (2025)/so-tttt');
    assert.deepEqual(rebased, [
      'Tin tức \\(2025\\)/so-tttt/**/*.draft.md',
      'Tin tức \\(2025\\)/so-tttt/**/drafts/',
      'Tin tức \\(2025\\)/so-tttt/README.md',
      'Tin tức \\(2025\\)/so-tttt/ban-tin/*.md',
    ]);
    const config = { ignores: rebased };
    assert.equal(isIgnored('Tin tức (2025)/so-tttt/a/b.draft.md', config), true);
    assert.equal(isIgnored('Tin tức (2025)/so-tttt/drafts/a.md', config), true);
    assert.equal(isIgnored('Tin tức (2025)/so-tttt/README.md', config), true);
    assert.equal(isIgnored('Tin tức (2025)/so-tttt/x/README.md', config), false);
    assert.equal(isIgnored('Tin tức (2025)/so-tttt/ban-tin/a.md', config), true);
    assert.equal(isIgnored('Tin tức (2025)/khac/a.draft.md', config), false);
    assert.deepEqual(rebasePatterns(['drafts/'], ''), ['drafts/']);
  });
});

describe('ConfigLoader', () => {
  const temporaryFolders: string[] = [];
  after(() => {
    for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
  });

  /** A fresh temporary folder holding `files` (path → content); returns its real path. */
  function tree(files: Record<string, string>): string {
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'govpress-config-')));
    temporaryFolders.push(folder);
    for (const [relativePath, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, relativePath)), { recursive: true });
      fs.writeFileSync(path.join(folder, relativePath), content);
    }
    return folder;
  }

  it('merges every config found upward, outermost first, with patterns relative to the outermost folder', () => {
    const folder = tree({
      '.govpressrc.json': '{ "profile": "vn-news", "files": ["**/*.md"], "abbreviations": ["UBND"] }',
      'so-tttt/.govpressrc.json': '// đơn vị\n{ "profile": "vn-press-release", "ignores": ["drafts/"], "abbreviations": ["TT&TT"] }',
      'so-tttt/thong-cao/2025/drafts/a.md': '',
    });
    const loaded = new ConfigLoader(inputs).forFile(path.join(folder, 'so-tttt/thong-cao/2025/drafts/a.md'));
    assert.deepEqual(loaded, {
      config: { profile: 'vn-press-release', files: ['**/*.md'], ignores: ['so-tttt/**/drafts/'], abbreviations: ['UBND', 'TT&TT'] },
      files: [path.join(folder, '.govpressrc.json'), path.join(folder, 'so-tttt/.govpressrc.json')],
      directory: folder,
    });
    assert.equal(isIgnored('so-tttt/thong-cao/2025/drafts/a.md', loaded.config), true);
    assert.equal(isIgnored('drafts/a.md', loaded.config), false);
  });

  it('stops at a config with "root": true', () => {
    const folder = tree({
      '.govpressrc.json': '{ "profile": "en-press-release", "abbreviations": ["AP"] }',
      'portal/.govpressrc.json': '{ "root": true, "abbreviations": ["UBND"] }',
    });
    const loaded = new ConfigLoader(inputs).forFile(path.join(folder, 'portal/news/a.md'));
    assert.deepEqual(loaded, {
      config: { abbreviations: ['UBND'] },
      files: [path.join(folder, 'portal/.govpressrc.json')],
      directory: path.join(folder, 'portal'),
    });
  });

  it('returns {} silently when no config exists up to the filesystem root', () => {
    const folder = tree({ 'news/a.md': '' });
    const stray = [folder, ...ancestorsOf(folder)].map((dir) => path.join(dir, '.govpressrc.json')).filter((file) => fs.existsSync(file));
    assert.deepEqual(stray, [], 'this test needs no .govpressrc.json above the temporary folder');
    assert.deepEqual(new ConfigLoader(inputs).forFile(path.join(folder, 'news/a.md')), { config: {}, files: [] });
  });

  it('reads each folder once: later calls use the cache', () => {
    const folder = tree({ '.govpressrc.json': '{ "profile": "vn-news" }' });
    const loader = new ConfigLoader(inputs);
    const first = loader.forFile(path.join(folder, 'news/a.md'));
    fs.writeFileSync(path.join(folder, '.govpressrc.json'), '{ "profile": "en-press-release" }');
    assert.equal(loader.forFile(path.join(folder, 'news/b.md')), first);
    assert.equal(loader.forFile(path.join(folder, 'c.md')).config.profile, 'vn-news');
  });

  it('uses only the --config file, for every document', () => {
    const folder = tree({
      '.govpressrc.json': '{ "profile": "vn-news" }',
      'ci/strict.json': '{ "rules": { "title-missing": "error" } }',
    });
    const loader = new ConfigLoader(inputs, { explicitPath: path.join(folder, 'ci/strict.json') });
    const expected = { config: { rules: { 'title-missing': 'error' } }, files: [path.join(folder, 'ci/strict.json')], directory: path.join(folder, 'ci') };
    assert.deepEqual(loader.forFile(path.join(folder, 'news/a.md')), expected);
    assert.deepEqual(loader.forFile('/elsewhere/b.md'), expected);
  });

  it('fails at once, naming the file, when the --config file is missing', () => {
    const missing = path.join(tree({}), 'missing.json');
    assert.throws(
      () => new ConfigLoader(inputs, { explicitPath: missing }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigFileError);
        assert.equal(error.file, missing);
        assert.equal(error.message, `${missing}: Config file not found.`);
        assert.equal(error.reason.vi, 'Không tìm thấy tệp cấu hình.');
        return true;
      },
    );
  });

  it('rejects a .govpressrc.json that is a folder', () => {
    const folder = tree({ '.govpressrc.json/keep': '' });
    assert.throws(
      () => new ConfigLoader(inputs).forFile(path.join(folder, 'a.md')),
      (error: unknown) =>
        error instanceof ConfigFileError &&
        error.message === `${path.join(folder, '.govpressrc.json')}: This is a folder, not a config file. Rename the folder or make it a JSON file.`,
    );
  });

  it('rejects an empty config file and an invalid one above, naming the file with line and column', () => {
    const empty = tree({ '.govpressrc.json': '' });
    assert.throws(
      () => new ConfigLoader(inputs).forFile(path.join(empty, 'a.md')),
      (error: unknown) =>
        error instanceof ConfigValidationError &&
        error.message === `${path.join(empty, '.govpressrc.json')}:1:1: The config file is empty. Write {} for a config with no settings.`,
    );
    const invalid = tree({ '.govpressrc.json': '{\n  "rule": {}\n}', 'news/.govpressrc.json': '{}' });
    assert.throws(
      () => new ConfigLoader(inputs).forFile(path.join(invalid, 'news/a.md')),
      (error: unknown) =>
        error instanceof ConfigValidationError &&
        error.message === `${path.join(invalid, '.govpressrc.json')}:2:3: Unknown key "rule" in the config. Did you mean "rules"?`,
    );
  });

  it('names a config file that cannot be read', () => {
    const folder = tree({});
    const configPath = path.join(folder, '.govpressrc.json');
    // A symbolic link to itself fails even for root, unlike file permissions.
    fs.symlinkSync(configPath, configPath);
    assert.throws(
      () => new ConfigLoader(inputs).forFile(path.join(folder, 'a.md')),
      (error: unknown) => error instanceof ConfigFileError && error.file === configPath && error.message.startsWith(`${configPath}: Cannot read the config file: ELOOP`),
    );
  });

  it('names a config file without read permission', { skip: process.getuid?.() === 0 && 'root reads any file' }, () => {
    const folder = tree({ '.govpressrc.json': '{}' });
    const configPath = path.join(folder, '.govpressrc.json');
    fs.chmodSync(configPath, 0o000);
    assert.throws(
      () => new ConfigLoader(inputs).forFile(path.join(folder, 'a.md')),
      (error: unknown) => error instanceof ConfigFileError && error.file === configPath && error.message.startsWith(`${configPath}: Cannot read the config file: `),
    );
  });
});

function ancestorsOf(folder: string): string[] {
  const parent = path.dirname(folder);
  return parent === folder ? [] : [parent, ...ancestorsOf(parent)];
}
