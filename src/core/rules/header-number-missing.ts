import type { Problem, Rule } from '../types';
import { frontMatterSpan } from './helpers';
import { frontMatterScalarFix } from './front-matter-fields';

/** Document types a press release may carry: TC (Phụ lục III) and TCBC (local practice). */
const PRESS_RELEASE_TYPES = ['TC', 'TCBC'];
/** A `Số:` written into the value; the generated header already prints it. */
const NUMBER_LABEL = /^s[ốo](?!\p{L})\s*:?\s*/iu;
const SEPARATOR_SPACING = /\s*([/-])\s*/gu;

/** `number` split as written: label, serial number, and the rest from the slash on. */
interface WrittenNumber {
  label: string;
  serial: string;
  tail: string;
}

function splitNumber(value: string): WrittenNumber | undefined {
  const label = NUMBER_LABEL.exec(value)?.[0] ?? '';
  const serial = /^\d+/u.exec(value.slice(label.length))?.[0];
  if (!serial) return undefined;
  return { label, serial, tail: value.slice(label.length + serial.length) };
}

/** Symbols that Nghị định 30 and the agencies write with a lowercase letter: `TTg` (Thủ tướng), `TTr` (Thanh tra, tờ trình), `CTr`, `QyĐ`, `TrS`. */
const MIXED_CASE_SYMBOLS: ReadonlySet<string> = new Set(['TTg', 'TTr', 'CTr', 'QyĐ', 'TrS']);
const SYMBOL_GROUP = /[^/\-\s]+/gu;

/** The symbol in capitals, but for the groups written with a lowercase letter by rule. */
function inCapitals(symbol: string): string {
  return symbol.replace(SYMBOL_GROUP, (group) => (MIXED_CASE_SYMBOLS.has(group) ? group : group.toLocaleUpperCase('vi')));
}

export const headerNumberMissing: Rule = {
  meta: {
    id: 'header-number-missing',
    group: 'profile',
    severity: 'error',
    fixable: true,
    docs: {
      summary: {
        vi: 'Thông cáo báo chí phải có số, ký hiệu đúng Nghị định 30 (`number: 05/TCBC-SKHCN`)',
        en: 'A formal press release needs a number and symbol in the Nghị định 30 form (`number: 05/TCBC-SKHCN`)',
      },
      rationale: {
        vi: 'Số, ký hiệu là thành phần bắt buộc của văn bản hành chính (Nghị định 30/2020, Điều 8); phần đầu thông cáo in "Số: " và giá trị của khóa `number`. Theo Phụ lục I: số nhỏ hơn 10 ghi thêm số 0 phía trước; ký hiệu viết in hoa (trừ các nhóm viết có chữ thường theo quy định như TTg, TTr); giữa số và ký hiệu là dấu "/", giữa các nhóm chữ của ký hiệu là dấu "-", không có khoảng trắng. Loại văn bản là TC (thông cáo, Phụ lục III) hoặc TCBC (cách ghi phổ biến ở địa phương). Sửa tự động: thêm số 0, bỏ khoảng trắng, viết hoa ký hiệu, bỏ chữ "Số:" ghi thừa.',
        en: 'The number and symbol are a required element of an administrative document (Nghị định 30/2020, Article 8); the press release header prints "Số: " followed by the `number` key. Under Phụ lục I, numbers below 10 get a leading zero, the symbol is in capitals (but for groups such as TTg and TTr, written so by rule), a "/" separates number and symbol and a "-" separates the symbol groups, with no spaces. The document type is TC (thông cáo, Phụ lục III) or TCBC (common local practice). The fix pads the number, removes spaces, capitalizes the symbol and drops a redundant "Số:".',
      },
    },
    messages: {
      missing: {
        vi: 'Thiếu số, ký hiệu của thông cáo: thêm "number: 05/TCBC-<ký hiệu cơ quan>" vào front matter.',
        en: 'The press release has no number and symbol: add "number: 05/TCBC-<agency symbol>" to the front matter.',
      },
      malformed: {
        vi: 'Số, ký hiệu "{value}" không đúng dạng <số>/<loại văn bản>-<ký hiệu cơ quan>, ví dụ 05/TCBC-SKHCN.',
        en: 'Number and symbol "{value}" is not in the form <number>/<document type>-<agency symbol>, e.g. 05/TCBC-SKHCN.',
      },
      label: {
        vi: 'Bỏ "{label}" khỏi giá trị "number": phần đầu văn bản đã in sẵn "Số:".',
        en: 'Remove "{label}" from the "number" value: the header already prints "Số:".',
      },
      serialPadding: {
        vi: 'Số "{written}" phải ghi là "{expected}": số nhỏ hơn 10 có số 0 phía trước, không có số 0 thừa.',
        en: 'Number "{written}" must be written "{expected}": numbers below 10 take one leading zero, and no other zeros.',
      },
      spacing: {
        vi: 'Không để khoảng trắng quanh dấu "/" và "-" trong số, ký hiệu: viết "{expected}".',
        en: 'No spaces around "/" and "-" in the number and symbol: write "{expected}".',
      },
      lowercase: {
        vi: 'Ký hiệu văn bản viết in hoa: "{expected}".',
        en: 'The document symbol is written in capitals: "{expected}".',
      },
      agencySymbolMissing: {
        vi: 'Ký hiệu "{value}" thiếu chữ viết tắt tên cơ quan ban hành sau loại văn bản, ví dụ {type}-SKHCN.',
        en: 'Symbol "{value}" lacks the issuing agency abbreviation after the document type, e.g. {type}-SKHCN.',
      },
      wrongType: {
        vi: 'Loại văn bản "{type}" không phải thông cáo: dùng TC (Phụ lục III, Nghị định 30) hoặc TCBC (cách ghi phổ biến ở địa phương).',
        en: 'Document type "{type}" is not a press release: use TC (Phụ lục III, Nghị định 30) or TCBC (common local practice).',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Ký hiệu có chữ thường theo quy định ("TTr" của Thanh tra)', en: 'A symbol written with a lowercase letter by rule ("TTr", the inspectorate)' },
          profile: 'vn-press-release',
          text: '---\nnumber: 45/TC-TTr\n---\n',
        },
        { title: { vi: 'Ký hiệu TCBC theo cách ghi ở địa phương', en: 'TCBC, the local practice' }, profile: 'vn-press-release', text: '---\nnumber: 05/TCBC-SKHCN\n---\n' },
        { title: { vi: 'Ký hiệu TC theo Phụ lục III', en: 'TC, as in Phụ lục III' }, text: '---\nprofile: vn-press-release\nnumber: 12/TC-STTTT\n---\n' },
      ],
      invalid: [
        {
          title: { vi: 'Không có số, ký hiệu', en: 'No number' },
          profile: 'vn-press-release',
          text: '---\nagency: Sở Khoa học và Công nghệ\n---\n',
          expect: [{ messageId: 'missing', line: 1 }],
        },
        {
          title: { vi: 'Số nhỏ hơn 10 không có số 0', en: 'A number below 10 without its leading zero' },
          profile: 'vn-press-release',
          text: '---\nnumber: 5/TCBC-SKHCN\n---\n',
          expect: [{ messageId: 'serialPadding', line: 2 }],
          output: '---\nnumber: 05/TCBC-SKHCN\n---\n',
        },
        {
          title: { vi: 'Ghi cả chữ "Số:", có khoảng trắng, ký hiệu chữ thường', en: '"Số:" in the value, spaces and a lowercase symbol' },
          profile: 'vn-press-release',
          text: '---\nnumber: "Số: 05 / tcbc - skhcn"\n---\n',
          expect: [
            { messageId: 'label', line: 2 },
            { messageId: 'spacing', line: 2 },
            { messageId: 'lowercase', line: 2 },
          ],
          output: '---\nnumber: "05/TCBC-SKHCN"\n---\n',
        },
        {
          title: { vi: 'Ký hiệu của thông báo thay cho thông cáo', en: 'The symbol of a notice instead of a press release' },
          profile: 'vn-press-release',
          text: '---\nnumber: 12/TB-SKHCN\n---\n',
          expect: [{ messageId: 'wrongType', line: 2 }],
        },
        {
          title: { vi: 'Thiếu ký hiệu cơ quan', en: 'No agency symbol' },
          profile: 'vn-press-release',
          text: '---\nnumber: 12/TCBC\n---\n',
          expect: [{ messageId: 'agencySymbolMissing', line: 2 }],
        },
        {
          title: { vi: 'Chỉ có ký hiệu, không có số', en: 'A symbol without a number' },
          profile: 'vn-press-release',
          text: '---\nnumber: TCBC-SKHCN\n---\n',
          expect: [{ messageId: 'malformed', line: 2 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'vn-press-release' || doc.frontMatter?.error) return;
    const raw = doc.frontMatter?.data['number'];
    const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).normalize('NFC').trim() : '';
    const span = frontMatterSpan(doc, 'number');
    if (!value) {
      report({ messageId: 'missing', ...span });
      return;
    }
    const written = splitNumber(value);
    // Each problem's fix corrects that problem alone on the whole value; the fixer repeats until all are applied.
    const reportWithFix = (messageId: string, corrected: string, data: Problem['data']): void => {
      const fix = frontMatterScalarFix(doc, ['number'], corrected);
      report({ messageId, data, ...span, ...(fix ? { fix } : {}) });
    };
    const compactTail = written?.tail.replace(SEPARATOR_SPACING, '$1');
    if (!written || !compactTail || !/^\/[^/]+$/u.test(compactTail) || /\s|--|-$|\/-/u.test(compactTail) || Number(written.serial) === 0) {
      report({ messageId: 'malformed', data: { value }, ...span });
      return;
    }
    const { label, serial, tail } = written;
    if (label) reportWithFix('label', serial + tail, { label: label.trim() });
    const expectedSerial = String(Number(serial)).padStart(2, '0');
    if (serial !== expectedSerial) reportWithFix('serialPadding', label + expectedSerial + tail, { written: serial, expected: expectedSerial });
    if (compactTail !== tail) reportWithFix('spacing', label + serial + compactTail, { expected: serial + compactTail });
    const upperTail = inCapitals(tail);
    if (upperTail !== tail) reportWithFix('lowercase', label + serial + upperTail, { expected: serial + inCapitals(compactTail) });
    const [type = '', ...agencyGroups] = compactTail.slice(1).toLocaleUpperCase('vi').split('-');
    if (!PRESS_RELEASE_TYPES.includes(type)) report({ messageId: 'wrongType', data: { type }, ...span });
    else if (agencyGroups.length === 0) report({ messageId: 'agencySymbolMissing', data: { value, type }, ...span });
  },
};
