import type { Profile } from './types';

/**
 * A formal press release (thông cáo báo chí) laid out by Nghị định 30/2020:
 * the header, place-date line, signature block and recipients are generated
 * from the front matter, so the body carries no signature line.
 */
export const vnPressRelease: Profile = {
  id: 'vn-press-release',
  label: { vi: 'Thông cáo báo chí', en: 'Formal press release (Vietnamese)' },
  language: 'vi',
  frontMatterKeys: ['agency', 'parentAgency', 'number', 'place', 'signer', 'recipients', 'contact'],
  requiredFrontMatter: ['title', 'date', 'agency', 'number', 'place', 'signer'],
  template: 'vn-press-release.md',
  rules: {
    // header-place-date-format reports a missing or invalid date for this profile.
    'date-missing': 'off',
    'dateline-missing': 'off',
    'participants-format': 'warn',
    'signature-missing': 'off',
    'signature-format': 'off',
    'signature-mismatch': 'off',
    'endmark-missing': 'error',
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
