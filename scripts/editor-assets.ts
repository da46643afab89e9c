/**
 * The editor assets derived from other sources, built here so that they
 * never drift from them: the Markdown snippets (whole articles come from
 * templates/*.md) and the TextMate injection grammar (front matter keys come
 * from the profiles). `scripts/gen-editor-assets.ts` writes them;
 * test/unit/grammar.test.ts checks that the committed files are current.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON_FRONT_MATTER_KEYS, profiles } from '../src/core/profiles/index';
import type { Profile } from '../src/core/profiles/types';
import { templateToSnippet, type TemplateField } from '../src/extension/commands/template-snippet';
import { TEMPLATE_FIELD_MARKERS } from '../src/core/templates';

const root = join(import.meta.dirname, '..');

export const SNIPPETS_FILE = 'snippets/markdown.json';
export const GRAMMAR_FILE = 'syntaxes/govpress.injection.tmLanguage.json';

// ---------------------------------------------------------------------------
// Snippets

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** Today's date as templates write it: ISO in front matter, day and month without a leading zero in leads. */
const DATE_FIELDS: Record<string, TemplateField> = {
  date: { snippet: '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE' },
  day: { snippet: '${CURRENT_DATE/^0//}' },
  month: { snippet: '${CURRENT_MONTH/^0//}' },
  year: { snippet: '$CURRENT_YEAR' },
};

function templateFields(language: Profile['language']): Record<string, TemplateField> {
  const fields: Record<string, TemplateField> = { ...DATE_FIELDS };
  for (const [key, marker] of Object.entries(TEMPLATE_FIELD_MARKERS)) fields[key] = { placeholder: marker[language] };
  return fields;
}

function template(profile: Profile): string {
  return readFileSync(join(root, 'templates', profile.template), 'utf8');
}

function lines(snippet: string): string[] {
  return snippet.split('\n');
}

/** A whole article from its profile's template: what `govpress new` and New Press Release write. */
function articleSnippet(profile: Profile, prefix: string, description: string): Snippet {
  const text = template(profile).replace(/\n$/, '');
  return { prefix, description, body: lines(templateToSnippet(text, templateFields(profile.language))) };
}

/** The formal release's front matter without the template's guidance comments: the fields its header, signature block and recipients are generated from. */
function formalHeaderSnippet(): Snippet {
  const profile = profiles['vn-press-release'];
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(template(profile))![0];
  const withoutComments = frontMatter.split('\n').filter((line) => !line.startsWith('#')).join('\n');
  return {
    prefix: 'gp-tcbc-dau',
    description: 'Phần đầu (front matter) của thông cáo báo chí: cơ quan ban hành, số, địa danh, người ký, nơi nhận, liên hệ',
    body: lines(templateToSnippet(withoutComments, templateFields(profile.language))),
  };
}

export function buildSnippets(): Record<string, Snippet> {
  return {
    'Tin bài Cổng thông tin điện tử': articleSnippet(profiles['vn-news'], 'gp-tin', 'Cả bài tin hoạt động theo mẫu vn-news: tiêu đề, sapo, thành phần tham dự, ảnh, nội dung, dấu kết thúc, chữ ký'),
    'Thông cáo báo chí': articleSnippet(profiles['vn-press-release'], 'gp-tcbc', 'Cả thông cáo báo chí theo Mẫu 1.4, Nghị định 30/2020 (hồ sơ vn-press-release)'),
    'Thông cáo báo chí tiếng Anh': articleSnippet(profiles['en-press-release'], 'gp-en', 'Cả thông cáo báo chí tiếng Anh kiểu AP (hồ sơ en-press-release)'),
    'Phần đầu thông cáo báo chí': formalHeaderSnippet(),
    'Sapo (đoạn mở đầu)': {
      prefix: 'gp-sapo',
      description: 'Đoạn mở đầu: buổi, ngày/tháng, địa điểm, đơn vị chủ trì, sự kiện, mục đích',
      body: ['${1|Sáng,Chiều,Tối|} ${2:${CURRENT_DATE/^0//}}/${3:${CURRENT_MONTH/^0//}}, tại ${4:[Địa điểm]}, ${5:[Đơn vị chủ trì]} tổ chức ${6:[Tên sự kiện]} nhằm ${7:[Mục đích]}.'],
    },
    'Thành phần tham dự (Tham dự … có ông …)': {
      prefix: 'gp-thamdu',
      description: 'Câu thành phần tham dự kiểu 1: Tham dự … có ông Họ tên – Chức vụ; bà …; cùng đại diện …',
      body: [
        'Tham dự ${1:buổi lễ} có ${2|ông,bà,đồng chí|} ${3:[Họ tên]} – ${4:[Chức vụ]}; ${5|bà,ông,đồng chí|} ${6:[Họ tên]} – ${7:[Chức vụ]}; cùng ${8:đại diện lãnh đạo các sở, ngành tỉnh}.',
      ],
    },
    'Thành phần tham dự (Dự … có các đồng chí:)': {
      prefix: 'gp-du',
      description: 'Câu thành phần tham dự kiểu 2: Dự … có các đồng chí: Họ tên, Chức vụ; Họ tên, Chức vụ.',
      body: ['Dự ${1:lễ} có các đồng chí: ${2:[Họ tên]}, ${3:[Chức vụ]}; ${4:[Họ tên]}, ${5:[Chức vụ]}.'],
    },
    'Ảnh và chú thích': {
      prefix: 'gp-anh',
      description: 'Ảnh, dòng chú thích in nghiêng ngay dưới ảnh và tác giả ảnh (văn bản thay thế lấy theo chú thích)',
      body: ['![${1:[Chú thích ảnh]}](${2:images/anh-1.jpg})', '*$1. Ảnh: ${3:[Tác giả ảnh]}*', ''],
    },
    'Chữ ký: Tên – Đơn vị': {
      prefix: 'gp-ky',
      description: 'Dòng chữ ký cuối bài: Tên tác giả – Đơn vị',
      body: ['${1:[Tên tác giả]} – ${2:[Đơn vị]}'],
    },
    'Chữ ký: Tin, ảnh / Thực hiện': {
      prefix: 'gp-ky',
      description: 'Dòng chữ ký cuối bài: Tin, ảnh: …; Tin: …; Thực hiện: …; Tác giả: …',
      body: ['${1|Tin\\, ảnh,Tin,Thực hiện,Tác giả|}: ${2:[Tên tác giả]}'],
    },
    'Chữ ký: (Nguồn: …)': {
      prefix: 'gp-ky',
      description: 'Dòng nguồn cuối bài khi dùng lại tin của nơi khác: (Nguồn: …)',
      body: ['(Nguồn: ${1:[Cơ quan hoặc báo gốc]})'],
    },
    'Dấu kết thúc ./.': {
      prefix: 'gp-ket',
      description: 'Dấu kết thúc bài ./. liền sau câu cuối của đoạn cuối, không có dấu cách',
      body: ['./.$0'],
    },
  };
}

// ---------------------------------------------------------------------------
// Grammar

const S = String.raw;
/** Oniguruma and JavaScript alike: `\b` knows only ASCII letters. */
const NOT_WORD = S`(?![\p{L}\p{N}])`;
/** `Dự án`, `Dự kiến`, … are nouns, not the verb `dự` (as in the model's participants finder). */
const DU_COMPOUND = S`(?![ \t]+(?:án|kiến|thảo|toán|báo|trữ|phòng|định|đoán|tính|luật|bị|khuyết|tuyển|thi|giờ)${NOT_WORD})`;
/** First words of a unit in a byline (as the model's signature parser knows them). */
const ORGANIZATIONS = [
  'Sở', 'Ban', 'Phòng', 'UBND', 'HĐND', 'Ủy ban', 'Uỷ ban', 'Trung tâm', 'Báo', 'Đài', 'Cổng', 'Trang', 'Tạp chí', 'Thông tấn',
  'TTXVN', 'VOV', 'VTV', 'Huyện', 'Quận', 'Xã', 'Phường', 'Thị xã', 'Thị trấn', 'Tỉnh', 'Thành phố', 'Thành ủy', 'Thành uỷ',
  'Thành đoàn', 'Văn phòng', 'Hội', 'Đoàn', 'Liên đoàn', 'Mặt trận', 'Công an', 'Bệnh viện', 'Trường', 'Học viện', 'Đại học',
  'Bộ', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Viện', 'Kho bạc', 'Ngân hàng', 'Thanh tra', 'Kiểm toán', 'Tòa án', 'Toà án',
  'Công ty', 'Tập đoàn', 'Chi nhánh', 'Bộ Chỉ huy', 'Tỉnh ủy', 'Tỉnh uỷ', 'Tỉnh đoàn', 'Huyện ủy', 'Huyện uỷ', 'Đảng ủy',
  'Đảng uỷ', 'TTĐT', 'Ban Biên tập',
];
const NAME_WORD = S`\p{Lu}[\p{L}.]*`;
/** Fields of the `signer` and `contact` mappings. */
const NESTED_KEYS = ['authority', 'head', 'title', 'name', 'position', 'phone', 'email', 'address', 'website'];

function alternatives(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((word) => word.replace(/ /g, S`[ \t]+`)).join('|');
}

/** A one-line YAML value: double-quoted, single-quoted or plain (7 groups), then an optional comment (1 group). */
const YAML_VALUE = S`(?:[ \t]+(?:(")((?:[^"\\]|\\.)*)(")|(')((?:[^']|'')*)(')|([^\s#"'](?:[^#]|(?<![ \t])#)*?)))?(?:[ \t]+(#.*))?[ \t]*$`;

function yamlValueCaptures(first: number): Record<number, { name: string }> {
  const names = [
    'string.quoted.double.yaml punctuation.definition.string.begin.yaml',
    'string.quoted.double.yaml',
    'string.quoted.double.yaml punctuation.definition.string.end.yaml',
    'string.quoted.single.yaml punctuation.definition.string.begin.yaml',
    'string.quoted.single.yaml',
    'string.quoted.single.yaml punctuation.definition.string.end.yaml',
    'string.unquoted.plain.out.yaml',
    'comment.line.number-sign.yaml',
  ];
  return Object.fromEntries(names.map((name, index) => [first + index, { name }]));
}

function frontMatterKeys(): string[] {
  return [...COMMON_FRONT_MATTER_KEYS, ...Object.values(profiles).flatMap((profile) => profile.frontMatterKeys)];
}

export function buildGrammar(): object {
  const profileIds = alternatives(Object.keys(profiles));
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'GovPress press-release parts',
    scopeName: 'govpress.markdown.injection',
    comment: `Generated by scripts/gen-editor-assets.ts: edit scripts/editor-assets.ts. Injected into Markdown, it gives the parts of a press release their own scopes so that themes colour them. TextMate reads one line at a time and cannot look back: a caption is any emphasis-only line, a signature any line in one of the known signature forms.`,
    injectionSelector: 'L:text.html.markdown - (meta.embedded | markup.raw | markup.fenced_code | markup.inline.raw | markup.heading | comment)',
    patterns: [
      { include: '#front-matter' },
      { include: '#caption' },
      { include: '#credit' },
      { include: '#signature-labelled' },
      { include: '#signature-according-to' },
      { include: '#signature-name-unit' },
      { include: '#participants-intro' },
      { include: '#end-mark' },
    ],
    repository: {
      'front-matter': {
        comment:
          'The YAML front matter, tokenized here line by line: VS Code’s YAML grammar keeps state across lines and loses its way when a key is taken from it. Known keys get their own scope, so a misspelt key keeps the plain YAML colour.',
        begin: S`\A(-{3})[ \t]*$`,
        end: S`^(-{3}|\.{3})[ \t]*$`,
        beginCaptures: { 1: { name: 'punctuation.definition.begin.frontmatter' } },
        endCaptures: { 1: { name: 'punctuation.definition.end.frontmatter' } },
        contentName: 'meta.embedded.block.frontmatter',
        patterns: [
          { include: '#yaml-comment' },
          { include: '#front-matter-profile' },
          { include: '#front-matter-known-key' },
          { include: '#front-matter-other-key' },
          { include: '#front-matter-list-item' },
        ],
      },
      'yaml-comment': {
        match: S`^[ \t]*((#).*)$`,
        captures: { 1: { name: 'comment.line.number-sign.yaml' }, 2: { name: 'punctuation.definition.comment.yaml' } },
      },
      'front-matter-profile': {
        comment: 'profile: with one of the known profiles.',
        match: S`^(profile)[ \t]*(:)[ \t]*(?:(["'])(${profileIds})(\3)|(${profileIds}))(?:[ \t]+(#.*))?[ \t]*$`,
        captures: {
          1: { name: 'support.type.property-name.frontmatter.govpress' },
          2: { name: 'punctuation.separator.map.value.yaml' },
          3: { name: 'punctuation.definition.string.begin.yaml' },
          4: { name: 'constant.language.profile.govpress' },
          5: { name: 'punctuation.definition.string.end.yaml' },
          6: { name: 'constant.language.profile.govpress' },
          7: { name: 'comment.line.number-sign.yaml' },
        },
      },
      'front-matter-known-key': {
        comment: 'A key the profiles know, at the top level, or a field of signer or contact (indented).',
        match: S`^(?:(${alternatives(frontMatterKeys())})|[ \t]+(${alternatives(NESTED_KEYS)}))[ \t]*(:)${YAML_VALUE}`,
        captures: {
          1: { name: 'support.type.property-name.frontmatter.govpress' },
          2: { name: 'support.type.property-name.frontmatter.field.govpress' },
          3: { name: 'punctuation.separator.map.value.yaml' },
          ...yamlValueCaptures(4),
        },
      },
      'front-matter-other-key': {
        match: S`^[ \t]*(?:(-)[ \t]+)?([^\s#:"'-](?:[^:#]|:(?![ \t]|$))*?)[ \t]*(:)${YAML_VALUE}`,
        captures: {
          1: { name: 'punctuation.definition.block.sequence.item.yaml' },
          2: { name: 'entity.name.tag.yaml' },
          3: { name: 'punctuation.separator.map.value.yaml' },
          ...yamlValueCaptures(4),
        },
      },
      'front-matter-list-item': {
        match: S`^[ \t]*(-)${YAML_VALUE}`,
        captures: { 1: { name: 'punctuation.definition.block.sequence.item.yaml' }, ...yamlValueCaptures(2) },
      },
      'end-mark': {
        comment: 'The end mark ./. closing the last body paragraph.',
        match: S`\./\.(?![\p{L}\p{N}/])`,
        name: 'keyword.control.endmark.govpress',
      },
      caption: {
        comment: 'An emphasis-only line, as captions are written under their image; a trailing photo credit (Ảnh: Name) is scoped apart.',
        match: S`^[ \t]{0,3}(\*|_)(?![*_ \t])(.*?)(?:([.,]?[ \t]*)((?:Nguồn[ \t]+)?[Ảả]nh[ \t]*:)[ \t]*(.*?))?(?<![ \t])(\1)[ \t]*$`,
        name: 'meta.caption.govpress markup.italic.markdown',
        captures: {
          1: { name: 'punctuation.definition.italic.markdown' },
          2: { name: 'string.other.caption.govpress' },
          4: { name: 'keyword.other.credit.govpress' },
          5: { name: 'entity.name.type.credit.govpress' },
          6: { name: 'punctuation.definition.italic.markdown' },
        },
      },
      credit: {
        comment: 'A photo credit on a line of its own: Ảnh: Name.',
        match: S`^[ \t]{0,3}((?:Nguồn[ \t]+)?Ảnh[ \t]*:)[ \t]*(.+?)[ \t]*$`,
        name: 'meta.credit.govpress',
        captures: { 1: { name: 'keyword.other.credit.govpress' }, 2: { name: 'entity.name.type.credit.govpress' } },
      },
      'signature-labelled': {
        comment: 'Signature lines with a label: Tin, ảnh: …; Tin: …; Thực hiện: …; Tác giả: …; Nguồn: …; (Nguồn: …).',
        match: S`^[ \t]{0,3}(\()?((?:Tin|Bài|TIN|BÀI)[ \t]*(?:,|và|&|\+|/|-)[ \t]*(?:ảnh|Ảnh|ẢNH)|Bài[ \t]+viết|Tin|Bài|(?:Nhóm[ \t]+)?[Tt]hực[ \t]+hiện|Tác[ \t]+giả|Người[ \t]+viết|Nguồn(?:[ \t]+tin)?)[ \t]*:[ \t]*(.+?)[ \t]*(\))?[ \t]*$`,
        name: 'meta.signature.govpress',
        captures: {
          1: { name: 'punctuation.definition.signature.begin.govpress' },
          2: { name: 'keyword.other.signature.govpress' },
          3: { name: 'entity.name.type.signature.govpress' },
          4: { name: 'punctuation.definition.signature.end.govpress' },
        },
      },
      'signature-according-to': {
        comment: 'A source line: (Theo …), or Theo followed by an outlet.',
        match: S`^[ \t]{0,3}(?:(\()(Theo)[ \t]+([^()\n]+?)[ \t]*(\))|(Theo)[ \t]+((?:Báo|Đài|Cổng|Trang|Tạp[ \t]+chí|Thông[ \t]+tấn|TTXVN|VOV|VTV)${NOT_WORD}[^,;:!?\n]*?))[ \t]*$`,
        name: 'meta.signature.govpress',
        captures: {
          1: { name: 'punctuation.definition.signature.begin.govpress' },
          2: { name: 'keyword.other.signature.govpress' },
          3: { name: 'entity.name.type.signature.govpress' },
          4: { name: 'punctuation.definition.signature.end.govpress' },
          5: { name: 'keyword.other.signature.govpress' },
          6: { name: 'entity.name.type.signature.govpress' },
        },
      },
      'signature-name-unit': {
        comment:
          'A byline Name – Unit: capitalized name words, a spaced dash, a unit opening with an organization word, no sentence punctuation and no final period.',
        match: S`^[ \t]{0,3}(?!(?:Ông|Bà|Các|Những|Theo|Tham|Dự)${NOT_WORD})(${NAME_WORD}(?:(?:[ \t]+|[ \t]*[-,][ \t]*)${NAME_WORD}){0,7})[ \t]+([–—-])[ \t]+((?:${alternatives(ORGANIZATIONS)})${NOT_WORD}[^:;!?\n]*?)(?<![.])[ \t]*$`,
        name: 'meta.signature.govpress',
        captures: {
          1: { name: 'entity.name.type.signature.author.govpress' },
          2: { name: 'punctuation.separator.signature.govpress' },
          3: { name: 'entity.name.type.signature.unit.govpress' },
        },
      },
      'participants-intro': {
        comment: 'The formula that opens a participants list: Tham dự … có, Dự … có, Đến dự có, Cùng dự có, có các đồng chí:, Các đồng chí:',
        patterns: [
          {
            match: S`(?:^|(?<=[.;!?][ \t]))[ \t]*((?:(?:[Cc]ùng[ \t]+)?(?:(?:[Tt]ham|[Đđ]ến|[Tt]ới)[ \t]+)?[Dd]ự${DU_COMPOUND}|(?:[Cc]ùng[ \t]+)?[Tt]ham[ \t]+gia[ \t]+đoàn|[Cc]ùng[ \t]+tham[ \t]+gia)(?:[ \t]+[^\s,;:.]+){0,15}?,?[ \t]+(?:có(?:[ \t]+mặt)?|gồm(?:[ \t]+có)?)${NOT_WORD}(?![ \t]+(?:thể|được|lẽ)${NOT_WORD})(?:[ \t]+(?:các[ \t]+)?đồng[ \t]+chí[ \t]*:|[ \t]*:)?)`,
            captures: { 1: { name: 'keyword.other.participants.govpress' } },
          },
          {
            match: S`(?<![\p{L}\p{N}])(?:có|gồm)[ \t]+các[ \t]+đồng[ \t]+chí[ \t]*:|^[ \t]*Các[ \t]+đồng[ \t]+chí[ \t]*:`,
            name: 'keyword.other.participants.govpress',
          },
        ],
      },
    },
  };
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
