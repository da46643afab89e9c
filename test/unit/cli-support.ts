/** Helpers shared by the CLI's hardening tests: workspaces, in-process and spawned runs, JSON results. */
import { spawn, type SpawnOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { main } from '../../src/cli/main';

export const repositoryRoot = join(__dirname, '..', '..');
export const GOVPRESS_BIN = join(repositoryRoot, 'bin', 'govpress.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `govpress …` in this process, as `main` runs it. */
export async function govpress(args: readonly string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')), stderr: (line) => (stderr += `${line}\n`) }, cwd);
  return { code, stdout, stderr };
}

/** `node bin/govpress.js …` as a child process (the built bundle); resolves when it exits. */
export function spawnGovpress(args: readonly string[], cwd: string, options: Pick<SpawnOptions, 'uid' | 'gid' | 'timeout'> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GOVPRESS_BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => (code === null ? reject(new Error(`govpress ${args.join(' ')} stopped by ${signal}`)) : resolve({ code, stdout, stderr })));
  });
}

/** A fresh folder holding the given files (names may contain `/`). */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'govpress-hardening-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

export interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  source?: string;
}

/** The `--format json` results, by path relative to `folder` with `/` separators. */
export function resultsByFile(stdout: string, folder: string): Map<string, JsonResult> {
  const results = JSON.parse(stdout) as JsonResult[];
  return new Map(results.map((result) => [relative(folder, result.filePath).split(sep).join('/'), result]));
}

/** A release whose only problems are fixable: a misspelled key (line 5) and a trailing period in the headline (line 9). */
export const FIXABLE = `---
profile: vn-news
title: Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn
date: 2026-04-15
autor: Bích Ngọc
unit: Sở Khoa học và Công nghệ
---

# Sở Khoa học và Công nghệ ký kết chương trình phối hợp với Tỉnh đoàn.

Sáng 14/4, tại Hội trường Sở, Sở Khoa học và Công nghệ tổ chức lễ ký kết chương trình phối hợp với Tỉnh đoàn./.

Bích Ngọc – Sở Khoa học và Công nghệ
`;

/** FIXABLE as `govpress lint --fix` leaves it. */
export const FIXED = FIXABLE.replace('autor:', 'author:').replace('Tỉnh đoàn.\n\nSáng', 'Tỉnh đoàn\n\nSáng');

/** A release with no problem at all. */
export const CLEAN = FIXED;

/** A release whose headline is missing (an error on line 1) and whose end mark is missing (fixable). */
export const NO_TITLE = `---
profile: vn-news
date: 2026-04-15
---

Sáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị.
`;

/** A release whose only problem is an error no fix can mend: the headline is missing. */
export const UNFIXABLE = `---
profile: vn-news
date: 2026-04-15
---

Sáng 14/4, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết công tác năm 2025./.

Bích Ngọc – Sở Khoa học và Công nghệ
`;
