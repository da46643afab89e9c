/**
 * Vietnamese personal names and the places that look like them: a run of
 * capitalized words that opens with a common surname is likely a person
 * (`Nguyễn Thành Nam`), unless it is a place that opens with one
 * (`tỉnh Hà Nam`, `huyện Cao Lãnh`).
 */

/** Common Vietnamese surnames: a bare name (no honorific) must start with one. */
export const SURNAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đoàn Đinh Lâm Mai Trương Cao ' +
    'Tạ Lương Hà Tô Châu Thái Trịnh Quách Triệu Văn Kiều Lục La Từ Vương Đào Tăng Hứa Chu Giang Tôn Phùng ' +
    'Nông Lưu Âu Kim Thân Khổng Mạc Lò Giàng Sùng Vàng Hầu Thào Lầu Điểu Đàm Diệp Doãn Hàn Khúc Khương Lại ' +
    'Lã Lữ Mạch Nghiêm Phí Quan Tiêu Tống Trình Ung Đậu Cù Bạch Bế Chử Giáp Khuất Mẫn Nhữ Thạch Tiết Thiều Quản ' +
    // Ethnic-minority family names: Thái, Mông, Dao, Tày (north); Gia Rai, Ê Đê (Tây Nguyên); Khmer.
    'Lường Quàng Cầm Tòng Mùa Vừ Hờ Tẩn Chảo Sầm Ma Ksor Siu Rơ Rah Kpă Puih Rmah Niê Êban Mlô Byă Bkrông Hlong Danh Chau Sơn'
  ).split(' '),
);

/** Place names that begin with a surname syllable, so `tỉnh Hà Nam` is not read as a person. */
const PLACES = [
  'Hà Nội', 'Hà Nam', 'Hà Tĩnh', 'Hà Giang', 'Hà Đông', 'Hà Tiên', 'Hà Trung', 'Hà Quảng',
  'Cao Bằng', 'Cao Lãnh', 'Cao Lộc', 'Cao Phong', 'Lâm Đồng', 'Lâm Hà', 'Lâm Bình',
  'Thái Bình', 'Thái Nguyên', 'Thái Thụy', 'Thái Hòa', 'Hồ Chí Minh', 'Châu Đốc', 'Châu Thành',
  'Châu Phú', 'Châu Đức', 'Lý Sơn', 'Mai Châu', 'Mai Sơn', 'Kim Bảng', 'Kim Sơn', 'Kim Thành',
  'Kim Động', 'Văn Lâm', 'Văn Giang', 'Văn Chấn', 'Văn Yên', 'Văn Quan', 'Văn Bàn', 'Lục Nam',
  'Lục Ngạn', 'Lục Yên', 'Lương Sơn', 'Lương Tài', 'Hoàng Mai', 'Hoàng Sa', 'Hoàng Su Phì',
  'Phan Thiết', 'Phan Rang', 'Lê Chân', 'Bà Rịa', 'Quan Hóa', 'Quan Sơn', 'Đinh Lập', 'Sầm Sơn',
  'Sơn La', 'Sơn Tây', 'Sơn Trà', 'Sơn Hà', 'Sơn Tịnh', 'Sơn Hòa', 'Sơn Hoà', 'Sơn Động', 'Sơn Dương',
].map((place) => place.split(' '));
const PLACE_STARTS = new Set(PLACES.map((place) => place[0]!));

/** The words open one of the places that begin with a surname syllable. */
export function startsWithPlace(run: Array<{ text: string }>): boolean {
  if (!PLACE_STARTS.has(run[0]?.text ?? '')) return false;
  return PLACES.some((place) => place.length <= run.length && place.every((syllable, i) => run[i]!.text === syllable));
}
