import type { Problem, Rule } from '../types';
import { frontMatterSpan } from './helpers';
import { fieldAnchor, frontMatterChildren, frontMatterField, frontMatterScalarFix } from './front-matter-fields';

/** A list mark the writer typed into the entry: the renderer prints "- " itself. */
const LEADING_MARK = /^[-–—•+*]\s*/u;
const ARCHIVE_LINE = /^lưu\b/iu;
/** "Lưu: VT" then the drafting unit and copies: `Lưu: VT, VP.` */
const ARCHIVE_START = /^Lưu: VT(?=[,.]|$)/u;

export const recipientsFormat: Rule = {
  meta: {
    id: 'recipients-format',
    group: 'profile',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Nơi nhận (`recipients`): danh sách, dòng cuối "Lưu: VT, …."',
        en: 'Recipients (`recipients`): a list ending with "Lưu: VT, …."',
      },
      rationale: {
        vi: 'Nơi nhận là thành phần của văn bản hành chính (Nghị định 30/2020, Phụ lục I, mục II.9): mỗi dòng bắt đầu bằng "-" và kết thúc bằng ";", dòng cuối là "Lưu: VT, <đơn vị soạn thảo>." kết thúc bằng dấu chấm. Khối nơi nhận được tạo từ `recipients`: trình tạo tự thêm "- " và ";", nên mỗi mục chỉ ghi tên nơi nhận, riêng mục cuối ghi "Lưu: VT, VP." có dấu chấm. Sửa tự động: bỏ gạch đầu dòng và dấu chấm phẩy ghi thừa, thêm dấu chấm cuối dòng Lưu.',
        en: 'The recipients block is part of an administrative document (Nghị định 30/2020, Phụ lục I, II.9): each line starts with "-" and ends with ";", and the last line is "Lưu: VT, <drafting unit>." ending with a period. The block is generated from `recipients`: the generator adds "- " and ";", so each entry holds only the recipient, and the last one is "Lưu: VT, VP." with its period. The fix removes typed dashes and semicolons and adds the period to the archive line.',
      },
    },
    messages: {
      missing: {
        vi: 'Thiếu nơi nhận: thêm "recipients:" với các nơi nhận, dòng cuối "Lưu: VT, VP.".',
        en: 'No recipients: add "recipients:" with the recipients, the last one "Lưu: VT, VP.".',
      },
      notList: {
        vi: 'Nơi nhận phải là danh sách các dòng chữ, mỗi dòng một nơi nhận: "recipients:" rồi "  - Các cơ quan báo chí".',
        en: 'Recipients must be a list of text lines, one recipient each: "recipients:" then "  - Các cơ quan báo chí".',
      },
      leadingDash: {
        vi: 'Bỏ "{mark}" đầu mục "{entry}": gạch đầu dòng được thêm khi tạo khối nơi nhận.',
        en: 'Remove the "{mark}" opening "{entry}": the dash is added when the recipients block is generated.',
      },
      trailingSemicolon: {
        vi: 'Bỏ dấu ";" cuối mục "{entry}": dấu chấm phẩy được thêm khi tạo khối nơi nhận.',
        en: 'Remove the ";" ending "{entry}": the semicolon is added when the recipients block is generated.',
      },
      archiveMissing: {
        vi: 'Mục cuối của nơi nhận phải là dòng lưu "Lưu: VT, <đơn vị soạn thảo>.", ví dụ "Lưu: VT, VP.".',
        en: 'The last recipient must be the archive line "Lưu: VT, <drafting unit>.", e.g. "Lưu: VT, VP.".',
      },
      archiveFormat: {
        vi: 'Dòng lưu "{entry}" phải bắt đầu bằng "Lưu: VT", ví dụ "Lưu: VT, VP.".',
        en: 'Archive line "{entry}" must start with "Lưu: VT", e.g. "Lưu: VT, VP.".',
      },
      archivePeriod: {
        vi: 'Dòng lưu kết thúc bằng dấu chấm: "{expected}".',
        en: 'The archive line ends with a period: "{expected}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Nơi nhận và dòng lưu', en: 'Recipients and the archive line' },
          profile: 'vn-press-release',
          text: '---\nrecipients:\n  - Các cơ quan báo chí (để đưa tin)\n  - Cổng Thông tin điện tử tỉnh\n  - "Lưu: VT, VP."\n---\n',
        },
      ],
      invalid: [
        { title: { vi: 'Không có nơi nhận', en: 'No recipients' }, profile: 'vn-press-release', text: '---\nagency: Sở Khoa học và Công nghệ\n---\n', expect: [{ messageId: 'missing', line: 1 }] },
        { title: { vi: 'Danh sách rỗng', en: 'An empty list' }, profile: 'vn-press-release', text: '---\nrecipients: []\n---\n', expect: [{ messageId: 'missing', line: 2 }] },
        {
          title: { vi: 'Chép nguyên dấu gạch và dấu chấm phẩy khi in', en: 'Dashes and semicolons copied from the printed block' },
          profile: 'vn-press-release',
          text: '---\nrecipients:\n  - "- Các cơ quan báo chí;"\n  - Cổng Thông tin điện tử tỉnh;\n  - "Lưu: VT, VP."\n---\n',
          expect: [
            { messageId: 'leadingDash', line: 3 },
            { messageId: 'trailingSemicolon', line: 3 },
            { messageId: 'trailingSemicolon', line: 4 },
          ],
          output: '---\nrecipients:\n  - "Các cơ quan báo chí"\n  - Cổng Thông tin điện tử tỉnh\n  - "Lưu: VT, VP."\n---\n',
        },
        {
          title: { vi: 'Dòng lưu thiếu dấu chấm', en: 'The archive line without its period' },
          profile: 'vn-press-release',
          text: '---\nrecipients:\n  - Các cơ quan báo chí\n  - "Lưu: VT, VP;"\n---\n',
          expect: [{ messageId: 'archivePeriod', line: 4 }],
          output: '---\nrecipients:\n  - Các cơ quan báo chí\n  - "Lưu: VT, VP."\n---\n',
        },
        {
          title: { vi: 'Không có dòng lưu', en: 'No archive line' },
          profile: 'vn-press-release',
          text: '---\nrecipients:\n  - Các cơ quan báo chí\n  - Cổng Thông tin điện tử tỉnh\n---\n',
          expect: [{ messageId: 'archiveMissing', line: 4 }],
        },
        {
          title: { vi: 'Dòng lưu sai dạng', en: 'A malformed archive line' },
          profile: 'vn-press-release',
          text: '---\nrecipients:\n  - Các cơ quan báo chí\n  - Lưu văn thư\n---\n',
          expect: [{ messageId: 'archiveFormat', line: 4 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'vn-press-release' || doc.frontMatter?.error) return;
    const recipients = frontMatterField(doc, ['recipients']);
    const anchor = fieldAnchor(recipients, frontMatterSpan(doc));
    if (!recipients || recipients.value === null || (Array.isArray(recipients.value) && recipients.value.length === 0)) {
      report({ messageId: 'missing', ...anchor });
      return;
    }
    if (!Array.isArray(recipients.value)) {
      report({ messageId: 'notList', ...anchor });
      return;
    }
    const entries = frontMatterChildren(doc, ['recipients']);
    entries.forEach((field, index) => {
      const span = fieldAnchor(field, anchor);
      if (typeof field.value !== 'string' || !field.value.trim()) {
        report({ messageId: 'notList', ...span });
        return;
      }
      const written = field.value.normalize('NFC').trim();
      // Every problem's fix corrects that problem alone on the whole entry; the fixer repeats until all are applied.
      const reportWithFix = (problem: Omit<Problem, 'start' | 'end' | 'fix'>, corrected: string): void => {
        const fix = frontMatterScalarFix(doc, ['recipients', index], corrected);
        report({ ...problem, ...span, ...(fix ? { fix } : {}) });
      };
      const mark = LEADING_MARK.exec(written)?.[0];
      if (mark) reportWithFix({ messageId: 'leadingDash', data: { mark: mark.trim(), entry: written } }, written.slice(mark.length));
      const entry = mark ? written.slice(mark.length) : written;
      const isLast = index === entries.length - 1;
      if (!isLast) {
        if (entry.endsWith(';')) reportWithFix({ messageId: 'trailingSemicolon', data: { entry } }, written.replace(/\s*;+$/u, ''));
        return;
      }
      if (!ARCHIVE_LINE.test(entry)) report({ messageId: 'archiveMissing', ...span });
      else if (!ARCHIVE_START.test(entry)) report({ messageId: 'archiveFormat', data: { entry }, ...span });
      else if (!entry.endsWith('.')) {
        const expected = `${entry.replace(/[\s;,.]+$/u, '')}.`;
        reportWithFix({ messageId: 'archivePeriod', data: { expected } }, written.replace(entry, expected));
      }
    });
  },
};
