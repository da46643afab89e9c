/**
 * `govpress import <file|-> [-o out.md] [--profile …]`: a Word, HTML or text
 * draft (or text pasted on standard input) as a new release. The release
 * goes to `-o` — never over an existing file — with the draft's pictures in
 * `images/` beside it, or to standard output; the import report goes to
 * standard error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { draftFormat, formatImportReport, imageStem, importDraft, readDraft, UNSUPPORTED_DRAFT } from '../core/import/index';
import type { ImportResult } from '../core/import/index';
import { localize } from '../core/i18n/localize';
import type { Profile } from '../core/profiles/types';
import type { Lang } from '../core/types';
import { UsageError, type Output } from './output';

export interface ImportCommandOptions {
  /** The draft's path, or `-` for standard input. */
  file: string | undefined;
  output?: string;
  profile?: Profile['id'];
  lang: Lang;
  cwd: string;
}

const STDIN = '-';
const IMAGE_FOLDER = 'images';

export async function runImport(options: ImportCommandOptions, output: Output): Promise<number> {
  const { file, cwd, lang } = options;
  if (!file) throw new UsageError({ vi: 'Cần bản thảo: govpress import <tệp|->.', en: 'A draft is needed: govpress import <file|->.' });
  const bytes = readDraftBytes(file, cwd);
  const name = file === STDIN ? '' : basename(file);
  const format = draftFormat(name, bytes);
  if (!format) throw new UsageError(UNSUPPORTED_DRAFT);
  const target = options.output === undefined ? undefined : resolve(cwd, options.output);
  if (target && existsSync(target)) {
    throw new UsageError({ vi: `${options.output} đã tồn tại: GovPress không ghi đè.`, en: `${options.output} already exists: GovPress never overwrites.` });
  }

  const result = importDraft(await readDraft(format, bytes), {
    imageFolder: IMAGE_FOLDER,
    imageStem: imageStem(target ?? (name || 'anh')),
    ...(options.profile ? { profile: options.profile } : {}),
  });
  if (target) writeRelease(target, result, cwd);
  else output.stdout(result.markdown);

  output.stderr(formatImportReport(result.report, lang).trimEnd());
  if (!target && result.images.length > 0) {
    output.stderr(
      localize(
        { vi: '{count} ảnh của bản thảo chưa được ghi: dùng -o <tệp.md> để ghi ảnh vào {folder}/ bên cạnh tin bài.', en: 'The draft’s {count} picture(s) were not written: use -o <file.md> to write them into {folder}/ beside the release.' },
        lang,
        { count: result.images.length, folder: IMAGE_FOLDER },
      ),
    );
  }
  return 0;
}

function readDraftBytes(file: string, cwd: string): Uint8Array {
  try {
    return readFileSync(file === STDIN ? 0 : resolve(cwd, file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError({ vi: `Không đọc được ${file}: ${reason}`, en: `Cannot read ${file}: ${reason}` });
  }
}

/**
 * Writes the pictures, then the release; none of them over an existing file.
 * The photos that caption lines call for must not exist either: the release
 * would show an unrelated picture in their place.
 */
function writeRelease(target: string, result: ImportResult, cwd: string): void {
  const folder = dirname(target);
  const taken = [...result.images.map((image) => image.path), ...result.missingPhotos].map((path) => join(folder, path)).find((path) => existsSync(path));
  if (taken) {
    const shown = relative(cwd, taken);
    throw new UsageError({ vi: `${shown} đã tồn tại: GovPress không ghi đè; chọn tên khác cho -o.`, en: `${shown} already exists: GovPress never overwrites; choose another -o name.` });
  }
  for (const image of result.images) {
    const path = join(folder, image.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, image.data, { flag: 'wx' });
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, result.markdown, { flag: 'wx' });
}
