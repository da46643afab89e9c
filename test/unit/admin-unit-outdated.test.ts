/**
 * admin-unit-outdated beyond its documentation examples: what it names in
 * its message (the body and its unit, not the person after them), the
 * bodies that still exist, and the texts about earlier events it leaves alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint/engine';

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
