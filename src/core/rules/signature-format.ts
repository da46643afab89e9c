import type { Problem, Rule } from '../types';
import type { PressRelease } from '../model/types';
import { articleEnding, signaturePartSpan, type ClosingText, type SignatureLine } from './article-ending';
import { plainSpan } from './source-span';

/** Sources that do not name who published the original (NEWS-07: "Nguồn Internet"). */
const VAGUE_SOURCE = /^(?:internet|mạng(?:\s+xã\s+hội)?|trên\s+mạng|sưu\s+tầm|st|tổng\s+hợp|nhiều\s+nguồn|google|facebook|zalo|youtube|tiktok)$/iu;
/** A dash between author and unit with a space missing on one side: `Ngọc-Sở`, `Liên- Sở`, `Liên –Sở`. */
const UNSPACED_DASH = /^(?!\s+[-–—]\s+$)\s*[-–—]\s*$/u;
const SPACED_EN_DASH = ' – ';
/** What may separate the last sentence from a byline on the next line of the same paragraph: a soft or hard line break, ended by CRLF, a lone CR or LF. */
const LINE_BREAK = /^[ \t]*\\?(\r\n|\r|\n)[ \t]*$/u;

function sourceProblem(doc: PressRelease, line: SignatureLine): Problem | undefined {
  const source = line.match.unit;
  if (source === undefined) return undefined;
  const span = signaturePartSpan(doc, line, source);
  if (VAGUE_SOURCE.test(source)) return { messageId: 'vagueSource', data: { source }, ...span };
  if (line.missingColonAt === undefined) return undefined;
  const at = line.missingColonAt;
  return { messageId: 'sourceColon', data: { source }, ...span, fix: { start: at, end: at, text: ':' } };
}

function dashProblem(doc: PressRelease, line: SignatureLine): Problem | undefined {
  const { author, unit } = line.match;
  if (author === undefined || unit === undefined) return undefined;
  const authorAt = line.text.indexOf(author);
  const unitAt = authorAt === -1 ? -1 : line.text.indexOf(unit, authorAt + author.length);
  if (unitAt === -1) return undefined;
  const separator = line.text.slice(authorAt + author.length, unitAt);
  if (!UNSPACED_DASH.test(separator)) return undefined;
  const plainStart = line.plainStart + authorAt + author.length;
  const span = plainSpan(doc, line.block, plainStart, plainStart + separator.length);
  const exact = line.block.plain.isExact(plainStart, plainStart + separator.length);
  return { messageId: 'dashSpacing', data: { separator: separator.trim(), author, unit }, ...span, ...(exact ? { fix: { ...span, text: SPACED_EN_DASH } } : {}) };
}

function nextLineProblem(doc: PressRelease, closing: ClosingText | undefined, line: SignatureLine): Problem | undefined {
  if (line.placement !== 'next-line') return undefined;
  const gap = closing ? { start: closing.end, end: line.start } : undefined;
  const lineEnding = gap && LINE_BREAK.exec(doc.source.slice(gap.start, gap.end))?.[1];
  // A blank line, with the line ending the writer used.
  const fix = gap && lineEnding ? { ...gap, text: lineEnding.repeat(2) } : undefined;
  return { messageId: 'notOwnParagraph', data: { signature: line.text }, start: line.start, end: line.end, ...(fix ? { fix } : {}) };
}

export const signatureFormat: Rule = {
  meta: {
    id: 'signature-format',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Dòng ký tên đúng kiểu, đứng riêng và chỉ có một', en: 'One well-formed signature line, on its own' },
      rationale: {
        vi: 'Dòng ký tên nằm riêng sau đoạn văn cuối và theo một kiểu: "Tên – Đơn vị", "Tin, ảnh: Tên", "(Nguồn: …)". Nguồn phải nêu cơ quan hoặc báo đã đăng bài gốc ("Nguồn Internet" không phải nguồn). Quy tắc không bắt lỗi các kiểu riêng của từng đơn vị: tên viết hoa ("DUYÊN ANH"), viết tắt ("C.Trúc", "T.H (tổng hợp)"), "Tên - Đơn vị" với gạch ngang có khoảng trắng, "(Theo …)".',
        en: 'The signature stands alone after the last paragraph, in one form: "Tên – Đơn vị", "Tin, ảnh: Tên", "(Nguồn: …)". A source names the agency or outlet that published the original ("Nguồn Internet" is no source). House styles pass: names in capitals ("DUYÊN ANH"), initials ("C.Trúc", "T.H (tổng hợp)"), "Name - Unit" with a spaced hyphen, "(Theo …)".',
      },
    },
    messages: {
      vagueSource: {
        vi: 'Nguồn "{source}" không cho biết tin lấy từ đâu: ghi tên cơ quan hoặc báo đã đăng bài gốc, ví dụ "(Nguồn: Báo Đồng Tháp)".',
        en: 'Source "{source}" does not say where the news comes from: name the agency or outlet that published the original, e.g. "(Nguồn: Báo Đồng Tháp)".',
      },
      sourceColon: {
        vi: 'Thiếu dấu hai chấm sau "Nguồn": viết "Nguồn: {source}".',
        en: 'Missing colon after "Nguồn": write "Nguồn: {source}".',
      },
      dashSpacing: {
        vi: 'Dấu gạch "{separator}" giữa tên tác giả và đơn vị thiếu khoảng trắng: viết "{author} – {unit}".',
        en: 'Dash "{separator}" between author and unit lacks spaces: write "{author} – {unit}".',
      },
      twoSignatures: {
        vi: 'Cuối bài có hai dòng ký tên khác kiểu ("{first}" và "{second}"): giữ một dòng, tên tác giả với bài tự viết hoặc "(Nguồn: …)" với bài đăng lại.',
        en: 'The article ends with two signature lines of different forms ("{first}" and "{second}"): keep one, the byline for an own article or "(Nguồn: …)" for a reprint.',
      },
      notOwnParagraph: {
        vi: 'Dòng ký tên "{signature}" chung đoạn với câu cuối nên sẽ hiển thị liền sau câu đó: để một dòng trống trước dòng ký tên.',
        en: 'Signature "{signature}" shares a paragraph with the last sentence, so it is published run into it: leave a blank line before the signature.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tên – Đơn vị', en: 'Name – Unit' },
          text: '# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn\n\nSáng 14/4, hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030.\n\nCuối buổi lễ, hai bên thống nhất kế hoạch triển khai trong thời gian tới./.\n\nBích Ngọc – Sở Khoa học và Công nghệ\n',
        },
        {
          title: { vi: 'Gạch ngang có khoảng trắng giữa tên và đơn vị', en: 'A spaced hyphen between name and unit' },
          text: '# Sở Ngoại vụ làm việc với Tổng Lãnh sự quán Nhật Bản\n\nNgày 1/3/2024, Sở Ngoại vụ làm việc với Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh.\n\nHai bên thống nhất phối hợp tổ chức Ngày hội giao lưu văn hóa./.\n\nKim Liên - Sở Ngoại vụ\n',
        },
        {
          title: { vi: 'Tin, ảnh viết hoa', en: 'Tin, ảnh with a name in capitals' },
          text: '# Họp báo công bố Giải Báo chí tỉnh năm 2026\n\nChiều 14/5, Ban Tuyên giáo Tỉnh ủy tổ chức họp báo công bố Giải Báo chí tỉnh năm 2026.\n\nLễ trao giải dự kiến tổ chức vào ngày 21/6./.\n\nTin, ảnh: TƯỜNG VÂN\n',
        },
        {
          title: { vi: 'Tên viết tắt, không có "./."', en: 'Initials, no end mark' },
          text: '# Sở Văn hóa, Thể thao và Du lịch tổ chức hội thi tuyên truyền lưu động\n\nSáng 14/10, Sở Văn hóa, Thể thao và Du lịch khai mạc hội thi tuyên truyền lưu động.\n\nHội thi có 12 đội tham gia.\n\nC.Trúc\n',
        },
        {
          title: { vi: 'Hai người thực hiện', en: 'Two writers credited' },
          text: '# Khai mạc Hội chợ thương mại tỉnh năm 2026\n\nTối 31/8, UBND tỉnh khai mạc Hội chợ thương mại năm 2026.\n\nHội chợ kéo dài đến hết ngày 6/9./.\n\nThực hiện: Đắc Nhân - Ngọc Thành\n',
        },
        {
          title: { vi: 'Nguồn đăng lại có địa chỉ trang', en: 'A reprint source with its web address' },
          text: '# Tỉnh Kiên Giang phát động phong trào thi đua năm 2026\n\nNgày 11/10, UBND tỉnh phát động phong trào thi đua năm 2026.\n\nCác sở, ngành triển khai phong trào đến từng cơ quan, đơn vị./.\n\n(Nguồn: Cổng thông tin điện tử tỉnh Kiên Giang - https://kiengiang.gov.vn/)\n',
        },
        {
          title: { vi: '"(Theo …)" đặt ngay sau câu cuối', en: '"(Theo …)" right after the last sentence' },
          text: '# Ngân hàng Nhà nước điều chỉnh lãi suất điều hành\n\nNgày 1/12, Ngân hàng Nhà nước ban hành quyết định điều chỉnh lãi suất điều hành.\n\nQuyết định có hiệu lực từ ngày 2/12./. (Theo Cổng TTĐT Ngân hàng Nhà nước Việt Nam)\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Nguồn ghi "Internet"', en: 'The source given as "Internet"' },
          text: '# Năm kỹ năng an toàn khi sử dụng mạng xã hội\n\nNgày 5/4, Sở Khoa học và Công nghệ khuyến cáo người dân năm kỹ năng an toàn khi sử dụng mạng xã hội.\n\nNgười dân cần cảnh giác với các đường dẫn lạ./.\n\nNguồn Internet\n',
          expect: [{ messageId: 'vagueSource', line: 7 }],
        },
        {
          title: { vi: 'Nguồn ghi "sưu tầm"', en: 'The source given as "sưu tầm" (collected)' },
          text: '# Năm kỹ năng an toàn khi sử dụng mạng xã hội\n\nNgày 5/4, Sở Khoa học và Công nghệ khuyến cáo người dân năm kỹ năng an toàn khi sử dụng mạng xã hội.\n\nNgười dân cần cảnh giác với các đường dẫn lạ./.\n\n(Nguồn: sưu tầm)\n',
          expect: [{ messageId: 'vagueSource', line: 7 }],
        },
        {
          title: { vi: 'Thiếu dấu hai chấm sau "Nguồn"', en: 'No colon after "Nguồn"' },
          text: '# Đồng Tháp đẩy mạnh chuyển đổi số trong trường học\n\nNgày 15/3, Sở Giáo dục và Đào tạo triển khai kế hoạch chuyển đổi số trong trường học.\n\nKế hoạch được thực hiện đến hết năm 2026./.\n\nNguồn Báo Đồng Tháp\n',
          expect: [{ messageId: 'sourceColon', line: 7 }],
          output: '# Đồng Tháp đẩy mạnh chuyển đổi số trong trường học\n\nNgày 15/3, Sở Giáo dục và Đào tạo triển khai kế hoạch chuyển đổi số trong trường học.\n\nKế hoạch được thực hiện đến hết năm 2026./.\n\nNguồn: Báo Đồng Tháp\n',
        },
        {
          title: { vi: 'Gạch nối dính liền tên và đơn vị', en: 'A hyphen glued between name and unit' },
          text: '# Sở Thông tin và Truyền thông ký kết chương trình phối hợp với Tỉnh đoàn\n\nVừa qua, Sở Thông tin và Truyền thông tổ chức lễ ký kết chương trình phối hợp giai đoạn 2022 - 2026.\n\nCuối chương trình, hai bên trao đổi về chuyển đổi số./.\n\nBích Ngọc-Sở Thông tin và Truyền thông\n',
          expect: [{ messageId: 'dashSpacing', line: 7 }],
          output: '# Sở Thông tin và Truyền thông ký kết chương trình phối hợp với Tỉnh đoàn\n\nVừa qua, Sở Thông tin và Truyền thông tổ chức lễ ký kết chương trình phối hợp giai đoạn 2022 - 2026.\n\nCuối chương trình, hai bên trao đổi về chuyển đổi số./.\n\nBích Ngọc – Sở Thông tin và Truyền thông\n',
        },
        {
          title: { vi: 'Hai dòng ký tên khác kiểu', en: 'Two signature lines of different forms' },
          text: '# Đồng Tháp đẩy mạnh chuyển đổi số trong trường học\n\nNgày 15/3, Sở Giáo dục và Đào tạo triển khai kế hoạch chuyển đổi số trong trường học.\n\nKế hoạch được thực hiện đến hết năm 2026./.\n\nTin: Minh Anh\n\n(Nguồn: Báo Đồng Tháp)\n',
          expect: [{ messageId: 'twoSignatures', line: 7 }],
        },
        {
          title: { vi: 'Dòng ký tên chỉ xuống dòng, không cách đoạn', en: 'The signature on the next line, not a paragraph of its own' },
          text: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\nMinh Anh – Sở Tài chính\n',
          expect: [{ messageId: 'notOwnParagraph', line: 6 }],
          output: '# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/1, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2026.\n\nHội nghị đề ra 5 nhiệm vụ trọng tâm của năm 2027./.\n\nMinh Anh – Sở Tài chính\n',
        },
      ],
    },
  },
  check({ doc, report }) {
    const { closing, signatures } = articleEnding(doc);
    signatures.forEach((line, index) => {
      const placement = nextLineProblem(doc, closing, line);
      if (placement) report(placement);
      const form = line.match.form === 'source' || line.match.form === 'according-to' ? sourceProblem(doc, line) : dashProblem(doc, line);
      if (form) report(form);
      const next = signatures[index + 1];
      if (next && next.match.form !== line.match.form) {
        report({ messageId: 'twoSignatures', data: { first: line.text, second: next.text }, start: line.start, end: line.end });
      }
    });
  },
};
