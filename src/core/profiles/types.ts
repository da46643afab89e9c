import type { Localized, SeveritySetting } from '../types';

/** A rule setting as written in a profile or a config: a severity, or a severity with options. */
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>];

/** A document profile: data only (which parts are required, rule severities, template). */
export interface Profile {
  id: 'vn-news' | 'vn-press-release' | 'en-press-release';
  label: Localized;
  /** Language of the document text. */
  language: 'vi' | 'en';
  /** Severities and options of rules for this profile; rules not named keep their default. */
  rules: Record<string, RuleSetting>;
  /** Front matter keys this profile knows, beyond the common ones. */
  frontMatterKeys: readonly string[];
  /** Front matter keys that must be present. */
  requiredFrontMatter: readonly string[];
  /** File name of the template `govpress new` writes, under `templates/`. */
  template: string;
}
