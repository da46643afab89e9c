import type { PressRelease } from '../model/types';
import type { Problem, Rule } from '../types';
import { formatPlaceDate, genericPlaceNoun, properPlaceName } from '../press-release/place-date';
import { frontMatterSpan, frontMatterString } from './helpers';
import { formatShortDate, parseIsoDate, type IsoDate } from '../calendar';
import { placeDateLineDate } from '../model/dateline';
import { frontMatterScalarFix } from './front-matter-fields';

/**
 * A date written into the place value: `…, ngày 5 tháng 3 năm 2026` or
 * `…, 05/3/2026`. Group `day`/`month`/`year` when the date is complete.
 */
const DATE_IN_PLACE =
  /[\s,]*(?:ngày(?:\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+(?<year>\d{4}))?|(?<numericDay>\d{1,2})[/.-](?<numericMonth>\d{1,2})[/.-](?<numericYear>\d{4})).*$/iu;

const PLACE_NAME_CHARACTERS = /^[\p{L}\p{M}\p{N} .'’-]+$/u;
/**
 * The line names a unit without its generic noun (`Đồng Tháp`, not `Tỉnh
 * Đồng Tháp`), except a unit named by a number or after a person (Phụ lục
 * I, II.4: `Quận 1`, `Thành phố Hồ Chí Minh`). Only these are known for sure
 * to keep the noun; whether another name is a person's is the writer's call.
 */
const KEEPS_GENERIC_NOUN = /^(?:\d+|hồ chí minh)$/u;

/** A generic noun written short (`TP. Huế`, `TX. Cai Lậy`), which the line spells out or leaves out. */
const ABBREVIATED_NOUN = /^(TP|Tp|TX|Tx)(?:\.\s*|\s+)(\S.*)$/u;
const SPELLED_OUT_NOUNS: Record<string, string> = { TP: 'thành phố', TX: 'thị xã' };

/** The same calendar day: the date written in the place and the ISO `date:`. */
function sameDay(groups: Record<string, string | undefined>, isoDate: string | undefined): boolean {
  const declared = isoDate === undefined ? undefined : parseIsoDate(isoDate);
  const day = groups['day'] ?? groups['numericDay'];
  const month = groups['month'] ?? groups['numericMonth'];
  const year = groups['year'] ?? groups['numericYear'];
  return Boolean(declared && day && month && year && Number(day) === declared.day && Number(month) === declared.month && Number(year) === declared.year);
}

/** A place name split at the generic noun opening it (`Thành phố` | `Hồ Chí Minh`), with whether the line keeps that noun. */
function splitGenericNoun(place: string): { noun: string; name: string; keepsNoun: boolean } | undefined {
  const noun = genericPlaceNoun(place);
  if (noun === undefined) return undefined;
  const name = place.slice(noun.length).trim();
  return { noun: place.slice(0, noun.length), name, keepsNoun: KEEPS_GENERIC_NOUN.test(name.toLocaleLowerCase('vi')) };
}

/** Reports a date, a trailing comma or wrong capitals in the `place` value. */
function checkPlace(doc: PressRelease, report: (problem: Problem) => void, value: string, date: string | undefined): void {
  const span = frontMatterSpan(doc, 'place');
  const fixTo = (text: string) => {
    const fix = frontMatterScalarFix(doc, ['place'], text);
    return fix ? { fix } : {};
  };
  const dateInPlace = DATE_IN_PLACE.exec(value);
  if (dateInPlace) {
    const placeName = value.slice(0, dateInPlace.index).trim();
    // Dropping the written date is safe only when `date:` says the same day and a place name is left.
    const certain = placeName !== '' && sameDay(dateInPlace.groups ?? {}, date);
    report({ messageId: 'placeWithDate', data: { value, place: placeName || '…' }, ...span, ...(certain ? fixTo(placeName) : {}) });
    return;
  }
  const withoutComma = value.replace(/[\s,]+$/u, '');
  if (withoutComma !== value) report({ messageId: 'placeTrailingComma', data: { value }, ...span, ...fixTo(withoutComma) });
  // Capitals are judged on names only, not on template placeholders such as `[Địa danh]`.
  if (!PLACE_NAME_CHARACTERS.test(withoutComma)) return;
  const abbreviated = ABBREVIATED_NOUN.exec(withoutComma);
  if (abbreviated) {
    const written = properPlaceName(`${SPELLED_OUT_NOUNS[abbreviated[1]!.toUpperCase()]} ${abbreviated[2]}`);
    const parts = splitGenericNoun(written)!;
    const expected = parts.keepsNoun ? written : parts.name;
    report({ messageId: 'placeAbbreviated', data: { value, abbreviation: abbreviated[0].slice(0, -abbreviated[2]!.length).trim(), expected }, ...span, ...fixTo(value.replace(withoutComma, expected)) });
    return;
  }
  const expected = properPlaceName(withoutComma);
  const parts = splitGenericNoun(expected);
  if (parts && !parts.keepsNoun) {
    report({ messageId: 'placeGenericNoun', data: { value, name: parts.name, noun: parts.noun }, ...span });
    return;
  }
  if (expected !== withoutComma) report({ messageId: 'placeCase', data: { value, expected }, ...span, ...fixTo(value.replace(withoutComma, expected)) });
}

const EXAMPLE_LINE = formatPlaceDate('Đồng Tháp', '2026-03-05');

/** A place-date line typed into the body (the header's is made from `place` and `date`) that gives another day than `date`. */
function checkTypedLines(doc: PressRelease, published: IsoDate, report: (problem: Problem) => void): void {
  for (const block of doc.blocks) {
    if (block.node.type !== 'paragraph' || !block.plain.text.includes('ngày')) continue;
    const typed = placeDateLineDate(block.plain.text);
    if (!typed || (typed.year === published.year && typed.month === published.month && typed.day === published.day)) continue;
    const line = block.plain.text.trim();
    const start = block.plain.text.indexOf(line);
    report({
      messageId: 'typedLineDiffers',
      data: { line, written: formatShortDate(typed), date: formatShortDate(published) },
      ...block.plain.span(start, start + line.length),
    });
  }
}

export const headerPlaceDateFormat: Rule = {
  meta: {
    id: 'header-place-date-format',
    group: 'profile',
    severity: 'error',
    fixable: true,
    docs: {
      summary: {
        vi: 'Địa danh (`place`) và ngày (`date`) để tạo dòng "Đồng Tháp, ngày 05 tháng 3 năm 2026"',
        en: 'Place (`place`) and date (`date`) for the line "Đồng Tháp, ngày 05 tháng 3 năm 2026"',
      },
      rationale: {
        vi: `Dòng địa danh, ngày tháng là thành phần bắt buộc (Nghị định 30/2020, Phụ lục I, mục II.4) và được tạo từ front matter theo đúng quy định: "${EXAMPLE_LINE}" (ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước). Vì vậy chỉ ghi tên địa danh vào \`place\` (viết hoa chữ cái đầu mỗi âm tiết, không có danh từ chung "tỉnh", "xã" trừ tên người hoặc chữ số như "Thành phố Hồ Chí Minh", "Quận 1", không viết tắt "TP.", "TX.", không dấu phẩy cuối, không ghi ngày) và ngày theo ISO vào \`date\`. Sửa tự động: bỏ dấu phẩy thừa, viết hoa đúng, viết đầy đủ hoặc bỏ "TP.", "TX.", và bỏ phần ngày ghi trong \`place\` khi ngày đó trùng với \`date\`.`,
        en: `The place-date line is a required element (Nghị định 30/2020, Phụ lục I, II.4) and is generated from the front matter in the decreed form: "${EXAMPLE_LINE}" (days below 10 and the months 1 and 2 zero-padded). So \`place\` holds the place name only (each syllable capitalized, no generic noun such as "tỉnh" or "xã" except before a person's name or a number as in "Thành phố Hồ Chí Minh", "Quận 1", no abbreviation such as "TP." or "TX.", no trailing comma, no date) and \`date\` the ISO date. The fix removes a trailing comma, corrects capitals, spells out or drops "TP." and "TX.", and drops a date written into \`place\` when it equals \`date\`.`,
      },
    },
    messages: {
      typedLineDiffers: {
        vi: 'Dòng "{line}" gõ trong bài ghi ngày {written}, nhưng "date:" là ngày {date}; dòng địa danh, ngày tháng ở đầu thông cáo được tạo từ "place" và "date": xóa dòng gõ tay, hoặc sửa cho khớp.',
        en: 'The line "{line}" typed in the text gives {written}, but "date:" is {date}; the place-date line at the head of the release is made from "place" and "date": delete the typed line, or make the two agree.',
      },
      placeMissing: {
        vi: 'Thiếu địa danh cho dòng "…, ngày … tháng … năm …": thêm "place: <tỉnh, thành phố nơi cơ quan đóng trụ sở>", ví dụ "place: Đồng Tháp".',
        en: 'No place for the line "…, ngày … tháng … năm …": add "place: <province or city of the agency>", e.g. "place: Đồng Tháp".',
      },
      placeWithDate: {
        vi: 'Địa danh "{value}" có ghi ngày tháng: chỉ ghi "{place}", ngày được lấy từ "date:".',
        en: 'Place "{value}" contains a date: write only "{place}"; the date comes from "date:".',
      },
      placeTrailingComma: {
        vi: 'Bỏ dấu phẩy cuối địa danh "{value}": dấu phẩy được thêm khi tạo dòng địa danh, ngày tháng.',
        en: 'Remove the trailing comma of place "{value}": the comma is added when the place-date line is generated.',
      },
      placeAbbreviated: {
        vi: 'Địa danh "{value}" có chữ viết tắt "{abbreviation}": dòng địa danh, ngày tháng ghi tên đầy đủ, "{expected}" (Nghị định 30/2020, Phụ lục I, mục II.4).',
        en: 'Place "{value}" abbreviates "{abbreviation}": the place-date line writes the name in full, "{expected}" (Decree 30/2020, Appendix I, II.4).',
      },
      placeCase: {
        vi: 'Địa danh "{value}" phải viết "{expected}": viết hoa chữ cái đầu mỗi âm tiết của tên riêng.',
        en: 'Place "{value}" must be written "{expected}": capitalize each syllable of the proper name.',
      },
      placeGenericNoun: {
        vi: 'Địa danh "{value}": dòng địa danh, ngày tháng chỉ ghi tên riêng, ví dụ "{name}"; chỉ giữ "{noun}" khi đơn vị hành chính mang tên người, chữ số hoặc sự kiện lịch sử ("Thành phố Hồ Chí Minh", "Quận 1") (Nghị định 30/2020, Phụ lục I, mục II.4).',
        en: 'Place "{value}": the place-date line gives the proper name only, e.g. "{name}"; keep "{noun}" only when the unit is named after a person, a number or a historic event ("Thành phố Hồ Chí Minh", "Quận 1") (Decree 30/2020, Appendix I, II.4).',
      },
      dateMissing: {
        vi: 'Thiếu ngày ban hành cho dòng "{place}, ngày … tháng … năm …": thêm "date: YYYY-MM-DD".',
        en: 'No date for the line "{place}, ngày … tháng … năm …": add "date: YYYY-MM-DD".',
      },
      dateInvalid: {
        vi: 'Ngày "{value}" không tạo được dòng địa danh, ngày tháng: viết theo dạng YYYY-MM-DD, ví dụ 2026-03-05.',
        en: 'Date "{value}" cannot make the place-date line: write it as YYYY-MM-DD, e.g. 2026-03-05.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Địa danh và ngày ISO', en: 'A place and an ISO date' }, profile: 'vn-press-release', text: '---\nplace: Đồng Tháp\ndate: 2026-03-05\n---\n' },
        { title: { vi: 'Tên đơn vị hành chính có danh từ chung', en: 'A place name opening with a generic noun' }, profile: 'vn-press-release', text: '---\nplace: Thành phố Hồ Chí Minh\ndate: 2026-01-15\n---\n' },
      ],
      invalid: [
        { title: { vi: 'Không có địa danh', en: 'No place' }, profile: 'vn-press-release', text: '---\ndate: 2026-03-05\n---\n', expect: [{ messageId: 'placeMissing', line: 1 }] },
        {
          title: { vi: 'Dòng địa danh, ngày tháng gõ trong bài khác ngày "date"', en: 'A place-date line typed in the text that differs from "date"' },
          profile: 'vn-press-release',
          text: '---\nplace: An Giang\ndate: 2025-08-15\n---\n\n# Khai mạc Tuần lễ Văn hóa Khmer tỉnh An Giang\n\n*An Giang, ngày 12 tháng 8 năm 2025*\n\nSáng 15/8, UBND tỉnh khai mạc Tuần lễ Văn hóa Khmer./.\n',
          expect: [{ messageId: 'typedLineDiffers', line: 8 }],
        },
        {
          title: { vi: 'Chép cả dòng địa danh, ngày tháng vào place', en: 'The whole place-date line copied into place' },
          profile: 'vn-press-release',
          text: '---\nplace: Đồng Tháp, ngày 5 tháng 3 năm 2026\ndate: 2026-03-05\n---\n',
          expect: [{ messageId: 'placeWithDate', line: 2 }],
          output: '---\nplace: Đồng Tháp\ndate: 2026-03-05\n---\n',
        },
        {
          title: { vi: 'Ngày ghi trong place khác với date', en: 'The date in place differs from date' },
          profile: 'vn-press-release',
          text: '---\nplace: Đồng Tháp, ngày 15 tháng 3 năm 2026\ndate: 2026-03-05\n---\n',
          expect: [{ messageId: 'placeWithDate', line: 2 }],
        },
        {
          title: { vi: 'Dấu phẩy cuối và chữ thường', en: 'A trailing comma and lower case' },
          profile: 'vn-press-release',
          text: '---\nplace: đồng tháp,\ndate: 2026-03-05\n---\n',
          expect: [
            { messageId: 'placeTrailingComma', line: 2 },
            { messageId: 'placeCase', line: 2 },
          ],
          output: '---\nplace: Đồng Tháp\ndate: 2026-03-05\n---\n',
        },
        {
          title: { vi: 'Ngày viết kiểu Việt Nam', en: 'A date written the Vietnamese way' },
          profile: 'vn-press-release',
          text: '---\nplace: Đồng Tháp\ndate: 5/3/2026\n---\n',
          expect: [{ messageId: 'dateInvalid', line: 3 }],
        },
        {
          title: { vi: 'Địa danh kèm danh từ chung "tỉnh"', en: 'A place name with the generic noun "tỉnh"' },
          profile: 'vn-press-release',
          text: '---\nplace: tỉnh Đồng Tháp\ndate: 2026-03-05\n---\n',
          // The line reads "Đồng Tháp, ngày …": capitalizing "Tỉnh" would not make it right, and whether the noun stays depends on the name.
          expect: [{ messageId: 'placeGenericNoun', line: 2 }],
        },
        {
          title: { vi: 'Đơn vị hành chính mang tên người, viết thường', en: 'A unit named after a person, in lower case' },
          profile: 'vn-press-release',
          text: '---\nplace: thành phố Hồ Chí Minh\ndate: 2026-01-15\n---\n',
          expect: [{ messageId: 'placeCase', line: 2 }],
          output: '---\nplace: Thành phố Hồ Chí Minh\ndate: 2026-01-15\n---\n',
        },
        {
          title: { vi: 'Địa danh viết tắt "TP."', en: 'A place name abbreviated "TP."' },
          profile: 'vn-press-release',
          text: '---\nplace: TP. Huế\ndate: 2025-10-26\n---\n',
          expect: [{ messageId: 'placeAbbreviated', line: 2 }],
          output: '---\nplace: Huế\ndate: 2025-10-26\n---\n',
        },
        {
          title: { vi: '"TP." trước tên người', en: '"TP." before a person\'s name' },
          profile: 'vn-press-release',
          text: '---\nplace: TP. Hồ Chí Minh\ndate: 2026-01-15\n---\n',
          expect: [{ messageId: 'placeAbbreviated', line: 2 }],
          output: '---\nplace: Thành phố Hồ Chí Minh\ndate: 2026-01-15\n---\n',
        },
        { title: { vi: 'Không có ngày', en: 'No date' }, profile: 'vn-press-release', text: '---\nplace: Đồng Tháp\n---\n', expect: [{ messageId: 'dateMissing', line: 1 }] },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'vn-press-release' || doc.frontMatter?.error) return;
    const date = frontMatterString(doc, 'date');
    const place = frontMatterString(doc, 'place')?.normalize('NFC');
    if (place === undefined) report({ messageId: 'placeMissing', ...frontMatterSpan(doc, 'place') });
    else checkPlace(doc, report, place, date);
    if (date === undefined) report({ messageId: 'dateMissing', data: { place: place ?? '…' }, ...frontMatterSpan(doc, 'date') });
    else if (!parseIsoDate(date)) report({ messageId: 'dateInvalid', data: { value: date }, ...frontMatterSpan(doc, 'date') });
    else checkTypedLines(doc, parseIsoDate(date)!, report);
  },
};
