import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findParticipantLists, type GroupMatch, type ParticipantListMatch, type PersonMatch, type Piece } from '../../src/core/model/participants';

type Entry = PersonMatch | GroupMatch;

/** A compact view of an entry for deepEqual: only the parts a test cares about. */
function summarize(entry: Entry): Record<string, unknown> {
  if (entry.kind === 'group') return { group: entry.text };
  const summary: Record<string, unknown> = { name: entry.name.text, separator: entry.separator };
  if (entry.honorific) summary['honorific'] = entry.honorific.text;
  if (entry.academicPrefix) summary['academic'] = entry.academicPrefix.text;
  if (entry.separatorText) summary['separatorText'] = entry.separatorText.text;
  summary['titles'] = entry.titles.map((title) => title.text);
  return summary;
}

function assertPiece(paragraph: string, piece: Piece): void {
  assert.equal(paragraph.slice(piece.start, piece.end), piece.text, `piece ${JSON.stringify(piece)} is off`);
}

/** Every piece must index the paragraph exactly, and entries must sit in order inside their list. */
function assertConsistent(paragraph: string, lists: ParticipantListMatch[]): void {
  for (const list of lists) {
    assertPiece(paragraph, list.intro);
    assert.equal(list.start, list.intro.start);
    let previousEnd = list.intro.end;
    for (const entry of list.entries) {
      assert.ok(entry.start >= previousEnd, 'entries overlap or are out of order');
      if (entry.kind === 'group') assertPiece(paragraph, entry);
      else {
        for (const part of [entry.honorific, entry.academicPrefix, entry.name, entry.separatorText, ...entry.titles]) {
          if (!part) continue;
          assertPiece(paragraph, part);
          assert.ok(part.start >= entry.start && part.end <= entry.end, 'person part outside the person');
        }
      }
      previousEnd = entry.end;
    }
    assert.equal(list.end, previousEnd);
  }
}

function lists(paragraph: string): ParticipantListMatch[] {
  const found = findParticipantLists(paragraph);
  assertConsistent(paragraph, found);
  return found;
}

/** The only list of the paragraph, summarized. */
function onlyList(paragraph: string): { intro: string; entries: Array<Record<string, unknown>> } {
  const found = lists(paragraph);
  assert.equal(found.length, 1, `expected one list, got ${found.length}`);
  return { intro: found[0]!.intro.text, entries: found[0]!.entries.map(summarize) };
}

/** The entries of the paragraph's only list: `Name <title | title>` for a person, the text of a group. */
function entriesOf(paragraph: string): string[] {
  const found = lists(paragraph);
  assert.equal(found.length, 1, `expected one list, got ${found.length}`);
  return found[0]!.entries.map((entry) => (entry.kind === 'person' ? `${entry.name.text} <${entry.titles.map((title) => title.text).join(' | ')}>` : entry.text));
}

const SEED_SENTENCE =
  'Tham dự buổi lễ có ông Đoàn Thanh Bình – Giám đốc Sở Thông tin và Truyền thông, ông Huỳnh Minh Thức – Tỉnh uỷ viên, Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Tháp (Tỉnh đoàn), các đồng chí là lãnh đạo ban, bộ phận thuộc Tỉnh Đoàn, lãnh đạo phòng chuyên môn thuộc Sở Thông tin và Truyền thông và các đồng chí trong Tổ Tham vấn chuyển đổi số cộng đồng cấp tỉnh, các bạn đoàn viên, thanh niên trong Tổ Thanh niên chuyển đổi số cộng đồng của các đơn vị, thường trực các đơn vị trực thuộc Tỉnh đoàn, đại diện các doanh nghiệp Viettel Đồng Tháp, VNPT Đồng Tháp và Bưu điện Tỉnh.';

// --- The seed sample -------------------------------------------------------

test('seed sentence: two en-dash persons split at `, ông`, the rest groups', () => {
  assert.deepEqual(onlyList(SEED_SENTENCE), {
    intro: 'Tham dự buổi lễ có',
    entries: [
      { name: 'Đoàn Thanh Bình', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Giám đốc Sở Thông tin và Truyền thông'] },
      {
        name: 'Huỳnh Minh Thức',
        honorific: 'ông',
        separator: 'en-dash',
        separatorText: ' – ',
        titles: ['Tỉnh uỷ viên', 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Tháp (Tỉnh đoàn)'],
      },
      { group: 'các đồng chí là lãnh đạo ban, bộ phận thuộc Tỉnh Đoàn' },
      { group: 'lãnh đạo phòng chuyên môn thuộc Sở Thông tin và Truyền thông' },
      { group: 'các đồng chí trong Tổ Tham vấn chuyển đổi số cộng đồng cấp tỉnh' },
      { group: 'các bạn đoàn viên, thanh niên trong Tổ Thanh niên chuyển đổi số cộng đồng của các đơn vị' },
      { group: 'thường trực các đơn vị trực thuộc Tỉnh đoàn' },
      { group: 'đại diện các doanh nghiệp Viettel Đồng Tháp, VNPT Đồng Tháp và Bưu điện Tỉnh' },
    ],
  });
});

test('seed paragraph: the list is found in the second sentence at the right offsets and stops before the final dot', () => {
  const first = 'Lễ ký kết được tổ chức tại hội trường Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp. ';
  const paragraph = first + SEED_SENTENCE;
  const [list] = lists(paragraph);
  assert.ok(list);
  assert.equal(list.start, first.length);
  assert.equal(list.end, paragraph.length - 1);
  assert.equal(list.entries.length, 8);
});

test('seed sentences without an attendance formula yield nothing', () => {
  assert.deepEqual(
    lists(
      'Nhân buổi lễ ký kết, Tỉnh đoàn cũng ra mắt giới thiệu Đội hình Tham vấn Chuyển đổi số cấp tỉnh có các thành viên là Sở Thông tin và Truyền thông, Ban Thường vụ Tỉnh đoàn, Viettel Đồng Tháp, VNPT Đồng Tháp, Bưu điện Tỉnh. Song song đó, Thành đoàn và Huyện đoàn của 12 huyện, thành phố trên địa bàn tỉnh cũng sẽ thành lập Đội hình Thanh niên Chuyển đổi số cấp huyện.',
    ),
    [],
  );
});

// --- Intro formulas --------------------------------------------------------

test('`Tham dự hội nghị có:` keeps the colon in the intro', () => {
  const { intro, entries } = onlyList('Tham dự hội nghị có: ông Lê Văn Tám – Giám đốc Sở Y tế.');
  assert.equal(intro, 'Tham dự hội nghị có:');
  assert.deepEqual(entries, [{ name: 'Lê Văn Tám', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Giám đốc Sở Y tế'] }]);
});

for (const { formula, paragraph, intro, persons, notAList } of [
  {
    formula: '`Chủ trì … có`',
    paragraph: 'Chủ trì họp báo có ông Nguyễn Văn Hiếu – Giám đốc Sở Giáo dục và Đào tạo; bà Phan Thị Mỹ Lệ, Phó Giám đốc Sở.',
    intro: 'Chủ trì họp báo có',
    persons: ['Nguyễn Văn Hiếu|en-dash', 'Phan Thị Mỹ Lệ|comma'],
    notAList: 'Chủ trì hội nghị, ông Nguyễn Văn Hiếu – Giám đốc Sở nhấn mạnh kết quả đạt được.',
  },
  {
    formula: '`Tham gia … có:` (people first)',
    paragraph: 'Tham gia trả lời câu hỏi của phóng viên có: bà Vũ Thị Mai, Trưởng phòng Quản lý du lịch; ông Trần Đức Long – Giám đốc Trung tâm Xúc tiến du lịch tỉnh.',
    intro: 'Tham gia trả lời câu hỏi của phóng viên có:',
    persons: ['Vũ Thị Mai|comma', 'Trần Đức Long|en-dash'],
    notAList: 'Tham gia chương trình có nhiều hoạt động văn hóa, thể thao sôi nổi.',
  },
]) {
  test(`${formula} opens a list, and a sentence without it or without people does not`, () => {
    const list = onlyList(paragraph);
    assert.equal(list.intro, intro);
    assert.deepEqual(
      list.entries.map((entry) => ('name' in entry ? `${entry.name}|${entry.separator}` : entry.group)),
      persons,
    );
    assert.deepEqual(findParticipantLists(notAList), []);
  });
}

test('`Môi trường` before a name closes a body (`Sở Nông nghiệp và Môi trường`), it names no school', () => {
  assert.deepEqual(
    entriesOf('Dự buổi lễ có Phó Chủ tịch UBND tỉnh Trần Hoàng Khải, Giám đốc Sở Nông nghiệp và Môi trường Huỳnh Quốc Thạnh, Bí thư Đảng ủy xã Đất Mũi Nguyễn Thị Kiều.'),
    ['Trần Hoàng Khải <Phó Chủ tịch UBND tỉnh>', 'Huỳnh Quốc Thạnh <Giám đốc Sở Nông nghiệp và Môi trường>', 'Nguyễn Thị Kiều <Bí thư Đảng ủy xã Đất Mũi>'],
  );
});

test('a Khmer name opening with `Sơn` closes a title-first person', () => {
  assert.deepEqual(
    entriesOf('Dự lễ có Phó Bí thư Thành ủy Lâm Văn Sol; Giám đốc Sở Dân tộc và Tôn giáo Sơn Minh Thắng; cùng đại diện các phường.'),
    ['Lâm Văn Sol <Phó Bí thư Thành ủy>', 'Sơn Minh Thắng <Giám đốc Sở Dân tộc và Tôn giáo>', 'cùng đại diện các phường'],
  );
});

test('`thành phố` before a name names no street, so the name closes a title-first person', () => {
  assert.deepEqual(
    entriesOf('Dự lễ có Phó Chủ tịch UBND thành phố Trần Thị Hòa Bình; Giám đốc Sở Y tế Lâm Văn Sol.'),
    ['Trần Thị Hòa Bình <Phó Chủ tịch UBND thành phố>', 'Lâm Văn Sol <Giám đốc Sở Y tế>'],
  );
});

test('a bare name takes the title after it, even one ending in a place that reads like a name (`xã Châu Quế`)', () => {
  assert.deepEqual(
    entriesOf('Tham dự có ông Lý Văn Sình, Phó Giám đốc Sở Nông nghiệp và Môi trường; bà Hoàng Thị Thu, Phó Chủ tịch UBND xã Châu Quế; cùng cán bộ các hợp tác xã.'),
    ['Lý Văn Sình <Phó Giám đốc Sở Nông nghiệp và Môi trường>', 'Hoàng Thị Thu <Phó Chủ tịch UBND xã Châu Quế>', 'cùng cán bộ các hợp tác xã'],
  );
});

test('a Korean given name joined by a hyphen is one name, not a name, a glued dash and a title', () => {
  const { entries } = onlyList('Về phía tỉnh Gangwon có ông Jeong Woo-jin, Phó Tỉnh trưởng tỉnh Gangwon; bà Kim Ji-yeon, Giám đốc Quỹ Du lịch Gangwon.');
  assert.deepEqual(
    entries.map((entry) => ('name' in entry ? `${entry.name}|${entry.separator}|${(entry.titles as string[]).join(';')}` : entry.group)),
    ['Jeong Woo-jin|comma|Phó Tỉnh trưởng tỉnh Gangwon', 'Kim Ji-yeon|comma|Giám đốc Quỹ Du lịch Gangwon'],
  );
});

test('`Tham dự … gồm:` with groups only, enumerated people nouns kept in one group', () => {
  assert.deepEqual(onlyList('Tham dự lớp tập huấn gồm: cán bộ, công chức các phòng chuyên môn, đại diện UBND các xã, thị trấn.'), {
    intro: 'Tham dự lớp tập huấn gồm:',
    entries: [{ group: 'cán bộ, công chức các phòng chuyên môn' }, { group: 'đại diện UBND các xã, thị trấn' }],
  });
});

test('`Dự buổi gặp mặt có` with title-first persons, a comma inside the organization of the second', () => {
  assert.deepEqual(
    onlyList('Dự buổi gặp mặt có Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng và Giám đốc Sở Văn hóa, Thể thao và Du lịch Trịnh Minh Châu.'),
    {
      intro: 'Dự buổi gặp mặt có',
      entries: [
        { name: 'Nguyễn Duy Hưng', separator: 'title-first', titles: ['Phó Chủ tịch UBND tỉnh'] },
        { name: 'Trịnh Minh Châu', separator: 'title-first', titles: ['Giám đốc Sở Văn hóa, Thể thao và Du lịch'] },
      ],
    },
  );
});

test('`Dự hội nghị có các đồng chí Thường trực HĐND tỉnh; …`: plural `các` entries are groups', () => {
  assert.deepEqual(onlyList('Dự hội nghị có các đồng chí Thường trực HĐND tỉnh; các Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành.'), {
    intro: 'Dự hội nghị có',
    entries: [{ group: 'các đồng chí Thường trực HĐND tỉnh' }, { group: 'các Phó Chủ tịch UBND tỉnh' }, { group: 'lãnh đạo các sở, ban, ngành' }],
  });
});

test('`Đến dự có` with mixed formulas in one list: each entry reports its own separator', () => {
  assert.deepEqual(onlyList('Đến dự có Phó Bí thư Thường trực Tỉnh ủy Phan Ngọc Thọ; Nguyễn Thị Ái Vân, Phó Chủ tịch HĐND tỉnh; Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình.'), {
    intro: 'Đến dự có',
    entries: [
      { name: 'Phan Ngọc Thọ', separator: 'title-first', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] },
      { name: 'Nguyễn Thị Ái Vân', separator: 'comma', separatorText: ', ', titles: ['Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Nguyễn Thanh Bình', separator: 'title-first', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ],
  });
});

test('`Đến dự và cắt băng … có các đồng chí:` with semicolon persons and a trailing `cùng đại diện` group', () => {
  assert.deepEqual(
    onlyList(
      'Đến dự và cắt băng lễ khai mạc có các đồng chí: Huỳnh Nghĩa, Phó Chủ tịch HĐND thành phố; Phùng Tấn Viết, Phó Chủ tịch UBND thành phố, cùng đại diện lãnh đạo các sở, ngành thành phố.',
    ),
    {
      intro: 'Đến dự và cắt băng lễ khai mạc có các đồng chí:',
      entries: [
        { name: 'Huỳnh Nghĩa', separator: 'comma', separatorText: ', ', titles: ['Phó Chủ tịch HĐND thành phố'] },
        { name: 'Phùng Tấn Viết', separator: 'comma', separatorText: ', ', titles: ['Phó Chủ tịch UBND thành phố'] },
        { group: 'cùng đại diện lãnh đạo các sở, ngành thành phố' },
      ],
    },
  );
});

test('`Cùng dự có` with a hyphen glued on both sides and one glued on the left', () => {
  assert.deepEqual(
    onlyList('Cùng dự có ông Nguyễn Khương Duy-Trưởng Phòng Khoa giáo, ông Đặng Văn Lượng -Chánh Văn phòng Sở Văn hóa, Thể thao và Du lịch.'),
    {
      intro: 'Cùng dự có',
      entries: [
        { name: 'Nguyễn Khương Duy', honorific: 'ông', separator: 'hyphen', separatorText: '-', titles: ['Trưởng Phòng Khoa giáo'] },
        { name: 'Đặng Văn Lượng', honorific: 'ông', separator: 'hyphen', separatorText: ' -', titles: ['Chánh Văn phòng Sở Văn hóa, Thể thao và Du lịch'] },
      ],
    },
  );
});

test('`Cùng tham gia đoàn có` with `đồng chí` persons separated by semicolons', () => {
  assert.deepEqual(onlyList('Cùng tham gia đoàn có đồng chí Phạm Thị Lan, Phó Giám đốc Sở Ngoại vụ; đồng chí Vũ Minh Tuấn, Trưởng phòng Hợp tác quốc tế.'), {
    intro: 'Cùng tham gia đoàn có',
    entries: [
      { name: 'Phạm Thị Lan', honorific: 'đồng chí', separator: 'comma', separatorText: ', ', titles: ['Phó Giám đốc Sở Ngoại vụ'] },
      { name: 'Vũ Minh Tuấn', honorific: 'đồng chí', separator: 'comma', separatorText: ', ', titles: ['Trưởng phòng Hợp tác quốc tế'] },
    ],
  });
});

test('`Về phía X có` twice in one sentence gives two lists, the second starting after `;`', () => {
  const paragraph = 'Về phía tỉnh Gia Lai có đồng chí Võ Ngọc Thành, Phó Chủ tịch UBND tỉnh; về phía tỉnh Attapeu (Lào) có ông Lê Văn Hùng, Phó Tỉnh trưởng.';
  const found = lists(paragraph);
  assert.deepEqual(
    found.map((list) => ({ intro: list.intro.text, names: list.entries.map((entry) => (entry.kind === 'person' ? entry.name.text : entry.text)) })),
    [
      { intro: 'Về phía tỉnh Gia Lai có', names: ['Võ Ngọc Thành'] },
      { intro: 'về phía tỉnh Attapeu (Lào) có', names: ['Lê Văn Hùng'] },
    ],
  );
  assert.equal(paragraph[found[0]!.end], ';');
});

test('`Tiếp và làm việc với Đoàn có đồng chí X– title`: en dash glued to the name', () => {
  assert.deepEqual(onlyList('Tiếp và làm việc với Đoàn có đồng chí Đỗ Ngọc Dũng– Giám đốc Sở Ngoại vụ.'), {
    intro: 'Tiếp và làm việc với Đoàn có',
    entries: [{ name: 'Đỗ Ngọc Dũng', honorific: 'đồng chí', separator: 'en-dash', separatorText: '– ', titles: ['Giám đốc Sở Ngoại vụ'] }],
  });
});

test('those who receive or go with a delegation: `Cùng tiếp đoàn có`, `Cùng đi với đoàn có`', () => {
  assert.deepEqual(onlyList('Cùng tiếp đoàn có các đồng chí Lâm Thị Hồng Vân, Phó Chủ tịch UBND thành phố; Huỳnh Văn Bảy, Giám đốc Sở Công Thương.'), {
    intro: 'Cùng tiếp đoàn có các đồng chí',
    entries: [
      { name: 'Lâm Thị Hồng Vân', separator: 'comma', separatorText: ', ', titles: ['Phó Chủ tịch UBND thành phố'] },
      { name: 'Huỳnh Văn Bảy', separator: 'comma', separatorText: ', ', titles: ['Giám đốc Sở Công Thương'] },
    ],
  });
  assert.deepEqual(entriesOf('Cùng đi với đoàn có ông Lê Hữu Phước – Phó Cục trưởng Cục Trồng trọt và Bảo vệ thực vật; cùng đại diện các vụ, cục chuyên môn của Bộ.'), [
    'Lê Hữu Phước <Phó Cục trưởng Cục Trồng trọt và Bảo vệ thực vật>',
    'cùng đại diện các vụ, cục chuyên môn của Bộ',
  ]);
  // `đoàn viên` is no delegation, and `cùng điều hành` no `cùng đi`.
  assert.deepEqual(lists('Tiếp đoàn viên thanh niên có nhiều ý kiến về việc làm.'), []);
  assert.deepEqual(lists('Cùng điều hành có ông Nguyễn Văn An, Giám đốc Sở Y tế.'), []);
});

test('`… gồm các đồng chí` before a name, without a colon, inside a sentence', () => {
  const found = lists('Đoàn công tác của Sở Y tế gồm các đồng chí Nguyễn Văn An, Giám đốc Sở; Lê Thị Hoa, Phó Giám đốc Sở, đã kiểm tra trạm y tế xã.');
  assert.deepEqual(
    found.map((list) => ({ intro: list.intro.text, names: list.entries.map((entry) => (entry.kind === 'person' ? entry.name.text : entry.text)) })),
    [{ intro: 'Đoàn công tác của Sở Y tế gồm các đồng chí', names: ['Nguyễn Văn An', 'Lê Thị Hoa'] }],
  );
  // Not before a surname (`các đồng chí lãnh đạo`), or not after `có`/`gồm` (`biểu dương các đồng chí …`): no list.
  assert.deepEqual(lists('Hội nghị có các đồng chí lãnh đạo sở, ngành tham dự.'), []);
  assert.deepEqual(lists('Sở đã biểu dương các đồng chí Lê Văn Ba và Trần Thị Tư vì có thành tích trong công tác phòng dịch.'), []);
});

test('`… có các đồng chí:` inside a longer sentence: the intro is its clause, and `TP.` does not end the sentence', () => {
  assert.deepEqual(
    onlyList(
      'Sáng 14/5, tại TP. Hồ Chí Minh, Quốc hội tổ chức phiên họp, chủ trì có các đồng chí: Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội Bùi Văn Cường; Phó Chủ tịch Quốc hội Nguyễn Đức Hải.',
    ),
    {
      intro: 'chủ trì có các đồng chí:',
      entries: [
        { name: 'Bùi Văn Cường', separator: 'title-first', titles: ['Tổng Thư ký Quốc hội', 'Chủ nhiệm Văn phòng Quốc hội'] },
        { name: 'Nguyễn Đức Hải', separator: 'title-first', titles: ['Phó Chủ tịch Quốc hội'] },
      ],
    },
  );
});

test('list before the verb: `Các đồng chí: …; … dự.` drops the verb and keeps a stray `;` inside one person', () => {
  assert.deepEqual(
    onlyList('Các đồng chí: Trần Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HDND tỉnh; Trần Thị Vân, Phó trưởng Đoàn ĐBQH tỉnh dự.'),
    {
      intro: 'Các đồng chí:',
      entries: [
        { name: 'Trần Thị Hằng', separator: 'comma', separatorText: ', ', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực HDND tỉnh'] },
        { name: 'Trần Thị Vân', separator: 'comma', separatorText: ', ', titles: ['Phó trưởng Đoàn ĐBQH tỉnh'] },
      ],
    },
  );
});

test('the stray `;` stays visible: the second title of the person follows a semicolon', () => {
  const paragraph = 'Các đồng chí: Trần Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HDND tỉnh dự.';
  const person = lists(paragraph)[0]!.entries[0] as PersonMatch;
  const second = person.titles[1]!;
  assert.equal(paragraph.slice(person.titles[0]!.end, second.start), '; ');
});

test('`Các đồng chí A, title, B, title chủ trì`: comma-only list still splits persons at each name', () => {
  assert.deepEqual(
    onlyList('Các đồng chí Hồ Thanh Sơn, Phó bí thư Thường trực Tỉnh ủy, Cao Tiến Dũng, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.'),
    {
      intro: 'Các đồng chí',
      entries: [
        { name: 'Hồ Thanh Sơn', separator: 'comma', separatorText: ', ', titles: ['Phó bí thư Thường trực Tỉnh ủy'] },
        { name: 'Cao Tiến Dũng', separator: 'comma', separatorText: ', ', titles: ['Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
      ],
    },
  );
});

test('a lowercase formula at a sentence start is still an intro', () => {
  assert.equal(onlyList('tham dự có ông Lê Văn Tám – Giám đốc Sở Y tế.').intro, 'tham dự có');
});

// --- Separators ------------------------------------------------------------

test('title-first: a place name closing the title is not part of the person name', () => {
  assert.deepEqual(
    onlyList('Tham dự Hội nghị có Quyền Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy, Phó Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Thị Hạnh và đại diện lãnh đạo các sở, ngành.'),
    {
      intro: 'Tham dự Hội nghị có',
      entries: [
        { name: 'Cao Tường Huy', separator: 'title-first', titles: ['Quyền Chủ tịch UBND tỉnh Quảng Ninh'] },
        { name: 'Nguyễn Thị Hạnh', separator: 'title-first', titles: ['Phó Chủ tịch UBND tỉnh Quảng Ninh'] },
        { group: 'đại diện lãnh đạo các sở, ngành' },
      ],
    },
  );
});

test('title-first: places that start with a surname syllable (`Hà Nam`, `Cao Lãnh`) stay in the title', () => {
  assert.deepEqual(onlyList('Tham dự có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Nam Lê Hùng và Chủ tịch UBND thành phố Cao Lãnh Ngô Văn Bình.').entries, [
    { name: 'Lê Hùng', separator: 'title-first', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Hà Nam'] },
    { name: 'Ngô Văn Bình', separator: 'title-first', titles: ['Chủ tịch UBND thành phố Cao Lãnh'] },
  ]);
});

test('hyphen as both name–title and title–title separator', () => {
  assert.deepEqual(onlyList('Tham dự có ông Nguyễn Đức Trung - Phó bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Nghệ An.').entries, [
    { name: 'Nguyễn Đức Trung', honorific: 'ông', separator: 'hyphen', separatorText: ' - ', titles: ['Phó bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Nghệ An'] },
  ]);
});

test('a hyphen inside an organization name does not split the title', () => {
  assert.deepEqual(onlyList('Tham dự có bà Lê Thị Thu - Giám đốc Sở Lao động - Thương binh và Xã hội.').entries, [
    { name: 'Lê Thị Thu', honorific: 'bà', separator: 'hyphen', separatorText: ' - ', titles: ['Giám đốc Sở Lao động - Thương binh và Xã hội'] },
  ]);
});

test('hyphen glued to the name (`Long- Thứ trưởng`) and a double space after a hyphen keep their exact text', () => {
  assert.deepEqual(onlyList('Tham dự có ông Nguyễn Thanh Long- Thứ trưởng Bộ Y tế, ông Lê Văn Chỉnh -  Giám đốc Sở Y tế.').entries, [
    { name: 'Nguyễn Thanh Long', honorific: 'ông', separator: 'hyphen', separatorText: '- ', titles: ['Thứ trưởng Bộ Y tế'] },
    { name: 'Lê Văn Chỉnh', honorific: 'ông', separator: 'hyphen', separatorText: ' -  ', titles: ['Giám đốc Sở Y tế'] },
  ]);
});

test('separatorText spans exactly the characters between name and title', () => {
  const paragraph = 'Tham dự có ông Nguyễn Khương Duy-Trưởng Phòng Khoa giáo.';
  const person = lists(paragraph)[0]!.entries[0] as PersonMatch;
  assert.equal(person.separatorText!.start, person.name.end);
  assert.equal(person.separatorText!.end, person.titles[0]!.start);
});

test('three separator styles in one list, as in a ministry release', () => {
  assert.deepEqual(
    onlyList('Tham dự hội nghị có: PGS. TS Nguyễn Thị Xuyên – Thứ trưởng Bộ Y tế, ông Nguyễn Thanh Long- Thứ trưởng Bộ Y tế, TS. Trần Văn Thuấn, Thứ trưởng Bộ Y tế.').entries.map(
      (entry) => [entry['name'], entry['separator'], entry['separatorText']],
    ),
    [
      ['Nguyễn Thị Xuyên', 'en-dash', ' – '],
      ['Nguyễn Thanh Long', 'hyphen', '- '],
      ['Trần Văn Thuấn', 'comma', ', '],
    ],
  );
});

test('reversed order `title - name` keeps the dash as the separator, titles before the name', () => {
  const paragraph = 'Tham dự có đồng chí Phó Giám đốc Sở Nội vụ - Nguyễn Thị Mai Thương và đại diện các phòng chuyên môn.';
  assert.deepEqual(onlyList(paragraph).entries, [
    { name: 'Nguyễn Thị Mai Thương', honorific: 'đồng chí', separator: 'hyphen', separatorText: ' - ', titles: ['Phó Giám đốc Sở Nội vụ'] },
    { group: 'đại diện các phòng chuyên môn' },
  ]);
  const person = lists(paragraph)[0]!.entries[0] as PersonMatch;
  assert.ok(person.titles[0]!.end < person.name.start);
});

test('semicolon-separated persons with several titles each', () => {
  assert.deepEqual(
    onlyList(
      'Tham dự buổi làm việc có đồng chí Lê Hồng Vinh - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; Nguyễn Thị Thu Hường - Giám đốc Sở Kế hoạch và Đầu tư, Tổ trưởng Tổ công tác; Trần Văn Hòa - Phó Giám đốc Sở Tài chính.',
    ).entries,
    [
      { name: 'Lê Hồng Vinh', honorific: 'đồng chí', separator: 'hyphen', separatorText: ' - ', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
      { name: 'Nguyễn Thị Thu Hường', separator: 'hyphen', separatorText: ' - ', titles: ['Giám đốc Sở Kế hoạch và Đầu tư', 'Tổ trưởng Tổ công tác'] },
      { name: 'Trần Văn Hòa', separator: 'hyphen', separatorText: ' - ', titles: ['Phó Giám đốc Sở Tài chính'] },
    ],
  );
});

test('mixed en dash, comma and title-first across semicolons', () => {
  assert.deepEqual(
    onlyList('Tham dự hội nghị có ông Nguyễn Văn Nam – Giám đốc Sở Tài chính; bà Lê Thị Hoa, Phó Giám đốc Sở Tài chính; Phó Chủ tịch UBND tỉnh Trần Văn Lâm.').entries.map(
      (entry) => entry['separator'],
    ),
    ['en-dash', 'comma', 'title-first'],
  );
});

test('comma-only list: a bare name takes the next title even when a title-first person follows', () => {
  assert.deepEqual(
    onlyList('Tham dự có ông Nguyễn Văn An, Giám đốc Sở Y tế, Nguyễn Văn Bình, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Trần Văn Cường.').entries,
    [
      { name: 'Nguyễn Văn An', honorific: 'ông', separator: 'comma', separatorText: ', ', titles: ['Giám đốc Sở Y tế'] },
      { name: 'Nguyễn Văn Bình', separator: 'comma', separatorText: ', ', titles: ['Ủy viên BTV Tỉnh ủy'] },
      { name: 'Trần Văn Cường', separator: 'title-first', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ],
  );
});

test('a title written after a title-first name stays with that person', () => {
  const paragraph = 'Tham dự có Phó Chủ tịch UBND tỉnh Nguyễn Duy Hưng, Trưởng ban Chỉ đạo phòng chống thiên tai tỉnh.';
  assert.deepEqual(onlyList(paragraph).entries, [
    { name: 'Nguyễn Duy Hưng', separator: 'title-first', titles: ['Phó Chủ tịch UBND tỉnh', 'Trưởng ban Chỉ đạo phòng chống thiên tai tỉnh'] },
  ]);
});

// --- Honorifics and prefixes -----------------------------------------------

test('honorifics are kept as written, including a capitalized `Ông` mid-sentence', () => {
  assert.deepEqual(
    onlyList('Tham dự có Ông Trần Văn Nam – Giám đốc Sở Lao động - Thương binh và Xã hội và bà Lê Thị Thu – Phó Giám đốc Sở.').entries.map((entry) => [
      entry['honorific'],
      entry['name'],
      entry['titles'],
    ]),
    [
      ['Ông', 'Trần Văn Nam', ['Giám đốc Sở Lao động - Thương binh và Xã hội']],
      ['bà', 'Lê Thị Thu', ['Phó Giám đốc Sở']],
    ],
  );
});

test('`Đồng chí` capitalized and a name with toned capitals', () => {
  assert.deepEqual(onlyList('Tham dự có Đồng chí Âu Thị Ý Nhi – Phó Chủ tịch UBND huyện; ông Lưu Ánh Ơn – Trưởng phòng Nội vụ.').entries, [
    { name: 'Âu Thị Ý Nhi', honorific: 'Đồng chí', separator: 'en-dash', separatorText: ' – ', titles: ['Phó Chủ tịch UBND huyện'] },
    { name: 'Lưu Ánh Ơn', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Trưởng phòng Nội vụ'] },
  ]);
});

test('academic prefixes sit left of the name and are not part of it', () => {
  const paragraph = 'Tham dự có PGS.TS. Nguyễn Văn Bình, Hiệu trưởng Trường Đại học Y; ông TS. Trần Minh Đức – Giám đốc Bệnh viện tỉnh.';
  assert.deepEqual(onlyList(paragraph).entries, [
    { name: 'Nguyễn Văn Bình', academic: 'PGS.TS.', separator: 'comma', separatorText: ', ', titles: ['Hiệu trưởng Trường Đại học Y'] },
    { name: 'Trần Minh Đức', honorific: 'ông', academic: 'TS.', separator: 'en-dash', separatorText: ' – ', titles: ['Giám đốc Bệnh viện tỉnh'] },
  ]);
});

test('an academic prefix between a leading title and the name', () => {
  assert.deepEqual(onlyList('Tham dự có Thứ trưởng Bộ Y tế PGS.TS Trần Văn Thuấn.').entries, [
    { name: 'Trần Văn Thuấn', academic: 'PGS.TS', separator: 'title-first', titles: ['Thứ trưởng Bộ Y tế'] },
  ]);
});

test('persons named without a title have no titles and no separator text', () => {
  assert.deepEqual(onlyList('Tham dự có ông Nguyễn Văn Hải và bà Trần Thị Mai.').entries, [
    { name: 'Nguyễn Văn Hải', honorific: 'ông', separator: 'title-first', titles: [] },
    { name: 'Trần Thị Mai', honorific: 'bà', separator: 'title-first', titles: [] },
  ]);
});

test('`bà con` is a group, not the honorific `bà`', () => {
  assert.deepEqual(onlyList('Tham dự có ông Nguyễn Văn Hải – Chủ tịch UBND xã và bà con nhân dân trên địa bàn.').entries, [
    { name: 'Nguyễn Văn Hải', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Chủ tịch UBND xã'] },
    { group: 'bà con nhân dân trên địa bàn' },
  ]);
});

// --- Groups ----------------------------------------------------------------

test('commas inside a group do not split it into persons', () => {
  assert.deepEqual(onlyList('Tham dự có ông Phạm Văn Lực, Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ban, ngành, địa phương.').entries, [
    { name: 'Phạm Văn Lực', honorific: 'ông', separator: 'comma', separatorText: ', ', titles: ['Phó Chủ tịch UBND tỉnh'] },
    { group: 'lãnh đạo các sở, ban, ngành, địa phương' },
  ]);
});

test('`cùng` opens a group with or without a comma before it, and keeps the word', () => {
  assert.deepEqual(onlyList('Tham dự có ông Trần Quốc Toản – Giám đốc Sở Nội vụ cùng đại diện lãnh đạo các sở, ngành tỉnh.').entries, [
    { name: 'Trần Quốc Toản', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Giám đốc Sở Nội vụ'] },
    { group: 'cùng đại diện lãnh đạo các sở, ngành tỉnh' },
  ]);
});

test('a redundant `tới dự` at the end is not part of the last group', () => {
  assert.deepEqual(onlyList('Tham dự có đồng chí Nguyễn Văn Tuấn, Phó Chủ tịch UBND tỉnh, cùng đông đảo cán bộ, hội viên Hội Nông dân tỉnh tới dự.').entries, [
    { name: 'Nguyễn Văn Tuấn', honorific: 'đồng chí', separator: 'comma', separatorText: ', ', titles: ['Phó Chủ tịch UBND tỉnh'] },
    { group: 'cùng đông đảo cán bộ, hội viên Hội Nông dân tỉnh' },
  ]);
});

test('a `;` inside parentheses splits neither the list nor the title', () => {
  assert.deepEqual(
    onlyList('Tham dự có ông Nguyễn Văn An – Giám đốc Sở Nội vụ (kiêm Trưởng ban Thi đua; Tổ trưởng Tổ công tác); bà Trần Thị Bình – Phó Giám đốc Sở Y tế.').entries,
    [
      { name: 'Nguyễn Văn An', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Giám đốc Sở Nội vụ (kiêm Trưởng ban Thi đua; Tổ trưởng Tổ công tác)'] },
      { name: 'Trần Thị Bình', honorific: 'bà', separator: 'en-dash', separatorText: ' – ', titles: ['Phó Giám đốc Sở Y tế'] },
    ],
  );
});

test('a sentence of the paragraph without an attendance formula is skipped, the one with it is read', () => {
  const paragraph = 'Hội nghị diễn ra trong hai ngày 14.4 và 15.4. Tham dự có ông Lê Văn Hải – Giám đốc Sở Tư pháp. Hội nghị bế mạc lúc 17 giờ.';
  assert.deepEqual(onlyList(paragraph), {
    intro: 'Tham dự có',
    entries: [{ name: 'Lê Văn Hải', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Giám đốc Sở Tư pháp'] }],
  });
});

test('a people noun after a person opens a group; a number opens one too', () => {
  assert.deepEqual(onlyList('Tham dự có ông Nguyễn Văn Tuấn – Phó Chủ tịch UBND tỉnh, cán bộ các phòng và 150 đoàn viên.').entries, [
    { name: 'Nguyễn Văn Tuấn', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Phó Chủ tịch UBND tỉnh'] },
    { group: 'cán bộ các phòng' },
    { group: '150 đoàn viên' },
  ]);
});

test('a list made of one group', () => {
  assert.deepEqual(onlyList('Tham dự buổi lễ có hơn 200 đại biểu đến từ các sở, ngành, địa phương.'), {
    intro: 'Tham dự buổi lễ có',
    entries: [{ group: 'hơn 200 đại biểu đến từ các sở, ngành, địa phương' }],
  });
});

test('a school or firm named like a person is not a person', () => {
  assert.deepEqual(onlyList('Tham dự có Hiệu trưởng Trường THPT Lê Quý Đôn, đại diện Hội Cha mẹ học sinh.').entries, [
    { group: 'Hiệu trưởng Trường THPT Lê Quý Đôn' },
    { group: 'đại diện Hội Cha mẹ học sinh' },
  ]);
  assert.deepEqual(onlyList('Tham dự có Giám đốc Công ty Hoàng Anh.').entries, [{ group: 'Giám đốc Công ty Hoàng Anh' }]);
});

// --- Sentence boundaries ---------------------------------------------------

test('the list stops at the sentence end; the next sentence and a `./.` end mark are left out', () => {
  const paragraph = 'Tham dự có ông Lê Văn Tám – Giám đốc Sở Y tế. Hội nghị thu hút 1.000 lượt người theo dõi trực tuyến./.';
  const found = lists(paragraph);
  assert.equal(found.length, 1);
  assert.equal(paragraph.slice(found[0]!.start, found[0]!.end), 'Tham dự có ông Lê Văn Tám – Giám đốc Sở Y tế');
});

test('abbreviation dots (`TP. Cần Thơ`, `TP.HCM`) inside a list do not end it', () => {
  assert.deepEqual(onlyList('Tham dự có ông Lê Minh Khôi – Giám đốc Sở Xây dựng TP. Cần Thơ, bà Võ Thị Hồng – Phó Chủ tịch UBND TP.HCM.').entries, [
    { name: 'Lê Minh Khôi', honorific: 'ông', separator: 'en-dash', separatorText: ' – ', titles: ['Giám đốc Sở Xây dựng TP. Cần Thơ'] },
    { name: 'Võ Thị Hồng', honorific: 'bà', separator: 'en-dash', separatorText: ' – ', titles: ['Phó Chủ tịch UBND TP.HCM'] },
  ]);
});

test('a missing space after a sentence dot (`tỉnh.Tham dự`) still starts a new sentence', () => {
  assert.equal(onlyList('Hội nghị diễn ra tại trụ sở UBND tỉnh.Tham dự có ông Lê Văn Tám – Giám đốc Sở Y tế.').intro, 'Tham dự có');
});

// --- No participants -------------------------------------------------------

test('paragraphs without a participants sentence return []', () => {
  for (const paragraph of [
    '',
    'Dự án có tổng vốn đầu tư 500 tỷ đồng.',
    'Dự kiến có khoảng 300 đại biểu tham dự.',
    'Về phía doanh nghiệp có nhiều kiến nghị về thủ tục hành chính.',
    'Tham dự hội nghị, các đại biểu đã có nhiều ý kiến đóng góp.',
    'Tham dự hội thảo có thể đăng ký trực tuyến trên Cổng thông tin điện tử tỉnh.',
    'Ông Nguyễn Văn Nam – Giám đốc Sở Tài chính phát biểu khai mạc hội nghị.',
    'Chiều 14/5, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024.',
  ]) {
    assert.deepEqual(lists(paragraph), [], paragraph);
  }
});

test('a rank before the name stays a title, and the separator is the one after the name', () => {
  assert.deepEqual(onlyList('Tham dự buổi lễ có Đại tá Nguyễn Văn Tuấn, Phó Giám đốc Công an tỉnh; bà Vũ Thị Thu Hương, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.').entries, [
    { name: 'Nguyễn Văn Tuấn', separator: 'comma', separatorText: ', ', titles: ['Đại tá', 'Phó Giám đốc Công an tỉnh'] },
    { name: 'Vũ Thị Thu Hương', separator: 'comma', honorific: 'bà', separatorText: ', ', titles: ['Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'] },
  ]);
});

test('a rank opens a person named without a common surname (`Thượng tá A Thiên - …`)', () => {
  assert.deepEqual(onlyList('Tham dự có Đại tá Nguyễn Văn Hùng - Chỉ huy trưởng BĐBP tỉnh; Thượng tá A Thiên - Chính trị viên Đồn Biên phòng Bờ Y.').entries, [
    { name: 'Nguyễn Văn Hùng', separator: 'hyphen', separatorText: ' - ', titles: ['Đại tá', 'Chỉ huy trưởng BĐBP tỉnh'] },
    { name: 'A Thiên', separator: 'hyphen', separatorText: ' - ', titles: ['Thượng tá', 'Chính trị viên Đồn Biên phòng Bờ Y'] },
  ]);
});

test('post first, then rank and name: one title-first person per post', () => {
  assert.deepEqual(onlyList('Tham dự có Giám đốc Công an tỉnh, Thiếu tướng Trần Văn Dũng; Phó Giám đốc Công an tỉnh, Đại tá Lê Minh Hải.').entries, [
    { name: 'Trần Văn Dũng', separator: 'title-first', titles: ['Giám đốc Công an tỉnh', 'Thiếu tướng'] },
    { name: 'Lê Minh Hải', separator: 'title-first', titles: ['Phó Giám đốc Công an tỉnh', 'Đại tá'] },
  ]);
});

test('ethnic-minority names: family names of the north and Tây Nguyên, `H’` names after an honorific', () => {
  assert.deepEqual(onlyList('Dự hội nghị có các đồng chí: Rah Lan Chung, Phó Chủ tịch UBND tỉnh; Tẩn Thị Mây, Chủ tịch Hội Nông dân xã; bà H’Yim Kđoh, Phó Chủ tịch UBND phường.').entries, [
    { name: 'Rah Lan Chung', separator: 'comma', separatorText: ', ', titles: ['Phó Chủ tịch UBND tỉnh'] },
    { name: 'Tẩn Thị Mây', separator: 'comma', separatorText: ', ', titles: ['Chủ tịch Hội Nông dân xã'] },
    { name: 'H’Yim Kđoh', separator: 'comma', honorific: 'bà', separatorText: ', ', titles: ['Phó Chủ tịch UBND phường'] },
  ]);
  // `Sầm` is a family name, `Sầm Sơn` a city.
  assert.deepEqual(onlyList('Dự có Chủ tịch UBND thành phố Sầm Sơn và đại diện các sở, ngành.').entries, [
    { group: 'Chủ tịch UBND thành phố Sầm Sơn' },
    { group: 'đại diện các sở, ngành' },
  ]);
});
