import type { AnyRule } from '../types';
import { headerNumberMissing } from './header-number-missing';
import { headerPlaceDateFormat } from './header-place-date-format';
import { headerAgencyMissing } from './header-agency-missing';
import { signerInvalid } from './signer-invalid';
import { recipientsFormat } from './recipients-format';
import { contactMissing } from './contact-missing';
import { boilerplateMissing } from './boilerplate-missing';
import { enDatelineFormat } from './en-dateline-format';
import { enDateFormat } from './en-date-format';
import { enUntranslatedText } from './en-untranslated-text';
import { enNumberStyle } from './en-number-style';
import { enQuoteUnattributed } from './en-quote-unattributed';
import { enEndmarkMissing } from './en-endmark-missing';
import { enReleaseLineMissing } from './en-release-line-missing';

/** Rules of the press-release profiles (header, signature block, recipients, contact; AP parts), registered in index.ts. */
export const batchRules: readonly AnyRule[] = [
  headerAgencyMissing,
  headerNumberMissing,
  headerPlaceDateFormat,
  signerInvalid,
  recipientsFormat,
  contactMissing,
  enReleaseLineMissing,
  enDatelineFormat,
  enDateFormat,
  enUntranslatedText,
  enNumberStyle,
  enQuoteUnattributed,
  boilerplateMissing,
  enEndmarkMissing,
];
