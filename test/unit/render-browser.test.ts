/**
 * Exports opened in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): hostile input runs nothing, the layouts hold (header
 * columns, captions, body text, light and dark), and screenshots of the
 * portal and print styles are saved under test-output/render/ for a person
 * to look at.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { readImageInfo } from '../../src/core/render/image-info';
import { HOSTILE_RELEASE, SEED_SAMPLE, repositoryRoot } from './render-support';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(repositoryRoot, 'test-output', 'render');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (Debian: apt-get install chromium)`;

async function govpress(args: string[], cwd: string): Promise<void> {
  let stderr = '';
  const code = await main(args, { stdout: () => {}, stderr: (line) => (stderr += `${line}\n`) }, cwd);
  assert.equal(code, 0, stderr);
}

/**
 * Evaluates a JavaScript expression in the page, with `style(selector)` and
 * `box(selector)` at hand. It is source text because these tests are type
 * checked without the DOM library, and because a function handed to
 * page.evaluate() would carry the test compiler's name helpers.
 */
function probe<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
    return ${expression};
  })()`) as Promise<T>;
}

const SENTINEL = 'window.__pwned';

interface Box {
  left: number;
  right: number;
  top: number;
  width: number;
  height: number;
}

interface FormalLayout {
  agency: Box;
  nation: Box;
  nationalLines: number;
  number: Box;
  placeDate: Box;
  placeDateStyle: string;
  motto: Box;
  body: string[];
  recipient: string;
  recipientsLabel: string[];
  signer: Box;
  recipients: Box;
  contactBorder: string;
}

/** A size in points as Chromium reports it computed: pixels at 96 per inch, to 4 decimals. */
function pointsAsCss(points: number): string {
  return `${Number(((points * 96) / 72).toFixed(4))}px`;
}

/** What a page did that it must not: dialogs, script errors, requests beyond its own file. */
interface Watch {
  dialogs: string[];
  errors: string[];
  requests: string[];
}

function watch(page: Page, ownUrl: string): Watch {
  const seen: Watch = { dialogs: [], errors: [], requests: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url !== ownUrl && !url.startsWith('data:')) seen.requests.push(url);
  });
  return seen;
}

describe('render in Chromium', { skip, timeout: 240_000 }, () => {
  let browser: Browser;
  let work: string;

  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=Translate,OptimizationHints,MediaRouter'],
    });
    work = mkdtempSync(join(tmpdir(), 'govpress-browser-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
  });

  /** Opens a file as a reader would, with every event handler a page could carry fired on every element. */
  async function openAndProvoke(path: string): Promise<{ page: Page; seen: Watch }> {
    const url = pathToFileURL(path).href;
    const page = await browser.newPage();
    const seen = watch(page, url);
    await page.goto(url, { waitUntil: 'load' });
    // Runs in the page through the DevTools protocol, which the page's policy does not restrict.
    await probe(
      page,
      `[...document.querySelectorAll('*')].forEach((element) =>
        ['click', 'mouseover', 'focus', 'toggle', 'load', 'error', 'animationstart'].forEach((type) => element.dispatchEvent(new Event(type))))`,
    );
    await page.waitForTimeout(300);
    return { page, seen };
  }

  async function assertInert(path: string): Promise<void> {
    const { page, seen } = await openAndProvoke(path);
    assert.equal(await probe(page, SENTINEL), undefined, 'no script set the sentinel');
    assert.deepEqual(seen.dialogs, [], 'no dialog opened');
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.requests, [], 'nothing was fetched');
    assert.equal(await probe(page, `document.querySelectorAll('script, iframe, object, embed, svg, style:not(head > style), form').length`), 0);
    assert.deepEqual(await probe(page, `[...document.querySelectorAll('[href]')].map((link) => link.getAttribute('href')).filter((href) => !/^(?:https?:|mailto:|#)/.test(href))`), []);
    await page.close();
  }

  it('sees a script that does run (control for the checks below)', async () => {
    const control = join(work, 'control.html');
    writeFileSync(control, `<!doctype html><p onclick="alert('clicked')">x</p><script>window.__pwned = 'control'</script>`);
    const { page, seen } = await openAndProvoke(control);
    assert.equal(await probe(page, SENTINEL), 'control');
    assert.deepEqual(seen.dialogs, ['clicked']);
    await page.close();
  });

  it('runs no script from a hostile release exported as a page', async () => {
    writeFileSync(join(work, 'hostile.md'), HOSTILE_RELEASE);
    for (const style of ['print', 'portal', 'en']) {
      await govpress(['render', 'hostile.md', '--style', style, '-o', `hostile-${style}.html`], work);
      await assertInert(join(work, `hostile-${style}.html`));
    }
  });

  it('runs no script from hostile portal HTML, which has no policy of its own', async () => {
    await govpress(['render', 'hostile.md', '--format', 'portal-html', '-o', 'hostile-portal.html'], work);
    await assertInert(join(work, 'hostile-portal.html'));
  });

  it('lets the page policy show images copied beside the page', async () => {
    await govpress(['render', join(repositoryRoot, 'examples', 'vn-news.md'), '--images', 'copy', '-o', 'copy/news.html'], work);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(work, 'copy', 'news.html')).href, { waitUntil: 'load' });
    assert.deepEqual(await probe(page, '[...document.images].map((image) => image.naturalWidth)'), [480, 480]);
    await page.close();
  });

  describe('layout and screenshots', () => {
    /** The seed sample with photos: Chromium draws three JPEGs under the names the article uses. */
    let seed: string;

    before(async () => {
      seed = join(work, 'seed');
      mkdirSync(join(seed, 'images'), { recursive: true });
      writeFileSync(join(seed, 'seed.md'), readFileSync(SEED_SAMPLE));
      const photos: Array<[string, string]> = [
        ['le-ky-ket.jpg', '#2f6f9f'],
        ['trao-quyet-dinh.jpg', '#9f4f2f'],
        ['gioi-thieu.jpg', '#3f8f4f'],
      ];
      const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
      for (const [name, colour] of photos) {
        await page.setContent(`<body style="margin:0"><div style="width:640px;height:360px;background:${colour};color:#fff;font:40px sans-serif;display:grid;place-items:center">Ảnh ${name}</div></body>`);
        writeFileSync(join(seed, 'images', name), await page.screenshot({ type: 'jpeg', quality: 80 }));
      }
      await page.close();
    });

    async function screenshot(html: string, name: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1200 }, colorScheme: options.colorScheme ?? 'light' });
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      return page;
    }

    it('seed sample, portal: bold lead, three photos with centred italic captions, signature on the right', async () => {
      await govpress(['render', 'seed.md', '--style', 'portal', '-o', 'seed-portal.html'], seed);
      const page = await screenshot(join(seed, 'seed-portal.html'), 'seed-portal');
      const layout = await probe<{ lead: string; images: number[][]; captions: string[][]; signature: string }>(
        page,
        `{
          lead: style('.gp-lead').fontWeight,
          images: [...document.images].map((image) => [image.naturalWidth, image.naturalHeight]),
          captions: [...document.querySelectorAll('figcaption')].map((caption) => [getComputedStyle(caption).textAlign, getComputedStyle(caption).fontStyle]),
          signature: style('.gp-signature').textAlign,
        }`,
      );
      assert.equal(layout.lead, '700');
      assert.deepEqual(layout.images, [
        [640, 360],
        [640, 360],
        [640, 360],
      ]);
      assert.deepEqual(layout.captions, [
        ['center', 'italic'],
        ['center', 'italic'],
        ['center', 'italic'],
      ]);
      assert.equal(layout.signature, 'right');
      await page.close();
    });

    it('seed sample, print: a clean article in Times New Roman on A4', async () => {
      await govpress(['render', 'seed.md', '--style', 'print', '-o', 'seed-print.html'], seed);
      const page = await screenshot(join(seed, 'seed-print.html'), 'seed-print');
      const layout = await probe<{ font: string; width: number; size: string }>(
        page,
        `{ font: style('.gp-doc').fontFamily, width: box('.gp-doc').width, size: style('.gp-doc > p:not(.gp-lead)').fontSize }`,
      );
      assert.match(layout.font, /^"Times New Roman"/);
      assert.equal(Math.round(layout.width), Math.round((210 / 25.4) * 96), 'an A4 sheet on screen');
      assert.equal(layout.size, pointsAsCss(14));
      await page.close();
    });

    it('formal release, print: the header columns, Số beside the place-date line, justified indented body', async () => {
      await govpress(['render', join(repositoryRoot, 'examples', 'vn-press-release.md'), '-o', 'tcbc-print.html'], work);
      const page = await screenshot(join(work, 'tcbc-print.html'), 'vn-press-release-print');
      const layout = await probe<FormalLayout>(
        page,
        `{
          agency: box('.gp-agency'),
          nation: box('.gp-national-title'),
          nationalLines: Math.round(box('.gp-national-title').height / parseFloat(style('.gp-national-title').lineHeight)),
          number: box('.gp-number'),
          placeDate: box('.gp-place-date'),
          placeDateStyle: style('.gp-place-date').fontStyle,
          motto: box('.gp-motto span'),
          body: [style('.gp-formal > p').textAlign, style('.gp-formal > p').textIndent],
          recipient: style('.gp-recipient').fontSize,
          recipientsLabel: [style('.gp-recipients-label').fontSize, style('.gp-recipients-label').fontWeight, style('.gp-recipients-label').fontStyle],
          signer: box('.gp-signer'),
          recipients: box('.gp-recipients'),
          contactBorder: style('.gp-contact').borderTopStyle,
        }`,
      );
      assert.ok(layout.agency.right <= layout.nation.left, 'agencies left of the Quốc hiệu');
      assert.equal(layout.nationalLines, 1, 'the Quốc hiệu on one line');
      assert.ok(Math.abs(layout.number.top - layout.placeDate.top) < 4, 'Số and the place-date line on one row');
      assert.ok(layout.number.right <= layout.placeDate.left);
      assert.equal(layout.placeDateStyle, 'italic');
      assert.ok(layout.motto.width < layout.nation.width, 'the line under the Tiêu ngữ is as long as its text, not the column');
      assert.deepEqual(layout.body, ['justify', `${(1.27 / 2.54) * 96}px`]);
      assert.equal(layout.recipient, pointsAsCss(11));
      assert.deepEqual(layout.recipientsLabel, ['16px', '700', 'italic']);
      assert.ok(layout.signer.left >= layout.recipients.right - 1, 'the signature block right of the recipients');
      assert.equal(layout.contactBorder, 'solid');
      await page.close();
    });

    it('formal release, print: a long recipient wraps under its text, not under its dash', async () => {
      const release = readFileSync(join(repositoryRoot, 'examples', 'vn-press-release.md'), 'utf8');
      const long = 'Ban Tuyên giáo và Dân vận Tỉnh ủy, Văn phòng Đoàn ĐBQH và HĐND tỉnh, UBND tỉnh (để báo cáo)';
      assert.ok(release.includes('  - UBND tỉnh (để báo cáo)\n'));
      writeFileSync(join(work, 'long-recipient.md'), release.replace('  - UBND tỉnh (để báo cáo)\n', `  - ${long}\n`));
      await govpress(['render', 'long-recipient.md', '-o', 'long-recipient.html'], work);
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(work, 'long-recipient.html')).href);
      // The left edge of each line the entry takes.
      const lineStarts = await probe<number[]>(
        page,
        `(() => {
          const entry = [...document.querySelectorAll('.gp-recipient')].find((element) => element.textContent.includes('Dân vận'));
          const range = document.createRange();
          range.selectNodeContents(entry);
          const lefts = [...range.getClientRects()].map((rect) => Math.round(rect.left));
          return [...new Set(lefts)];
        })()`,
      );
      const dash = await probe<number>(page, `box('.gp-recipients-label').left`);
      assert.ok(lineStarts.length === 2, `the entry takes several lines, the wrapped ones aligned: ${lineStarts}`);
      assert.equal(lineStarts[0], Math.round(dash), 'the dash flush with Nơi nhận:');
      assert.ok(lineStarts[1]! - lineStarts[0]! >= 5, `wrapped lines indented past the dash: ${lineStarts}`);
      await page.close();
    });

    it('formal release, portal: the same text as a portal article', async () => {
      await govpress(['render', join(repositoryRoot, 'examples', 'vn-press-release.md'), '--style', 'portal', '-o', 'tcbc-portal.html'], work);
      const page = await screenshot(join(work, 'tcbc-portal.html'), 'vn-press-release-portal');
      assert.equal(await probe(page, `style('.gp-signer').textAlign`), 'right');
      await page.close();
    });

    it('portal follows the dark scheme, and VS Code’s theme class wins over it', async () => {
      await govpress(['render', join(repositoryRoot, 'examples', 'vn-news.md'), '-o', 'news-portal.html'], work);
      const page = await screenshot(join(work, 'news-portal.html'), 'vn-news-portal-dark', { colorScheme: 'dark' });
      /** Relative luminance of the article's background, 0 (black) to 1 (white). */
      const luminance = async (): Promise<number> => {
        const [red, green, blue] = (await probe<string>(page, `style('.gp-doc').backgroundColor`)).match(/\d+/g)!.map(Number);
        return (0.2126 * red! + 0.7152 * green! + 0.0722 * blue!) / 255;
      };
      assert.ok((await luminance()) < 0.3, 'dark under prefers-color-scheme: dark');
      await probe(page, `document.body.classList.add('vscode-light')`);
      assert.ok((await luminance()) > 0.7, 'light in a light VS Code theme');
      await page.emulateMedia({ colorScheme: 'light' });
      await probe(page, `document.body.classList.replace('vscode-light', 'vscode-dark')`);
      assert.ok((await luminance()) < 0.3, 'dark in a dark VS Code theme');
      await page.close();
    });

    it('embeds the JPEG photos in Word at their size', async () => {
      await govpress(['render', 'seed.md', '--format', 'docx', '-o', 'seed.docx'], seed);
      const files = unzipSync(new Uint8Array(readFileSync(join(seed, 'seed.docx'))));
      const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
      assert.equal(media.length, 3);
      for (const name of media) assert.deepEqual(readImageInfo(files[name]!), { type: 'jpg', mime: 'image/jpeg', width: 640, height: 360 });
      assert.equal(strFromU8(files['word/document.xml']!).match(/<w:drawing>/g)?.length, 3);
    });
  });
});
