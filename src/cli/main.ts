import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allRules } from '../core/rules/index';
import { isProfileId, profiles, DEFAULT_PROFILE } from '../core/profiles/index';
import { fillTemplate, newReleaseValues } from '../core/templates';
import { localize } from '../core/i18n/localize';
import { ConfigValidationError } from '../core/config/parse';
import type { Lang, Localized } from '../core/types';
import { nearest } from '../core/text/nearest';
import { runLint } from './lint-command';
import { workerScript } from './lint-pool';
import { defaultConcurrency } from './lint-workers';
import { isFormatName } from './formatters/index';
import { UsageError, type Output } from './output';
import { rulesTable } from './rules-command';
import { INIT_CONFIG } from './init-config';
import { ConfigFileError } from './config-loader';
import { DEFAULT_CACHE_FOLDER } from './cache';
import { parseShard } from './shard';
import { CLI_OPTIONS } from './options';

const HELP = `Usage: govpress <command> [options]

Commands:
  lint [paths|globs|dirs...]   Check press releases (folders are searched recursively)
  rules                        List the rules
  new <file>                   Write a new release from a template
  render <file>                Export a release as HTML or Word
  import <file|->              Make a release of a Word (.docx), HTML or text draft
  init                         Write a commented .govpressrc.json

lint options:
  --format <name>      stylish (default), json, sarif, github, junit, codequality
  --fix                Apply fixes and write the files
  --fix-dry-run        Print the fixes as a unified diff, change nothing
  --profile <id>       Profile for documents whose front matter names none
                       (vn-news, vn-press-release, en-press-release)
  --config <file>      Use this config file instead of searching for .govpressrc.json
  --max-warnings <n>   Exit with 1 when there are more than n warnings
  --concurrency <n>    Threads to lint on (default: one per core)
  --cache              Reuse the results of unchanged files from the last run
  --cache-location <d> Folder of the cache (default node_modules/.cache/govpress)
  --shard <i/n>        Lint only the i-th of n equal parts of the files (CI matrices)
  --quiet              Report errors only
  --lang <vi|en>       Language of the messages (default vi, or $GOVPRESS_LANG)
  --stdin              Read the document from standard input
  --stdin-filename <f> Name (and config lookup path) of the standard input document

new options:
  --profile <id> --title <text> --author <name> --unit <name> --date <YYYY-MM-DD>
  --agency <name> --parent-agency <name>   (vn-press-release)

render options:
  --format <name>      html (default: one self-contained page), portal-html
                       (clean HTML to paste into a portal's editor), docx
  --style <name>       portal, print (Nghị định 30 layout), en (AP style);
                       default by profile: vn-news portal, vn-press-release
                       print, en-press-release en
  -o, --output <file>  File to write (HTML goes to standard output without it)
  --images <mode>      HTML only: embed (default for html), copy (into
                       <output>_files/), link (default for portal-html)
  --profile, --config, --lang as for lint

import options:
  -o, --output <file>  Release to write (never over an existing file), the
                       draft's pictures into images/ beside it; without it the
                       release goes to standard output. The report goes to
                       standard error. - reads the draft from standard input.
  --profile, --lang as for lint

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or I/O error.
`;

/** The package's root folder (holding package.json and templates/), from the bundle or the sources. */
export function packageRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function languageOf(value: string | undefined): Lang {
  const chosen = value ?? process.env['GOVPRESS_LANG'];
  if (chosen === undefined) return 'vi';
  if (chosen === 'vi' || chosen === 'en') return chosen;
  throw new UsageError({ vi: `Ngôn ngữ "${chosen}" không hỗ trợ: dùng vi hoặc en.`, en: `Unsupported language "${chosen}": use vi or en.` });
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: readonly string[], output: Output, cwd = process.cwd(), isTTY = false): Promise<number> {
  let lang: Lang = 'vi';
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: CLI_OPTIONS,
    });
    lang = languageOf(values.lang);
    const [command, ...rest] = positionals;
    if (values.version) {
      output.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (values.help || command === undefined || command === 'help') {
      output.stdout(HELP);
      return command === undefined && !values.help ? 2 : 0;
    }
    if (values.profile !== undefined && !isProfileId(values.profile)) {
      throw new UsageError({
        vi: `Hồ sơ "${values.profile}" không tồn tại: dùng ${Object.keys(profiles).join(', ')}.`,
        en: `Unknown profile "${values.profile}": use ${Object.keys(profiles).join(', ')}.`,
      });
    }
    switch (command) {
      case 'lint': {
        const format = values.format ?? 'stylish';
        if (!isFormatName(format)) throw new UsageError({ vi: `Định dạng "${format}" không hỗ trợ.`, en: `Unknown format "${format}".` });
        let maxWarnings: number | undefined;
        if (values['max-warnings'] !== undefined) {
          maxWarnings = Number(values['max-warnings']);
          if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
            throw new UsageError({ vi: '--max-warnings cần một số nguyên không âm.', en: '--max-warnings needs a whole number, 0 or more.' });
          }
        }
        const concurrency = values.concurrency === undefined ? defaultConcurrency() : Number(values.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1) {
          throw new UsageError({ vi: '--concurrency cần một số nguyên dương.', en: '--concurrency needs a whole number, 1 or more.' });
        }
        if (values.fix && values['fix-dry-run']) throw new UsageError({ vi: 'Chỉ dùng một trong --fix và --fix-dry-run.', en: 'Use either --fix or --fix-dry-run, not both.' });
        if (values.stdin && rest.length > 0) throw new UsageError({ vi: 'Dùng --stdin thì không chỉ định thêm tệp.', en: 'With --stdin, give no file paths.' });
        if (values.stdin && values.shard !== undefined) throw new UsageError({ vi: '--shard chia các tệp, không dùng với --stdin.', en: '--shard splits files: it cannot be used with --stdin.' });
        if (values['cache-location'] !== undefined && !values.cache) throw new UsageError({ vi: '--cache-location cần đi kèm --cache.', en: '--cache-location needs --cache.' });
        return await runLint(
          {
            paths: rest,
            format,
            fix: values.fix,
            fixDryRun: values['fix-dry-run'],
            quiet: values.quiet,
            lang,
            stdin: values.stdin,
            color: values.color ?? (isTTY && !process.env['NO_COLOR']),
            cwd,
            version: packageVersion(),
            concurrency,
            workerScript: workerScript(packageRoot()),
            ...(values.profile ? { profile: values.profile } : {}),
            ...(values.config ? { config: resolve(cwd, values.config) } : {}),
            ...(maxWarnings !== undefined ? { maxWarnings } : {}),
            ...(values['stdin-filename'] ? { stdinFilename: resolve(cwd, values['stdin-filename']) } : {}),
            ...(values.cache ? { cacheFolder: resolve(cwd, values['cache-location'] ?? DEFAULT_CACHE_FOLDER) } : {}),
            ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
          },
          output,
        );
      }
      case 'rules':
        output.stdout(rulesTable(allRules, lang, values.format === 'json' ? 'json' : 'table'));
        return 0;
      case 'new':
        return newRelease(rest[0], values, cwd, lang, output);
      case 'render':
        if (rest.length > 1) throw new UsageError({ vi: 'render xuất từng tệp một.', en: 'render exports one file at a time.' });
        // Exporting and importing load their libraries only when asked for, not at every start-up.
        const { runRender } = await import('./render-command');
        return await runRender(
          {
            file: rest[0],
            lang,
            cwd,
            mediaFolder: join(packageRoot(), 'media'),
            ...(values.format ? { format: values.format } : {}),
            ...(values.style ? { style: values.style } : {}),
            ...(values.output ? { output: values.output } : {}),
            ...(values.images ? { images: values.images } : {}),
            ...(values.profile ? { profile: values.profile } : {}),
            ...(values.config ? { config: resolve(cwd, values.config) } : {}),
          },
          output,
        );
      case 'import':
        if (rest.length > 1) throw new UsageError({ vi: 'import nhập từng bản thảo một.', en: 'import reads one draft at a time.' });
        const { runImport } = await import('./import-command');
        return await runImport({ file: rest[0], lang, cwd, ...(values.output ? { output: values.output } : {}), ...(values.profile ? { profile: values.profile } : {}) }, output);
      case 'init':
        return init(cwd, lang, output);
      default:
        throw new UsageError(unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      output.stderr(`govpress: ${localize(error.text, lang)}`);
      return 2;
    }
    if (error instanceof ConfigFileError) {
      output.stderr(`govpress: ${error.file}: ${localize(error.reason, lang)}`);
      return 2;
    }
    if (error instanceof ConfigValidationError) {
      for (const problem of error.errors) output.stderr(`govpress: ${problem.file}:${problem.line}:${problem.column}: ${localize(problem.message, lang)}`);
      return 2;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      output.stderr(`govpress: ${error.message}. See govpress --help.`);
      return 2;
    }
    output.stderr(`govpress: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

interface NewValues {
  profile?: string | undefined;
  title?: string | undefined;
  author?: string | undefined;
  unit?: string | undefined;
  date?: string | undefined;
  agency?: string | undefined;
  'parent-agency'?: string | undefined;
}

function newRelease(file: string | undefined, values: NewValues, cwd: string, lang: Lang, output: Output): number {
  if (!file) throw new UsageError({ vi: 'Cần tên tệp: govpress new <tệp.md>.', en: 'A file name is needed: govpress new <file.md>.' });
  const target = resolve(cwd, file);
  if (existsSync(target)) throw new UsageError({ vi: `${file} đã tồn tại: GovPress không ghi đè.`, en: `${file} already exists: GovPress never overwrites.` });
  const profile = profiles[isProfileId(values.profile) ? values.profile : DEFAULT_PROFILE];
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError({ vi: '--date cần dạng YYYY-MM-DD.', en: '--date must be YYYY-MM-DD.' });
  const template = readFileSync(join(packageRoot(), 'templates', profile.template), 'utf8');
  const { title, author, unit, agency, 'parent-agency': parentAgency } = values;
  const text = fillTemplate(template, newReleaseValues(date, { title, author, unit, agency, parentAgency }, profile.language));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
  output.stdout(localize({ vi: 'Đã tạo {file} (hồ sơ {profile}).\n', en: 'Created {file} ({profile} profile).\n' }, lang, { file, profile: profile.id }));
  return 0;
}

function init(cwd: string, lang: Lang, output: Output): number {
  const target = join(cwd, '.govpressrc.json');
  if (existsSync(target)) throw new UsageError({ vi: '.govpressrc.json đã tồn tại: GovPress không ghi đè.', en: '.govpressrc.json already exists: GovPress never overwrites.' });
  writeFileSync(target, INIT_CONFIG, { flag: 'wx' });
  output.stdout(localize({ vi: 'Đã tạo .govpressrc.json.\n', en: 'Created .govpressrc.json.\n' }, lang));
  return 0;
}

const COMMANDS = ['lint', 'rules', 'new', 'render', 'import', 'init'];

/** An unknown command, with the one meant when it is a typo (`lnt`, `redner`). */
function unknownCommand(command: string | undefined): Localized {
  const meant = command === undefined ? undefined : nearest(command, COMMANDS);
  return meant
    ? { vi: `Lệnh "${command}" không tồn tại: có phải "govpress ${meant}"? Xem govpress --help.`, en: `Unknown command "${command}": did you mean "govpress ${meant}"? See govpress --help.` }
    : { vi: `Lệnh "${command}" không tồn tại. Xem govpress --help.`, en: `Unknown command "${command}". See govpress --help.` };
}
