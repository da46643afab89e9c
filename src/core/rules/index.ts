import type { AnyRule } from '../types';
import { frontmatterInvalid } from './frontmatter-invalid';
import { frontmatterUnknownKey } from './frontmatter-unknown-key';
import { titleMissing } from './title-missing';
import { titleMismatch } from './title-mismatch';
import { titleLength } from './title-length';
import { titleTrailingPeriod } from './title-trailing-period';
import { dateMissing } from './date-missing';
import { leadMissing } from './lead-missing';
import { placeholderUnfilled } from './placeholder-unfilled';
import { markupPasted } from './markup-pasted';
import { listPasted } from './list-pasted';
import { pasteLeftover } from './paste-leftover';
import { batchRules as leadParticipantsRules } from './batch-lead-participants';
import { batchRules as figuresEndingRules } from './batch-figures-ending';
import { batchRules as profilePartsRules } from './batch-profile-parts';
import { batchRules as encodingRules } from './batch-encoding';
import { batchRules as orthographyRules } from './batch-orthography';
import { batchRules as namesRules } from './batch-names';
import { batchRules as usageRules } from './batch-usage';
import { batchRules as punctuationRules } from './batch-punctuation';

/** Every rule, in the order their messages are most useful: document-wide problems first. */
export const allRules: readonly AnyRule[] = [
  frontmatterInvalid,
  frontmatterUnknownKey,
  titleMissing,
  titleMismatch,
  titleLength,
  titleTrailingPeriod,
  dateMissing,
  leadMissing,
  placeholderUnfilled,
  markupPasted,
  listPasted,
  pasteLeftover,
  ...leadParticipantsRules,
  ...figuresEndingRules,
  ...profilePartsRules,
  ...encodingRules,
  ...orthographyRules,
  ...namesRules,
  ...usageRules,
  ...punctuationRules,
];

export const rulesById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((rule) => [rule.meta.id, rule]));
