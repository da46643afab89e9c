import { isAllCaps, withInitial } from './name-matcher';
import { isCapitalAt } from '../text/words';

/**
 * The words next to a wrong phrase that make it a real one after all, its last
 * syllable opening the next word or its first closing the word before:
 * `lợi thế kỹ thuật`, `khả năng xuất khẩu`, `lịch sử lý luận`, `di tích lịch
 * sử Lý Sơn`, `thế kỷ năng động`.
 */
export interface RealPhraseContext {
  followedBy?: readonly string[];
  precededBy?: readonly string[];
}

/** Words that `xuất` opens (`xuất khẩu`, `xuất hiện`, `xuất sắc`…): `năng xuất khẩu`, `thô sơ xuất hiện` are no misspellings. */
const XUAT_WORDS = ['khẩu', 'hiện', 'sắc', 'bản', 'phát', 'xứ', 'cảnh', 'hành', 'kho', 'ngũ', 'viện', 'huyết', 'thân', 'quân', 'trình', 'toán', 'chúng', 'siêu', 'nhập', 'vốn', 'hàng', 'bán', 'xưởng', 'gia', 'thần'];
/** Words that `sử` closes (`lịch sử`, `tiền sử`, `quốc sử`…): `lịch sử Lý Sơn` is no misspelling of `xử lý`. */
const HISTORY_WORDS = ['lịch', 'tiền', 'quốc', 'dã', 'chính', 'ngự', 'văn'];

/**
 * Misspellings of Vietnamese words that writers of official news make often
 * and that are wrong wherever they stand: each wrong phrase is no word of the
 * language, so its correction is certain. Phrases whose wrong form is also a
 * real phrase somewhere (`cũng cố` in `cũng cố gắng`, `giành cho`, `yếu
 * điểm`) are left out. Sources: the defects of real portal articles
 * (research: real-articles-patterns §10.1: chia sẽ, nổ lực, thăm quan, Hội
 * ghị, điềm cầu, phiên hop, Hợp chủng quốc) and the hỏi/ngã, s/x, ch/tr and
 * final-consonant confusions of the same kind.
 *
 * Written in lower case, the wrong phrase and its correction syllable for
 * syllable (the correction keeps each syllable's capitals), then the words
 * next to it that make it a real phrase after all.
 */
export const MISSPELLINGS: readonly (readonly [wrong: string, right: string, real?: RealPhraseContext])[] = [
  // Seen in real portal articles
  ['chia sẽ', 'chia sẻ'],
  ['nổ lực', 'nỗ lực'],
  ['thăm quan', 'tham quan'],
  ['hội ghị', 'hội nghị'],
  ['điềm cầu', 'điểm cầu'],
  ['phiên hop', 'phiên họp'],
  ['cuộc hop', 'cuộc họp'],
  ['hợp chủng quốc', 'hợp chúng quốc'],
  // hỏi and ngã
  ['hổ trợ', 'hỗ trợ'],
  ['giúp đở', 'giúp đỡ'],
  ['sữa chữa', 'sửa chữa'],
  ['kỹ niệm', 'kỷ niệm'],
  ['kỹ lục', 'kỷ lục'],
  ['kỹ yếu', 'kỷ yếu', { followedBy: ['tố'] }],
  ['thế kỹ', 'thế kỷ', { followedBy: ['thuật', 'năng', 'xảo', 'sư', 'lưỡng', 'càng', 'nghệ'] }],
  ['kỷ thuật', 'kỹ thuật'],
  ['kỷ năng', 'kỹ năng', { precededBy: ['thế'] }],
  ['kỷ lưỡng', 'kỹ lưỡng'],
  ['lể hội', 'lễ hội'],
  ['triễn lãm', 'triển lãm'],
  ['diển đàn', 'diễn đàn'],
  ['bồi dưởng', 'bồi dưỡng'],
  ['mãi mê', 'mải mê'],
  // s and x, ch and tr, d and gi
  ['sử lý', 'xử lý', { precededBy: HISTORY_WORDS }],
  ['sử lí', 'xử lí', { precededBy: HISTORY_WORDS }],
  ['sử phạt', 'xử phạt'],
  // `xem xét sử dụng` (to consider using) is a real phrase.
  ['xét sử', 'xét xử', { followedBy: ['dụng', 'liệu', 'sách', 'học', 'gia', 'thi', 'ký'] }],
  ['sử án', 'xử án', { precededBy: HISTORY_WORDS }],
  ['xử dụng', 'sử dụng'],
  ['sản suất', 'sản xuất'],
  ['sạc lở', 'sạt lở'],
  ['năng xuất', 'năng suất', { followedBy: XUAT_WORDS }],
  ['bổ xung', 'bổ sung'],
  ['xắp xếp', 'sắp xếp'],
  ['sắp sếp', 'sắp xếp'],
  ['xuất xắc', 'xuất sắc'],
  ['kiểm xoát', 'kiểm soát'],
  ['đột suất', 'đột xuất'],
  ['sơ xuất', 'sơ suất', { followedBy: XUAT_WORDS }],
  ['sát nhập', 'sáp nhập', { followedBy: ['khẩu', 'cảnh', 'học', 'viện', 'ngũ', 'môn', 'liệu', 'kho', 'tịch', 'cuộc', 'tâm', 'cư', 'siêu', 'hàng', 'lậu'] }],
  ['xát nhập', 'sáp nhập'],
  ['chuẩn đoán', 'chẩn đoán'],
  ['chân trọng', 'trân trọng'],
  ['chau chuốt', 'trau chuốt'],
  ['vô hình chung', 'vô hình trung'],
  ['dành chiến thắng', 'giành chiến thắng'],
  ['dành thắng lợi', 'giành thắng lợi'],
  ['dành độc lập', 'giành độc lập'],
  // Final consonants
  ['cập nhập', 'cập nhật'],
  ['chỉnh chu', 'chỉn chu'],
  ['suông sẻ', 'suôn sẻ'],
  ['xuông sẻ', 'suôn sẻ'],
  ['khuyếch trương', 'khuếch trương'],
];

/** `right` with the capitals of `written`: a word in capitals stays in capitals, a capitalized one capitalized. */
export function inCaseOf(written: string, right: string): string {
  if (isAllCaps(written)) return right.toUpperCase();
  return isCapitalAt(written, 0) ? withInitial(right, true) : right;
}
