/**
 * The draft readers and the importer as a module of their own,
 * dist/draft-import.mjs (see esbuild.config.mjs): `mammoth` (Word) and
 * `parse5` (HTML) are large, and neither extension host should read them at
 * activation. Import Draft and Paste as Press Release import it by URL on
 * their first run.
 */
export { draftFormat, imageStem, importDraft, readDraft, readText, summarizeImport, UNSUPPORTED_DRAFT } from '../../core/import/index';
