import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findCredit, looksLikeFileName, parseSignatureLine, type SignatureMatch } from '../../src/core/model/signature';

describe('parseSignatureLine: signature forms', () => {
  const cases: Array<[string, SignatureMatch]> = [
    // name-unit
    ['Bích Ngọc – Sở Thông tin và Truyền thông', { form: 'name-unit', author: 'Bích Ngọc', unit: 'Sở Thông tin và Truyền thông' }],
    ['Kim Liên - Sở Ngoại vụ', { form: 'name-unit', author: 'Kim Liên', unit: 'Sở Ngoại vụ' }],
    ['Kim Liên-Sở Ngoại vụ', { form: 'name-unit', author: 'Kim Liên', unit: 'Sở Ngoại vụ' }],
    ['Minh Anh - Đoàn Thanh niên tỉnh', { form: 'name-unit', author: 'Minh Anh', unit: 'Đoàn Thanh niên tỉnh' }],
    ['Thanh Tâm - UBND huyện Tam Nông', { form: 'name-unit', author: 'Thanh Tâm', unit: 'UBND huyện Tam Nông' }],
    ['Hoàng Yến (Trung tâm Văn hóa - Thể thao huyện)', { form: 'name-unit', author: 'Hoàng Yến', unit: 'Trung tâm Văn hóa - Thể thao huyện' }],
    ['Lâm Thị Ngọc Hà (Trạm Y tế xã Thanh Sơn)', { form: 'name-unit', author: 'Lâm Thị Ngọc Hà', unit: 'Trạm Y tế xã Thanh Sơn' }],
    ['Thanh Tùng - Đồn Biên phòng Cửa khẩu Lóng Sập', { form: 'name-unit', author: 'Thanh Tùng', unit: 'Đồn Biên phòng Cửa khẩu Lóng Sập' }],
    ['(Y.T., Sở Ngoại vụ TPHCM, ngày 18-7-2006)', { form: 'name-unit', author: 'Y.T.', unit: 'Sở Ngoại vụ TPHCM' }],
    ['Đắc Nhân - Ngọc Thành - Văn phòng UBND tỉnh', { form: 'name-unit', author: 'Đắc Nhân - Ngọc Thành', unit: 'Văn phòng UBND tỉnh' }],
    // A unit's full name runs longer than the names: 14 words in all.
    ['Kim Ngân – Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau', { form: 'name-unit', author: 'Kim Ngân', unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau' }],
    // A unit by its abbreviation and place; the ethnic-minority name `Y Bình`.
    ['Y Bình – BĐBP tỉnh Kon Tum', { form: 'name-unit', author: 'Y Bình', unit: 'BĐBP tỉnh Kon Tum' }],
    ['Phương Anh - VNPT Đồng Tháp', { form: 'name-unit', author: 'Phương Anh', unit: 'VNPT Đồng Tháp' }],
    ['NGỌC HÂN - BÍCH NGỌC', { form: 'name', author: 'NGỌC HÂN - BÍCH NGỌC' }],
    // news-photo
    ['Tin, ảnh: TƯỜNG VÂN', { form: 'news-photo', author: 'TƯỜNG VÂN' }],
    ['Tin và ảnh: Minh Anh', { form: 'news-photo', author: 'Minh Anh' }],
    ['Bài, ảnh: Ngọc Lan - Trung tâm VHTT huyện', { form: 'news-photo', author: 'Ngọc Lan', unit: 'Trung tâm VHTT huyện' }],
    ['Bài và ảnh: Hồng Nhung.', { form: 'news-photo', author: 'Hồng Nhung' }],
    // news
    ['Tin: Thu Hà', { form: 'news', author: 'Thu Hà' }],
    ['Bài: Nhóm PV', { form: 'news', author: 'Nhóm PV' }],
    // produced-by
    ['Thực hiện: Đắc Nhân - Ngọc Thành', { form: 'produced-by', author: 'Đắc Nhân - Ngọc Thành' }],
    ['Nhóm PV', { form: 'produced-by', author: 'Nhóm PV' }],
    ['Nhóm phóng viên Ban Thời sự', { form: 'produced-by', author: 'Nhóm phóng viên Ban Thời sự' }],
    // author
    ['Tác giả: Trang Lê', { form: 'author', author: 'Trang Lê' }],
    // source
    ['(Nguồn: Cổng thông tin điện tử Tỉnh Kiên Giang - https://kiengiang.gov.vn/)', { form: 'source', unit: 'Cổng thông tin điện tử Tỉnh Kiên Giang - https://kiengiang.gov.vn/' }],
    ['Nguồn: Trung tâm Báo chí Thành phố Hồ Chí Minh', { form: 'source', unit: 'Trung tâm Báo chí Thành phố Hồ Chí Minh' }],
    ['(TTXVN)', { form: 'source', unit: 'TTXVN' }],
    // according-to
    ['(Theo Cổng TTĐT Ngân hàng Nhà nước Việt Nam)', { form: 'according-to', unit: 'Cổng TTĐT Ngân hàng Nhà nước Việt Nam' }],
    ['Theo Báo Đồng Tháp', { form: 'according-to', unit: 'Báo Đồng Tháp' }],
    ['Theo baochinhphu.vn', { form: 'according-to', unit: 'baochinhphu.vn' }],
    ['Theo TTXVN.', { form: 'according-to', unit: 'TTXVN' }],
    // name
    ['Bích Ngọc', { form: 'name', author: 'Bích Ngọc' }],
    ['DUYÊN ANH', { form: 'name', author: 'DUYÊN ANH' }],
    ['C.Trúc', { form: 'name', author: 'C.Trúc' }],
    ['T.H (tổng hợp)', { form: 'name', author: 'T.H' }],
    ['T.H.', { form: 'name', author: 'T.H.' }],
    ['TQ', { form: 'name', author: 'TQ' }],
    ['Vũ Nguyệt – Nhật Quang', { form: 'name', author: 'Vũ Nguyệt – Nhật Quang' }],
    ['Minh Thư và Ngọc Hân', { form: 'name', author: 'Minh Thư và Ngọc Hân' }],
    ['Minh Thư và Ngọc Hân - Sở Văn hóa, Thể thao và Du lịch', { form: 'name-unit', author: 'Minh Thư và Ngọc Hân', unit: 'Sở Văn hóa, Thể thao và Du lịch' }],
    ['Nguyễn Thị Thu Hường', { form: 'name', author: 'Nguyễn Thị Thu Hường' }],
    // `Đoàn` and `Trang` are surnames / given names here, not units.
    ['Kim Liên - Đoàn Thanh Bình', { form: 'name', author: 'Kim Liên - Đoàn Thanh Bình' }],
    ['  Trang Lê  ', { form: 'name', author: 'Trang Lê' }],
  ];
  for (const [line, expected] of cases) test(line.trim(), () => assert.deepEqual(parseSignatureLine(line), expected));
});

describe('parseSignatureLine: not a signature', () => {
  const lines = [
    'Chuyển đổi số là nhiệm vụ cấp thiết.',
    'Lễ ký kết giữa hai đơn vị',
    'Quang cảnh hội nghị',
    'Tham dự buổi lễ có ông A',
    'Hai đoàn trao quà và chụp ảnh lưu niệm',
    'Khoa học và Công nghệ',
    'Đồng chí Nguyễn Ngọc Sâm, Phó Chủ tịch UBND tỉnh trình bày báo cáo tại kỳ họp',
    'Nguyễn Văn A - Giám đốc Sở Nội vụ phát biểu',
    'Ông Nguyễn Văn A',
    'Theo kế hoạch, hội nghị diễn ra trong 2 ngày',
    'Theo Quyết định số 3888/QĐ-UBND ngày 30/11/2018',
    'Ảnh: VGP',
    'Đầu mối liên hệ: Văn phòng Sở',
    'Minh Anh.',
    'Sở Thông tin và Truyền thông trao quà cho các em học sinh',
    'Cuối chương trình ký kết, đại diện Sở giới thiệu về chuyển đổi số./.',
    'Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung, Hoàng Văn Em, Vũ Thị Giang',
    'Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung, Hoàng Văn Em - Sở Y tế',
    '',
  ];
  for (const line of lines) test(line || '(empty)', () => assert.equal(parseSignatureLine(line), undefined));
});

describe('findCredit', () => {
  const cases: Array<[string, string, string]> = [
    ['Cán bộ, công chức tại lớp tập huấn. Ảnh: Khánh Linh', 'Ảnh: Khánh Linh', 'Khánh Linh'],
    ['… xúc tiến đầu tư năm 2023”. Ảnh: VGP', 'Ảnh: VGP', 'VGP'],
    ['Quốc hội cũng dành nhiều thời gian thảo luận - Ảnh: VGP', 'Ảnh: VGP', 'VGP'],
    ['Toàn cảnh phiên họp (Ảnh: Minh Anh)', '(Ảnh: Minh Anh)', 'Minh Anh'],
    ['Toàn cảnh phiên họp (ảnh: Minh Anh).', '(ảnh: Minh Anh)', 'Minh Anh'],
    ['Ảnh: Phạm Bằng', 'Ảnh: Phạm Bằng', 'Phạm Bằng'],
    ['Đại biểu phát biểu tại buổi họp báo. Ảnh: Võ Duy. |', 'Ảnh: Võ Duy', 'Võ Duy'],
    ['Lễ khánh thành. Nguồn ảnh: Báo Đồng Tháp', 'Nguồn ảnh: Báo Đồng Tháp', 'Báo Đồng Tháp'],
    ['Quang cảnh hội nghị Ảnh: Thanh Hà', 'Ảnh: Thanh Hà', 'Thanh Hà'],
  ];
  for (const [text, credit, name] of cases) {
    test(text, () => {
      const found = findCredit(text);
      assert.ok(found, `no credit in: ${text}`);
      assert.equal(text.slice(found.start, found.end), credit);
      assert.equal(found.name, name);
    });
  }

  const none = [
    'Ảnh minh họa',
    '(Ảnh minh họa)',
    'Quang cảnh hội nghị',
    'Tin, ảnh: TƯỜNG VÂN',
    'Bài và ảnh: Hồng Nhung',
    'Ảnh: ',
    'Ảnh: Minh Anh. Sau đó hội nghị tiếp tục với phần thảo luận của các đại biểu.',
    'Hình ảnh: đẹp',
  ];
  for (const text of none) test(`none: ${text}`, () => assert.equal(findCredit(text), undefined));
});

describe('looksLikeFileName', () => {
  const fileNames = [
    'IMG_2034.jpg',
    'DSC00123.JPG',
    'anh1.png',
    'image.jpeg',
    'z1234567_abc.jpg',
    'Screenshot 2024-01-01 at 10.00.00.png',
    ' images/le-ky-ket.webp ',
    'IMG_20240101_101500',
    'DSC00123',
  ];
  for (const name of fileNames) test(name, () => assert.equal(looksLikeFileName(name), true));

  const captions = [
    'Lễ ký kết giữa hai đơn vị',
    'Quang cảnh hội nghị. Ảnh: VGP',
    'Ảnh 1',
    'Đồng chí Nguyễn Văn A phát biểu tại hội nghị về định dạng png',
    '',
  ];
  for (const caption of captions) test(`caption: ${caption || '(empty)'}`, () => assert.equal(looksLikeFileName(caption), false));
});
