// Bundles the CLI, the library, the remark preset and the VS Code extension into dist/;
// with `--tests`, also the extension test suite into test-output/vscode/bundles/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

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
  // The Word writer (`docx`) and reader (`mammoth`) load from node_modules on first use, not at start-up.
  { entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', external: ['docx', 'mammoth'] },
  { entryPoints: ['src/index.ts'], outfile: 'dist/index.js' },
  { entryPoints: ['src/remark.ts'], outfile: 'dist/remark.js' },
];
if (existsSync('src/extension/extension.ts')) {
  entries.push(
    { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { ...webWorker, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js' },
    // The Word writer and `docx`: one ES module that both extension hosts import on the first Word export.
    { ...webWorker, format: 'esm', entryPoints: ['src/extension/export/docx-export.ts'], outfile: 'dist/docx-export.mjs' },
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
    { ...webWorker, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'test-output/vscode/bundles/web/suite.js', plugins: [mochaBrowserBuild] },
  );
}

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
