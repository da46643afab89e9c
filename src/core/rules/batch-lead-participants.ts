import type { AnyRule } from '../types';
import { datelineMissing } from './dateline-missing';
import { datelineVague } from './dateline-vague';
import { datelineAfterDate } from './dateline-after-date';
import { leadLength } from './lead-length';
import { participantsFormat } from './participants-format';
import { participantsHonorific } from './participants-honorific';

/** Rules of this batch, registered in index.ts: the lead's time and length, then the participants sentence. */
export const batchRules: readonly AnyRule[] = [
  datelineMissing,
  datelineVague,
  datelineAfterDate,
  leadLength,
  participantsFormat,
  participantsHonorific,
];
