/** The commented `.govpressrc.json` that `govpress init` writes. */
export const INIT_CONFIG = `{
  // GovPress configuration. JSON with comments; never executable code.
  // Schema: node_modules/govpress/schemas/govpressrc.schema.json

  // Profile for documents whose front matter names none:
  // "vn-news" (portal news), "vn-press-release" (thông cáo báo chí), "en-press-release".
  "profile": "vn-news",

  // Markdown files that are press releases even without "profile:" in their front matter.
  "files": ["**/*.md"],

  // Files and folders never linted.
  "ignores": ["README.md", "drafts/**"],

  // Rule severities: "off", "warn", "error", or [severity, { options }].
  // See: govpress rules
  "rules": {
    // "endmark-missing": "off",
    // "title-length": ["warn", { "maxWords": 30 }]
  },

  // Abbreviations your unit uses without spelling them out.
  "abbreviations": [],

  // Organization names (with the dates they are valid) beyond the built-in list.
  "organizations": [],

  // Officials and their titles, for checking titles in participants sentences.
  "people": []
}
`;
