/** AP dateline data and parsing used by en-dateline-format. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  apMonthName,
  apStateName,
  composeApDateline,
  formatApDate,
  isApDash,
  isProvinceLevelCity,
  isStandaloneCity,
  parseApDateline,
  standaloneCityState,
} from '../../src/core/press-release/ap-dateline';

describe('AP months', () => {
  it('abbreviates seven months and spells out March through July', () => {
    const full = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    assert.deepEqual(full.map(apMonthName), ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
  });

  it('maps common abbreviations, with or without the period', () => {
    assert.equal(apMonthName('Sep.'), 'Sept.');
    assert.equal(apMonthName('Sep'), 'Sept.');
    assert.equal(apMonthName('Sept'), 'Sept.');
    assert.equal(apMonthName('Nov'), 'Nov.');
    assert.equal(apMonthName('Mar.'), 'March');
    assert.equal(apMonthName('jun'), 'June');
  });

  it('rejects words that are not months', () => {
    for (const word of ['The', 'Mon', 'Ma', 'Decem', 'Sunday']) assert.equal(apMonthName(word), undefined, word);
  });

  it('formats ISO dates', () => {
    assert.equal(formatApDate('2026-11-03'), 'Nov. 3, 2026');
    assert.equal(formatApDate('2026-07-04'), 'July 4, 2026');
    assert.equal(formatApDate('2026-09-30'), 'Sept. 30, 2026');
    assert.equal(formatApDate('2026-02-30'), undefined);
  });
});

describe('AP states and cities', () => {
  it('maps names, postal codes and bare abbreviations to the AP form', () => {
    assert.equal(apStateName('Illinois'), 'Ill.');
    assert.equal(apStateName('IL'), 'Ill.');
    assert.equal(apStateName('Ill'), 'Ill.');
    assert.equal(apStateName('NY'), 'N.Y.');
    assert.equal(apStateName('west virginia'), 'W.Va.');
    assert.equal(apStateName('TX'), 'Texas');
    assert.equal(apStateName('Ohio'), 'Ohio');
  });

  it('does not take countries for states', () => {
    assert.equal(apStateName('Vietnam'), undefined);
    assert.equal(apStateName('England'), undefined);
  });

  it('knows standalone cities and their home states', () => {
    assert.equal(standaloneCityState('Chicago'), 'Ill.');
    assert.equal(standaloneCityState('ST. LOUIS'), 'Mo.');
    assert.equal(standaloneCityState('Springfield'), undefined);
    assert.ok(isStandaloneCity('TOKYO'));
    assert.ok(!isStandaloneCity('HANOI'));
    // A release issued in Vietnam may still name its province-level cities alone.
    assert.ok(isProvinceLevelCity('HANOI'));
    assert.ok(isProvinceLevelCity('Ho Chi Minh City'));
    assert.ok(!isProvinceLevelCity('NHA TRANG'));
  });

  it('composes a dateline from front matter values', () => {
    assert.equal(composeApDateline('Lakemont', 'Oregon', 'Oct. 6, 2026'), 'LAKEMONT, Ore. — Oct. 6, 2026 — ');
    assert.equal(composeApDateline('Chicago', 'Ill.', 'Oct. 6, 2026'), 'CHICAGO — Oct. 6, 2026 — ');
    assert.equal(composeApDateline('Hanoi', 'Vietnam', 'Oct. 6, 2026'), 'HANOI, Vietnam — Oct. 6, 2026 — ');
    assert.equal(composeApDateline('Springfield', undefined, 'Oct. 6, 2026'), 'SPRINGFIELD — Oct. 6, 2026 — ');
  });
});

describe('parseApDateline', () => {
  it('reads each part with its offsets', () => {
    const text = 'SPRINGFIELD, Ill. — Nov. 3, 2026 — The city council voted.';
    const dateline = parseApDateline(text);
    assert.ok(dateline);
    assert.equal(dateline.city.text, 'SPRINGFIELD');
    assert.equal(dateline.state?.text, 'Ill.');
    assert.equal(dateline.stateClause?.text, ', Ill.');
    assert.equal(dateline.placeDash.text, ' — ');
    assert.equal(dateline.date?.month.text, 'Nov.');
    assert.equal(dateline.date?.rest.text, '3, 2026');
    assert.equal(dateline.dateDash?.text, ' — ');
    assert.equal(text.slice(dateline.dateDash!.end), 'The city council voted.');
  });

  it('reads cities with hyphens, periods and several words', () => {
    assert.equal(parseApDateline('WINSTON-SALEM, N.C. — May 3 — Text.')?.city.text, 'WINSTON-SALEM');
    assert.equal(parseApDateline('ST. LOUIS — May 3 — Text.')?.city.text, 'ST. LOUIS');
    assert.equal(parseApDateline('SALT LAKE CITY — May 3 — Text.')?.city.text, 'SALT LAKE CITY');
  });

  it('finds the wrong dashes and a missing second dash', () => {
    const doubled = parseApDateline('LAKEMONT, Ore. -- Oct. 6, 2026 -- Text.');
    assert.equal(doubled?.placeDash.text, ' -- ');
    assert.equal(doubled?.dateDash?.text, ' -- ');
    assert.ok(!isApDash(doubled!.placeDash));
    const enDash = parseApDateline('LAKEMONT, Ore. – Oct. 6, 2026 – Text.');
    assert.equal(enDash?.placeDash.text, ' – ');
    const unspaced = parseApDateline('LAKEMONT, Ore.—Oct. 6, 2026—Text.');
    assert.equal(unspaced?.placeDash.text, '—');
    assert.ok(!isApDash(unspaced!.placeDash));
    assert.equal(parseApDateline('LAKEMONT, Ore. — Oct. 6, 2026 Text.')?.dateDash, undefined);
  });

  it('reads a dateline without a date', () => {
    const dateline = parseApDateline('Springfield, Ill. — The city council voted.');
    assert.equal(dateline?.city.text, 'Springfield');
    assert.equal(dateline?.date, undefined);
  });

  it('does not take an ordinary sentence with dashes for a dateline', () => {
    assert.equal(parseApDateline('The Calder County Library District will offer — starting Nov. 2 — classes.'), undefined);
    assert.equal(parseApDateline('Officials said — in a statement — that the work is done.'), undefined);
    assert.equal(parseApDateline('The library will offer classes.'), undefined);
    assert.equal(parseApDateline(''), undefined);
  });
});
