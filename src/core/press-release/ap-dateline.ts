/**
 * The AP dateline that opens an English press release:
 * `SPRINGFIELD, Ill. — Nov. 3, 2026 — `. Data from the AP Stylebook entries
 * "datelines", "state names" and "months"; parsing works on plain text and
 * returns plain-text offsets.
 */
import { parseIsoDate } from '../calendar';

/** Each state with its AP form in datelines (abbreviation, or the name for the eight never abbreviated) and postal code. */
const STATES: ReadonlyArray<readonly [name: string, ap: string, postal: string]> = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', 'Alaska', 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA'], ['Colorado', 'Colo.', 'CO'], ['Connecticut', 'Conn.', 'CT'], ['Delaware', 'Del.', 'DE'],
  ['District of Columbia', 'D.C.', 'DC'], ['Florida', 'Fla.', 'FL'], ['Georgia', 'Ga.', 'GA'], ['Hawaii', 'Hawaii', 'HI'],
  ['Idaho', 'Idaho', 'ID'], ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', 'Iowa', 'IA'],
  ['Kansas', 'Kan.', 'KS'], ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', 'Maine', 'ME'],
  ['Maryland', 'Md.', 'MD'], ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'], ['Minnesota', 'Minn.', 'MN'],
  ['Mississippi', 'Miss.', 'MS'], ['Missouri', 'Mo.', 'MO'], ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.', 'NE'],
  ['Nevada', 'Nev.', 'NV'], ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM'],
  ['New York', 'N.Y.', 'NY'], ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND'], ['Ohio', 'Ohio', 'OH'],
  ['Oklahoma', 'Okla.', 'OK'], ['Oregon', 'Ore.', 'OR'], ['Pennsylvania', 'Pa.', 'PA'], ['Rhode Island', 'R.I.', 'RI'],
  ['South Carolina', 'S.C.', 'SC'], ['South Dakota', 'S.D.', 'SD'], ['Tennessee', 'Tenn.', 'TN'], ['Texas', 'Texas', 'TX'],
  ['Utah', 'Utah', 'UT'], ['Vermont', 'Vt.', 'VT'], ['Virginia', 'Va.', 'VA'], ['Washington', 'Wash.', 'WA'],
  ['West Virginia', 'W.Va.', 'WV'], ['Wisconsin', 'Wis.', 'WI'], ['Wyoming', 'Wyo.', 'WY'],
];

/** Periods, spaces and case do not tell state spellings apart: `N.Y.`, `NY`, `ny` are one key. */
function stateKey(text: string): string {
  return text.replace(/[.\s]/gu, '').toLowerCase();
}

const AP_STATE_BY_KEY = new Map<string, string>(STATES.flatMap(([name, ap, postal]) => [name, ap, postal].map((form) => [stateKey(form), ap] as const)));

/** The AP dateline form of a US state written in any usual way (`Illinois`, `IL`, `Ill`), or undefined for other places. */
export function apStateName(written: string): string | undefined {
  return AP_STATE_BY_KEY.get(stateKey(written));
}

/** Short forms of the country of a release issued in Vietnam, which AP datelines write in full. */
const VIETNAM_SHORT_FORMS = new Set(['VN', 'V.N.', 'VNM']);

/** `Vietnam` for a short form of its name (`VN`), or undefined. */
export function apCountryName(written: string): string | undefined {
  return VIETNAM_SHORT_FORMS.has(written.trim().toUpperCase()) ? 'Vietnam' : undefined;
}

/** US cities that stand alone in datelines, with the AP form of their state (which is then left out). */
const US_STANDALONE_CITIES = new Map<string, string>([
  ['ATLANTA', 'Ga.'], ['BALTIMORE', 'Md.'], ['BOSTON', 'Mass.'], ['CHICAGO', 'Ill.'], ['CINCINNATI', 'Ohio'], ['CLEVELAND', 'Ohio'],
  ['DALLAS', 'Texas'], ['DENVER', 'Colo.'], ['DETROIT', 'Mich.'], ['HONOLULU', 'Hawaii'], ['HOUSTON', 'Texas'], ['INDIANAPOLIS', 'Ind.'],
  ['LAS VEGAS', 'Nev.'], ['LOS ANGELES', 'Calif.'], ['MIAMI', 'Fla.'], ['MILWAUKEE', 'Wis.'], ['MINNEAPOLIS', 'Minn.'], ['NEW ORLEANS', 'La.'],
  ['NEW YORK', 'N.Y.'], ['OKLAHOMA CITY', 'Okla.'], ['PHILADELPHIA', 'Pa.'], ['PHOENIX', 'Ariz.'], ['PITTSBURGH', 'Pa.'], ['ST. LOUIS', 'Mo.'],
  ['SALT LAKE CITY', 'Utah'], ['SAN ANTONIO', 'Texas'], ['SAN DIEGO', 'Calif.'], ['SAN FRANCISCO', 'Calif.'], ['SEATTLE', 'Wash.'], ['WASHINGTON', 'D.C.'],
]);

/** Cities abroad that AP datelines name without a country. */
const WORLD_STANDALONE_CITIES = new Set([
  'AMSTERDAM', 'BAGHDAD', 'BANGKOK', 'BEIJING', 'BEIRUT', 'BERLIN', 'BRUSSELS', 'CAIRO', 'DJIBOUTI', 'DUBLIN', 'GENEVA', 'GIBRALTAR',
  'GUATEMALA CITY', 'HAVANA', 'HELSINKI', 'HONG KONG', 'ISLAMABAD', 'ISTANBUL', 'JERUSALEM', 'JOHANNESBURG', 'KABUL', 'KUWAIT CITY',
  'LONDON', 'LUXEMBOURG', 'MACAU', 'MADRID', 'MEXICO CITY', 'MILAN', 'MONACO', 'MONTREAL', 'MOSCOW', 'MUNICH', 'NEW DELHI', 'OTTAWA',
  'PANAMA CITY', 'PARIS', 'PRAGUE', 'QUEBEC CITY', 'RIO DE JANEIRO', 'ROME', 'SAN MARINO', 'SAO PAULO', 'SHANGHAI', 'SINGAPORE',
  'STOCKHOLM', 'SYDNEY', 'TOKYO', 'TORONTO', 'VATICAN CITY', 'VIENNA', 'ZURICH',
]);

/** The state an AP standalone US city leaves out, e.g. `Ill.` for Chicago. */
export function standaloneCityState(city: string): string | undefined {
  return US_STANDALONE_CITIES.get(city.toUpperCase());
}

/**
 * Vietnam's capital and largest city belong to no province: a release
 * issued in Vietnam may name them alone (`HANOI —`), as an American one
 * names CHICAGO, or with the country, as AP writes them from abroad.
 */
const PROVINCE_LEVEL_CITIES = new Set(['HANOI', 'HA NOI', 'HO CHI MINH CITY']);

/** True for the cities a release issued in Vietnam may name without a province or country. */
export function isProvinceLevelCity(city: string): boolean {
  return PROVINCE_LEVEL_CITIES.has(city.toUpperCase());
}

/** True when AP datelines name the city alone, at home or abroad. */
export function isStandaloneCity(city: string): boolean {
  const upper = city.toUpperCase();
  return US_STANDALONE_CITIES.has(upper) || WORLD_STANDALONE_CITIES.has(upper);
}

/** AP month style with a specific date: five short months spelled out, the rest abbreviated (`Sept.`, not `Sep.`). */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The AP form of a month written in full or abbreviated (`November`, `Nov`, `Sep.`), or undefined when it is not a month. */
export function apMonthName(written: string): string | undefined {
  const key = written.replace(/\.$/u, '').toLowerCase();
  if (key.length < 3) return undefined;
  const index = key === 'sept' ? 8 : MONTH_NAMES.findIndex((name) => name === key || (key.length === 3 && name.startsWith(key)));
  return index === -1 ? undefined : AP_MONTHS[index];
}

/** A date in AP style: `Nov. 3, 2026`. */
export function apDate(date: { year: number; month: number; day: number }): string {
  return `${AP_MONTHS[date.month - 1]} ${date.day}, ${date.year}`;
}

/** An ISO date in AP style: `2026-11-03` → `Nov. 3, 2026`; undefined when the date is not valid. */
export function formatApDate(isoDate: string): string | undefined {
  const date = parseIsoDate(isoDate);
  return date && apDate(date);
}

/** A word opening in lowercase: none stands in a dateline (`HANOI - Sept. 8`, `Nha Trang, 5/3/2026 -`). */
const LOWERCASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}/u;

/** The lead's text before `offset` holds only capitalized words: the offset lies in its dateline, even a malformed one (en-dateline-format's). */
export function isInDateline(lead: string, offset: number): boolean {
  return !LOWERCASE_WORD.test(lead.slice(0, offset));
}

/** A piece of the lead's plain text. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

export interface ParsedDateline {
  city: Piece;
  /** The state or country after the city's comma. */
  state?: Piece;
  /** From the end of the city to the end of the state: `, Ill.` (removed for standalone cities). */
  stateClause?: Piece;
  /** The dash after the place, with the spaces around it. */
  placeDash: Piece;
  date?: {
    month: Piece;
    /** Day, ordinal suffix and year as written: `3rd 2026`. */
    rest: Piece;
    day: string;
    year?: string;
  };
  /** The dash after the date with its spaces; absent when the date runs straight into the text. */
  dateDash?: Piece;
}

const MAX_CITY_WORDS = 5;
const DASH = String.raw`(?:[ \t]*(?:—|–|-{2,3})[ \t]*|[ \t]+-[ \t]+)`;
const PLACE_AND_DASH = new RegExp(String.raw`^(?<city>\p{Lu}[\p{L}.'’ -]*?)(?:(?<comma>,[ \t]*)(?<state>\p{L}[\p{L}. ]*?))?(?<dash>${DASH})`, 'u');
const DATE = /^(?<month>\p{L}+\.?)[ \t]+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]*(?<year>\d{4}))?/u;
const LEADING_DASH = new RegExp(`^${DASH}`, 'u');

function piece(text: string, start: number, length: number): Piece {
  return { start, end: start + length, text: text.slice(start, start + length) };
}

/**
 * Reads the dateline at the start of `text`, or undefined when the text does
 * not open with one. A place followed by a dash counts as a dateline when it
 * reads as one: a state after a comma, a city in capitals, or a date after the dash.
 */
export function parseApDateline(text: string): ParsedDateline | undefined {
  const place = PLACE_AND_DASH.exec(text);
  const groups = place?.groups;
  if (!place || !groups) return undefined;
  const city = piece(text, 0, groups['city']!.length);
  if (city.text.split(/\s+/u).length > MAX_CITY_WORDS) return undefined;
  const dashStart = place[0].length - groups['dash']!.length;
  const parsed: ParsedDateline = { city, placeDash: piece(text, dashStart, groups['dash']!.length) };
  if (groups['state'] !== undefined) {
    const stateStart = city.end + groups['comma']!.length;
    parsed.state = piece(text, stateStart, groups['state'].length);
    parsed.stateClause = piece(text, city.end, parsed.state.end - city.end);
  }
  const afterDash = parsed.placeDash.end;
  const date = DATE.exec(text.slice(afterDash));
  if (date?.groups && apMonthName(date.groups['month']!)) {
    const month = piece(text, afterDash, date.groups['month']!.length);
    const restStart = afterDash + date[0].indexOf(date.groups['day']!, month.text.length);
    parsed.date = { month, rest: piece(text, restStart, afterDash + date[0].length - restStart), day: date.groups['day']! };
    if (date.groups['year']) parsed.date.year = date.groups['year'];
    const dash = LEADING_DASH.exec(text.slice(afterDash + date[0].length));
    if (dash) parsed.dateDash = piece(text, afterDash + date[0].length, dash[0].length);
  }
  const readsAsDateline = parsed.state !== undefined || city.text === city.text.toUpperCase() || parsed.date !== undefined;
  return readsAsDateline ? parsed : undefined;
}

/** The dash AP puts between dateline parts: an em dash with a space on each side. */
export const AP_DASH = ' — ';

/** True when a dash piece is an em dash with whitespace on both sides. */
export function isApDash(dash: Piece): boolean {
  return dash.text.trim() === '—' && /^\s/u.test(dash.text) && /\s$/u.test(dash.text);
}

/** A whole dateline from front matter values: `LAKEMONT, Ore. — Oct. 6, 2026 — `. */
export function composeApDateline(city: string, state: string | undefined, date: string): string {
  const statePart = state && !isStandaloneCity(city) ? `, ${apStateName(state) ?? state}` : '';
  return `${city.toUpperCase()}${statePart}${AP_DASH}${date}${AP_DASH}`;
}
