import type { Rule } from '../types';
import type { PressRelease, WrittenDate } from '../model/types';
import { publicationDate, sentenceRanges } from './helpers';
import { dayNumber, formatShortDate, nearestOccurrence, type IsoDate } from '../calendar';
import { sentenceEnds } from '../model/dateline';

/** Words that announce a future event (`sẽ tổ chức`, `dự kiến diễn ra`): such a lead may rightly be dated after publication. */
const FUTURE_MARKER = /(?<![\p{L}\p{N}])(?:sẽ|dự\s+kiến)(?![\p{L}\p{N}])/iu;
/**
 * A date the text itself calls just past (`ngày 25/7 vừa qua`, `hôm 3/9 vừa rồi`), anywhere in it:
 * after the publication date, it is a typo as surely as a lead's date.
 */
const DATE_CALLED_PAST = /(?<![\p{L}\p{N}])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\s+vừa\s+(?:qua|rồi)(?![\p{L}\p{N}])/giu;
/** A date given to what happened before the reported event (`Trước đó, sáng 19/11, …`): it cannot fall after publication either. */
const DATE_BEFORE_THAT = /(?<![\p{L}\p{N}])trước\s+đó\s*,\s*(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?![\p{L}\p{N}])/giu;
/** A paragraph that opens with its own date (`Ngày 16/10/2025, Phòng … đã mời …`, `Sáng 19/11, …`). */
const PARAGRAPH_DATE = /^(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?=\s*,)/iu;
/** Words that report an event as done: `đã công bố`, `vừa tổ chức`. */
const PAST_MARKER = /(?<![\p{L}\p{N}])(?:đã|vừa)(?![\p{L}\p{N}])/iu;

/** The rest of the sentence after a date tells of it as done (`đã khảo sát`), not as planned (`sẽ`, `dự kiến`: `Trước đó, ngày 28/4, sẽ có lễ rước nước`). */
function toldAsDone(text: string, match: RegExpMatchArray): boolean {
  const from = match.index! + match[0].length;
  // The sentence's end as the model reads it: not at the dot of `TP. Huế` or of an initial.
  let end = text.length;
  for (const sentenceEnd of sentenceEnds(text)) {
    if (sentenceEnd > from) {
      end = sentenceEnd;
      break;
    }
  }
  const rest = text.slice(from, end);
  return PAST_MARKER.test(rest) && !FUTURE_MARKER.test(rest);
}

/**
 * The event's full date. A lead that omits the year ("Sáng 28/12") means the
 * occurrence of that day nearest to the publication date, before or after it.
 */
function eventDate(written: WrittenDate, published: IsoDate): IsoDate | undefined {
  const { day, month, year } = written;
  return year !== undefined ? { year, month, day } : nearestOccurrence(day, month, published);
}

/**
 * True when the text speaks of the event as still to come (an announcement,
 * not a report): in a news item the lead sentence holding the dateline must
 * say so. A press release is issued ahead of the events it announces: it
 * often marks the future only further on (`Ban Tổ chức dự kiến …`), or not
 * at all (`Từ ngày 27 đến 29/11/2025, Sở … tổ chức Ngày hội …`, `Lễ hội
 * diễn ra từ ngày 06 …`); it reports an event only when the sentence says
 * the event was done (`đã`, `vừa`).
 */
function announcesFutureEvent(doc: PressRelease, pressRelease: boolean): boolean {
  const { lead, dateline } = doc;
  if (!lead || !dateline) return false;
  const text = lead.plain.text;
  const range = sentenceRanges(text).find((candidate) => lead.plain.span(candidate.start, candidate.end).end > dateline.start);
  if (!range) return false;
  const sentence = text.slice(range.start, range.end);
  // A release says so when its event is done (`đã tổ chức`), whatever it announces further on; otherwise it announces it.
  return pressRelease ? !PAST_MARKER.test(sentence) : FUTURE_MARKER.test(sentence);
}

export const datelineAfterDate: Rule = {
  meta: {
    id: 'dateline-after-date',
    group: 'structure',
    severity: 'error',
    fixable: false,
    docs: {
      summary: { vi: 'Ngày sự kiện không được sau ngày đăng', en: 'The event must not be dated after publication' },
      rationale: {
        vi: 'Một bản tin không thể tường thuật sự kiện chưa diễn ra: ngày ở đoạn mở đầu sau ngày đăng (`date:` trong front matter) gần như luôn là lỗi gõ (sai ngày, sai tháng, sai năm) hoặc ngày đăng chưa cập nhật. Khi sự kiện kéo dài nhiều ngày, quy tắc so ngày bắt đầu. Khi đoạn mở đầu không ghi năm ("Sáng 28/12"), năm được hiểu sao cho ngày sự kiện gần ngày đăng nhất: "28/12" trong tin đăng ngày 3/1/2027 là 28/12/2026 (không báo lỗi), còn "20/4" trong tin đăng ngày 14/4/2026 là 20/4/2026, tức sau ngày đăng (báo lỗi). Nói cách khác, ngày không ghi năm chỉ bị báo khi nó rơi vào khoảng nửa năm sau ngày đăng. Tin báo trước sự kiện ("… sẽ tổ chức", "dự kiến …" trong câu mở đầu) không bị báo. Thông cáo báo chí thường ra trước sự kiện nó báo ("Từ ngày 27 đến 29/11/2025, Sở … tổ chức Ngày hội…", "Lễ hội diễn ra từ ngày 06 đến ngày 08/6/2026"): ngày sau ngày đăng của thông cáo chỉ bị báo khi câu nói sự kiện đã xong ("đã", "vừa"), dù đoạn sau có báo trước việc khác. Ngày được kể là đã qua ở bất kỳ đoạn nào ("ngày 25/7 vừa qua", "vừa rồi", "Trước đó, sáng 19/11, đoàn đã …") mà sau ngày đăng cũng bị báo. Nếu front matter chưa có ngày đăng hợp lệ, quy tắc date-missing báo thay.',
        en: 'A news report cannot describe an event that has not happened yet: a lead date later than the publication date (the front matter `date:`) is almost always a typo (wrong day, month or year) or a publication date that was not updated. For an event over several days the start date is compared. When the lead omits the year ("Sáng 28/12"), the year is read so that the event is nearest to the publication date: "28/12" in an item published on 3/1/2027 is 28/12/2026 (not reported), while "20/4" in an item published on 14/4/2026 is 20/4/2026, after publication (reported). In other words, a date without a year is reported only when it falls within about half a year after publication. Announcements of a coming event ("… sẽ tổ chức", "dự kiến …" in the lead sentence) are not reported. A press release is often issued ahead of the event it announces ("Từ ngày 27 đến 29/11/2025, Sở … tổ chức Ngày hội…", "Lễ hội diễn ra từ ngày 06 đến ngày 08/6/2026"): its date after publication is reported only when the sentence says the event was done ("đã", "vừa"), whatever a later paragraph announces. A date told as past in any paragraph ("ngày 25/7 vừa qua", "vừa rồi", "Trước đó, sáng 19/11, đoàn đã …") that falls after publication is reported too. When the front matter has no valid publication date, date-missing reports that instead.',
      },
    },
    messages: {
      afterPublication: {
        vi: 'Ngày sự kiện "{dateline}" ({eventDate}) sau ngày đăng {published}: sửa lại ngày trong đoạn mở đầu hoặc "date:" trong front matter.',
        en: 'The event date "{dateline}" ({eventDate}) is after the publication date {published}: correct the date in the lead or the front matter "date:".',
      },
      pastAfterPublication: {
        vi: '"{written}" kể một ngày đã qua, nhưng ngày {eventDate} sau ngày đăng {published}: sửa lại ngày hoặc "date:" trong front matter.',
        en: '"{written}" tells of a day gone by, but {eventDate} is after the publication date {published}: correct the date or the front matter "date:".',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Tin đăng ngay trong ngày', en: 'Published the same day' },
          text: '---\ntitle: Hội nghị tổng kết công tác năm 2026\ndate: 2026-04-14\n---\n\n# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027.\n',
        },
        {
          title: { vi: 'Sự kiện cuối năm, tin đăng đầu năm sau, không ghi năm', en: 'Event at the end of a year, published early the next, year omitted' },
          text: '---\ntitle: Gặp mặt cán bộ hưu trí\ndate: 2027-01-03\n---\n\n# Gặp mặt cán bộ hưu trí\n\nChiều ngày 28/12, Sở Nội vụ tổ chức gặp mặt cán bộ hưu trí nhân dịp năm mới.\n',
        },
        {
          title: { vi: 'Ngày có năm, trước ngày đăng', en: 'A date with its year, before publication' },
          text: '---\ntitle: Trao quyết định bổ nhiệm Phó Giám đốc Sở\ndate: 2026-03-16\n---\n\n# Trao quyết định bổ nhiệm Phó Giám đốc Sở\n\nNgày 15/3/2026, UBND tỉnh tổ chức trao quyết định bổ nhiệm Phó Giám đốc Sở Tài chính.\n',
        },
        {
          title: { vi: 'Tin báo trước sự kiện', en: 'An announcement of a coming event' },
          text: '---\ntitle: Hội chợ sản phẩm OCOP tỉnh năm 2026\ndate: 2026-04-14\n---\n\n# Hội chợ sản phẩm OCOP tỉnh năm 2026\n\nTừ ngày 20/4 đến ngày 25/4, Sở Công Thương sẽ tổ chức Hội chợ sản phẩm OCOP tỉnh năm 2026 tại Quảng trường trung tâm.\n',
        },
        {
          title: { vi: 'Thông cáo báo trước sự kiện, nói tương lai ở đoạn sau', en: 'A press release ahead of an event, speaking of the future further on' },
          profile: 'vn-press-release',
          text: '---\ntitle: Hội chợ Thương mại – Du lịch năm 2026\ndate: 2026-03-20\n---\n\n# Hội chợ Thương mại – Du lịch năm 2026\n\nTừ ngày 02 đến ngày 08/4/2026, tại Quảng trường trung tâm, Sở Công Thương tổ chức Hội chợ Thương mại – Du lịch năm 2026.\n\nBan Tổ chức dự kiến hội chợ đón khoảng 120.000 lượt khách.\n',
        },
        {
          title: { vi: 'Thông cáo nêu lịch sự kiện sau động từ', en: 'A press release giving the event\'s schedule after the verb' },
          profile: 'vn-press-release',
          text: '---\ntitle: Tổ chức Lễ hội Du lịch biển năm 2026\ndate: 2026-05-20\n---\n\n# Tổ chức Lễ hội Du lịch biển năm 2026\n\nSở Văn hóa, Thể thao và Du lịch phối hợp với UBND xã Thiên Cầm tổ chức Lễ hội Du lịch biển năm 2026. Lễ hội diễn ra từ ngày 06 đến ngày 08/6/2026 tại Quảng trường biển Thiên Cầm.\n',
        },
        {
          title: { vi: 'Thông cáo báo trước, ngày đứng đầu câu, không nói sự kiện đã diễn ra', en: 'A press release ahead of an event, its date opening the sentence, not saying it took place' },
          profile: 'vn-press-release',
          text: '---\ntitle: Sơ kết thu hút đầu tư 6 tháng đầu năm 2026\ndate: 2026-07-06\n---\n\n# Sơ kết thu hút đầu tư 6 tháng đầu năm 2026\n\nNgày 13/7/2026, Ban Quản lý các khu công nghiệp tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2026.\n',
        },
        {
          title: { vi: '"Trước đó" trong một lịch sắp tới', en: '"Trước đó" in a schedule to come' },
          text: '---\ntitle: Lễ hội Hoa Lư năm 2026\ndate: 2026-04-20\n---\n\n# Lễ hội Hoa Lư năm 2026\n\nNgày 18/4, Ban Tổ chức họp báo giới thiệu Lễ hội Hoa Lư, khai mạc ngày 30/4. Trước đó, ngày 28/4, sẽ có lễ rước nước tại đền vua Đinh.\n',
        },
        {
          title: { vi: 'Ngày "vừa qua" của năm trước, tin đăng đầu năm', en: 'A day "vừa qua" of the year before, published early in the year' },
          text: '---\ntitle: Tổng kết năm 2026\ndate: 2027-01-05\n---\n\n# Tổng kết năm 2026\n\nSáng 5/1, Sở Nội vụ tổng kết công tác năm 2026.\n\nNgày 25/12 vừa qua, Sở đã trao 40 bằng khen.\n',
        },
        {
          title: { vi: 'Chưa có ngày đăng: để date-missing báo', en: 'No publication date: left to date-missing' },
          text: '---\ntitle: Hội nghị tổng kết công tác năm 2026\n---\n\n# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2026.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Gõ nhầm ngày, không ghi năm', en: 'A mistyped day, year omitted' },
          text: '---\ntitle: Hội nghị tổng kết công tác năm 2026\ndate: 2026-04-14\n---\n\n# Hội nghị tổng kết công tác năm 2026\n\nSáng 20/4, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027.\n',
          expect: [{ messageId: 'afterPublication', line: 8 }],
        },
        {
          title: { vi: 'Gõ nhầm năm', en: 'A mistyped year' },
          text: '---\ntitle: Trao quyết định bổ nhiệm Phó Giám đốc Sở\ndate: 2026-03-16\n---\n\n# Trao quyết định bổ nhiệm Phó Giám đốc Sở\n\nNgày 15/3/2027, UBND tỉnh tổ chức trao quyết định bổ nhiệm Phó Giám đốc Sở Tài chính.\n',
          expect: [{ messageId: 'afterPublication', line: 8 }],
        },
        {
          title: { vi: 'Sự kiện nhiều ngày bắt đầu sau ngày đăng', en: 'A multi-day event starting after publication' },
          text: '---\ntitle: Tập huấn kỹ năng chuyển đổi số\ndate: 2026-07-21\n---\n\n# Tập huấn kỹ năng chuyển đổi số\n\nTrong 2 ngày 22 và 23/7, Sở Nội vụ tổ chức lớp tập huấn kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã.\n',
          expect: [{ messageId: 'afterPublication', line: 8 }],
        },
        {
          title: { vi: 'Thông cáo nói sự kiện đã diễn ra', en: 'A press release saying the event took place' },
          profile: 'vn-press-release',
          text: '---\ntitle: Công bố kết quả thi tuyển công chức năm 2026\ndate: 2026-09-10\n---\n\n# Công bố kết quả thi tuyển công chức năm 2026\n\nHội đồng thi tuyển công chức tỉnh đã công bố kết quả thi vòng 2 vào ngày 14/9/2026.\n',
          expect: [{ messageId: 'afterPublication', line: 8 }],
        },
        {
          title: { vi: '"Trước đó" kể một việc đã làm vào ngày sau ngày đăng', en: '"Trước đó" tells of something done on a day after publication' },
          text: '---\ntitle: Ký kết hợp tác với tỉnh Gangwon\ndate: 2025-11-18\n---\n\n# Ký kết hợp tác với tỉnh Gangwon\n\nChiều 18/11, UBND tỉnh Ninh Bình và tỉnh Gangwon ký kết biên bản ghi nhớ hợp tác.\n\nTrước đó, sáng 19/11, đoàn công tác tỉnh Gangwon đã khảo sát Khu du lịch Tràng An.\n',
          expect: [{ messageId: 'pastAfterPublication', line: 10 }],
        },
        {
          title: { vi: 'Ngày kể là "vừa qua" nhưng sau ngày đăng', en: 'A day told as "vừa qua" but after publication' },
          text: '---\ntitle: Một năm chính quyền hai cấp\ndate: 2026-07-10\n---\n\n# Một năm chính quyền hai cấp\n\nSáng 10/7, UBND phường Việt Trì sơ kết một năm vận hành chính quyền hai cấp.\n\nNgày 25/7 vừa qua, phường đã tổ chức hội nghị đối thoại với người dân.\n',
          expect: [{ messageId: 'pastAfterPublication', line: 10 }],
        },
        {
          title: { vi: 'Tin (không phải thông cáo) nói tương lai ở đoạn sau: vẫn là tường thuật', en: 'A news item (not a release) speaking of the future further on: still a report' },
          text: '---\ntitle: Hội chợ Thương mại – Du lịch năm 2026\ndate: 2026-03-20\n---\n\n# Hội chợ Thương mại – Du lịch năm 2026\n\nTừ ngày 02 đến ngày 08/4/2026, tại Quảng trường trung tâm, Sở Công Thương tổ chức Hội chợ Thương mại – Du lịch năm 2026.\n\nBan Tổ chức dự kiến hội chợ đón khoảng 120.000 lượt khách.\n',
          expect: [{ messageId: 'afterPublication', line: 8 }],
        },
      ],
    },
  },
  check({ doc, profile, report }) {
    const dateline = doc.dateline;
    const published = publicationDate(doc);
    if (!published) return;
    for (const paragraph of doc.paragraphs) {
      const text = paragraph.plain.text;
      const opening = PARAGRAPH_DATE.exec(text);
      const pastDates = [
        ...(text.includes('vừa') ? text.matchAll(DATE_CALLED_PAST) : []),
        ...(text.includes('rước đó') ? [...text.matchAll(DATE_BEFORE_THAT)].filter((match) => toldAsDone(text, match)) : []),
        ...(opening && toldAsDone(text, opening) ? [opening] : []),
      ];
      for (const match of pastDates) {
        const written = { day: Number(match[1]), month: Number(match[2]), ...(match[3] ? { year: Number(match[3]) } : {}) };
        const event = eventDate(written, published);
        const span = paragraph.plain.span(match.index, match.index + match[0].length);
        // The lead's own date is the dateline's, reported below.
        if (!event || dayNumber(event) <= dayNumber(published) || (dateline && span.start < dateline.end && dateline.start < span.end)) continue;
        report({ messageId: 'pastAfterPublication', data: { written: match[0], eventDate: formatShortDate(event), published: formatShortDate(published) }, ...span });
      }
    }
    if (!dateline) return;
    const event = eventDate(dateline.date, published);
    if (!event || dayNumber(event) <= dayNumber(published) || announcesFutureEvent(doc, profile.id === 'vn-press-release')) return;
    report({
      messageId: 'afterPublication',
      data: { dateline: dateline.text, eventDate: formatShortDate(event), published: formatShortDate(published) },
      start: dateline.start,
      end: dateline.end,
    });
  },
};
