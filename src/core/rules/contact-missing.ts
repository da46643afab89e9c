import type { Block, PressRelease } from '../model/types';
import type { Problem, Rule } from '../types';
import { sectionContent } from '../press-release/english-sections';
import { bodyAnchor, frontMatterSpan } from './helpers';
import { frontMatterBlock, type FrontMatterBlock } from './front-matter-block';

/** Something@domain.tld: enough to catch a placeholder, a missing `@` or a missing domain. */
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+\p{L}{2,}$/u;
/** Something a reporter can use to reach the contact: an email, a phone number (seven digits or more) or a web address. */
const REACHABLE = /@|\d(?:[\s().-]*\d){6,}|https?:\/\//u;
/** A word holding `@` in Markdown text, without the link and autolink marks around it. */
const EMAIL_CANDIDATE = /[^\s<>()[\]"'`,;:\\]+@[^\s<>()[\]"'`,;\\]*/gu;

/** Checks the front matter `contact` block: a mapping with a name, a phone or an email, and an email that looks like one. */
function checkContactBlock(contact: Exclude<FrontMatterBlock, { kind: 'absent' }>, report: (problem: Problem) => void): void {
  if (contact.kind === 'notMapping') {
    report({ messageId: 'notMapping', ...contact.span });
    return;
  }
  const email = contact.field('email');
  const lacking = [...(contact.field('name').text ? [] : ['name']), ...(contact.field('phone').text || email.text ? [] : ['phone/email'])];
  if (lacking.length > 0) report({ messageId: 'incomplete', data: { lacking: lacking.join(', ') }, ...contact.keySpan });
  if (email.text !== undefined && !EMAIL.test(email.text)) report({ messageId: 'emailInvalid', data: { value: email.text }, ...email.span });
}

/** The blocks of the `## Media contact` section: its first block and the ones after it (several contacts), up to the next heading or the end mark. */
function sectionBlocks(doc: PressRelease, first: Block): Block[] {
  const blocks = doc.blocks.slice(doc.blocks.indexOf(first));
  const end = blocks.findIndex((block) => block.node.type === 'heading' || block.start === doc.english.endMark?.start);
  return end === -1 ? blocks : blocks.slice(0, end);
}

/** Checks every email written in the section. */
function checkSectionEmails(doc: PressRelease, blocks: readonly Block[], report: (problem: Problem) => void): void {
  for (const block of blocks) {
    const written = doc.source.slice(block.start, block.end);
    for (const match of written.matchAll(EMAIL_CANDIDATE)) {
      const candidate = match[0].replace(/\.+$/u, '');
      if (EMAIL.test(candidate)) continue;
      const start = block.start + match.index;
      report({ messageId: 'emailInvalid', data: { value: candidate }, start, end: start + candidate.length });
    }
  }
}

export const contactMissing: Rule = {
  meta: {
    id: 'contact-missing',
    group: 'profile',
    severity: 'warn',
    fixable: false,
    docs: {
      summary: {
        vi: 'Thông cáo báo chí phải có thông tin liên hệ: họ tên và điện thoại hoặc email',
        en: 'A press release gives a press contact: a name and a phone or an email',
      },
      rationale: {
        vi: 'Nghị định 09/2017 yêu cầu công bố họ tên, chức vụ, số điện thoại, email của người phát ngôn; nhà báo cần biết hỏi ai. Thông cáo tiếng Việt ghi khối `contact` (name, position, phone, email, có thể thêm address, website) để tạo dòng "Thông tin liên hệ" cuối trang. Thông cáo tiếng Anh ghi mục "## Media contact" (hoặc khối `contact` trong front matter). Email phải đúng dạng địa chỉ thư điện tử.',
        en: 'Nghị định 09/2017 requires the spokesperson\'s name, position, phone and email to be published; reporters need to know whom to ask. A Vietnamese release fills the `contact` block (name, position, phone, email, optionally address and website) that makes the contact line at the foot of the page. An English release has a "## Media contact" section (or a front matter `contact` block). Emails must look like email addresses.',
      },
    },
    messages: {
      missing: {
        vi: 'Thiếu thông tin liên hệ: thêm khối "contact:" với name, position, phone, email.',
        en: 'No press contact: add a "contact:" block with name, position, phone and email.',
      },
      mediaContactMissing: {
        vi: 'Thiếu mục liên hệ báo chí: thêm "## Media contact" với họ tên, điện thoại, email (hoặc khối "contact:" trong front matter).',
        en: 'No media contact: add a "## Media contact" section with a name, phone and email (or a "contact:" block in the front matter).',
      },
      notMapping: {
        vi: '"contact" phải là các dòng name, position, phone, email thụt vào dưới "contact:".',
        en: '"contact" must be name, position, phone and email lines indented under "contact:".',
      },
      incomplete: {
        vi: 'Thông tin liên hệ cần họ tên và điện thoại hoặc email: còn thiếu {lacking}.',
        en: 'The contact needs a name and a phone or an email: {lacking} missing.',
      },
      emailInvalid: {
        vi: 'Email "{value}" không đúng dạng địa chỉ thư điện tử, ví dụ vanphong@dongthap.gov.vn.',
        en: 'Email "{value}" is not an email address, e.g. press@example.org.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Khối liên hệ đầy đủ', en: 'A full contact block' },
          profile: 'vn-press-release',
          text: '---\ncontact:\n  name: Trần Quốc Bảo\n  position: Chánh Văn phòng Sở\n  phone: "0273 3 872 145"\n  email: vanphong.skhcn@dongthap.gov.vn\n---\n',
        },
        {
          title: { vi: 'Mục liên hệ báo chí tiếng Anh', en: 'An English media contact section' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\n## Media contact\n\nJordan Ellis, communications manager\\\n541-555-0182\\\n<jellis@example.org>\n',
        },
        {
          title: { vi: 'Mục liên hệ kiểu Anh "Media enquiries"', en: 'A British "Media enquiries" section' },
          profile: 'en-press-release',
          text: '# Trade mission to Vietnam\n\n## Media enquiries\n\nPress office\\\n+44 20 4551 0011\\\n<press@example.gov.uk>\n',
        },
      ],
      invalid: [
        { title: { vi: 'Không có thông tin liên hệ', en: 'No contact' }, profile: 'vn-press-release', text: '---\nagency: Sở Khoa học và Công nghệ\n---\n', expect: [{ messageId: 'missing', line: 1 }] },
        {
          title: { vi: 'Chỉ có họ tên, email còn để mẫu', en: 'A name only, with the template email left in' },
          profile: 'vn-press-release',
          text: '---\ncontact:\n  name: Trần Quốc Bảo\n  email: "[Email]"\n---\n',
          expect: [{ messageId: 'emailInvalid', line: 4 }],
        },
        {
          title: { vi: 'Thiếu họ tên, điện thoại và email', en: 'No name, phone or email' },
          profile: 'vn-press-release',
          text: '---\ncontact:\n  position: Chánh Văn phòng Sở\n---\n',
          expect: [{ messageId: 'incomplete', line: 2 }],
        },
        {
          title: { vi: 'Thông cáo tiếng Anh không có liên hệ', en: 'An English release without a contact' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nLAKEMONT, Ore. — Oct. 6, 2026 — The library will offer classes.\n\n###\n',
          expect: [{ messageId: 'mediaContactMissing', line: 5 }],
        },
        {
          title: { vi: 'Email thiếu tên miền', en: 'An email without its domain' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\n## Media contact\n\nJordan Ellis\\\njellis@example\n',
          expect: [{ messageId: 'emailInvalid', line: 6 }],
        },
        {
          title: { vi: 'Mục liên hệ tiếng Anh chỉ có họ tên', en: 'An English media contact with a name only' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\n## Media contact\n\nJordan Ellis, communications manager\n\n###\n',
          expect: [{ messageId: 'incomplete', line: 5 }],
        },
        {
          title: { vi: 'Email sai ở người liên hệ thứ hai', en: 'A wrong email for the second contact' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\n## Media contacts\n\nJordan Ellis\\\njellis@example.org\n\nSam Reyes\\\nsreyes@example\n\n###\n',
          expect: [{ messageId: 'emailInvalid', line: 9 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (doc.frontMatter?.error || (profile.id !== 'vn-press-release' && profile.id !== 'en-press-release')) return;
    const contact = frontMatterBlock(doc, 'contact');
    if (contact.kind !== 'absent') checkContactBlock(contact, report);
    if (profile.id === 'vn-press-release') {
      if (contact.kind === 'absent') report({ messageId: 'missing', ...frontMatterSpan(doc, 'contact') });
      return;
    }
    const mediaContact = doc.english.mediaContact;
    const content = sectionContent(doc, mediaContact);
    if (content) {
      const blocks = sectionBlocks(doc, content);
      checkSectionEmails(doc, blocks, report);
      // The section replaces the front matter contact on the page: a name alone does not let a reporter call.
      if (!blocks.some((block) => REACHABLE.test(doc.source.slice(block.start, block.end)))) {
        report({ messageId: 'incomplete', data: { lacking: 'phone/email' }, start: content.start, end: content.end });
      }
    } else if (contact.kind === 'absent') {
      const anchor = mediaContact ?? doc.english.endMark ?? bodyAnchor(doc);
      report({ messageId: 'mediaContactMissing', start: anchor.start, end: anchor.end });
    }
  },
};
