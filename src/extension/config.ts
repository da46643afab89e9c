/**
 * Finds, reads and merges the `.govpressrc.json` files that apply to a document,
 * through `vscode.workspace.fs` so that the web worker host can read them too:
 * upward from the document's folder to its workspace folder's root (for a file
 * outside the workspace, to the file system's root), stopping after a config with
 * `"root": true`. Files and folders are cached until a config file changes.
 *
 * A config that cannot be used shows one diagnostic on its file and is left out:
 * the documents under it lint with their profile's defaults.
 */
import * as vscode from 'vscode';
import type { ConfigFileContents } from '../core/config/parse';
import type { GovpressConfig } from '../core/config/types';
import type { Localized } from '../core/types';
import { t, uiLanguage } from './l10n';

export const CONFIG_FILE_NAME = '.govpressrc.json';

/** Where a document stands in the config's `files` and `ignores` globs. */
export type Listing = 'matched' | 'ignored' | 'unlisted';

/** A config file that cannot be used, with the place of its first problem (1-based). */
export interface InvalidConfig {
  file: vscode.Uri;
  line: number;
  column: number;
  message: Localized;
  /** Problems found beyond the first one. */
  moreProblems: number;
}

/** The settings that apply to one document. */
export interface DocumentConfig {
  /** The merged config; `{}` (the profile's defaults) when there is none or it is invalid. */
  config: GovpressConfig;
  listing: Listing;
  /** Set when a config that applies to the document is invalid. */
  invalid?: InvalidConfig;
}

type ConfigFileState =
  | { kind: 'missing' }
  | { kind: 'valid'; contents: ConfigFileContents }
  | { kind: 'invalid'; problem: InvalidConfig };

/** The configs that apply in a folder, merged; files and folders without configs share their parent's. */
interface FolderConfig {
  /** Folder of the outermost config used: `files` and `ignores` are relative to it. */
  base?: vscode.Uri;
  /** The config files used, outermost first, with their folders. */
  chain: ReadonlyArray<{ folder: vscode.Uri; contents: ConfigFileContents }>;
  config: GovpressConfig;
  invalid?: InvalidConfig;
}

const NO_CONFIG: FolderConfig = { chain: [], config: {} };

type ConfigCore = Awaited<ReturnType<typeof importConfigCore>>;

async function importConfigCore() {
  const [parse, inputs, match] = await Promise.all([import('../core/config/parse'), import('../core/config/inputs'), import('../core/config/match')]);
  return { ...parse, ...match, inputs: inputs.configInputs() };
}

let configCore: Promise<ConfigCore> | undefined;

/** Config validation needs every rule's defaults: loaded when the first config file is read, not at activation. */
function loadConfigCore(): Promise<ConfigCore> {
  return (configCore ??= importConfigCore());
}

export class ConfigService implements vscode.Disposable {
  private readonly files = new Map<string, Promise<ConfigFileState>>();
  private readonly folders = new Map<string, Promise<FolderConfig>>();
  private readonly problems = vscode.languages.createDiagnosticCollection('govpress-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  /** Fires after a config file was created, changed or deleted: every document's settings may differ. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.watcher.onDidCreate((file) => this.configChanged(file, true));
    this.watcher.onDidChange((file) => this.configChanged(file, true));
    this.watcher.onDidDelete((file) => this.configChanged(file, false));
  }

  dispose(): void {
    this.watcher.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }

  async forDocument(uri: vscode.Uri): Promise<DocumentConfig> {
    const folder = parentFolder(uri);
    if (uri.scheme === 'untitled' || folder === undefined) return { config: {}, listing: 'unlisted' };
    const { base, config, invalid } = await this.folderConfig(folder, vscode.workspace.getWorkspaceFolder(uri)?.uri);
    if (invalid) return { config: {}, listing: 'unlisted', invalid };
    if (base === undefined) return { config, listing: 'unlisted' };
    const core = await loadConfigCore();
    const path = relativePath(base, uri);
    const listing = core.isIgnored(path, config) ? 'ignored' : core.matchesFiles(path, config) ? 'matched' : 'unlisted';
    return { config, listing };
  }

  /** Forgets what was read and checks the changed file at once, so that its problem shows without a release open. */
  private configChanged(file: vscode.Uri, exists: boolean): void {
    this.files.delete(file.toString());
    this.folders.clear();
    this.problems.delete(file);
    if (exists) void this.configFile(file);
    this.changed.fire();
  }

  private folderConfig(folder: vscode.Uri, stopAt: vscode.Uri | undefined): Promise<FolderConfig> {
    const key = folder.toString();
    let found = this.folders.get(key);
    if (!found) {
      found = this.readFolderConfig(folder, stopAt);
      this.folders.set(key, found);
    }
    return found;
  }

  private async readFolderConfig(folder: vscode.Uri, stopAt: vscode.Uri | undefined): Promise<FolderConfig> {
    const parent = folder.toString() === stopAt?.toString() ? undefined : parentFolder(folder);
    const inherited = (): Promise<FolderConfig> => (parent ? this.folderConfig(parent, stopAt) : Promise.resolve(NO_CONFIG));
    const own = await this.configFile(vscode.Uri.joinPath(folder, CONFIG_FILE_NAME));
    if (own.kind === 'missing') return inherited();
    if (own.kind === 'invalid') return { chain: [], config: {}, invalid: own.problem };
    const outer = own.contents.root === true ? NO_CONFIG : await inherited();
    if (outer.invalid) return outer;
    return merge([...outer.chain, { folder, contents: own.contents }]);
  }

  private configFile(file: vscode.Uri): Promise<ConfigFileState> {
    const key = file.toString();
    let state = this.files.get(key);
    if (!state) {
      state = this.readConfigFile(file);
      this.files.set(key, state);
    }
    return state;
  }

  private async readConfigFile(file: vscode.Uri): Promise<ConfigFileState> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'FileNotFound') return { kind: 'missing' };
      const reason = error instanceof Error ? error.message : String(error);
      return this.invalid(file, '', {
        line: 1,
        column: 1,
        message: { vi: `Không đọc được tệp cấu hình: ${reason}`, en: `Cannot read the config file: ${reason}` },
        moreProblems: 0,
      });
    }
    const core = await loadConfigCore();
    try {
      return { kind: 'valid', contents: core.parseConfig(text, file.toString(true), core.inputs) };
    } catch (error) {
      if (!(error instanceof core.ConfigValidationError) || error.errors.length === 0) throw error;
      const [first, ...rest] = error.errors;
      return this.invalid(file, text, { line: first!.line, column: first!.column, message: first!.message, moreProblems: rest.length });
    }
  }

  private invalid(file: vscode.Uri, text: string, place: Omit<InvalidConfig, 'file'>): ConfigFileState {
    const problem: InvalidConfig = { file, ...place };
    const message = problem.moreProblems > 0 ? t('{0} ({1} more problems in this file)', problem.message[uiLanguage()], problem.moreProblems) : problem.message[uiLanguage()];
    const diagnostic = new vscode.Diagnostic(tokenRange(text, problem.line, problem.column), message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'govpress';
    this.problems.set(file, [diagnostic]);
    return { kind: 'invalid', problem };
  }
}

/** Merges a chain of configs, rewriting every `files`/`ignores` pattern relative to the outermost config's folder. */
async function merge(chain: FolderConfig['chain']): Promise<FolderConfig> {
  const core = await loadConfigCore();
  const base = chain[0]!.folder;
  const rebased = chain.map(({ folder, contents }) => {
    const subfolder = relativePath(base, folder);
    return {
      ...contents,
      ...(contents.files && { files: core.rebasePatterns(contents.files, subfolder) }),
      ...(contents.ignores && { ignores: core.rebasePatterns(contents.ignores, subfolder) }),
    };
  });
  return { base, chain, config: core.mergeConfigs(rebased) };
}

/** The folder holding a file or folder; undefined for the root. */
function parentFolder(uri: vscode.Uri): vscode.Uri | undefined {
  const path = uri.path.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  if (slash < 0) return undefined;
  return uri.with({ path: slash === 0 ? '/' : path.slice(0, slash), query: '', fragment: '' });
}

/** The posix path of `target` relative to `base`, one of its folders. */
function relativePath(base: vscode.Uri, target: vscode.Uri): string {
  return target.path.slice(base.path.length).replace(/^\/+/, '');
}

/** The JSON token at a 1-based line and column: a string, a word or a number, so that the squiggle covers what is wrong. */
function tokenRange(text: string, line: number, column: number): vscode.Range {
  const rest = (text.split('\n')[line - 1] ?? '').slice(column - 1);
  const token = /^(?:"(?:[^"\\]|\\.)*"?|[^\s,:{}[\]"]+)/.exec(rest)?.[0] ?? '';
  return new vscode.Range(line - 1, column - 1, line - 1, column - 1 + token.length);
}
