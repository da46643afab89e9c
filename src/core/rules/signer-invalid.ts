import type { Problem, Rule } from '../types';
import type { PressRelease } from '../model/types';
import { articleEnding } from './article-ending';
import { frontMatterSpan } from './helpers';
import { frontMatterBlock } from './front-matter-block';
import { frontMatterFieldsBeforeFix, frontMatterScalarFix } from './front-matter-fields';
import { AUTHORITIES, canonicalAuthority, deputyOf, printsSignerTitle, sameTitle } from '../press-release/signer-authority';

/** Academic titles, degrees and honours that may not precede the signer's name: `PGS.TS. `, `ThS `, `NGƯT. `. */
const ACADEMIC_PREFIX = /^(?:(?:GS|PGS|TSKH|TS|ThS|KS|CN|BS|DS|NGND|NGƯT|NSND|NSƯT)(?:\.\s*|\s+))+(?=\p{L})/u;

/** A signature block typed at the end of a release, which prints one from `signer`: reported, and deleted with the blank lines before it. */
function reportTypedBlock(doc: PressRelease, report: (problem: Problem) => void): void {
  const typed = articleEnding(doc).typedSignatureBlock;
  if (!typed) return;
  const first = doc.source.slice(typed.start, typed.end).split(/\r\n|\r|\n/u)[0]!.trim();
  const fix = { start: doc.source.slice(0, typed.start).trimEnd().length, end: typed.end, text: '' };
  report({ messageId: 'typedBlock', data: { first }, start: typed.start, end: typed.end, fix });
}

export const signerInvalid: Rule = {
  meta: {
    id: 'signer-invalid',
    group: 'profile',
    severity: 'error',
    fixable: true,
    docs: {
      summary: {
        vi: 'Khối chữ ký (`signer`): thẩm quyền ký, chức vụ và họ tên người ký đúng Nghị định 30',
        en: 'Signature block (`signer`): authority, titles and signer\'s name as Nghị định 30 requires',
      },
      rationale: {
        vi: 'Khối chữ ký được tạo từ `signer`: `authority` (KT., TM., Q., TL., TUQ.; bỏ trống khi người đứng đầu ký), `head` (chức vụ người đứng đầu, ví dụ Giám đốc; bỏ trống được khi người đứng đầu ký), `title` (chức vụ người ký) và `name`. Nghị định 30/2020 (Phụ lục I, mục II.7): cấp phó ký thay người đứng đầu ghi "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"; người đứng đầu ký thì không ghi KT.; TL. (thừa lệnh) và TUQ. (thừa ủy quyền) dành cho người đứng đầu một đơn vị cấp dưới, không cho cấp phó; TM. (thay mặt) là ký thay một tập thể, không phải cấp phó ký thay người đứng đầu; Phó Chủ tịch ký thay mặt tập thể được in "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" từ "authority: TM.", "head: Ủy ban nhân dân", "title: Phó Chủ tịch"; không ghi học hàm, học vị, danh hiệu trước họ tên. Theo Nghị định 09/2017, người đứng đầu là người phát ngôn, cấp phó chỉ phát ngôn khi được ủy quyền. Sửa tự động: bỏ học hàm, học vị trước tên; viết đúng thẩm quyền ký ("kt" thành "KT."); cấp phó ghi TL., TUQ., TM. được sửa thành KT..',
        en: 'The signature block is generated from `signer`: `authority` (KT., TM., Q., TL., TUQ.; left out when the head signs), `head` (the head\'s title, e.g. Giám đốc; may be left out when the head signs), `title` (the signer\'s own title) and `name`. Nghị định 30/2020 (Phụ lục I, II.7): a deputy signing for the head prints "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"; the head signs without KT.; TL. (by order) and TUQ. (by delegation) are for the head of a subordinate unit, not for a deputy; TM. (on behalf of) is for signing for a collective body, not for a deputy signing for the head; a deputy chair signing for a collective body is printed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" from "authority: TM.", "head: Ủy ban nhân dân", "title: Phó Chủ tịch"; no academic titles, degrees or honours before the name. Under Nghị định 09/2017 the head is the spokesperson and a deputy speaks only when authorized. The fix removes degrees before the name and normalizes the authority ("kt" becomes "KT."); a deputy\'s TL., TUQ. or TM. becomes KT..',
      },
    },
    messages: {
      missing: {
        vi: 'Thiếu người ký: thêm khối "signer:" với head, title, name (và authority: KT. khi cấp phó ký thay).',
        en: 'No signer: add a "signer:" block with head, title and name (and authority: KT. when a deputy signs for the head).',
      },
      notMapping: {
        vi: '"signer" phải là các dòng authority, head, title, name thụt vào dưới "signer:".',
        en: '"signer" must be authority, head, title and name lines indented under "signer:".',
      },
      nameMissing: { vi: 'Thiếu họ tên người ký: thêm "name:" trong "signer".', en: 'No signer name: add "name:" under "signer".' },
      headMissing: {
        vi: 'Thiếu chức vụ người đứng đầu: thêm "head:" trong "signer", ví dụ "head: Giám đốc".',
        en: 'No head title: add "head:" under "signer", e.g. "head: Giám đốc".',
      },
      titleMissing: {
        vi: 'Ký "{authority}" phải ghi chức vụ của người ký: thêm "title:" trong "signer", ví dụ "title: Phó Giám đốc".',
        en: 'Signing "{authority}" prints the signer\'s own title: add "title:" under "signer", e.g. "title: Phó Giám đốc".',
      },
      authorityUnknown: {
        vi: 'Thẩm quyền ký "{value}" không có trong Nghị định 30: dùng một trong {known}, hoặc bỏ "authority" khi người đứng đầu ký.',
        en: 'Authority "{value}" is not one of Nghị định 30: use one of {known}, or leave "authority" out when the head signs.',
      },
      authorityForm: {
        vi: 'Thẩm quyền ký viết là "{expected}".',
        en: 'The authority is written "{expected}".',
      },
      typedBlock: {
        vi: 'Khối chữ ký ("{first}" …) được in từ mục "signer" trong front matter: xóa các dòng chữ ký gõ trong bài.',
        en: 'The signature block ("{first}" …) is printed from "signer" in the front matter: delete the lines typed in the text.',
      },
      deputyAlone: {
        vi: '{title} ký thay {principal}: thêm "authority: KT." và "head: {principal}" trong "signer" (khối chữ ký in "KT. {principalUpper}" trên "{titleUpper}").',
        en: 'A {title} signs for the {principal}: add "authority: KT." and "head: {principal}" under "signer" (the signature block then prints "KT. {principalUpper}" above "{titleUpper}").',
      },
      deputyWithoutAuthority: {
        vi: '{title} ký thay {head} phải ghi thẩm quyền ký: thêm "authority: KT." (hoặc TL., TUQ. theo ủy quyền).',
        en: 'A {title} signing for the {head} needs an authority: add "authority: KT." (or TL., TUQ. as delegated).',
      },
      deputyOnBehalf: {
        vi: '{title} là cấp phó của {head}: cấp phó ký thay người đứng đầu ghi "KT.", không ghi "TM." (thay mặt là ký thay một tập thể, như "TM. ỦY BAN NHÂN DÂN" với "head: Ủy ban nhân dân").',
        en: 'The {title} is the {head}\'s deputy: a deputy signing for the head writes "KT.", not "TM." (on behalf of is for signing for a collective body, as "TM. ỦY BAN NHÂN DÂN" with "head: Ủy ban nhân dân").',
      },
      deputyByOrder: {
        vi: '{title} là cấp phó của {head}: cấp phó ký thay người đứng đầu ghi "KT.", không ghi "{authority}" (thừa lệnh, thừa ủy quyền là việc của người đứng đầu một đơn vị cấp dưới, như Chánh Văn phòng, Trưởng phòng).',
        en: 'The {title} is the {head}\'s deputy: a deputy signing for the head writes "KT.", not "{authority}" (by order and by delegation are for the head of a subordinate unit, such as the Chánh Văn phòng or a Trưởng phòng).',
      },
      headIsDeputy: {
        vi: '"head" là chức vụ của người đứng đầu mà người ký ký thay (như "{principal}"), không phải chức vụ cấp phó "{head}": sửa "head".',
        en: '"head" is the title of the head signed for (such as "{principal}"), not a deputy\'s title "{head}": correct "head".',
      },
      headTitleSwapped: {
        vi: '"head" ghi "{head}" còn "title" ghi "{principal}": hai mục bị đổi chỗ; "head" là chức vụ người đứng đầu ("{principal}"), "title" là chức vụ của người ký ("{head}").',
        en: '"head" says "{head}" and "title" says "{principal}": the two are swapped; "head" is the title of the head ("{principal}"), "title" the signer\'s own ("{head}").',
      },
      headSignsForHimself: {
        vi: 'KT. (ký thay) chỉ dùng khi cấp phó ký thay người đứng đầu; người ký là {head} thì bỏ "authority".',
        en: 'KT. (signing for) is only for a deputy signing for the head; when the {head} signs, leave "authority" out.',
      },
      academicPrefix: {
        vi: 'Không ghi học hàm, học vị "{prefix}" trước họ tên người ký (Nghị định 30): ghi "{name}".',
        en: 'No academic title or degree "{prefix}" before the signer\'s name (Nghị định 30): write "{name}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Phó Giám đốc ký thay Giám đốc', en: 'A deputy director signing for the director' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Huỳnh Văn Lộc\n---\n',
        },
        {
          title: { vi: 'Giám đốc trực tiếp ký', en: 'The director signs' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  head: Giám đốc\n  title: Giám đốc\n  name: Phạm Thị Thu Hà\n---\n',
        },
        {
          title: { vi: 'Hiệu trưởng ký, chỉ ghi chức vụ của mình', en: 'The rector signs, giving only their own title' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  title: Hiệu trưởng\n  name: Nguyễn Huy Bằng\n---\n',
        },
        {
          title: { vi: 'Phó Chủ tịch ký thay mặt Ủy ban (in ra "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")', en: 'A deputy chair signing for the committee (printed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: TM.\n  head: Ủy ban nhân dân\n  title: Phó Chủ tịch\n  name: Trần Văn Bình\n---\n',
        },
        {
          title: { vi: 'Chánh Văn phòng ký thừa lệnh Giám đốc', en: 'The head of the office signing by order of the director' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: TL.\n  head: Giám đốc\n  title: Chánh Văn phòng\n  name: Trần Quốc Bảo\n---\n',
        },
      ],
      invalid: [
        { title: { vi: 'Không có người ký', en: 'No signer' }, profile: 'vn-press-release', text: '---\nnumber: 05/TCBC-SKHCN\n---\n', expect: [{ messageId: 'missing', line: 1 }] },
        {
          title: { vi: 'Cấp phó ký không ghi KT.', en: 'A deputy signing without KT.' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Huỳnh Văn Lộc\n---\n',
          expect: [{ messageId: 'deputyWithoutAuthority', line: 4 }],
        },
        {
          title: { vi: 'Chức vụ người đứng đầu và chức vụ người ký bị đổi chỗ', en: 'The head\'s title and the signer\'s swapped' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: KT.\n  head: Phó Chủ tịch\n  title: Chủ tịch\n  name: Lâm Quốc Bảo\n---\n',
          expect: [{ messageId: 'headTitleSwapped', line: 4 }],
        },
        {
          title: { vi: 'Cấp phó ký thừa lệnh người đứng đầu', en: 'A deputy signing by order of the head' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: TL.\n  head: Trưởng ban\n  title: Phó Trưởng ban\n  name: Lê Văn Tuấn\n---\n',
          expect: [{ messageId: 'deputyByOrder', line: 3 }],
          output: '---\nsigner:\n  authority: KT.\n  head: Trưởng ban\n  title: Phó Trưởng ban\n  name: Lê Văn Tuấn\n---\n',
        },
        {
          title: { vi: 'Cấp phó ghi "thay mặt" người đứng đầu', en: 'A deputy signing "on behalf of" the head' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: TM.\n  head: Chánh Văn phòng\n  title: Phó Chánh Văn phòng\n  name: Lê Văn Tuấn\n---\n',
          expect: [{ messageId: 'deputyOnBehalf', line: 3 }],
          output: '---\nsigner:\n  authority: KT.\n  head: Chánh Văn phòng\n  title: Phó Chánh Văn phòng\n  name: Lê Văn Tuấn\n---\n',
        },
        {
          title: { vi: 'Giám đốc ký nhưng ghi KT.', en: 'The director signing with KT.' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Giám đốc\n  name: Phạm Thị Thu Hà\n---\n',
          expect: [{ messageId: 'headSignsForHimself', line: 3 }],
        },
        {
          title: { vi: 'Học hàm, học vị trước họ tên', en: 'Degrees before the name' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: PGS.TS. Nguyễn Văn An\n---\n',
          expect: [{ messageId: 'academicPrefix', line: 6 }],
          output: '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Nguyễn Văn An\n---\n',
        },
        {
          title: { vi: 'Thẩm quyền viết thường, thiếu dấu chấm', en: 'Authority in lower case without its dot' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: kt\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Huỳnh Văn Lộc\n---\n',
          expect: [{ messageId: 'authorityForm', line: 3 }],
          output: '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Huỳnh Văn Lộc\n---\n',
        },
        {
          title: { vi: 'Thẩm quyền không có trong Nghị định 30', en: 'An authority Nghị định 30 does not know' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: TT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Huỳnh Văn Lộc\n---\n',
          expect: [{ messageId: 'authorityUnknown', line: 3 }],
        },
        {
          title: { vi: 'Cấp phó ký, chỉ ghi chức vụ của mình', en: 'A deputy signing with only their own title' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  title: Phó Giám đốc\n  name: Trương Văn Khánh\n---\n',
          expect: [{ messageId: 'deputyAlone', line: 3 }],
          output: '---\nsigner:\n  authority: KT.\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Trương Văn Khánh\n---\n',
        },
        {
          title: { vi: 'Thiếu chức vụ người đứng đầu và họ tên người ký', en: 'No head title and no signer name' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: KT.\n  title: Phó Chủ tịch\n---\n',
          expect: [
            { messageId: 'headMissing', line: 2 },
            { messageId: 'nameMissing', line: 2 },
          ],
        },
        {
          title: { vi: 'Khối chữ ký gõ ở cuối thông cáo', en: 'A signature block typed at the end of the release' },
          profile: 'vn-press-release',
          text: '---\nsigner:\n  authority: TM.\n  head: Ban Thường vụ Tỉnh đoàn\n  title: Bí thư\n  name: Nguyễn Thị Hồng Nhung\n---\n\n# Tháng Thanh niên năm 2026\n\nTỉnh đoàn trân trọng thông báo đến các cơ quan báo chí./.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\nNguyễn Thị Hồng Nhung\n',
          expect: [{ messageId: 'typedBlock', line: 13 }],
          output: '---\nsigner:\n  authority: TM.\n  head: Ban Thường vụ Tỉnh đoàn\n  title: Bí thư\n  name: Nguyễn Thị Hồng Nhung\n---\n\n# Tháng Thanh niên năm 2026\n\nTỉnh đoàn trân trọng thông báo đến các cơ quan báo chí./.\n',
        },
        {
          title: { vi: 'Người ký ghi thành một dòng', en: 'The signer written as one line' },
          profile: 'vn-press-release',
          text: '---\nsigner: Huỳnh Văn Lộc\n---\n',
          expect: [{ messageId: 'notMapping', line: 2 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'vn-press-release') return;
    reportTypedBlock(doc, report);
    if (doc.frontMatter?.error) return;
    const signer = frontMatterBlock(doc, 'signer');
    if (signer.kind === 'absent') {
      report({ messageId: 'missing', ...frontMatterSpan(doc, 'signer') });
      return;
    }
    if (signer.kind === 'notMapping') {
      report({ messageId: 'notMapping', ...signer.span });
      return;
    }
    // Titles and names compare in NFC: a field typed with decomposed accents means the same.
    const part = (name: string) => {
      const field = signer.field(name);
      return { text: field.text?.normalize('NFC'), span: field.span };
    };
    const authority = part('authority');
    const head = part('head');
    const title = part('title');
    const name = part('name');

    let knownAuthority: string | undefined;
    if (authority.text !== undefined) {
      const expected = canonicalAuthority(authority.text);
      if (!AUTHORITIES.includes(expected)) {
        report({ messageId: 'authorityUnknown', data: { value: authority.text, known: AUTHORITIES.join(', ') }, ...authority.span });
      } else {
        knownAuthority = expected;
        if (expected !== authority.text) {
          const fix = frontMatterScalarFix(doc, ['signer', 'authority'], expected);
          report({ messageId: 'authorityForm', data: { expected }, ...authority.span, ...(fix ? { fix } : {}) });
        }
      }
    }
    // The head signing prints only their own title; whoever signs for a head prints the head's title too.
    const titlePrincipal = title.text === undefined ? undefined : deputyOf(title.text);
    if (head.text === undefined && authority.text === undefined && titlePrincipal !== undefined) {
      // A deputy alone: both fields are missing, and a deputy signing for the head writes KT.
      const fix = frontMatterFieldsBeforeFix(doc, ['signer', 'title'], [['authority', 'KT.'], ['head', titlePrincipal]]);
      const upper = { principalUpper: titlePrincipal.toLocaleUpperCase('vi'), titleUpper: title.text!.toLocaleUpperCase('vi') };
      report({ messageId: 'deputyAlone', data: { title: title.text!, principal: titlePrincipal, ...upper }, ...title.span, ...(fix ? { fix } : {}) });
    } else if (head.text === undefined && (authority.text !== undefined || title.text === undefined)) {
      report({ messageId: 'headMissing', ...head.span });
    }
    if (knownAuthority && printsSignerTitle(knownAuthority) && title.text === undefined) {
      report({ messageId: 'titleMissing', data: { authority: knownAuthority }, ...title.span });
    }
    // `head` is the title signed for, never a deputy's: `head: Phó Chủ tịch` beside `title: Chủ tịch` swaps the two.
    const headPrincipal = head.text === undefined ? undefined : deputyOf(head.text);
    if (headPrincipal !== undefined) {
      const swapped = title.text !== undefined && sameTitle(headPrincipal, title.text);
      report({ messageId: swapped ? 'headTitleSwapped' : 'headIsDeputy', data: { head: head.text!, principal: headPrincipal }, ...head.span });
    }
    if (head.text !== undefined && title.text !== undefined && headPrincipal === undefined) {
      const signsAsHead = sameTitle(head.text, title.text);
      if (authority.text === undefined && !signsAsHead) report({ messageId: 'deputyWithoutAuthority', data: { title: title.text, head: head.text }, ...title.span });
      if (knownAuthority === 'KT.' && signsAsHead) report({ messageId: 'headSignsForHimself', data: { head: head.text }, ...authority.span });
      const principal = deputyOf(title.text);
      if ((knownAuthority === 'TL.' || knownAuthority === 'TUQ.' || knownAuthority === 'TM.') && principal !== undefined && sameTitle(principal, head.text)) {
        const fix = frontMatterScalarFix(doc, ['signer', 'authority'], 'KT.');
        const messageId = knownAuthority === 'TM.' ? 'deputyOnBehalf' : 'deputyByOrder';
        report({ messageId, data: { authority: knownAuthority, title: title.text, head: head.text }, ...authority.span, ...(fix ? { fix } : {}) });
      }
    }
    if (name.text === undefined) {
      report({ messageId: 'nameMissing', ...name.span });
      return;
    }
    const prefix = ACADEMIC_PREFIX.exec(name.text)?.[0];
    if (prefix) {
      const bareName = name.text.slice(prefix.length);
      const fix = frontMatterScalarFix(doc, ['signer', 'name'], bareName);
      report({ messageId: 'academicPrefix', data: { prefix: prefix.trim(), name: bareName }, ...name.span, ...(fix ? { fix } : {}) });
    }
  },
};
