// Injected into the CommonJS bundles: ESM dependencies read import.meta.url, which CommonJS lacks.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
