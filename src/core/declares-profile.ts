/**
 * Whether a text is a press release by its own say: its front matter has a
 * `profile:` key. Read from the text alone, without parsing the Markdown, so
 * that the CLI can pick releases out of a folder and the editor can decide
 * before loading the linter. The closing fence is optional, so that a front
 * matter being typed counts; any line ending counts, a lone CR included.
 */
const FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)|$)/;
/** At the start of a line ended by CR or LF only: YAML breaks no line at U+2028 or U+2029. */
const PROFILE_KEY = /(?:^|\n)profile[ \t]*:/;
const LONE_CR = /\r(?!\n)/g;

export function declaresProfile(text: string): boolean {
  return frontMatterNamesProfile(text) === true;
}

/** Whether the text's front matter has a `profile:` key; undefined when the text has no front matter. */
export function frontMatterNamesProfile(text: string): boolean | undefined {
  const frontMatter = FRONT_MATTER.exec(text);
  return frontMatter === null ? undefined : PROFILE_KEY.test(frontMatter[1]!.replace(LONE_CR, '\n'));
}
