/**
 * Page chrome that only its wording shows: what a copy of a portal article
 * page brings along with the article (shared/research/real-articles-patterns.md
 * §1–2). Each test takes one whole line (block) of text in NFC with its
 * spaces collapsed.
 */

export type ChromeLine =
  /** A portal's label or button: `Xuất bản thông tin`, `Chia sẻ`, `In bài viết`. */
  | { kind: 'label' }
  /** The portlet title naming the category: `Chi tiết bài viết Tin tức`; a breadcrumb `Trang chủ > Tin tức`. */
  | { kind: 'category'; category?: string }
  /** Date, time and view counter: `14/10/2018 - 20:20`, `28/01/2019 08:30 Số lượt xem: 234`. */
  | { kind: 'meta'; date?: string }
  /** The heading of the related-news list (`Tin liên quan`): it and everything after it are chrome. */
  | { kind: 'related' };

const LABELS = new Set([
  'xuất bản thông tin', 'trang chủ', 'chia sẻ', 'chia sẻ bài viết', 'in bài viết', 'in trang', 'bản in', 'in', 'gửi email',
  'gửi bài viết', 'gửi cho bạn bè', 'quay lại', 'quay về', 'trở về', 'về đầu trang', 'lên đầu trang', 'đầu trang', 'cỡ chữ',
  'a- a a+', 'tweet', 'facebook', 'zalo', 'share', 'print', 'email', 'lưu bài viết', 'đánh giá bài viết', 'ý kiến bạn đọc',
  'bình luận', 'tải về', 'tải xuống', 'tệp đính kèm', 'nghe đọc bài', 'nghe bài viết', 'thích', 'like',
]);
const CATEGORY_TITLE = /^chi\s+tiết\s+(?:bài\s+viết|tin\s+bài|tin)(?:\s+(.{1,60}))?$/iu;
const BREADCRUMB = /^(?:trang\s+chủ|home)\s*(?:[>»›/|→]|\s-\s)/iu;
const BREADCRUMB_SEPARATOR = /\s*(?:[>»›/|→]|\s-\s)\s*/u;
/** `Trang chủ | Giới thiệu | Tin tức | Liên hệ` is the site's menu: its last item is no category of the article. */
const MENU_SEPARATOR = /\s\|\s/u;
/** A toolbar copied as one line: `In trang | Chia sẻ | Về đầu trang`. */
const TOOLBAR_SEPARATOR = /\s*[|•·]\s*/u;
const RELATED = /^(?:(?:các\s+)?(?:tin|bài(?:\s+viết)?|tin\s+tức)\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|đã\s+đưa|mới(?:\s+nhất)?|đọc\s+nhiều(?:\s+nhất)?|xem\s+nhiều(?:\s+nhất)?)|xem\s+thêm|đọc\s+thêm)\s*:?$/iu;

/** Pieces of a metadata line; a line that is nothing else (but separators) and holds a full date is one. */
const META_PIECE = new RegExp(
  [
    String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`,
    String.raw`(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày))?`,
    // WordPress and English CMSs: `Đăng ngày: 11/10/2022 bởi admin`, `Published: 04/03/2025 09:15`.
    String.raw`(?:đăng\s+)?bởi\s+[\p{L}\p{N}._-]+`,
    String.raw`(?:(?:last\s+)?(?:published|posted|updated)(?:\s+(?:on|at))?)`,
    String.raw`ngày|lúc|date`,
    String.raw`(?:số\s+)?lượt\s+(?:xem|truy\s+cập)\s*:?\s*[\d.,]+`,
    String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?`,
    String.raw`gmt\s*[+-]\s*\d{1,2}`,
    String.raw`\d{4}-\d{2}-\d{2}`,
    String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}`,
  ].join('|'),
  'giu',
);
const META_REST = /^[\s|,:\-–—()/]*$/u;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/u;
const DAY_MONTH_YEAR = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const MAX_CATEGORY_WORDS = 6;

export function chromeLine(text: string): ChromeLine | undefined {
  if (text.split(TOOLBAR_SEPARATOR).every(isLabel)) return { kind: 'label' };
  if (RELATED.test(text)) return { kind: 'related' };
  const title = CATEGORY_TITLE.exec(text);
  if (title) return title[1] ? { kind: 'category', category: title[1] } : { kind: 'category' };
  if (BREADCRUMB.test(text)) {
    const last = text.split(BREADCRUMB_SEPARATOR).pop()?.trim() ?? '';
    const isCategory = last !== '' && last.split(/\s+/u).length <= MAX_CATEGORY_WORDS && !MENU_SEPARATOR.test(text);
    return isCategory ? { kind: 'category', category: last } : { kind: 'category' };
  }
  return metaLine(text);
}

/** A label, with the colon a heading puts after it (`Chia sẻ:`). */
function isLabel(text: string): boolean {
  return LABELS.has(text.toLowerCase().replace(/\s*:$/u, ''));
}

function metaLine(text: string): ChromeLine | undefined {
  if (!META_REST.test(text.replace(META_PIECE, ''))) return undefined;
  const date = isoDate(text);
  return date === undefined ? undefined : { kind: 'meta', date };
}

/** The first full date of a line, ISO; undefined when it is not a real date. */
function isoDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = DAY_MONTH_YEAR.exec(text);
  return written ? isoFromParts(Number(written[3]), Number(written[2]), Number(written[1])) : undefined;
}

/** `YYYY-MM-DD` for a day that exists; undefined for 30/2 and the like. */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
