import type { Rule } from '../types';
import { COMMON_FRONT_MATTER_KEYS, profiles } from '../profiles/index';
import { nearest } from '../text/nearest';

/** Every key some profile knows: a key of another profile is reported as out of place, not unknown. */
const ALL_KNOWN_KEYS = new Set<string>([...COMMON_FRONT_MATTER_KEYS, ...Object.values(profiles).flatMap((profile) => profile.frontMatterKeys)]);

export const frontmatterUnknownKey: Rule = {
  meta: {
    id: 'frontmatter-unknown-key',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Khóa front matter không được hồ sơ hỗ trợ', en: 'Front matter key the profile does not know' },
      rationale: {
        vi: 'Khóa gõ sai (`tittle`, `autor`) bị bỏ qua âm thầm: Cổng sẽ thiếu tiêu đề hay tác giả. Quy tắc gợi ý khóa gần nhất và sửa tự động khi chỉ có một gợi ý rõ ràng.',
        en: 'A misspelled key (`tittle`, `autor`) is silently ignored, and the portal then lacks the headline or author. The rule suggests the nearest known key and fixes it when there is one clear suggestion.',
      },
    },
    messages: {
      unknown: { vi: 'Khóa "{key}" không có trong hồ sơ {profile}: có phải "{suggestion}"?', en: 'Key "{key}" is not known to the {profile} profile: did you mean "{suggestion}"?' },
      unknownNoSuggestion: { vi: 'Khóa "{key}" không có trong hồ sơ {profile}: các khóa hợp lệ là {known}.', en: 'Key "{key}" is not known to the {profile} profile: known keys are {known}.' },
      otherProfile: { vi: 'Khóa "{key}" chỉ dùng cho hồ sơ khác, hồ sơ {profile} bỏ qua nó.', en: 'Key "{key}" belongs to another profile; the {profile} profile ignores it.' },
    },
    defaults: {},
    examples: {
      valid: [{ title: { vi: 'Các khóa chuẩn', en: 'Standard keys' }, text: '---\ntitle: Hội nghị tổng kết năm 2026\ndate: 2026-04-14\nauthor: Bích Ngọc\nunit: Sở Khoa học và Công nghệ\n---\n' }],
      invalid: [
        {
          title: { vi: 'Khóa gõ sai', en: 'A misspelled key' },
          text: '---\ntitle: Hội nghị tổng kết năm 2026\nautor: Bích Ngọc\n---\n',
          expect: [{ messageId: 'unknown', line: 3 }],
          output: '---\ntitle: Hội nghị tổng kết năm 2026\nauthor: Bích Ngọc\n---\n',
        },
        {
          title: { vi: 'Khóa của thông cáo báo chí trong tin bài', en: 'A press-release key in a news article' },
          text: '---\nprofile: vn-news\nnumber: 05/TCBC-SKHCN\n---\n',
          expect: [{ messageId: 'otherProfile', line: 3 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    const frontMatter = doc.frontMatter;
    if (!frontMatter || frontMatter.error) return;
    const known = [...COMMON_FRONT_MATTER_KEYS, ...profile.frontMatterKeys];
    const present = new Set(frontMatter.entries.map((entry) => entry.key));
    for (const entry of frontMatter.entries) {
      if (known.includes(entry.key)) continue;
      const data = { key: entry.key, profile: profile.id };
      if (ALL_KNOWN_KEYS.has(entry.key)) {
        report({ messageId: 'otherProfile', data, ...entry.keySpan });
        continue;
      }
      const suggestion = nearest(entry.key, known);
      if (suggestion && !present.has(suggestion)) {
        report({ messageId: 'unknown', data: { ...data, suggestion }, ...entry.keySpan, fix: { ...entry.keySpan, text: suggestion } });
      } else if (suggestion) {
        report({ messageId: 'unknown', data: { ...data, suggestion }, ...entry.keySpan });
      } else {
        report({ messageId: 'unknownNoSuggestion', data: { ...data, known: known.join(', ') }, ...entry.keySpan });
      }
    }
  },
};
