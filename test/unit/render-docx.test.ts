/**
 * The Word export, read back from the .docx: page, fonts and sizes of the
 * formal layout (Nghị định 30/2020, Phụ lục I), the article layout with its
 * photos, and whether LibreOffice opens the file.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildModel } from '../../src/core/model/build';
import { renderDocx } from '../../src/core/render/docx';
import { modelOf, repositoryRoot } from './render-support';

/** The parts of a .docx package as text (XML) or bytes (media). */
class DocxPackage {
  private readonly files: Record<string, Uint8Array>;

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }

  names(): string[] {
    return Object.keys(this.files);
  }

  xml(name: string): string {
    const file = this.files[name];
    assert.ok(file, `${name} is in the package`);
    return strFromU8(file);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface WordParagraph {
  xml: string;
  text: string;
}

/** The paragraphs (`w:p`, never nested) of a WordprocessingML part, with their visible text. */
function paragraphsOf(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    xml: paragraph,
    text: [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!.replace(/&(\w+);/g, (_, name: string) => ENTITIES[name]!)).join(''),
  }));
}

function paragraph(paragraphs: WordParagraph[], text: string): WordParagraph {
  const found = paragraphs.filter((candidate) => candidate.text === text);
  assert.equal(found.length, 1, `one paragraph reads "${text}"`);
  return found[0]!;
}

/** Run formatting of a paragraph whose runs are all formatted alike. */
function runFormat(found: WordParagraph): { size: number; bold: boolean; italic: boolean; underline: boolean } {
  const sizes = new Set([...found.xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((match) => Number(match[1])));
  assert.equal(sizes.size, 1, `one size in "${found.text}"`);
  return {
    size: [...sizes][0]!,
    bold: found.xml.includes('<w:b/>'),
    italic: found.xml.includes('<w:i/>'),
    underline: found.xml.includes('<w:u w:val="single"/>'),
  };
}

const loadExampleImage = (url: string): Uint8Array | undefined => {
  const path = join(repositoryRoot, 'examples', url);
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
};

describe('docx: formal press release (examples/vn-press-release.md)', () => {
  let bytes: Uint8Array;
  let docx: DocxPackage;
  let document: string;
  let paragraphs: WordParagraph[];

  before(async () => {
    ({ bytes } = await renderDocx(modelOf('examples/vn-press-release.md')));
    docx = new DocxPackage(bytes);
    document = docx.xml('word/document.xml');
    paragraphs = paragraphsOf(document);
  });

  it('sets A4 with margins top and bottom 20 mm, left 30 mm, right 15 mm, and no page number on page 1', () => {
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    assert.match(document, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    assert.match(document, /<w:titlePg\/>/);
    const headers = docx.names().filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => docx.xml(name));
    assert.equal(headers.filter((header) => header.includes('<w:instrText xml:space="preserve">PAGE</w:instrText>')).length, 1, 'one header numbers the pages');
    assert.match(document, /<w:headerReference w:type="first"/);
  });

  it('writes every run in Times New Roman, also as the document default', () => {
    const fonts = new Set([...document.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((match) => match[1]));
    assert.deepEqual([...fonts], ['w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"']);
    const runs = document.match(/<w:r>/g)!.length;
    assert.equal(document.match(/<w:rFonts /g)!.length, runs, 'each run names its font');
    assert.match(docx.xml('word/styles.xml'), /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
  });

  it('opens with the header as a borderless two-column table', () => {
    assert.match(document, /<w:body><w:tbl>/);
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0];
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(header)![1]!;
    assert.deepEqual([...borders.matchAll(/w:val="(\w+)"/g)].map((match) => match[1]), ['none', 'none', 'none', 'none', 'none', 'none']);
    const columns = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    assert.equal(columns.length, 2);
    assert.equal(columns[0]! + columns[1]!, 11906 - 1701 - 850, 'the table spans the text width');
    const cells = [...header.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => paragraphsOf(cell).map((found) => found.text).filter(Boolean));
    assert.deepEqual(cells, [
      ['UBND TỈNH ĐỒNG THÁP', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 05/TCBC-SKHCN'],
      ['Đồng Tháp, ngày 10 tháng 4 năm 2026'],
    ]);
  });

  it('sizes and styles the header elements as §1.2 says', () => {
    assert.deepEqual(runFormat(paragraph(paragraphs, 'UBND TỈNH ĐỒNG THÁP')), { size: 24, bold: false, italic: false, underline: false });
    assert.deepEqual(runFormat(paragraph(paragraphs, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ')), { size: 24, bold: true, italic: false, underline: false });
    assert.deepEqual(runFormat(paragraph(paragraphs, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')), { size: 24, bold: true, italic: false, underline: false });
    assert.deepEqual(runFormat(paragraph(paragraphs, 'Độc lập - Tự do - Hạnh phúc')), { size: 26, bold: true, italic: false, underline: true });
    assert.deepEqual(runFormat(paragraph(paragraphs, 'Số: 05/TCBC-SKHCN')), { size: 26, bold: false, italic: false, underline: false });
    assert.deepEqual(runFormat(paragraph(paragraphs, 'Đồng Tháp, ngày 10 tháng 4 năm 2026')), { size: 28, bold: false, italic: true, underline: false });
    // The short line under the issuing agency: an empty paragraph with a bottom border, indented to a third of the column.
    const agencyIndex = paragraphs.findIndex((found) => found.text === 'SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    assert.match(paragraphs[agencyIndex + 1]!.xml, /<w:pBdr><w:bottom w:val="single"/);
  });

  it('prints the type name and summary in bold, then the body justified with a first-line indent', () => {
    assert.deepEqual(runFormat(paragraph(paragraphs, 'THÔNG CÁO BÁO CHÍ')), { size: 28, bold: true, italic: false, underline: false });
    const summary = paragraph(paragraphs, 'Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh Đồng Tháp quý I năm 2026');
    assert.deepEqual(runFormat(summary), { size: 28, bold: true, italic: false, underline: false });
    const body = paragraphs.filter((found) => found.xml.includes('<w:jc w:val="both"/>'));
    assert.equal(body.length, 6);
    assert.match(body[0]!.text, /^Ngày 10\/4\/2026, tại Trung tâm Hội nghị tỉnh/);
    assert.equal(body[5]!.text, 'Sở Khoa học và Công nghệ trân trọng thông báo đến các cơ quan báo chí./.');
    for (const found of body) {
      assert.match(found.xml, /<w:ind w:firstLine="720"\/>/);
      assert.deepEqual(runFormat(found), { size: 28, bold: false, italic: false, underline: false });
    }
  });

  it('puts the recipients at 12/11 pt beside the signature block, their wrapped lines under their text', () => {
    const closing = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1]![0];
    const [recipients, signer] = [...closing.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => paragraphsOf(cell).filter((found) => found.text));
    assert.deepEqual(runFormat(recipients![0]!), { size: 24, bold: true, italic: true, underline: false });
    assert.deepEqual(
      recipients!.map((found) => found.text),
      ['Nơi nhận:', '- Các cơ quan báo chí (để đưa tin);', '- Cổng Thông tin điện tử tỉnh;', '- UBND tỉnh (để báo cáo);', '- Giám đốc, các Phó Giám đốc Sở;', '- Lưu: VT, VP.'],
    );
    for (const entry of recipients!.slice(1)) {
      assert.equal(runFormat(entry).size, 22);
      assert.match(entry.xml, /<w:ind w:left="130" w:hanging="130"\/>/);
    }
    assert.doesNotMatch(recipients![0]!.xml, /<w:ind /, 'the label is not indented');
    assert.deepEqual(signer!.map((found) => found.text), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Huỳnh Văn Lộc']);
    for (const line of signer!) assert.deepEqual(runFormat(line), { size: 28, bold: true, italic: false, underline: false });
  });

  it('pads no cell of the header and closing tables, so Nơi nhận: starts flush with the text', () => {
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table);
    assert.equal(tables.length, 2);
    for (const table of tables) assert.match(table, /<w:tblCellMar><w:left w:type="dxa" w:w="0"\/><w:right w:type="dxa" w:w="0"\/><\/w:tblCellMar>/);
  });

  it('puts the contact line at the foot of page 1, under a solid line', () => {
    assert.match(document, /<w:footerReference w:type="first"/);
    const footer = docx.xml('word/footer1.xml');
    const [line] = paragraphsOf(footer);
    assert.equal(line!.text, 'Thông tin liên hệ: Trần Quốc Bảo – Chánh Văn phòng Sở Khoa học và Công nghệ; ĐT: 0273 3 872 145; Email: vanphong.skhcn@dongthap.gov.vn');
    assert.match(line!.xml, /<w:pBdr><w:top w:val="single"/);
    assert.equal(runFormat(line!).size, 22);
  });

  it('is opened by LibreOffice, which converts it to PDF', { skip: soffice() ? false : 'soffice not installed (Debian: libreoffice-writer-nogui)' }, () => {
    const pdf = convertToPdf(bytes, 'thong-cao.docx');
    assert.equal(strFromU8(pdf.subarray(0, 5)), '%PDF-');
    const text = pdfText(pdf);
    if (text !== undefined) {
      for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'THÔNG CÁO BÁO CHÍ', 'KT. GIÁM ĐỐC', 'Huỳnh Văn Lộc', 'Thông tin liên hệ']) assert.ok(text.includes(expected), expected);
    }
  });
});

describe('docx: portal article (examples/vn-news.md)', () => {
  let bytes: Uint8Array;
  let docx: DocxPackage;
  let paragraphs: WordParagraph[];
  let missingImages: string[];

  before(async () => {
    ({ bytes, missingImages } = await renderDocx(modelOf('examples/vn-news.md'), { loadImage: loadExampleImage }));
    docx = new DocxPackage(bytes);
    paragraphs = paragraphsOf(docx.xml('word/document.xml'));
  });

  it('prints the headline, date and bold lead, with no header table', () => {
    const document = docx.xml('word/document.xml');
    assert.doesNotMatch(document, /<w:tbl>/);
    assert.deepEqual(
      paragraphs.slice(0, 3).map((found) => found.text),
      ['Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn về chuyển đổi số', '14/04/2026', paragraphs[2]!.text],
    );
    assert.deepEqual(runFormat(paragraphs[0]!), { size: 32, bold: true, italic: false, underline: false });
    assert.match(paragraphs[2]!.text, /^Sáng 14\/4, tại Trung tâm Hội nghị tỉnh/);
    assert.equal(runFormat(paragraphs[2]!).bold, true);
  });

  it('embeds both photos at their aspect ratio, each followed by its centred italic caption', () => {
    assert.deepEqual(missingImages, []);
    assert.deepEqual(docx.names().filter((name) => name.startsWith('word/media/')).length, 2);
    const drawings = paragraphs.filter((found) => found.xml.includes('<w:drawing>'));
    assert.equal(drawings.length, 2);
    for (const drawing of drawings) {
      const [, width, height] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(drawing.xml)!;
      assert.equal(Number(width) / Number(height), 480 / 270);
      assert.match(drawing.xml, /<w:jc w:val="center"\/>/);
      const caption = paragraphs[paragraphs.indexOf(drawing) + 1]!;
      assert.match(caption.text, /Ảnh: Minh Tâm$/);
      assert.match(caption.xml, /<w:jc w:val="center"\/>/);
      assert.equal(runFormat(caption).italic, true);
    }
  });

  it('ends with the signature on the right', () => {
    const last = paragraphs.at(-1)!;
    assert.equal(last.text, 'Ngọc Hân – Sở Khoa học và Công nghệ');
    assert.match(last.xml, /<w:jc w:val="right"\/>/);
  });

  it('notes a photo it cannot read instead of failing', async () => {
    const result = await renderDocx(modelOf('examples/vn-news.md'), { loadImage: () => new TextEncoder().encode('not an image') });
    assert.deepEqual(result.missingImages, ['images/le-ky-ket.png', 'images/trai-nghiem-tien-ich-so.png']);
    const text = paragraphsOf(new DocxPackage(result.bytes).xml('word/document.xml')).map((found) => found.text);
    assert.ok(text.includes('Không hiển thị được ảnh: images/le-ky-ket.png'));
  });

  it('is opened by LibreOffice, which converts it to PDF', { skip: soffice() ? false : 'soffice not installed (Debian: libreoffice-writer-nogui)' }, () => {
    const pdf = convertToPdf(bytes, 'tin-bai.docx');
    assert.equal(strFromU8(pdf.subarray(0, 5)), '%PDF-');
  });
});

describe('docx: AP-style release (examples/en-press-release.md)', () => {
  it('keeps the release line, sections and end mark, in US English', async () => {
    const { bytes } = await renderDocx(modelOf('examples/en-press-release.md'));
    const docx = new DocxPackage(bytes);
    const paragraphs = paragraphsOf(docx.xml('word/document.xml')).map((found) => found.text);
    assert.equal(paragraphs[0], 'FOR IMMEDIATE RELEASE');
    assert.ok(paragraphs.includes('About Calder County Library District'));
    assert.equal(paragraphs.at(-1), '###');
    assert.match(docx.xml('word/styles.xml'), /<w:lang w:val="en-US"\/>/);
  });
});

describe('docx: Markdown a release may hold', () => {
  const export_ = async (body: string): Promise<DocxPackage> =>
    new DocxPackage((await renderDocx(buildModel(`---\nprofile: vn-press-release\nagency: Sở Y tế\n---\n\n# Về kết quả\n\n${body}`))).bytes);

  it('turns footnotes into Word footnotes, each note written once, its text kept', async () => {
    const docx = await export_('Đoạn một[^a] và đoạn hai[^b], nhắc lại[^a].\n\n[^a]: Số liệu tạm tính.\n\n[^b]: Theo Cục Thống kê.\n\nNội dung./.\n');
    const document = docx.xml('word/document.xml');
    assert.deepEqual([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => match[1]), ['1', '2', '1']);
    assert.doesNotMatch(paragraphsOf(document).map((found) => found.text).join('\n'), /\[a\]|\[b\]/);
    const notes = paragraphsOf(docx.xml('word/footnotes.xml')).map((found) => found.text);
    assert.deepEqual(notes.filter((text) => text !== ''), ['Số liệu tạm tính.', 'Theo Cục Thống kê.']);
  });

  it('keeps the spacing of a justified line that ends in a line break', async () => {
    const docx = await export_('Ông Nguyễn Văn An\\\nGiám đốc Sở./.\n');
    assert.match(docx.xml('word/settings.xml'), /<w:doNotExpandShiftReturn\/>/);
  });

  it('leaves space between a table and the paragraph after it', async () => {
    const document = (await export_('| Chỉ tiêu | Kết quả |\n| --- | --- |\n| Số ca | 12 |\n\nĐoạn sau bảng./.\n')).xml('word/document.xml');
    const afterTable = document.slice(document.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
    assert.match(afterTable, /^<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="160" w:lineRule="exact"\/><\/w:pPr><\/w:p>/);
  });
});

function soffice(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Converts with a throwaway LibreOffice profile, so runs in parallel never share one. */
function convertToPdf(bytes: Uint8Array, name: string): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'govpress-docx-'));
  writeFileSync(join(folder, name), bytes);
  execFileSync(soffice()!, [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, join(folder, name)], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdf = join(folder, name.replace(/\.docx$/, '.pdf'));
  assert.ok(existsSync(pdf), 'LibreOffice wrote the PDF');
  return new Uint8Array(readFileSync(pdf));
}

/** The PDF's text when pdftotext (poppler-utils) is installed. */
function pdfText(pdf: Uint8Array): string | undefined {
  const run = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
  return run.status === 0 ? run.stdout : undefined;
}
