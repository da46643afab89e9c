/**
 * The Word writer as a module of its own, dist/docx-export.mjs (see
 * esbuild.config.mjs): `docx` is large, and neither extension host should
 * read it at activation. The exporter imports it by URL on the first Word export.
 */
export { renderDocx } from '../../core/render/docx';
