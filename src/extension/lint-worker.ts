/**
 * The worker thread that lints one large release for the Node extension host
 * (large-documents.ts), bundled on its own as dist/lint-worker.js: it takes one
 * request, posts its result and ends. A newer version of the document ends it
 * sooner, by `terminate()`.
 */
import { parentPort } from 'node:worker_threads';
import { lintForEditor, type EditorLintRequest } from './editor-lint';

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs as a worker thread');
port.once('message', (request: EditorLintRequest) => port.postMessage(lintForEditor(request)));
