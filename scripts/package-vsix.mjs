// Packs the VS Code extension into govpress-<version>.vsix with @vscode/vsce, from the
// bundles in dist/ (run `npm run build` first; `npm run package` does both).
//
// package.json's `files` lists what the npm package ships, and vsce refuses a
// .vscodeignore beside it; so the extension is packed from a staging folder holding
// package.json without `files` and links to the rest of the repository, where
// .vscodeignore decides what goes in. No dependencies are packed: the bundles hold them.
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';
import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const readJson = async (name) => JSON.parse(await readFile(path.join(root, name), 'utf8'));
const manifest = await readJson('package.json');
const strings = await readJson('package.nls.json');
const packagePath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

/**
 * Every file the manifest points to, the modules the extension imports on
 * first use (dist/*.mjs) and the lint worker it starts for large releases:
 * a package missing one installs, then breaks.
 */
async function referencedFiles() {
  const { contributes = {} } = manifest;
  const localized = (value) => (/^%.+%$/.test(value) ? strings[value.slice(1, -1)] : value);
  const lazyModules = (await readdir(path.join(root, 'dist'))).filter((file) => file.endsWith('.mjs')).map((file) => `dist/${file}`);
  return [
    manifest.main,
    manifest.browser,
    ...lazyModules,
    'dist/lint-worker.js',
    manifest.l10n && `${manifest.l10n}/bundle.l10n.vi.json`,
    ...(contributes.snippets ?? []).map((snippet) => snippet.path),
    ...(contributes.grammars ?? []).map((grammar) => grammar.path),
    ...(contributes.jsonValidation ?? []).map((validation) => validation.url),
    ...(contributes.walkthroughs ?? []).flatMap((walkthrough) => walkthrough.steps.map((step) => step.media?.markdown && localized(step.media.markdown))),
  ]
    .filter((file) => typeof file === 'string' && !/^[a-z]+:/.test(file))
    .map((file) => path.posix.normalize(file));
}

const staging = await mkdtemp(path.join(tmpdir(), 'govpress-vsix-'));
try {
  const { files: _npmFiles, ...extensionManifest } = manifest;
  await writeFile(path.join(staging, 'package.json'), `${JSON.stringify(extensionManifest, null, 2)}\n`);
  for (const entry of await readdir(root)) {
    if (entry === 'package.json' || entry === 'node_modules' || entry === '.git' || entry.endsWith('.vsix')) continue;
    await symlink(path.join(root, entry), path.join(staging, entry));
  }
  const options = { cwd: staging, followSymlinks: true };

  const packaged = new Set(await listFiles({ ...options, packageManager: PackageManager.None }));
  const missing = (await referencedFiles()).filter((file) => !packaged.has(file));
  if (missing.length > 0) {
    console.error(`package-vsix: the package would lack files the extension needs: ${missing.join(', ')} (build first, or allow them in .vscodeignore)`);
    process.exitCode = 1;
  } else {
    await createVSIX({ ...options, dependencies: false, packagePath });
    const sizes = await Promise.all(
      [packagePath, manifest.main, manifest.browser].map(async (file) => {
        const absolute = path.resolve(root, file);
        return `${path.relative(root, absolute)} ${((await stat(absolute)).size / 1024).toFixed(0)} KiB`;
      }),
    );
    console.log(sizes.join(', '));
  }
} finally {
  await rm(staging, { recursive: true, force: true });
}
