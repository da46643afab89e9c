import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, readIsoDate } from '../../src/core/calendar';

describe('daysInMonth', () => {
  test('agrees with the Date calendar for every month of 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
      }
    }
  });

  test('leap years: every fourth, but not centuries unless divisible by 400', () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
  });
});

describe('readIsoDate', () => {
  test('parts of a real day, or why there are none', () => {
    assert.deepEqual(readIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.equal(readIsoDate('2023-02-29'), 'calendar');
    assert.equal(readIsoDate('2024-13-01'), 'calendar');
    assert.equal(readIsoDate('2024-2-1'), 'format');
  });
});
