import type { Rule } from '../types';
import { proseSyllables, syllableEdit, syllableSpan, type ProseSyllable } from '../lang/prose-syllables';
import { hasStopFinalToneError, initialCorrection, withInitial, withTone } from '../lang/syllable';
import { isInvisibleInWord } from './invisible-character';

/** A word cut in two by an invisible character is invisible-character's finding, not a misspelling. */
function isCutByInvisible(word: ProseSyllable): boolean {
  const text = word.block.plain.text;
  return isInvisibleInWord(text.charAt(word.end)) || (word.start > 0 && isInvisibleInWord(text.charAt(word.start - 1)));
}

/** A word this rule may judge (the prose syllables are Vietnamese by their marks or initial): not an abbreviation, not a transliteration. */
function isJudged(word: ProseSyllable): boolean {
  // Two tone marks are tone-mark-misplaced's.
  if (word.casing === 'upper' || word.joined || word.syllable.marks.length > 1 || isCutByInvisible(word)) return false;
  // A capitalized word inside a sentence may be a foreign name unless a tone mark says it is Vietnamese.
  return word.casing !== 'capitalized' || word.sentenceStart || word.syllable.marks.length === 1;
}

/**
 * Only the ng/ngh and g/gh spellings are judged in proper names: place and
 * ethnic-minority names keep spellings outside the standard system
 * (`Bắc Kạn`, `Đắk Lắk`, `Krông Pắc`).
 */
function mayBeName(word: ProseSyllable): boolean {
  return word.casing === 'capitalized' && (word.inName || !word.sentenceStart);
}

const NAME_SAFE_INITIALS = new Set(['ngh', 'ng', 'gh', 'g']);

function checkedInitial(word: ProseSyllable): string | undefined {
  const expected = initialCorrection(word.syllable);
  if (expected === undefined || (mayBeName(word) && !NAME_SAFE_INITIALS.has(word.syllable.initial))) return undefined;
  return expected;
}

/** The two spellings a stop-final syllable may have meant (`thầp` → `thấp`, `thập`). */
function stopToneCandidates(word: ProseSyllable): { acute: string; dot: string } {
  const place = word.tonePlaces[0]!;
  return { acute: withTone(word.syllable, 'acute', place), dot: withTone(word.syllable, 'dot', place) };
}

export const syllableInvalid: Rule = {
  meta: {
    id: 'syllable-invalid',
    group: 'language',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: {
        vi: 'Chữ không thể là âm tiết tiếng Việt: sai quy tắc ghép phụ âm đầu, dấu thanh hoặc vần (Nghành, thầp, nguời)',
        en: 'A word that cannot be a Vietnamese syllable: wrong initial spelling, tone or rhyme (Nghành, thầp, nguời)',
      },
      rationale: {
        vi: 'Một số lỗi chính tả nhận ra được mà không cần từ điển, vì chữ viết ra không thể là âm tiết tiếng Việt: "ngh", "gh" chỉ đứng trước i, e, ê ("Nghành" → "Ngành"), "ng", "g" không đứng trước i, e, ê ("ngiêm" → "nghiêm"), "k" chỉ đứng trước i, e, ê, y ("kà" → "cà"); vần tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc dấu nặng ("thầp" là "thấp" hay "thập"); và những tổ hợp nguyên âm không có trong tiếng Việt ("nguời"). Quy tắc chỉ xét những chữ chắc chắn là tiếng Việt (có dấu tiếng Việt hoặc bắt đầu bằng ng), bỏ qua chữ viết hoa toàn bộ (chữ viết tắt), chữ có số, chữ nối bằng gạch ngang (tên phiên âm) và tên riêng khi không chắc chắn. Chỉ sửa tự động khi cách viết đúng là duy nhất (phụ âm đầu).',
        en: 'Some misspellings are found without a dictionary because the written word cannot be a Vietnamese syllable: "ngh" and "gh" only come before i, e, ê ("Nghành" → "Ngành"), "ng" and "g" never do ("ngiêm" → "nghiêm"), "k" only comes before i, e, ê, y ("kà" → "cà"); a syllable ending in p, t, c, ch takes only the acute or the dot-below tone ("thầp" is "thấp" or "thập"); and some vowel clusters do not exist ("nguời"). The rule only judges words that are surely Vietnamese (a Vietnamese mark, or an ng initial) and skips ALL-CAPS words (abbreviations), words with digits, hyphenated words (transliterated names) and proper names where unsure. It fixes only when the right spelling is unique (the initial).',
      },
    },
    messages: {
      initial: {
        vi: '"{word}": trước "{vowel}" viết "{expected}" chứ không viết "{initial}": sửa thành "{fixed}".',
        en: '"{word}": before "{vowel}" the spelling is "{expected}", not "{initial}": write "{fixed}".',
      },
      stopTone: {
        vi: '"{word}": âm tiết tận cùng bằng "{final}" chỉ mang dấu sắc hoặc dấu nặng: kiểm tra lại ("{acute}" hay "{dot}"?).',
        en: '"{word}": a syllable ending in "{final}" takes only the acute or the dot-below tone: check the spelling ("{acute}" or "{dot}"?).',
      },
      rhyme: {
        vi: '"{word}" không phải là âm tiết tiếng Việt (không có vần "{rhyme}"): kiểm tra lại chính tả.',
        en: '"{word}" is not a Vietnamese syllable (there is no rhyme "{rhyme}"): check the spelling.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Từ bị ký tự vô hình cắt đôi (invisible-character báo)', en: 'A word cut by an invisible character (invisible-character reports it)' },
          text: '# Khắc phục sạt lở\n\nSáng 14/4, tỉnh hướ\u200Bng dẫn người dân di dời khỏi vùng sạt lở.\n',
        },
        {
          title: { vi: 'Chữ viết đúng chính tả', en: 'Correctly spelled words' },
          text: '# Ngành nông nghiệp ghi nhận kết quả tích cực\n\nSáng 14/4, ngành nông nghiệp tỉnh tổ chức hội nghị. Ghe thuyền của ngư dân được kiểm tra; giá gạo xuất khẩu và diện tích gieo trồng đều tăng, thu nhập bình quân đạt mức cao nhất từ trước đến nay.\n',
        },
        {
          title: { vi: 'Chữ viết tắt, tên riêng, tên phiên âm và từ nước ngoài', en: 'Abbreviations, proper names, transliterations and foreign words' },
          text: '# Đoàn công tác tỉnh Đắk Lắk thăm Bắc Kạn\n\nĐoàn công tác của UBND tỉnh Đắk Lắk và HĐND huyện Krông Pắc thăm Bắc Kạn, dự hội thảo về gen cây trồng với chuyên gia Mát-xcơ-va, tại khách sạn Grand Café.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Sai quy tắc ghép phụ âm đầu', en: 'Wrong spelling of the initial' },
          text: '# Nghành giáo dục triển khai năm học mới\n\nCác đơn vị thực hiện ngiêm túc chỉ đạo của Bộ.\n',
          expect: [
            { messageId: 'initial', line: 1 },
            { messageId: 'initial', line: 3 },
          ],
          output: '# Ngành giáo dục triển khai năm học mới\n\nCác đơn vị thực hiện nghiêm túc chỉ đạo của Bộ.\n',
        },
        {
          title: { vi: 'Dấu thanh không hợp với phụ âm cuối, vần không tồn tại', en: 'A tone that cannot go with the final, a rhyme that does not exist' },
          text: '# Hỗ trợ người dân vùng thầp trũng\n\nChính quyền địa phương thăm hỏi, tặng quà các hộ nguời dân bị ảnh hưởng.\n',
          expect: [
            { messageId: 'stopTone', line: 1 },
            { messageId: 'rhyme', line: 3 },
          ],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    if (profile.language !== 'vi') return;
    for (const word of proseSyllables(doc)) {
      if (!isJudged(word)) continue;
      const { syllable } = word;
      const written = syllable.text;
      if (!word.knownRhyme) {
        // A bare vowel cluster without initial or tone (`iê`, `ươ`) is a letter group being talked about, not a word.
        const wordLike = syllable.initial !== '' || syllable.marks.length > 0;
        if (wordLike && !mayBeName(word)) report({ messageId: 'rhyme', data: { word: written, rhyme: written.slice(syllable.initial.length) }, ...syllableSpan(word) });
        continue;
      }
      const expected = checkedInitial(word);
      if (expected !== undefined) {
        const fixed = withInitial(syllable, expected);
        const data = { word: written, initial: syllable.initial, expected, vowel: syllable.rhyme.charAt(0), fixed };
        report({ messageId: 'initial', data, ...syllableEdit(word, fixed) });
      } else if (hasStopFinalToneError(syllable) && !mayBeName(word)) {
        report({ messageId: 'stopTone', data: { word: written, final: syllable.final, ...stopToneCandidates(word) }, ...syllableSpan(word) });
      }
    }
  },
};
