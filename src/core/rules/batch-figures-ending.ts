import type { AnyRule } from '../types';
import { captionMissing } from './caption-missing';
import { imageAltMissing } from './image-alt-missing';
import { captionFormat } from './caption-format';
import { endmarkMissing } from './endmark-missing';
import { endmarkMisplaced } from './endmark-misplaced';
import { signatureMissing } from './signature-missing';
import { signatureFormat } from './signature-format';
import { signatureMismatch } from './signature-mismatch';

/** Rules of this batch, registered in index.ts. */
export const batchRules: readonly AnyRule[] = [
  captionMissing,
  imageAltMissing,
  captionFormat,
  endmarkMissing,
  endmarkMisplaced,
  signatureMissing,
  signatureFormat,
  signatureMismatch,
];
