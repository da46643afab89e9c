import type { Rule } from '../types';
import { bodyAnchor } from './helpers';

export const enReleaseLineMissing: Rule = {
  meta: {
    id: 'en-release-line-missing',
    group: 'profile',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh mở đầu bằng dòng phát hành ("FOR IMMEDIATE RELEASE")', en: 'An English release opens with a release line ("FOR IMMEDIATE RELEASE")' },
      rationale: {
        vi: 'Theo lối AP, thông cáo báo chí tiếng Anh có một dòng phát hành phía trên tiêu đề, cho nhà báo biết được đăng ngay ("FOR IMMEDIATE RELEASE") hay phải chờ đến một thời điểm ("EMBARGOED UNTIL 9 a.m. EDT, Nov. 3, 2026"). Thiếu dòng này, người nhận không biết có được đăng hay chưa. Quy tắc không tự sửa: chỉ người viết biết thông cáo được đăng ngay hay có hạn chờ.',
        en: 'In AP style an English press release carries a release line above its headline, telling reporters whether they may run it now ("FOR IMMEDIATE RELEASE") or must wait ("EMBARGOED UNTIL 9 a.m. EDT, Nov. 3, 2026"). Without one a newsroom cannot tell. There is no automatic fix: only the writer knows whether the release is immediate or embargoed.',
      },
    },
    messages: {
      missing: {
        vi: 'Thông cáo chưa có dòng phát hành: thêm "FOR IMMEDIATE RELEASE" (hoặc "EMBARGOED UNTIL …") trên tiêu đề.',
        en: 'The release has no release line: add "FOR IMMEDIATE RELEASE" (or "EMBARGOED UNTIL …") above the headline.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Đăng ngay', en: 'For immediate release' }, profile: 'en-press-release', text: 'FOR IMMEDIATE RELEASE\n\n# Library launches classes\n\nThe library will offer classes.\n' },
        {
          title: { vi: 'Có hạn chờ', en: 'Embargoed' },
          profile: 'en-press-release',
          text: 'EMBARGOED UNTIL 9 a.m. EDT, Nov. 3, 2026\n\n# Library launches classes\n\nThe library will offer classes.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Không có dòng phát hành', en: 'No release line' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nThe library will offer classes.\n',
          expect: [{ messageId: 'missing', line: 1 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'en-press-release' || doc.english.releaseLine) return;
    // At the headline, above which the line goes.
    report({ messageId: 'missing', ...bodyAnchor(doc) });
  },
};
