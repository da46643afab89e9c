import type { Code, Html, Nodes, Parent } from 'mdast';
import type { PressRelease } from '../model/types';
import type { Problem, Rule } from '../types';
import { runExcerpt } from './encoding-legacy';

/** A document with none of these holds no pasted markup: most are not walked. */
const MAY_HOLD_MARKUP = /<[a-zA-Z/]|&(?:nbsp|#160|#x[aA]0);|^(?: {4}|\t)/mu;
/** The no-break space as an HTML entity, which a web page's text brings along. */
const NBSP_ENTITY = /&(?:nbsp|#160|#x[aA]0);/gu;
/** One inline tag, opening or closing, and its name. */
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>$/u;
/** A paragraph wrapped whole in one `<p>` or `<div>`, with no other tag inside: its text is kept, its tags dropped. */
const WRAPPED_PARAGRAPH = /^<(p|div)(?:\s[^>]*)?>([^<]*)<\/\1>\s*$/u;
/** A code block's indentation, line by line: a tab or up to four spaces. */
const INDENTATION = /^(?:\t| {1,4})/gmu;
/** A fenced code block's opening, after up to three spaces. */
const FENCE = /^ {0,3}(?:```|~~~)/u;
const EMPHASIS_TAGS = new Set(['strong', 'b', 'em', 'i']);
/** Tags that only style or wrap the text: dropped, their text kept (`o` is Word's `<o:p>`). */
const WRAPPING_TAGS = new Set(['span', 'font', 'u', 'p', 'div', 'o']);

/** Whether the source character at `offset` is white space or absent (an edge). */
function blankAt(source: string, offset: number): boolean {
  const character = source[offset];
  return character === undefined || /\s/u.test(character);
}

function inlineTag(doc: PressRelease, node: Html): Problem | undefined {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const tag = TAG.exec(node.value);
  if (!tag) return undefined;
  const name = tag[1]!.toLowerCase();
  const written = node.value;
  if (name === 'br') {
    // Between two words the break becomes a space; next to one, nothing.
    const text = blankAt(doc.source, start - 1) || blankAt(doc.source, end) ? '' : ' ';
    return { messageId: 'lineBreakTag', data: { tag: written }, start, end, fix: { start, end, text } };
  }
  if (EMPHASIS_TAGS.has(name)) {
    return { messageId: 'emphasisTag', data: { tag: written, markup: name === 'strong' || name === 'b' ? '**…**' : '*…*' }, start, end };
  }
  if (WRAPPING_TAGS.has(name)) return { messageId: 'wrappingTag', data: { tag: written }, start, end, fix: { start, end, text: '' } };
  return { messageId: 'otherTag', data: { tag: written }, start, end };
}

function htmlBlock(node: Html): Problem | undefined {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const wrapped = WRAPPED_PARAGRAPH.exec(node.value);
  const fix = wrapped ? { fix: { start, end, text: wrapped[2]!.trim() } } : {};
  return { messageId: 'htmlBlock', data: { excerpt: runExcerpt(node.value.replace(/\s+/gu, ' ')) }, start, end, ...fix };
}

function indentedCode(doc: PressRelease, node: Code, topLevel: boolean): Problem | undefined {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const written = doc.source.slice(start, end);
  // A fenced block is written on purpose.
  if (FENCE.test(written)) return undefined;
  // Inside a list the indentation also places the block in its item: only a top-level block is rewritten.
  const fix = topLevel ? { fix: { start, end, text: written.replace(INDENTATION, '') } } : {};
  return { messageId: 'indentedCode', data: { excerpt: runExcerpt(node.value.trim()) }, start, end, ...fix };
}

function entities(doc: PressRelease, node: Nodes, report: (problem: Problem) => void): void {
  const start = node.position!.start.offset!;
  const written = doc.source.slice(start, node.position!.end.offset!);
  for (const entity of written.matchAll(NBSP_ENTITY)) {
    const at = start + entity.index;
    const end = at + entity[0].length;
    const text = blankAt(doc.source, at - 1) || blankAt(doc.source, end) ? '' : ' ';
    report({ messageId: 'nbspEntity', data: { entity: entity[0] }, start: at, end, fix: { start: at, end, text } });
  }
}

function walk(doc: PressRelease, parent: Parent, report: (problem: Problem) => void): void {
  for (const child of parent.children as Nodes[]) {
    if (child.position?.start.offset === undefined) continue;
    if (child.type === 'html') {
      // Comments are the writer's (and `<!--lint …-->` directives).
      if (child.value.startsWith('<!--')) continue;
      const problem = parent.type === 'root' || parent.type === 'listItem' || parent.type === 'blockquote' ? htmlBlock(child) : inlineTag(doc, child);
      if (problem) report(problem);
    } else if (child.type === 'code') {
      const problem = indentedCode(doc, child, parent.type === 'root');
      if (problem) report(problem);
    } else if (child.type === 'text') {
      entities(doc, child, report);
    } else if ('children' in child) {
      walk(doc, child, report);
    }
  }
}

const NEWS_HEADER = '---\ntitle: Hội thi tuyên truyền viên giỏi năm 2026\ndate: 2026-04-14\n---\n\n# Hội thi tuyên truyền viên giỏi năm 2026\n\n';

export const markupPasted: Rule = {
  meta: {
    id: 'markup-pasted',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Không để sót thẻ HTML, mã "&nbsp;" hay đoạn thụt đầu dòng khi dán từ trang web, Word',
        en: 'No HTML tags, "&nbsp;" codes or indented paragraphs left from pasting a web page or Word',
      },
      rationale: {
        vi: 'Chép từ trang web, thư điện tử hay Word thường kéo theo thẻ HTML ("<br>", "<strong>", "<span style=…>", cả đoạn bọc trong "<p>…</p>"), mã "&nbsp;" thay cho dấu cách, hay dấu tab ở đầu đoạn. Trong Markdown, đoạn bắt đầu bằng dấu tab hoặc bốn dấu cách là khối mã: hiện nguyên văn bằng phông chữ máy; đoạn bọc trong thẻ là khối HTML: trình xem trước, Cổng và các quy tắc kiểm tra (thời gian ở sapo, dấu kết thúc, chính tả) không đọc nó như văn bản. Quy tắc báo từng chỗ và sửa tự động khi cách sửa đã rõ: "<br>" và "&nbsp;" thành dấu cách, bỏ thẻ chỉ để trang trí ("<span>", "<font>", "<u>"), bỏ thẻ bọc một đoạn không có thẻ nào khác, bỏ khoảng trắng đầu dòng của khối mã (trừ khối nằm trong danh sách); chữ đậm, nghiêng viết lại bằng "**…**", "*…*". Chú thích HTML ("<!-- … -->", kể cả lệnh "<!--lint …-->") và khối mã có rào ("```") là của người viết, không bị báo.',
        en: 'Copying from a web page, an e-mail or Word often brings HTML tags along ("<br>", "<strong>", "<span style=…>", a whole paragraph wrapped in "<p>…</p>"), "&nbsp;" codes instead of spaces, or a tab opening a paragraph. In Markdown a paragraph opened by a tab or four spaces is a code block, shown verbatim in a typewriter font; a paragraph wrapped in tags is an HTML block, which the preview, the portal and the checks (the lead\'s time, the end mark, spelling) do not read as text. The rule reports each one and fixes it where the fix is clear: "<br>" and "&nbsp;" become a space, tags that only style text ("<span>", "<font>", "<u>") are dropped, the tags around a paragraph with no other tag inside are dropped, and a code block loses its indentation (not inside a list); bold and italics are rewritten with "**…**" and "*…*" by the writer. HTML comments ("<!-- … -->", "<!--lint …-->" directives included) and fenced code blocks ("```") are the writer\'s and are not reported.',
      },
    },
    messages: {
      lineBreakTag: {
        vi: 'Thẻ HTML "{tag}" còn sót khi dán: thay bằng dấu cách, hoặc tách thành đoạn mới bằng một dòng trống.',
        en: 'The HTML tag "{tag}" was left by pasting: replace it with a space, or start a new paragraph after a blank line.',
      },
      emphasisTag: {
        vi: 'Thẻ HTML "{tag}" còn sót khi dán: viết {markup} thay cho cặp thẻ, hoặc bỏ cả cặp thẻ.',
        en: 'The HTML tag "{tag}" was left by pasting: write {markup} instead of the pair of tags, or drop both.',
      },
      wrappingTag: {
        vi: 'Thẻ HTML "{tag}" còn sót khi dán: xóa thẻ, giữ chữ.',
        en: 'The HTML tag "{tag}" was left by pasting: delete it and keep the text.',
      },
      otherTag: {
        vi: 'Thẻ HTML "{tag}" còn sót khi dán: viết lại bằng Markdown hoặc xóa.',
        en: 'The HTML tag "{tag}" was left by pasting: write it in Markdown or delete it.',
      },
      htmlBlock: {
        vi: 'Khối HTML "{excerpt}": trình xem trước, Cổng và các quy tắc không đọc nó như văn bản. Bỏ các thẻ, giữ chữ.',
        en: 'HTML block "{excerpt}": the preview, the portal and the checks do not read it as text. Drop the tags and keep the text.',
      },
      nbspEntity: {
        vi: '"{entity}" là mã HTML của khoảng trắng không ngắt, còn sót khi dán: thay bằng dấu cách thường.',
        en: '"{entity}" is the HTML code of a no-break space, left by pasting: replace it with an ordinary space.',
      },
      indentedCode: {
        vi: 'Đoạn "{excerpt}" bắt đầu bằng dấu tab hoặc bốn dấu cách nên hiện như mã máy tính (chữ nguyên văn, phông chữ máy) và không được kiểm tra: xóa khoảng trắng đầu dòng.',
        en: 'The paragraph "{excerpt}" opens with a tab or four spaces, so it shows as computer code (verbatim, typewriter font) and is not checked: delete the indentation.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Chữ đậm, danh sách và khối mã có rào viết bằng Markdown; chú thích HTML', en: 'Bold, lists and fenced code in Markdown; an HTML comment' },
          text: `${NEWS_HEADER}Sáng 14/4, **48 đội** dự hội thi.\n\n<!-- ảnh bổ sung sau -->\n\n- Phần thi chào hỏi;\n- Phần thi tiểu phẩm.\n\n\`\`\`\nlịch thi: 7 giờ 30\n\`\`\`\n`,
        },
      ],
      invalid: [
        {
          title: { vi: 'Thẻ "<br>", "<span>" và "&nbsp;" chép từ trang web', en: '"<br>", "<span>" and "&nbsp;" copied from a web page' },
          text: `${NEWS_HEADER}Sáng 14/4, hội thi khai mạc,&nbsp;đồng thời có <span style="color:red">48 đội</span> dự.<br>Tiếp theo là phần thi tiểu phẩm.\n`,
          expect: [
            { messageId: 'nbspEntity', line: 8 },
            { messageId: 'wrappingTag', line: 8 },
            { messageId: 'wrappingTag', line: 8 },
            { messageId: 'lineBreakTag', line: 8 },
          ],
          output: `${NEWS_HEADER}Sáng 14/4, hội thi khai mạc, đồng thời có 48 đội dự. Tiếp theo là phần thi tiểu phẩm.\n`,
        },
        {
          title: { vi: 'Sapo bọc trong thẻ "<p>"', en: 'A lead wrapped in "<p>"' },
          text: `${NEWS_HEADER}<p>Sáng 14/4, Sở Văn hóa, Thể thao và Du lịch khai mạc hội thi tuyên truyền viên giỏi.</p>\n`,
          expect: [{ messageId: 'htmlBlock', line: 8 }],
          output: `${NEWS_HEADER}Sáng 14/4, Sở Văn hóa, Thể thao và Du lịch khai mạc hội thi tuyên truyền viên giỏi.\n`,
        },
        {
          title: { vi: 'Đoạn thụt đầu dòng bằng dấu tab thành khối mã', en: 'A paragraph indented with a tab, read as code' },
          text: `${NEWS_HEADER}Sáng 14/4, hội thi khai mạc với 48 đội dự thi.\n\n\tHội thi gồm hai phần: chào hỏi và tiểu phẩm.\n`,
          expect: [{ messageId: 'indentedCode', line: 10 }],
          output: `${NEWS_HEADER}Sáng 14/4, hội thi khai mạc với 48 đội dự thi.\n\nHội thi gồm hai phần: chào hỏi và tiểu phẩm.\n`,
        },
        {
          title: { vi: 'Chữ đậm bằng thẻ "<strong>"', en: 'Bold written with "<strong>"' },
          text: `${NEWS_HEADER}Sáng 14/4, có <strong>48 đội</strong> dự hội thi.\n`,
          expect: [
            { messageId: 'emphasisTag', line: 8 },
            { messageId: 'emphasisTag', line: 8 },
          ],
        },
      ],
    },
  },
  check({ doc, report }) {
    if (!MAY_HOLD_MARKUP.test(doc.source)) return;
    walk(doc, doc.tree, report);
  },
};
