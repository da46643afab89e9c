/**
 * The messages between the preview panel and its webview script
 * (media/preview/preview.js, plain JavaScript: keep the two in step).
 * Lines are 1-based source lines, possibly fractional (a position inside a block).
 */
import type { RenderStyle } from '../../core/render/layout';
import type { BlockPatch } from './article-blocks';

export interface ProblemMarker {
  /** Line of the problem's start; the webview marks the block that holds it. */
  line: number;
  severity: 'error' | 'warning' | 'info';
  /** `rule-id: message`, shown on hover. */
  text: string;
}

/** From the extension to the webview. */
export type ToWebview =
  /** The whole preview: after loading, and when the document or the style changes. */
  | {
      type: 'render';
      style: RenderStyle;
      /** Webview URIs of the style's stylesheets, in order. */
      stylesheets: string[];
      openTag: string;
      blocks: Array<{ id: string; line: number; html: string }>;
      /** The source line to show at the top. */
      line: number;
      /** Images the preview does not show, with why (toolbar note); empty when all show. */
      imageNote: string;
    }
  /** After an edit: the blocks in their new order, only changed ones with HTML. */
  | { type: 'update'; openTag: string; blocks: BlockPatch[]; imageNote: string }
  | { type: 'problems'; problems: ProblemMarker[]; label: string }
  /** Why the preview does not follow the typing (a release too large); empty hides it. */
  | { type: 'notice'; text: string; clearArticle: boolean }
  /** The editor scrolled: show this line at the top. */
  | { type: 'scroll-to-line'; line: number }
  /** Test mode only: report what is shown, after an optional action. */
  | { type: 'query'; requestId: number; action?: QueryAction };

/** From the webview to the extension. */
export type FromWebview =
  | { type: 'ready' }
  /** The user scrolled the preview: this line is now at its top. */
  | { type: 'scrolled'; line: number }
  /** Double-click on a block. */
  | { type: 'reveal-source'; line: number }
  | { type: 'choose-style'; style: RenderStyle }
  | { type: 'show-problems' }
  | { type: 'open-image-setting' }
  /** The notice's button: render the release now, as it is. */
  | { type: 'update-now' }
  | { type: 'answer'; requestId: number; answer: PreviewState };

/** Test mode: what the test asks the webview to do before answering, as a user would. */
export interface QueryAction {
  /** Scroll the preview so that this source line is at its top (a user's scroll, synced to the editor). */
  scrollToLine?: number;
  /** Press the toolbar's style button. */
  pressStyle?: RenderStyle;
  /** Double-click the block that shows this source line. */
  doubleClickLine?: number;
  /** Press the notice's button. */
  pressUpdateNow?: boolean;
}

/** What the webview reports it shows (test mode). */
export interface PreviewState {
  title: string;
  figureCount: number;
  style: string;
  firstVisibleLine: number;
  problemCount: number;
  /** The notice shown above the article; empty when none is. */
  notice: string;
}
