import type { Span } from '../model/types';
import { perModel, proseBlocks, type ProseBlock } from '../model/prose';
import { detectLegacyRuns, type LegacyEncoding, type LegacyRun } from '../lang/legacy-encodings';
import type { Rule } from '../types';

/**
 * Text the encoding rules read: each prose block's plain text, and the front
 * matter's YAML (titles and names are pasted there too), with the way back
 * to the source.
 */
export interface TextSegment {
  readonly text: string;
  /** Source span of the text range `[start, end)`. */
  span(start: number, end: number): Span;
  /** True when the range maps one-to-one onto the source, so that a fix there is safe. */
  isExact(start: number, end: number): boolean;
  /** The legacy-encoded runs of the text, found once and shared by the encoding rules. */
  readonly legacyRuns: LegacyRun[];
  /** False when the text is known to hold no unusual character (see `ProseWords.unusual`): the rules looking for one skip it. */
  readonly unusual: boolean;
}

class YamlSegment implements TextSegment {
  /** Not known: the front matter is not tokenized. */
  readonly unusual = true;
  private runs: LegacyRun[] | undefined;

  constructor(
    readonly text: string,
    private readonly start: number,
  ) {}

  span(start: number, end: number): Span {
    return { start: this.start + start, end: this.start + end };
  }

  isExact(): boolean {
    return true;
  }

  get legacyRuns(): LegacyRun[] {
    return (this.runs ??= detectLegacyRuns(this.text));
  }
}

class ProseSegment implements TextSegment {
  constructor(private readonly prose: ProseBlock) {}

  get text(): string {
    return this.prose.block.plain.text;
  }

  span(start: number, end: number): Span {
    return this.prose.block.plain.span(start, end);
  }

  isExact(start: number, end: number): boolean {
    return this.prose.block.plain.isExact(start, end);
  }

  get legacyRuns(): LegacyRun[] {
    return this.prose.legacyRuns;
  }

  get unusual(): boolean {
    return this.prose.unusual;
  }
}

/** The document's text for the encoding rules, built once per model. */
export const textSegments = perModel((doc): TextSegment[] => {
  const yaml = doc.frontMatter?.yamlSpan;
  const segments: TextSegment[] = yaml && yaml.end > yaml.start ? [new YamlSegment(doc.source.slice(yaml.start, yaml.end), yaml.start)] : [];
  for (const prose of proseBlocks(doc)) segments.push(new ProseSegment(prose));
  return segments;
});

/** True when `[start, end)` of the segment lies in legacy text: that is this rule's finding, not another's. */
export function isInLegacyRun(segment: TextSegment, start: number, end: number): boolean {
  return segment.legacyRuns.some((run) => run.start < end && start < run.end);
}

const ENCODING_NAME: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
  viqr: 'VIQR',
  'utf8-as-cp1252': 'UTF-8/Windows-1252',
};

const MESSAGE_ID: Record<LegacyEncoding, string> = { tcvn3: 'tcvn3', vni: 'vni', viqr: 'viqr', 'utf8-as-cp1252': 'utf8' };

const EXCERPT_LENGTH = 60;

/** A long run is quoted by its beginning and end. */
export function runExcerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const half = EXCERPT_LENGTH / 2;
  return `${text.slice(0, half)}…${text.slice(-half)}`;
}

const RELEASE_HEADER = '---\ntitle: Lễ ký kết chương trình phối hợp\n---\n\n';

export const encodingLegacy: Rule = {
  meta: {
    id: 'encoding-legacy',
    group: 'language',
    severity: 'error',
    fixable: true,
    docs: {
      summary: { vi: 'Chữ gõ bằng bảng mã cũ (TCVN3, VNI, VIQR) hoặc bị đọc sai bảng mã', en: 'Text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR) or read with the wrong encoding' },
      rationale: {
        vi: 'Văn bản điện tử của cơ quan nhà nước phải dùng Unicode (TCVN 6909:2001; Nghị định 30/2020/NĐ-CP). Đoạn chép từ tài liệu cũ gõ bằng phông .VnTime (TCVN3) hay VNI-Times hiện thành ký tự lạ (`Së Th«ng tin`, `Sôû Thoâng tin`); chữ VIQR giữ dấu bằng ký tự ASCII (`Vie^.t Nam`); chữ UTF-8 bị đọc nhầm thành Windows-1252 hiện thành `Nghá»‹`. Người đọc không đọc được, máy tìm kiếm không tìm thấy. Quy tắc tìm từng dòng, từng đoạn như vậy và chuyển về Unicode khi chắc chắn: chuyển ngược lại phải ra đúng đoạn cũ và kết quả phải là tiếng Việt viết đúng. Đoạn gõ bằng phông chữ hoa .VnTimeH được chuyển thành chữ hoa. Khi không chắc (mất ký tự khi dán, có nhiều cách đọc), quy tắc chỉ báo để người viết gõ lại.',
        en: 'Electronic documents of state bodies must be in Unicode (TCVN 6909:2001; Decree 30/2020/NĐ-CP). Text copied from old documents typed in .VnTime (TCVN3) or VNI-Times fonts shows as odd symbols (`Së Th«ng tin`, `Sôû Thoâng tin`); VIQR keeps its marks as ASCII characters (`Vie^.t Nam`); UTF-8 read as Windows-1252 shows as `Nghá»‹`. Readers cannot read it and search engines cannot find it. The rule finds each such line or run of words and converts it to Unicode when that is certain: converting back must give exactly the old text, and the result must be well-spelled Vietnamese. Runs typed in the .VnTimeH capitals font are converted to capitals. When it is not certain (characters lost in the paste, more than one reading) the rule only reports, for the writer to retype.',
      },
    },
    messages: {
      tcvn3: {
        vi: 'Chữ gõ bằng bảng mã TCVN3 (ABC) hiển thị sai: “{text}”. Chuyển sang Unicode: “{converted}”.',
        en: 'Text typed in the TCVN3 (ABC) encoding shows as garbage: “{text}”. Convert it to Unicode: “{converted}”.',
      },
      vni: {
        vi: 'Chữ gõ bằng bảng mã VNI-Windows hiển thị sai: “{text}”. Chuyển sang Unicode: “{converted}”.',
        en: 'Text typed in the VNI-Windows encoding shows as garbage: “{text}”. Convert it to Unicode: “{converted}”.',
      },
      viqr: {
        vi: 'Chữ viết kiểu VIQR, dấu ghi bằng ký tự ASCII: “{text}”. Viết bằng chữ Unicode có dấu: “{converted}”.',
        en: 'VIQR text, with the marks written as ASCII characters: “{text}”. Write it in Unicode letters: “{converted}”.',
      },
      utf8: {
        vi: 'Chữ Unicode (UTF-8) bị đọc nhầm thành Windows-1252: “{text}”. Sửa thành: “{converted}”.',
        en: 'Unicode (UTF-8) text read as Windows-1252: “{text}”. Correct it to: “{converted}”.',
      },
      unconvertible: {
        vi: '“{text}” là chữ {encoding} hiển thị sai nhưng không chuyển đổi tự động chắc chắn được (mất ký tự khi dán hoặc có nhiều cách đọc): gõ lại đoạn này bằng Unicode.',
        en: '“{text}” is {encoding} text shown with the wrong encoding, and it cannot be converted with certainty (characters lost in the paste, or more than one reading): retype it in Unicode.',
      },
    },
    defaults: {},
    examples: {
      valid: [
        {
          title: { vi: 'Văn bản Unicode, có tên và từ nước ngoài', en: 'Unicode text with foreign names and words' },
          text: `${RELEASE_HEADER}# Lễ ký kết chương trình phối hợp\n\nSáng 14/4, Sở Khoa học và Công nghệ tiếp đoàn chuyên gia của Zoë Müller (Zürich) và José Peña (España). Nhiệt độ 30°C, độ ẩm 80% ± 5%; © 2026 Cổng thông tin điện tử tỉnh.\n\nThe delegation said: “We’re glad to be here, e.g. for the café talks.”\n`,
        },
        {
          title: { vi: 'Tiêu đề viết hoa và chữ hoa có dấu', en: 'An all-caps headline with toned capitals' },
          text: '# ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP TỔ CHỨC HỘI NGHỊ\n\nHội nghị diễn ra tại hội trường UBND tỉnh.\n',
        },
      ],
      invalid: [
        {
          title: { vi: 'Đoạn chép từ tài liệu TCVN3 (.VnTime)', en: 'A line pasted from a TCVN3 (.VnTime) document' },
          text: `${RELEASE_HEADER}Lễ ký kết có sự tham dự của lãnh đạo hai đơn vị.\n\nLÔ ký kÕt gi÷a Së Th«ng tin vµ TruyÒn th«ng vµ TØnh ®oµn.\n`,
          expect: [{ messageId: 'tcvn3', line: 7 }],
          output: `${RELEASE_HEADER}Lễ ký kết có sự tham dự của lãnh đạo hai đơn vị.\n\nLễ ký kết giữa Sở Thông tin và Truyền thông và Tỉnh đoàn.\n`,
        },
        {
          title: { vi: 'Tiêu đề gõ bằng phông chữ hoa .VnTimeH', en: 'A headline typed in the .VnTimeH capitals font' },
          text: '# UBND TØNH §åNG TH¸P\n\nHội nghị diễn ra tại hội trường UBND tỉnh.\n',
          expect: [{ messageId: 'tcvn3', line: 1 }],
          output: '# UBND TỈNH ĐỒNG THÁP\n\nHội nghị diễn ra tại hội trường UBND tỉnh.\n',
        },
        {
          title: { vi: 'Đoạn gõ bằng VNI-Windows', en: 'A line typed in VNI-Windows' },
          text: `${RELEASE_HEADER}Sôû Thoâng tin vaø Truyeàn thoâng toå chöùc leã kyù keát.\n`,
          expect: [{ messageId: 'vni', line: 5 }],
          output: `${RELEASE_HEADER}Sở Thông tin và Truyền thông tổ chức lễ ký kết.\n`,
        },
        {
          title: { vi: 'Tên viết kiểu VIQR', en: 'A name written in VIQR' },
          text: `${RELEASE_HEADER}Phát biểu tại buổi lễ, ông Nguye^~n Va(n Cu+o+\`ng cho biết chương trình kéo dài 5 năm.\n`,
          expect: [{ messageId: 'viqr', line: 5 }],
          output: `${RELEASE_HEADER}Phát biểu tại buổi lễ, ông Nguyễn Văn Cường cho biết chương trình kéo dài 5 năm.\n`,
        },
        {
          title: { vi: 'Chữ UTF-8 bị đọc thành Windows-1252', en: 'UTF-8 read as Windows-1252' },
          text: `${RELEASE_HEADER}Căn cứ Nghá»‹ Ä‘á»‹nh số 30/2020/NĐ-CP của Chính phủ.\n`,
          expect: [{ messageId: 'utf8', line: 5 }],
          output: `${RELEASE_HEADER}Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ.\n`,
        },
        {
          title: { vi: 'Mất ký tự khi dán: chỉ báo, không sửa', en: 'Characters lost in the paste: reported, not fixed' },
          text: `${RELEASE_HEADER}Sá»Ÿ ThÃ´ng tin vÃ  Truyá»n thÃ´ng tá»‰nh Äá»“ng ThÃ¡p.\n`,
          expect: [{ messageId: 'unconvertible', line: 5 }],
        },
      ],
    },
  },
  check({ doc, report }) {
    for (const segment of textSegments(doc)) {
      for (const run of segment.legacyRuns) {
        const text = segment.text.slice(run.start, run.end);
        const data = { text: runExcerpt(text), encoding: ENCODING_NAME[run.encoding], converted: runExcerpt(run.converted ?? '') };
        const span = segment.span(run.start, run.end);
        if (run.converted === undefined) {
          report({ messageId: 'unconvertible', data, ...span });
          continue;
        }
        const fix = segment.isExact(run.start, run.end) ? { fix: { ...span, text: run.converted } } : {};
        report({ messageId: MESSAGE_ID[run.encoding], data, ...span, ...fix });
      }
    }
  },
};
