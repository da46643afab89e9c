/**
 * admin-unit-outdated beyond its documentation examples: what it names in
 * its message (the body and its unit, not the person after them), the
 * bodies that still exist, and the texts about earlier events it leaves alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint/engine';
import { tellsOfEarlierEvents } from '../../src/core/lang/former-names';

const options = { onlyRules: ['admin-unit-outdated'] };

/** The text of each message's range, in a `vn-news` article dated `date`. */
function named(body: string, date = '2026-04-10'): string[] {
  const source = `---\nprofile: vn-news\ndate: ${date}\n---\n\n# Tin thử\n\n${body}\n`;
  return lint(source, options).messages.map((message) => source.slice(message.start, message.end));
}

describe('admin-unit-outdated', () => {
  it('names the body and its unit, without the person whose name follows', () => {
    assert.deepEqual(named('Dự có Bí thư Huyện ủy Nguyễn Thành Nam, Chủ tịch UBND thị trấn Tràm Chim Lê Văn Dũng và Chủ tịch UBND huyện Cao Lãnh Trần Thị Hoa.'), [
      'Huyện ủy',
      'UBND thị trấn Tràm Chim',
      'UBND huyện Cao Lãnh',
    ]);
  });

  it('reads TP. and a district numbered, and a unit miscased', () => {
    assert.deepEqual(named('UBND TP. Hồng Ngự, HĐND Quận 1 và UBND Huyện Côn Đảo phối hợp thực hiện.'), ['UBND TP. Hồng Ngự', 'HĐND Quận 1', 'UBND Huyện Côn Đảo']);
  });

  it('names the province or city a merged province joined', () => {
    const source = '---\nprofile: vn-news\ndate: 2026-01-05\n---\n\n# Tin thử\n\nUBND tỉnh Long An, Tỉnh ủy Bình Dương, HĐND tỉnh Quảng Nam và UBND tỉnh Hoà Bình cùng dự.\n';
    const messages = lint(source, { ...options, lang: 'vi' }).messages;
    assert.deepEqual(
      messages.map((message) => [source.slice(message.start, message.end), message.message.match(/hợp nhất vào (.+?) \(/)?.[1]]),
      [
        ['UBND tỉnh Long An', 'tỉnh Tây Ninh'],
        ['Tỉnh ủy Bình Dương', 'Thành phố Hồ Chí Minh'],
        ['HĐND tỉnh Quảng Nam', 'thành phố Đà Nẵng'],
        ['UBND tỉnh Hoà Bình', 'tỉnh Phú Thọ'],
      ],
    );
  });

  it('reads the name of Bà Rịa - Vũng Tàu whole, however its dash is written', () => {
    assert.deepEqual(named('UBND tỉnh Bà Rịa - Vũng Tàu chủ trì.\n\nHĐND tỉnh Bà Rịa-Vũng Tàu giám sát.\n\nTỉnh ủy Bà Rịa – Vũng Tàu chỉ đạo.'), [
      'UBND tỉnh Bà Rịa - Vũng Tàu',
      'HĐND tỉnh Bà Rịa-Vũng Tàu',
      'Tỉnh ủy Bà Rịa – Vũng Tàu',
    ]);
  });

  it('leaves alone the provinces that remain, and a province named without its unit', () => {
    assert.deepEqual(named('UBND tỉnh Tây Ninh, Tỉnh ủy Đồng Tháp, Tỉnh đoàn, UBND tỉnh và Báo Long An cùng dự.'), []);
  });

  it('reads a district\'s offices and police', () => {
    assert.deepEqual(
      named('Phòng Giáo dục và Đào tạo huyện Tam Nông, Phòng Tài chính - Kế hoạch thị xã Hồng Ngự và Công an huyện Lấp Vò phối hợp; Công an tỉnh Long An hỗ trợ.'),
      ['Phòng Giáo dục và Đào tạo huyện Tam Nông', 'Phòng Tài chính - Kế hoạch thị xã Hồng Ngự', 'Công an huyện Lấp Vò', 'Công an tỉnh Long An'],
    );
    assert.deepEqual(named('Phòng họp huyện được sửa chữa. Phòng Văn hóa, Khoa học và Thông tin xã tổ chức hội thi; Công an tỉnh Đồng Tháp dự.'), []);
  });

  it('leaves alone an office of the district level, in a sentence or a table', () => {
    assert.deepEqual(named('Hồ sơ trước đây nộp tại Phòng Tư pháp cấp huyện nay nộp tại xã.'), []);
    assert.deepEqual(named('| Thủ tục | Trước | Nay |\n| --- | --- | --- |\n| Đăng ký hộ kinh doanh | Phòng Tài chính - Kế hoạch cấp huyện | Trung tâm Phục vụ hành chính công cấp xã |'), []);
  });

  it('leaves alone the units spoken of in the plural', () => {
    assert.deepEqual(named('Trung tâm Y tế các huyện, Công an những huyện biên giới và Phòng Giáo dục nhiều huyện được sắp xếp lại; Trung tâm Y tế huyện Tam Nông cũng vậy.'), [
      'Trung tâm Y tế huyện Tam Nông',
    ]);
  });

  it('reads a paragraph, a caption or a list item that opens with a unit\'s word', () => {
    assert.deepEqual(named('Huyện ủy Tân Hồng chỉ đạo.\n\n- TP. Hồng Ngự\n- Huyện Tam Nông\n\n*Thị xã Hồng Ngự*'), ['Huyện ủy Tân Hồng']);
  });

  it('reports each body once', () => {
    assert.deepEqual(named('UBND huyện Lai Vung chủ trì.\n\nSau đó, UBND huyện Lai Vung tổng kết.'), ['UBND huyện Lai Vung']);
  });

  it('leaves alone the centrally governed cities, communes, wards and special zones', () => {
    assert.deepEqual(
      named('HĐND thành phố Đà Nẵng, UBND Thành phố Hồ Chí Minh, UBND TP.HCM, UBND TP. Huế, Thành ủy Hải Phòng, Thành đoàn, UBND thành phố, UBND xã Mỹ Hiệp, UBND phường 1 và UBND đặc khu Phú Quốc cùng dự.'),
      [],
    );
  });

  it('leaves alone a former name, a former post and a sentence about earlier events', () => {
    assert.deepEqual(named('Trụ sở UBND huyện Cao Lãnh cũ được chuyển thành nhà văn hóa.'), []);
    assert.deepEqual(named('Hội trường của Huyện ủy Tháp Mười trước đây được sửa chữa.'), []);
    assert.deepEqual(named('Ông Lê Văn Tư, nguyên Chủ tịch UBND huyện Tam Nông, dự lễ.'), []);
    assert.deepEqual(named('Từ năm 2020 đến nay, UBND huyện Châu Thành đã hỗ trợ 300 hộ.'), []);
    assert.deepEqual(named('Sau khi sáp nhập, UBND thị trấn Sa Rài được giải thể.'), []);
  });

  it('still reports a sentence with words that only look like those cues', () => {
    assert.deepEqual(named('UBND huyện Tam Nông gặp mặt cựu chiến binh và tìm nguyên nhân sạt lở.'), ['UBND huyện Tam Nông']);
    // The year's achievements are praised after the change: 2025 alone is no earlier time.
    assert.deepEqual(named('Dịp này, UBND tỉnh Bình Định tặng Bằng khen cho 12 cá nhân có thành tích xuất sắc năm 2025.'), ['UBND tỉnh Bình Định']);
  });

  it('leaves alone a paragraph that opens in an earlier year, a former post and a time before the change', () => {
    assert.deepEqual(named('Sau năm 1975, huyện Đức Hòa trực thuộc tỉnh Long An. Những năm đầu sau giải phóng, Huyện ủy Đức Hòa lãnh đạo nhân dân khai hoang.'), []);
    assert.deepEqual(named('Nhiều đồng chí từng là Chủ tịch UBND huyện Kiến Xương nay đảm nhận cương vị mới.'), []);
    assert.deepEqual(named('Đây là những cán bộ trước ngày 01/7/2025 công tác tại UBND huyện Vũ Thư.'), []);
    assert.deepEqual(named('Trước tháng 7 năm 2025, việc cấp phép do UBND huyện Vũ Thư thực hiện.'), []);
    // Before a month well after the change: the time may include it.
    assert.deepEqual(named('Trước tháng 9/2025, việc cấp phép do UBND huyện Vũ Thư thực hiện.'), ['UBND huyện Vũ Thư']);
    // A comparison with an earlier year does not set the paragraph in the past.
    assert.deepEqual(named('So với năm 2024, sản lượng tăng 12%. UBND huyện Lục Ngạn phối hợp tiêu thụ vải.'), ['UBND huyện Lục Ngạn']);
  });

  it('leaves alone a sentence set in the first half of 2025', () => {
    assert.deepEqual(named('Tháng 3/2025, UBND huyện Tam Nông khởi công 30 căn nhà.'), []);
    assert.deepEqual(named('Trong quý II năm 2025, Huyện ủy Tân Hồng tổ chức đại hội chi bộ.'), []);
    assert.deepEqual(named('Ngày 12/5/2025, UBND thị trấn Sa Rài trao quà.'), []);
  });

  it('is silent on articles dated up to 30/6/2025, or without a date', () => {
    assert.deepEqual(named('UBND huyện Tam Nông tổ chức gặp mặt.', '2025-06-30'), []);
    assert.deepEqual(named('UBND huyện Tam Nông tổ chức gặp mặt.', '2025-07-01'), ['UBND huyện Tam Nông']);
    assert.deepEqual(lint('# Tin\n\nUBND huyện Tam Nông tổ chức gặp mặt.\n', options).messages, []);
  });

  it('does not take a person or a common phrase for a committee', () => {
    assert.deepEqual(named('Bà Nguyễn Thị Đoàn phát biểu. Toàn Huyện đoàn kết một lòng.'), []);
  });
});

describe('tellsOfEarlierEvents', () => {
  it('reads a sentence naming the merged bodies as the merger\'s objects', () => {
    assert.equal(tellsOfEarlierEvents('Sở Nội vụ tổng kết một năm hợp nhất Sở Nội vụ với Sở Lao động - Thương binh và Xã hội.', '2025-02-28'), true);
    assert.equal(tellsOfEarlierEvents('Sở sáp nhập Trung tâm Dịch vụ việc làm vào Sở Nội vụ.', '2025-02-28'), true);
    assert.equal(tellsOfEarlierEvents('Sở Lao động - Thương binh và Xã hội hợp tác với Sở Y tế.', '2025-02-28'), false);
  });

  it('reads a sentence naming the merged bodies as the merger\'s subjects', () => {
    assert.equal(tellsOfEarlierEvents('Từ ngày 1/3/2025, Sở Giao thông vận tải và Sở Xây dựng hợp nhất thành Sở Xây dựng.', '2025-02-28'), true);
    assert.equal(tellsOfEarlierEvents('Sở Giao thông vận tải được sáp nhập vào Sở Xây dựng.', '2025-02-28'), true);
    assert.equal(tellsOfEarlierEvents('Sở Giao thông vận tải phối hợp với Sở Xây dựng kiểm tra công trình.', '2025-02-28'), false);
  });

  it('dates a sentence against the last day of a name: years before it, and months up to its month', () => {
    const lastDayOfSoTTTT = '2025-02-28';
    assert.equal(tellsOfEarlierEvents('Năm 2024, Sở lập danh mục.', lastDayOfSoTTTT), true);
    assert.equal(tellsOfEarlierEvents('Tháng 2/2025, Sở khai trương cổng dữ liệu.', lastDayOfSoTTTT), true);
    assert.equal(tellsOfEarlierEvents('Ngày 15/02/2025, Sở ký kết.', lastDayOfSoTTTT), true);
    assert.equal(tellsOfEarlierEvents('Tháng 3/2025, Sở khai trương cổng dữ liệu.', lastDayOfSoTTTT), false);
    assert.equal(tellsOfEarlierEvents('Ngày 12/5/2024, Sở ký kết.', lastDayOfSoTTTT), true);
    // A span counts from its first year.
    assert.equal(tellsOfEarlierEvents('Giai đoạn 2020 - 2025, Huyện ủy đã lãnh đạo xây dựng huyện nông thôn mới.', '2025-06-30'), true);
    assert.equal(tellsOfEarlierEvents('Trong nhiệm kỳ 2020 - 2025, Huyện ủy lãnh đạo hoàn thành 18 chỉ tiêu.', '2025-06-30'), true);
    assert.equal(tellsOfEarlierEvents('Nhiệm kỳ 2025 - 2030, xã phấn đấu hoàn thành 18 chỉ tiêu.', '2025-06-30'), false);
    assert.equal(tellsOfEarlierEvents('Giai đoạn 2016 - 2020, huyện hoàn thành 18 chỉ tiêu.', '2025-06-30'), true);
    assert.equal(tellsOfEarlierEvents('Mô hình được nhân rộng (2019 - 2024) ở 12 xã.', '2025-06-30'), true);
    // A year in a name is no time.
    assert.equal(tellsOfEarlierEvents('Sở bồi dưỡng giáo viên thực hiện Chương trình giáo dục phổ thông 2018.', lastDayOfSoTTTT), false);
    assert.equal(tellsOfEarlierEvents('Quý I/2025, Sở hoàn thành 8 điểm.', lastDayOfSoTTTT), false);
    assert.equal(tellsOfEarlierEvents('Quý II năm 2025, huyện hoàn thành 8 điểm.', '2025-06-30'), true);
    assert.equal(tellsOfEarlierEvents('Thành tích xuất sắc năm 2025 được khen thưởng.', '2025-06-30'), false);
    assert.equal(tellsOfEarlierEvents('Sau khi sắp xếp, phường có 14 khu phố.', '2025-06-30'), true);
    assert.equal(tellsOfEarlierEvents('Sở Nội vụ tổ chức hội nghị triển khai sắp xếp đơn vị hành chính cấp xã.', lastDayOfSoTTTT), false);
    assert.equal(tellsOfEarlierEvents('Ông Tư, nguyên Chủ tịch UBND huyện, dự lễ.', '2025-06-30'), true);
    assert.equal(tellsOfEarlierEvents('Cựu chiến binh tìm nguyên nhân sạt lở.', '2025-06-30'), false);
  });
});

describe('outdated names in the front matter', () => {
  it('reports each front matter value that names an outdated body, and the text once more, for both rules', () => {
    const source =
      '---\nprofile: vn-press-release\ndate: 2026-02-10\nunit: Sở Thông tin và Truyền thông\nparentAgency: UBND huyện Tam Nông\nrecipients:\n  - UBND huyện Tam Nông (để báo cáo)\n  - Sở Thông tin và Truyền thông (cũ)\n  - "Lưu: VT, VP."\n---\n\n' +
      '# Thông cáo báo chí\n\nSáng 10/2, Sở Thông tin và Truyền thông và UBND huyện Tam Nông ra mắt cổng dữ liệu./.\n';
    const messages = lint(source, { onlyRules: ['org-name-case', 'admin-unit-outdated'] }).messages;
    assert.deepEqual(
      messages.map((message) => `${message.ruleId} ${message.line} ${source.slice(message.start, message.end)}`).sort(),
      [
        'admin-unit-outdated 14 UBND huyện Tam Nông',
        'admin-unit-outdated 5 UBND huyện Tam Nông',
        'admin-unit-outdated 7 UBND huyện Tam Nông (để báo cáo)',
        'org-name-case 14 Sở Thông tin và Truyền thông',
        'org-name-case 4 Sở Thông tin và Truyền thông',
      ],
    );
  });
});
