import type { Nodes, Paragraph, Parent } from 'mdast';
import type { PressRelease } from '../model/types';
import type { Problem, Rule } from '../types';

/**
 * Bullets Word and web pages put before list items, pasted as characters:
 * `•` and its variants, and the Symbol and Wingdings bullets (U+F0A7,
 * U+F0B7, U+F0D8, U+F0FC) that a paste from Word keeps as private-use
 * characters.
 */
const BULLETS = '•◦▪▫■□●○◆◇❖➢➤►▶✓✔·\uF0A7\uF0B7\uF0D8\uF0FC';
/**
 * A bullet inside a line, after the `:` introducing a list or the `;`
 * ending an item: a Word list pasted as one line (`tập trung: • kiểm tra …;
 * • bố trí …`). Not `·`, a separator of its own in names and bylines, nor
 * the check marks, which a sentence may hold.
 */
const INLINE_BULLET = new RegExp(`(?<=[:;][ \\t\\u00A0]*)([${BULLETS.replace(/[·✓✔]/gu, '')}])[ \\t\\u00A0]+(?=\\S)`, 'gu');
const ANY_INLINE_BULLET = new RegExp(INLINE_BULLET.source, 'u');
/** Dashes that open a list item in Vietnamese documents but not in Markdown (`-` does). */
const DASHES = '–—';
/** A document with none of these (or a lettered item) at a line's start (or a list item's) holds no pasted item: most are not walked. */
const MAY_HOLD_BULLET = new RegExp(`^[ \\t>]*(?:(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?[${BULLETS}${DASHES}]|[a-zđ]\\)[ \\t])`, 'mu');
/** The bullet (or dash) opening a line and the spaces after it; white space must follow, so `–5°C` is no item. */
const ITEM_OPENING = new RegExp(`^([${BULLETS}${DASHES}])[ \\t\\u00A0]+(?=\\S)`, 'u');
/** A lettered item of an administrative text, `a) `, `b) `, `đ) `: no list marker in Markdown. */
const LETTER_OPENING = /^([a-zđ]\))[ \t\u00A0]+(?=\S)/u;
/** What may precede a paragraph's line in the source: indentation inside a list item, `>` in a quote. */
const CONTAINER_PREFIX = /^[ \t>]*/u;

interface ItemLine {
  /** Source offsets of the bullet and the spaces after it. */
  start: number;
  end: number;
  /** The bullet, the dash, or the letter and its bracket (`a)`). */
  bullet: string;
  kind: 'bullet' | 'dash' | 'letter';
  /** Not the paragraph's first line: in Markdown it runs on after the line before. */
  continuation: boolean;
  /** The line before ends a list's introduction or an item (`:` or `;`). */
  afterItemEnd: boolean;
}

/** Where a line before an item ends: an introduction (`… sau:`) or another item (`…;`). */
const ITEM_END = /[:;][ \t]*$/u;

/** The lines of a paragraph that open with a bullet or a dash, in source order. */
function itemLines(doc: PressRelease, paragraph: Paragraph): ItemLine[] {
  const { start, end } = paragraph.position!;
  const lines: ItemLine[] = [];
  let previousLine: string | undefined;
  for (let line = start.line; line <= end.line; line++) {
    const continuation = line > start.line;
    // The first line starts at the paragraph's text; the others at the line's start, then after their container's prefix.
    const lineStart = continuation ? doc.lines.lineStart(line) : start.offset!;
    const text = doc.source.slice(lineStart, Math.min(doc.lines.lineEnd(line), end.offset!));
    const textStart = continuation ? CONTAINER_PREFIX.exec(text)![0].length : 0;
    const rest = text.slice(textStart);
    const opening = ITEM_OPENING.exec(rest);
    const letter = opening ? undefined : LETTER_OPENING.exec(rest);
    const found = opening ?? letter;
    if (found) {
      const at = lineStart + textStart;
      const kind = letter ? 'letter' : DASHES.includes(found[1]!) ? 'dash' : 'bullet';
      lines.push({ start: at, end: at + found[0].length, bullet: found[1]!, kind, continuation, afterItemEnd: continuation && ITEM_END.test(previousLine!) });
    }
    previousLine = text;
  }
  return lines;
}

/**
 * The paragraph's items to report: every line opened by a bullet; lines
 * opened by a dash, or by a letter (`a)`), when they make a list run into
 * the line before: two such lines or more, or one after a line ending in
 * `:` or `;`. A lone paragraph opened by a dash reads as it was written,
 * and a dash opening a wrapped line of a sentence (`… ba việc⏎– rà soát,
 * tổng hợp – và …`) is a dash of the sentence.
 */
function pastedItems(lines: readonly ItemLine[]): ItemLine[] {
  const runsOn = (kind: ItemLine['kind']): boolean => {
    const ofKind = lines.filter((line) => line.kind === kind);
    return ofKind.some((line) => line.continuation) && (ofKind.length >= 2 || ofKind.some((line) => line.afterItemEnd));
  };
  const dashesRunOn = runsOn('dash');
  const lettersRunOn = runsOn('letter');
  return lines.filter((line) => line.kind === 'bullet' || (line.kind === 'dash' ? dashesRunOn : lettersRunOn));
}

/** The bullets of a Word list pasted into one line of the paragraph, when there are two or more (one may be a mark of the text). */
function inlineBullets(doc: PressRelease, paragraph: Paragraph): Problem[] {
  const start = paragraph.position!.start.offset!;
  const text = doc.source.slice(start, paragraph.position!.end.offset!);
  if (!ANY_INLINE_BULLET.test(text)) return [];
  const found = [...text.matchAll(INLINE_BULLET)];
  if (found.length < 2) return [];
  return found.map((match) => {
    const at = start + match.index;
    return { messageId: 'inlineBullet', data: { bullet: match[1]! }, start: at, end: at + match[1]!.length, fix: { start: at, end: at + match[0].length, text: '' } };
  });
}

function walk(doc: PressRelease, parent: Parent, report: (problem: Problem) => void): void {
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'paragraph' && child.position?.start.offset !== undefined) {
      inlineBullets(doc, child).forEach(report);
      for (const item of pastedItems(itemLines(doc, child))) {
        // A list item's own first line already has its Markdown marker: the pasted bullet is a second one.
        const doubled = parent.type === 'listItem' && !item.continuation && parent.children[0] === child;
        const span = { start: item.start, end: item.start + item.bullet.length };
        if (item.kind === 'letter') {
          // The letter is the item's name (`điểm a`): it stays, after a Markdown marker.
          if (!doubled) report({ messageId: 'letterItem', data: { bullet: item.bullet }, ...span, fix: { start: item.start, end: item.start, text: '- ' } });
          continue;
        }
        report({
          messageId: doubled ? 'doubledBullet' : item.kind === 'dash' ? 'dashItem' : 'bulletItem',
          data: { bullet: item.bullet },
          ...span,
          fix: { start: item.start, end: item.end, text: doubled ? '' : '- ' },
        });
      }
    } else if ('children' in child) {
      walk(doc, child, report);
    }
  }
}

const NEWS_HEADER = '---\ntitle: Tổng kết công tác Hội năm 2026\ndate: 2026-12-10\n---\n\n# Tổng kết công tác Hội năm 2026\n\nSáng 10/12, Hội Nông dân tỉnh tổng kết công tác Hội năm 2026.\n\n';

export const listPasted: Rule = {
  meta: {
    id: 'list-pasted',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Danh sách viết bằng dấu "- " của Markdown, không bằng ký hiệu "•" hay dấu "–" chép từ Word',
        en: 'Lists written with Markdown\'s "- ", not with "•" bullets or "–" dashes copied from Word',
      },
      rationale: {
        vi: 'Chép danh sách từ Word hay trang web thường giữ lại ký hiệu đầu dòng ("•", "▪", "➢", hay ký hiệu của phông Symbol) như một chữ bình thường. Markdown không đọc đó là danh sách: các dòng liền nhau bị nối thành một đoạn, trên Cổng hiện thành một dòng dài có ký hiệu lẫn giữa câu. Dấu gạch ngang dài "–" đầu dòng (cách viết các mục trong văn bản hành chính) cũng vậy: chỉ "- " (gạch nối và dấu cách) mở một mục danh sách. Quy tắc báo mỗi dòng mở đầu bằng ký hiệu, các ký hiệu nằm giữa câu sau dấu hai chấm hay chấm phẩy (danh sách Word dán thành một dòng: sửa tự động xóa ký hiệu), và các dòng mở đầu bằng "–" khi chúng bị nối vào dòng trước; sửa tự động thay ký hiệu bằng "- ". Một đoạn riêng mở đầu bằng "–" vẫn hiện đúng như đã viết và không bị báo. Các mục đánh chữ "a)", "b)", "c)" chép từ văn bản hành chính cũng bị nối vào dòng trước; sửa tự động thêm "- " trước chữ, giữ chữ vì văn bản có thể dẫn chiếu ("điểm a").',
        en: 'A list copied from Word or a web page often keeps its bullets ("•", "▪", "➢", or a Symbol-font bullet) as ordinary characters. Markdown does not read that as a list: lines that follow each other are joined into one paragraph, which the portal shows as one long line with bullets in mid-sentence. A long dash "–" opening a line (how Vietnamese administrative documents write items) is the same: only "- " (a hyphen and a space) opens a list item. The rule reports each line opened by a bullet, the bullets in mid-sentence after a colon or semicolon (a Word list pasted as one line: the fix deletes them), and the lines opened by "–" when they run on after the line before; the fix replaces the bullet by "- ". A paragraph of its own opened by "–" shows as written and is not reported. Lettered items "a)", "b)", "c)" copied from an administrative text run on after the line before too; the fix writes "- " before the letter and keeps it, as the text may refer to it ("điểm a").',
      },
    },
    messages: {
      bulletItem: {
        vi: 'Ký hiệu đầu dòng "{bullet}" chép từ Word: Markdown không đọc đây là danh sách nên các dòng bị nối thành một đoạn. Viết "- " ở đầu mục.',
        en: 'The bullet "{bullet}" was copied from Word: Markdown does not read it as a list, so the lines run together into one paragraph. Start the item with "- ".',
      },
      dashItem: {
        vi: 'Dòng mở đầu bằng "{bullet}" bị nối vào dòng trước thành một đoạn: Markdown chỉ đọc "- " là mục danh sách. Viết "- " ở đầu mục.',
        en: 'The line opened by "{bullet}" runs on after the line before, in one paragraph: Markdown reads only "- " as a list item. Start the item with "- ".',
      },
      letterItem: {
        vi: 'Dòng mở đầu bằng "{bullet}" bị nối vào dòng trước thành một đoạn: Markdown không đọc "a)", "b)" là mục danh sách. Viết "- " trước "{bullet}".',
        en: 'The line opened by "{bullet}" runs on after the line before, in one paragraph: Markdown does not read "a)", "b)" as list items. Write "- " before "{bullet}".',
      },
      inlineBullet: {
        vi: 'Ký hiệu đầu dòng "{bullet}" của một danh sách chép từ Word nằm giữa câu. Xóa ký hiệu, hoặc viết mỗi mục thành một dòng "- " riêng.',
        en: 'The bullet "{bullet}" of a list copied from Word stands in mid-sentence. Delete it, or write each item on a line of its own opened by "- ".',
      },
      doubledBullet: {
        vi: 'Mục danh sách có thêm ký hiệu "{bullet}" chép từ Word: bài hiện hai ký hiệu đầu dòng. Xóa "{bullet}".',
        en: 'The list item has an extra "{bullet}" copied from Word: it shows two bullets. Delete "{bullet}".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Danh sách Markdown; một đoạn riêng mở đầu bằng dấu "–"; nhiệt độ âm', en: 'A Markdown list; a paragraph of its own opened by "–"; a negative temperature' },
          text: `${NEWS_HEADER}Hội đề ra ba nhiệm vụ:\n\n- Phát triển hội viên;\n- Xây dựng mô hình kinh tế tập thể.\n\n– Năm 2027, Hội phấn đấu kết nạp thêm 1.500 hội viên.\n\nHội nghị đề nghị khen thưởng:\n\n- a) Tặng Cờ thi đua cho 2 đơn vị;\n- b) Tặng Bằng khen cho 6 tập thể.\n\nNhiệt độ thấp nhất năm là –5°C./.\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Danh sách chép từ Word với ký hiệu "•"', en: 'A list copied from Word with "•" bullets' },
          text: `${NEWS_HEADER}Hội đề ra ba nhiệm vụ:\n•\tPhát triển hội viên;\n•\tXây dựng mô hình kinh tế tập thể./.\n`,
          expect: [
            { messageId: 'bulletItem', line: 11 },
            { messageId: 'bulletItem', line: 12 },
          ],
          output: `${NEWS_HEADER}Hội đề ra ba nhiệm vụ:\n- Phát triển hội viên;\n- Xây dựng mô hình kinh tế tập thể./.\n`,
        },
        {
          title: { vi: 'Các mục mở đầu bằng dấu "–" bị nối thành một đoạn', en: 'Items opened by "–" joined into one paragraph' },
          text: `${NEWS_HEADER}– Phát triển hội viên;\n– Xây dựng mô hình kinh tế tập thể./.\n`,
          expect: [
            { messageId: 'dashItem', line: 10 },
            { messageId: 'dashItem', line: 11 },
          ],
          output: `${NEWS_HEADER}- Phát triển hội viên;\n- Xây dựng mô hình kinh tế tập thể./.\n`,
        },
        {
          title: { vi: 'Các mục "a)", "b)", "c)" bị nối vào câu dẫn', en: 'Items "a)", "b)", "c)" joined to their introduction' },
          text: `${NEWS_HEADER}Hội nghị thống nhất đề nghị khen thưởng như sau:\na) Tặng Cờ thi đua cho 2 đơn vị;\nb) Tặng Bằng khen cho 6 tập thể;\nc) Công nhận 4 tập thể lao động xuất sắc./.\n`,
          expect: [
            { messageId: 'letterItem', line: 11 },
            { messageId: 'letterItem', line: 12 },
            { messageId: 'letterItem', line: 13 },
          ],
          output: `${NEWS_HEADER}Hội nghị thống nhất đề nghị khen thưởng như sau:\n- a) Tặng Cờ thi đua cho 2 đơn vị;\n- b) Tặng Bằng khen cho 6 tập thể;\n- c) Công nhận 4 tập thể lao động xuất sắc./.\n`,
        },
        {
          title: { vi: 'Ký hiệu "▪" thừa trong mục danh sách Markdown', en: 'An extra "▪" in a Markdown list item' },
          text: `${NEWS_HEADER}- ▪ Phát triển hội viên;\n- Xây dựng mô hình kinh tế tập thể./.\n`,
          expect: [{ messageId: 'doubledBullet', line: 10 }],
          output: `${NEWS_HEADER}- Phát triển hội viên;\n- Xây dựng mô hình kinh tế tập thể./.\n`,
        },
        {
          title: { vi: 'Danh sách Word dán thành một dòng', en: 'A Word list pasted as one line' },
          text: `${NEWS_HEADER}Hội đề ra hai nhiệm vụ: • phát triển hội viên; ▪ xây dựng mô hình kinh tế tập thể./.\n`,
          expect: [
            { messageId: 'inlineBullet', line: 10 },
            { messageId: 'inlineBullet', line: 10 },
          ],
          output: `${NEWS_HEADER}Hội đề ra hai nhiệm vụ: phát triển hội viên; xây dựng mô hình kinh tế tập thể./.\n`,
        },
      ],
    },
  },
  check({ doc, report }) {
    if (!MAY_HOLD_BULLET.test(doc.source) && !ANY_INLINE_BULLET.test(doc.source)) return;
    walk(doc, doc.tree, report);
  },
};
