/**
 * A markdown-it plugin for VS Code's own Markdown preview
 * (`markdown.markdownItPlugins`): in a press release — a document whose
 * front matter names a `profile` — the front matter is hidden, and a photo
 * with its caption shows as a figure, as GovPress renders it: an image alone
 * in its paragraph, then an emphasis-only line (in the same paragraph or the
 * next), or the image's title. Other Markdown files are left as they are.
 *
 * markdown-it is VS Code's; only the few shapes used here are declared.
 */

interface Token {
  type: string;
  tag: string;
  nesting: number;
  level: number;
  content: string;
  block: boolean;
  hidden: boolean;
  map: [number, number] | null;
  children: Token[] | null;
  attrGet(name: string): string | null;
}

interface BlockState {
  src: string;
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  line: number;
  push(type: string, tag: string, nesting: number): Token;
}

interface CoreState {
  tokens: Token[];
  Token: new (type: string, tag: string, nesting: number) => Token;
}

type Renderer = (tokens: Token[], index: number) => string;

interface MarkdownIt {
  block: { ruler: { before(name: string, ruleName: string, rule: (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean): void } };
  core: { ruler: { push(ruleName: string, rule: (state: CoreState) => void): void } };
  renderer: { rules: Record<string, Renderer | undefined> };
}

const FRONT_MATTER = 'govpress_front_matter';
const FENCE = '---';
/** YAML may also end its document with `...`. */
const CLOSING_FENCES = new Set([FENCE, '...']);

export function markdownItPlugin<T>(md: T): T {
  const engine = md as unknown as MarkdownIt;
  // Before every other block rule, VS Code's own front matter table included: a fence is also a rule (`hr`).
  engine.block.ruler.before('table', FRONT_MATTER, releaseFrontMatter);
  engine.renderer.rules[FRONT_MATTER] = () => '';
  engine.core.ruler.push('govpress_figures', (state) => {
    if (state.tokens[0]?.type === FRONT_MATTER) makeFigures(state);
  });
  return md;
}

function lineText(state: BlockState, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trimEnd();
}

/** The front matter of a press release: fenced by `---` at the very start, with a `profile:` key. */
function releaseFrontMatter(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || state.tShift[0] !== 0 || lineText(state, 0) !== FENCE) return false;
  let closing = 1;
  while (closing < endLine && !(state.tShift[closing] === 0 && CLOSING_FENCES.has(lineText(state, closing)))) closing++;
  if (closing >= endLine) return false;
  const yaml = state.src.slice(state.bMarks[1], state.bMarks[closing]);
  if (!/^profile[ \t]*:[ \t]*\S/m.test(yaml)) return false;
  if (silent) return true;
  const token = state.push(FRONT_MATTER, '', 0);
  token.block = true;
  token.hidden = true;
  token.map = [0, closing + 1];
  state.line = closing + 1;
  return true;
}

/** The children of a paragraph that holds one image (maybe linked), and the rest after it. */
function splitImage(children: Token[]): { image: Token[]; rest: Token[] } | undefined {
  const meaningful = (token: Token): boolean => !(token.type === 'text' && token.content.trim() === '');
  const first = children.findIndex(meaningful);
  const linked = children[first]?.type === 'link_open' && children[first + 1]?.type === 'image' && children[first + 2]?.type === 'link_close';
  if (!linked && children[first]?.type !== 'image') return undefined;
  const end = first + (linked ? 3 : 1);
  return { image: children.slice(first, end), rest: children.slice(end).filter(meaningful) };
}

/** The inside of an emphasis that is all of `tokens`, or undefined. */
function emphasisOnly(tokens: Token[]): Token[] | undefined {
  const last = tokens.length - 1;
  if (last < 1 || tokens[0]!.type !== 'em_open' || tokens[last]!.type !== 'em_close') return undefined;
  // `*a* and *b*` opens a second emphasis: not one emphasis around everything.
  const inner = tokens.slice(1, last);
  return inner.some((token) => token.type === 'em_open' && token.level === tokens[0]!.level) ? undefined : inner;
}

function makeFigures(state: CoreState): void {
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const open = tokens[index]!;
    const inline = tokens[index + 1];
    if (open.type !== 'paragraph_open' || open.level !== 0 || !inline?.children) continue;
    const parts = splitImage(inline.children);
    if (!parts) continue;
    let caption: Token[] | undefined;
    let captionParagraph: Token | undefined;
    if (parts.rest.length > 0) {
      // `![…](…)` then, on the next line, `*caption*`.
      if (parts.rest[0]!.type !== 'softbreak' && parts.rest[0]!.type !== 'hardbreak') continue;
      caption = emphasisOnly(parts.rest.slice(1));
      if (!caption) continue;
    } else {
      caption = nextParagraphCaption(tokens, index + 3);
      if (caption) captionParagraph = tokens[index + 3];
      else caption = titleCaption(state, parts.image);
    }
    if (!caption) continue;
    const close = tokens[index + 2]!;
    open.type = 'govpress_figure_open';
    close.type = 'govpress_figure_close';
    open.tag = close.tag = 'figure';
    inline.children = [...parts.image, new state.Token('govpress_figcaption_open', 'figcaption', 1), ...caption, new state.Token('govpress_figcaption_close', 'figcaption', -1)];
    if (captionParagraph) {
      // The caption's paragraph joins the figure, which then spans both source lines.
      if (open.map && captionParagraph.map) open.map = [open.map[0], captionParagraph.map[1]];
      tokens.splice(index + 3, 3);
    }
  }
}

/** A one-line paragraph of emphasis only, starting at `index`: the caption of the photo before it. */
function nextParagraphCaption(tokens: Token[], index: number): Token[] | undefined {
  const open = tokens[index];
  const inline = tokens[index + 1];
  if (open?.type !== 'paragraph_open' || open.level !== 0 || !inline?.children || !open.map || open.map[1] - open.map[0] !== 1) return undefined;
  return emphasisOnly(inline.children.filter((token) => !(token.type === 'text' && token.content.trim() === '')));
}

function titleCaption(state: CoreState, image: Token[]): Token[] | undefined {
  const title = image.find((token) => token.type === 'image')?.attrGet('title')?.trim();
  if (!title) return undefined;
  const text = new state.Token('text', '', 0);
  text.content = title;
  return [text];
}
