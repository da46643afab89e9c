/** The importer's notes: one message per code, filled with the note's data. */
import type { LegacyEncoding } from '../lang/legacy-encodings';
import type { Localized } from '../types';
import type { ImportNote, ImportNoteCode } from './types';

const MESSAGES: Record<ImportNoteCode, Localized> = {
  'not-utf8': {
    vi: 'Tệp không phải UTF-8: đã đọc theo bảng mã Windows-1252 rồi chuyển chữ TCVN3/VNI sang Unicode.',
    en: 'The file is not UTF-8: it was read as Windows-1252, then TCVN3/VNI text was converted to Unicode.',
  },
  'legacy-converted': {
    vi: 'Đã chuyển {count} đoạn chữ {encoding} sang Unicode.',
    en: 'Converted {count} passage(s) of {encoding} text to Unicode.',
  },
  'legacy-unconverted': {
    vi: '{count} đoạn chữ có vẻ gõ bằng bảng mã cũ nhưng không chuyển được chắc chắn: giữ nguyên để kiểm tra (quy tắc encoding-legacy báo chúng).',
    en: '{count} passage(s) look like legacy-encoded text but could not be converted with certainty: kept as they are for checking (the encoding-legacy rule reports them).',
  },
  'nfc-normalized': {
    vi: 'Đã chuẩn hóa {count} đoạn chữ Unicode tổ hợp (NFD) sang dạng dựng sẵn (NFC).',
    en: 'Normalized {count} passage(s) of decomposed Unicode (NFD) to composed form (NFC).',
  },
  'profile-from-wording': {
    vi: 'Chọn hồ sơ {profile} theo dòng "{line}" của bản thảo.',
    en: 'Chose the {profile} profile from the draft’s line "{line}".',
  },
  'text-before-title': {
    vi: '{count} dòng đứng trước tiêu đề được giữ nguyên ở đầu bài: chuyển chúng vào đúng chỗ hoặc xóa đi.',
    en: '{count} line(s) before the headline were kept at the top: move them where they belong or delete them.',
  },
  'header-to-front-matter': {
    vi: '{count} dòng phần đầu văn bản và khối chữ ký được chuyển vào front matter (agency, number, place, date, signer), hồ sơ sẽ in lại chúng đúng mẫu: {lines}.',
    en: '{count} line(s) of the document header and signature block were moved into the front matter (agency, number, place, date, signer), which the profile prints in the standard layout: {lines}.',
  },
  'table-flattened': {
    vi: '{count} bảng được chuyển thành các đoạn văn, mỗi ô một đoạn: kiểm tra lại phần này.',
    en: '{count} table(s) became paragraphs, one per cell: check that part.',
  },
  'captions-without-photos': {
    vi: '{count} dòng chú thích không kèm ảnh (dòng {lines}): đặt ảnh vào {paths}, hoặc dùng lệnh "GovPress: Chèn ảnh và chú thích".',
    en: '{count} caption line(s) without their photos (line {lines}): put the photos at {paths}, or use "GovPress: Insert Figure (Image and Caption)".',
  },
  'photos-without-caption': {
    vi: '{count} ảnh chưa có chú thích (dòng {lines}).',
    en: '{count} photo(s) without a caption (line {lines}).',
  },
};

export function note(code: ImportNoteCode, data: Record<string, string | number> = {}): ImportNote {
  return { code, message: MESSAGES[code], data };
}

const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI', viqr: 'VIQR', 'utf8-as-cp1252': 'UTF-8 (Windows-1252)' };

/** What legacy-encoded text was converted (passages per encoding) and how much could not be. */
export function legacyNotes(converted: ReadonlyMap<LegacyEncoding, number>, unconverted: number): ImportNote[] {
  const notes = [...converted].map(([encoding, count]) => note('legacy-converted', { count, encoding: ENCODING_NAMES[encoding] }));
  if (unconverted > 0) notes.push(note('legacy-unconverted', { count: unconverted }));
  return notes;
}
