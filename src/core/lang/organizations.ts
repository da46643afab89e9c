/**
 * Names of Vietnamese state bodies as Nghị định 30/2020 Phụ lục II §IV.1
 * writes them (the words for the kind of body and for its field take a
 * capital), with the dates a name stops being valid, plus the generic
 * patterns the capitalization rules share.
 *
 * Sources (see shared/research/vn-conventions.md):
 * - casing: Phụ lục II §IV.1 and its examples (Bộ Tài nguyên và Môi trường,
 *   Hội đồng nhân dân tỉnh Sơn La, Đoàn Thanh niên Cộng sản Hồ Chí Minh,
 *   Ban Chấp hành Trung ương Đảng…) and the research catalogue CAP-05;
 * - provincial departments and the 01/3/2025 reorganisation: Nghị định
 *   45/2025/NĐ-CP (28/02/2025), which lists the departments every province
 *   keeps and the ones only some provinces have. The research (§0) confirms
 *   the Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ merger; the
 *   other Sở mergers follow the list of Nghị định 45/2025;
 * - ministries: Nghị quyết 176/2025/QH15 on the structure of the Government
 *   (same 01/3/2025 reorganisation); not in the research files.
 */
import type { OrganizationEntry } from '../config/types';

/** The day the 2025 reorganisation of ministries and provincial departments took effect. */
const REORGANISED = '2025-03-01';
/** The last day of the former names: `validUntil`, like a title's `until`, is the last day included. */
const LAST_DAY_BEFORE_REORGANISATION = '2025-02-28';

const outdated = (name: string, successor: string): OrganizationEntry => ({ name, validUntil: LAST_DAY_BEFORE_REORGANISATION, successor });
const since = (name: string): OrganizationEntry => ({ name, validFrom: REORGANISED });

/** Central bodies of the Party, the State and the Fatherland Front. */
const CENTRAL: OrganizationEntry[] = [
  { name: 'Quốc hội' },
  { name: 'Chính phủ' },
  { name: 'Văn phòng Chính phủ' },
  { name: 'Văn phòng Quốc hội' },
  { name: 'Văn phòng Chủ tịch nước' },
  { name: 'Thanh tra Chính phủ' },
  { name: 'Ủy ban Thường vụ Quốc hội' },
  { name: 'Đoàn đại biểu Quốc hội' },
  { name: 'Ban Chấp hành Trung ương Đảng' },
  { name: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam' },
  { name: 'Văn phòng Trung ương Đảng' },
  { name: 'Bộ Chính trị' },
  { name: 'Ban Bí thư' },
  { name: 'Mặt trận Tổ quốc Việt Nam' },
  { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' },
  { name: 'Tòa án nhân dân tối cao' },
  { name: 'Viện kiểm sát nhân dân tối cao' },
  { name: 'Kiểm toán nhà nước' },
  { name: 'Ngân hàng Nhà nước Việt Nam' },
  { name: 'Kho bạc Nhà nước' },
  { name: 'Bảo hiểm xã hội Việt Nam' },
  { name: 'Thông tấn xã Việt Nam' },
  { name: 'Đài Truyền hình Việt Nam' },
  { name: 'Đài Tiếng nói Việt Nam' },
];

/** Ministries; those merged on 01/3/2025 name the ministry that took them over. */
const MINISTRIES: OrganizationEntry[] = [
  { name: 'Bộ Quốc phòng' },
  { name: 'Bộ Công an' },
  { name: 'Bộ Ngoại giao' },
  { name: 'Bộ Nội vụ' },
  { name: 'Bộ Tư pháp' },
  { name: 'Bộ Tài chính' },
  { name: 'Bộ Công Thương' },
  since('Bộ Nông nghiệp và Môi trường'),
  { name: 'Bộ Xây dựng' },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { name: 'Bộ Khoa học và Công nghệ' },
  { name: 'Bộ Giáo dục và Đào tạo' },
  { name: 'Bộ Y tế' },
  since('Bộ Dân tộc và Tôn giáo'),
  outdated('Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính'),
  outdated('Bộ Giao thông vận tải', 'Bộ Xây dựng'),
  outdated('Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ'),
  outdated('Bộ Lao động - Thương binh và Xã hội', 'Bộ Nội vụ'),
  outdated('Bộ Tài nguyên và Môi trường', 'Bộ Nông nghiệp và Môi trường'),
  outdated('Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Nông nghiệp và Môi trường'),
  outdated('Ủy ban Dân tộc', 'Bộ Dân tộc và Tôn giáo'),
];

/** Provincial bodies of the Party, the State and the mass organizations (names without the place). */
const PROVINCIAL: OrganizationEntry[] = [
  { name: 'Ủy ban nhân dân' },
  { name: 'Hội đồng nhân dân' },
  { name: 'Thường trực Hội đồng nhân dân' },
  { name: 'Văn phòng Ủy ban nhân dân' },
  { name: 'Văn phòng Hội đồng nhân dân' },
  { name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân' },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam' },
  { name: 'Ủy ban Mặt trận Tổ quốc' },
  { name: 'Mặt trận Tổ quốc' },
  { name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
  { name: 'Hội Liên hiệp Phụ nữ' },
  { name: 'Hội Liên hiệp Phụ nữ Việt Nam' },
  { name: 'Hội Nông dân' },
  { name: 'Hội Nông dân Việt Nam' },
  { name: 'Hội Cựu chiến binh' },
  { name: 'Hội Cựu chiến binh Việt Nam' },
  { name: 'Hội Chữ thập đỏ' },
  { name: 'Hội Chữ thập đỏ Việt Nam' },
  { name: 'Liên minh Hợp tác xã' },
  { name: 'Liên minh Hợp tác xã Việt Nam' },
  { name: 'Liên đoàn Lao động' },
  { name: 'Tỉnh ủy' },
  { name: 'Thành ủy' },
  { name: 'Huyện ủy' },
  { name: 'Đảng ủy' },
  { name: 'Ban Thường vụ' },
  { name: 'Ban Chấp hành' },
  { name: 'Ủy ban Kiểm tra' },
  { name: 'Ban Tuyên giáo' },
  { name: 'Ban Dân vận' },
  { name: 'Ban Nội chính' },
  { name: 'Công an tỉnh' },
  { name: 'Bộ Chỉ huy Quân sự tỉnh' },
  { name: 'Bộ đội Biên phòng' },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng' },
  { name: 'Thanh tra tỉnh' },
  { name: 'Cổng Thông tin điện tử' },
  { name: 'Trung tâm Công nghệ thông tin và Truyền thông' },
  { name: 'Trung tâm Phục vụ hành chính công' },
  { name: 'Trung tâm Trợ giúp pháp lý nhà nước' },
  { name: 'Trung tâm Kiểm soát bệnh tật' },
  { name: 'Trung tâm Phát triển quỹ đất' },
  { name: 'Văn phòng Đăng ký đất đai' },
];

/** Provincial departments (Sở) by field, Nghị định 45/2025/NĐ-CP Điều 8–9, and the ones it merged. */
const DEPARTMENTS: OrganizationEntry[] = [
  { name: 'Sở Nội vụ' },
  { name: 'Sở Tư pháp' },
  { name: 'Sở Tài chính' },
  { name: 'Sở Công Thương' },
  since('Sở Nông nghiệp và Môi trường'),
  { name: 'Sở Xây dựng' },
  { name: 'Sở Khoa học và Công nghệ' },
  { name: 'Sở Văn hóa, Thể thao và Du lịch' },
  { name: 'Sở Văn hóa và Thể thao' },
  { name: 'Sở Giáo dục và Đào tạo' },
  { name: 'Sở Y tế' },
  { name: 'Sở Ngoại vụ' },
  since('Sở Dân tộc và Tôn giáo'),
  { name: 'Sở Du lịch' },
  { name: 'Sở Quy hoạch - Kiến trúc' },
  outdated('Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'),
  outdated('Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường'),
  outdated('Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'),
  outdated('Sở Kế hoạch và Đầu tư', 'Sở Tài chính'),
  outdated('Sở Giao thông vận tải', 'Sở Xây dựng'),
  outdated('Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'),
];

/**
 * The built-in dictionary. `Ban Tổ chức` is left out on purpose: the
 * organizing committee of an event is written both ways, so only its
 * consistency within a text is checked (org-name-inconsistent).
 */
export const BUILT_IN_ORGANIZATIONS: readonly OrganizationEntry[] = [...CENTRAL, ...MINISTRIES, ...PROVINCIAL, ...DEPARTMENTS];

/** Heads whose field names `Sở <field>` and `Bộ <field>` are checked even when the rest of the name differs (`Sở giáo dục tỉnh`). */
export const FIELD_HEADS: readonly string[] = ['Sở', 'Bộ'];

/**
 * Field openings that are also verbs or common phrases (`Sở xây dựng kế
 * hoạch`, `Sở thông tin về…`, `Sở quy hoạch lại…`): only the full name is checked.
 */
export const AMBIGUOUS_FIELD_OPENINGS: ReadonlySet<string> = new Set(['xây dựng', 'thông tin', 'quy hoạch']);

/**
 * Generic nouns of administrative units (Phụ lục II §III.1.a): lowercase
 * before a proper name (`tỉnh Đồng Tháp`, `thành phố Cao Lãnh`).
 */
export const ADMINISTRATIVE_UNITS: readonly string[] = ['tỉnh', 'thành phố', 'thị xã', 'thị trấn', 'huyện', 'quận', 'xã', 'phường'];
/** The same with the special zones (`đặc khu`, since 2025): the nouns a place's name may follow. */
export const UNITS_BEFORE_PLACE_NAMES: readonly string[] = [...ADMINISTRATIVE_UNITS, 'đặc khu'];

/** Places whose generic noun keeps its capital (Phụ lục II §III.1.c). */
export const SPECIAL_PLACE_NAMES: readonly string[] = ['Thành phố Hồ Chí Minh', 'Thủ đô Hà Nội'];

/**
 * Words that open an organization's name, for comparing how a text writes
 * the same name twice. `complete` heads are whole names by themselves.
 */
export const ORGANIZATION_HEADS: ReadonlyArray<{ words: string; complete?: true }> = [
  { words: 'Sở' },
  { words: 'Bộ' },
  { words: 'Ban' },
  { words: 'Ủy ban' },
  { words: 'Hội' },
  { words: 'Hội đồng' },
  { words: 'Đoàn' },
  { words: 'Phòng' },
  { words: 'Trung tâm' },
  { words: 'Văn phòng' },
  { words: 'Cục' },
  { words: 'Chi cục' },
  { words: 'Tổng cục' },
  { words: 'Viện' },
  { words: 'Tổ' },
  { words: 'Đội' },
  { words: 'Liên đoàn' },
  { words: 'Mặt trận' },
  { words: 'Đài' },
  { words: 'Cổng' },
  { words: 'Tỉnh đoàn', complete: true },
  { words: 'Thành đoàn', complete: true },
  { words: 'Huyện đoàn', complete: true },
  { words: 'Tỉnh ủy', complete: true },
  { words: 'Thành ủy', complete: true },
  { words: 'Huyện ủy', complete: true },
  { words: 'Đảng ủy', complete: true },
];

/**
 * Names outside the dictionary that a text may also write all in lowercase
 * and still mean the name: the organizing committee of the reported event.
 * Other lowercase phrases (`làm trung tâm phục vụ`) are common nouns.
 */
export const NAMES_COMPARED_IN_LOWERCASE: readonly string[] = ['Ban tổ chức'];

/**
 * Common nouns and verbs that start like an organization (`tổ chức`,
 * `hội nghị`, `đoàn viên`, `ban hành`): a head followed by one of these
 * words is not a name.
 */
export const NOT_A_NAME_AFTER_HEAD: ReadonlySet<string> = new Set([
  'tổ chức', 'tổ công tác',
  'hội nghị', 'hội thảo', 'hội thi', 'hội chợ', 'hội diễn', 'hội viên', 'hội trường', 'hội ý', 'hội nhập', 'hội tụ', 'hội đủ',
  'đoàn kết', 'đoàn viên', 'đoàn thể', 'đoàn công tác', 'đoàn đại biểu', 'đoàn tụ',
  'đội ngũ', 'đội viên', 'đội hình',
  'ban hành', 'ban đầu', 'ban ngày', 'ban tặng', 'ban bố',
  'bộ máy', 'bộ phận', 'bộ đội', 'bộ mặt', 'bộ tiêu chí', 'bộ hồ sơ', 'bộ trưởng', 'bộ môn',
  'viện trợ', 'viện dẫn', 'văn phòng phẩm',
  'sở hữu', 'sở tại', 'sở dĩ', 'sở trường',
  'phòng chống', 'phòng ngừa', 'phòng học', 'phòng họp', 'phòng khám', 'phòng cháy',
  'cổng thông tin', 'trung tâm hội nghị',
]);

/**
 * Common nouns whose second word is a head's first word (`cơ sở y tế`,
 * `cán bộ y tế`, `lực lượng quốc phòng`): no organization's name starts
 * inside them.
 */
export const COMPOUNDS_ENDING_WITH_HEAD: ReadonlySet<string> = new Set([
  'cơ sở', 'trụ sở',
  'cán bộ', 'toàn bộ', 'nội bộ', 'đồng bộ', 'sơ bộ', 'tiến bộ', 'cục bộ', 'đi bộ',
  'xã hội', 'cơ hội', 'đại hội', 'lễ hội', 'dạ hội', 'chi hội', 'tổ hội',
  'quốc phòng', 'dự phòng', 'đề phòng',
  'phái đoàn', 'sư đoàn', 'quân đoàn', 'binh đoàn', 'lữ đoàn',
  'trung đội', 'tiểu đội', 'đại đội',
  'bệnh viện', 'thư viện', 'học viện', 'nghị viện',
  'bố cục', 'kết cục',
  'khán đài', 'lâu đài', 'vũ đài',
]);
