/**
 * Names that Nghị định 30/2020 Phụ lục II §V writes with fixed capitals,
 * wherever they stand: orders and medals with their class, honorary titles
 * (§V.2: "Huân chương Sao vàng", "Nghệ sĩ Nhân dân", "Anh hùng Lao động")
 * and holidays after the word `ngày` (§V.5: "ngày Quốc khánh", "ngày Quốc tế
 * Lao động", "ngày Phụ nữ Việt Nam"). Names of orders and titles follow the
 * Law on Emulation and Commendation (Luật Thi đua, khen thưởng 2022).
 *
 * A holiday is matched only after `ngày`: without it, "phụ nữ Việt Nam" and
 * "nhà giáo Việt Nam" are the women and teachers of the country, in lower
 * case. `ngày` itself may be written with a capital (common practice, and the
 * start of a sentence); so may `tết` (§V.8: `tết Nguyên đán`, `Tết`). Lunar
 * years (§V.8: `Mậu Tuất`) take a capital on both syllables.
 */
const ORDERS_AND_MEDALS = [
  'Huân chương Sao vàng', 'Huân chương Hồ Chí Minh', 'Huân chương Độc lập', 'Huân chương Quân công', 'Huân chương Lao động',
  'Huân chương Bảo vệ Tổ quốc', 'Huân chương Chiến công', 'Huân chương Đại đoàn kết dân tộc', 'Huân chương Dũng cảm',
  'Huân chương Hữu nghị', 'Huân chương Kháng chiến', 'Huy chương Kháng chiến', 'Huy chương Quân kỳ quyết thắng',
  'Huy chương Vì an ninh Tổ quốc', 'Huy chương Chiến sĩ vẻ vang', 'Huy chương Hữu nghị',
];
/** Orders awarded in classes: `hạng Nhất`, `hạng Nhì`, `hạng Ba` follow the name. */
const CLASSES = ['hạng Nhất', 'hạng Nhì', 'hạng Ba'];
const HONORARY_TITLES = [
  'Anh hùng Lao động', 'Anh hùng Lực lượng vũ trang nhân dân', 'Bà mẹ Việt Nam Anh hùng', 'Nghệ sĩ Nhân dân', 'Nghệ sĩ Ưu tú',
  'Nhà giáo Nhân dân', 'Nhà giáo Ưu tú', 'Thầy thuốc Nhân dân', 'Thầy thuốc Ưu tú', 'Nghệ nhân Nhân dân', 'Nghệ nhân Ưu tú',
];
const HOLIDAYS = [
  'Quốc khánh', 'Quốc tế Lao động', 'Nhà giáo Việt Nam', 'Thầy thuốc Việt Nam', 'Phụ nữ Việt Nam', 'Quốc tế Phụ nữ',
  'Báo chí Cách mạng Việt Nam', 'Quốc tế Thiếu nhi', 'Doanh nhân Việt Nam', 'Gia đình Việt Nam', 'Chuyển đổi số quốc gia',
];

/** Tết by its name (§V.8): `tết Nguyên đán`; `Tết` with a capital is the usual practice, so its first word's case is free. */
const TET_HOLIDAYS = ['Nguyên đán', 'Đoan ngọ', 'Trung thu'];

/**
 * Lunar years (§V.8: `Mậu Tuất`, every syllable capitalized): a heavenly
 * stem and an earthly branch of the same parity, the sixty years of the
 * cycle. Other pairs are no year (`Quý thân nhân` is "dear relatives").
 */
const HEAVENLY_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
/** Each branch with its spellings in use. */
const EARTHLY_BRANCHES = [['Tý', 'Tí'], ['Sửu'], ['Dần'], ['Mão', 'Mẹo'], ['Thìn'], ['Tỵ', 'Tị'], ['Ngọ'], ['Mùi'], ['Thân'], ['Dậu'], ['Tuất'], ['Hợi']];
const LUNAR_YEARS = HEAVENLY_STEMS.flatMap((stem, stemIndex) =>
  EARTHLY_BRANCHES.flatMap((spellings, branchIndex) => (stemIndex % 2 === branchIndex % 2 ? spellings.map((branch) => `${stem} ${branch}`) : [])),
);

/** What a special name names: an honorary title or a lunar year written all in lower case may be meant otherwise. */
export type SpecialNameKind = 'order' | 'honorary-title' | 'holiday' | 'lunar-year';
export const SPECIAL_NAME_KINDS: ReadonlySet<string> = new Set<SpecialNameKind>(['order', 'honorary-title', 'holiday', 'lunar-year']);

/** Each name as written by the decree, word by word, with its kind. */
export function specialNames(): { words: string[]; kind: SpecialNameKind }[] {
  const orders = ORDERS_AND_MEDALS.flatMap((order) => [order, ...CLASSES.map((grade) => `${order} ${grade}`)]);
  // `Quốc khánh` alone is the holiday too ("dịp Quốc khánh 2/9").
  const holidays = [...HOLIDAYS.map((holiday) => `ngày ${holiday}`), ...TET_HOLIDAYS.map((holiday) => `tết ${holiday}`), 'Quốc khánh'];
  return [
    ...orders.map((name) => ({ words: name.split(' '), kind: 'order' as const })),
    ...HONORARY_TITLES.map((name) => ({ words: name.split(' '), kind: 'honorary-title' as const })),
    ...holidays.map((name) => ({ words: name.split(' '), kind: 'holiday' as const })),
    ...LUNAR_YEARS.map((name) => ({ words: name.split(' '), kind: 'lunar-year' as const })),
  ];
}

/** The first words of holidays' names, whose capital is free. */
export const FREE_CASE_WORDS: ReadonlySet<string> = new Set(['ngày', 'tết']);
