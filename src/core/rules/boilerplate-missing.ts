import type { Rule } from '../types';
import { sectionContent } from '../press-release/english-sections';
import { bodyAnchor } from './helpers';

export const boilerplateMissing: Rule = {
  meta: {
    id: 'boilerplate-missing',
    group: 'profile',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh phải có mục giới thiệu tổ chức "## About …"', en: 'An English release has an "## About …" boilerplate section' },
      rationale: {
        vi: 'Thông cáo theo kiểu AP kết thúc bằng một đoạn giới thiệu ngắn, ổn định về tổ chức phát hành (boilerplate) dưới tiêu đề "## About <tên tổ chức>": nhà báo dùng đoạn này để giới thiệu nguồn tin mà không phải tự tìm.',
        en: 'An AP-style release ends with a short, stable paragraph about the issuing organization (the boilerplate) under an "## About <organization>" heading: reporters use it to describe the source without looking it up.',
      },
    },
    messages: {
      missing: {
        vi: 'Thiếu mục giới thiệu tổ chức: thêm "## About <tên tổ chức>" và một đoạn giới thiệu ngắn, trước mục liên hệ báo chí.',
        en: 'No boilerplate: add "## About <organization>" with a short paragraph about the organization, before the media contact.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Có mục giới thiệu', en: 'A boilerplate section' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\n## About Calder County Library District\n\nThe district serves about 94,000 residents through five branches.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Không có mục giới thiệu', en: 'No boilerplate' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nLAKEMONT, Ore. — Oct. 6, 2026 — The library will offer classes.\n\n## Media contact\n\nJordan Ellis\n',
          expect: [{ messageId: 'missing', line: 5 }],
        },
        {
          title: { vi: 'Tiêu đề giới thiệu không có nội dung', en: 'An About heading with nothing under it' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\n## About Calder County Library District\n\n## Media contact\n\nJordan Ellis\n',
          expect: [{ messageId: 'missing', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'en-press-release') return;
    const { boilerplate, mediaContact, endMark } = doc.english;
    if (sectionContent(doc, boilerplate)) return;
    // Point where the section belongs: its empty heading, else just before the media contact or the end mark.
    const anchor = boilerplate ?? mediaContact ?? endMark ?? bodyAnchor(doc);
    report({ messageId: 'missing', start: anchor.start, end: anchor.end });
  },
};
