import type { AnyRule } from '../types';
import { orgNameCase } from './org-name-case';
import { orgNameInconsistent } from './org-name-inconsistent';
import { placeNameCase } from './place-name-case';
import { commonWordCase } from './common-word-case';
import { personTitleCase } from './person-title-case';
import { personNameVariant } from './person-name-variant';
import { awardHolidayCase } from './award-holiday-case';
import { adminUnitOutdated } from './admin-unit-outdated';
import { titleCase } from './title-case';

/** Rules of this batch, registered in index.ts: capitalization of names, titles and the headline (Nghị định 30/2020, Phụ lục II), names spelled as listed, and bodies of units abolished in 2025. */
export const batchRules: readonly AnyRule[] = [orgNameCase, orgNameInconsistent, placeNameCase, commonWordCase, personTitleCase, personNameVariant, awardHolidayCase, adminUnitOutdated, titleCase];
