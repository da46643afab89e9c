/**
 * GovPress rules as a remark preset (`govpress/remark`), for remark-cli and
 * vscode-remark users. Each rule is a unified-lint-rule plugin; all of them
 * share one model per tree, as in GovPress itself.
 */
import { lintRule } from 'unified-lint-rule';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Preset, PluggableList } from 'unified';
import { buildModelFromTree } from './core/model/build';
import type { PressRelease } from './core/model/types';
import { allRules } from './core/rules/index';
import { ruleDocsUrl } from './core/rules/docs-url';
import { resolveProfile } from './core/profiles/index';
import { projectSettings } from './core/config/parse';
import { localize } from './core/i18n/localize';
import type { AnyRule, Lang } from './core/types';

const models = new WeakMap<Root, PressRelease>();
const lang: Lang = process.env['GOVPRESS_LANG'] === 'en' ? 'en' : 'vi';

const BYTE_ORDER_MARK = '\uFEFF';

/** Builds the model of a tree from `text`, what remark parsed, and keeps it for the other rules. */
function buildSharedModel(tree: Root, text: string): PressRelease {
  // micromark skips a leading byte order mark and positions the tree without it: so must the model,
  // or every offset is one too early and every line and column with it.
  const model = buildModelFromTree(tree, text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text);
  models.set(tree, model);
  return model;
}

/** The preset reads no GovPress config: every document gets the defaults, one object so that rules' caches keyed by it last. */
const DEFAULT_SETTINGS = projectSettings({});

function toPlugin(rule: AnyRule) {
  const { id } = rule.meta;
  return lintRule<Root, Record<string, unknown> | undefined>({ origin: `govpress:${id}`, url: ruleDocsUrl(id) }, (tree, file, options) => {
    // `String(file)`, as remark's parser reads it, also decodes a file read as bytes.
    const model = models.get(tree) ?? buildSharedModel(tree, String(file));
    const profile = resolveProfile(model.profileName);
    const setting = profile.rules[id];
    if (setting === 'off' || (Array.isArray(setting) && setting[0] === 'off')) return;
    const profileOptions = Array.isArray(setting) ? setting[1] : {};
    rule.check({
      doc: model,
      options: { ...rule.meta.defaults, ...profileOptions, ...options },
      profile,
      settings: DEFAULT_SETTINGS,
      report(problem) {
        const template = rule.meta.messages[problem.messageId]!;
        const start = model.lines.position(problem.start);
        const end = model.lines.position(problem.end);
        file.message(localize(template, lang, problem.data), { place: { start, end } });
      },
    });
  });
}

/** Front matter first: every rule reads it, and `remark --use govpress/remark` then needs nothing else. */
export const plugins: PluggableList = [[remarkFrontmatter, ['yaml']], ...allRules.map((rule): PluggableList[number] => [toPlugin(rule), [rule.meta.severity]])];

const preset: Preset = { plugins };
export default preset;
