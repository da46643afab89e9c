/**
 * A draft on its way into a GovPress release: what the readers (plain text,
 * HTML, Word) make of their input, and what the importer gives back — the
 * Markdown, the image files to write, and a report of what it inferred.
 */
import type { Localized } from '../types';
import type { Profile } from '../profiles/types';

export type DraftFormat = 'text' | 'html' | 'docx';

/** A stretch of text with the formatting the importer keeps. */
export interface Inline {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Image bytes carried by the draft itself (a Word document's pictures). */
export interface ImageAsset {
  data: Uint8Array;
  /** File extension without the dot: `png`, `jpg`. */
  extension: string;
}

export type DraftBlock =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  /** `role`: what the source's markup says the paragraph is — a caption (`<figcaption>`, a caption class or style), or a cell of a data table. */
  | { kind: 'paragraph'; inlines: Inline[]; role?: 'caption' | 'table-cell' }
  | { kind: 'list-item'; ordered: boolean; inlines: Inline[] }
  | { kind: 'image'; src: string; alt: string; asset?: ImageAsset };

export interface Draft {
  format: DraftFormat;
  blocks: DraftBlock[];
  /** Page chrome the reader removed (menus, breadcrumbs, share buttons), as text. */
  chrome: string[];
  /** The category a page's markup names (its category label, its breadcrumb's last item). */
  category?: string;
  /** Publication date of the page (`article:published_time`), ISO `YYYY-MM-DD`. */
  published?: string;
  /** Last saved date of a document file (Word's properties), ISO `YYYY-MM-DD`. */
  modified?: string;
  notes: ImportNote[];
}

export type ImportNoteCode =
  | 'not-utf8'
  | 'legacy-converted'
  | 'legacy-unconverted'
  | 'nfc-normalized'
  | 'profile-from-wording'
  | 'text-before-title'
  | 'header-to-front-matter'
  | 'table-flattened'
  | 'captions-without-photos'
  | 'photos-without-caption';

export interface ImportNote {
  code: ImportNoteCode;
  message: Localized;
  data: Record<string, string | number>;
}

/** The parts of a release, as the linter's model names them. */
export type ReleasePart =
  | 'title'
  | 'lead'
  | 'dateline'
  | 'participants'
  | 'figures'
  | 'endMark'
  | 'signature'
  | 'date'
  | 'author'
  | 'unit'
  | 'category';

export interface ImportReport {
  format: DraftFormat;
  profile: Profile['id'];
  /** Each part found in the imported release, with a short description (the text, or a count). */
  found: Partial<Record<ReleasePart, string>>;
  missing: ReleasePart[];
  notes: ImportNote[];
  /** Text removed as page chrome: what the page's markup marks first, then what its wording shows. */
  chrome: string[];
}

/** A picture to write beside the release, at `path` relative to it. */
export interface ImageFile {
  path: string;
  data: Uint8Array;
}

export interface ImportResult {
  markdown: string;
  report: ImportReport;
  images: ImageFile[];
  /** Where the photos named by caption lines without them should go, relative to the release. */
  missingPhotos: string[];
}

export interface ImportOptions {
  /** The profile to use; without it the draft's wording decides, else `vn-news`. */
  profile?: Profile['id'];
  /** Folder of the figures, relative to the release (`govpress.figureFolder`); default `images`. */
  imageFolder?: string;
  /** First part of the figures' file names: `images/<stem>-1.png`; default `anh`. */
  imageStem?: string;
}
