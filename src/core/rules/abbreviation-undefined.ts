import type { Block, PressRelease, Span } from '../model/types';
import { articleEnding } from './article-ending';
import type { Rule } from '../types';
import { skipOutletTag } from '../model/dateline';
import type { ProseBlock } from '../model/prose';
import type { Word } from '../text/words';
import { abbreviationBlocks, abbreviationKey, BUILT_IN_ABBREVIATIONS, HEADLINE_ABBREVIATIONS, isAbbreviation } from '../lang/abbreviations';
import { ORGANIZATION_HEADS } from '../lang/organizations';
import { isKnownSyllable } from '../lang/syllable';

/** A parenthesis on one line: where an abbreviation is defined, `(CĐS)`, `(sau đây gọi tắt là Sở KH&CN)`. */
const PARENTHESIS = /\(([^()\n]{1,80})\)/gu;
/** The formula of a defined short form (Nghị định 30 writes `(sau đây gọi chung là …)`). */
const DEFINITION_FORMULA =
  /^\s*(?:sau\s+đây\s+)?(?:(?:được\s+)?(?:gọi|viết)\s+tắt(?:\s+là)?|gọi\s+(?:chung\s+)?là|viết\s+tắt)\s*:?\s*/iu;
/** Only spaces, quotes or emphasis marks between a word and the parenthesis after it. */
const ADJACENT = /^[\s"”’*_]*$/u;
/** A short form in parentheses holds the abbreviation and at most a word or two more: `(Sở TT&TT)`. */
const MAX_DEFINITION_WORDS = 4;
/** Photo credits and source lines name agencies by their own initials: `Ảnh: BTC`, `(Nguồn: TTXVN)`. */
const CREDIT = /(?:ảnh|nguồn)\s*:[^)\n]*/giu;
/** Crop and livestock varieties are named by a code and a number (`giống lúa ĐV 108, ML 48, ST25`, `gạo ST25`): names, not abbreviations. */
const VARIETY_LIST = /(?<!\p{L})(?:giống|gạo|lúa)(?!\p{L})[^.;!?\n]*/giu;
const VARIETY_CODE = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\d]*\s?\d+(?![\p{L}\d])/gu;
const FILE_EXTENSION = String.raw`\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|docx?|pdf|xlsx?|pptx?|mp4|mov)(?![\p{L}\d])`;
/** A file name (`IMG_2034.jpg`, `DSC0012.JPG`, a photo left as its caption): its capitals are the camera's, not an abbreviation (caption-format reports such a caption). */
const FILE_NAME = new RegExp(String.raw`[^\s"'“”‘’()]+${FILE_EXTENSION}`, 'giu');
/** Looked for first: `FILE_NAME` tries a run of characters at each position before its extension, which few blocks hold. */
const HAS_FILE_EXTENSION = new RegExp(FILE_EXTENSION, 'iu');
/** A road's number: national, provincial, district and expressway roads (`QL1A`, `QL 20`, `ĐT.845`, `TL10`, `CT.01`). */
const ROAD_NUMBER = /(?:QL|ĐT|TL|ĐH|HL|CT)\.?[^\S\n]?\d+[A-Z]?(?![\p{L}\d])/gu;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** A fishing vessel's registration number: the province's letters, digits and `TS` (`BĐ 96279 TS`, `KG-92378-TS`). */
const VESSEL_NUMBER = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\p{Ll}]{0,3}[\s-]?\d{4,6}[\s-]?TS(?![\p{L}\d])/gu;
const SETTING_PERIOD = /\.$/u;
const PART_SEPARATOR = /[-.]/u;
const DIGITS = /^\d+$/u;

/** One-word heads of a body's name, which take a field's abbreviation to define (`Sở KH&CN Đồng Tháp`, `Tổ CNSCĐ`). */
const BODY_HEADS: ReadonlySet<string> = new Set(ORGANIZATION_HEADS.map(({ words }) => words).filter((words) => !words.includes(' ')));
/** An opening quote right before a word: `“LDX Global”`. */
const OPENING_QUOTE = /[“"‘]$/u;

/**
 * Initials inside a proper name, between a capitalized word (or an opening
 * quote) and a capitalized word: a brand or a project, not an abbreviation
 * to spell out (`Khu công nghiệp Becamex VSIP Bình Định`, `ứng dụng “LDX
 * Global”`). After a body's head they are its field (`Sở KH&CN Đồng Tháp`).
 */
function insideProperName(text: string, words: readonly Word[], index: number): boolean {
  const [before, word, after] = [words[index - 1], words[index]!, words[index + 1]];
  if (!after || text.slice(word.end, after.start) !== ' ' || !after.spelling.capitalized || isAbbreviation(after.text)) return false;
  // Before a foreign word, the initials open a foreign brand or product: `drone DJI Agras T50`.
  if (OPENING_QUOTE.test(text.slice(before?.end ?? 0, word.start)) || !isKnownSyllable(after.text)) return true;
  return before !== undefined && text.slice(before.end, word.start) === ' ' && before.spelling.capitalized && !isAbbreviation(before.text) && !BODY_HEADS.has(before.text);
}

type Allowed = (abbreviation: string) => boolean;

/**
 * Built-in and configured abbreviations; a compound passes when each of its parts does (`PGS.TS`, `HĐND-UBND`).
 * Another spelling of a listed one (`NNMT` for `NN&MT`) needs no definition either: abbreviation-variant reports it.
 */
function allowedIn(list: ReadonlySet<string>): Allowed {
  const keys = new Set([...list].map(abbreviationKey));
  return (abbreviation) =>
    list.has(abbreviation) ||
    keys.has(abbreviationKey(abbreviation)) ||
    (PART_SEPARATOR.test(abbreviation) && abbreviation.split(PART_SEPARATOR).every((part) => DIGITS.test(part) || list.has(part)));
}

interface AllowedLists {
  inBody: Allowed;
  inHeadline: Allowed;
}

function allowedWith(configuredList: readonly string[]): AllowedLists {
  const configured = configuredList.map((abbreviation) => abbreviation.trim().replace(SETTING_PERIOD, ''));
  return {
    inBody: allowedIn(new Set([...BUILT_IN_ABBREVIATIONS, ...configured])),
    inHeadline: allowedIn(new Set([...BUILT_IN_ABBREVIATIONS, ...HEADLINE_ABBREVIATIONS, ...configured])),
  };
}

const builtInAllowed = allowedWith([]);
const allowedByConfig = new WeakMap<readonly string[], AllowedLists>();

/** What needs no definition in the body and in the headline, built once per config (a project without a list gets a new empty one per lint). */
function allowedFor(configuredList: readonly string[]): AllowedLists {
  if (configuredList.length === 0) return builtInAllowed;
  let allowed = allowedByConfig.get(configuredList);
  if (!allowed) {
    allowed = allowedWith(configuredList);
    allowedByConfig.set(configuredList, allowed);
  }
  return allowed;
}

/** Indexes of the words that define an abbreviation: `chuyển đổi số (CĐS)`, `(gọi tắt là KH&CN)`, or `CĐS (chuyển đổi số)`. */
function definingWords(text: string, words: readonly Word[]): Set<number> {
  const defining = new Set<number>();
  if (!text.includes('(')) return defining;
  let next = 0;
  PARENTHESIS.lastIndex = 0;
  for (let match = PARENTHESIS.exec(text); match; match = PARENTHESIS.exec(text)) {
    const open = match.index;
    const close = open + match[0].length - 1;
    while (next < words.length && words[next]!.end <= open) next++;
    const before = words[next - 1];
    // A parenthesis opening the block is an outlet tag (`(BBNĐT)`), not a definition.
    if (!before || !ADJACENT.test(text.slice(before.end, open))) continue;
    const contentStart = open + 1 + (DEFINITION_FORMULA.exec(match[1]!)?.[0].length ?? 0);
    const content: number[] = [];
    for (let index = next; index < words.length && words[index]!.start < close; index++) {
      if (words[index]!.start >= contentStart) content.push(index);
    }
    const abbreviations = content.filter((index) => isAbbreviation(words[index]!.text));
    if (abbreviations.length > 0 && content.length <= MAX_DEFINITION_WORDS) for (const index of abbreviations) defining.add(index);
    else if (abbreviations.length === 0 && content.length >= 2 && isAbbreviation(before.text)) defining.add(next - 1);
  }
  return defining;
}

/** Plain-text ranges whose initials are names, not abbreviations to define: the lead's outlet tag, varieties, file names and credits; and legacy-encoded text, encoding-legacy's finding. */
function ignoredRanges(doc: PressRelease, prose: ProseBlock): Span[] {
  const { block } = prose;
  const text = block.plain.text;
  const ranges: Span[] = [...prose.legacyRuns];
  if (block === doc.lead) ranges.push({ start: 0, end: skipOutletTag(text) });
  VARIETY_LIST.lastIndex = 0;
  for (let list = VARIETY_LIST.exec(text); list; list = VARIETY_LIST.exec(text)) {
    VARIETY_CODE.lastIndex = 0;
    for (let code = VARIETY_CODE.exec(list[0]); code; code = VARIETY_CODE.exec(list[0])) {
      ranges.push({ start: list.index + code.index, end: list.index + code.index + code[0].length });
    }
  }
  ROAD_NUMBER.lastIndex = 0;
  for (let road = ROAD_NUMBER.exec(text); road; road = ROAD_NUMBER.exec(text)) {
    if (road.index === 0 || !LETTER_OR_DIGIT.test(text[road.index - 1]!)) ranges.push({ start: road.index, end: road.index + road[0].length });
  }
  if (text.includes(' TS')) {
    VESSEL_NUMBER.lastIndex = 0;
    for (let vessel = VESSEL_NUMBER.exec(text); vessel; vessel = VESSEL_NUMBER.exec(text)) ranges.push({ start: vessel.index, end: vessel.index + vessel[0].length });
  }
  if (HAS_FILE_EXTENSION.test(text)) {
    FILE_NAME.lastIndex = 0;
    for (let name = FILE_NAME.exec(text); name; name = FILE_NAME.exec(text)) ranges.push({ start: name.index, end: name.index + name[0].length });
  }
  if (!text.includes(':')) return ranges;
  CREDIT.lastIndex = 0;
  for (let match = CREDIT.exec(text); match; match = CREDIT.exec(text)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

/** The key of `words[index]` joined with an abbreviation right before or after it, one space apart (`UB MTTQ` → `UBMTTQ`). */
function pairedAbbreviationKey(text: string, words: readonly Word[], index: number): string | undefined {
  const [before, word, after] = [words[index - 1], words[index]!, words[index + 1]];
  if (after && text.slice(word.end, after.start) === ' ' && isAbbreviation(after.text)) return abbreviationKey(word.text + after.text);
  if (before && text.slice(before.end, word.start) === ' ' && isAbbreviation(before.text)) return abbreviationKey(before.text + word.text);
  return undefined;
}

function isTitleBlock(doc: PressRelease, block: Block): boolean {
  return doc.title !== undefined && block.start <= doc.title.start && doc.title.end <= block.end;
}

export const abbreviationUndefined: Rule = {
  meta: {
    id: 'abbreviation-undefined',
    group: 'language',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: {
        vi: 'Chữ viết tắt phải được viết đầy đủ ở lần dùng đầu tiên',
        en: 'Spell out an abbreviation at its first use',
      },
      rationale: {
        vi: 'Người đọc trên Cổng không phải ai cũng biết CĐS, KH&CN, MTTQ hay TT&TT là gì. Lần đầu dùng, viết đầy đủ rồi ghi chữ viết tắt trong ngoặc: "chuyển đổi số (CĐS)", hoặc "(sau đây gọi tắt là …)" như Nghị định 30/2020 vẫn làm; từ đó về sau mới dùng chữ viết tắt. Quy tắc chỉ báo lần dùng đầu tiên của mỗi chữ viết tắt, và báo riêng trường hợp phần giải thích nằm sau lần dùng đầu. Không cần giải thích: UBND, HĐND, ĐBQH, TP, THPT, THCS, COVID-19, các tổ chức quốc tế (ASEAN, WHO, UNESCO…), OCOP, VNPT, TTXVN, học hàm học vị (PGS, TS, ThS), đơn vị tiền tệ, công thức hóa học và chỉ số không khí (CO2, PM2.5), chủng vi-rút (H5N1), mã tiêu chuẩn (ISO 9001:2015, TCVN, QCVN), số hiệu đường (QL1A, ĐT.845), mã lô, mã phòng (LK03-01), STT (cột số thứ tự của bảng); số La Mã (khóa XV), chữ in hoa toàn bộ (“HOÀN TOÀN BỊA ĐẶT”), ký hiệu trong số văn bản (123/QĐ-UBND), tên cơ quan báo ở đầu sapo ((BBNĐT)), tên sau "Ảnh:", "Nguồn:", tên tệp (IMG_2034.jpg) và đoạn chữ gõ bằng bảng mã cũ (encoding-legacy báo đoạn đó). Mã giống cây trồng, vật nuôi ("giống lúa ĐV 108") là tên, không phải chữ viết tắt. Chữ viết tắt nằm giữa một tên riêng, sau một chữ viết hoa (không phải "Sở", "Ban", "Tổ"…) hay dấu mở ngoặc kép và trước một chữ viết hoa, là tên thương hiệu, dự án ("Khu công nghiệp Becamex VSIP Bình Định", "“LDX Global”"); còn "Sở KH&CN Đồng Tháp" vẫn phải giải thích. Thêm chữ viết tắt riêng của đơn vị vào danh sách "abbreviations" trong .govpressrc.json; cách viết khác của chữ đó (NNMT cho NN&MT), hay của một chữ đã giải thích trong bài (KHCN sau "(KH&CN)"), do abbreviation-variant báo. Tiêu đề không nên có chữ viết tắt, trừ những chữ quen thuộc kể trên và TW.',
        en: 'Not every portal reader knows what CĐS, KH&CN, MTTQ or TT&TT stand for. At the first use, write the full form with the abbreviation in parentheses: "chuyển đổi số (CĐS)", or "(sau đây gọi tắt là …)" as Decree 30/2020 does; use the abbreviation alone only after that. The rule reports the first use of each abbreviation, and says so separately when the definition comes after that first use. No definition is needed for UBND, HĐND, ĐBQH, TP, THPT, THCS, COVID-19, international bodies (ASEAN, WHO, UNESCO…), OCOP, VNPT, TTXVN, degrees (PGS, TS, ThS), currencies, chemical formulas and air-quality measures (CO2, PM2.5), virus strains (H5N1), standards (ISO 9001:2015, TCVN, QCVN), road numbers (QL1A, ĐT.845), lot or room codes (LK03-01) or STT (the number column of a table); Roman numerals (khóa XV), words set in capitals (“HOÀN TOÀN BỊA ĐẶT”), symbols inside document numbers (123/QĐ-UBND), the outlet tag opening a lead ((BBNĐT)), names after "Ảnh:" or "Nguồn:", file names (IMG_2034.jpg) and text in a legacy encoding (encoding-legacy reports it) are not abbreviations to define. Codes of crop and livestock varieties ("giống lúa ĐV 108") are names, not abbreviations. Initials inside a proper name, after a capitalized word (not a head such as "Sở", "Ban", "Tổ") or an opening quote and before a capitalized word, are a brand or a project ("Khu công nghiệp Becamex VSIP Bình Định", "“LDX Global”"); "Sở KH&CN Đồng Tháp" still needs its definition. Add your unit\'s own abbreviations to "abbreviations" in .govpressrc.json; other spellings of one (NNMT for NN&MT), or of one defined in the text (KHCN after "(KH&CN)"), are reported by abbreviation-variant. A headline should hold no abbreviation except those well-known ones and TW.',
      },
    },
    messages: {
      undefined: {
        vi: 'Chữ viết tắt "{abbreviation}" chưa được giải thích: ở lần dùng đầu tiên này, viết đầy đủ rồi ghi "({abbreviation})" sau đó, ví dụ "chuyển đổi số (CĐS)".',
        en: 'Abbreviation "{abbreviation}" is not spelled out: at this first use, write the full form followed by "({abbreviation})", e.g. "chuyển đổi số (CĐS)".',
      },
      definedLater: {
        vi: 'Chữ viết tắt "{abbreviation}" được dùng trước khi giải thích (phần viết đầy đủ ở dòng {line}): đưa phần viết đầy đủ lên lần dùng đầu tiên này.',
        en: 'Abbreviation "{abbreviation}" is used before it is spelled out (the full form is on line {line}): move the full form to this first use.',
      },
      inHeadline: {
        vi: 'Tiêu đề có chữ viết tắt "{abbreviation}": viết đầy đủ trong tiêu đề, vì tiêu đề được đọc trước mọi phần giải thích.',
        en: 'The headline holds the abbreviation "{abbreviation}": spell it out there, since the headline is read before any definition.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Viết đầy đủ ở lần đầu, UBND không cần giải thích', en: 'Spelled out at first use; UBND needs no definition' },
          text: '# Tỉnh đoàn ra quân hỗ trợ người dân chuyển đổi số\n\nSáng 14/4, Tỉnh đoàn phối hợp với UBND các xã, phường ra quân thúc đẩy chuyển đổi số (CĐS) trong đoàn viên, thanh niên.\n\nCác đội hình tình nguyện hướng dẫn người dân cài đặt ứng dụng phục vụ CĐS.\n',
        },
        {
          title: { vi: 'Cách viết khác của chữ viết tắt đã giải thích (abbreviation-variant báo)', en: 'Another spelling of a defined abbreviation (abbreviation-variant reports it)' },
          text: '# Ra mắt nền tảng số\n\nSáng 14/4, Sở Khoa học và Công nghệ (Sở KH&CN) ra mắt nền tảng số. Lãnh đạo Sở KH&CN và chuyên viên Sở KHCN hướng dẫn người dân đăng ký.\n',
        },
        {
          title: { vi: 'Chữ viết tắt đã giải thích bị viết tách đôi (abbreviation-variant báo)', en: 'A defined abbreviation written in two halves (abbreviation-variant reports it)' },
          text: '# Hội thi Dân vận khéo\n\nSáng 14/10, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (UBMTTQ tỉnh) tổ chức Hội thi. Theo UB MTTQ tỉnh, phong trào có 2.300 mô hình.\n',
        },
        {
          title: { vi: 'Công thức hóa học, chỉ số không khí, chủng vi-rút, mã lô đất, số hiệu tàu cá', en: 'Chemical formulas, air-quality measures, virus strains, lot codes, a fishing vessel\'s number' },
          text: '# Mô hình lúa giảm phát thải\n\nSáng 14/4, Sở Nông nghiệp và Môi trường tổng kết mô hình: lượng phát thải giảm 4,9 tấn CO2 tương đương/ha, khí CH4 giảm 30%, bụi mịn PM2.5 ở mức tốt; đàn gia cầm được tiêm phòng cúm H5N1. Trạm quan trắc đặt tại lô LK03-01 gần QL1A và ĐT.845; sản phẩm OCOP gồm gạo ST25 và hành tím; tàu cá BĐ 96279 TS đã vào bờ.\n',
        },
        {
          title: { vi: '"Sau đây gọi tắt là", số văn bản, số La Mã', en: '"Sau đây gọi tắt là", document numbers, Roman numerals' },
          text: '# Công bố thủ tục hành chính mới\n\nThực hiện Quyết định số 3888/QĐ-UBND ngày 30/11/2018 của UBND tỉnh, Sở Khoa học và Công nghệ (sau đây gọi tắt là Sở KH&CN) đã rà soát 45 thủ tục. Tại kỳ họp thứ 7, HĐND tỉnh khóa X đã thông qua nghị quyết; Sở KH&CN sẽ công bố danh mục trong tháng 5.\n',
        },
        {
          title: { vi: 'Tên cơ quan báo, chữ in hoa, tổ chức quốc tế, ghi ảnh', en: 'Outlet tag, words in capitals, international bodies, photo credit' },
          text: '# Bác bỏ thông tin sai sự thật về dịch bệnh\n\n(ĐTO) Ngày 4-3, Sở Y tế khẳng định thông tin về ổ dịch COVID-19 mới là “HOÀN TOÀN BỊA ĐẶT”, đồng thời đề nghị người dân theo dõi khuyến cáo của WHO và xét nghiệm PCR khi có triệu chứng.\n\n*Lãnh đạo Sở Y tế trả lời báo chí. Ảnh: BTC*\n',
        },
        {
          title: { vi: 'Học vị trước tên, loại hình công ty trong tên công ty', en: 'A degree before a name, a company\'s legal form in its name' },
          text: '# Khám bệnh miễn phí cho người cao tuổi\n\nSáng 12/6, Bệnh viện Đa khoa tỉnh phối hợp với Công ty TNHH MTV Xổ số kiến thiết tỉnh khám bệnh cho 300 người cao tuổi. BSCKII Trần Văn Hùng, Giám đốc Bệnh viện, trực tiếp thăm khám.\n',
        },
        {
          title: { vi: 'Chữ viết tắt trong tên riêng của một dự án, một ứng dụng', en: 'Initials inside the proper name of a project or an app' },
          text: '# Bàn giao mặt bằng khu công nghiệp\n\nSáng 16/1, Ban Quản lý Khu kinh tế bàn giao 286 ha cho Khu công nghiệp Becamex VSIP Bình Định. Người dân được khuyến cáo không cài ứng dụng “LDX Global”.\n',
        },
        {
          title: { vi: 'Mã giống cây trồng, vật nuôi', en: 'Codes of crop and livestock varieties' },
          text: '# Khung lịch thời vụ vụ đông xuân\n\nSở khuyến cáo nông dân sử dụng các giống lúa ngắn ngày như ĐV 108, ML 48, TBR 225, ST25 và OM5451.\n',
        },
        {
          title: { vi: 'Cột STT của bảng; đoạn gõ bằng bảng mã cũ (encoding-legacy báo đoạn đó)', en: 'A table\'s STT column; text in a legacy encoding (encoding-legacy reports it)' },
          text: '# Kết quả lựa chọn nhà thầu\n\n| STT | Gói thầu | Giá trúng thầu |\n| --- | --- | --- |\n| 1 | Xây lắp | 12,5 tỷ đồng |\n\nMäi sù ñng hé xin göi vÒ Ban Th\u00adêng vô TØnh ®oµn Qu¶ng TrÞ.\n',
        },
        {
          title: { vi: 'Tên tệp ảnh (caption-format báo chú thích như vậy)', en: 'A file name (caption-format reports such a caption)' },
          text: '# Khai giảng năm học mới\n\n![Lễ khai giảng](images/khai-giang.jpg)\n\n*IMG_2034.jpg*\n\nSáng 5/9, các trường khai giảng năm học mới; ảnh gốc lưu tại DSC0012.JPG.\n',
        },
        {
          title: {
            vi: 'Chữ viết tắt riêng của đơn vị trong "abbreviations", cả cách viết khác (abbreviation-variant báo cách viết này)',
            en: 'The unit\'s own abbreviation listed in "abbreviations", other spellings too (abbreviation-variant reports those)',
          },
          settings: { abbreviations: ['NN&MT'] },
          text: '# Số hóa hồ sơ địa chính\n\nNgày 8/4, Sở NN&MT tổ chức hội nghị đánh giá kết quả số hóa hồ sơ địa chính. Lãnh đạo Sở NNMT đề nghị chuẩn hóa dữ liệu.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Dùng chữ viết tắt không giải thích', en: 'An abbreviation never spelled out' },
          text: '# Hội nghị triển khai nhiệm vụ năm 2026\n\nSáng 10/01, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị triển khai nhiệm vụ năm 2026. Dự hội nghị có đại diện Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo Sở TT&TT.\n\nPhát biểu tại hội nghị, đại diện Sở TT&TT đề nghị đẩy mạnh tuyên truyền trên không gian mạng.\n',
          expect: [
            { messageId: 'undefined', line: 3 },
            { messageId: 'undefined', line: 3 },
          ],
        },
        {
          title: { vi: 'Giải thích sau lần dùng đầu tiên', en: 'Spelled out only after the first use' },
          text: '# Hội thảo khoa học về nông nghiệp công nghệ cao\n\nNgày 5/3, Sở KH&CN tổ chức hội thảo về ứng dụng công nghệ cao trong sản xuất lúa.\n\nTheo Sở Khoa học và Công nghệ (KH&CN), tỉnh đã chuyển giao 12 quy trình kỹ thuật mới.\n',
          expect: [{ messageId: 'definedLater', line: 3 }],
        },
        {
          title: { vi: 'Chữ viết tắt trong tiêu đề', en: 'An abbreviation in the headline' },
          text: '# Đẩy mạnh CĐS trong công tác đoàn\n\nSáng 14/4, Tỉnh đoàn tổ chức hội nghị bàn giải pháp thúc đẩy chuyển đổi số (CĐS) trong công tác đoàn.\n',
          expect: [{ messageId: 'inHeadline', line: 1 }],
        },
        {
          title: { vi: 'TW dùng được ở tiêu đề, nhưng trong bài phải giải thích', en: 'TW is fine in a headline but must be spelled out in the body' },
          text: '# Quán triệt Nghị quyết Hội nghị TW 10\n\nSáng 20/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành TW Đảng khóa XIII.\n',
          expect: [{ messageId: 'undefined', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, settings, report }) {
    if (profile.language !== 'vi') return;
    const { inBody, inHeadline } = allowedFor(settings.abbreviations);
    const firstUses = new Map<string, Span>();
    /** The first use of each abbreviation that is not half of two written apart (`UB MTTQ`), and the keys of those pairs. */
    const firstLoneUses = new Map<string, Span>();
    const pairKeys = new Map<string, Set<string>>();
    const firstDefinitions = new Map<string, number>();
    const headlineReported = new Set<string>();

    // A signature block typed by hand (`TM. BAN THƯỜNG VỤ`) writes authorities, not abbreviations: signer-invalid reports the block.
    const typedBlock = articleEnding(doc).typedSignatureBlock;
    for (const { prose, block, words, abbreviations } of abbreviationBlocks(doc)) {
      if (abbreviations.length === 0 || block.role === 'signature' || (typedBlock && typedBlock.start <= block.start && block.end <= typedBlock.end)) continue;
      const headline = isTitleBlock(doc, block);
      const allowed = headline ? inHeadline : inBody;
      // Computed at the block's first abbreviation that is not allowed: most blocks have none.
      let ignored: Span[] | undefined;
      let defining: Set<number> | undefined;
      for (const index of abbreviations) {
        const word = words[index]!;
        const abbreviation = word.text;
        if (allowed(abbreviation)) continue;
        ignored ??= ignoredRanges(doc, prose);
        if (ignored.some((range) => range.start <= word.start && word.end <= range.end) || insideProperName(block.plain.text, words, index)) continue;
        if (headline) {
          if (headlineReported.has(abbreviation)) continue;
          headlineReported.add(abbreviation);
          report({ messageId: 'inHeadline', data: { abbreviation }, ...block.plain.span(word.start, word.end) });
          continue;
        }
        defining ??= definingWords(block.plain.text, words);
        // Spans are looked up for the first use and the first definition only: no other is reported or compared.
        if (defining.has(index)) {
          if (!firstDefinitions.has(abbreviation)) firstDefinitions.set(abbreviation, block.plain.toSource(word.start));
        } else {
          const pairKey = pairedAbbreviationKey(block.plain.text, words, index);
          if (pairKey !== undefined) pairKeys.set(abbreviation, (pairKeys.get(abbreviation) ?? new Set()).add(pairKey));
          if (!firstUses.has(abbreviation)) firstUses.set(abbreviation, block.plain.span(word.start, word.end));
          if (pairKey === undefined && !firstLoneUses.has(abbreviation)) firstLoneUses.set(abbreviation, block.plain.span(word.start, word.end));
        }
      }
    }

    // Another spelling of a defined one (`KHCN` after `(KH&CN)`) is abbreviation-variant's finding.
    let definedKeys: Set<string> | undefined;
    for (const [abbreviation, use] of firstUses) {
      const definition = firstDefinitions.get(abbreviation);
      if (definition !== undefined) {
        if (definition > use.start) report({ messageId: 'definedLater', data: { abbreviation, line: doc.lines.position(definition).line }, ...use });
        continue;
      }
      definedKeys ??= new Set(Array.from(firstDefinitions.keys(), abbreviationKey));
      if (definedKeys.has(abbreviationKey(abbreviation))) continue;
      // Half of a defined one written apart (`UB MTTQ` after `(UBMTTQ)`) is abbreviation-variant's too; a use of its own still needs the definition.
      const apart = [...(pairKeys.get(abbreviation) ?? [])].some((key) => definedKeys!.has(key));
      const reported = apart ? firstLoneUses.get(abbreviation) : use;
      if (reported) report({ messageId: 'undefined', data: { abbreviation }, ...reported });
    }
  },
};
