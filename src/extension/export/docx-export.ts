/**
 * The Word writer as its own bundle for the Node extension host
 * (dist/docx-export.js, see esbuild.config.mjs): `docx` is large, and
 * activation should not read it. The web bundle includes it, initialized on
 * the first export only.
 */
export { renderDocx } from '../../core/render/docx';
