/**
 * The parts of a formal thông cáo (Nghị định 30/2020, Mẫu 1.4) that the
 * vn-press-release profile writes from its front matter: the header above
 * the title (agencies, number, national motto, place and date) and the
 * signature block below the text. A draft typed in Word carries them as
 * text; they become front matter only when each line is recognized, and the
 * report lists the lines moved.
 */
import { isoFromParts } from './chrome';
import { AUTHORITIES } from '../press-release/signer-authority';

export interface DocumentHeader {
  agency?: string;
  parentAgency?: string;
  number?: string;
  place?: string;
  /** ISO `YYYY-MM-DD`. */
  date?: string;
  /** Indexes of the lines that the fields above hold, and of the fixed lines. */
  used: number[];
}

export interface Signer {
  authority?: string;
  head?: string;
  title: string;
  name: string;
}

/** Lines the layout prints itself: the national name, the motto, the kind of document. */
const FIXED_LINES = [/^cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam$/iu, /^độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc$/iu, /^thông\s+cáo\s+báo\s+chí$/iu];
const NUMBER = /^số\s*:\s*(\S+)$/iu;
const PLACE_DATE = /^([^,]{2,40}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;
/** `KT. GIÁM ĐỐC`, `TM. ỦY BAN NHÂN DÂN`: who signs for whom. */
const AUTHORITY = new RegExp(String.raw`^(${AUTHORITIES.map((authority) => authority.slice(0, -1)).join('|')})\.\s*(.+)$`, 'u');
const MAX_AGENCY_LINES = 2;

function isUppercase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/** The header's fields from the lines above the title; a line not recognized stays where it is. */
export function readDocumentHeader(lines: readonly string[]): DocumentHeader {
  const header: DocumentHeader = { used: [] };
  const numberIndex = lines.findIndex((line) => NUMBER.test(line));
  lines.forEach((line, index) => {
    const number = NUMBER.exec(line);
    const placeDate = PLACE_DATE.exec(line);
    if (number) header.number = number[1]!;
    else if (placeDate) {
      const date = isoFromParts(Number(placeDate[4]), Number(placeDate[3]), Number(placeDate[2]));
      if (!date) return;
      header.place = placeDate[1]!.trim();
      header.date = date;
    } else if (!FIXED_LINES.some((fixed) => fixed.test(line))) return;
    header.used.push(index);
  });
  // The agencies are the capital lines above the number: the parent agency first.
  const agencies = lines.slice(0, Math.max(numberIndex, 0));
  if (agencies.length > 0 && agencies.length <= MAX_AGENCY_LINES && agencies.every(isUppercase)) {
    header.agency = agencies[agencies.length - 1]!;
    if (agencies.length === 2) header.parentAgency = agencies[0]!;
    header.used.push(...agencies.map((_, index) => index));
  }
  header.used.sort((a, b) => a - b);
  return header;
}

/**
 * The signature block from the last lines of the draft: a title in capitals
 * (`GIÁM ĐỐC`, or `KT. GIÁM ĐỐC` then `PHÓ GIÁM ĐỐC`) and the signer's name
 * on the last line. Undefined when the lines are not that.
 */
export function readSigner(lines: readonly string[], isName: (text: string) => boolean): { signer: Signer; count: number } | undefined {
  const name = lines[lines.length - 1];
  const title = lines[lines.length - 2];
  if (name === undefined || title === undefined || !isName(name) || !isUppercase(title)) return undefined;
  const authority = AUTHORITY.exec(title);
  if (authority) return undefined;
  const above = lines[lines.length - 3];
  const head = above === undefined ? undefined : AUTHORITY.exec(above);
  if (head && isUppercase(head[2]!)) return { signer: { authority: `${head[1]}.`, head: head[2]!, title, name }, count: 3 };
  return { signer: { title, name }, count: 2 };
}
