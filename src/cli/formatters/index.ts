import { codequality } from './codequality';
import { github } from './github';
import { json, jsonPieces } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish, stylishPieces } from './stylish';
import type { FormatName, Formatter, PieceFormatter } from './types';

export type { FormatContext, FormatName, Formatter, PieceFormatter } from './types';

/** Every output format of `govpress lint --format`. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit, codequality };

/** A format whose text is one document (a header, an index of rules) comes in one piece. */
const inOnePiece =
  (formatter: Formatter): PieceFormatter =>
  (results, context) => [formatter([...results], context)];

/** Every output format as pieces: stylish and json one per file, so that the CLI writes a large report as it is made. */
export const formatterPieces: Record<FormatName, PieceFormatter> = {
  stylish: stylishPieces,
  json: jsonPieces,
  sarif: inOnePiece(sarif),
  github: inOnePiece(github),
  junit: inOnePiece(junit),
  codequality: inOnePiece(codequality),
};

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
