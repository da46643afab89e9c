/**
 * The place-date line of an administrative document (Nghị định 30/2020,
 * Phụ lục I, mục II.4), shared by the linter and the renderer:
 * `Đồng Tháp, ngày 05 tháng 3 năm 2026`.
 */
import { parseIsoDate } from '../calendar';

/** Days below 10 and the months January and February take a leading zero; months 3–12 do not. */
function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Formats the line as the decree's examples do: `Hà Nội, ngày 05 tháng 01 năm 2020`,
 * `Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019`. Throws a RangeError when
 * `isoDate` is not a real `YYYY-MM-DD` date, so an invalid date never reaches print.
 */
export function formatPlaceDate(place: string, isoDate: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  const month = date.month <= 2 ? twoDigits(date.month) : String(date.month);
  return `${place.trim()}, ngày ${twoDigits(date.day)} tháng ${month} năm ${date.year}`;
}

/**
 * Generic nouns that may open a place name; only their first letter is
 * capitalized (Phụ lục II, III.1: "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội").
 */
const GENERIC_PLACE_NOUNS = ['thành phố', 'thủ đô', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'đặc khu'];

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** The generic noun opening a place name (`tỉnh` of `tỉnh Đồng Tháp`), in lower case. */
export function genericPlaceNoun(place: string): string | undefined {
  const lower = place.toLocaleLowerCase('vi');
  return GENERIC_PLACE_NOUNS.find((noun) => lower.startsWith(`${noun} `));
}

/**
 * The place name as it is printed: every syllable of the proper name
 * capitalized, an opening generic noun in sentence case. A name written all
 * in capitals is first brought to lower case (the line is not a header in
 * capitals); other inner capitals are kept.
 */
export function properPlaceName(place: string): string {
  const trimmed = place.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const allCapitals = /\p{Ll}/u.test(trimmed.toLocaleLowerCase('vi')) && trimmed === trimmed.toLocaleUpperCase('vi');
  const text = allCapitals ? trimmed.toLocaleLowerCase('vi') : trimmed;
  const generic = genericPlaceNoun(text);
  const properName = generic ? text.slice(generic.length) : text;
  const capitalizedName = properName.replace(/\p{L}+/gu, capitalize);
  return generic ? capitalize(generic) + capitalizedName : capitalizedName;
}
