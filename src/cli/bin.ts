import { main } from './main';
import { runAsLintWorker } from './lint-pool';

// The same bundle serves as the lint worker: a worker lints its share and stops.
if (!runAsLintWorker()) {
  // A reader that stops early (`govpress lint … | head`) closes the pipe: the rest of the report has nowhere to go,
  // which is no error of the lint's. Any other failure to write is reported, not thrown as a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`govpress: cannot write the report: ${error.message}\n`);
    process.exitCode = 2;
  });
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
