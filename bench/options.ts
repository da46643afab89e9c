/** Command-line options of `npm run bench` (bench/run.ts). */
import { parseArgs } from 'node:util';

/** The bench's sections, in the order they run and are reported. */
export const SECTION_IDS = ['releases', 'large', 'small', 'archive', 'cache', 'in-process', 'editor', 'preview'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface BenchOptions {
  sections: readonly SectionId[];
  /** Replaces the repetitions of every whole-process section (development runs). */
  rounds?: number;
  /** Replaces the measured iterations of every in-process section (development runs). */
  iterations?: number;
  /** Where to write the report besides standard output. */
  out?: string;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]   (or: node --import tsx bench/run.ts [options])

  --only <ids>        Run only these sections, comma-separated:
                      ${SECTION_IDS.join(', ')}
  --rounds <n>        Repetitions of every whole-process section (default: each section's own)
  --iterations <n>    Measured iterations of every in-process section (default: each section's own)
  --out <file>        Also write the report to this file
  --help              Show this help

A full run (all sections, default repetitions) writes bench/results.md; a
partial run prints its report and writes only to --out, so a development run
never replaces the measured results.`;

export function parseBenchArguments(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      only: { type: 'string' },
      rounds: { type: 'string' },
      iterations: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    sections: values.only === undefined ? SECTION_IDS : parseSections(values.only),
    ...(values.rounds === undefined ? {} : { rounds: parsePositiveInteger('--rounds', values.rounds) }),
    ...(values.iterations === undefined ? {} : { iterations: parsePositiveInteger('--iterations', values.iterations) }),
    ...(values.out === undefined ? {} : { out: values.out }),
    help: values.help,
  };
}

/** Every section with its own repetitions: the run whose report may replace bench/results.md. */
export function isFullRun(options: BenchOptions): boolean {
  return options.sections.length === SECTION_IDS.length && options.rounds === undefined && options.iterations === undefined;
}

/** The sections named in `list`, in run order. */
function parseSections(list: string): SectionId[] {
  const names = list.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !isSectionId(name));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTION_IDS.join(', ')}`);
  if (names.length === 0) throw new Error('--only needs at least one section');
  return SECTION_IDS.filter((id) => names.includes(id));
}

function isSectionId(name: string): name is SectionId {
  return (SECTION_IDS as readonly string[]).includes(name);
}

function parsePositiveInteger(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${option} needs a whole number, 1 or more`);
  return value;
}
