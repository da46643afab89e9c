/**
 * Drives a VS Code workbench page in Debian's Chromium until the extension tests in it
 * report their end, and serves the tests' screenshot requests. Everything it sees goes to
 * test-output/vscode/<host>/: console.log (the workbench's and extension host's console),
 * the screenshots, and end.png, the workbench as the run ended.
 */
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start.
  '--disable-gpu',
  '--no-first-run',
  // The machine reaches no Google service: without these, Chromium keeps trying at every start.
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Replaces Playwright's own list, which turns storage partitioning off: the webviews'
  // cross-site iframes then cannot register their service workers.
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

const VIEWPORT = { width: 1440, height: 900 };
/** The prefix of the suite's result lines (test/vscode/suite/index.ts). */
const RESULT_PREFIX = '[govpress-test]';

export interface Summary {
  passed: number;
  failed: number;
  pending: number;
}

export interface Outcome {
  host: string;
  ok: boolean;
  summary?: Summary;
  /** Why the run failed, when it did. */
  problem?: string;
  seconds: number;
}

export class WorkbenchHarness {
  private readonly log: WriteStream;
  private page: Page | undefined;

  private constructor(
    readonly host: string,
    private readonly outputDir: string,
    private readonly server: Server,
    /** Where the tests ask for screenshots (`POST /screenshot?name=…`). */
    readonly url: string,
  ) {
    this.log = createWriteStream(path.join(outputDir, 'console.log'));
  }

  static async start(host: string, outputDir: string): Promise<WorkbenchHarness> {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
    let harness: WorkbenchHarness | undefined;
    const server = createServer((request, response) => void harness?.answer(request.method, request.url ?? '/', response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    harness = new WorkbenchHarness(host, outputDir, server, `http://127.0.0.1:${port}`);
    return harness;
  }

  /**
   * Opens the workbench and waits for `codeAutomationExit`, which VS Code calls when the
   * tests' `run` settles. Fails early when `hostExited` settles first, and after `timeoutMs`.
   */
  async run(workbenchUrl: string, timeoutMs: number, hostExited: Promise<string>): Promise<Outcome> {
    const started = Date.now();
    let summary: Summary | undefined;
    let browser: Browser | undefined;
    let timer: NodeJS.Timeout | undefined;
    const end = (ok: boolean, problem?: string): Outcome => ({ host: this.host, ok, summary, problem, seconds: (Date.now() - started) / 1000 });
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: VIEWPORT });
      this.page = page;

      let exit: (code: number) => void = () => {};
      const exited = new Promise<number>((resolve) => (exit = resolve));
      await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
      // The workbench's log, the extension host's console among it.
      await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const text = args.map(String).join(' ');
        this.write(`[${type}] ${text}`);
        if (!text.startsWith(`${RESULT_PREFIX} `)) return;
        const result = text.slice(RESULT_PREFIX.length + 1);
        if (result.startsWith('summary ')) summary = JSON.parse(result.slice('summary '.length)) as Summary;
        else console.log(`  ${this.host}: ${result}`);
      });
      // What only the page sees: failed requests, errors outside VS Code's logging.
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') this.write(`[page ${message.type()}] ${message.text()}`);
      });
      page.on('pageerror', (error) => this.write(`[page error] ${error.stack ?? error.message}`));
      const crashed = new Promise<string>((resolve) => page.once('crash', () => resolve('the workbench page crashed')));
      const timedOut = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`no result after ${timeoutMs / 1000} s`), timeoutMs);
      });

      await page.goto(workbenchUrl);
      // An exit code, or why there will be none.
      const result = await Promise.race([exited, crashed, timedOut, hostExited]);
      await this.saveScreenshot('end').catch((error: Error) => this.write(`[harness] no end screenshot: ${error.message}`));
      if (typeof result === 'string') return end(false, result);
      if (!summary) return end(false, `the suite printed no summary (exit code ${result})`);
      if (result !== 0 || summary.failed > 0) return end(false, `${summary.failed} failed, exit code ${result}`);
      if (summary.passed === 0) return end(false, 'no test ran');
      return end(true);
    } catch (error) {
      return end(false, error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
      this.page = undefined;
      await browser?.close();
    }
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
    await new Promise((resolve) => this.log.end(resolve));
  }

  private write(line: string): void {
    this.log.write(`${line}\n`);
  }

  private async saveScreenshot(name: string): Promise<string> {
    if (!this.page) throw new Error('no workbench is open');
    // Let the workbench paint what the extension host just changed (decorations, panels).
    await this.page.waitForTimeout(500);
    const file = path.join(this.outputDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Answers a test's request; `*` because the web worker host calls from the workbench's origin. */
  private async answer(method: string | undefined, url: string, response: ServerResponse): Promise<void> {
    response.setHeader('Access-Control-Allow-Origin', '*');
    const { pathname, searchParams } = new URL(url, this.url);
    const name = searchParams.get('name') ?? '';
    if (method !== 'POST' || pathname !== '/screenshot' || !/^[\w.-]+$/.test(name)) {
      response.writeHead(404).end('POST /screenshot?name=<letters, digits, . _ ->');
      return;
    }
    try {
      const file = await this.saveScreenshot(name);
      this.write(`[harness] screenshot ${file}`);
      response.writeHead(200).end(file);
    } catch (error) {
      response.writeHead(500).end(error instanceof Error ? error.message : String(error));
    }
  }
}
