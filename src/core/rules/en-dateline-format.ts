import type { Problem, Rule } from '../types';
import {
  AP_DASH,
  apCountryName,
  apMonthName,
  apStateName,
  composeApDateline,
  formatApDate,
  isApDash,
  isProvinceLevelCity,
  isStandaloneCity,
  parseApDateline,
  standaloneCityState,
  type Piece,
} from '../press-release/ap-dateline';
import { frontMatterString } from './helpers';

const EXAMPLE_DATELINE = 'SPRINGFIELD, Ill. — Nov. 3, 2026 — ';
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** A day of the week before the date (`Tuesday, Oct. 6, 2026`, `Tuesday, 6 October 2026`), with the comma and spaces after it. */
const WEEKDAY = new RegExp(
  String.raw`^\s*((?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day|\.)?),?\s+(?=${MONTH_WORD}\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}(?![a-z]))`,
  'iu',
);
/** The day before the month, as British and Vietnamese English write it: `8 September 2026`, `8th Sept. 2026`. */
const DAY_FIRST_DATE = /^(\d{1,2})(?:st|nd|rd|th)?[ \t]+(\p{L}+\.?),?(?:[ \t]+(\d{4}))?/u;
/** A date in figures (`08/09/2026`, `8.9.2026`): which number is the month cannot be told, so it is not fixed. */
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/u;

/** An em dash without its spaces, or another dash in its place. */
function dashProblem(dash: Piece): Omit<Problem, 'start' | 'end' | 'fix'> {
  const written = dash.text.trim();
  return written === '—' ? { messageId: 'dashSpacing' } : { messageId: 'dash', data: { written } };
}

export const enDatelineFormat: Rule = {
  meta: {
    id: 'en-dateline-format',
    group: 'profile',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Đoạn mở đầu thông cáo tiếng Anh bắt đầu bằng dòng ngày tháng kiểu AP: "SPRINGFIELD, Ill. — Nov. 3, 2026 — "',
        en: 'The lead of an English release opens with an AP dateline: "SPRINGFIELD, Ill. — Nov. 3, 2026 — "',
      },
      rationale: {
        vi: 'Theo AP Stylebook: tên thành phố viết hoa toàn bộ; tên bang viết tắt kiểu AP (Ill., Calif., N.Y.; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah viết đủ); các thành phố lớn đứng một mình (CHICAGO, NEW YORK) không kèm bang; thông cáo phát hành ở Việt Nam ghi HANOI, HO CHI MINH CITY (không thuộc tỉnh nào) đứng một mình hay kèm tên nước đều được; tháng đi với ngày cụ thể viết tắt Jan. Feb. Aug. Sept. Oct. Nov. Dec., còn March đến July viết đủ; tháng đứng trước ngày (Sept. 8, 2026, không viết 8 September 2026 hay 08/09/2026), ngày không có "rd", "th", có dấu phẩy trước năm, không ghi thứ trong tuần; gạch dài "—" có khoảng trắng hai bên sau địa danh và sau ngày ("--" hay "–" không thay được). Sửa tự động khi chắc chắn: viết hoa thành phố, đổi tên bang, tháng, thứ tự ngày tháng, dấu gạch (ngày viết bằng số không được sửa vì không rõ đâu là tháng); thêm bang hoặc ngày lấy từ `state`, `date` trong front matter.',
        en: 'Per the AP Stylebook: the city in capitals; the state in its AP abbreviation (Ill., Calif., N.Y.; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah spelled out); standalone cities (CHICAGO, NEW YORK) take no state; a release issued in Vietnam may name HANOI and HO CHI MINH CITY, which belong to no province, alone or with the country; a month with a specific date is abbreviated Jan. Feb. Aug. Sept. Oct. Nov. Dec., and March through July are spelled out; the month before the day (Sept. 8, 2026, not 8 September 2026 or 08/09/2026), no "rd" or "th" after the day, a comma before the year, no day of the week; an em dash "—" with a space on each side after the place and after the date ("--" and "–" do not replace it). Fixed when certain: city capitals, state, month, day-month order and dash styles (a date in figures is not, since its month is unclear); a missing state or date is taken from the front matter `state` and `date`.',
      },
    },
    messages: {
      dateDiffers: {
        vi: 'Dòng ngày tháng ghi "{written}", nhưng "date:" trong front matter là "{expected}": dòng ngày tháng là ngày phát hành, sửa cho khớp.',
        en: 'The dateline says "{written}", but "date:" in the front matter is "{expected}": the dateline dates the release, make the two agree.',
      },
      missing: {
        vi: 'Đoạn mở đầu phải bắt đầu bằng dòng ngày tháng kiểu AP: "{expected}".',
        en: 'The lead must open with an AP dateline: "{expected}".',
      },
      cityCase: { vi: 'Tên thành phố trong dòng ngày tháng viết hoa toàn bộ: "{expected}".', en: 'Write the dateline city in capitals: "{expected}".' },
      stateStyle: { vi: 'Viết tên bang theo kiểu AP: "{expected}" thay cho "{written}".', en: 'Write the state AP-style: "{expected}", not "{written}".' },
      countryStyle: { vi: 'Dòng ngày tháng kiểu AP viết đủ tên nước: "{expected}" thay cho "{written}".', en: 'AP datelines spell out the country: write "{expected}", not "{written}".' },
      stateOmit: { vi: '{city} đứng một mình trong dòng ngày tháng theo AP: bỏ "{state}".', en: '{city} stands alone in AP datelines: drop "{state}".' },
      stateMissing: {
        vi: 'Thêm tên bang (viết tắt kiểu AP, ví dụ "Ill.") hoặc quốc gia sau "{city}".',
        en: 'Add the state (AP abbreviation, e.g. "Ill.") or the country after "{city}".',
      },
      monthStyle: {
        vi: 'Viết tháng theo kiểu AP: "{expected}" thay cho "{written}" (Jan. Feb. Aug. Sept. Oct. Nov. Dec. viết tắt; March đến July viết đủ).',
        en: 'Write the month AP-style: "{expected}", not "{written}" (Jan. Feb. Aug. Sept. Oct. Nov. Dec. abbreviated; March through July spelled out).',
      },
      dateFormat: {
        vi: 'Viết ngày theo kiểu AP: "{expected}" (không thêm "st", "nd", "rd", "th"; dấu phẩy trước năm).',
        en: 'Write the date AP-style: "{expected}" (no "st", "nd", "rd", "th"; a comma before the year).',
      },
      dateOrder: {
        vi: 'Viết ngày theo kiểu AP, tháng bằng chữ và đứng trước ngày: "{expected}" thay cho "{written}".',
        en: 'Write the date AP-style, the month in words before the day: "{expected}", not "{written}".',
      },
      dateMissing: { vi: 'Thêm ngày phát hành sau gạch dài: "{expected}".', en: 'Add the release date after the dash: "{expected}".' },
      weekday: { vi: 'Dòng ngày tháng kiểu AP không ghi thứ trong tuần: bỏ "{weekday}".', en: 'An AP dateline gives no day of the week: drop "{weekday}".' },
      dash: {
        vi: 'Dùng gạch dài có khoảng trắng hai bên " — " thay cho "{written}".',
        en: 'Use an em dash with a space on each side, " — ", not "{written}".',
      },
      dashSpacing: { vi: 'Đặt một khoảng trắng mỗi bên gạch dài: " — ".', en: 'Put a space on each side of the em dash: " — ".' },
      dashMissing: { vi: 'Thêm gạch dài " — " sau ngày trong dòng ngày tháng.', en: 'Add an em dash " — " after the dateline date.' },
    },
    defaults: {},
    examples: {
      valid: [
        { title: { vi: 'Dòng ngày tháng chuẩn AP', en: 'An AP dateline' }, profile: 'en-press-release', text: '# Library launches classes\n\nLAKEMONT, Ore. — Oct. 6, 2026 — The library will offer classes.\n' },
        { title: { vi: 'Thành phố đứng một mình, tháng viết đủ', en: 'A standalone city, a month spelled out' }, profile: 'en-press-release', text: '# Library launches classes\n\nCHICAGO — March 5, 2026 — The library will offer classes.\n' },
        {
          title: { vi: 'Hà Nội đứng một mình (thông cáo phát hành ở Việt Nam)', en: 'Hanoi alone (a release issued in Vietnam)' },
          profile: 'en-press-release',
          text: '# Hospital opens heart screening week\n\nHANOI — Sept. 8, 2025 — The hospital will screen 2,000 children.\n',
        },
        {
          title: { vi: 'Dòng tóm tắt in nghiêng dưới tiêu đề, trước dòng ngày tháng', en: 'An italic deck under the headline, before the dateline' },
          profile: 'en-press-release',
          text: '# Da Nang hosts investment forum\n\n*Forum to show 42 projects in chips and logistics*\n\nDA NANG, Vietnam — March 12, 2026 — The city will host a forum.\n',
        },
        {
          title: { vi: 'Dòng cấm đăng trước giờ (embargo) thay cho "FOR IMMEDIATE RELEASE"', en: 'An embargo line in place of "FOR IMMEDIATE RELEASE"' },
          profile: 'en-press-release',
          text: 'EMBARGOED UNTIL 6 a.m. EDT, May 5, 2026\n\n# Airline announces New York flights\n\nNEW YORK — May 5, 2026 — The airline will fly to New York.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Tên nước viết tắt', en: 'The country abbreviated' },
          profile: 'en-press-release',
          text: '# Dong Thap to host a fruit fair\n\nCAO LANH, VN — Oct. 6, 2026 — The province will host its first fruit fair.\n',
          expect: [{ messageId: 'countryStyle', line: 3 }],
          output: '# Dong Thap to host a fruit fair\n\nCAO LANH, Vietnam — Oct. 6, 2026 — The province will host its first fruit fair.\n',
        },
        {
          title: { vi: 'Dòng ngày tháng khác ngày "date"', en: 'A dateline with another day than "date"' },
          profile: 'en-press-release',
          text: '---\ndate: 2025-12-18\n---\n\n# Province honors volunteers\n\nCAN THO, Vietnam — Dec. 20, 2025 — The province honored 120 volunteers on Wednesday.\n',
          expect: [{ messageId: 'dateDiffers', line: 7 }],
        },
        {
          title: { vi: 'Không có dòng ngày tháng', en: 'No dateline' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nThe library will offer classes.\n',
          expect: [{ messageId: 'missing', line: 3 }],
        },
        {
          title: { vi: 'Thành phố chữ thường, tên bang viết đủ, tháng viết đủ', en: 'City in lower case, state and month spelled out' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nSpringfield, Illinois — November 3, 2026 — The library will offer classes.\n',
          expect: [
            { messageId: 'cityCase', line: 3 },
            { messageId: 'stateStyle', line: 3 },
            { messageId: 'monthStyle', line: 3 },
          ],
          output: '# Library launches classes\n\nSPRINGFIELD, Ill. — Nov. 3, 2026 — The library will offer classes.\n',
        },
        {
          title: { vi: 'Gạch nối đôi, "Sep." và số thứ tự', en: 'Double hyphens, "Sep." and an ordinal' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nLAKEMONT, Ore. -- Sep. 3rd 2026 -- The library will offer classes.\n',
          expect: [
            { messageId: 'dash', line: 3 },
            { messageId: 'monthStyle', line: 3 },
            { messageId: 'dateFormat', line: 3 },
            { messageId: 'dash', line: 3 },
          ],
          output: '# Library launches classes\n\nLAKEMONT, Ore. — Sept. 3, 2026 — The library will offer classes.\n',
        },
        {
          title: { vi: 'Gạch dài không có khoảng trắng', en: 'Em dashes without spaces' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nLAKEMONT, Ore.—Oct. 6, 2026—The library will offer classes.\n',
          expect: [
            { messageId: 'dashSpacing', line: 3 },
            { messageId: 'dashSpacing', line: 3 },
          ],
          output: '# Library launches classes\n\nLAKEMONT, Ore. — Oct. 6, 2026 — The library will offer classes.\n',
        },
        {
          title: { vi: 'Thành phố đứng một mình kèm tên bang', en: 'A standalone city with its state' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nCHICAGO, Ill. — July 3, 2026 — The library will offer classes.\n',
          expect: [{ messageId: 'stateOmit', line: 3 }],
          output: '# Library launches classes\n\nCHICAGO — July 3, 2026 — The library will offer classes.\n',
        },
        {
          title: { vi: 'Thiếu ngày và tên bang, lấy từ front matter', en: 'No date and no state, taken from the front matter' },
          profile: 'en-press-release',
          text: '---\ncity: Lakemont\nstate: Oregon\ndate: 2026-10-06\n---\n\nLAKEMONT — The library will offer classes.\n',
          expect: [
            { messageId: 'stateMissing', line: 7 },
            { messageId: 'dateMissing', line: 7 },
          ],
          output: '---\ncity: Lakemont\nstate: Oregon\ndate: 2026-10-06\n---\n\nLAKEMONT, Ore. — Oct. 6, 2026 — The library will offer classes.\n',
        },
        {
          title: { vi: 'Thứ trong tuần trước ngày', en: 'A day of the week before the date' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nLAKEMONT, Ore. — Tuesday, Oct. 6, 2026 — The library will offer classes.\n',
          expect: [{ messageId: 'weekday', line: 3 }],
          output: '# Library launches classes\n\nLAKEMONT, Ore. — Oct. 6, 2026 — The library will offer classes.\n',
        },
        {
          title: { vi: 'Ngày viết trước tháng, kiểu Anh và kiểu Việt', en: 'The day before the month, British and Vietnamese style' },
          profile: 'en-press-release',
          text: '# Port opens terminals\n\nHAI PHONG, Vietnam — 21 July 2026 — The port opened two terminals.\n',
          expect: [{ messageId: 'dateOrder', line: 3 }],
          output: '# Port opens terminals\n\nHAI PHONG, Vietnam — July 21, 2026 — The port opened two terminals.\n',
        },
        {
          title: { vi: 'Thứ trong tuần trước ngày viết trước tháng', en: 'A day of the week before a day-first date' },
          profile: 'en-press-release',
          text: '# Port opens terminals\n\nHAI PHONG, Vietnam — Tuesday, 21 July 2026 — The port opened two terminals.\n',
          expect: [
            { messageId: 'weekday', line: 3 },
            { messageId: 'dateOrder', line: 3 },
          ],
          output: '# Port opens terminals\n\nHAI PHONG, Vietnam — July 21, 2026 — The port opened two terminals.\n',
        },
        {
          title: { vi: 'Ngày viết bằng số: không rõ đâu là tháng, không tự sửa', en: 'A date in figures: the month is unclear, no fix' },
          profile: 'en-press-release',
          text: '# Port opens terminals\n\nHAI PHONG, Vietnam — 08/09/2026 — The port opened two terminals.\n',
          expect: [{ messageId: 'dateOrder', line: 3 }],
        },
        {
          title: { vi: 'Không có gạch dài sau ngày', en: 'No dash after the date' },
          profile: 'en-press-release',
          text: '# Library launches classes\n\nLAKEMONT, Ore. — Oct. 6, 2026 The library will offer classes.\n',
          expect: [{ messageId: 'dashMissing', line: 3 }],
          output: '# Library launches classes\n\nLAKEMONT, Ore. — Oct. 6, 2026 — The library will offer classes.\n',
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.id !== 'en-press-release' || !doc.lead) return;
    // The model reads a deck under the headline as no lead: the lead holds the dateline.
    const { plain } = doc.lead;
    const city = frontMatterString(doc, 'city');
    const state = frontMatterString(doc, 'state');
    const apDate = formatApDate(frontMatterString(doc, 'date') ?? '');
    const dateline = parseApDateline(plain.text);
    if (!dateline) {
      const firstWord = /^\s*\S+/u.exec(plain.text)?.[0] ?? '';
      const expected = city && apDate ? composeApDateline(city, state, apDate) : EXAMPLE_DATELINE;
      report({ messageId: 'missing', data: { expected }, ...plain.span(0, firstWord.length) });
      return;
    }
    // Fixes only where the plain text maps one-to-one onto the source (no markup or escapes inside).
    const reportAt = (problem: Omit<Problem, 'start' | 'end' | 'fix'>, range: Piece, edit?: { at: Piece; text: string }): void => {
      const fix = edit && plain.isExact(edit.at.start, edit.at.end) ? { fix: { ...plain.span(edit.at.start, edit.at.end), text: edit.text } } : {};
      report({ ...problem, ...plain.span(range.start, range.end), ...fix });
    };
    const after = (piece: Piece): Piece => ({ start: piece.end, end: piece.end, text: '' });
    // Markdown drops the spaces that end a line: a dash there cannot show one after it, and
    // a fix adding one would be undone by the next parse and added again on every run.
    const endsLine = (piece: Piece): boolean => /^[ \t]*(?:[\r\n]|$)/u.test(plain.text.slice(piece.end));
    const isDashAsAp = (dash: Piece): boolean => isApDash(dash) || (endsLine(dash) && dash.text.trim() === '—' && /^\s/u.test(dash.text));
    const apDashFor = (dash: Piece): string => (endsLine(dash) ? AP_DASH.trimEnd() : AP_DASH);

    const writtenCity = dateline.city;
    const upperCity = writtenCity.text.toUpperCase();
    if (writtenCity.text !== upperCity) reportAt({ messageId: 'cityCase', data: { expected: upperCity } }, writtenCity, { at: writtenCity, text: upperCity });
    const writtenState = dateline.state;
    if (writtenState && dateline.stateClause) {
      const homeState = standaloneCityState(writtenCity.text);
      const apState = apStateName(writtenState.text);
      if (homeState !== undefined && apState === homeState) {
        reportAt({ messageId: 'stateOmit', data: { city: upperCity, state: writtenState.text } }, writtenState, { at: dateline.stateClause, text: '' });
      } else if (apState !== undefined && apState !== writtenState.text) {
        reportAt({ messageId: 'stateStyle', data: { expected: apState, written: writtenState.text } }, writtenState, { at: writtenState, text: apState });
      } else if (apState === undefined) {
        const country = apCountryName(writtenState.text);
        if (country !== undefined) reportAt({ messageId: 'countryStyle', data: { expected: country, written: writtenState.text } }, writtenState, { at: writtenState, text: country });
      }
    } else if (!isStandaloneCity(writtenCity.text)) {
      // The front matter's state belongs to this dateline only when it names the same city.
      const sameCity = city !== undefined && city.toUpperCase() === upperCity;
      const edit = sameCity && state ? { at: after(writtenCity), text: `, ${apStateName(state) ?? state}` } : undefined;
      // `HANOI —` alone is right, unless the front matter gives it a country the dateline left out.
      if (edit || !isProvinceLevelCity(writtenCity.text)) reportAt({ messageId: 'stateMissing', data: { city: upperCity } }, writtenCity, edit);
    }
    if (!isDashAsAp(dateline.placeDash)) reportAt(dashProblem(dateline.placeDash), dateline.placeDash, { at: dateline.placeDash, text: apDashFor(dateline.placeDash) });

    const date = dateline.date;
    const weekday = date ? undefined : WEEKDAY.exec(plain.text.slice(dateline.placeDash.end));
    const dateStart = dateline.placeDash.end + (weekday?.[0].length ?? 0);
    if (weekday) {
      const start = dateline.placeDash.end + weekday[0].length - weekday[0].trimStart().length;
      const written: Piece = { start, end: dateStart, text: weekday[0].trimStart() };
      reportAt({ messageId: 'weekday', data: { weekday: weekday[1]! } }, { ...written, end: start + weekday[1]!.length }, { at: written, text: '' });
    }
    if (!date) {
      // A date written another way is rewritten, not preceded by a second one.
      const afterDash = plain.text.slice(dateStart);
      const dayFirst = DAY_FIRST_DATE.exec(afterDash);
      const dayFirstMonth = dayFirst && apMonthName(dayFirst[2]!);
      const otherDate = dayFirst && dayFirstMonth ? dayFirst[0] : NUMERIC_DATE.exec(afterDash)?.[0];
      if (otherDate) {
        const written: Piece = { start: dateStart, end: dateStart + otherDate.length, text: otherDate };
        const rewritten = dayFirst && dayFirstMonth ? `${dayFirstMonth} ${Number(dayFirst[1])}${dayFirst[3] ? `, ${dayFirst[3]}` : ''}` : undefined;
        const expected = rewritten ?? apDate ?? 'Nov. 3, 2026';
        reportAt({ messageId: 'dateOrder', data: { expected, written: otherDate } }, written, rewritten ? { at: written, text: rewritten } : undefined);
        return;
      }
      // A month-first date after the weekday is read on the next run: inserting one here would write it twice.
      if (weekday) return;
      const expected = `${apDate ?? 'Nov. 3, 2026'}${AP_DASH.trimEnd()}`;
      const dateText = endsLine(dateline.placeDash) ? ` ${apDate}${AP_DASH.trimEnd()}` : `${apDate}${AP_DASH}`;
      const edit = apDate ? { at: after(dateline.placeDash), text: dateText } : undefined;
      reportAt({ messageId: 'dateMissing', data: { expected } }, dateline.placeDash, edit);
      return;
    }
    const month = apMonthName(date.month.text) ?? date.month.text;
    if (month !== date.month.text) reportAt({ messageId: 'monthStyle', data: { expected: month, written: date.month.text } }, date.month, { at: date.month, text: month });
    const dayAndYear = `${Number(date.day)}${date.year ? `, ${date.year}` : ''}`;
    if (dayAndYear !== date.rest.text) reportAt({ messageId: 'dateFormat', data: { expected: `${month} ${dayAndYear}` } }, date.rest, { at: date.rest, text: dayAndYear });
    // The dateline dates the release: another day than `date` is a slip in one of them, which only the writer knows.
    const releaseDay = apDate && (date.year ? apDate : apDate.replace(/, \d{4}$/u, ''));
    if (releaseDay && `${month} ${dayAndYear}` !== releaseDay) {
      reportAt({ messageId: 'dateDiffers', data: { written: `${month} ${dayAndYear}`, expected: releaseDay } }, { start: date.month.start, end: date.rest.end, text: '' });
    }
    if (!dateline.dateDash) {
      // Only a plain space between the date and the text can become the dash; anything else needs the writer.
      const space = /^[ \t]+(?=\S)/u.exec(plain.text.slice(date.rest.end))?.[0];
      const edit = space ? { at: { start: date.rest.end, end: date.rest.end + space.length, text: space }, text: AP_DASH } : undefined;
      reportAt({ messageId: 'dashMissing' }, date.rest, edit);
    } else if (!isDashAsAp(dateline.dateDash)) {
      reportAt(dashProblem(dateline.dateDash), dateline.dateDash, { at: dateline.dateDash, text: apDashFor(dateline.dateDash) });
    }
  },
};
