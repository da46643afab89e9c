import { ruleDocsUrl } from '../../core/rules/docs-url';
import { LineIndex } from '../../core/text/line-index';
import type { AnyRule, Lang, LintMessage, LintResult, SeverityLevel } from '../../core/types';
import { directoryUri, relativePath } from './paths';
import type { Formatter } from './types';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_INFORMATION_URI = 'https://github.com/govpress/govpress';
/** Artifact URIs are relative to this base, so the log does not depend on the machine that wrote it. */
const SOURCE_ROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning';

const LEVEL_OF_SEVERITY: Record<SeverityLevel, SarifLevel> = { 2: 'error', 1: 'warning' };

/** `title-missing` → `TitleMissing`: SARIF's `name` is meant to be an identifier. */
function pascalCase(ruleId: string): string {
  return ruleId
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function reportingDescriptor(rule: AnyRule, lang: Lang) {
  const { meta } = rule;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.docs.summary[lang] },
    fullDescription: { text: meta.docs.rationale[lang] },
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: { level: meta.severity === 'error' ? 'error' : 'warning' },
    properties: { tags: [meta.group] },
  };
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, Vietnamese letters, `#`). */
function uriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

interface ArtifactLocation {
  uri: string;
  uriBaseId: string;
  /** Place of the file in `run.artifacts`. */
  index: number;
}

/** Builds the SARIF `result` objects of one file. */
function fileResults(result: LintResult, artifactLocation: ArtifactLocation, ruleIndexes: ReadonlyMap<string, number>) {
  const lines = new LineIndex(result.source);

  const fixesOf = (message: LintMessage) => {
    if (!message.fix) return {};
    const { start, end, text } = message.fix;
    const from = lines.position(start);
    const to = lines.position(end);
    const deletedRegion = {
      startLine: from.line,
      startColumn: from.column,
      endLine: to.line,
      endColumn: to.column,
      // SARIF counts characters in the run's columnKind, UTF-16 code units here, like our offsets.
      charOffset: start,
      charLength: end - start,
    };
    return {
      fixes: [{ artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text } }] }] }],
    };
  };

  return result.messages.map((message) => {
    const ruleIndex = ruleIndexes.get(message.ruleId);
    return {
      ruleId: message.ruleId,
      ...(ruleIndex !== undefined && { ruleIndex }),
      level: LEVEL_OF_SEVERITY[message.severity],
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: {
              startLine: message.line,
              startColumn: message.column,
              endLine: message.endLine,
              endColumn: message.endColumn,
            },
          },
        },
      ],
      ...fixesOf(message),
    };
  });
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run describing every rule. */
export const sarif: Formatter = (results, context) => {
  const ruleIndexes = new Map(context.rules.map((rule, index) => [rule.meta.id, index]));
  const artifactUris = results.map((result) => uriReference(relativePath(result.filePath, context.cwd)));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govpress',
            informationUri: TOOL_INFORMATION_URI,
            version: context.toolVersion,
            rules: context.rules.map((rule) => reportingDescriptor(rule, context.lang)),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(context.cwd) } },
        // Our columns count UTF-16 code units, as JavaScript strings and editors do.
        columnKind: 'utf16CodeUnits',
        artifacts: artifactUris.map((uri) => ({ location: { uri, uriBaseId: SOURCE_ROOT }, mimeType: 'text/markdown' })),
        results: results.flatMap((result, index) =>
          fileResults(result, { uri: artifactUris[index]!, uriBaseId: SOURCE_ROOT, index }, ruleIndexes),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
