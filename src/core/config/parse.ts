/**
 * `.govpressrc.json`: parsing, validation, merging and the JSON Schema for
 * editors. Pure: no file system, so it also runs in a web worker.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { RuleSetting } from '../profiles/types';
import { LineIndex } from '../text/line-index';
import { nearest } from '../text/nearest';
import { readIsoDate } from '../calendar';
import type { Localized, SeveritySetting } from '../types';
import type { GovpressConfig, OrganizationEntry, PersonEntry, ProjectSettings } from './types';

/** One problem in a config file, at the offending key or value (1-based line and column). */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  /** Path of the offending key or value, such as `rules.title-length[1].maxWords`; absent for syntax errors. */
  key?: string;
  message: Localized;
}

/** Every problem found in one config file. */
export class ConfigValidationError extends Error {
  constructor(readonly errors: ConfigError[]) {
    const first = errors[0];
    super(first ? `${first.file}:${first.line}:${first.column}: ${first.message.en}` : 'Invalid config');
    this.name = 'ConfigValidationError';
  }
}

/** What validation needs to know about the rules and profiles that exist. */
export interface ConfigSchemaInputs {
  /** Default options of each rule, by rule id; option types are checked against them. */
  ruleDefaults: Record<string, object>;
  profileIds: readonly string[];
}

/**
 * A config file as written. `root: true` stops the upward search for
 * further configs (like ESLint's eslintrc); it is about discovery, not a
 * setting, so merging drops it.
 */
export interface ConfigFileContents extends GovpressConfig {
  root?: boolean;
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'warn', 'error'];
const TONE_STYLES: readonly NonNullable<GovpressConfig['toneStyle']>[] = ['consistent', 'hoà', 'hòa'];
const DATE_STYLES: readonly NonNullable<GovpressConfig['dateStyle']>[] = ['consistent', '/', '-', '.'];

const JSONC_OPTIONS = { allowTrailingComma: true, disallowComments: false } as const;

/** Parses and validates `.govpressrc.json` text (JSON with comments and trailing commas). Throws ConfigValidationError with every problem found, each with the line/column of the offending key or value. */
export function parseConfig(text: string, file: string, inputs: ConfigSchemaInputs): ConfigFileContents {
  // Editors on Windows save a byte order mark; it is not part of the JSON and no editor counts it as a column.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const errorAt = (offset: number, message: Localized, key?: string): ConfigError => ({
    file,
    ...lines.position(offset),
    ...(key === undefined ? {} : { key }),
    message,
  });

  const parseErrors: ParseError[] = [];
  const root = parseTree(source, parseErrors, JSONC_OPTIONS);
  if (root === undefined && isNothingButBlank(source, parseErrors)) {
    throw new ConfigValidationError([errorAt(0, EMPTY_FILE_MESSAGE)]);
  }
  // A broken tree would produce misleading type errors, so syntax errors are reported alone.
  if (root === undefined || parseErrors.length > 0) {
    throw new ConfigValidationError(
      firstErrorPerOffset(parseErrors).map((error) => errorAt(error.offset, SYNTAX_MESSAGES[printParseErrorCode(error.error)])),
    );
  }

  const errors: ConfigError[] = [];
  new ConfigChecker(inputs, (node, message, key) => errors.push(errorAt(node.offset, message, key))).checkRoot(root);
  if (errors.length > 0) throw new ConfigValidationError(errors.sort((a, b) => a.line - b.line || a.column - b.column));

  const { $schema: _editorOnly, ...config } = valueOf(root) as ConfigFileContents & { $schema?: string };
  // Compare and store tone styles in NFC so a file saved in NFD still means the same style.
  if (config.toneStyle !== undefined) config.toneStyle = config.toneStyle.normalize('NFC') as ConfigFileContents['toneStyle'];
  return config;
}

/** True when the text holds no JSON value at all (empty, blank or only comments). */
function isNothingButBlank(source: string, parseErrors: readonly ParseError[]): boolean {
  const [only, ...rest] = parseErrors;
  return rest.length === 0 && only !== undefined && printParseErrorCode(only.error) === 'ValueExpected' && only.offset === source.length;
}

/** The parser re-reports one mistake several times at the same place; keep the first report of each place. */
function firstErrorPerOffset(parseErrors: readonly ParseError[]): ParseError[] {
  const seen = new Set<number>();
  return parseErrors.filter((error) => !seen.has(error.offset) && seen.add(error.offset));
}

/** The plain value of a validated tree (plain objects, so `__proto__` keys cannot reach a prototype). */
function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(propertiesOf(node).map(({ key, value }) => [key, valueOf(value)]));
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

interface Property {
  key: string;
  keyNode: Node;
  value: Node;
}

/** Properties of an object node; only called on trees without syntax errors, where every property has a key and a value. */
function propertiesOf(object: Node): Property[] {
  return (object.children ?? []).map((property) => {
    const [keyNode, value] = property.children as [Node, Node];
    return { key: keyNode.value as string, keyNode, value };
  });
}

const EMPTY_FILE_MESSAGE: Localized = {
  vi: 'Tệp cấu hình trống. Hãy viết {} nếu chưa cần thiết lập gì.',
  en: 'The config file is empty. Write {} for a config with no settings.',
};

const SYNTAX_MESSAGES: Record<ReturnType<typeof printParseErrorCode>, Localized> = {
  InvalidSymbol: { vi: 'Ký tự không hợp lệ trong JSON.', en: 'Invalid symbol in JSON.' },
  InvalidNumberFormat: { vi: 'Số viết sai định dạng.', en: 'Badly formatted number.' },
  PropertyNameExpected: {
    vi: 'Thiếu tên khoá; tên khoá phải nằm trong dấu ngoặc kép.',
    en: 'Missing property name; names must be in double quotes.',
  },
  ValueExpected: { vi: 'Thiếu giá trị.', en: 'Missing value.' },
  ColonExpected: { vi: 'Thiếu dấu hai chấm sau tên khoá.', en: 'Missing colon after the property name.' },
  CommaExpected: { vi: 'Thiếu dấu phẩy.', en: 'Missing comma.' },
  CloseBraceExpected: { vi: 'Thiếu dấu đóng ngoặc nhọn }.', en: 'Missing closing brace }.' },
  CloseBracketExpected: { vi: 'Thiếu dấu đóng ngoặc vuông ].', en: 'Missing closing bracket ].' },
  EndOfFileExpected: {
    vi: 'Có nội dung thừa sau khi đối tượng JSON đã kết thúc.',
    en: 'Unexpected content after the end of the JSON value.',
  },
  InvalidCommentToken: { vi: 'Chú thích không hợp lệ.', en: 'Invalid comment.' },
  UnexpectedEndOfComment: { vi: 'Chú thích /* chưa được đóng bằng */.', en: 'Comment /* is not closed with */.' },
  UnexpectedEndOfString: {
    vi: 'Chuỗi chưa được đóng bằng dấu ngoặc kép.',
    en: 'String is not closed with a double quote.',
  },
  UnexpectedEndOfNumber: { vi: 'Số bị cắt cụt.', en: 'Number ends unexpectedly.' },
  InvalidUnicode: { vi: 'Mã \\u không hợp lệ.', en: 'Invalid \\u escape.' },
  InvalidEscapeCharacter: { vi: 'Ký tự thoát sau \\ không hợp lệ.', en: 'Invalid escape character after \\.' },
  InvalidCharacter: {
    vi: 'Ký tự không được phép trong chuỗi (như xuống dòng hay tab); hãy viết \\n hoặc \\t.',
    en: 'Character not allowed in a string (such as a line break or tab); write \\n or \\t.',
  },
  '<unknown ParseErrorCode>': { vi: 'Lỗi cú pháp JSON.', en: 'JSON syntax error.' },
};

type ValueKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** Kind of a JavaScript value, in JSON terms; rule option types are the kinds of their defaults. */
function kindOfValue(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  return kind === 'string' || kind === 'number' || kind === 'boolean' ? kind : 'object';
}

/** Value nodes' types are JSON kinds (only property nodes are not, and they are never checked). */
function kindOfNode(node: Node): ValueKind {
  return node.type as ValueKind;
}

const KIND_NAMES: Record<ValueKind, Localized> = {
  string: { vi: 'chuỗi', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'mảng [ ]', en: 'an array [ ]' },
  object: { vi: 'đối tượng { }', en: 'an object { }' },
  null: { vi: 'null', en: 'null' },
};

const NOUNS = {
  key: { vi: 'khoá', en: 'key' },
  rule: { vi: 'quy tắc', en: 'rule' },
  option: { vi: 'tuỳ chọn', en: 'option' },
} satisfies Record<string, Localized>;

const quoted = (values: readonly string[]): string => values.map((value) => JSON.stringify(value)).join(', ');

/** Where a key path is, in words: the whole file for the root. */
function where(path: string): Localized {
  return path === '' ? { vi: 'trong tệp cấu hình', en: 'in the config' } : { vi: `trong ${path}`, en: `in ${path}` };
}

function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function didYouMean(suggestion: string | undefined): Localized {
  return suggestion === undefined
    ? { vi: '', en: '' }
    : { vi: ` Có phải ý bạn là "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` };
}

/** Reports a problem at a node; `key` is the node's path, absent for the root. */
type Report = (node: Node, message: Localized, key?: string) => void;

interface FieldSpec {
  required?: boolean;
  check(value: Node, path: string): void;
}

/** Hand-written validation over the syntax tree, so that every error carries its node's position. */
class ConfigChecker {
  /** Checks of each top-level key; its keys are the known top-level keys. */
  private readonly topLevel: Record<string, (value: Node, path: string) => void> = {
    $schema: (value, path) => this.expectKind(value, path, 'string'),
    root: (value, path) => this.expectKind(value, path, 'boolean'),
    profile: (value, path) => this.expectOneOf(value, path, this.inputs.profileIds),
    rules: (value, path) => this.checkRules(value, path),
    files: (value, path) => this.checkPatterns(value, path),
    ignores: (value, path) => this.checkPatterns(value, path),
    abbreviations: (value, path) => this.eachItem(value, path, (item, itemPath) => this.expectNonEmptyString(item, itemPath)),
    organizations: (value, path) => this.eachItem(value, path, (item, itemPath) => this.checkOrganization(item, itemPath)),
    people: (value, path) => this.eachItem(value, path, (item, itemPath) => this.checkPerson(item, itemPath)),
    toneStyle: (value, path) => this.expectOneOf(value, path, TONE_STYLES),
    dateStyle: (value, path) => this.expectOneOf(value, path, DATE_STYLES),
  };

  constructor(
    private readonly inputs: ConfigSchemaInputs,
    private readonly report: Report,
  ) {}

  checkRoot(root: Node): void {
    if (root.type !== 'object') {
      this.report(root, {
        vi: `Tệp cấu hình phải là một đối tượng { ... }, không phải ${KIND_NAMES[kindOfNode(root)].vi}.`,
        en: `The config must be an object { ... }, not ${KIND_NAMES[kindOfNode(root)].en}.`,
      });
      return;
    }
    const knownKeys = Object.keys(this.topLevel);
    const listKnown: Localized = { vi: ` Các khoá hợp lệ: ${knownKeys.join(', ')}.`, en: ` Known keys: ${knownKeys.join(', ')}.` };
    for (const { key, value } of this.knownProperties(root, '', NOUNS.key, knownKeys, () => listKnown)) {
      this.topLevel[key]!(value, key);
    }
  }

  private checkRules(node: Node, path: string): void {
    if (!this.expectKind(node, path, 'object')) return;
    const listCommand: Localized = {
      vi: ' Chạy "govpress rules" để xem danh sách mã quy tắc.',
      en: ' Run "govpress rules" to list the rule ids.',
    };
    const ruleIds = Object.keys(this.inputs.ruleDefaults);
    for (const { key: ruleId, value } of this.knownProperties(node, path, NOUNS.rule, ruleIds, () => listCommand)) {
      this.checkRuleSetting(ruleId, value, childPath(path, ruleId));
    }
  }

  private checkRuleSetting(ruleId: string, node: Node, path: string): void {
    if (node.type === 'string') {
      this.expectOneOf(node, path, SEVERITIES);
      return;
    }
    const items = node.children ?? [];
    if (node.type !== 'array' || items.length !== 2) {
      this.report(node, {
        vi: `${path} phải là "off", "warn", "error" hoặc mảng hai phần tử [mức độ, { tuỳ chọn }], ví dụ ["warn", {}].`,
        en: `${path} must be "off", "warn", "error" or a two-item array [severity, { options }], such as ["warn", {}].`,
      }, path);
      return;
    }
    const [severity, options] = items as [Node, Node];
    this.expectOneOf(severity, `${path}[0]`, SEVERITIES);
    this.checkRuleOptions(ruleId, options, `${path}[1]`);
  }

  private checkRuleOptions(ruleId: string, node: Node, path: string): void {
    if (!this.expectKind(node, path, 'object')) return;
    const defaults = new Map<string, unknown>(Object.entries(this.inputs.ruleDefaults[ruleId] ?? {}));
    const optionNames = [...defaults.keys()];
    const listOptions: Localized =
      optionNames.length === 0
        ? { vi: ` Quy tắc "${ruleId}" không có tuỳ chọn nào.`, en: ` Rule "${ruleId}" has no options.` }
        : { vi: ` Các tuỳ chọn của "${ruleId}": ${optionNames.join(', ')}.`, en: ` Options of "${ruleId}": ${optionNames.join(', ')}.` };
    for (const { key, value } of this.knownProperties(node, path, NOUNS.option, optionNames, () => listOptions)) {
      const defaultValue = defaults.get(key);
      const shown = JSON.stringify(defaultValue);
      this.expectKind(value, childPath(path, key), kindOfValue(defaultValue), {
        vi: ` (mặc định: ${shown})`,
        en: ` (default: ${shown})`,
      });
    }
  }

  private checkPatterns(node: Node, path: string): void {
    this.eachItem(node, path, (item, itemPath) => {
      if (!this.expectNonEmptyString(item, itemPath)) return;
      // picomatch would read "!x" as "everything but x", the opposite of what a .gitignore reader expects.
      if ((item.value as string).startsWith('!')) {
        this.report(item, {
          vi: `${itemPath}: chưa hỗ trợ mẫu phủ định bắt đầu bằng "!". Hãy bỏ mẫu này và thu hẹp "files" hoặc "ignores".`,
          en: `${itemPath}: negated patterns starting with "!" are not supported. Remove it and narrow "files" or "ignores" instead.`,
        }, itemPath);
      }
    });
  }

  private checkOrganization(node: Node, path: string): void {
    const fields = this.checkRecord(node, path, {
      name: { required: true, check: (value, valuePath) => this.expectNonEmptyString(value, valuePath) },
      validFrom: { check: (value, valuePath) => this.expectDate(value, valuePath) },
      validUntil: { check: (value, valuePath) => this.expectDate(value, valuePath) },
      successor: { check: (value, valuePath) => this.expectNonEmptyString(value, valuePath) },
    });
    if (fields) this.expectDateOrder(fields, path, 'validFrom', 'validUntil');
  }

  private checkPerson(node: Node, path: string): void {
    this.checkRecord(node, path, {
      name: { required: true, check: (value, valuePath) => this.expectNonEmptyString(value, valuePath) },
      titles: {
        required: true,
        check: (value, valuePath) => this.eachItem(value, valuePath, (title, titlePath) => this.checkTitle(title, titlePath)),
      },
    });
  }

  private checkTitle(node: Node, path: string): void {
    const fields = this.checkRecord(node, path, {
      title: { required: true, check: (value, valuePath) => this.expectNonEmptyString(value, valuePath) },
      from: { check: (value, valuePath) => this.expectDate(value, valuePath) },
      until: { check: (value, valuePath) => this.expectDate(value, valuePath) },
    });
    if (fields) this.expectDateOrder(fields, path, 'from', 'until');
  }

  /** Checks an object with a fixed set of fields; returns its field values for cross-field checks. */
  private checkRecord(node: Node, path: string, fields: Record<string, FieldSpec>): Map<string, Node> | undefined {
    if (!this.expectKind(node, path, 'object')) return undefined;
    const names = Object.keys(fields);
    const listFields: Localized = { vi: ` Các khoá hợp lệ: ${names.join(', ')}.`, en: ` Known keys: ${names.join(', ')}.` };
    const values = new Map<string, Node>();
    for (const { key, value } of this.knownProperties(node, path, NOUNS.key, names, () => listFields)) {
      values.set(key, value);
      fields[key]!.check(value, childPath(path, key));
    }
    for (const [name, spec] of Object.entries(fields)) {
      if (spec.required && !values.has(name)) {
        this.report(node, { vi: `${path} thiếu khoá bắt buộc "${name}".`, en: `${path} is missing the required key "${name}".` }, path);
      }
    }
    return values;
  }

  /**
   * Properties with known keys, reporting unknown keys (with the nearest
   * known key, else `otherwise`) and repeated keys, whose earlier values
   * JSON would silently drop.
   */
  private knownProperties(object: Node, path: string, noun: Localized, known: readonly string[], otherwise: () => Localized): Property[] {
    const seen = new Set<string>();
    return propertiesOf(object).filter(({ key, keyNode }) => {
      const keyPath = childPath(path, key);
      if (seen.has(key)) {
        this.report(keyNode, {
          vi: `Khoá "${key}" xuất hiện hai lần ${where(path).vi}; chỉ giá trị sau cùng có hiệu lực. Hãy xoá một lần.`,
          en: `Key "${key}" appears twice ${where(path).en}; only the last value would count. Remove one.`,
        }, keyPath);
        return false;
      }
      seen.add(key);
      if (known.includes(key)) return true;
      const suggestion = nearest(key, known);
      const hint = suggestion === undefined ? otherwise() : didYouMean(suggestion);
      this.report(keyNode, {
        vi: `Không nhận ra ${noun.vi} "${key}" ${where(path).vi}.${hint.vi}`,
        en: `Unknown ${noun.en} "${key}" ${where(path).en}.${hint.en}`,
      }, keyPath);
      return false;
    });
  }

  private eachItem(node: Node, path: string, check: (item: Node, itemPath: string) => void): void {
    if (!this.expectKind(node, path, 'array')) return;
    (node.children ?? []).forEach((item, index) => check(item, `${path}[${index}]`));
  }

  private expectKind(node: Node, path: string, kind: ValueKind, detail: Localized = { vi: '', en: '' }): boolean {
    const actual = kindOfNode(node);
    if (actual === kind) return true;
    this.report(node, {
      vi: `${path} phải là ${KIND_NAMES[kind].vi}${detail.vi}, không phải ${KIND_NAMES[actual].vi}.`,
      en: `${path} must be ${KIND_NAMES[kind].en}${detail.en}, not ${KIND_NAMES[actual].en}.`,
    }, path);
    return false;
  }

  private expectNonEmptyString(node: Node, path: string): boolean {
    if (!this.expectKind(node, path, 'string')) return false;
    if ((node.value as string).trim() !== '') return true;
    this.report(node, { vi: `${path} không được để trống.`, en: `${path} must not be empty.` }, path);
    return false;
  }

  private expectOneOf(node: Node, path: string, allowed: readonly string[]): void {
    const list = quoted(allowed);
    if (!this.expectKind(node, path, 'string', { vi: ` (một trong ${list})`, en: ` (one of ${list})` })) return;
    const value = (node.value as string).normalize('NFC');
    if (allowed.includes(value)) return;
    const hint = didYouMean(nearest(value, allowed));
    this.report(node, {
      vi: `${path} phải là một trong ${list}, không phải "${value}".${hint.vi}`,
      en: `${path} must be one of ${list}, not "${value}".${hint.en}`,
    }, path);
  }

  private expectDate(node: Node, path: string): void {
    if (!this.expectKind(node, path, 'string', { vi: ' dạng "YYYY-MM-DD"', en: ' written "YYYY-MM-DD"' })) return;
    const value = node.value as string;
    const date = readIsoDate(value);
    if (date === 'format') {
      this.report(node, {
        vi: `${path} phải là ngày viết dạng YYYY-MM-DD, ví dụ "2025-07-01", không phải "${value}".`,
        en: `${path} must be a date written YYYY-MM-DD, such as "2025-07-01", not "${value}".`,
      }, path);
    } else if (date === 'calendar') {
      this.report(node, {
        vi: `${path}: "${value}" không phải ngày có thật; hãy kiểm tra ngày và tháng.`,
        en: `${path}: "${value}" is not a real calendar date; check the day and the month.`,
      }, path);
    }
  }

  /** An end date before its start date is a typo; reported only when both dates are valid. */
  private expectDateOrder(fields: Map<string, Node>, path: string, startKey: string, endKey: string): void {
    const start = fields.get(startKey)?.value;
    const end = fields.get(endKey);
    if (typeof start !== 'string' || typeof end?.value !== 'string') return;
    if (typeof readIsoDate(start) !== 'object' || typeof readIsoDate(end.value) !== 'object' || end.value >= start) return;
    const endPath = childPath(path, endKey);
    this.report(end, {
      vi: `${endPath} (${end.value}) sớm hơn ${startKey} (${start}); hãy sửa lại hoặc đổi chỗ hai ngày.`,
      en: `${endPath} (${end.value}) is before ${startKey} (${start}); fix the date or swap the two.`,
    }, endPath);
  }
}

/** Keys whose inner value replaces the outer one as a whole. */
const REPLACED_KEYS = ['profile', 'files', 'ignores', 'toneStyle', 'dateStyle'] as const;

/**
 * Merges configs from outermost to innermost. Later configs win per key;
 * `rules` merge per rule id (see `mergeRuleSetting`); `organizations`,
 * `people` and `abbreviations` are concatenated, an inner entry replacing
 * an outer one of the same name; `files` and `ignores` are replaced.
 */
export function mergeConfigs(configs: readonly GovpressConfig[]): GovpressConfig {
  const merged: GovpressConfig = {};
  const replace = <Key extends (typeof REPLACED_KEYS)[number]>(config: GovpressConfig, key: Key): void => {
    if (config[key] !== undefined) merged[key] = config[key];
  };
  for (const config of configs) {
    for (const key of REPLACED_KEYS) replace(config, key);
    if (config.rules !== undefined) {
      const rules = { ...merged.rules };
      for (const [ruleId, setting] of Object.entries(config.rules)) rules[ruleId] = mergeRuleSetting(rules[ruleId], setting);
      merged.rules = rules;
    }
  }
  const organizations = mergeByKey(configs.map((config) => config.organizations), (entry: OrganizationEntry) => entry.name);
  const people = mergeByKey(configs.map((config) => config.people), (entry: PersonEntry) => entry.name);
  const abbreviations = mergeByKey(configs.map((config) => config.abbreviations), (entry: string) => entry);
  return {
    ...merged,
    ...(organizations && { organizations }),
    ...(people && { people }),
    ...(abbreviations && { abbreviations }),
  };
}

/**
 * An inner rule setting over an outer one, ESLint-style: a bare severity
 * keeps the outer options; inner options override the outer ones per option.
 */
function mergeRuleSetting(outer: RuleSetting | undefined, inner: RuleSetting): RuleSetting {
  if (!Array.isArray(outer)) return inner;
  return typeof inner === 'string' ? [inner, outer[1]] : [inner[0], { ...outer[1], ...inner[1] }];
}

/** Lists concatenated in order; a later item with the same key replaces the earlier one in place. Undefined when no list is given. */
function mergeByKey<Item>(lists: ReadonlyArray<readonly Item[] | undefined>, keyOf: (item: Item) => string): Item[] | undefined {
  if (lists.every((list) => list === undefined)) return undefined;
  const byKey = new Map<string, Item>();
  for (const item of lists.flatMap((list) => list ?? [])) byKey.set(keyOf(item), item);
  return [...byKey.values()];
}

/**
 * The settings rules read from the config, with defaults for what it leaves
 * out. One object per config (read once: a config is not changed after
 * use), so that the rules' caches keyed by its lists (matchers, registers)
 * last as long as the config, not one document.
 */
export function projectSettings(config: GovpressConfig): ProjectSettings {
  let settings = settingsByConfig.get(config);
  if (!settings) {
    settings = {
      organizations: config.organizations ?? [],
      abbreviations: config.abbreviations ?? [],
      people: config.people ?? [],
      toneStyle: config.toneStyle ?? 'consistent',
      dateStyle: config.dateStyle ?? 'consistent',
    };
    settingsByConfig.set(config, settings);
  }
  return settings;
}

const settingsByConfig = new WeakMap<GovpressConfig, ProjectSettings>();

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** JSON Schema (draft-07) of the config for editors (VS Code jsonValidation) — enumerates rule ids with their option properties typed from the defaults. */
export function configJsonSchema(inputs: ConfigSchemaInputs & { ruleSummaries: Record<string, string> }): object {
  const nonEmptyString = { type: 'string', minLength: 1 };
  const date = { type: 'string', pattern: DATE_PATTERN };
  const record = (properties: Record<string, object>, required: string[]) => ({
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  });
  const patterns = (description: string) => ({
    description,
    type: 'array',
    items: { ...nonEmptyString, not: { type: 'string', pattern: '^!' } },
  });
  const rules = Object.fromEntries(
    Object.entries(inputs.ruleDefaults).map(([ruleId, defaults]) => [ruleId, ruleSettingSchema(defaults, inputs.ruleSummaries[ruleId])]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'GovPress config (.govpressrc.json)',
    type: 'object',
    additionalProperties: false,
    definitions: { severity: { enum: SEVERITIES, description: '"off", "warn" or "error"' } },
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for .govpressrc.json files in parent folders.' },
      profile: { enum: inputs.profileIds, description: 'Document profile used when the front matter names none.' },
      rules: {
        description: 'Rule severities and options, by rule id.',
        type: 'object',
        additionalProperties: false,
        properties: rules,
      },
      files: patterns('Globs of the files to lint, relative to this file; a pattern without a slash matches at any depth.'),
      ignores: patterns('Globs of the files never to lint, relative to this file; "drafts/" ignores every drafts folder.'),
      abbreviations: { description: 'Abbreviations that need no definition.', type: 'array', items: nonEmptyString },
      organizations: {
        description: 'Official organization names, with the dates they are valid.',
        type: 'array',
        items: record(
          {
            name: nonEmptyString,
            validFrom: { ...date, description: 'First day the name is used (YYYY-MM-DD).' },
            validUntil: { ...date, description: 'Last day the name is used, that day included (YYYY-MM-DD).' },
            successor: nonEmptyString,
          },
          ['name'],
        ),
      },
      people: {
        description: 'Officials and the titles they hold, with dates.',
        type: 'array',
        items: record(
          {
            name: nonEmptyString,
            titles: {
              type: 'array',
              items: record(
                {
                  title: nonEmptyString,
                  from: { ...date, description: 'First day the title is held (YYYY-MM-DD).' },
                  until: { ...date, description: 'Last day the title is held, that day included (YYYY-MM-DD).' },
                },
                ['title'],
              ),
            },
          },
          ['name', 'titles'],
        ),
      },
      toneStyle: { enum: TONE_STYLES, description: 'Tone mark placement in oa, oe, uy: always "hoà", always "hòa", or "consistent" (either, one per document).' },
      dateStyle: { enum: DATE_STYLES, description: 'Date separator: "/", "-", ".", or consistent within a document.' },
    },
  };
}

function ruleSettingSchema(defaults: object, summary: string | undefined): object {
  const options = Object.fromEntries(Object.entries(defaults).map(([name, value]) => [name, { type: kindOfValue(value), default: value }]));
  return {
    ...(summary === undefined ? {} : { description: summary }),
    oneOf: [
      { $ref: '#/definitions/severity' },
      {
        type: 'array',
        items: [{ $ref: '#/definitions/severity' }, { type: 'object', properties: options, additionalProperties: false }],
        minItems: 2,
        maxItems: 2,
        additionalItems: false,
      },
    ],
  };
}
