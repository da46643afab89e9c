/**
 * Finds, reads and merges the `.govpressrc.json` files that apply to a
 * document. Node-only; parsing and merging are in the pure core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rebasePatterns } from '../core/config/match';
import { mergeConfigs, parseConfig, type ConfigFileContents, type ConfigSchemaInputs } from '../core/config/parse';
import type { GovpressConfig } from '../core/config/types';
import type { Localized } from '../core/types';

const CONFIG_FILE_NAME = '.govpressrc.json';

export interface LoadedConfig {
  config: GovpressConfig;
  /** Config files used, outermost first. */
  files: string[];
  /**
   * Base folder of `files` and `ignores`: the folder of the outermost config
   * used. Patterns of inner configs are rewritten relative to it, so that
   * patterns inherited from an outer config keep their meaning.
   */
  directory?: string;
}

/** A config file that cannot be used as such: missing, a folder, or unreadable. Config contents errors are ConfigValidationError. */
export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: Localized,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason.en}`, options);
    this.name = 'ConfigFileError';
  }
}

interface ConfigFile {
  path: string;
  folder: string;
  contents: ConfigFileContents;
}

interface FolderConfig {
  /** Config files that apply in a folder, outermost first. */
  chain: readonly ConfigFile[];
  loaded: LoadedConfig;
}

export class ConfigLoader {
  /** Per folder; folders without their own config share their parent's entry. */
  private readonly byFolder = new Map<string, FolderConfig>();
  /** Set with `--config`: the only config used, for every file. */
  private readonly explicit: LoadedConfig | undefined;

  /** With `explicitPath` (`--config`), only that file is used; it is read now, so a missing file fails even when no document is linted. */
  constructor(
    private readonly inputs: ConfigSchemaInputs,
    options: { explicitPath?: string } = {},
  ) {
    if (options.explicitPath !== undefined) {
      const configPath = path.resolve(options.explicitPath);
      const file = this.readConfigFile(configPath, statConfig(configPath));
      this.explicit = combine([file]);
    }
  }

  /**
   * The merged config for a file: every `.govpressrc.json` found walking up
   * from the file's folder to the filesystem root, stopping after a config
   * with `"root": true`; cached per folder. No config → `{}`.
   */
  forFile(filePath: string): LoadedConfig {
    return this.explicit ?? this.forFolder(path.dirname(path.resolve(filePath))).loaded;
  }

  private forFolder(folder: string): FolderConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const parent = path.dirname(folder);
    const inherited = (): FolderConfig => (parent === folder ? { chain: [], loaded: combine([]) } : this.forFolder(parent));
    const configPath = path.join(folder, CONFIG_FILE_NAME);
    const stats = statConfig(configPath);
    let result: FolderConfig;
    if (stats === undefined) {
      result = inherited();
    } else {
      const own = this.readConfigFile(configPath, stats);
      const chain = own.contents.root === true ? [own] : [...inherited().chain, own];
      result = { chain, loaded: combine(chain) };
    }
    this.byFolder.set(folder, result);
    return result;
  }

  private readConfigFile(configPath: string, stats: fs.Stats | undefined): ConfigFile {
    if (stats === undefined) {
      throw new ConfigFileError(configPath, { vi: 'Không tìm thấy tệp cấu hình.', en: 'Config file not found.' });
    }
    if (!stats.isFile()) {
      throw new ConfigFileError(configPath, {
        vi: 'Đây là một thư mục, không phải tệp cấu hình. Hãy đổi tên thư mục hoặc tạo tệp JSON.',
        en: 'This is a folder, not a config file. Rename the folder or make it a JSON file.',
      });
    }
    let text: string;
    try {
      text = fs.readFileSync(configPath, 'utf8');
    } catch (error) {
      throw unreadable(configPath, error);
    }
    return { path: configPath, folder: path.dirname(configPath), contents: parseConfig(text, configPath, this.inputs) };
  }
}

/** Stats of a config path, undefined when nothing is there. */
function statConfig(configPath: string): fs.Stats | undefined {
  try {
    return fs.statSync(configPath, { throwIfNoEntry: false });
  } catch (error) {
    throw unreadable(configPath, error);
  }
}

function unreadable(configPath: string, error: unknown): ConfigFileError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ConfigFileError(
    configPath,
    { vi: `Không đọc được tệp cấu hình: ${reason}`, en: `Cannot read the config file: ${reason}` },
    { cause: error },
  );
}

/** Merges a chain of configs, rewriting every `files`/`ignores` pattern relative to the outermost config's folder. */
function combine(chain: readonly ConfigFile[]): LoadedConfig {
  const base = chain[0]?.folder;
  if (base === undefined) return { config: {}, files: [] };
  const rebased = chain.map(({ folder, contents }) => {
    const subfolder = path.relative(base, folder).split(path.sep).join('/');
    return {
      ...contents,
      ...(contents.files && { files: rebasePatterns(contents.files, subfolder) }),
      ...(contents.ignores && { ignores: rebasePatterns(contents.ignores, subfolder) }),
    };
  });
  return { config: mergeConfigs(rebased), files: chain.map((file) => file.path), directory: base };
}
