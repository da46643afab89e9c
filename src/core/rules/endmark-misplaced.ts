import type { EndMark, PressRelease } from '../model/types';
import type { Problem, Rule, TextEdit } from '../types';
import { blockContaining } from '../model/lookup';
import { lastWord } from './helpers';
import { END_MARK, articleEnding, closingEdit, isStrayEndMark, type ArticleEnding } from './article-ending';

/** `tới ./.`, `tới. ./.`, `tới.⏎./.`: only spaces or a line break (and a doubled period) between the word and the mark. */
const DETACHED = /(?<!\.)\.?\s+$/u;

/** How a word reads with the end mark attached: `tới.` and `tới` become `tới./.`. */
function withEndMark(word: string): string {
  return `${word.replace(/(?<!\.)\.$/u, '')}${END_MARK}`;
}

/** Classifies one `./.` that is not the attached closing mark, with its fix where the right place is certain. */
/** Only spaces between two marks of one line: `./../.`, `./. ./.`. */
function sideBySide(doc: PressRelease, first: EndMark, second: EndMark): boolean {
  return first.end <= second.start && /^[ \t]*$/u.test(doc.source.slice(first.end, second.start));
}

function misplacement(doc: PressRelease, ending: ArticleEnding, mark: EndMark): Problem | undefined {
  const { closing, closingMark, signatures } = ending;
  const span = { start: mark.start, end: mark.end };
  // `./../.`: the mark typed twice is reported on the first, which the fix removes with the spaces after it.
  const next = doc.endMarks.find((other) => sideBySide(doc, mark, other));
  if (next) return { messageId: 'doubled', ...span, fix: { start: mark.start, end: next.start, text: '' } };
  if (closing && closingMark?.start === mark.start) {
    if (closingMark.attached) return undefined;
    const before = doc.source.slice(closing.block.start, mark.start);
    const gap = DETACHED.exec(before);
    const word = lastWord(before.trimEnd());
    // The space after a mark typed twice (`./. ./.`) goes with the first mark's fix.
    if (doc.endMarks.some((other) => sideBySide(doc, other, mark))) return undefined;
    const fix: TextEdit | undefined = gap ? { start: mark.start - gap[0].length, end: mark.start, text: '' } : undefined;
    return { messageId: 'spaceBefore', data: { attached: withEndMark(word) }, ...span, ...(fix ? { fix } : {}) };
  }
  const onSignature = signatures.find((line) => mark.start >= line.start && mark.end <= (line.endMark?.end ?? line.end));
  if (onSignature) return { messageId: 'onSignature', data: { signature: onSignature.text }, ...span };
  if (signatures[0] && mark.start >= signatures[0].start) return { messageId: 'afterSignature', ...span };
  const stray = blockContaining(doc, mark.start, mark.end);
  if (!stray || !isStrayEndMark(stray) || !closing) return { messageId: 'midText', ...span };
  // Only a mark paragraph right after the last paragraph surely belongs to it.
  const follows = stray.start >= closing.end && doc.source.slice(closing.end, stray.start).trim() === '';
  if (closingMark) return { messageId: 'duplicate', ...span, ...(follows ? { fix: { start: closing.end, end: mark.end, text: '' } } : {}) };
  const attach = follows ? closingEdit(doc, closing) : undefined;
  return {
    messageId: 'ownParagraph',
    data: { attached: withEndMark(doc.source.slice(closing.lastWord.start, closing.lastWord.end)) },
    ...span,
    ...(attach ? { fix: { start: attach.start, end: mark.end, text: END_MARK } } : {}),
  };
}

export const endmarkMisplaced: Rule = {
  meta: {
    id: 'endmark-misplaced',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Dấu "./." chỉ có một, liền chữ cuối của đoạn văn cuối', en: 'One "./.", attached to the last word of the last paragraph' },
      rationale: {
        vi: 'Dấu "./." khép nội dung bài: viết một lần, liền sau chữ cuối của đoạn văn cuối ("…thời gian tới./."); sau nó chỉ còn dòng ký tên hoặc nguồn. Dấu tách rời bằng khoảng trắng, đứng riêng một đoạn, nằm giữa bài, dính vào hay đặt sau dòng ký tên đều sai vị trí. Sửa tự động khi vị trí đúng là chắc chắn: xóa khoảng trắng trước dấu, gắn đoạn "./." riêng vào cuối đoạn văn ngay trên nó, hoặc xóa đoạn "./." lặp lại.',
        en: 'The mark "./." closes the article: written once, attached to the last word of the last paragraph ("…thời gian tới./."); only the signature or source line follows it. A mark set off by a space, alone in its own paragraph, in mid-text, glued to or after the signature is misplaced. The fix applies where the right place is certain: it removes the space before the mark, attaches a "./." paragraph to the end of the paragraph right above it, or deletes a repeated one.',
      },
    },
    messages: {
      spaceBefore: {
        vi: 'Dấu kết thúc "./." bị tách khỏi chữ cuối: viết liền "{attached}".',
        en: 'The end mark "./." is set apart from the last word: write "{attached}".',
      },
      ownParagraph: {
        vi: 'Dấu "./." đứng riêng một đoạn: gắn vào cuối đoạn văn cuối cùng, thành "{attached}".',
        en: 'The mark "./." stands in a paragraph of its own: attach it to the end of the last paragraph, as in "{attached}".',
      },
      duplicate: {
        vi: 'Dấu "./." lặp lại ở một đoạn riêng: xóa đoạn này, đoạn văn cuối đã có dấu kết thúc.',
        en: 'The mark "./." is repeated in a paragraph of its own: delete it, the last paragraph already ends with the mark.',
      },
      doubled: {
        vi: 'Dấu kết thúc "./." gõ hai lần liền nhau: xóa một dấu.',
        en: 'The end mark "./." is typed twice in a row: delete one of them.',
      },
      midText: {
        vi: 'Dấu kết thúc "./." nằm giữa bài: chỉ đặt một lần, liền sau chữ cuối của đoạn văn cuối cùng.',
        en: 'The end mark "./." is in mid-text: write it once, right after the last word of the last paragraph.',
      },
      onSignature: {
        vi: 'Dấu "./." dính vào dòng ký tên "{signature}": đặt nó liền sau chữ cuối của đoạn văn cuối cùng; dòng ký tên không có dấu kết thúc.',
        en: 'The mark "./." is glued to the signature "{signature}": put it right after the last word of the last paragraph; the signature takes no end mark.',
      },
      afterSignature: {
        vi: 'Dấu "./." nằm sau dòng ký tên: đặt nó liền sau chữ cuối của đoạn văn cuối cùng, trước dòng ký tên.',
        en: 'The mark "./." comes after the signature: put it right after the last word of the last paragraph, before the signature.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: '"./." liền chữ cuối, sau đó là dòng ký tên', en: '"./." attached to the last word, then the signature' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: '"./." rồi dòng nguồn đăng lại', en: '"./." then a reprint source line' },
          text: '# Tỉnh Kiên Giang phát động phong trào thi đua năm 2026\n\nNgày 11/10, UBND tỉnh phát động phong trào thi đua năm 2026.\n\nCác sở, ngành triển khai phong trào đến từng cơ quan, đơn vị./.\n\n(Nguồn: Cổng thông tin điện tử tỉnh Kiên Giang - https://kiengiang.gov.vn/)\n',
        },
        {
          title: { vi: 'Bài kết thúc bằng danh sách, "./." sau mục cuối', en: 'The article ends with a list, "./." after the last item' },
          text: '# UBND tỉnh giao nhiệm vụ chuẩn bị Tết Nguyên đán\n\nChiều 10/1, UBND tỉnh họp bàn công tác chuẩn bị Tết Nguyên đán.\n\nUBND tỉnh giao:\n\n- Sở Công Thương bảo đảm nguồn hàng dịp Tết;\n- Công an tỉnh bảo đảm an ninh, trật tự trên địa bàn./.\n\nTin: Minh Anh\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Dấu "./." gõ hai lần', en: '"./." typed twice' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./../.\n\nTin: Minh Anh\n',
          expect: [{ messageId: 'doubled', line: 5 }],
          output: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nTin: Minh Anh\n',
        },
        {
          title: { vi: 'Khoảng trắng trước "./."', en: 'A space before "./."' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027 ./.\n\nTin: Minh Anh\n',
          expect: [{ messageId: 'spaceBefore', line: 5 }],
          output: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nTin: Minh Anh\n',
        },
        {
          title: { vi: 'Dấu chấm, khoảng trắng rồi "./."', en: 'A period, a space, then "./."' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới. ./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
          expect: [{ messageId: 'spaceBefore', line: 5 }],
          output: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: '"./." xuống dòng ngay dưới câu cuối', en: '"./." on the line right under the last sentence' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n./.\n\nTin: Minh Anh\n',
          expect: [{ messageId: 'spaceBefore', line: 6 }],
          output: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nTin: Minh Anh\n',
        },
        {
          title: { vi: '"./." đứng riêng một đoạn sau đoạn cuối', en: '"./." in a paragraph of its own after the last one' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới.\n\n./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
          expect: [{ messageId: 'ownParagraph', line: 7 }],
          output: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: '"./." lặp lại thành đoạn riêng', en: '"./." repeated as a paragraph of its own' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\n./.\n',
          expect: [{ messageId: 'duplicate', line: 7 }],
          output: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n',
        },
        {
          title: { vi: '"./." ở đoạn giữa bài', en: '"./." in a middle paragraph' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026./.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n\nTin: Minh Anh\n',
          expect: [{ messageId: 'midText', line: 3 }],
        },
        {
          title: { vi: '"./." dính vào dòng ký tên', en: '"./." glued to the signature' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n\nMinh Anh – Sở Tài chính./.\n',
          expect: [{ messageId: 'onSignature', line: 7 }],
        },
        {
          title: { vi: '"./." đặt sau dòng ký tên', en: '"./." after the signature' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027.\n\nTin, ảnh: TƯỜNG VÂN\n\n./.\n',
          expect: [{ messageId: 'afterSignature', line: 9 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    const ending = articleEnding(doc);
    for (const mark of doc.endMarks) {
      const problem = misplacement(doc, ending, mark);
      if (problem) report(problem);
    }
  },
};
