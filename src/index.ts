/** The GovPress core as a library: lint, fix and model press releases. */
export { lint, lintAndFix, activeRules, RULE_FAILED, type LintOptions, type LintOutcome } from './core/lint/engine';
export { buildModel } from './core/model/build';
export { allRules, rulesById } from './core/rules/index';
export { profiles } from './core/profiles/index';
export { applyEdits } from './core/lint/edits';
export type * from './core/types';
export type * from './core/model/types';
export type { GovpressConfig } from './core/config/types';
export { renderRelease, renderDocument, renderPortalHtml } from './core/render/html';
