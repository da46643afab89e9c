import { main } from './main';
import { runAsLintWorker } from './lint-pool';

// The same bundle serves as the lint worker: a worker lints its share and stops.
if (!runAsLintWorker()) {
  main(
    process.argv.slice(2),
    { stdout: (text) => process.stdout.write(text), stderr: (line) => process.stderr.write(`${line}\n`) },
    process.cwd(),
    Boolean(process.stdout.isTTY),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`govpress: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
