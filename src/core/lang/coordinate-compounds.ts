/**
 * Two-syllable words that government texts join into coordinate compounds
 * ("kinh tế - xã hội", "Văn hóa - Xã hội", "quốc phòng - an ninh",
 * "Độc lập - Tự do - Hạnh phúc"). Nghị định 30/2020 writes such compounds
 * with a spaced hyphen. A glued dash is only called a compound when BOTH
 * sides are words of this list: transliterations ("Cam-pu-chia",
 * "Vla-đi-mia"), codes ("COVID-19", "KT-XH") and names never are.
 */

/** New-style tone marks (mark on the first vowel of oa, oe, uy), lowercase. */
const COMPOUND_WORDS = [
  // Sectors and fields (names of committees, departments, programmes)
  'kinh tế', 'xã hội', 'chính trị', 'văn hóa', 'quốc phòng', 'an ninh', 'ngân sách', 'pháp chế', 'dân tộc',
  'đô thị', 'khoa học', 'công nghệ', 'kỹ thuật', 'giáo dục', 'đào tạo', 'y tế', 'thể thao', 'du lịch',
  'thông tin', 'truyền thông', 'lao động', 'thương binh', 'nông nghiệp', 'nông thôn', 'lâm nghiệp',
  'thủy sản', 'thủy lợi', 'tài chính', 'kế hoạch', 'đầu tư', 'tài nguyên', 'môi trường', 'giao thông',
  'vận tải', 'xây dựng', 'công nghiệp', 'thương mại', 'dịch vụ', 'nội vụ', 'tư pháp', 'ngoại giao',
  'đối ngoại', 'quân sự', 'biên phòng', 'tổ chức', 'cán bộ', 'tuyên giáo', 'dân vận', 'kiểm tra',
  'giám sát', 'thanh tra', 'thi đua', 'khen thưởng', 'hành chính', 'ngân hàng', 'tiền tệ', 'bảo hiểm',
  'doanh nghiệp', 'văn nghệ', 'nghệ thuật', 'báo chí', 'xuất bản', 'phát thanh', 'truyền hình',
  'viễn thông', 'bưu chính', 'gia đình', 'trẻ em', 'thanh niên', 'phụ nữ', 'việc làm', 'an sinh',
  'dân số', 'sức khỏe', 'đất đai', 'khoáng sản', 'năng lượng', 'sản xuất', 'kinh doanh', 'xuất khẩu',
  'nhập khẩu', 'pháp luật', 'chính sách', 'lý luận', 'thực tiễn', 'lịch sử', 'địa lý', 'kiểm toán',
  'thống kê', 'chất lượng', 'tiêu chuẩn', 'đo lường',
  // Phrases of the Tiêu ngữ and of slogans
  'độc lập', 'tự do', 'hạnh phúc', 'hòa bình', 'hữu nghị', 'hợp tác', 'phát triển', 'dân chủ',
  'công bằng', 'văn minh',
];

/** Old-style tone marks on open oa, oe, uy syllables, and their new-style spelling. */
const NEW_STYLE_ENDING: Readonly<Record<string, string>> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
/** An old-style ending, not after `q` (`quý` is `qu` + `ý` in both styles). */
const OLD_STYLE_ENDING = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/u;

/** Lookup form of a syllable: lowercase, NFC, new-style tone marks (`Hoá` → `hóa`). */
function syllableKey(syllable: string): string {
  const lower = syllable.normalize('NFC').toLowerCase();
  return lower.replace(OLD_STYLE_ENDING, (ending) => NEW_STYLE_ENDING[ending] ?? ending);
}

const COMPOUND_WORD_SET: ReadonlySet<string> = new Set(COMPOUND_WORDS);

/** True when the two syllables form one word of a coordinate compound (`Văn` `hoá`, `xã` `hội`). */
export function isCompoundWord(first: string, second: string): boolean {
  return COMPOUND_WORD_SET.has(`${syllableKey(first)} ${syllableKey(second)}`);
}
