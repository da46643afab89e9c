/**
 * Importing drafts: the real article as copied from the portal (against the
 * published sample, part by part), plain text, three portal article pages
 * in HTML, and Word documents built here with `docx` (one typed in .VnTime
 * fonts, one with photos and captions). Each import keeps every word of the
 * draft but the page chrome, which is checked on its own, and lints with
 * the defects the draft really has, no more.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Root, RootContent } from 'mdast';
import { draftFormat, formatImportReport, imageStem, importDraft, readDraft, readHtml, readText, summarizeImport } from '../../src/core/import/index';
import type { ImportResult } from '../../src/core/import/index';
import { toLegacy } from '../../src/core/lang/legacy-encodings';
import { lint } from '../../src/core/lint/engine';
import { buildModel } from '../../src/core/model/build';
import type { PressRelease } from '../../src/core/model/types';
import { parseMarkdown } from '../../src/core/parse';

const SHARED = join(__dirname, '..', '..', '..', 'shared');
const SEED = readFileSync(join(SHARED, 'seed', '000_b400185c69aafb36.txt'), 'utf8');
const SAMPLE = readFileSync(join(SHARED, 'samples', 'seed-as-published.md'), 'utf8');
/** Two different 1×1 PNG pictures. */
const RED_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4IScHAAK2AQU0pnWqAAAAAElFTkSuQmCC', 'base64');
const BLUE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQkzsBAAFiAQURG6MhAAAAAElFTkSuQmCC', 'base64');

// ---------------------------------------------------------------------------
// Helpers

/** The words of a text as a sorted list (a multiset), punctuation at their edges left out. */
function words(...texts: string[]): string[] {
  return texts
    .flatMap((text) => text.split(/\s+/u))
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .sort();
}

/** The words a reader of the release sees: its Markdown text, without the front matter and the images' alt text. */
function releaseWords(markdown: string): string[] {
  const texts: string[] = [];
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') texts.push(node.value);
      else if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit((parseMarkdown(markdown) as Root).children.filter((node) => node.type !== 'yaml'));
  return words(texts.join(' '));
}

function assertSameWords(actual: string[], expected: string[], what: string): void {
  const missing = expected.filter((word, index) => expected.indexOf(word) === index && count(actual, word) < count(expected, word));
  const extra = actual.filter((word, index) => actual.indexOf(word) === index && count(actual, word) > count(expected, word));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, what);
}

function count(list: readonly string[], word: string): number {
  return list.filter((item) => item === word).length;
}

/** Rule ids of the release's problems, sorted. */
function problems(markdown: string): string[] {
  return lint(markdown).messages.map((message) => message.ruleId).sort();
}

/** The parts of a model a writer recognizes, in comparable form. */
function parts(model: PressRelease) {
  return {
    title: model.title?.text,
    lead: model.lead?.plain.text.trim(),
    leadBold: model.lead?.bold,
    dateline: model.dateline?.text,
    vagueTime: model.vagueTime?.text,
    participants: model.participants.map((list) => ({
      intro: list.intro.text,
      entries: list.entries.map((entry) => (entry.kind === 'person' ? { name: entry.name.text, titles: entry.titles.map((title) => title.text) } : entry.text)),
    })),
    captions: model.figures.map((figure) => figure.caption?.text),
    credits: model.figures.map((figure) => figure.credit?.name),
    paragraphs: model.paragraphs.map((paragraph) => paragraph.plain.text.trim()),
    endMark: model.endMark ? { attached: model.endMark.attached } : undefined,
    signature: model.signature && { text: model.signature.text, form: model.signature.form, author: model.signature.author, unit: model.signature.unit },
  };
}

function frontMatter(result: ImportResult): Record<string, unknown> {
  return buildModel(result.markdown).frontMatter?.data ?? {};
}

async function docxBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

// ---------------------------------------------------------------------------
// The seed: the real article as copied from the portal

describe('import: the article copied from the portal page', () => {
  const result = importDraft(readText(SEED));
  const imported = buildModel(result.markdown);
  const published = buildModel(SAMPLE);

  it('gives the parts of the published article, part by part', () => {
    const { captions, ...importedParts } = parts(imported);
    const { captions: publishedCaptions, ...publishedParts } = parts(published);
    assert.deepEqual(importedParts, publishedParts);
    assert.deepEqual(captions, publishedCaptions);
    assert.deepEqual(frontMatter(result), published.frontMatter?.data);
  });

  it('keeps the title once, as the H1 after the front matter', () => {
    const title = imported.title?.text ?? '';
    const body = result.markdown.slice(imported.frontMatter?.span.end ?? 0);
    assert.equal(body.split(title).length - 1, 1);
    assert.match(body, new RegExp(`^\\s*# ${title}\\n`, 'u'));
  });

  it('recognizes the three caption lines as captions of photos the text does not carry, and reports them', () => {
    assert.deepEqual(result.missingPhotos, ['images/anh-1.jpg', 'images/anh-2.jpg', 'images/anh-3.jpg']);
    assert.deepEqual(imported.figures.map((figure) => figure.image.url), result.missingPhotos);
    assert.deepEqual(result.images, []);
    const note = result.report.notes.find((item) => item.code === 'captions-without-photos');
    assert.deepEqual(note?.data, {
      count: 3,
      lines: imported.figures.map((figure) => imported.lines.position(figure.start).line).join(', '),
      paths: 'images/anh-1.jpg, images/anh-2.jpg, images/anh-3.jpg',
    });
  });

  it('strips the page chrome and only it', () => {
    const title = imported.title?.text ?? '';
    assert.deepEqual(result.report.chrome, ['Xuất bản thông tin', 'Chi tiết bài viết Tin tức', 'null', title]);
    assertSameWords(releaseWords(result.markdown), words(SEED.replace('Xuất bản thông tin', '').replace('Chi tiết bài viết Tin tức', '').replace(`null ${title}`, '')), 'the article’s words');
  });

  it('reports the parts found and missing', () => {
    assert.deepEqual(result.report.missing, ['dateline', 'date']);
    assert.equal(result.report.found.signature, 'Bích Ngọc – Sở Thông tin và Truyền thông');
    assert.equal(result.report.found.figures, '3');
    assert.equal(result.report.found.participants, 'Đoàn Thanh Bình; Huỳnh Minh Thức (+6)');
  });

  it('lints with the defects of the published article, no more', () => {
    assert.deepEqual(problems(result.markdown), problems(SAMPLE));
  });
});

// ---------------------------------------------------------------------------
// Plain text

describe('import: plain text', () => {
  it('joins hard-wrapped lines, keeps one paragraph per line otherwise, and reads bullets as a list', () => {
    const text = [
      'Sở Khoa học và Công nghệ tổng kết công tác năm 2025',
      'Sáng 14/1/2026, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2025 và triển khai',
      'nhiệm vụ năm 2026.',
      'Năm 2026, Sở tập trung vào các nhiệm vụ:',
      '- đẩy mạnh ứng dụng khoa học và công nghệ;',
      '• hoàn thành chuyển đổi số các thủ tục hành chính.',
      'Hội nghị đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc./.',
      'Bích Ngọc – Sở Khoa học và Công nghệ',
    ].join('\n');
    const result = importDraft(readText(text));
    assert.equal(
      result.markdown,
      [
        '---',
        'profile: vn-news',
        'title: Sở Khoa học và Công nghệ tổng kết công tác năm 2025',
        'date: 2026-01-14',
        'author: Bích Ngọc',
        'unit: Sở Khoa học và Công nghệ',
        '---',
        '',
        '# Sở Khoa học và Công nghệ tổng kết công tác năm 2025',
        '',
        'Sáng 14/1/2026, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.',
        '',
        'Năm 2026, Sở tập trung vào các nhiệm vụ:',
        '',
        '- đẩy mạnh ứng dụng khoa học và công nghệ;',
        '- hoàn thành chuyển đổi số các thủ tục hành chính.',
        '',
        'Hội nghị đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc./.',
        '',
        'Bích Ngọc – Sở Khoa học và Công nghệ',
        '',
      ].join('\n'),
    );
    assert.deepEqual(result.report.missing, ['participants', 'figures', 'category']);
    assert.deepEqual(problems(result.markdown), []);
  });

  it('converts a paste of TCVN3 text (.VnTime) and reports it', () => {
    const unicode = [
      'Sở Khoa học và Công nghệ tổ chức tập huấn chuyển đổi số',
      'Sáng 9/5/2026, Sở Khoa học và Công nghệ tổ chức lớp tập huấn chuyển đổi số cho cán bộ cấp xã./.',
      'Bích Ngọc – Sở Khoa học và Công nghệ',
    ].join('\n\n');
    const result = importDraft(readText(toLegacy(unicode, 'tcvn3')!));
    assertSameWords(releaseWords(result.markdown), words(unicode), 'the converted words');
    assert.equal(frontMatter(result)['title'], 'Sở Khoa học và Công nghệ tổ chức tập huấn chuyển đổi số');
    assert.deepEqual(result.report.notes.map((note) => [note.code, note.data['encoding']]), [['legacy-converted', 'TCVN3']]);
    assert.deepEqual(problems(result.markdown), []);
  });

  it('reads a text file saved in VNI bytes (not UTF-8) and converts it', async () => {
    const unicode = 'Hội nghị tổng kết năm 2025\n\nChiều 20/1/2026, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm 2025./.';
    const bytes = Uint8Array.from(toLegacy(unicode, 'vni')!, (character) => character.charCodeAt(0));
    assert.equal(draftFormat('tin.txt', bytes), 'text');
    assert.equal(draftFormat('', new TextEncoder().encode('<!DOCTYPE html><html><body><p>Tin</p></body></html>')), 'html');
    assert.equal(draftFormat('', new TextEncoder().encode('Tin bài dán từ Word')), 'text');
    assert.equal(draftFormat('ban-thao.pdf', bytes), undefined);
    const draft = await readDraft('text', bytes);
    const result = importDraft(draft);
    assertSameWords(releaseWords(result.markdown), words(unicode), 'the converted words');
    assert.deepEqual(result.report.notes.map((note) => note.code), ['not-utf8', 'legacy-converted']);
  });

  it('normalizes decomposed Unicode (as macOS pastes it) to NFC', () => {
    const result = importDraft(readText('Hội nghị tổng kết năm 2025\n\nSáng 14/1/2026, Sở Nội vụ tổ chức hội nghị tổng kết./.'.normalize('NFD')));
    assert.equal(result.markdown, result.markdown.normalize('NFC'));
    assert.deepEqual(result.report.notes.map((note) => note.code), ['nfc-normalized']);
  });

  it('keeps lines before a bold headline at the top, as body text, and says so', () => {
    const draft = importDraft({
      format: 'text',
      chrome: [],
      notes: [],
      blocks: [
        { kind: 'paragraph', inlines: [{ text: 'UBND TỈNH ĐỒNG THÁP', bold: false, italic: false }] },
        { kind: 'paragraph', inlines: [{ text: 'Đồng Tháp phát động phong trào thi đua năm 2026', bold: true, italic: false }] },
        { kind: 'paragraph', inlines: [{ text: 'Sáng 5/1/2026, UBND tỉnh Đồng Tháp phát động phong trào thi đua năm 2026./.', bold: false, italic: false }] },
      ],
    });
    assert.match(draft.markdown, /---\n\nUBND TỈNH ĐỒNG THÁP\n\n# Đồng Tháp phát động phong trào thi đua năm 2026\n\nSáng 5\/1\/2026/u);
    assert.deepEqual(draft.report.notes.map((note) => [note.code, note.data['count']]), [['text-before-title', 1]]);
  });

  it('a portal copy with a breadcrumb and related news: chrome; an end mark on its own line and a credit line join their paragraph and caption', () => {
    const article = {
      title: 'Hội nghị tổng kết công tác văn thư, lưu trữ năm 2025',
      lead: 'Chiều 9/1/2026, Sở Nội vụ tổ chức hội nghị tổng kết công tác văn thư, lưu trữ năm 2025.',
      caption: 'Quang cảnh hội nghị',
      credit: 'Ảnh: Khánh Linh',
      body: 'Năm 2026, Sở Nội vụ tiếp tục số hóa tài liệu lưu trữ của tỉnh',
      signature: 'Kim Liên – Sở Nội vụ',
    };
    const chrome = ['Trang chủ > Tin tức > Hoạt động', '09/01/2026 16:45 Số lượt xem: 1.024', 'Tin liên quan', 'Sở Nội vụ tập huấn công tác lưu trữ', 'Chia sẻ'];
    const copy = [chrome[0], article.title, chrome[1], article.lead, article.caption, article.credit, article.body, './.', article.signature, chrome[2], chrome[3], chrome[4]].join('\n\n');
    const result = importDraft(readText(copy));
    const model = buildModel(result.markdown);
    assert.deepEqual(model.figures.map((figure) => [figure.caption?.text, figure.credit?.name]), [['Quang cảnh hội nghị. Ảnh: Khánh Linh', 'Khánh Linh']]);
    assert.equal(model.paragraphs.at(-1)?.plain.text, `${article.body}./.`);
    assert.ok(model.endMark?.attached);
    assert.deepEqual(frontMatter(result), { profile: 'vn-news', title: article.title, date: '2026-01-09', category: 'Hoạt động', author: 'Kim Liên', unit: 'Sở Nội vụ' });
    assert.deepEqual(result.report.chrome, chrome);
    assertSameWords(releaseWords(result.markdown), words(...Object.values(article)), 'the article’s words');
    assert.deepEqual(problems(result.markdown), []);
  });

  it('takes the profile from the draft’s wording unless one is given', () => {
    const text = 'THÔNG CÁO BÁO CHÍ\n\nKết quả kỳ họp thứ hai\n\nNgày 15/6/2026, HĐND tỉnh bế mạc kỳ họp thứ hai./.';
    assert.equal(importDraft(readText(text)).report.profile, 'vn-press-release');
    assert.equal(importDraft(readText(text), { profile: 'vn-news' }).report.profile, 'vn-news');
    for (const releaseLine of ['FOR IMMEDIATE RELEASE', 'EMBARGOED UNTIL 9 a.m. ICT, June 15, 2026']) {
      const english = `${releaseLine}\n\nProvince opens investment forum\n\nDA NANG, Vietnam — June 15, 2026 — The province opened its forum.`;
      assert.equal(importDraft(readText(english)).report.profile, 'en-press-release', releaseLine);
    }
  });
});

// ---------------------------------------------------------------------------
// HTML: three portal article pages

interface PortalPage {
  name: string;
  html: string;
  /** The article's own text, in order. */
  article: string[];
  /** The page chrome around it. */
  chrome: string[];
}

/** A Liferay portal page of a provincial Sở (shared/research: file 01): date line, bold sapo, photo in a table, byline in bold. */
function liferayPage(): PortalPage {
  const title = 'Khai mạc Triển lãm ảnh nghệ thuật Đất Sen hồng năm 2018';
  const sapo = 'Sở Văn hóa, Thể thao và Du lịch vừa tổ chức khai mạc Triển lãm ảnh nghệ thuật Đất Sen hồng năm 2018 tại Nhà Văn hóa tỉnh Đồng Tháp.';
  const caption = 'Quang cảnh lễ khai mạc triển lãm';
  const participants = 'Tham dự lễ khai mạc có ông Nguyễn Văn Dương – Phó Chủ tịch Ủy ban nhân dân tỉnh; bà Trần Thị Thu Hà – Giám đốc Sở Văn hóa, Thể thao và Du lịch; cùng đông đảo hội viên Chi hội Nhiếp ảnh tỉnh.';
  const body = 'Triển lãm giới thiệu 120 tác phẩm ảnh nghệ thuật về con người, thiên nhiên và sự phát triển của quê hương Đồng Tháp. Triển lãm mở cửa phục vụ người xem đến hết ngày 20/10/2018.';
  const byline = 'C.Trúc';
  const chrome = {
    site: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP',
    menu: ['Trang chủ', 'Giới thiệu', 'Tin tức'],
    breadcrumb: ['Trang chủ', 'Tin tức', `null ${title}`],
    portlet: 'Chi tiết bài viết Tin tức',
    date: '14/10/2018 - 20:20',
    share: ['Chia sẻ', 'Facebook', 'In bài viết'],
    related: ['Tin liên quan', 'Khai mạc Lễ hội Sen Đồng Tháp năm 2018'],
    footer: ['Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Tháp', 'Địa chỉ: Số 12, đường 30/4, Phường 1, thành phố Cao Lãnh'],
  };
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title} - Cổng thông tin điện tử tỉnh Đồng Tháp</title>
<script>var portal = { page: 'chi-tiet' };</script><style>.title { font-size: 20px; }</style></head>
<body>
<header id="banner"><div class="logo">${chrome.site}</div></header>
<nav class="main-menu"><ul>${chrome.menu.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul></nav>
<div id="content">
 <ul class="breadcrumb">${chrome.breadcrumb.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul>
 <div class="portlet-title"><h2>${chrome.portlet}</h2></div>
 <div class="journal-content-article">
  <h1 class="title">${title}</h1>
  <div class="date">${chrome.date}</div>
  <p><strong>${sapo}</strong></p>
  <table class="image" align="center"><tbody><tr><td><img src="/documents/10180/1234/le-khai-mac.jpg" alt=""></td></tr><tr><td>${caption}</td></tr></tbody></table>
  <p>${participants}</p>
  <p>${body}</p>
  <p style="text-align: right;"><strong>${byline}</strong></p>
 </div>
 <div class="social-share">${chrome.share.map((item) => `<a href="#">${item}</a>`).join(' ')}</div>
 <div class="tin-lien-quan"><h3>${chrome.related[0]}</h3><ul><li><a href="#">${chrome.related[1]}</a></li></ul></div>
</div>
<footer>${chrome.footer.map((line) => `<p>${line}</p>`).join('')}</footer>
</body></html>`;
  return { name: 'a Liferay portal page (Sở VHTTDL)', html, article: [title, sapo, caption, participants, body, byline], chrome: Object.values(chrome).flat() };
}

/** An HTML5 page of a Sở Nội vụ portal: meta line with weekday and views, sapo class, figure with figcaption and credit, comment box. */
function departmentPage(): PortalPage {
  const title = 'Tập huấn kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã';
  const sapo = 'Ngày 15/7/2024, Sở Nội vụ tổ chức lớp tập huấn kỹ năng chuyển đổi số cho gần 200 cán bộ, công chức cấp xã trên địa bàn tỉnh.';
  const participants = 'Dự lớp tập huấn có bà Nguyễn Thị Mai Thương – Phó Giám đốc Sở Nội vụ; ông Trần Văn Hùng – Trưởng phòng Xây dựng chính quyền; cùng đại diện lãnh đạo các xã, phường.';
  const caption = 'Cán bộ, công chức cấp xã tại lớp tập huấn. Ảnh: Khánh Linh';
  const body = 'Tại lớp tập huấn, học viên được hướng dẫn sử dụng chữ ký số, dịch vụ công trực tuyến và hệ thống quản lý văn bản điều hành.';
  const closing = 'Phát biểu bế mạc, bà Nguyễn Thị Mai Thương đề nghị học viên vận dụng kiến thức đã học vào công việc hằng ngày./.';
  const byline = 'Kim Liên - Sở Nội vụ';
  const chrome = {
    site: ['Sở Nội vụ tỉnh Quảng Nam', 'Trang chủ', 'Tin hoạt động'],
    meta: 'Thứ 3, Ngày 16/07/2024 | Lượt xem: 234',
    share: ['Chia sẻ', 'Zalo', 'In trang'],
    comments: ['Ý kiến bạn đọc', 'Họ và tên', 'Nội dung'],
  };
  const html = `<!doctype html><html><head><meta property="article:published_time" content="2024-07-16T08:30:00+07:00"></head><body>
<div class="site-header"><a class="brand">${chrome.site[0]}</a><ul class="menu"><li>${chrome.site[1]}</li><li>${chrome.site[2]}</li></ul></div>
<main>
<article class="news-detail">
 <header><h1>${title}</h1><div class="meta">${chrome.meta}</div></header>
 <p class="sapo"><b>${sapo}</b></p>
 <p>${participants}</p>
 <figure><img src="https://sonoivu.quangnam.gov.vn/uploads/tap-huan.jpg" alt="Quang cảnh lớp tập huấn"><figcaption>${caption}</figcaption></figure>
 <p>${body}</p>
 <p>${closing}</p>
 <p class="author">${byline}</p>
 <div class="share-tools">${chrome.share.map((item) => `<button>${item}</button>\n <span>${item}</span>`).join('\n ')}</div>
</article>
</main>
<div class="box-comments"><h3>${chrome.comments[0]}</h3><form><label>${chrome.comments[1]}</label> <input name="ten"> <label>${chrome.comments[2]}</label> <textarea></textarea></form></div>
</body></html>`;
  return {
    name: 'a Sở Nội vụ page (HTML5, figcaption with credit)',
    html,
    article: [title, sapo, participants, caption, body, closing, byline],
    chrome: [...chrome.site, chrome.meta, ...chrome.share, ...chrome.comments],
  };
}

/** A provincial newspaper page: sapo in an `<h2>`, italic caption under a photo paragraph, byline in capitals, related news. */
function newspaperPage(): PortalPage {
  const title = 'Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ hai';
  const sapo = 'Sáng 15/6/2021, Hội đồng nhân dân tỉnh khóa X khai mạc kỳ họp thứ hai để xem xét, quyết định nhiều nội dung quan trọng.';
  const participants = 'Dự kỳ họp có ông Nguyễn Thành Tâm – Bí thư Tỉnh ủy; ông Trần Văn Chiến – Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh.';
  const caption = 'Quang cảnh kỳ họp';
  const body = 'Tại kỳ họp, các đại biểu thảo luận về tình hình kinh tế - xã hội 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2021.';
  const closing = 'Kỳ họp diễn ra trong hai ngày 15 và 16/6/2021./.';
  const byline = 'DUYÊN ANH';
  const chrome = {
    breadcrumb: ['Chính trị', 'Thời sự'],
    time: '23:03, 15-06-2021',
    tags: 'Từ khóa: kỳ họp, Hội đồng nhân dân tỉnh',
    related: ['Tin cùng chuyên mục', 'Bế mạc kỳ họp thứ nhất Hội đồng nhân dân tỉnh khóa X'],
    footer: 'Báo Tây Ninh điện tử',
  };
  const html = `<html><body>
<div class="breadcrumbs">${chrome.breadcrumb.map((item) => `<a href="#">${item}</a>`).join(' › ')}</div>
<div class="detail-page">
 <h1 class="detail-title">${title}</h1>
 <div class="detail-time">${chrome.time}</div>
 <h2 class="sapo">${sapo}</h2>
 <div class="detail-content">
  <p>${participants}</p>
  <p style="text-align:center"><img src="/Uploads/2021/6/15/ky-hop.jpg"></p>
  <p style="text-align:center"><em>${caption}</em></p>
  <p>${body}</p>
  <p>${closing}</p>
  <p style="text-align:right"><strong>${byline}</strong></p>
 </div>
 <div class="tags">${chrome.tags}</div>
 <div class="related-news"><div class="title">${chrome.related[0]}</div><a href="#">${chrome.related[1]}</a></div>
</div>
<div id="footer">${chrome.footer}</div>
</body></html>`;
  return {
    name: 'a provincial newspaper page (sapo in h2)',
    html,
    article: [title, sapo, participants, caption, body, closing, byline],
    chrome: [...chrome.breadcrumb, chrome.time, chrome.tags, ...chrome.related, chrome.footer],
  };
}

describe('import: portal article pages in HTML', () => {
  it('a Liferay portal page: title, date line, bold sapo, photo and caption in a table, byline', () => {
    const page = liferayPage();
    const result = importDraft(readHtml(page.html));
    const model = buildModel(result.markdown);
    assert.equal(model.title?.text, page.article[0]);
    assert.equal(model.lead?.plain.text, page.article[1]);
    assert.equal(model.lead?.bold, true);
    assert.equal(model.vagueTime?.text, 'vừa tổ chức');
    assert.deepEqual(model.figures.map((figure) => [figure.image.url, figure.image.alt, figure.caption?.text]), [['/documents/10180/1234/le-khai-mac.jpg', page.article[2], page.article[2]]]);
    assert.deepEqual(parts(model).participants[0]?.entries.slice(0, 2), [
      { name: 'Nguyễn Văn Dương', titles: ['Phó Chủ tịch Ủy ban nhân dân tỉnh'] },
      { name: 'Trần Thị Thu Hà', titles: ['Giám đốc Sở Văn hóa, Thể thao và Du lịch'] },
    ]);
    assert.deepEqual(model.signature && [model.signature.text, model.signature.form], ['C.Trúc', 'name']);
    assert.deepEqual(frontMatter(result), { profile: 'vn-news', title: page.article[0], date: '2018-10-14', category: 'Tin tức', author: 'C.Trúc' });
    assertPageWords(page, result);
    // The draft gives no date for the event and has no end mark: both are real defects.
    assert.deepEqual(problems(result.markdown), ['dateline-vague', 'endmark-missing']);
  });

  it('a Sở Nội vụ page: meta line with views, figcaption with a photo credit, byline with the unit', () => {
    const page = departmentPage();
    const result = importDraft(readHtml(page.html));
    const model = buildModel(result.markdown);
    assert.equal(model.title?.text, page.article[0]);
    assert.equal(model.dateline?.text, 'Ngày 15/7/2024');
    assert.equal(model.lead?.bold, true);
    assert.deepEqual(model.participants.map((list) => list.intro.text), ['Dự lớp tập huấn có']);
    assert.deepEqual(model.figures.map((figure) => [figure.image.alt, figure.caption?.text, figure.credit?.name]), [['Quang cảnh lớp tập huấn', page.article[3], 'Khánh Linh']]);
    assert.ok(model.endMark);
    assert.deepEqual(frontMatter(result), { profile: 'vn-news', title: page.article[0], date: '2024-07-16', author: 'Kim Liên', unit: 'Sở Nội vụ' });
    assertPageWords(page, result);
    assert.deepEqual(problems(result.markdown), []);
  });

  it('a newspaper page: the sapo in a heading becomes the bold lead, the italic line under the photo its caption', () => {
    const page = newspaperPage();
    const result = importDraft(readHtml(page.html));
    const model = buildModel(result.markdown);
    assert.equal(model.title?.text, page.article[0]);
    assert.equal(model.lead?.plain.text, page.article[1]);
    assert.equal(model.lead?.bold, true);
    assert.equal(model.dateline?.text, 'Sáng 15/6/2021');
    assert.deepEqual(model.figures.map((figure) => [figure.image.url, figure.image.alt, figure.caption?.text, figure.caption?.source]), [
      ['/Uploads/2021/6/15/ky-hop.jpg', page.article[3], page.article[3], 'emphasis'],
    ]);
    assert.deepEqual(model.signature && [model.signature.text, model.signature.author], ['DUYÊN ANH', 'DUYÊN ANH']);
    // The breadcrumb's last item names the category.
    assert.deepEqual(frontMatter(result), { profile: 'vn-news', title: page.article[0], date: '2021-06-15', category: 'Thời sự', author: 'DUYÊN ANH' });
    assertPageWords(page, result);
    assert.deepEqual(problems(result.markdown), []);
  });

  it('flattens a data table into paragraphs, one per cell, and says so; dates the page by its meta tag', () => {
    const cells = [['Chỉ tiêu', 'Kết quả'], ['Hồ sơ trực tuyến', '92%'], ['Thủ tục một phần', '148']];
    const html = `<head><meta property="article:published_time" content="2026-02-03T09:00:00+07:00"></head><body><h1>Kết quả cải cách hành chính năm 2025</h1>
<p>Ngày 2/2/2026, Sở Nội vụ công bố kết quả cải cách hành chính năm 2025./.</p>
<table>${cells.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table></body>`;
    const draft = readHtml(html);
    assert.equal(draft.published, '2026-02-03');
    const result = importDraft(draft);
    assert.deepEqual(result.report.notes.map((note) => [note.code, note.data['count']]), [['table-flattened', 1]]);
    assertSameWords(releaseWords(result.markdown), words('Kết quả cải cách hành chính năm 2025', 'Ngày 2/2/2026, Sở Nội vụ công bố kết quả cải cách hành chính năm 2025./.', ...cells.flat()), 'every cell');
    assert.equal(frontMatter(result)['date'], '2026-02-03');
  });

  it('writes the pictures a pasted page embeds as data: URIs into files', () => {
    const html = `<h1>Trao giải Báo chí tỉnh năm 2026</h1><p>Tối 21/6/2026, Ban Tuyên giáo Tỉnh ủy tổ chức lễ trao giải Báo chí tỉnh năm 2026./.</p>
<p><img src="data:image/png;base64,${RED_PNG.toString('base64')}"></p><p><em>Ban tổ chức trao giải A cho các tác giả</em></p>`;
    const result = importDraft(readHtml(html), { imageStem: 'trao-giai', imageFolder: 'hinh' });
    assert.deepEqual(result.images.map((image) => [image.path, Buffer.from(image.data).equals(RED_PNG)]), [['hinh/trao-giai-1.png', true]]);
    assert.match(result.markdown, /!\[Ban tổ chức trao giải A cho các tác giả\]\(hinh\/trao-giai-1\.png\)\n\*Ban tổ chức trao giải A cho các tác giả\*/u);
  });
});

describe('import: drafts from portals and offices the importer was not tuned on', () => {
  it('finds the headline under the site header and its logo, which are chrome', () => {
    const html = `<body><div id="top-header"><div class="logo"><img src="/logo.png" alt="Sở Nội vụ"></div><div class="slogan">CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ</div></div>
<h1 class="news-title">Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua năm 2024</h1>
<p>Sáng ngày 08/7/2024, Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua cho 200 cán bộ./.</p></body>`;
    const result = importDraft(readHtml(html));
    assert.equal(frontMatter(result)['title'], 'Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua năm 2024');
    assert.match(result.markdown, /^---\n[\s\S]*?\n---\n\n# Sở Nội vụ/u);
    assert.ok(result.report.chrome.includes('CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ'));
  });

  it('an old page laid out in a table: a banner above the bold headline, a caption by class, a toolbar line; no table flattened', () => {
    const title = 'Đoàn công tác tỉnh Hà Tĩnh thăm và làm việc tại tỉnh Khăm Muồn';
    const caption = 'Hai đoàn trao quà và chụp ảnh lưu niệm';
    const html = `<table><tr><td colspan="2"><img src="/banner.jpg"></td></tr>
<tr><td>TRANG CHỦ | GIỚI THIỆU | TIN TỨC | LIÊN HỆ</td></tr>
<tr><td><font size="4"><b>${title}</b></font><br><br>
<font size="2">Trong 2 ngày 14 và 15/6/2021, Đoàn công tác tỉnh Hà Tĩnh đã thăm và làm việc tại tỉnh Khăm Muồn, nước CHDCND Lào.</font><br><br>
<center><img src="/trao-qua.jpg"></center><p class="PhotoCMS_Caption"><i>${caption}</i></p>
<font size="2">Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong công tác quản lý biên giới./.</font><br>
<div>In trang | Chia sẻ | Về đầu trang</div></td></tr></table>`;
    const result = importDraft(readHtml(html));
    const model = buildModel(result.markdown);
    assert.equal(model.title?.text, title);
    assert.deepEqual(model.figures.map((figure) => [figure.image.url, figure.caption?.text]), [['/banner.jpg', undefined], ['/trao-qua.jpg', caption]]);
    assert.deepEqual(result.report.notes.map((note) => note.code), ['text-before-title', 'photos-without-caption']);
    assert.ok(result.report.chrome.includes('In trang | Chia sẻ | Về đầu trang'));
    // The site's menu is chrome, but its last item is no category.
    assert.equal(frontMatter(result)['category'], undefined);
  });

  it('takes the category from a category label or a breadcrumb in the markup', () => {
    const article = '<h1>Quốc hội thảo luận về dự án Luật Đất đai (sửa đổi)</h1><p>Sáng 23/5/2022, Quốc hội thảo luận ở hội trường về dự án Luật Đất đai (sửa đổi)./.</p>';
    const label = importDraft(readHtml(`<article><header><div class="cat"><a>Chính trị</a></div>${article}</header></article>`));
    assert.equal(frontMatter(label)['category'], 'Chính trị');
    assert.equal(buildModel(label.markdown).lead?.plain.text.startsWith('Sáng 23/5/2022'), true);
    const crumbs = importDraft(readHtml(`<ul class="breadcrumb"><li>Trang chủ</li><li>Tin tức - Sự kiện</li><li>Tin hoạt động</li></ul>${article}`));
    assert.equal(frontMatter(crumbs)['category'], 'Tin hoạt động');
  });

  it('reads WordPress and English metadata lines as chrome that dates the page, and a "Chia sẻ:" heading as a label', () => {
    const result = importDraft(
      readText(['Kiên Giang giải ngân vốn đầu tư công đạt 65% kế hoạch', 'Đăng ngày: 11/10/2022 bởi admin', 'Tính đến ngày 30/9, tổng vốn đầu tư công đã giải ngân đạt 65% kế hoạch.', 'T.H (tổng hợp)', 'Chia sẻ:'].join('\n')),
    );
    assert.equal(frontMatter(result)['date'], '2022-10-11');
    assert.deepEqual(result.report.chrome, ['Đăng ngày: 11/10/2022 bởi admin', 'Chia sẻ:']);
    assert.equal(buildModel(result.markdown).signature?.text, 'T.H (tổng hợp)');
    const english = importDraft(readText(['Home › News › Press releases', 'Vietnam and Australia sign clean energy agreement', 'Published: 04/03/2025 09:15', 'HANOI, Vietnam — March 4, 2025 — The two ministries signed an agreement today.'].join('\n')));
    assert.deepEqual(english.report.chrome, ['Home › News › Press releases', 'Published: 04/03/2025 09:15']);
    assert.equal(frontMatter(english)['date'], '2025-03-04');
  });

  it('writes the outlet a source line names as the source, not the unit', () => {
    const result = importDraft(readText(['Thành phố họp báo về công tác phòng, chống dịch', 'Trưa 26/3/2020, Ban Chỉ đạo phòng, chống dịch Thành phố tổ chức họp báo.', 'Nguồn: Trung tâm Báo chí Thành phố Hồ Chí Minh'].join('\n')));
    assert.equal(frontMatter(result)['source'], 'Trung tâm Báo chí Thành phố Hồ Chí Minh');
    assert.equal(frontMatter(result)['unit'], undefined);
  });

  it('makes no photo of the contact lines after the end mark, nor of a "Label: value" line', () => {
    const text = ['FOR IMMEDIATE RELEASE', 'Da Nang to host the 2025 International Fireworks Festival', 'DA NANG, Vietnam, June 10, 2025 — The festival will run from May 31 to July 12.', 'Phone: +84 236 3550 111', '###', 'Media contact:', 'Department of Tourism of Da Nang', 'Email: press@danang.gov.vn'].join('\n');
    const result = importDraft(readText(text));
    assert.deepEqual(result.missingPhotos, []);
    const model = buildModel(result.markdown);
    assert.deepEqual(model.figures, []);
    // The contact line is the section heading the model looks for.
    assert.equal(model.english.mediaContact?.text, 'Department of Tourism of Da Nang');
  });

  it('joins a line wrapped before a capital in a text whose paragraphs are apart by blank lines', () => {
    const lead = 'Sáng 01/3/2024, Ban Dân vận Tỉnh ủy Bắc Ninh phối hợp với Sở Thông tin và Truyền thông tổ chức lễ ra mắt mô hình "Dân vận khéo" tại xã Hòa Long.';
    const text = ['Bắc Ninh ra mắt mô hình "Dân vận khéo" trong chuyển đổi số', '', 'Sáng 01/3/2024, Ban Dân vận Tỉnh ủy Bắc Ninh phối hợp với Sở Thông tin và', 'Truyền thông tổ chức lễ ra mắt mô hình "Dân vận khéo" tại xã Hòa Long.', '', 'Media contact:', 'Department of Tourism of Da Nang', 'Phone: +84 236 3550 111'].join('\n');
    const blocks = readText(text).blocks.map((block) => (block.kind === 'image' ? '' : block.inlines.map((inline) => inline.text).join('')));
    assert.deepEqual(blocks, ['Bắc Ninh ra mắt mô hình "Dân vận khéo" trong chuyển đổi số', lead, 'Media contact:', 'Department of Tourism of Da Nang', 'Phone: +84 236 3550 111']);
  });

  it('a formal thông cáo typed in Word: the header table and the signature block become front matter, and the report lists them', async () => {
    const cell = (...lines: string[]): TableCell => new TableCell({ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) });
    const document = new Document({
      sections: [
        {
          children: [
            new Table({ rows: [new TableRow({ children: [cell('UBND TỈNH QUẢNG NAM', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 15/TC-STTTT'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Nam, ngày 20 tháng 3 năm 2024')] })] }),
            new Paragraph({ children: [new TextRun({ text: 'THÔNG CÁO BÁO CHÍ', bold: true })] }),
            new Paragraph({ children: [new TextRun({ text: 'Về việc tổ chức Ngày hội Chuyển đổi số tỉnh năm 2024', bold: true })] }),
            new Paragraph({ text: 'Ngày hội diễn ra từ ngày 25/3/2024 đến ngày 27/3/2024 tại thành phố Tam Kỳ./.' }),
            new Paragraph({ children: [new TextRun({ text: 'GIÁM ĐỐC', bold: true })] }),
            new Paragraph({ text: 'Nguyễn Văn An' }),
          ],
        },
      ],
    });
    const result = importDraft(await readDraft('docx', await docxBytes(document)));
    assert.deepEqual(frontMatter(result), {
      profile: 'vn-press-release',
      title: 'Về việc tổ chức Ngày hội Chuyển đổi số tỉnh năm 2024',
      date: '2024-03-20',
      agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      parentAgency: 'UBND TỈNH QUẢNG NAM',
      number: '15/TC-STTTT',
      place: 'Quảng Nam',
      signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn An' },
    });
    assert.match(result.markdown, /---\n\n# Về việc tổ chức[^\n]*\n\nNgày hội diễn ra[^\n]*\.\/\.\n$/u);
    assert.deepEqual(result.report.notes.map((note) => [note.code, note.data['count']]), [['profile-from-wording', undefined], ['header-to-front-matter', 9]]);
  });
});

/** The release holds every word of the article, and the report lists the chrome: every word of it, nothing else. */
function assertPageWords(page: PortalPage, result: ImportResult): void {
  assertSameWords(releaseWords(result.markdown), words(...page.article), `${page.name}: the article’s words`);
  assertSameWords(words(...result.report.chrome), words(...page.chrome), `${page.name}: the page chrome`);
}

// ---------------------------------------------------------------------------
// Word

describe('import: Word documents', () => {
  it('a draft with a bold headline, photos and captions: pictures extracted in order, captions recognized', async () => {
    const text = {
      title: 'Sở Khoa học và Công nghệ tổng kết công tác năm 2025',
      lead: 'Sáng 14/1/2026, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.',
      participants: 'Tham dự hội nghị có ông Nguyễn Văn An – Giám đốc Sở Khoa học và Công nghệ; bà Trần Thị Bình – Phó Giám đốc Sở.',
      caption1: 'Quang cảnh hội nghị. Ảnh: Bích Ngọc',
      body: 'Năm 2025, Sở đã hoàn thành các chỉ tiêu được giao, trong đó có 12 nhiệm vụ khoa học cấp tỉnh được nghiệm thu.',
      // A sentence: a caption because Word's Caption style says so.
      caption2: 'Ông Nguyễn Văn An phát biểu tại hội nghị.',
      closing: 'Năm 2026, Sở sẽ tập trung đẩy mạnh ứng dụng khoa học và công nghệ vào sản xuất./.',
      signature: 'Bích Ngọc – Sở Khoa học và Công nghệ',
    };
    const picture = (data: Buffer, description: string): ImageRun =>
      new ImageRun({ type: 'png', data, transformation: { width: 320, height: 200 }, altText: { name: description, title: description, description } });
    const document = new Document({
      styles: { paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { size: 20 } }] },
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: text.title, bold: true, size: 32 })] }),
            new Paragraph({ children: [new TextRun({ text: text.lead, bold: true })] }),
            new Paragraph({ text: text.participants }),
            new Paragraph({ children: [picture(RED_PNG, '')] }),
            new Paragraph({ children: [new TextRun({ text: text.caption1, italics: true })] }),
            new Paragraph({ text: text.body }),
            new Paragraph({ children: [picture(BLUE_PNG, 'Giám đốc Sở phát biểu')] }),
            new Paragraph({ text: text.caption2, style: 'Caption' }),
            new Paragraph({ text: text.closing }),
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: text.signature, bold: true })] }),
          ],
        },
      ],
    });
    const bytes = await docxBytes(document);
    assert.equal(draftFormat('', bytes), 'docx');
    const result = importDraft(await readDraft('docx', bytes), { imageStem: imageStem('Dự thảo tin.docx') });
    const model = buildModel(result.markdown);
    assert.equal(model.title?.text, text.title);
    assert.equal(model.lead?.bold, true);
    assert.equal(model.dateline?.text, 'Sáng 14/1/2026');
    assert.deepEqual(model.participants[0]?.entries.map((entry) => (entry.kind === 'person' ? entry.name.text : entry.text)), ['Nguyễn Văn An', 'Trần Thị Bình']);
    assert.deepEqual(
      model.figures.map((figure) => [figure.image.url, figure.image.alt, figure.caption?.text, figure.credit?.name]),
      [
        ['images/du-thao-tin-1.png', 'Quang cảnh hội nghị', text.caption1, 'Bích Ngọc'],
        ['images/du-thao-tin-2.png', 'Giám đốc Sở phát biểu', text.caption2, undefined],
      ],
    );
    assert.deepEqual(result.images.map((image) => [image.path, Buffer.from(image.data)]), [
      ['images/du-thao-tin-1.png', RED_PNG],
      ['images/du-thao-tin-2.png', BLUE_PNG],
    ]);
    assert.ok(model.endMark);
    assert.deepEqual(frontMatter(result), { profile: 'vn-news', title: text.title, date: '2026-01-14', author: 'Bích Ngọc', unit: 'Sở Khoa học và Công nghệ' });
    assertSameWords(releaseWords(result.markdown), words(...Object.values(text)), 'the draft’s words');
    assert.deepEqual(result.report.missing, ['category']);
    assert.deepEqual(problems(result.markdown), []);
  });

  it('a draft typed in .VnTime fonts (TCVN3), its Title in .VnTimeH capitals, a paragraph in VNI-Times: converted by font', async () => {
    const text = {
      title: 'Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn',
      leadTime: 'Sáng 14/4/2026, ',
      leadPlace: 'tại Hội trường ',
      leadCapital: 'Ủ',
      leadRest: 'y ban nhân dân tỉnh, Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn giai đoạn 2026 - 2030.',
      body: 'Chương trình nhằm nâng cao nhận thức của đoàn viên, thanh niên về chuyển đổi số.',
      // Pasted from a colleague's draft typed with the VNI keyboard table.
      vniBody: 'Theo chương trình, Tỉnh đoàn sẽ thành lập các tổ công nghệ số cộng đồng ở tất cả các xã, phường.',
      // Word splits runs inside words too (revision marks): `Th` + `ông` in the same font.
      splitStart: 'Hai đơn vị sẽ phối hợp tổ chức các lớp bồi dưỡng kỹ năng số cho đoàn viên, thanh niên trên địa bàn tỉnh Đồng Th',
      splitEnd: 'áp./.',
      signature: 'Bích Ngọc – Sở Khoa học và Công nghệ',
    };
    const lead = `${text.leadTime}${text.leadPlace}${text.leadCapital}${text.leadRest}`;
    const vnTime = (value: string, options: { bold?: boolean } = {}): TextRun => new TextRun({ text: toLegacy(value, 'tcvn3')!, font: '.VnTime', ...options });
    const vnTimeH = (value: string): TextRun => new TextRun({ text: toLegacy(value, 'tcvn3', { uppercase: true })!, font: '.VnTimeH' });
    const document = new Document({
      // The body paragraph names no font: it is .VnTime through the document defaults.
      styles: { default: { document: { run: { font: '.VnTime' } } } },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [vnTimeH(text.title.toUpperCase())] }),
            new Paragraph({ children: [vnTime(text.leadTime, { bold: true }), vnTime(text.leadPlace), vnTimeH(text.leadCapital), vnTime(text.leadRest)] }),
            new Paragraph({ children: [new TextRun({ text: toLegacy(text.body, 'tcvn3')! })] }),
            new Paragraph({ children: [new TextRun({ text: toLegacy(text.vniBody, 'vni')!, font: 'VNI-Times' })] }),
            new Paragraph({ children: [vnTime(text.splitStart), vnTime(text.splitEnd)] }),
            new Paragraph({ children: [vnTime(text.signature)] }),
          ],
        },
      ],
    });
    const result = importDraft(await readDraft('docx', await docxBytes(document)));
    const model = buildModel(result.markdown);
    assert.equal(model.title?.text, text.title.toUpperCase());
    assert.equal(model.lead?.plain.text, lead);
    assert.equal(model.dateline?.text, 'Sáng 14/4/2026');
    assert.match(result.markdown, /\n\*\*Sáng 14\/4\/2026,\*\* tại Hội trường Ủy ban nhân dân tỉnh/u);
    assert.ok(model.endMark);
    assert.deepEqual(frontMatter(result), { profile: 'vn-news', title: text.title.toUpperCase(), date: '2026-04-14', author: 'Bích Ngọc', unit: 'Sở Khoa học và Công nghệ' });
    assertSameWords(
      releaseWords(result.markdown),
      words(text.title.toUpperCase(), lead, text.body, text.vniBody, text.splitStart + text.splitEnd, text.signature),
      'the converted words',
    );
    assert.deepEqual(result.report.notes.map((note) => [note.code, note.data['encoding']]), [['legacy-converted', 'TCVN3'], ['legacy-converted', 'VNI']]);
    assert.deepEqual(problems(result.markdown), []);
  });

  it('Unicode text typed in a paragraph set in .VnTime: kept as it is, and reported', async () => {
    const text = ['Hội nghị tổng kết năm 2025', 'Sáng 14/1/2026, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025./.'];
    const document = new Document({
      styles: { default: { document: { run: { font: '.VnTime' } } } },
      sections: [{ children: text.map((line) => new Paragraph({ text: line })) }],
    });
    const result = importDraft(await readDraft('docx', await docxBytes(document)));
    assertSameWords(releaseWords(result.markdown), words(...text), 'the words as typed');
    assert.deepEqual(result.report.notes.map((note) => [note.code, note.data['count']]), [['legacy-unconverted', 2]]);
  });
});

// ---------------------------------------------------------------------------
// The report

describe('import: the report', () => {
  it('reads as a list of parts found and missing, notes and the chrome removed, in both languages', () => {
    const result = importDraft(readText(SEED));
    const english = formatImportReport(result.report, 'en');
    assert.match(english, /^Imported draft \(plain text, vn-news profile\)\nFound:\n {2}Headline: Sở Thông tin/u);
    assert.match(english, /\nMissing: Event date in the lead, Publication date \(date\)\n/u);
    assert.match(english, /\n {2}- 3 caption line\(s\) without their photos \(line \d+, \d+, \d+\): put the photos at images\/anh-1\.jpg, images\/anh-2\.jpg, images\/anh-3\.jpg/u);
    assert.match(english, /\nPage chrome removed \(4\): "Xuất bản thông tin", "Chi tiết bài viết Tin tức", "null", "Sở Thông tin/u);
    assert.match(formatImportReport(result.report, 'vi'), /^Nhập bản thảo \(văn bản thuần, hồ sơ vn-news\)\nĐã nhận ra:\n {2}Tiêu đề: /u);
    assert.match(summarizeImport(result.report, 'vi'), /^Đã nhập bản thảo: nhận ra 9\/11 phần\. Chưa có: Thời gian sự kiện ở đoạn mở đầu, Ngày đăng \(date\)\. 3 dòng chú thích không kèm ảnh/u);
  });
});
