import type { Profile } from './types';

/** A provincial e-portal news article (tin hoạt động): the default profile. */
export const vnNews: Profile = {
  id: 'vn-news',
  label: { vi: 'Tin bài Cổng thông tin điện tử', en: 'Portal news article (Vietnamese)' },
  language: 'vi',
  frontMatterKeys: [],
  requiredFrontMatter: ['title', 'date'],
  template: 'vn-news.md',
  rules: {
    'header-number-missing': 'off',
    'header-place-date-format': 'off',
    'header-agency-missing': 'off',
    'signer-invalid': 'off',
    'recipients-format': 'off',
    'contact-missing': 'off',
    'boilerplate-missing': 'off',
    'en-dateline-format': 'off',
    'en-date-format': 'off',
    'en-untranslated-text': 'off',
    'en-number-style': 'off',
    'en-quote-unattributed': 'off',
    'en-release-line-missing': 'off',
    'en-endmark-missing': 'off',
  },
};
