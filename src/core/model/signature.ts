/**
 * The last line of a news article (byline, signature, source line), photo
 * credits (`Ảnh: Name`) and captions that are only a file name. Pure string
 * functions over plain text in NFC.
 */
import type { SignatureForm } from './types';
import { countWords } from '../text/white-space';

export interface SignatureMatch {
  form: SignatureForm;
  /** The writer(s) as written, without the label: `Bích Ngọc`, `Đắc Nhân - Ngọc Thành`. */
  author?: string;
  /** The issuing unit, or for `source` / `according-to` the outlet cited. */
  unit?: string;
}

/** Label before `:` that names the form: `Tin, ảnh: …`, `Thực hiện: …`, `Nguồn: …`. */
const LABELS: ReadonlyArray<{ pattern: RegExp; form: SignatureForm }> = [
  { pattern: /^(?:tin|bài)\s*(?:,|và|&|\+|\/|-)\s*ảnh$/iu, form: 'news-photo' },
  { pattern: /^(?:tin|bài|bài\s+viết)$/iu, form: 'news' },
  { pattern: /^(?:nhóm\s+)?thực\s+hiện$/iu, form: 'produced-by' },
  { pattern: /^(?:tác\s+giả|người\s+viết)$/iu, form: 'author' },
  { pattern: /^nguồn(?:\s+tin)?$/iu, form: 'source' },
];
const LABELLED = /^([^:]{2,20}?)\s*:\s*(.+)$/u;
const ACCORDING_TO = /^theo\s+(.+)$/iu;
const TEAM = /^nhóm\s+(?:pv|ptv|phóng\s+viên|tác\s+giả)(?![\p{L}\p{N}])/iu;

/** First words of a unit or outlet: `Sở …`, `Trung tâm …`, `Báo …`, `UBND …`. */
const ORGANIZATION = new RegExp(
  String.raw`^(?:` +
    [
      'sở', 'ban', 'phòng', 'ubnd', 'hđnd', 'ủy ban', 'uỷ ban', 'trung tâm', 'báo', 'đài', 'cổng', 'trang', 'tạp chí',
      'thông tấn', 'ttxvn', 'vov', 'vtv', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'tỉnh', 'thành phố',
      'thành ủy', 'thành uỷ', 'thành đoàn', 'văn phòng', 'hội', 'đoàn', 'liên đoàn', 'mặt trận', 'công an',
      'bệnh viện', 'trường', 'học viện', 'đại học', 'bộ', 'cục', 'chi cục', 'tổng cục', 'vụ', 'viện', 'kho bạc',
      'ngân hàng', 'thanh tra', 'kiểm toán', 'tòa án', 'toà án', 'công ty', 'tập đoàn', 'chi nhánh', 'bộ chỉ huy',
      'tỉnh ủy', 'tỉnh uỷ', 'tỉnh đoàn', 'huyện ủy', 'huyện uỷ', 'đảng ủy', 'đảng uỷ', 'ttđt', 'ban biên tập',
      // Units whose name opens with their field: `Bảo hiểm xã hội tỉnh …`, `Bảo tàng tỉnh …`, and since 2025 `Thuế tỉnh …`, `Hải quan khu vực …`.
      'bảo hiểm xã hội', 'bhxh', 'thuế', 'hải quan', 'thư viện', 'bảo tàng',
      // Cooperative alliances, party organizations and corporations: `Liên minh Hợp tác xã tỉnh …`, `Đảng bộ phường …`, `Tổng công ty …`.
      'liên minh', 'liên hiệp', 'hợp tác xã', 'htx', 'đảng bộ', 'chi bộ', 'tổng công ty',
      // Commune stations and armed units: `Trạm Y tế xã …`, `Hạt Kiểm lâm …`, `Đồn Biên phòng …`, `Trung đoàn 88`.
      'trạm', 'hạt', 'đồn', 'bộ đội', 'trung đoàn', 'lữ đoàn', 'sư đoàn', 'quân khu',
    ]
      .map((word) => word.replace(/ /g, String.raw`\s+`))
      .join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'iu',
);
/** Organization words that are also Vietnamese surnames or given names: `Đoàn Thanh Bình`, `Trường Giang`. */
const NAME_LIKE_ORGANIZATION = /^(?:đoàn|trường|trang|hội)\s/iu;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|info)(?:\/\S*)?$/iu;

/** One word of a name: `Ngọc`, `DUYÊN`, `TQ`, initials `T.H.`, `C.Trúc`, Ê Đê and Jrai given names `H’Lan`. */
const NAME_WORD = /^(?:\p{Lu}(?:[’']\p{Lu})?\p{Ll}*|\p{Lu}+|(?:\p{Lu}\p{Ll}{0,2}\.)+(?:\p{Lu}\p{Ll}*)?)$/u;
/** Title-cased function words and honorifics: such a line is a heading, not a name. */
const NOT_NAME_WORDS = new Set([
  'của', 'và', 'các', 'những', 'được', 'là', 'có', 'tại', 'với', 'cho', 'đã', 'sẽ', 'đang', 'này', 'về', 'để',
  'khi', 'không', 'trong', 'đến', 'theo', 'ông', 'bà',
]);
const MAX_NAME_WORDS = 5;
/** Longest run of names before the unit: more is a list of people, not a byline. */
const MAX_BYLINE_WORDS = 12;
/** Longest unit after the names: `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau`, `Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Đồng Tháp`. */
const MAX_UNIT_WORDS = 16;
/** A unit written with its abbreviation, then its place: `BĐBP tỉnh Kon Tum`, `CDC Đồng Tháp`; a line all in capitals is a name (`NGỌC HÂN`). */
const ABBREVIATED_UNIT = /^\p{Lu}{2,}\s.*\p{Ll}/u;
/** Longest signature line: a long source line with its URL fits well within it. */
const MAX_SIGNATURE_LENGTH = 500;
/** Compiler's and interviewer's notes after a name: `T.H (tổng hợp)`, `Minh Anh (st)`, `Hồng Nhung (thực hiện)`, `Thu Hà (ghi)`. */
const COMPILER_NOTE = /\s*\((?:tổng\s+hợp|th|st|sưu\s+tầm|lược\s+dịch|biên\s+dịch|dịch|thực\s+hiện|ghi)\)$/iu;
/**
 * Where a byline splits into names and unit: a spaced hyphen, an en or em
 * dash, a hyphen glued between words (`Liên-Sở`), a comma (`Y.T., Sở …`) or
 * `và` between two writers (`Minh Thư và Ngọc Hân`); not the hyphens of a
 * date (`18-7-2006`).
 */
const BYLINE_SEPARATOR = /\s+-\s*|\s*-\s+|\s*[–—]\s*|(?<=\p{L})-(?=\p{Lu})|\s*,\s*|\s+và\s+/gu;
const DATE_PART = /^(?:ngày\s+)?\d{1,2}\s*[/.\-–]\s*\d{1,2}(?:\s*[/.\-–]\s*\d{4})?$/iu;

const CREDIT = /(?<![\p{L}\p{N}])(?:nguồn\s+)?ảnh\s*:\s*/giu;
const MAX_CREDIT_WORDS = 8;
const IMAGE_FILE = /^[^\n]{1,200}\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|heif|avif|svg)$/iu;
/** Camera, phone and chat-app names saved without an extension: `IMG_2034`, `DSC00123`, `z1234567_abc`. */
const CAMERA_FILE = /^(?:(?:IMG|DSC[FN]?|PXL|MVIMG|FB_IMG)[_-]?\d{3,}[\w-]*|z\d{6,}_[0-9a-f]+)$/iu;

function isName(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  return words.every((word) => NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()));
}

function isOrganization(text: string): boolean {
  if (!ORGANIZATION.test(text)) return false;
  return !(NAME_LIKE_ORGANIZATION.test(text) && isName(text));
}

/** Cuts a trailing period, except the one closing initials (`T.H.`). */
function withoutFinalPeriod(text: string): string {
  return /(?:^|[\s.])\p{Lu}\.$/u.test(text) ? text : text.replace(/\.$/u, '').trimEnd();
}

/**
 * Splits `names [- unit]`: leading parts that are names are the author
 * (kept as written), the rest from the first organization part is the unit.
 */
function splitByline(text: string): { author: string; unit?: string } | undefined {
  const pieces: Array<{ start: number; end: number; text: string }> = [];
  const addPiece = (start: number, end: number): void => {
    pieces.push({ start, end, text: text.slice(start, end) });
  };
  let partStart = 0;
  for (const separator of text.matchAll(BYLINE_SEPARATOR)) {
    addPiece(partStart, separator.index);
    partStart = separator.index + separator[0].length;
  }
  addPiece(partStart, text.length);
  // A trailing date (`…, ngày 18-7-2006`) dates the byline; it is neither name nor unit.
  while (pieces.length > 1 && DATE_PART.test(pieces[pieces.length - 1]!.text)) pieces.pop();

  // The first piece is the writer even in capitals: an abbreviated unit only follows a name.
  const unitIndex = pieces.findIndex((piece, index) => isOrganization(piece.text) || (index > 0 && ABBREVIATED_UNIT.test(piece.text)));
  const names = unitIndex === -1 ? pieces : pieces.slice(0, unitIndex);
  if (names.length === 0 || !names.every((piece) => isName(piece.text))) return undefined;
  const author = text.slice(names[0]!.start, names[names.length - 1]!.end);
  if (countWords(author) > MAX_BYLINE_WORDS) return undefined;
  if (unitIndex === -1) return { author };
  const unit = text.slice(pieces[unitIndex]!.start, pieces[pieces.length - 1]!.end);
  return countWords(unit) > MAX_UNIT_WORDS ? undefined : { author, unit };
}

function labelled(form: SignatureForm, rest: string): SignatureMatch {
  const value = withoutFinalPeriod(rest.trim());
  if (form === 'source') return { form, unit: value };
  const byline = splitByline(value);
  if (!byline) return { form, author: value };
  return byline.unit === undefined ? { form, author: byline.author } : { form, author: byline.author, unit: byline.unit };
}

/** `Theo Báo Đồng Tháp`, `(Theo Cổng TTĐT …)`: a source named like an outlet, not `Theo kế hoạch, …`. */
function accordingTo(rest: string, parenthesized: boolean): SignatureMatch | undefined {
  const outlet = withoutFinalPeriod(rest.trim());
  if (!parenthesized && (outlet.includes(',') || countWords(outlet) > MAX_BYLINE_WORDS)) return undefined;
  const first = outlet.split(/\s+/u)[0] ?? '';
  const namesOutlet = isOrganization(outlet) || DOMAIN.test(first) || /^\p{Lu}{2,}$/u.test(first) || isName(outlet);
  return namesOutlet ? { form: 'according-to', unit: outlet } : undefined;
}

let latestLine: string | undefined;
let latestMatch: SignatureMatch | undefined;

/**
 * Parses a line that may be the article's signature/byline/source line. The
 * model and the end-of-article rules both read the last line of a document:
 * the latest answer is kept for the second reading.
 */
export function parseSignatureLine(line: string): SignatureMatch | undefined {
  if (line !== latestLine) {
    latestMatch = readSignatureLine(line);
    latestLine = line;
  }
  return latestMatch;
}

function readSignatureLine(line: string): SignatureMatch | undefined {
  let text = line.trim();
  // Longer text is body, and the lazy patterns below would overflow the regex stack on a line of megabytes.
  if (text.length > MAX_SIGNATURE_LENGTH) return undefined;
  const parenthesized = /^\(.*\)$/u.test(text);
  if (parenthesized) text = text.slice(1, -1).trim();
  if (!text) return undefined;

  const label = LABELLED.exec(text);
  if (label) {
    const known = LABELS.find(({ pattern }) => pattern.test(label[1]!.trim()));
    return known ? labelled(known.form, label[2]!) : undefined;
  }
  const according = ACCORDING_TO.exec(text);
  if (according) return accordingTo(according[1]!, parenthesized);
  if (TEAM.test(text)) return { form: 'produced-by', author: withoutFinalPeriod(text) };

  // A name alone, names joined by a dash, or name and unit: never a sentence.
  if (countWords(text) > MAX_BYLINE_WORDS + MAX_UNIT_WORDS) return undefined;
  const bare = text.endsWith(')') ? text.replace(COMPILER_NOTE, '') : text;
  // A final period makes the line a sentence, unless it closes initials (`T.H.`).
  if (withoutFinalPeriod(bare) !== bare) return undefined;
  // `(TTXVN)`, `(Báo Đồng Tháp)`: an outlet alone in parentheses cites the source.
  if (parenthesized && isOrganization(bare)) return { form: 'source', unit: bare };
  const unitInParentheses = bare.endsWith(')') ? /^(.*?)\s*\(([^()]+)\)$/u.exec(bare) : null;
  if (unitInParentheses && isName(unitInParentheses[1]!) && isOrganization(unitInParentheses[2]!)) {
    return { form: 'name-unit', author: unitInParentheses[1]!, unit: unitInParentheses[2]! };
  }
  const byline = splitByline(bare);
  if (!byline) return undefined;
  return byline.unit === undefined
    ? { form: 'name', author: byline.author }
    : { form: 'name-unit', author: byline.author, unit: byline.unit };
}

/** A photo credit `Ảnh: Name` (also `Ảnh: VGP`, `- Ảnh: VGP`, `(Ảnh: …)`) at the end of a caption or alone. Returns the credit's indexes within text. */
export function findCredit(text: string): { start: number; end: number; name: string } | undefined {
  // Every credit label ends with a colon; most captions hold none.
  if (!text.includes(':')) return undefined;
  let found: { start: number; end: number; name: string } | undefined;
  for (const label of text.matchAll(CREDIT)) {
    const before = text.slice(0, label.index);
    // `Tin, ảnh: …` is a byline, not a photo credit.
    if (/(?:tin|bài)\s*(?:,|và|&|\+|\/|-)\s*$/iu.test(before)) continue;
    // Right after a word, only a capital `Ảnh:` starts a credit; `Hình ảnh: …` is prose.
    if (/\p{L}\s+$/u.test(before) && /^\p{Ll}/u.test(label[0])) continue;
    const nameStart = label.index + label[0].length;
    // The name runs to the end, leaving a closing parenthesis, final period or CMS `|` outside.
    const tail = /^(.*?)(\s*\))?[\s.|]*$/u.exec(text.slice(nameStart));
    const name = tail?.[1] ?? '';
    if (!name || /[.!?]\s/u.test(name) || countWords(name) > MAX_CREDIT_WORDS) continue;
    const opening = /\(\s*$/u.exec(before);
    const closing = tail?.[2];
    if (closing !== undefined && !opening) continue;
    const start = opening && closing !== undefined ? label.index - opening[0].length : label.index;
    found = { start, end: nameStart + name.length + (closing?.length ?? 0), name };
  }
  return found;
}

/** True for `IMG_2034.jpg`, `DSC00123.JPG`, `anh1.png`, `image.jpeg`, `z1234567_abc.jpg`, `Screenshot 2024-01-01 at 10.00.00.png`: a file name, not a caption. */
export function looksLikeFileName(text: string): boolean {
  const trimmed = text.trim();
  // An image file name has a dot before its extension: most captions hold no dot and skip that pattern.
  return (trimmed.includes('.') && IMAGE_FILE.test(trimmed)) || CAMERA_FILE.test(trimmed);
}
