import type { Problem, Rule } from '../types';
import type { NameTitleSeparator, ParticipantList, Person, PressRelease, Span } from '../model/types';
import { isRank } from '../model/participants';

type DashSeparator = Extract<NameTitleSeparator, 'en-dash' | 'hyphen'>;

const DASH_MARK: Record<DashSeparator, string> = { 'en-dash': '–', hyphen: '-' };
/** A dash with at least one space on each side: `A – Giám đốc`. */
const SPACED_DASH = /^\s+[–—-]\s+$/u;
/** Only spaces and one dash between name and title: safe to rewrite. */
const BARE_DASH = /^\s*[–—-]\s*$/u;

function isDash(separator: NameTitleSeparator): separator is DashSeparator {
  return separator === 'en-dash' || separator === 'hyphen';
}

/** The most frequent value; a tie goes to the one written first, the style the writer started with. */
function mainValue<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let main: T | undefined;
  for (const [value, count] of counts) if (main === undefined || count > counts.get(main)!) main = value;
  return main;
}

/** The titles that name a post: a rank before the name (`Đại tá Nguyễn Văn Tuấn`) addresses the person, like `ông`. */
function posts(person: Person): Person['titles'] {
  return person.titles.filter((title) => !isRank(title.text));
}

/** The post written next to the name: the first one after it, or the last one before it (`Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng`). */
function adjacentTitle(person: Person): Span {
  const titles = posts(person);
  return person.name.start < titles[0]!.start ? titles[0]! : titles[titles.length - 1]!;
}

/** The name and its adjacent title as written, e.g. `Nguyễn Thanh Long- Thứ trưởng`. */
function nameWithTitle(doc: PressRelease, person: Person): Span & { text: string } {
  const title = adjacentTitle(person);
  const start = Math.min(person.name.start, title.start);
  const end = Math.max(person.name.end, title.end);
  return { start, end, text: doc.source.slice(start, end) };
}

/** What stands between the name and its adjacent title in the source (`, `, ` – `, `- `, or a space for title-first). */
function separatorGap(doc: PressRelease, person: Person): Span & { text: string } {
  const title = adjacentTitle(person);
  const [start, end] = person.name.start < title.start ? [person.name.end, title.start] : [title.end, person.name.start];
  return { start, end, text: doc.source.slice(start, end) };
}

/** Where to point at a person's separator: the gap itself, or the title and name when nothing separates them. */
function separatorRange(doc: PressRelease, person: Person): Span {
  const gap = separatorGap(doc, person);
  return gap.text.trim() ? gap : nameWithTitle(doc, person);
}

function dashFix(doc: PressRelease, person: Person, dash: DashSeparator): Problem['fix'] {
  const gap = separatorGap(doc, person);
  return BARE_DASH.test(gap.text) ? { start: gap.start, end: gap.end, text: ` ${DASH_MARK[dash]} ` } : undefined;
}

function titledPersons(list: ParticipantList): Person[] {
  return list.entries.filter((entry): entry is Person => entry.kind === 'person' && posts(entry).length > 0);
}

/** Name–title separators: one style per list, dashes spaced on both sides. */
function checkSeparators(doc: PressRelease, persons: readonly Person[], report: (problem: Problem) => void): void {
  const mainStyle = mainValue(persons.map((person) => person.separator));
  if (mainStyle === undefined) return;
  // Quotes and ranges are built for the persons reported only: most lists keep one style.
  const written = (person: Person): string => nameWithTitle(doc, person).text;
  for (const person of persons) {
    const style = person.separator;
    if (isDash(style) && isDash(mainStyle)) {
      if (style !== mainStyle) {
        const fix = dashFix(doc, person, mainStyle);
        report({
          messageId: 'mixedDash',
          data: { written: written(person), dash: DASH_MARK[style], mainDash: DASH_MARK[mainStyle] },
          ...separatorRange(doc, person),
          ...(fix ? { fix } : {}),
        });
      } else if (!SPACED_DASH.test(separatorGap(doc, person).text)) {
        const fix = dashFix(doc, person, style);
        report({ messageId: 'dashSpacing', data: { written: written(person), dash: DASH_MARK[style] }, ...separatorRange(doc, person), ...(fix ? { fix } : {}) });
      }
    } else if (style !== mainStyle) {
      // Rewriting "Title Name" as "Name, Title" (or back) is the writer's choice: report without a fix.
      const example = written(persons.find((candidate) => candidate.separator === mainStyle)!);
      report({ messageId: 'mixedStyle', data: { written: written(person), example }, ...separatorRange(doc, person) });
    }
  }
}

/** Where a person's written name and titles begin and end (honorific excluded). */
function personBounds(person: Person): Span {
  return {
    start: Math.min(person.name.start, ...person.titles.map((title) => title.start)),
    end: Math.max(person.name.end, ...person.titles.map((title) => title.end)),
  };
}

/** The comma between two persons, when nothing else (`;`, `và`) marks where one ends and the next begins. */
function bareCommaBetween(doc: PressRelease, previous: Person, next: Person): Span | undefined {
  const previousEnd = personBounds(previous).end;
  const gap = doc.source.slice(previousEnd, personBounds(next).start);
  if (gap.trim() !== ',') return undefined;
  const comma = previousEnd + gap.indexOf(',');
  return { start: comma, end: comma + 1 };
}

/**
 * Persons holding several titles (chained by commas) must be separated by
 * semicolons; otherwise "A, T1, B, T2, T3" cannot be read. An honorific
 * (`ông`, `bà`, `đồng chí`) before the next name marks the boundary well enough.
 */
function checkPersonBoundaries(doc: PressRelease, list: ParticipantList, report: (problem: Problem) => void): void {
  if (!list.entries.some((entry) => entry.kind === 'person' && posts(entry).length > 1)) return;
  list.entries.forEach((entry, index) => {
    const previous = list.entries[index - 1];
    if (entry.kind !== 'person' || previous?.kind !== 'person' || entry.honorific) return;
    const comma = bareCommaBetween(doc, previous, entry);
    if (!comma) return;
    // Quote the next person as the reader meets them: `Cao Tiến Dũng`, or `Phó Chủ tịch UBND tỉnh Nguyễn Văn B` when the title comes first.
    const nextPerson = doc.source.slice(personBounds(entry).start, entry.name.end);
    report({ messageId: 'personsNeedSemicolon', data: { nextPerson }, ...comma });
  });
}

/**
 * A `;` between two titles of one person (`Nguyễn Thị Kim Loan, Tỉnh ủy viên;
 * Chủ tịch Ủy ban …`) reads as the start of another person who is never named.
 */
function checkSemicolonInTitles(doc: PressRelease, person: Person, report: (problem: Problem) => void): void {
  person.titles.forEach((title, index) => {
    const next = person.titles[index + 1];
    if (!next) return;
    const gap = doc.source.slice(title.end, next.start);
    if (gap.trim() !== ';') return;
    const semicolon = title.end + gap.indexOf(';');
    report({ messageId: 'semicolonInTitles', data: { written: doc.source.slice(title.start, next.end) }, start: semicolon, end: semicolon + 1 });
  });
}

export const participantsFormat: Rule = {
  meta: {
    id: 'participants-format',
    group: 'structure',
    severity: 'warn',
    fixable: true,
    docs: {
      summary: { vi: 'Cách viết tên và chức danh trong danh sách đại biểu', en: 'How names and titles are written in a list of participants' },
      rationale: {
        vi: 'Các Cổng viết tên và chức danh theo nhiều kiểu đều đúng: "Nguyễn Văn A – Giám đốc Sở", "Nguyễn Văn A - Giám đốc Sở", "Nguyễn Văn A, Giám đốc Sở" hay "Giám đốc Sở Nguyễn Văn A". Quy tắc không áp một kiểu, nhưng trong một danh sách phải dùng một kiểu: trộn kiểu làm danh sách trông cẩu thả và khó đọc ai giữ chức gì. Dấu gạch giữa tên và chức danh phải cách một khoảng hai bên ("Long- Thứ trưởng", "Duy-Trưởng phòng" là lỗi gõ); sửa tự động theo dấu gạch mà danh sách dùng nhiều nhất. Khi có người giữ nhiều chức danh (ngăn bằng dấu phẩy), các người phải ngăn cách bằng dấu chấm phẩy: "Hồ Thanh Sơn, Phó Bí thư Tỉnh ủy; Cao Tiến Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". Ngược lại, dấu chấm phẩy không được chen giữa các chức danh của một người ("Nguyễn Thị Kim Loan, Tỉnh ủy viên; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"). Trước tên có "ông", "bà", "đồng chí" thì ranh giới đã rõ, không cần chấm phẩy. Quân hàm đứng trước tên ("Đại tá Nguyễn Văn Tuấn, Phó Giám đốc Công an tỉnh") không tính là kiểu "chức danh trước tên". Các nhóm ("đại diện lãnh đạo các sở, ngành") không cần chức danh và không bị kiểm tra.',
        en: 'Portals write names and titles in several correct styles: "Nguyễn Văn A – Giám đốc Sở", "Nguyễn Văn A - Giám đốc Sở", "Nguyễn Văn A, Giám đốc Sở" or "Giám đốc Sở Nguyễn Văn A". The rule does not impose one, but a list must keep to one: mixed styles look careless and make it hard to tell who holds which post. A dash between name and title takes a space on each side ("Long- Thứ trưởng", "Duy-Trưởng phòng" are typos); the fix uses the dash the list uses most. When persons hold several titles (chained by commas), persons are separated by semicolons: "Hồ Thanh Sơn, Phó Bí thư Tỉnh ủy; Cao Tiến Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". Conversely, no semicolon goes between the titles of one person ("Nguyễn Thị Kim Loan, Tỉnh ủy viên; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"). An "ông", "bà" or "đồng chí" before the name already marks where a person starts, so no semicolon is needed then. A military rank before the name ("Đại tá Nguyễn Văn Tuấn, Phó Giám đốc Công an tỉnh") does not make the entry "title before name". Groups ("đại diện lãnh đạo các sở, ngành") need no title and are not checked.',
      },
    },
    messages: {
      dashSpacing: {
        vi: 'Dấu "{dash}" dính vào chữ trong "{written}": cách một khoảng ở hai bên dấu (" {dash} ").',
        en: 'The "{dash}" in "{written}" touches a word: put one space on each side (" {dash} ").',
      },
      mixedDash: {
        vi: 'Danh sách dùng dấu "{mainDash}" giữa tên và chức danh, riêng "{written}" dùng "{dash}": đổi thành " {mainDash} " cho thống nhất.',
        en: 'The list separates names and titles with "{mainDash}", but "{written}" uses "{dash}": change it to " {mainDash} " to match.',
      },
      mixedStyle: {
        vi: 'Danh sách chủ yếu viết kiểu "{example}", riêng "{written}" viết kiểu khác: viết lại theo cùng một kiểu.',
        en: 'The list mostly writes "{example}", but "{written}" uses another style: rewrite it in the same style.',
      },
      personsNeedSemicolon: {
        vi: 'Có người giữ nhiều chức danh nhưng các người chỉ ngăn cách bằng dấu phẩy: dùng dấu ";" trước "{nextPerson}" để rõ chức danh nào của ai.',
        en: 'Persons hold several titles but are separated only by commas: put a ";" before "{nextPerson}" so readers know whose titles are whose.',
      },
      semicolonInTitles: {
        vi: 'Dấu ";" trong "{written}" tách các chức danh của cùng một người, như thể sau đó là một người khác: dùng dấu "," giữa các chức danh, dấu ";" chỉ để ngăn cách các người.',
        en: 'The ";" in "{written}" splits one person\'s titles as if another person followed: use "," between titles and keep ";" between persons.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Gạch ngang dài, người ngăn bằng dấu chấm phẩy', en: 'En dashes, persons separated by semicolons' },
          text: '# Ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Đoàn Thanh Bình – Giám đốc Sở Khoa học và Công nghệ; ông Huỳnh Minh Thức – Tỉnh ủy viên, Bí thư Tỉnh đoàn và đại diện lãnh đạo các sở, ngành.\n',
        },
        {
          title: { vi: 'Tên, chức danh; người ngăn bằng dấu chấm phẩy', en: 'Name, title; persons separated by semicolons' },
          text: '# Khai mạc Hội chợ Xúc tiến thương mại\n\nSáng 5/4, tại Công viên 29/3, UBND thành phố khai mạc Hội chợ Xúc tiến thương mại năm 2026. Đến dự có các đồng chí: Huỳnh Nghĩa, Phó Chủ tịch HĐND thành phố; Phùng Tấn Viết, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố.\n',
        },
        {
          title: { vi: 'Chức danh trước tên', en: 'Title before name' },
          text: '# Gặp mặt các cơ quan báo chí\n\nNgày 18.6, Sở Thông tin và Truyền thông gặp mặt các cơ quan báo chí. Dự buổi gặp mặt có Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng, Giám đốc Sở Thông tin và Truyền thông Trần Văn Nam và lãnh đạo các sở, ngành.\n',
        },
        {
          title: { vi: 'Gạch nối có khoảng trắng, "ông" đánh dấu từng người', en: 'Spaced hyphens, "ông" marking each person' },
          text: '# Ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ và Tỉnh đoàn ký kết chương trình phối hợp. Tham dự buổi lễ có ông Đoàn Thanh Bình - Giám đốc Sở Khoa học và Công nghệ, ông Huỳnh Minh Thức - Tỉnh ủy viên, Bí thư Tỉnh đoàn, các đồng chí trong Ban Thường vụ Tỉnh đoàn.\n',
        },
        {
          title: { vi: 'Quân hàm trước tên, tên ngăn với chức danh bằng dấu phẩy', en: 'A rank before the name, name and title separated by a comma' },
          text: '# Công an tỉnh ra mắt mô hình camera an ninh\n\nSáng 9/6, Công an tỉnh ra mắt mô hình camera an ninh tại các khu dân cư. Tham dự buổi lễ có Đại tá Nguyễn Văn Tuấn, Phó Giám đốc Công an tỉnh; bà Vũ Thị Thu Hương, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.\n',
        },
        {
          title: { vi: 'Quân hàm trước tên người dân tộc thiểu số, gạch nối', en: 'A rank before an ethnic-minority name, hyphens' },
          text: '# Trao học bổng cho học sinh vùng biên giới\n\nSáng 15/8, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao học bổng cho học sinh vùng biên giới. Tham dự có Đại tá Nguyễn Văn Hùng - Chỉ huy trưởng Bộ đội Biên phòng tỉnh; Thượng tá A Thiên - Chính trị viên Đồn Biên phòng Bờ Y; ông Y Khuyên - Chủ tịch UBND xã Bờ Y.\n',
        },
        {
          title: { vi: 'Chức danh trước, quân hàm và tên sau; một chức vụ mỗi người, ngăn bằng dấu phẩy', en: 'Post first, then rank and name; one post each, separated by commas' },
          text: '# Công an tỉnh tổng kết công tác năm 2025\n\nSáng 9/1, Công an tỉnh tổng kết công tác năm 2025. Tham dự có Giám đốc Công an tỉnh, Thiếu tướng Trần Văn Dũng; Phó Giám đốc Công an tỉnh, Đại tá Lê Minh Hải; Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình. Cùng dự có Thiếu tướng Trần Văn Dũng - Giám đốc Công an tỉnh, Đại tá Lê Minh Hải - Phó Giám đốc Công an tỉnh.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Dấu gạch dính vào tên', en: 'A dash glued to the name' },
          text: '# Hội nghị trực tuyến về y tế cơ sở\n\nSáng 14/4, Bộ Y tế tổ chức hội nghị trực tuyến về y tế cơ sở. Tham dự hội nghị có ông Nguyễn Thanh Long – Bộ trưởng Bộ Y tế; ông Đỗ Ngọc Dũng– Giám đốc Sở Y tế; bà Trần Thị Hoa – Phó Giám đốc Sở Y tế.\n',
          expect: [{ messageId: 'dashSpacing', line: 3 }],
          output: '# Hội nghị trực tuyến về y tế cơ sở\n\nSáng 14/4, Bộ Y tế tổ chức hội nghị trực tuyến về y tế cơ sở. Tham dự hội nghị có ông Nguyễn Thanh Long – Bộ trưởng Bộ Y tế; ông Đỗ Ngọc Dũng – Giám đốc Sở Y tế; bà Trần Thị Hoa – Phó Giám đốc Sở Y tế.\n',
        },
        {
          title: { vi: 'Gạch nối không khoảng trắng và gạch nối lẫn gạch ngang', en: 'A hyphen without spaces, and hyphens mixed with en dashes' },
          text: '# Tập huấn chuyển đổi số\n\nSáng 20/10, Sở Nội vụ tổ chức lớp tập huấn chuyển đổi số. Dự lớp tập huấn có ông Nguyễn Khương Duy-Trưởng Phòng Cải cách hành chính; ông Lê Văn Tâm – Phó Giám đốc Sở Nội vụ; bà Phạm Thị Lan – Chánh Văn phòng Sở Nội vụ.\n',
          expect: [{ messageId: 'mixedDash', line: 3 }],
          output: '# Tập huấn chuyển đổi số\n\nSáng 20/10, Sở Nội vụ tổ chức lớp tập huấn chuyển đổi số. Dự lớp tập huấn có ông Nguyễn Khương Duy – Trưởng Phòng Cải cách hành chính; ông Lê Văn Tâm – Phó Giám đốc Sở Nội vụ; bà Phạm Thị Lan – Chánh Văn phòng Sở Nội vụ.\n',
        },
        {
          title: { vi: 'Danh sách đại biểu viết mỗi người một dòng, sau dấu hai chấm', en: 'Participants written one per list item, after a colon' },
          text: '# Tập huấn chuyển đổi số\n\nSáng 20/10, Sở Nội vụ tổ chức lớp tập huấn chuyển đổi số.\n\nDự lớp tập huấn có các đồng chí:\n\n- ông Lê Văn Tâm – Phó Giám đốc Sở Nội vụ;\n- ông Nguyễn Khương Duy- Trưởng Phòng Cải cách hành chính;\n- bà Phạm Thị Lan – Chánh Văn phòng Sở Nội vụ.\n',
          expect: [{ messageId: 'mixedDash', line: 8 }],
          output: '# Tập huấn chuyển đổi số\n\nSáng 20/10, Sở Nội vụ tổ chức lớp tập huấn chuyển đổi số.\n\nDự lớp tập huấn có các đồng chí:\n\n- ông Lê Văn Tâm – Phó Giám đốc Sở Nội vụ;\n- ông Nguyễn Khương Duy – Trưởng Phòng Cải cách hành chính;\n- bà Phạm Thị Lan – Chánh Văn phòng Sở Nội vụ.\n',
        },
        {
          title: { vi: 'Trộn "chức danh trước tên" với "tên, chức danh"', en: 'Title-first mixed with "name, title"' },
          text: '# Gặp mặt nhân kỷ niệm Ngày Báo chí Cách mạng Việt Nam\n\nSáng 18/6, Thường trực Tỉnh ủy gặp mặt các cơ quan báo chí. Đến dự có Phó Bí thư Thường trực Tỉnh ủy Phan Ngọc Thọ; Nguyễn Thị Ái Vân, Phó Chủ tịch HĐND tỉnh; Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình.\n',
          expect: [{ messageId: 'mixedStyle', line: 3 }],
        },
        {
          title: { vi: 'Nhiều chức danh, các người chỉ ngăn bằng dấu phẩy', en: 'Several titles, persons separated only by commas' },
          text: '# Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\nSáng 9/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 12. Dự hội nghị có đồng chí Hồ Thanh Sơn, Phó Bí thư Thường trực Tỉnh ủy, Cao Tiến Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n',
          expect: [{ messageId: 'personsNeedSemicolon', line: 3 }],
        },
        {
          title: { vi: 'Dấu chấm phẩy tách các chức danh của một người', en: 'A semicolon splitting one person\'s titles' },
          text: '# Trao nhà Đại đoàn kết cho hộ nghèo\n\nNgày 17/9, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh bàn giao 30 căn nhà Đại đoàn kết. Tham dự buổi lễ có các đồng chí: Nguyễn Thị Kim Loan, Tỉnh ủy viên; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Huỳnh Chí Nguyện, Phó Chủ tịch UBND tỉnh.\n',
          expect: [{ messageId: 'semicolonInTitles', line: 3 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const list of doc.participants) {
      checkSeparators(doc, titledPersons(list), report);
      checkPersonBoundaries(doc, list, report);
      for (const entry of list.entries) if (entry.kind === 'person') checkSemicolonInTitles(doc, entry, report);
    }
  },
};
