import { relativePath } from './paths';
import type { Formatter } from './types';

/**
 * 128-bit non-cryptographic hash (cyrb128: four interleaved murmur-style
 * lanes) as 32 hex digits. Synchronous and free of Node APIs, unlike crypto.
 */
function hash128(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
}

/** GitLab Code Quality report: issues shown in merge request widgets and diffs. */
export const codequality: Formatter = (results, context) => {
  // GitLab merges issues sharing a fingerprint, so identical repeats get an occurrence number.
  const occurrences = new Map<string, number>();
  const issues = results.flatMap((result) => {
    const path = relativePath(result.filePath, context.cwd);
    return result.messages.map((message) => {
      const identity = [message.ruleId, path, message.line, message.column, message.message].join('\0');
      const occurrence = occurrences.get(identity) ?? 0;
      occurrences.set(identity, occurrence + 1);
      return {
        description: message.message,
        check_name: message.ruleId,
        fingerprint: hash128(occurrence === 0 ? identity : `${identity}\0${occurrence}`),
        severity: message.severity === 2 ? 'major' : 'minor',
        location: { path, lines: { begin: message.line, end: message.endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
