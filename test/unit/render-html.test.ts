/**
 * The renderer's HTML for each profile and style, read back with an HTML
 * parser: which elements, in which order, with which text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { buildModel } from '../../src/core/model/build';
import { renderDocument, renderPortalHtml, renderRelease } from '../../src/core/render/html';
import { readImageInfo, imageDataUri } from '../../src/core/render/image-info';
import { stylesheetFiles } from '../../src/core/render/layout';
import {
  SEED_SAMPLE,
  allElements,
  byClass,
  byTag,
  childElements,
  classesOf,
  modelOf,
  parseHtml,
  repositoryRoot,
  single,
  textOf,
} from './render-support';

/** The article element of a rendered fragment. */
function articleOf(html: string): Element {
  const [article, ...rest] = childElements(parseHtml(html));
  assert.equal(rest.length, 0, 'one <article> and nothing else');
  assert.equal(article!.tagName, 'article');
  return article!;
}

const texts = (elements: Element[]): string[] => elements.map((element) => textOf(element));

describe('render: formal press release (vn-press-release, print)', () => {
  const model = modelOf('examples/vn-press-release.md');
  const rendered = renderRelease(model);
  const article = articleOf(rendered.html);

  it('defaults to the print style of Nghị định 30 for this profile', () => {
    assert.equal(rendered.style, 'print');
    assert.equal(rendered.profile, 'vn-press-release');
    assert.deepEqual(classesOf(article), ['gp-doc', 'gp-formal', 'gp-profile-vn-press-release']);
    assert.equal(article.properties['lang'], 'vi');
  });

  it('builds the two-column header from the front matter', () => {
    const header = single(article, 'gp-header');
    const rows = byTag(header, 'tr');
    assert.equal(rows.length, 2);
    const [agencies, nation] = childElements(rows[0]!);
    assert.deepEqual(texts(childElements(agencies!)), ['UBND TỈNH ĐỒNG THÁP', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    assert.deepEqual(childElements(agencies!).map(classesOf), [['gp-parent-agency'], ['gp-agency']]);
    assert.deepEqual(texts(childElements(nation!)), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    // The Tiêu ngữ sits in its own span, which carries the line as long as the text.
    assert.equal(byTag(single(header, 'gp-motto'), 'span').length, 1);
    const [number, placeDate] = childElements(rows[1]!);
    assert.equal(textOf(number!), 'Số: 05/TCBC-SKHCN');
    assert.equal(textOf(placeDate!), 'Đồng Tháp, ngày 10 tháng 4 năm 2026');
    assert.deepEqual(classesOf(childElements(placeDate!)[0]!), ['gp-place-date']);
  });

  it('prints THÔNG CÁO BÁO CHÍ over the summary (the H1)', () => {
    const title = single(article, 'gp-doc-title');
    const [typeName, summary] = childElements(title);
    assert.equal(textOf(typeName!), 'THÔNG CÁO BÁO CHÍ');
    assert.equal(summary!.tagName, 'h1');
    assert.equal(textOf(summary!), 'Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh Đồng Tháp quý I năm 2026');
  });

  it('keeps the body in order, the lead not bold, the end mark closing the last paragraph', () => {
    const paragraphs = childElements(article).filter((element) => element.tagName === 'p');
    assert.equal(paragraphs.length, 6);
    assert.match(textOf(paragraphs[0]!), /^Ngày 10\/4\/2026, tại Trung tâm Hội nghị tỉnh/);
    assert.equal(byTag(paragraphs[0]!, 'strong').length, 0);
    assert.match(textOf(paragraphs[2]!), /^Tỷ lệ hồ sơ thủ tục hành chính/);
    assert.equal(textOf(paragraphs[5]!), 'Sở Khoa học và Công nghệ trân trọng thông báo đến các cơ quan báo chí./.');
  });

  it('lays out the recipients and the signature block side by side', () => {
    const closing = single(article, 'gp-closing');
    const [recipients, signer] = byTag(closing, 'td');
    assert.deepEqual(texts(childElements(recipients!)), [
      'Nơi nhận:',
      '- Các cơ quan báo chí (để đưa tin);',
      '- Cổng Thông tin điện tử tỉnh;',
      '- UBND tỉnh (để báo cáo);',
      '- Giám đốc, các Phó Giám đốc Sở;',
      '- Lưu: VT, VP.',
    ]);
    assert.deepEqual(texts(byClass(signer!, 'gp-signer-title')), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    assert.equal(byClass(signer!, 'gp-signature-space').length, 1, 'room for the signature and seal');
    assert.equal(textOf(single(signer!, 'gp-signer-name')), 'Huỳnh Văn Lộc');
  });

  it('ends with the contact line', () => {
    const last = childElements(article).at(-1)!;
    assert.deepEqual(classesOf(last), ['gp-contact']);
    assert.equal(textOf(last), 'Thông tin liên hệ: Trần Quốc Bảo – Chánh Văn phòng Sở Khoa học và Công nghệ; ĐT: 0273 3 872 145; Email: vanphong.skhcn@dongthap.gov.vn');
  });

  it('marks every top-level block with its source line, generated parts with their front matter key', () => {
    const source = readFileSync(join(repositoryRoot, 'examples/vn-press-release.md'), 'utf8').split('\n');
    const blocks = childElements(article);
    assert.deepEqual(
      blocks.map((element) => element.properties['id']),
      rendered.blocks.map((block) => block.id),
    );
    blocks.forEach((element, index) => assert.equal(element.properties['dataLine'], String(rendered.blocks[index]!.line)));
    const lineText = (kind: string): string => source[rendered.blocks.find((block) => block.kind === kind)!.line - 1]!;
    assert.match(lineText('header'), /^agency:/);
    assert.match(lineText('doc-title'), /^# Kết quả triển khai/);
    assert.match(lineText('lead'), /^Ngày 10\/4\/2026/);
    assert.match(lineText('closing'), /^signer:/);
    assert.match(lineText('contact'), /^contact:/);
    assert.deepEqual(
      rendered.blocks.map((block) => block.kind),
      ['header', 'doc-title', 'lead', 'block', 'block', 'block', 'block', 'block', 'closing', 'contact'],
    );
  });

  it('renders the same release as a portal article in the portal style', () => {
    const portal = articleOf(renderRelease(model, { style: 'portal' }).html);
    assert.deepEqual(classesOf(portal), ['gp-doc', 'gp-article', 'gp-profile-vn-press-release']);
    assert.equal(byClass(portal, 'gp-header').length, 0);
    assert.equal(byClass(portal, 'gp-recipients').length, 0, 'the distribution list is not published');
    assert.equal(textOf(single(portal, 'gp-date')), '10/04/2026');
    assert.equal(byTag(single(portal, 'gp-lead'), 'strong').length, 1, 'the portal prints the lead in bold');
    assert.deepEqual(texts(byClass(single(portal, 'gp-signer'), 'gp-signer-title')), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    assert.equal(byClass(portal, 'gp-contact').length, 1);
  });
});

describe('render: the seed sample (vn-news, portal)', () => {
  const rendered = renderRelease(modelOf(SEED_SAMPLE));
  const article = articleOf(rendered.html);
  const blocks = childElements(article);

  it('shows the headline first, then the bold lead', () => {
    assert.equal(rendered.style, 'portal');
    assert.equal(blocks[0]!.tagName, 'h1');
    assert.equal(
      textOf(blocks[0]!),
      'Sở Thông tin và Truyền thông và Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Tháp ký kết Chương trình phối hợp hoạt động giai đoạn 2022 - 2026',
    );
    assert.equal(rendered.title, textOf(blocks[0]!));
    assert.deepEqual(classesOf(blocks[1]!), ['gp-lead']);
    const [strong] = childElements(blocks[1]!);
    assert.equal(strong!.tagName, 'strong');
    assert.match(textOf(strong!), /^Vừa qua, Sở Thông tin và Truyền thông đã tổ chức lễ ký kết/);
  });

  it('makes three figures with their captions, and no caption paragraph of its own', () => {
    const figures = byTag(article, 'figure');
    assert.equal(figures.length, 3);
    assert.equal(rendered.figureCount, 3);
    assert.deepEqual(
      figures.map((figure) => textOf(byTag(figure, 'figcaption')[0]!)),
      ['Lễ ký kết giữa hai đơn vị', 'Trao Quyết định thành lập cho thành viên Tổ Tham vấn Chuyển đổi số', 'Giới thiệu về chuyển đổi số với các đoàn viên thanh niên'],
    );
    assert.deepEqual(
      figures.map((figure) => byTag(figure, 'img')[0]!.properties['src']),
      ['images/le-ky-ket.jpg', 'images/trao-quyet-dinh.jpg', 'images/gioi-thieu.jpg'],
    );
    const captionParagraphs = byTag(article, 'p').filter((paragraph) => textOf(paragraph) === 'Lễ ký kết giữa hai đơn vị');
    assert.equal(captionParagraphs.length, 0);
  });

  it('closes the last paragraph with ./. and ends with the signature', () => {
    const signature = blocks.at(-1)!;
    assert.deepEqual(classesOf(signature), ['gp-signature']);
    assert.equal(textOf(signature), 'Bích Ngọc – Sở Thông tin và Truyền thông');
    assert.match(textOf(blocks.at(-2)!), /trong thời gian tới\.\/\.$/);
  });

  it('shows no publication date when the front matter has none', () => {
    assert.equal(byClass(article, 'gp-date').length, 0);
  });
});

describe('render: portal article (examples/vn-news.md)', () => {
  const article = articleOf(renderRelease(modelOf('examples/vn-news.md')).html);

  it('puts the publication date under the headline', () => {
    const [title, date] = childElements(article);
    assert.equal(title!.tagName, 'h1');
    const time = byTag(date!, 'time')[0]!;
    assert.equal(time.properties['dateTime'], '2026-04-14');
    assert.equal(textOf(time), '14/04/2026');
  });

  it('separates the photo credit from the caption', () => {
    const caption = byTag(article, 'figcaption')[0]!;
    assert.equal(textOf(caption), 'Lãnh đạo hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030. Ảnh: Minh Tâm');
    assert.equal(textOf(single(caption, 'gp-credit')), 'Ảnh: Minh Tâm');
    assert.equal(byTag(article, 'img')[0]!.properties['alt'], 'Giám đốc Sở Khoa học và Công nghệ và Bí thư Tỉnh đoàn ký văn bản phối hợp tại hội trường');
  });

  it('keeps the participants sentence as written', () => {
    const participants = byTag(article, 'p').find((paragraph) => textOf(paragraph).startsWith('Tham dự buổi lễ có'));
    assert.equal(
      textOf(participants!),
      'Tham dự buổi lễ có ông Lê Minh Khoa – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; ông Võ Thanh Tùng – Tỉnh ủy viên, Bí thư Tỉnh đoàn; bà Phạm Thị Thu Hà – Giám đốc Sở Khoa học và Công nghệ; cùng đại diện lãnh đạo các sở, ngành tỉnh và hơn 200 đoàn viên, thanh niên tiêu biểu.',
    );
  });
});

describe('render: AP-style release (en-press-release, en)', () => {
  const rendered = renderRelease(modelOf('examples/en-press-release.md'));
  const article = articleOf(rendered.html);
  const blocks = childElements(article);

  it('shows the release line, the headline, the dateline lead not in bold', () => {
    assert.equal(rendered.style, 'en');
    assert.equal(article.properties['lang'], 'en');
    assert.deepEqual(classesOf(blocks[0]!), ['gp-release-line']);
    assert.equal(textOf(blocks[0]!), 'FOR IMMEDIATE RELEASE');
    assert.equal(blocks[1]!.tagName, 'h1');
    assert.deepEqual(classesOf(blocks[2]!), ['gp-lead']);
    assert.match(textOf(blocks[2]!), /^LAKEMONT, Ore\. — Oct\. 6, 2026 — /);
    assert.equal(byTag(blocks[2]!, 'strong').length, 0);
    assert.equal(byClass(article, 'gp-date').length, 0);
  });

  it('keeps the boilerplate and media contact sections and ends with the centred end mark', () => {
    assert.deepEqual(texts(byTag(article, 'h2')), ['About Calder County Library District', 'Media contact']);
    const contact = blocks.at(-2)!;
    assert.equal(byTag(contact, 'br').length, 2, 'name, phone and email on their own lines');
    assert.deepEqual(classesOf(blocks.at(-1)!), ['gp-end-mark']);
    assert.equal(textOf(blocks.at(-1)!), '###');
    assert.equal(byClass(article, 'gp-contact').length, 0, 'the front matter contact is not repeated');
  });
});

describe('render: AP-style release with its contact in the front matter', () => {
  it('makes the Media contact section from the front matter, before the end mark', () => {
    const source = readFileSync(join(repositoryRoot, 'examples/en-press-release.md'), 'utf8').replace(/## Media contact[\s\S]*?(?=\\###)/, '');
    const rendered = renderRelease(buildModel(source));
    const article = articleOf(rendered.html);
    const contact = single(article, 'gp-contact');
    assert.equal(childElements(article).at(-2), contact);
    assert.deepEqual(rendered.blocks.slice(-2).map((block) => block.kind), ['contact', 'end-mark']);
    assert.deepEqual(texts(childElements(contact)), ['Media contact', 'Jordan Ellis', '541-555-0182', 'jellis@example.org']);
    assert.equal(childElements(contact)[0]!.tagName, 'h2');
  });
});

describe('render: parts generated from an incomplete front matter', () => {
  const render = (frontMatter: string, body = '\nNội dung./.\n') => articleOf(renderRelease(buildModel(`---\nprofile: vn-press-release\n${frontMatter}---\n${body}`)).html);

  it('prints blanks for a missing place and date, and Số: without a number', () => {
    const article = render('agency: Sở Khoa học và Công nghệ\n');
    assert.equal(textOf(single(article, 'gp-place-date')), '……, ngày … tháng … năm …');
    assert.equal(textOf(single(article, 'gp-number')), 'Số:');
    assert.deepEqual(texts(byClass(article, 'gp-agency')), ['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    assert.equal(byClass(article, 'gp-parent-agency').length, 0);
  });

  it('takes the summary from the front matter title when there is no H1', () => {
    const article = render('title: Về kết quả tháng 3\n');
    assert.equal(textOf(byTag(single(article, 'gp-doc-title'), 'h1')[0]!), 'Về kết quả tháng 3');
  });

  it('prints one title line when the head signs, and a lone recipient without a semicolon', () => {
    const article = render('signer:\n  head: Giám đốc\n  title: Giám đốc\n  name: Phạm Thị Thu Hà\nrecipients:\n  - "Lưu: VT."\n');
    assert.deepEqual(texts(byClass(article, 'gp-signer-title')), ['GIÁM ĐỐC']);
    assert.deepEqual(texts(byClass(article, 'gp-recipient')), ['- Lưu: VT.']);
  });

  it('prints the authority before the head: TM. and Q.', () => {
    const acting = render('signer:\n  authority: Q.\n  head: Giám đốc\n  name: Nguyễn Văn An\n');
    assert.deepEqual(texts(byClass(acting, 'gp-signer-title')), ['Q. GIÁM ĐỐC']);
    const collective = render('signer:\n  authority: TM.\n  head: Ủy ban nhân dân\n  title: Chủ tịch\n  name: Nguyễn Văn An\n');
    assert.deepEqual(texts(byClass(collective, 'gp-signer-title')), ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('prints KT. and the chair between TM. and a deputy chair, as Phụ lục I does', () => {
    const deputy = render('signer:\n  authority: TM.\n  head: Ủy ban nhân dân\n  title: Phó Chủ tịch\n  name: Trần Văn Bình\n');
    assert.deepEqual(texts(byClass(deputy, 'gp-signer-title')), ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('prints Q. GIÁM ĐỐC alone when an acting head signs, however the authority is written', () => {
    for (const authority of ['Q.', 'q']) {
      const article = render(`signer:\n  authority: ${authority}\n  head: Giám đốc\n  title: Phó Giám đốc\n  name: Nguyễn Văn An\n`);
      assert.equal(texts(byClass(article, 'gp-signer-title')).length, 1);
      assert.deepEqual(texts(byClass(article, 'gp-signer-name')), ['Nguyễn Văn An']);
    }
  });

  it('does not print twice a dash or semicolon typed into a recipient', () => {
    const article = render('recipients:\n  - "- Như trên;"\n  - "Sở Y tế ;"\n  - "– Lưu: VT, VP."\n');
    assert.deepEqual(texts(byClass(article, 'gp-recipient')), ['- Như trên;', '- Sở Y tế;', '- Lưu: VT, VP.']);
  });

  it('adds the address and website line to the contact', () => {
    const article = render('contact:\n  name: Trần Quốc Bảo\n  phone: "0273 3 872 145"\n  address: 12 Đường 30/4, phường Cao Lãnh\n  website: https://skhcn.dongthap.gov.vn\n');
    assert.deepEqual(texts(byTag(single(article, 'gp-contact'), 'p')), [
      'Thông tin liên hệ: Trần Quốc Bảo; ĐT: 0273 3 872 145',
      'Địa chỉ: 12 Đường 30/4, phường Cao Lãnh; Trang thông tin điện tử: https://skhcn.dongthap.gov.vn',
    ]);
  });

  it('drops raw HTML blocks and comments without leaving an empty block', () => {
    const rendered = renderRelease(buildModel('---\nprofile: vn-news\n---\n\n<!--lint disable title-missing-->\n\n<div>raw</div>\n\nĐoạn văn./.\n'));
    const article = articleOf(rendered.html);
    assert.deepEqual(texts(childElements(article)), ['Đoạn văn./.']);
    assert.deepEqual(rendered.blocks.map((block) => block.line), [9]);
  });

  it('links footnote references to their notes, labelled in Vietnamese', () => {
    const article = articleOf(renderRelease(buildModel('---\nprofile: vn-news\n---\n\nĐoạn văn[^1].\n\n[^1]: Ghi chú.\n')).html);
    const reference = byTag(article, 'a').find((link) => 'dataFootnoteRef' in link.properties)!;
    const target = String(reference.properties['href']).slice(1);
    assert.equal(allElements(article).filter((element) => element.properties['id'] === target).length, 1);
    assert.equal(textOf(byClass(article, 'sr-only')[0]!), 'Chú thích');
  });

  it('puts the notes after the text, before the byline, the signature block and the contact line', () => {
    const news = childElements(articleOf(renderRelease(buildModel('---\nprofile: vn-news\n---\n\nĐoạn văn[^1] đầu tiên của bài viết.\n\n[^1]: Ghi chú.\n\nĐoạn cuối./.\n\nMinh Thư\n')).html));
    assert.deepEqual(news.slice(-2).map((element) => classesOf(element).join(' ')), ['footnotes', 'gp-signature']);
    const formal = childElements(render('signer:\n  title: Giám đốc\n  name: Phạm Thị Thu Hà\ncontact:\n  name: Trần Quốc Bảo\n', '\nNội dung[^1]./.\n\n[^1]: Ghi chú.\n'));
    assert.deepEqual(formal.slice(-3).map((element) => classesOf(element).join(' ')), ['footnotes', 'gp-closing', 'gp-contact']);
    const english = childElements(articleOf(renderRelease(buildModel('---\nprofile: en-press-release\n---\n\nFOR IMMEDIATE RELEASE\n\n# Title\n\nText[^1].\n\n###\n\n[^1]: A note.\n')).html));
    assert.deepEqual(english.slice(-2).map((element) => classesOf(element).join(' ')), ['footnotes', 'gp-end-mark']);
  });
});

describe('render: images', () => {
  const news = modelOf('examples/vn-news.md');

  it('asks the resolver for each image and shows a note where it has none', () => {
    const asked: string[] = [];
    const rendered = renderRelease(news, {
      resolveImage: (url) => {
        asked.push(url);
        return url.includes('le-ky-ket') ? 'https://portal.example/anh/le-ky-ket.png' : undefined;
      },
    });
    assert.deepEqual(asked, ['images/le-ky-ket.png', 'images/trai-nghiem-tien-ich-so.png']);
    assert.deepEqual(rendered.missingImages, ['images/trai-nghiem-tien-ich-so.png']);
    const [first, second] = byTag(articleOf(rendered.html), 'figure');
    assert.equal(byTag(first!, 'img')[0]!.properties['src'], 'https://portal.example/anh/le-ky-ket.png');
    assert.equal(byTag(second!, 'img').length, 0);
    assert.equal(textOf(single(second!, 'gp-missing-image')), 'Không hiển thị được ảnh: images/trai-nghiem-tien-ich-so.png');
    assert.equal(byTag(second!, 'figcaption').length, 1, 'the caption stays');
  });

  it('accepts raster data URIs from the resolver and refuses anything executable', () => {
    const png = new Uint8Array(readFileSync(join(repositoryRoot, 'examples/images/le-ky-ket.png')));
    const dataUri = imageDataUri(png, readImageInfo(png)!);
    const embedded = renderRelease(news, { resolveImage: () => dataUri });
    assert.ok(byTag(articleOf(embedded.html), 'img').every((image) => image.properties['src'] === dataUri));
    for (const hostile of ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml;base64,PHN2Zz4=', 'vbscript:msgbox(1)']) {
      const rendered = renderRelease(news, { resolveImage: () => hostile });
      assert.equal(byTag(articleOf(rendered.html), 'img').length, 0, hostile);
      assert.equal(rendered.missingImages.length, 2, hostile);
    }
  });
});

describe('render: portal HTML for a portal editor', () => {
  const html = renderPortalHtml(modelOf('examples/vn-news.md'));
  const tree = parseHtml(html);

  it('has no class, id, style, data attribute or script', () => {
    for (const element of allElements(tree)) {
      const names = Object.keys(element.properties);
      assert.deepEqual(names.filter((name) => name === 'className' || name === 'id' || name === 'style' || name.startsWith('data')), [], element.tagName);
      assert.ok(!['script', 'style', 'span', 'div', 'article'].includes(element.tagName), element.tagName);
    }
  });

  it('is the body of the article: bold lead, figures with captions, signature; no headline or date', () => {
    const blocks = childElements(tree);
    assert.equal(byTag(tree, 'h1').length, 0);
    assert.equal(byTag(tree, 'time').length, 0);
    assert.equal(byTag(blocks[0]!, 'strong').length, 1);
    assert.deepEqual(
      byTag(tree, 'figcaption').map((caption) => textOf(caption)),
      [
        'Lãnh đạo hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030. Ảnh: Minh Tâm',
        'Đoàn viên, thanh niên trải nghiệm các tiện ích số tại gian trưng bày bên lề buổi lễ. Ảnh: Minh Tâm',
      ],
    );
    assert.equal(textOf(blocks.at(-1)!), 'Ngọc Hân – Sở Khoa học và Công nghệ');
  });
});

describe('render: standalone page', () => {
  const css = stylesheetFiles('print')
    .map((file) => readFileSync(join(repositoryRoot, 'media', file), 'utf8'))
    .join('\n');
  const page = renderDocument(modelOf('examples/vn-press-release.md'), { css });
  const tree = parseHtml(page, false);

  it('declares its charset, language and title, and inlines the stylesheet', () => {
    assert.match(page, /^<!doctype html>/i);
    const html = byTag(tree, 'html')[0]!;
    assert.equal(html.properties['lang'], 'vi');
    assert.equal(byTag(tree, 'meta')[0]!.properties['charSet'], 'utf-8');
    assert.equal(textOf(byTag(tree, 'title')[0]!), 'Kết quả triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh Đồng Tháp quý I năm 2026');
    const style = byTag(tree, 'style');
    assert.equal(style.length, 1);
    assert.ok(textOf(style[0]!).includes('@page'));
    assert.equal(byTag(tree, 'link').length, 0, 'nothing loaded from outside');
  });

  it('allows no script and no resource but images from data: under its Content-Security-Policy', () => {
    const policy = byTag(tree, 'meta').find((meta) => meta.properties['httpEquiv']?.toString() === 'Content-Security-Policy');
    const directives = String(policy!.properties['content']).split(/\s*;\s*/);
    assert.deepEqual(directives, ["default-src 'none'", 'img-src data:', "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'"]);
    assert.equal(byTag(tree, 'script').length, 0);
  });

  it('prints section headings at the body size, level 2 one point larger, as the Word export does', () => {
    assert.match(css, /\.gp-doc h2 \{[^}]*font-size: 15pt;/);
    assert.match(css, /\.gp-doc :is\(h3, h4, h5, h6\) \{[^}]*font-size: 14pt;/);
  });

  it('names local fonts only: Times New Roman first, then its metric twins', () => {
    assert.match(css, /font-family: 'Times New Roman', Tinos, 'Liberation Serif', serif;/);
    assert.doesNotMatch(css, /@import|@font-face|url\(/);
  });
});

describe('image headers', () => {
  it('reads the size of a PNG', () => {
    const png = new Uint8Array(readFileSync(join(repositoryRoot, 'examples/images/le-ky-ket.png')));
    assert.deepEqual(readImageInfo(png), { type: 'png', mime: 'image/png', width: 480, height: 270 });
  });

  it('reads the size of a GIF', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00, 0, 0, 0]);
    assert.deepEqual(readImageInfo(gif), { type: 'gif', mime: 'image/gif', width: 320, height: 240 });
  });

  it('walks JPEG segments to the frame header', () => {
    const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array.from({ length: 14 }, () => 0)];
    const sof2 = [0xff, 0xc2, 0x00, 0x11, 0x08, 0x02, 0x1c, 0x04, 0x00, 0x03];
    assert.deepEqual(readImageInfo(new Uint8Array([0xff, 0xd8, ...app0, 0xff, ...sof2])), { type: 'jpg', mime: 'image/jpeg', width: 1024, height: 540 });
  });

  it('refuses what is not a complete image header', () => {
    const png = new Uint8Array(readFileSync(join(repositoryRoot, 'examples/images/le-ky-ket.png')));
    for (const bytes of [new Uint8Array(), png.subarray(0, 20), new TextEncoder().encode('<svg onload="alert(1)"/>'), new Uint8Array([0xff, 0xd8, 0xff, 0xd9])]) {
      assert.equal(readImageInfo(bytes), undefined);
    }
  });
});

describe('render: photo paragraphs keep every word', () => {
  const render = (markdown: string): Element => articleOf(renderRelease(buildModel(markdown), { style: 'portal' }).html);

  it('shows the caption line under a photo that also has a title, and keeps the title on the photo', () => {
    const article = render('# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/4, hội nghị diễn ra tại Hội trường tỉnh.\n\n![Toàn cảnh](a.jpg "Toàn cảnh hội nghị")\n*Đại biểu dự hội nghị. Ảnh: Minh Tâm*\n\nHội nghị kết thúc lúc 11 giờ./.\n');
    assert.equal(textOf(byTag(article, 'figcaption')[0]!), 'Đại biểu dự hội nghị. Ảnh: Minh Tâm');
    assert.equal(byTag(article, 'img')[0]!.properties['title'], 'Toàn cảnh hội nghị');
  });

  it('shows text written between two photos of one paragraph as a paragraph', () => {
    const article = render('# Hội nghị tổng kết công tác năm 2026\n\nSáng 14/4, hội nghị diễn ra tại Hội trường tỉnh.\n\n![A](a.jpg) Lãnh đạo tỉnh trao bằng khen cho các tập thể ![B](b.jpg)\n\nHội nghị kết thúc lúc 11 giờ./.\n');
    assert.ok(textOf(article).includes('Lãnh đạo tỉnh trao bằng khen cho các tập thể'));
    assert.equal(byTag(article, 'img').length, 2);
  });
});
