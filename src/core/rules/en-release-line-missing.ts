import type { Rule } from '../types';
import { bodyAnchor } from './helpers';
import { RELEASE_LINE } from '../model/build';

export const enReleaseLineMissing: Rule = {
  meta: {
    id: 'en-release-line-missing',
    group: 'profile',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Thông cáo tiếng Anh mở đầu bằng dòng phát hành ("FOR IMMEDIATE RELEASE")', en: 'An English release opens with a release line ("FOR IMMEDIATE RELEASE")' },
      rationale: {
        vi: 'Theo lối AP, thông cáo báo chí tiếng Anh có một dòng phát hành phía trên tiêu đề, cho nhà báo biết được đăng ngay ("FOR IMMEDIATE RELEASE") hay phải chờ đến một thời điểm ("EMBARGOED UNTIL 9 a.m. EDT, Nov. 3, 2026"). Thiếu dòng này, người nhận không biết có được đăng hay chưa. Dòng này viết in hoa ("For Immediate Release" được sửa tự động thành "FOR IMMEDIATE RELEASE"). Thiếu dòng thì quy tắc không tự thêm: chỉ người viết biết thông cáo được đăng ngay hay có hạn chờ.',
        en: 'In AP style an English press release carries a release line above its headline, telling reporters whether they may run it now ("FOR IMMEDIATE RELEASE") or must wait ("EMBARGOED UNTIL 9 a.m. EDT, Nov. 3, 2026"). Without one a newsroom cannot tell. The line is in capitals ("For Immediate Release" is fixed to "FOR IMMEDIATE RELEASE"). A missing line is not added: only the writer knows whether the release is immediate or embargoed.',
      },
    },
    messages: {
      missing: {
        vi: 'Thông cáo chưa có dòng phát hành: thêm "FOR IMMEDIATE RELEASE" (hoặc "EMBARGOED UNTIL …") trên tiêu đề.',
        en: 'The release has no release line: add "FOR IMMEDIATE RELEASE" (or "EMBARGOED UNTIL …") above the headline.',
      },
      notCapitals: {
        vi: 'Dòng phát hành viết in hoa: "{expected}", không viết "{written}".',
        en: 'Write the release line in capitals: "{expected}", not "{written}".',
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
        {
          title: { vi: 'Dòng phát hành không viết in hoa', en: 'A release line not in capitals' },
          profile: 'en-press-release',
          text: 'For Immediate Release\n\n# Library launches classes\n\nThe library will offer classes.\n',
          expect: [{ messageId: 'notCapitals', line: 1 }],
          output: 'FOR IMMEDIATE RELEASE\n\n# Library launches classes\n\nThe library will offer classes.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'en-press-release') return;
    const line = doc.english.releaseLine;
    if (!line) {
      // At the headline, above which the line goes.
      report({ messageId: 'missing', ...bodyAnchor(doc) });
      return;
    }
    // Its keywords only, in the source as written (not after emphasis marks): an embargo's time (`9 a.m. EDT`) keeps its own case.
    const keywords = RELEASE_LINE.exec(line.text)?.[0].trimStart();
    if (keywords === undefined || keywords === keywords.toUpperCase()) return;
    const start = line.start + line.text.indexOf(keywords);
    const span = { start, end: start + keywords.length };
    report({ messageId: 'notCapitals', data: { written: keywords, expected: keywords.toUpperCase() }, ...span, fix: { ...span, text: keywords.toUpperCase() } });
  },
};
