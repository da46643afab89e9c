import type { Profile } from './types';

/** An English press release in AP style: release line, dateline, boilerplate, media contact, `###`. */
export const enPressRelease: Profile = {
  id: 'en-press-release',
  label: { vi: 'Thông cáo báo chí tiếng Anh (AP)', en: 'Press release (English, AP style)' },
  language: 'en',
  frontMatterKeys: ['organization', 'city', 'state', 'contact'],
  requiredFrontMatter: ['title', 'date'],
  template: 'en-press-release.md',
  rules: {
    'dateline-missing': 'off',
    'dateline-vague': 'off',
    'dateline-after-date': 'off',
    'participants-format': 'off',
    'participants-honorific': 'off',
    'endmark-missing': 'off',
    'endmark-misplaced': 'off',
    'signature-missing': 'off',
    'signature-format': 'off',
    'signature-mismatch': 'off',
    'header-number-missing': 'off',
    'header-place-date-format': 'off',
    'header-agency-missing': 'off',
    'signer-invalid': 'off',
    'recipients-format': 'off',
    'caption-format': 'off',
  },
};
