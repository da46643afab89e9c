// The TextMate injection grammar (syntaxes/govpress.injection.tmLanguage.json): current with
// its generator, every regex valid, and Markdown tokenized as VS Code does it, with VS Code's
// own Markdown grammar (test/unit/fixtures/grammars/) and the Oniguruma engine VS Code uses.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { COMMON_FRONT_MATTER_KEYS, profiles } from '../../src/core/profiles/index';
import { buildGrammar, GRAMMAR_FILE, json } from '../../scripts/editor-assets';

const root = join(__dirname, '..', '..');
const GRAMMAR_PATH = join(root, GRAMMAR_FILE);
const MARKDOWN_PATH = join(__dirname, 'fixtures', 'grammars', 'markdown.tmLanguage.json');
const INJECTION_SCOPE = 'govpress.markdown.injection';

/** Each `match`, `begin`, `end` and `while` regex of a grammar, with where it is. */
function regexes(node: unknown, path = 'grammar'): Array<{ path: string; source: string }> {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string' ? [{ path: `${path}.${key}`, source: value }] : regexes(value, `${path}.${key}`),
  );
}

interface Token {
  text: string;
  scopes: string[];
}

let markdown: IGrammar;

/** The tokens of each line of `text`, as VS Code's Markdown with the injection would colour them. */
function tokenize(text: string): Token[][] {
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const result = markdown.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The text of the tokens that carry `scope` (a prefix of their scope name), joined per run of such tokens. */
function scoped(text: string, scope: string): string[] {
  const found: string[] = [];
  for (const line of tokenize(text)) {
    let run: string | undefined;
    for (const token of line) {
      if (token.scopes.some((name) => name === scope || name.startsWith(`${scope}.`))) run = (run ?? '') + token.text;
      else if (run !== undefined) {
        found.push(run);
        run = undefined;
      }
    }
    if (run !== undefined) found.push(run);
  }
  return found;
}

before(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const files: Record<string, string> = { 'text.html.markdown': MARKDOWN_PATH, [INJECTION_SCOPE]: GRAMMAR_PATH };
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    // The grammars Markdown embeds in code blocks and HTML are not needed here.
    loadGrammar: async (scopeName) => (files[scopeName] ? parseRawGrammar(readFileSync(files[scopeName], 'utf8'), files[scopeName]) : null),
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar);
  markdown = grammar;
});

describe('the injection grammar file', () => {
  it('is what scripts/gen-editor-assets.ts writes', () => {
    assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), json(buildGrammar()), 'run: node --import tsx scripts/gen-editor-assets.ts');
  });

  it('has only regexes that JavaScript compiles too', () => {
    const found = regexes(JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')));
    assert.ok(found.length >= 10);
    for (const { path, source } of found) {
      // `\A` (start of the document) is Oniguruma's; JavaScript reads it as a plain `A`.
      assert.doesNotThrow(() => new RegExp(source.replace(/\\A/g, '^'), 'u'), path);
    }
  });
});

describe('front matter', () => {
  const frontMatter = (body: string): string => `---\n${body}\n---\n\n# Tiêu đề\n`;

  it('gives every key a profile knows its own scope, and leaves a misspelt key to YAML', () => {
    const keys = [...new Set([...COMMON_FRONT_MATTER_KEYS, ...Object.values(profiles).flatMap((profile) => profile.frontMatterKeys)])];
    const text = frontMatter([...keys.map((key) => `${key}: "x"`), 'titel: "x"'].join('\n'));
    assert.deepEqual(scoped(text, 'support.type.property-name.frontmatter.govpress'), keys);
    assert.deepEqual(scoped(text, 'entity.name.tag.yaml'), ['titel']);
  });

  it('marks a known profile name, and not an unknown one', () => {
    assert.deepEqual(scoped(frontMatter('profile: vn-press-release'), 'constant.language.profile.govpress'), ['vn-press-release']);
    assert.deepEqual(scoped(frontMatter('profile: "en-press-release" # AP style'), 'constant.language.profile.govpress'), ['en-press-release']);
    assert.deepEqual(scoped(frontMatter('profile: vn-newz'), 'constant.language.profile.govpress'), []);
  });

  it('colours values, lists, comments and the fields of signer and contact as YAML', () => {
    const text = frontMatter(
      [
        '# Mẫu thông cáo báo chí',
        'title: "Hội nghị: tổng kết" # ghi chú',
        "place: 'Đồng Tháp'",
        'number: 05/TCBC-SKHCN',
        'signer:',
        '  authority: "KT."',
        '  name: Nguyễn Văn An',
        'recipients:',
        '  - "Lưu: VT, VP."',
      ].join('\n'),
    );
    assert.deepEqual(scoped(text, 'comment.line.number-sign.yaml'), ['# Mẫu thông cáo báo chí', '# ghi chú']);
    assert.deepEqual(scoped(text, 'string.quoted.double.yaml'), ['"Hội nghị: tổng kết"', '"KT."', '"Lưu: VT, VP."']);
    assert.deepEqual(scoped(text, 'string.quoted.single.yaml'), ["'Đồng Tháp'"]);
    assert.deepEqual(scoped(text, 'string.unquoted.plain.out.yaml'), ['05/TCBC-SKHCN', 'Nguyễn Văn An']);
    assert.deepEqual(scoped(text, 'support.type.property-name.frontmatter.field.govpress'), ['authority', 'name']);
    assert.deepEqual(scoped(text, 'punctuation.definition.block.sequence.item.yaml'), ['-']);
    assert.deepEqual(scoped(text, 'meta.embedded.block.frontmatter').length, 9, 'every line is YAML front matter');
  });

  it('ends at the closing fence: the body is Markdown again', () => {
    const lines = tokenize(frontMatter('title: "x"'));
    assert.ok(lines[3]!.every((token) => !token.scopes.includes('meta.embedded.block.frontmatter')));
    assert.ok(lines[4]!.some((token) => token.scopes.some((scope) => scope.startsWith('markup.heading'))));
  });

  it('is only the block at the very start of the document', () => {
    assert.deepEqual(scoped('Đoạn văn.\n\n---\ntitle: "x"\n---\n', 'support.type.property-name.frontmatter.govpress'), []);
  });
});

describe('press-release parts', () => {
  it('marks the end mark closing the last paragraph, not one in code', () => {
    assert.deepEqual(scoped('Thời gian tới, Sở sẽ tiếp tục triển khai./.\n', 'keyword.control.endmark.govpress'), ['./.']);
    assert.deepEqual(scoped('**Sở sẽ tiếp tục triển khai./.**\n', 'keyword.control.endmark.govpress'), ['./.']);
    assert.deepEqual(scoped('Gõ `./.` ở cuối bài.\n\n```\nkết thúc./.\n```\n', 'keyword.control.endmark.govpress'), []);
  });

  it('marks each signature form', () => {
    const signatures: Array<[string, string[]]> = [
      ['Bích Ngọc – Sở Khoa học và Công nghệ', ['Bích Ngọc', 'Sở Khoa học và Công nghệ']],
      ['Đắc Nhân - Ngọc Thành - Trung tâm Văn hóa tỉnh', ['Đắc Nhân - Ngọc Thành', 'Trung tâm Văn hóa tỉnh']],
      ['Tin, ảnh: Bích Ngọc', ['Bích Ngọc']],
      ['Tin: Minh Anh', ['Minh Anh']],
      ['Thực hiện: Nhóm PV', ['Nhóm PV']],
      ['Tác giả: Trang Lê', ['Trang Lê']],
      ['Nguồn: TTXVN', ['TTXVN']],
      ['(Nguồn: Báo Đồng Tháp)', ['Báo Đồng Tháp']],
      ['(Theo Cổng TTĐT tỉnh)', ['Cổng TTĐT tỉnh']],
      ['Theo Báo Đồng Tháp', ['Báo Đồng Tháp']],
    ];
    for (const [line, parts] of signatures) {
      assert.deepEqual(scoped(`Đoạn cuối./.\n\n${line}\n`, 'entity.name.type.signature'), parts, line);
      assert.equal(scoped(`${line}\n`, 'meta.signature.govpress').join(''), line, line);
    }
  });

  it('leaves sentences that only look like a signature alone', () => {
    for (const line of [
      'Ông Nguyễn Văn An – Giám đốc Sở cho biết thêm.',
      'Bích Ngọc – Sở Khoa học và Công nghệ.',
      'Đồng Tháp – Điểm đến hấp dẫn',
      'Theo kế hoạch, tỉnh sẽ tổ chức hội nghị.',
      '# Tin, ảnh: tiêu đề',
      '> Tin, ảnh: trích dẫn',
    ]) {
      assert.deepEqual(scoped(`${line}\n`, 'meta.signature.govpress'), [], line);
    }
  });

  it('marks a caption line under its image, with the photo credit apart', () => {
    const text = '![Quang cảnh hội nghị](images/anh-1.jpg)\n*Quang cảnh hội nghị. Ảnh: Bích Ngọc*\n';
    assert.deepEqual(scoped(text, 'string.other.caption.govpress'), ['Quang cảnh hội nghị']);
    assert.deepEqual(scoped(text, 'keyword.other.credit.govpress'), ['Ảnh:']);
    assert.deepEqual(scoped(text, 'entity.name.type.credit.govpress'), ['Bích Ngọc']);
    assert.deepEqual(scoped('_Lễ ký kết giữa hai đơn vị_\n', 'string.other.caption.govpress'), ['Lễ ký kết giữa hai đơn vị']);
    assert.deepEqual(scoped('**Sáng 14/4, tại Hội trường Sở**\n', 'meta.caption.govpress'), [], 'a bold line is no caption');
    assert.deepEqual(scoped('*Chú thích* và chữ thường.\n', 'meta.caption.govpress'), [], 'emphasis inside a sentence is no caption');
    assert.deepEqual(scoped('Ảnh: Bích Ngọc\n', 'entity.name.type.credit.govpress'), ['Bích Ngọc']);
  });

  it('marks the formula that opens a participants list', () => {
    const formulas: Array<[string, string]> = [
      ['Tham dự hội nghị có ông Nguyễn Văn An – Giám đốc Sở.', 'Tham dự hội nghị có'],
      ['Dự lễ có các đồng chí: Nguyễn Văn An, Giám đốc Sở.', 'Dự lễ có các đồng chí:'],
      ['Đến dự có bà Trần Thị Bình – Phó Giám đốc Sở.', 'Đến dự có'],
      ['Hội nghị diễn ra sáng nay. Cùng dự có ông Lê Văn Cường.', 'Cùng dự có'],
      ['Đến dự và cắt băng khai mạc có các đồng chí: Huỳnh Nghĩa, Phó Chủ tịch.', 'Đến dự và cắt băng khai mạc có các đồng chí:'],
      ['Tại buổi lễ có các đồng chí: Nguyễn Văn An, Giám đốc Sở.', 'có các đồng chí:'],
      ['Các đồng chí: Trần Thị Hằng, Ủy viên; Trần Thị Vân dự.', 'Các đồng chí:'],
    ];
    for (const [line, formula] of formulas) assert.deepEqual(scoped(`${line}\n`, 'keyword.other.participants.govpress'), [formula], line);
    for (const line of ['Dự án có tổng vốn 100 tỷ đồng.', 'Dự kiến có 200 đại biểu tham dự.', 'Tham dự có thể kéo dài đến chiều.', 'Các đại biểu dự hội nghị có ý kiến.']) {
      assert.deepEqual(scoped(`${line}\n`, 'keyword.other.participants.govpress'), [], line);
    }
  });
});
