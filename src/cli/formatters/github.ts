import { relativePath } from './paths';
import type { Formatter } from './types';

/** Escapes the message of a workflow command, as GitHub's `@actions/core` does. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value, where `:` and `,` would also end the value. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request. */
export const github: Formatter = (results, context) => {
  const commands = results.flatMap((result) => {
    const file = escapeProperty(relativePath(result.filePath, context.cwd));
    return result.messages.map((message) => {
      const command = message.severity === 2 ? 'error' : 'warning';
      const properties = [
        `file=${file}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(message.ruleId)}`,
      ].join(',');
      return `::${command} ${properties}::${escapeData(message.message)}\n`;
    });
  });
  return commands.join('');
};
