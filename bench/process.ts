/**
 * Whole-process measurement: each contender is a `node …` process run under
 * GNU time with the corpus directory as cwd. Every run, timed or not, has its
 * output captured and checked, so a crash (which also exits 1, like
 * "problems found") or a partial run never counts as a fast one.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { medianOf, rotate, withoutColors } from './stats';

const GNU_TIME = '/usr/bin/time';

export type Role = 'floor' | 'govpress' | 'peer';

export interface ProcessOutput {
  stdout: string;
  stderr: string;
}

/** A whole `node …` process. */
export interface ProcessContender {
  label: string;
  role: Role;
  /** Arguments after `node`; paths are relative to the corpus directory or absolute. */
  args: string[];
  /** Exit codes of a successful run: linters exit 1 when they report problems. */
  acceptedExitCodes: readonly number[];
  /** Says what the run did, from its output; throws when it is not a complete lint. */
  summarizeOutput: (output: ProcessOutput) => string;
  /** Untimed, before each run: e.g. empties a cache a cold run must not find. */
  beforeRun?: () => void;
  /** Untimed, after each accepted run: why the run does not count, if it does not. */
  checkAfterRun?: () => string | undefined;
  /** Why the contender cannot be measured at all ("not built"). */
  unavailable?: string;
  /** Fewer timed runs than the scenario's repetitions: for context-only contenders whose runs take minutes. */
  maxTimedRuns?: number;
}

export interface ProcessScenario {
  title: string;
  note: string;
  repetitions: number;
  /**
   * An untimed first round: warms the file cache and fails a broken
   * contender early. Sections whose runs take a minute warm the file cache
   * another way and skip it.
   */
  warmUpRound: boolean;
  contenders: ProcessContender[];
}

export interface ProcessSample {
  wallMs: number;
  /** User + system CPU time: on 2 cores, worker threads can cut wall time but not CPU. */
  cpuMs: number;
  peakRssMb: number;
}

export interface ProcessResult {
  contender: ProcessContender;
  samples: ProcessSample[];
  /** What every run of the contender reported (they must all agree). */
  outputSummary?: string;
  /** Why the contender has no result: unavailable, or a run that failed. */
  failure?: string;
}

/** Where runs happen: every contender's working directory, and a scratch folder for their captured output. */
export interface RunPlaces {
  cwd: string;
  scratchDir: string;
}

export type RunOutcome = { sample: ProcessSample; summary: string; output: ProcessOutput } | { failure: string };

/** Runs every contender `repetitions` times, interleaved in a rotating order. */
export function measureProcessScenario(scenario: ProcessScenario, places: RunPlaces, progress: (message: string) => void): ProcessResult[] {
  const results: ProcessResult[] = scenario.contenders.map((contender) => ({
    contender,
    samples: [],
    ...(contender.unavailable === undefined ? {} : { failure: contender.unavailable }),
  }));
  const firstRound = scenario.warmUpRound ? 0 : 1;
  for (let round = firstRound; round <= scenario.repetitions; round++) {
    const roundName = round === 0 ? 'warm-up run' : `run ${round}`;
    progress(`${scenario.title}: ${round === 0 ? 'warm-up round' : `round ${round}/${scenario.repetitions}`}`);
    // Others may rebuild dist/ in a shared tree: a contender that breaks is dropped, the rest go on.
    const due = results.filter((candidate) => candidate.failure === undefined && (round === 0 || candidate.samples.length < (candidate.contender.maxTimedRuns ?? Infinity)));
    for (const result of rotate(due, round)) {
      const outcome = runAndCheck(result.contender, places);
      if ('failure' in outcome) {
        result.failure = `${outcome.failure} (${roundName})`;
      } else if (result.outputSummary !== undefined && outcome.summary !== result.outputSummary) {
        result.failure = `output changed in ${roundName}: ${outcome.summary}`;
      } else {
        result.outputSummary = outcome.summary;
        if (round > 0) result.samples.push(outcome.sample);
      }
      const wallTime = 'sample' in outcome ? ` ${(outcome.sample.wallMs / 1000).toFixed(1)} s` : '';
      progress(`  ${result.contender.label}:${wallTime}${result.failure === undefined ? '' : ` dropped, ${result.failure}`}`);
    }
  }
  return results;
}

/** One run with its output captured, checked by the contender's own checks. */
export function runAndCheck(contender: ProcessContender, places: RunPlaces): RunOutcome {
  contender.beforeRun?.();
  const stdoutPath = path.join(places.scratchDir, 'stdout.txt');
  const stderrPath = path.join(places.scratchDir, 'stderr.txt');
  const stdoutFd = openSync(stdoutPath, 'w');
  const stderrFd = openSync(stderrPath, 'w');
  let run: { sample: ProcessSample; exitCode: number };
  try {
    run = runProcess(contender, stdoutFd, stderrFd, places);
  } finally {
    closeSync(stdoutFd);
    closeSync(stderrFd);
  }
  const output = { stdout: readFileSync(stdoutPath, 'utf8'), stderr: readFileSync(stderrPath, 'utf8') };
  if (!contender.acceptedExitCodes.includes(run.exitCode)) return { failure: `failed (exit ${run.exitCode}): ${firstErrorLine(output.stderr)}` };
  let summary: string;
  try {
    summary = contender.summarizeOutput(output);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: `failed (exit ${run.exitCode}, ${reason}): ${firstErrorLine(output.stderr)}` };
  }
  const rejection = contender.checkAfterRun?.();
  return rejection === undefined ? { sample: run.sample, summary, output } : { failure: rejection };
}

/** The first line naming an error says more than a stack frame; a thrown error ("Error: EMFILE: …") says more than a report's "error Cannot process file". */
function firstErrorLine(stderr: string): string {
  const lines = withoutColors(stderr).split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return (lines.find((line) => /\bError: /.test(line)) ?? lines.find((line) => /error/i.test(line)) ?? lines[0] ?? '').slice(0, 160);
}

/** Wall time from spawn to exit; CPU time and peak RSS from GNU time, which reads the child's rusage. */
function runProcess(contender: ProcessContender, stdoutFd: number, stderrFd: number, places: RunPlaces): { sample: ProcessSample; exitCode: number } {
  const timeOutput = path.join(places.scratchDir, 'time.txt');
  const start = performance.now();
  const child = spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', timeOutput, process.execPath, ...contender.args], {
    cwd: places.cwd,
    stdio: ['ignore', stdoutFd, stderrFd],
  });
  const wallMs = performance.now() - start;
  if (child.error !== undefined) throw child.error;
  // GNU time writes "Command exited with non-zero status N" before the format line.
  const [userSeconds, systemSeconds, peakRssKb] = (readFileSync(timeOutput, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  if (userSeconds === undefined || systemSeconds === undefined || peakRssKb === undefined || Number.isNaN(peakRssKb)) {
    throw new Error(`unexpected GNU time output for ${contender.label}`);
  }
  return { sample: { wallMs, cpuMs: (userSeconds + systemSeconds) * 1000, peakRssMb: peakRssKb / 1024 }, exitCode: child.status ?? -1 };
}

/** Each measure's own median: the runs are too few and too noisy to pair them up. */
export function mediansOf(samples: readonly ProcessSample[]): ProcessSample {
  return {
    wallMs: medianOf(samples.map((sample) => sample.wallMs)),
    cpuMs: medianOf(samples.map((sample) => sample.cpuMs)),
    peakRssMb: medianOf(samples.map((sample) => sample.peakRssMb)),
  };
}

/** The medians of a contender that has samples and no failure. */
export function mediansOfResult(result: ProcessResult | undefined): ProcessSample | undefined {
  return result === undefined || result.failure !== undefined || result.samples.length === 0 ? undefined : mediansOf(result.samples);
}
