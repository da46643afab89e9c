/**
 * The place-date line of Nghị định 30 (Phụ lục I, II.4), shared by the
 * header-place-date-format rule and the renderer.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPlaceDate, properPlaceName } from '../../src/core/press-release/place-date';

describe('formatPlaceDate', () => {
  it('writes the decree examples exactly', () => {
    assert.equal(formatPlaceDate('Hà Nội', '2020-01-05'), 'Hà Nội, ngày 05 tháng 01 năm 2020');
    assert.equal(formatPlaceDate('Thành phố Hồ Chí Minh', '2019-06-29'), 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019');
  });

  it('zero-pads days below 10 and only those', () => {
    assert.equal(formatPlaceDate('Đồng Tháp', '2026-03-01'), 'Đồng Tháp, ngày 01 tháng 3 năm 2026');
    assert.equal(formatPlaceDate('Đồng Tháp', '2026-03-09'), 'Đồng Tháp, ngày 09 tháng 3 năm 2026');
    assert.equal(formatPlaceDate('Đồng Tháp', '2026-03-10'), 'Đồng Tháp, ngày 10 tháng 3 năm 2026');
    assert.equal(formatPlaceDate('Đồng Tháp', '2026-03-31'), 'Đồng Tháp, ngày 31 tháng 3 năm 2026');
  });

  it('zero-pads January and February, not March to December', () => {
    const months = Array.from({ length: 12 }, (_, index) => formatPlaceDate('Đồng Tháp', `2026-${String(index + 1).padStart(2, '0')}-15`).split(' tháng ')[1]);
    assert.deepEqual(months, ['01 năm 2026', '02 năm 2026', '3 năm 2026', '4 năm 2026', '5 năm 2026', '6 năm 2026', '7 năm 2026', '8 năm 2026', '9 năm 2026', '10 năm 2026', '11 năm 2026', '12 năm 2026']);
  });

  it('handles leap days and the year ends', () => {
    assert.equal(formatPlaceDate('Đồng Tháp', '2024-02-29'), 'Đồng Tháp, ngày 29 tháng 02 năm 2024');
    assert.equal(formatPlaceDate('Đồng Tháp', '2026-12-31'), 'Đồng Tháp, ngày 31 tháng 12 năm 2026');
    assert.equal(formatPlaceDate('Đồng Tháp', '2027-01-01'), 'Đồng Tháp, ngày 01 tháng 01 năm 2027');
  });

  it('trims the place but keeps it as written', () => {
    assert.equal(formatPlaceDate('  Cần Thơ ', '2026-04-10'), 'Cần Thơ, ngày 10 tháng 4 năm 2026');
  });

  it('refuses dates that are not real ISO dates', () => {
    for (const invalid of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '5/3/2026', '2026-3-5', '', '2026-03-05T00:00']) {
      assert.throws(() => formatPlaceDate('Đồng Tháp', invalid), RangeError, invalid);
    }
  });
});

describe('properPlaceName', () => {
  it('keeps names already written properly', () => {
    for (const name of ['Đồng Tháp', 'Hà Nội', 'Thành phố Hồ Chí Minh', 'Bà Rịa - Vũng Tàu', 'Đắk Lắk', 'Thủ Dầu Một', 'Quận 1']) {
      assert.equal(properPlaceName(name), name);
    }
  });

  it('capitalizes every syllable of the proper name', () => {
    assert.equal(properPlaceName('đồng tháp'), 'Đồng Tháp');
    assert.equal(properPlaceName('Hà nội'), 'Hà Nội');
  });

  it('writes an opening generic noun in sentence case', () => {
    assert.equal(properPlaceName('thành phố hồ chí minh'), 'Thành phố Hồ Chí Minh');
    assert.equal(properPlaceName('Thành Phố Hồ Chí Minh'), 'Thành phố Hồ Chí Minh');
    assert.equal(properPlaceName('THÀNH PHỐ HỒ CHÍ MINH'), 'Thành phố Hồ Chí Minh');
    assert.equal(properPlaceName('thủ đô Hà Nội'), 'Thủ đô Hà Nội');
  });

  it('brings a name in capitals to title case', () => {
    assert.equal(properPlaceName('ĐỒNG THÁP'), 'Đồng Tháp');
  });

  it('composes decomposed Vietnamese letters and collapses spaces', () => {
    assert.equal(properPlaceName('đồng  tháp'.normalize('NFD')), 'Đồng Tháp');
  });
});
