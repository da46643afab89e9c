import { codequality } from './codequality';
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { FormatName, Formatter } from './types';

export type { FormatContext, FormatName, Formatter } from './types';

/** Every output format of `govpress lint --format`. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit, codequality };

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
