import type { AnyRule } from '../types';
import { encodingLegacy } from './encoding-legacy';
import { unicodeNfc } from './unicode-nfc';
import { invisibleCharacter } from './invisible-character';

/** Rules of this batch, registered in index.ts. Encoding runs first: other language rules can trust the text only after it. */
export const batchRules: readonly AnyRule[] = [encodingLegacy, unicodeNfc, invisibleCharacter];
