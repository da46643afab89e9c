// Bundles the CLI, the library, the remark preset and the VS Code extension into dist/;
// with `--tests`, also the extension test suite into test-output/vscode/bundles/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// GovPress decodes UTF-16 and TCVN3 with iconv-lite (src/cli/read-document.ts,
// src/core/lang/legacy-encodings.ts), never a double-byte (CJK) encoding: those codecs and
// their tables, 440 KB of each bundle, are left out. Asking for one fails as for an unknown encoding.
const iconvWithoutDoubleByteCodecs = {
  name: 'iconv-without-double-byte-codecs',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/dbcs-(codec|data)$/ }, ({ path, importer }) =>
      /[\\/]iconv-lite[\\/]encodings[\\/]index\.js$/.test(importer) ? { path, namespace: 'iconv-left-out' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'iconv-left-out' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minifySyntax: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-url.js'],
  plugins: [iconvWithoutDoubleByteCodecs],
};

// Overrides for the web worker extension host: no Node built-ins, and no `require` but the host's `vscode`.
const webWorker = {
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  // A worker has no DOM: decode-named-character-reference (micromark's) decodes entities with
  // `document` under `browser`, without it under `worker`, which its exports list first.
  conditions: ['worker'],
  define: {},
  inject: [],
  external: ['vscode'],
};

// Mocha's sources need Node; in the web worker its prebuilt browser build stands in, and the
// `Mocha` class that build defines globally is what `import Mocha from 'mocha'` gets. The build is
// UMD in an ESM package, so esbuild leaves `module` and `exports` free, and the worker's module
// loader would hand it the suite's own: the wrapper hides them.
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^mocha$/ }, () => ({ path: 'mocha', namespace: 'mocha-browser-build' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'mocha-browser-build' }, async () => {
      const source = await readFile(createRequire(import.meta.url).resolve('mocha/mocha.js'), 'utf8');
      return { contents: `(function (module, exports, define) {\n${source}\n}).call(globalThis);\nmodule.exports = globalThis.Mocha;\n`, loader: 'js' };
    });
  },
};

const entries = [
  {
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    // The Word writer (`docx`) and reader (`mammoth`) load from node_modules on first use, not at start-up,
    // by `require`: the bundle runs as a `vm` script (src/cli/code-cache.ts), where `import()` needs an experimental flag.
    external: ['docx', 'mammoth'],
    supported: { 'dynamic-import': false },
    // Start-up is most of a one-file lint: minified (2.3 MB to 1.3 MB), reading the bundle and its code
    // cache takes 40% less. Stack traces name minified functions; `node --enable-source-maps` maps them.
    minify: true,
  },
  { entryPoints: ['src/cli/code-cache.ts'], outfile: 'dist/code-cache.js' },
  { entryPoints: ['src/cli/pool-worker.ts'], outfile: 'dist/pool-worker.js' },
  { entryPoints: ['src/cli/lint-workers.ts'], outfile: 'dist/lint-workers.js' },
  { entryPoints: ['src/index.ts'], outfile: 'dist/index.js' },
  { entryPoints: ['src/remark.ts'], outfile: 'dist/remark.js' },
];
if (existsSync('src/extension/extension.ts')) {
  entries.push(
    { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    // The Node host lints releases over `govpress.largeDocumentSize` on this worker thread.
    { entryPoints: ['src/extension/lint-worker.ts'], outfile: 'dist/lint-worker.js' },
    { ...webWorker, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js' },
    // Modules that both extension hosts import on first use, not at activation: the Word writer with `docx`,
    // and the draft readers with `mammoth` (Word) and `parse5` (HTML).
    { ...webWorker, format: 'esm', entryPoints: ['src/extension/export/docx-export.ts'], outfile: 'dist/docx-export.mjs' },
    { ...webWorker, format: 'esm', entryPoints: ['src/extension/commands/draft-import.ts'], outfile: 'dist/draft-import.mjs' },
  );
}
if (process.argv.includes('--tests')) {
  entries.push(
    {
      entryPoints: ['test/vscode/suite/index.ts'],
      outfile: 'test-output/vscode/bundles/node/suite.js',
      external: ['vscode'],
      // Mocha resolves its worker files for parallel mode only, which the suite doesn't use.
      logOverride: { 'require-resolve-not-external': 'silent' },
    },
    { ...webWorker, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'test-output/vscode/bundles/web/suite.js', plugins: [iconvWithoutDoubleByteCodecs, mochaBrowserBuild] },
  );
}

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
