import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findDateline,
  findDates,
  findVagueTime,
  sentenceEnd,
  skipOutletTag,
  type DatelineMatch,
} from '../../src/core/model/dateline';
import type { DateStyle, WrittenDate } from '../../src/core/model/types';

interface Expected {
  /** The time expression as it appears in the lead. */
  text: string;
  date: WrittenDate;
  endDate?: WrittenDate;
  style: DateStyle;
  placement: DatelineMatch['placement'];
  partOfDay?: string;
  weekday?: string;
}

/** Checks every field, so that an unexpected `endDate` or `weekday` also fails. */
function assertDateline(lead: string, expected: Expected): void {
  const match = findDateline(lead);
  assert.ok(match, `no dateline in: ${lead}`);
  const { start, end, ...fields } = match;
  const { text, ...expectedFields } = expected;
  assert.equal(lead.slice(start, end), text);
  assert.deepEqual(fields, expectedFields);
}

describe('findDateline: time expression opening the lead', () => {
  const cases: Array<[string, Expected]> = [
    [
      'Chiều 14/5, tại Hà Nội, Bộ Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.',
      { text: 'Chiều 14/5', date: { day: 14, month: 5 }, style: '/', placement: 'opening', partOfDay: 'Chiều' },
    ],
    [
      'Sáng 18-7-2006, Sở Ngoại vụ TP. Hồ Chí Minh tiếp Tổng Lãnh sự Nhật Bản.',
      { text: 'Sáng 18-7-2006', date: { day: 18, month: 7, year: 2006 }, style: '-', placement: 'opening', partOfDay: 'Sáng' },
    ],
    [
      'Trưa 26/3/2020, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp khẩn.',
      { text: 'Trưa 26/3/2020', date: { day: 26, month: 3, year: 2020 }, style: '/', placement: 'opening', partOfDay: 'Trưa' },
    ],
    [
      'Chiều ngày 28/6/2024, Sở Nội vụ tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 39-NQ/TW.',
      { text: 'Chiều ngày 28/6/2024', date: { day: 28, month: 6, year: 2024 }, style: '/', placement: 'opening', partOfDay: 'Chiều' },
    ],
    [
      'Tối ngày 31-8, tại Quảng trường 3/2, UBND thành phố tổ chức chương trình nghệ thuật.',
      { text: 'Tối ngày 31-8', date: { day: 31, month: 8 }, style: '-', placement: 'opening', partOfDay: 'Tối' },
    ],
    [
      'sáng 09/10, Đại hội đại biểu Hội Nông dân tỉnh bế mạc.',
      { text: 'sáng 09/10', date: { day: 9, month: 10 }, style: '/', placement: 'opening', partOfDay: 'sáng' },
    ],
    [
      'Sáng sớm 2/9, hàng nghìn người dân đã có mặt tại Quảng trường Ba Đình.',
      { text: 'Sáng sớm 2/9', date: { day: 2, month: 9 }, style: '/', placement: 'opening', partOfDay: 'Sáng sớm' },
    ],
    [
      'Ngày 17/10/2019, Trung tâm Phục vụ hành chính công tỉnh chính thức đi vào hoạt động.',
      { text: 'Ngày 17/10/2019', date: { day: 17, month: 10, year: 2019 }, style: '/', placement: 'opening' },
    ],
    [
      'Ngày 18.6, Đoàn công tác của Sở Thông tin và Truyền thông làm việc với huyện Cao Lộc.',
      { text: 'Ngày 18.6', date: { day: 18, month: 6 }, style: '.', placement: 'opening' },
    ],
    [
      'Ngày 1.12.2016, Sở Ngoại vụ tổ chức gặp mặt các tổ chức phi chính phủ nước ngoài.',
      { text: 'Ngày 1.12.2016', date: { day: 1, month: 12, year: 2016 }, style: '.', placement: 'opening' },
    ],
    [
      'Ngày 1-12-2016, Sở Ngoại vụ tổ chức gặp mặt các tổ chức phi chính phủ nước ngoài.',
      { text: 'Ngày 1-12-2016', date: { day: 1, month: 12, year: 2016 }, style: '-', placement: 'opening' },
    ],
    [
      'Ngày 01/3/2024, Sở Tư pháp tổ chức Hội nghị triển khai nhiệm vụ năm 2024.',
      { text: 'Ngày 01/3/2024', date: { day: 1, month: 3, year: 2024 }, style: '/', placement: 'opening' },
    ],
    [
      'Ngày 12 tháng 5 năm 2009, Ủy ban Thường vụ Quốc hội họp phiên thứ 19.',
      { text: 'Ngày 12 tháng 5 năm 2009', date: { day: 12, month: 5, year: 2009 }, style: 'words', placement: 'opening' },
    ],
    [
      'Vào sáng 24/6, Hội Liên hiệp Phụ nữ tỉnh tổ chức Đại hội.',
      { text: 'Vào sáng 24/6', date: { day: 24, month: 6 }, style: '/', placement: 'opening', partOfDay: 'sáng' },
    ],
    [
      'Sáng nay (14/4), tại TP. Hồ Chí Minh, Hội nghị xúc tiến đầu tư khai mạc.',
      { text: 'Sáng nay (14/4)', date: { day: 14, month: 4 }, style: '/', placement: 'opening', partOfDay: 'Sáng' },
    ],
    [
      'Hôm nay (12/8), Bộ Y tế công bố kết quả khảo sát.',
      { text: 'Hôm nay (12/8)', date: { day: 12, month: 8 }, style: '/', placement: 'opening' },
    ],
    [
      '14/4/2022, tại Nhà văn hóa tỉnh, Tỉnh đoàn tổ chức Lễ tuyên dương.',
      { text: '14/4/2022', date: { day: 14, month: 4, year: 2022 }, style: '/', placement: 'opening' },
    ],
    [
      '14/4, tại Nhà văn hóa tỉnh, Tỉnh đoàn tổ chức Lễ tuyên dương.',
      { text: '14/4', date: { day: 14, month: 4 }, style: '/', placement: 'opening' },
    ],
  ];
  for (const [lead, expected] of cases) test(expected.text, () => assertDateline(lead, expected));
});

describe('findDateline: weekday forms', () => {
  const cases: Array<[string, Expected]> = [
    [
      'Thứ Hai, ngày 23/5/2022, Quốc hội thảo luận ở tổ về dự án Luật Thanh tra (sửa đổi).',
      { text: 'Thứ Hai, ngày 23/5/2022', date: { day: 23, month: 5, year: 2022 }, style: '/', placement: 'opening', weekday: 'Thứ Hai' },
    ],
    [
      'Chủ nhật (14/4), hơn 2.000 đoàn viên tham gia ra quân Ngày Chủ nhật xanh.',
      { text: 'Chủ nhật (14/4)', date: { day: 14, month: 4 }, style: '/', placement: 'opening', weekday: 'Chủ nhật' },
    ],
    [
      'thứ Năm (14/4/2022), Ban Thường vụ Tỉnh ủy họp.',
      { text: 'thứ Năm (14/4/2022)', date: { day: 14, month: 4, year: 2022 }, style: '/', placement: 'opening', weekday: 'thứ Năm' },
    ],
    [
      'Sáng thứ Bảy (15/4), Đoàn Thanh niên tổ chức hiến máu tình nguyện.',
      {
        text: 'Sáng thứ Bảy (15/4)',
        date: { day: 15, month: 4 },
        style: '/',
        placement: 'opening',
        partOfDay: 'Sáng',
        weekday: 'thứ Bảy',
      },
    ],
    [
      'Thứ 3, Ngày 16/07/2024, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 18.',
      { text: 'Thứ 3, Ngày 16/07/2024', date: { day: 16, month: 7, year: 2024 }, style: '/', placement: 'opening', weekday: 'Thứ 3' },
    ],
  ];
  for (const [lead, expected] of cases) test(expected.text, () => assertDateline(lead, expected));
});

describe('findDateline: spans and lists of days', () => {
  const cases: Array<[string, Expected]> = [
    [
      'Từ ngày 12 đến ngày 14/5, Sở Giáo dục và Đào tạo tổ chức tập huấn.',
      {
        text: 'Từ ngày 12 đến ngày 14/5',
        date: { day: 12, month: 5 },
        endDate: { day: 14, month: 5 },
        style: '/',
        placement: 'opening',
      },
    ],
    [
      'Từ ngày 12 đến ngày 14 tháng 5 năm 2009, Ủy ban Thường vụ Quốc hội tiến hành phiên họp thứ 19.',
      {
        text: 'Từ ngày 12 đến ngày 14 tháng 5 năm 2009',
        date: { day: 12, month: 5, year: 2009 },
        endDate: { day: 14, month: 5, year: 2009 },
        style: 'words',
        placement: 'opening',
      },
    ],
    [
      'Trong 2 ngày 22 và 23/7, Trung tâm Công nghệ thông tin tổ chức lớp tập huấn.',
      {
        text: 'Trong 2 ngày 22 và 23/7',
        date: { day: 22, month: 7 },
        endDate: { day: 23, month: 7 },
        style: '/',
        placement: 'opening',
      },
    ],
    [
      'Trong các ngày 10 và 14/3/2017, Đoàn giám sát của HĐND tỉnh làm việc tại các huyện.',
      {
        text: 'Trong các ngày 10 và 14/3/2017',
        date: { day: 10, month: 3, year: 2017 },
        endDate: { day: 14, month: 3, year: 2017 },
        style: '/',
        placement: 'opening',
      },
    ],
    [
      'Trong 2 ngày 22 & 23.7, Trung tâm Công nghệ thông tin và truyền thông (CNTT&TT) tổ chức tập huấn.',
      {
        text: 'Trong 2 ngày 22 & 23.7',
        date: { day: 22, month: 7 },
        endDate: { day: 23, month: 7 },
        style: '.',
        placement: 'opening',
      },
    ],
    [
      'Từ ngày 29-31/5, Đoàn công tác của tỉnh thăm và làm việc tại Lào.',
      {
        text: 'Từ ngày 29-31/5',
        date: { day: 29, month: 5 },
        endDate: { day: 31, month: 5 },
        style: '/',
        placement: 'opening',
      },
    ],
    [
      'Trong hai ngày 14, 15 và 16/4/2024, Ban Tuyên giáo tổ chức hội thi.',
      {
        text: 'Trong hai ngày 14, 15 và 16/4/2024',
        date: { day: 14, month: 4, year: 2024 },
        endDate: { day: 16, month: 4, year: 2024 },
        style: '/',
        placement: 'opening',
      },
    ],
    [
      'Từ ngày 30/12/2023 đến ngày 2/1/2024, Bảo tàng tỉnh mở cửa miễn phí.',
      {
        text: 'Từ ngày 30/12/2023 đến ngày 2/1/2024',
        date: { day: 30, month: 12, year: 2023 },
        endDate: { day: 2, month: 1, year: 2024 },
        style: '/',
        placement: 'opening',
      },
    ],
    [
      'Từ ngày 30/12 đến ngày 2/1/2024, Bảo tàng tỉnh mở cửa miễn phí.',
      {
        text: 'Từ ngày 30/12 đến ngày 2/1/2024',
        date: { day: 30, month: 12, year: 2023 },
        endDate: { day: 2, month: 1, year: 2024 },
        style: '/',
        placement: 'opening',
      },
    ],
  ];
  for (const [lead, expected] of cases) test(expected.text, () => assertDateline(lead, expected));
});

describe('findDateline: outlet tags before the time', () => {
  const cases: Array<[string, Expected]> = [
    [
      '(BBNĐT) Ngày 17 – 9, Sở Nội vụ tổ chức Hội nghị triển khai công tác thi đua.',
      { text: 'Ngày 17 – 9', date: { day: 17, month: 9 }, style: '-', placement: 'opening' },
    ],
    [
      '(THTG) Sáng ngày 5/4, Ủy ban nhân dân tỉnh họp phiên thường kỳ.',
      { text: 'Sáng ngày 5/4', date: { day: 5, month: 4 }, style: '/', placement: 'opening', partOfDay: 'Sáng' },
    ],
    [
      '(GLO)- Chiều 23-02, Sở Tài chính tổ chức hội nghị.',
      { text: 'Chiều 23-02', date: { day: 23, month: 2 }, style: '-', placement: 'opening', partOfDay: 'Chiều' },
    ],
    [
      '(Chinhphu.vn) - Sáng 12/8, Thủ tướng chủ trì Hội nghị trực tuyến.',
      { text: 'Sáng 12/8', date: { day: 12, month: 8 }, style: '/', placement: 'opening', partOfDay: 'Sáng' },
    ],
    [
      '(VOH) - Chiều 3/12, Sở Y tế thông tin về tình hình dịch bệnh.',
      { text: 'Chiều 3/12', date: { day: 3, month: 12 }, style: '/', placement: 'opening', partOfDay: 'Chiều' },
    ],
    [
      '(sav.gov.vn) – Chiều ngày 24/01, Kiểm toán nhà nước (KTNN) tổ chức Hội nghị.',
      { text: 'Chiều ngày 24/01', date: { day: 24, month: 1 }, style: '/', placement: 'opening', partOfDay: 'Chiều' },
    ],
    [
      '(ĐTO) Tối 31/8, tại Quảng trường Nguyễn Sinh Sắc, diễn ra chương trình nghệ thuật.',
      { text: 'Tối 31/8', date: { day: 31, month: 8 }, style: '/', placement: 'opening', partOfDay: 'Tối' },
    ],
  ];
  for (const [lead, expected] of cases) test(expected.text, () => assertDateline(lead, expected));
});

describe('findDateline: date early in the lead, after an opener', () => {
  const cases: Array<[string, Expected]> = [
    [
      'Nhân dịp kỷ niệm 90 năm Ngày Báo chí cách mạng Việt Nam, chiều ngày 18-6-2015, Văn phòng Chính phủ gặp mặt các cơ quan báo chí.',
      { text: 'chiều ngày 18-6-2015', date: { day: 18, month: 6, year: 2015 }, style: '-', placement: 'early', partOfDay: 'chiều' },
    ],
    [
      'Thực hiện chỉ đạo của Chính phủ về chuyển đổi số, sáng ngày 1/12, Bộ Khoa học và Công nghệ tổ chức hội thảo.',
      { text: 'sáng ngày 1/12', date: { day: 1, month: 12 }, style: '/', placement: 'early', partOfDay: 'sáng' },
    ],
    [
      'Với chủ đề “Đoàn kết – Đổi mới – Phát triển”, sáng 24/6, Đại hội Hội Liên hiệp Phụ nữ tỉnh khai mạc.',
      { text: 'sáng 24/6', date: { day: 24, month: 6 }, style: '/', placement: 'early', partOfDay: 'sáng' },
    ],
    [
      'Sau 5 ngày làm việc khẩn trương, nghiêm túc, sáng 09/10, Hội nghị Trung ương 8 bế mạc.',
      { text: 'sáng 09/10', date: { day: 9, month: 10 }, style: '/', placement: 'early', partOfDay: 'sáng' },
    ],
    [
      '(Chinhphu.vn) - Hiện nay cùng với cả nước, các bộ, ngành đang đẩy mạnh chuyển đổi số. Bộ Thông tin và Truyền thông tổ chức hội nghị vào hôm nay (12/8).',
      { text: 'vào hôm nay (12/8)', date: { day: 12, month: 8 }, style: '/', placement: 'early' },
    ],
    [
      'Thực hiện Thỏa thuận hợp tác giữa hai tỉnh. Ngày 5/4, Đoàn công tác tỉnh Lạng Sơn làm việc tại Vân Nam (Trung Quốc).',
      { text: 'Ngày 5/4', date: { day: 5, month: 4 }, style: '/', placement: 'early' },
    ],
    [
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2024 của UBND tỉnh, sáng 14/3, Sở Nội vụ tổ chức tập huấn.',
      { text: 'sáng 14/3', date: { day: 14, month: 3 }, style: '/', placement: 'early', partOfDay: 'sáng' },
    ],
    [
      'Nhân dịp kỷ niệm ngày 30/4, chiều 28/4, Hội Cựu chiến binh tỉnh tổ chức gặp mặt.',
      { text: 'chiều 28/4', date: { day: 28, month: 4 }, style: '/', placement: 'early', partOfDay: 'chiều' },
    ],
    [
      'Nhân kỷ niệm 113 năm Ngày Quốc tế Phụ nữ 8/3, sáng 7/3, Hội Liên hiệp Phụ nữ tỉnh tổ chức gặp mặt.',
      { text: 'sáng 7/3', date: { day: 7, month: 3 }, style: '/', placement: 'early', partOfDay: 'sáng' },
    ],
    [
      'Thông tin chính thức từ ông Nguyễn Văn Chỉnh - Giám đốc Sở Y tế cho biết: Vào đêm ngày 15/6, tỉnh ghi nhận thêm 2 ca mắc.',
      { text: 'Vào đêm ngày 15/6', date: { day: 15, month: 6 }, style: '/', placement: 'early', partOfDay: 'đêm' },
    ],
  ];
  for (const [lead, expected] of cases) test(expected.text, () => assertDateline(lead, expected));
});

describe('findDateline: no concrete event time', () => {
  const leads = [
    'Theo Quyết định số 3888/QĐ-UBND ngày 30/11/2018 của UBND tỉnh, ông Trần Văn A được bổ nhiệm giữ chức Phó Giám đốc Sở.',
    'Căn cứ Nghị quyết số 10-NQ/TU ngày 12/6/2017 của Tỉnh ủy, Sở Công Thương xây dựng kế hoạch hành động.',
    'Quyết định số: 1762/QĐ-TTg ngày 5/3/2024 của Thủ tướng Chính phủ được triển khai tới các sở, ngành.',
    'UBND tỉnh vừa ban hành Kế hoạch ngày 5/3/2024 về chuyển đổi số.',
    'Luật Đất đai năm 2024 có hiệu lực thi hành từ ngày 1/8/2024, mở ra nhiều cơ hội cho người dân.',
    'Sáng nay, Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2024.',
    'Sở Văn hóa, Thể thao và Du lịch vừa tổ chức Hội nghị tổng kết công tác năm 2023.',
    '(GLO)- Gần 400 cán bộ, công chức tham gia lớp tập huấn trong những ngày cuối tháng 10.',
    'Tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương triển khai nhiệm vụ giai đoạn 2021 - 2025.',
    'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 94.59%, tăng 3.5% so với cùng kỳ; đội tuyển của tỉnh thắng 3-1.',
    'Hotline 0912.345.678 hỗ trợ người dân từ 7h30 đến 17h00; tổng đài 1900.1234 hoạt động 24/7.',
    'Thực hiện Thông tư số 01/2024/TT-BTTTT, 15/2022 hồ sơ đã được số hóa trong tháng 5/2024.',
    'Sáng 30/2, Sở Tư pháp tổ chức hội nghị.',
    'Ngày 29/2/2023, Sở Tư pháp tổ chức hội nghị.',
    'Ngày hội Sách và Văn hóa đọc năm 2024 thu hút đông đảo bạn đọc.',
    'Kỳ họp diễn ra lúc 8 giờ 30 phút, sau đó các đại biểu nghe báo cáo về tình hình COVID-19.',
  ];
  for (const lead of leads) test(lead.slice(0, 60), () => assert.equal(findDateline(lead), undefined));
});

describe('findDateline: where the time expression may be', () => {
  test('a date after the second sentence is no dateline, though it is a date', () => {
    const lead = 'Sở Nội vụ tổ chức hội nghị tổng kết. Hội nghị bàn nhiều việc. Sáng 14/4, đoàn đi thăm các xã.';
    assert.equal(findDateline(lead), undefined);
    assert.deepEqual(findDates(lead).map((date) => lead.slice(date.start, date.end)), ['14/4']);
  });

  test('the words that open a time expression are matched in any case', () => {
    assertDateline('SÁNG 14/4, tại Hà Nội, Bộ tổ chức hội nghị.', { text: 'SÁNG 14/4', date: { day: 14, month: 4 }, style: '/', placement: 'opening', partOfDay: 'SÁNG' });
    assertDateline('TỪ NGÀY 12 ĐẾN NGÀY 14/5, Sở tổ chức hội chợ.', {
      text: 'TỪ NGÀY 12 ĐẾN NGÀY 14/5',
      date: { day: 12, month: 5 },
      endDate: { day: 14, month: 5 },
      style: '/',
      placement: 'opening',
    });
  });
});

describe('findDates', () => {
  test('finds every form, without ngày in the span, in order', () => {
    const text =
      'Ngày 14/4, Sở họp. Chiều ngày 18-6-2015 và ngày 12 tháng 5 năm 2009 được nhắc lại; từ ngày 29-31/5 đoàn làm việc, hôm nay (12/8) kết thúc.';
    const dates = findDates(text);
    assert.deepEqual(
      dates.map((date) => text.slice(date.start, date.end)),
      ['14/4', '18-6-2015', '12 tháng 5 năm 2009', '29-31/5', '12/8'],
    );
    assert.deepEqual(dates[3], { start: text.indexOf('29-31/5'), end: text.indexOf('29-31/5') + 7, date: { day: 29, month: 5 }, endDate: { day: 31, month: 5 }, style: '/' });
  });

  test('digits after ngày with a unit of time or a count after them are an amount', () => {
    const text = 'Em ôn luyện mỗi ngày 4 - 5 tiếng, hằng ngày 2-3 lần; ngày 4-5 tại hội trường và ngày 10/11 các đoàn về.';
    assert.deepEqual(
      findDates(text).map((date) => text.slice(date.start, date.end)),
      ['4-5', '10/11'],
    );
  });

  test('a date with a year needs no ngày; a bare short date does', () => {
    const text = 'Hạn chót 30/11/2018 đã qua; cần 1/3 số phiếu và tỷ số 3-1.';
    assert.deepEqual(
      findDates(text).map((date) => text.slice(date.start, date.end)),
      ['30/11/2018'],
    );
  });

  test('a date inside a document citation is still a date', () => {
    const text = 'Quyết định số 3888/QĐ-UBND ngày 30/11/2018 của UBND tỉnh.';
    assert.deepEqual(findDates(text).map((date) => date.date), [{ day: 30, month: 11, year: 2018 }]);
  });

  test('false positives: year ranges, document numbers, decimals, scores, times, phone numbers, month-only dates', () => {
    const text =
      'Giai đoạn 2022 - 2026 và 2021-2025; số 30/2020/NĐ-CP; 15/2022; 94.59%; 5.12%; tỷ số 3-1; COVID-19; lúc 14h30, 8 giờ 30; ' +
      'ĐT 0912.345.678; tháng 5/2009; Cách mạng công nghiệp 4.0; ngày 32/1; ngày 14/13; ngày 31/4; ngày 14/4/1850.';
    assert.deepEqual(findDates(text), []);
  });

  test('leap days depend on the year, when there is one', () => {
    const text = 'ngày 29/2/2024, ngày 29/2/2023, ngày 29/2, ngày 30/2';
    assert.deepEqual(
      findDates(text).map((date) => text.slice(date.start, date.end)),
      ['29/2/2024', '29/2'],
    );
  });
});

describe('findVagueTime', () => {
  const cases: Array<[string, string]> = [
    ['Vừa qua, Sở Thông tin và Truyền thông đã tổ chức lễ ký kết Chương trình phối hợp.', 'Vừa qua'],
    ['Mới đây, UBND tỉnh ban hành kế hoạch triển khai Đề án 06.', 'Mới đây'],
    ['Sáng nay, Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2024.', 'Sáng nay'],
    ['Thời gian qua, công tác cải cách hành chính của tỉnh đạt nhiều kết quả.', 'Thời gian qua'],
    ['Hôm qua, Ban Chỉ đạo họp trực tuyến với các địa phương.', 'Hôm qua'],
    ['tuần qua, lực lượng chức năng đã xử lý 12 vụ vi phạm.', 'tuần qua'],
    ['Những ngày qua, nhiều hoạt động ý nghĩa đã diễn ra.', 'Những ngày qua'],
    ['(BBNĐT) Trong thời gian vừa qua, các cấp hội đã tích cực tham gia.', 'Trong thời gian vừa qua'],
    ['Những ngày cuối tháng 10, gần 400 cán bộ tham gia lớp tập huấn.', 'Những ngày cuối tháng 10'],
    ['Sở Văn hóa, Thể thao và Du lịch vừa tổ chức Hội nghị tổng kết công tác năm 2023.', 'vừa tổ chức'],
    ['Hội thi Tin học trẻ toàn tỉnh vừa diễn ra tại Trường Đại học Đồng Tháp.', 'vừa diễn ra'],
    ['UBND huyện vừa được tiếp nhận 200 máy tính từ doanh nghiệp.', 'vừa được tiếp nhận'],
    ['Đoàn công tác của Sở vừa qua đã làm việc tại huyện Tam Nông.', 'vừa qua'],
    ['UBND tỉnh vừa ban hành Quyết định số 12/QĐ-UBND ngày 5/3/2024 về việc thành lập Ban Chỉ đạo.', 'vừa ban hành'],
  ];
  for (const [lead, opener] of cases) {
    test(opener, () => {
      const vague = findVagueTime(lead);
      assert.ok(vague, `no vague time in: ${lead}`);
      assert.equal(vague.text, opener);
      assert.equal(lead.slice(vague.start, vague.end), opener);
    });
  }

  const none = [
    'Sáng nay (14/4), Sở Nội vụ tổ chức hội nghị.',
    'Vừa qua, ngày 14/4, Sở Nội vụ tổ chức hội nghị.',
    'Sở Nội vụ vừa tổ chức hội nghị vào sáng 14/4.',
    'Chương trình hỗ trợ doanh nghiệp nhỏ và vừa là nhiệm vụ trọng tâm của ngành.',
    'Hội nghị là dịp để các đơn vị vừa là đối tác, vừa là bạn đồng hành chia sẻ kinh nghiệm.',
    'Sở Tài chính tổ chức hội nghị. Trước đó, tỉnh vừa tổ chức hội thảo.',
  ];
  for (const lead of none) test(`none: ${lead.slice(0, 50)}`, () => assert.equal(findVagueTime(lead), undefined));
});

describe('skipOutletTag', () => {
  const cases: Array<[string, string]> = [
    ['(BBNĐT) Ngày 17 – 9, …', 'Ngày'],
    ['(THTG) Sáng ngày 5/4, …', 'Sáng'],
    ['(GLO)- Gần 400 cán bộ …', 'Gần'],
    ['(Chinhphu.vn) - Hiện nay …', 'Hiện'],
    ['(VOH) - Chiều 3/12, …', 'Chiều'],
    ['(sav.gov.vn) – Chiều ngày 24/01, …', 'Chiều'],
    ['(ĐTO) Tối 31/8, …', 'Tối'],
  ];
  for (const [lead, next] of cases) test(lead, () => assert.ok(lead.slice(skipOutletTag(lead)).startsWith(next)));

  test('no tag: 0', () => {
    assert.equal(skipOutletTag('Sáng 14/4, Sở Nội vụ họp.'), 0);
    assert.equal(skipOutletTag('(14/4) Sở Nội vụ họp.'), 0);
    assert.equal(skipOutletTag('(2024) Sở Nội vụ họp.'), 0);
    assert.equal(skipOutletTag('(Dự kiến) Sở Nội vụ họp.'), 0);
  });
});

describe('sentenceEnd', () => {
  test('counts sentences ending in . ! ? before a capital', () => {
    const text = 'Hội nghị khai mạc. Đại biểu phát biểu! Có ý kiến nào không? Kết thúc.';
    assert.equal(sentenceEnd(text, 1), 'Hội nghị khai mạc.'.length);
    assert.equal(sentenceEnd(text, 2), 'Hội nghị khai mạc. Đại biểu phát biểu!'.length);
    assert.equal(sentenceEnd(text, 3), text.indexOf(' Kết'));
    assert.equal(sentenceEnd(text, 4), text.length);
    assert.equal(sentenceEnd(text, 9), text.length);
    assert.equal(sentenceEnd(text, 0), 0);
  });

  test('does not split on dates, decimals, TP., academic titles or initials', () => {
    const text =
      'Ngày 14.4, tại TP. Hồ Chí Minh, PGS. TS. Nguyễn Văn A cho biết tỷ lệ đạt 94.59%, ông Nguyễn V. Bình và Y.T. cùng dự. Câu thứ hai.';
    assert.equal(sentenceEnd(text, 1), text.indexOf(' Câu'));
  });

  test('closing quotes and parentheses stay with their sentence; ./. ends one', () => {
    const text = 'Ông nói: “Phải làm ngay.” Sau đó (bế mạc.) Hội nghị kết thúc./. Bích Ngọc';
    assert.equal(sentenceEnd(text, 1), text.indexOf(' Sau'));
    assert.equal(sentenceEnd(text, 2), text.indexOf(' Hội'));
    assert.equal(sentenceEnd(text, 3), text.indexOf(' Bích'));
  });

  test('needs a capital or a digit after the space', () => {
    const text = 'Tỉnh có 3 huyện. trong đó có. 100% xã đạt chuẩn.';
    assert.equal(sentenceEnd(text, 1), text.indexOf('. 100%') + 1);
  });
});
