/** Markdown tables of the bench's measurements. */
import { commandLine } from './contenders';
import type { InProcessResult } from './in-process';
import { mediansOfResult, type ProcessResult } from './process';
import { formatRatio, percentileOf } from './stats';

/** The contenders' medians, their ratios to the floor, then GovPress ÷ each peer and the commands run. */
export function formatProcessResults(results: readonly ProcessResult[], scratchDir: string): string[] {
  const floor = mediansOfResult(results.find((result) => result.contender.role === 'floor'));
  const lines = [
    '| contender | wall ms | wall ms (min–max) | CPU ms | peak RSS MB | wall × floor | CPU × floor | memory × floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    const medians = mediansOfResult(result);
    if (medians === undefined) {
      lines.push(`| ${result.contender.label} | ${result.failure ?? 'no samples'} | | | | | | |`);
      continue;
    }
    const wallTimes = result.samples.map((sample) => sample.wallMs);
    lines.push(
      `| ${result.contender.label} | ${medians.wallMs.toFixed(0)} | ${Math.min(...wallTimes).toFixed(0)}–${Math.max(...wallTimes).toFixed(0)} | ` +
        `${medians.cpuMs.toFixed(0)} | ${medians.peakRssMb.toFixed(0)} | ${formatRatio(medians.wallMs, floor?.wallMs)} | ` +
        `${formatRatio(medians.cpuMs, floor?.cpuMs)} | ${formatRatio(medians.peakRssMb, floor?.peakRssMb)} |`,
    );
  }
  const versusPeers = formatGovpressVersusPeers(results);
  if (versusPeers.length > 0) lines.push('', ...versusPeers);
  lines.push('', 'Commands (cwd `bench/corpus`):', '');
  for (const result of results) {
    const found = result.outputSummary === undefined ? '' : ` (output: ${result.outputSummary})`;
    lines.push(`- ${result.contender.label}: \`${commandLine(result.contender, scratchDir)}\`${found}`);
  }
  return lines;
}

/** Every GovPress contender against every peer: wall, CPU and memory ratios of the medians. */
function formatGovpressVersusPeers(results: readonly ProcessResult[]): string[] {
  const govpress = results.filter((result) => result.contender.role === 'govpress');
  const peers = results.filter((result) => result.contender.role === 'peer');
  if (govpress.length === 0 || peers.length === 0) return [];
  const lines = ['| GovPress contender ÷ peer | wall | CPU | memory |', '| --- | ---: | ---: | ---: |'];
  for (const ours of govpress) {
    for (const theirs of peers) {
      const name = `${ours.contender.label} ÷ ${theirs.contender.label}`;
      const [oursMedians, theirsMedians] = [mediansOfResult(ours), mediansOfResult(theirs)];
      if (oursMedians === undefined || theirsMedians === undefined) {
        lines.push(`| ${name} | not measured | | |`);
        continue;
      }
      lines.push(
        `| ${name} | ${formatRatio(oursMedians.wallMs, theirsMedians.wallMs)} | ` +
          `${formatRatio(oursMedians.cpuMs, theirsMedians.cpuMs)} | ${formatRatio(oursMedians.peakRssMb, theirsMedians.peakRssMb)} |`,
      );
    }
  }
  return lines;
}

/** p50 and p95 of each contender, their ratios to the floor's, and what each reported. */
export function formatInProcessResults(results: readonly InProcessResult[]): string[] {
  const floor = results.find((result) => result.contender.role === 'floor' && result.samplesMs.length > 0);
  const floorP50 = floor === undefined ? undefined : percentileOf(floor.samplesMs, 50);
  const floorP95 = floor === undefined ? undefined : percentileOf(floor.samplesMs, 95);
  const lines = ['| contender | p50 ms | p95 ms | p50 × floor | p95 × floor | problems |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const { contender, samplesMs, problemCount, failure } of results) {
    if (samplesMs.length === 0) {
      lines.push(`| ${contender.label} | ${failure ?? contender.unavailable ?? 'no samples'} | | | | |`);
      continue;
    }
    const p50 = percentileOf(samplesMs, 50);
    const p95 = percentileOf(samplesMs, 95);
    lines.push(`| ${contender.label} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${formatRatio(p50, floorP50)} | ${formatRatio(p95, floorP95)} | ${problemCount ?? '—'} |`);
  }
  const govpress = results.find((result) => result.contender.role === 'govpress' && result.samplesMs.length > 0);
  const peers = results.filter((result) => result.contender.role === 'peer' && result.samplesMs.length > 0);
  if (govpress === undefined || peers.length === 0) return lines;
  lines.push('', '| GovPress ÷ peer | p50 | p95 |', '| --- | ---: | ---: |');
  for (const peer of peers) {
    const ratios = [50, 95].map((percentile) => formatRatio(percentileOf(govpress.samplesMs, percentile), percentileOf(peer.samplesMs, percentile)));
    lines.push(`| ${peer.contender.label} | ${ratios.join(' | ')} |`);
  }
  return lines;
}
