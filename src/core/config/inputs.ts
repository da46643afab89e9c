import { allRules } from '../rules/index';
import { profiles } from '../profiles/index';

/** What config validation needs to know: every rule's default options and the profile ids. */
export function configInputs() {
  return {
    ruleDefaults: Object.fromEntries(allRules.map((rule) => [rule.meta.id, rule.meta.defaults as object])),
    profileIds: Object.keys(profiles),
  };
}
