import type { Rule } from '../types';
import { frontMatterSpan, frontMatterString } from './helpers';

interface HeaderAgencyOptions {
  subordinatePrefixes: string[];
}

/** True when the agency name opens with one of the prefixes as whole words (`Ban` but not `Bản`, `Sở` but not `Sởi`). */
function opensWithPrefix(agency: string, prefixes: readonly string[]): boolean {
  const name = agency.normalize('NFC').toLocaleLowerCase('vi');
  return prefixes.some((prefix) => {
    const wanted = prefix.normalize('NFC').toLocaleLowerCase('vi');
    return name.startsWith(wanted) && !/[\p{L}\p{N}]/u.test(name.charAt(wanted.length));
  });
}

export const headerAgencyMissing: Rule<HeaderAgencyOptions> = {
  meta: {
    id: 'header-agency-missing',
    group: 'profile',
    severity: 'error',
    fixable: false,
    docs: {
      summary: {
        vi: 'Thông cáo báo chí phải có tên cơ quan ban hành (`agency`) và, với cơ quan cấp dưới, cơ quan chủ quản (`parentAgency`)',
        en: 'A formal press release names its issuing agency (`agency`) and, for a subordinate body, the parent body (`parentAgency`)',
      },
      rationale: {
        vi: 'Tên cơ quan, tổ chức ban hành văn bản là thành phần bắt buộc (Nghị định 30/2020, Điều 8); cơ quan cấp dưới như sở, ban, phòng, trung tâm, chi cục ghi thêm tên cơ quan chủ quản ở dòng trên (ví dụ "UBND TỈNH ĐỒNG THÁP" trên "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). Phần đầu thông cáo được tạo từ `agency` và `parentAgency`. Cơ quan cấp cao nhất (Bộ, UBND tỉnh) không có cơ quan chủ quản nên không bị yêu cầu `parentAgency`; danh sách tiền tố cơ quan cấp dưới đổi được bằng tùy chọn.',
        en: 'The name of the issuing agency is a required element (Nghị định 30/2020, Article 8); a subordinate body such as a Sở, Ban, Phòng, Trung tâm or Chi cục also prints its parent body on the line above (e.g. "UBND TỈNH ĐỒNG THÁP" above "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). The header is generated from `agency` and `parentAgency`. A top-level body (a ministry, a provincial People\'s Committee) has no parent, so `parentAgency` is asked only of subordinate bodies; the list of their prefixes is an option.',
      },
    },
    messages: {
      agencyMissing: {
        vi: 'Thiếu tên cơ quan ban hành: ghi "agency: <tên cơ quan>" (một dòng chữ), ví dụ "agency: Sở Khoa học và Công nghệ".',
        en: 'No issuing agency: write "agency: <agency name>" (one line of text), e.g. "agency: Sở Khoa học và Công nghệ".',
      },
      parentAgencyMissing: {
        vi: '"{agency}" là cơ quan cấp dưới: thêm "parentAgency: <cơ quan chủ quản>", ví dụ "parentAgency: UBND tỉnh Đồng Tháp".',
        en: '"{agency}" is a subordinate body: add "parentAgency: <parent body>", e.g. "parentAgency: UBND tỉnh Đồng Tháp".',
      },
    },
    defaults: { subordinatePrefixes: ['Sở', 'Ban', 'Phòng', 'Trung tâm', 'Chi cục'] },
    optionDocs: {
      subordinatePrefixes: {
        vi: 'Tiền tố tên cơ quan cấp dưới, cần có cơ quan chủ quản (so sánh không phân biệt hoa thường, theo nguyên từ).',
        en: 'Name prefixes of subordinate bodies that need a parent body (whole words, case-insensitive).',
      },
    },
    examples: {
      valid: [
        {
          title: { vi: 'Sở có cơ quan chủ quản', en: 'A department with its parent body' },
          profile: 'vn-press-release',
          text: '---\nagency: Sở Khoa học và Công nghệ\nparentAgency: UBND tỉnh Đồng Tháp\n---\n',
        },
        { title: { vi: 'UBND tỉnh không có cơ quan chủ quản', en: 'A provincial People\'s Committee has no parent' }, profile: 'vn-press-release', text: '---\nagency: Ủy ban nhân dân tỉnh Đồng Tháp\n---\n' },
      ],
      invalid: [
        { title: { vi: 'Không có cơ quan ban hành', en: 'No issuing agency' }, profile: 'vn-press-release', text: '---\nnumber: 05/TCBC-SKHCN\n---\n', expect: [{ messageId: 'agencyMissing', line: 1 }] },
        {
          title: { vi: 'Sở thiếu cơ quan chủ quản', en: 'A department without its parent body' },
          profile: 'vn-press-release',
          text: '---\nagency: Sở Khoa học và Công nghệ\n---\n',
          expect: [{ messageId: 'parentAgencyMissing', line: 2 }],
        },
        {
          title: { vi: 'Tiền tố do đơn vị thêm', en: 'A prefix added by the unit' },
          profile: 'vn-press-release',
          text: '---\nagency: Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh\n---\n',
          options: { subordinatePrefixes: ['Văn phòng'] },
          expect: [{ messageId: 'parentAgencyMissing', line: 2 }],
        },
      ],
    },
  },
  check({ doc, options, profile, report }) {
    if (profile.id !== 'vn-press-release' || doc.frontMatter?.error) return;
    const agency = frontMatterString(doc, 'agency');
    if (agency === undefined) {
      report({ messageId: 'agencyMissing', ...frontMatterSpan(doc, 'agency') });
      return;
    }
    if (frontMatterString(doc, 'parentAgency') === undefined && opensWithPrefix(agency, options.subordinatePrefixes)) {
      report({ messageId: 'parentAgencyMissing', data: { agency }, ...frontMatterSpan(doc, 'agency') });
    }
  },
};
