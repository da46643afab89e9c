/**
 * Word export: the same layout as the HTML renderer, written with the
 * `docx` package. A formal release follows Nghị định 30/2020 (Phụ lục I):
 * A4, Times New Roman, the sizes of §1.2, the header as a borderless
 * two-column table, the signature block beside the recipients, the contact
 * line at the foot of page 1. `docx` is imported when a document is
 * exported, never at start-up.
 */
import type { FootnoteDefinition, PhrasingContent, RootContent, ListItem, TableRow as MdastTableRow } from 'mdast';
import type { FileChild, IParagraphOptions, IRunOptions, Paragraph, ParagraphChild, Table, TableCell } from 'docx';
import type { PressRelease } from '../model/types';
import type { Lang } from '../types';
import { localize } from '../i18n/localize';
import { readImageInfo } from './image-info';
import {
  FORMAL_TYPE_NAME,
  MISSING_IMAGE_NOTE,
  MOTTO,
  NATIONAL_TITLE,
  RECIPIENTS_LABEL,
  layoutRelease,
  type BodyItem,
  type ContactBlock,
  type Layout,
  type LayoutOptions,
} from './layout';

type Docx = typeof import('docx');

export interface DocxOptions extends LayoutOptions {
  /** The bytes of an image by its URL as written; undefined when it cannot be read. */
  loadImage?: (url: string) => Uint8Array | undefined;
  /** Language of the notes the export writes itself (a missing image); default the document's. */
  lang?: Lang;
}

export interface DocxResult {
  bytes: Uint8Array;
  /** Image URLs (as written) that could not be embedded: unreadable, or not PNG, JPEG or GIF. */
  missingImages: string[];
}

/** A4 portrait with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm), in twips. */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const TWIPS_PER_PIXEL = 1440 / 96;
/** Photos are scaled down to the text width, and to at most half the page height. */
const MAX_IMAGE = { width: Math.floor(TEXT_WIDTH / TWIPS_PER_PIXEL), height: Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / TWIPS_PER_PIXEL / 2) };
const FONT = 'Times New Roman';
const MONOSPACE = 'Courier New';
/** First-line indent of body paragraphs, 1.27 cm. */
const FIRST_LINE_INDENT = 720;

/** A recipient's wrapped lines start under its text, not under its dash: about the width of `- ` at 11 pt, in twips. */
const RECIPIENT_INDENT = { left: 130, hanging: 130 };

/** Sizes in points of the formal elements (Nghị định 30, Phụ lục I, §1.2); media/print.css uses the same. */
export const FORMAL_SIZES = {
  parentAgency: 12,
  agency: 12,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  placeDate: 14,
  typeName: 14,
  summary: 14,
  body: 14,
  signer: 14,
  recipientsLabel: 12,
  recipient: 11,
  contact: 11,
  caption: 12,
} as const;

interface Sizes {
  body: number;
  title: number;
  small: number;
  caption: number;
}

const ARTICLE_SIZES: Record<Layout['language'], Sizes> = {
  vi: { body: 14, title: 16, small: 12, caption: 12 },
  en: { body: 12, title: 16, small: 11, caption: 11 },
};

interface RunFormat {
  size: number;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  monospace?: boolean;
  underline?: boolean;
}

/** Builds the `.docx` of a release. */
export async function renderDocx(model: PressRelease, options: DocxOptions = {}): Promise<DocxResult> {
  const docx = await import('docx');
  const layout = layoutRelease(model, options);
  const notes = new Map(model.tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition').map((note) => [note.identifier, note]));
  const writer = new DocxWriter(docx, layout, options, notes);
  const document = writer.document();
  return { bytes: new Uint8Array(await docx.Packer.toArrayBuffer(document)), missingImages: writer.missingImages };
}

class DocxWriter {
  readonly missingImages: string[] = [];
  private readonly sizes: Sizes;
  private readonly lang: Lang;
  private readonly bodyParagraph: IParagraphOptions;
  /** Word footnotes by id, numbered in the order of their first reference. */
  private readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private readonly footnoteIds = new Map<string, number>();

  constructor(
    private readonly docx: Docx,
    private readonly layout: Layout,
    private readonly options: DocxOptions,
    /** The Markdown footnote definitions by identifier. */
    private readonly notes: ReadonlyMap<string, FootnoteDefinition>,
  ) {
    const { AlignmentType } = docx;
    this.sizes = layout.formal ? { body: FORMAL_SIZES.body, title: FORMAL_SIZES.summary, small: FORMAL_SIZES.number, caption: FORMAL_SIZES.caption } : ARTICLE_SIZES[layout.language];
    this.lang = options.lang ?? layout.language;
    // Nội dung: justified, first-line indent, at least 6 pt between paragraphs, 1.2 lines.
    this.bodyParagraph =
      layout.language === 'en'
        ? { alignment: AlignmentType.LEFT, spacing: { after: 160, line: 276 } }
        : { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 288 }, ...(layout.formal ? { indent: { firstLine: FIRST_LINE_INDENT } } : {}) };
  }

  document(): InstanceType<Docx['Document']> {
    const { Document, Header, Footer, Paragraph, TextRun, PageNumber, AlignmentType, PageOrientation } = this.docx;
    const layout = this.layout;
    const children: FileChild[] = [];
    if (layout.header) children.push(this.formalHeader(layout.header));
    for (const item of layout.items) {
      children.push(...this.item(item));
      if (item.kind === 'title' && layout.publicationDate) {
        children.push(this.paragraph([this.run(layout.publicationDate.text, { size: this.sizes.small, italics: true })], { spacing: { after: 240 } }));
      }
    }
    if (layout.formal && (layout.signer || layout.recipients)) children.push(this.closingTable());
    else if (layout.signer) children.push(...this.signerParagraphs(AlignmentType.RIGHT));
    // The formal contact line sits at the foot of page 1 (Phụ lục I); elsewhere it ends the text.
    const contact = layout.contact ? this.contactParagraphs(layout.contact) : [];
    if (!layout.formal) children.push(...contact);

    // Page numbers centred in the top margin, none on page 1.
    const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: this.sizes.body * 2 })] });
    return new Document({
      title: layout.title,
      creator: 'GovPress',
      footnotes: this.footnotes,
      // A justified line ending in a line break keeps its spacing, as in the HTML.
      compatibility: { doNotExpandShiftReturn: true },
      styles: {
        default: {
          document: {
            run: { font: FONT, size: this.sizes.body * 2, language: { value: layout.language === 'vi' ? 'vi-VN' : 'en-US' } },
          },
        },
      },
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
              margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
            },
          },
          headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({})] }) },
          ...(layout.formal && contact.length > 0 ? { footers: { first: new Footer({ children: contact }) } } : {}),
          children,
        },
      ],
    });
  }

  private run(text: string, format: RunFormat): ParagraphChild {
    const options: IRunOptions = {
      text,
      size: format.size * 2,
      ...(format.bold ? { bold: true } : {}),
      ...(format.italics ? { italics: true } : {}),
      ...(format.strike ? { strike: true } : {}),
      // Named on every run, not only in the styles: a paragraph pasted into an agency's template keeps its font.
      font: format.monospace ? MONOSPACE : FONT,
      ...(format.underline ? { underline: { type: this.docx.UnderlineType.SINGLE } } : {}),
    };
    return new this.docx.TextRun(options);
  }

  private paragraph(children: ParagraphChild[], options: IParagraphOptions = {}): Paragraph {
    return new this.docx.Paragraph({ ...options, children });
  }

  private centred(text: string, format: RunFormat, spacing: IParagraphOptions['spacing'] = { after: 0 }): Paragraph {
    return this.paragraph([this.run(text, format)], { alignment: this.docx.AlignmentType.CENTER, spacing });
  }

  /** A short solid line, centred: an empty paragraph whose bottom border spans `width` twips of `within`. */
  private rule(width: number, within: number): Paragraph {
    const side = Math.max(0, Math.round((within - width) / 2));
    return new this.docx.Paragraph({
      indent: { left: side, right: side },
      spacing: { before: 0, after: 0, line: 40, lineRule: this.docx.LineRuleType.EXACT },
      border: { bottom: { style: this.docx.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    });
  }

  private cell(children: Paragraph[], width: number): TableCell {
    return new this.docx.TableCell({ children: children.length > 0 ? children : [new this.docx.Paragraph({})], width: { size: width, type: this.docx.WidthType.DXA } });
  }

  /** A borderless table of two columns, for the header and the closing. */
  private layoutTable(widths: [number, number], rows: Array<[Paragraph[], Paragraph[]]>): Table {
    const { Table, TableRow, TableBorders, TableLayoutType, WidthType } = this.docx;
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      // No cell padding: `Nơi nhận:` starts at the left margin, flush with the text, as in Mẫu 1.4.
      margins: { left: 0, right: 0 },
      rows: rows.map(([left, right]) => new TableRow({ children: [this.cell(left, widths[0]), this.cell(right, widths[1])] })),
    });
  }

  private formalHeader(header: NonNullable<Layout['header']>): Table {
    // Agencies 42 %, Quốc hiệu 58 %: the national title fits on one line at 12 pt (as in media/print.css).
    const widths: [number, number] = [Math.round(TEXT_WIDTH * 0.42), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.42)];
    const agency: Paragraph[] = [];
    if (header.parentAgency) agency.push(this.centred(header.parentAgency, { size: FORMAL_SIZES.parentAgency }));
    if (header.agency) agency.push(this.centred(header.agency, { size: FORMAL_SIZES.agency, bold: true }), this.rule(widths[0] / 3, widths[0]));
    const nation = [
      this.centred(NATIONAL_TITLE, { size: FORMAL_SIZES.nationalTitle, bold: true }),
      // Underlined, the line is exactly as long as the motto (§1.2).
      this.centred(MOTTO, { size: FORMAL_SIZES.motto, bold: true, underline: true }),
    ];
    return this.layoutTable(widths, [
      [agency, nation],
      [[this.centred(header.number, { size: FORMAL_SIZES.number }, { before: 120 })], [this.centred(header.placeDate, { size: FORMAL_SIZES.placeDate, italics: true }, { before: 120 })]],
    ]);
  }

  private item(item: BodyItem): FileChild[] {
    const { AlignmentType } = this.docx;
    const bodySize = this.sizes.body;
    switch (item.kind) {
      case 'title': {
        const runs = item.node ? this.inline(item.node.children, { size: this.sizes.title, bold: true }) : [this.run(item.text, { size: this.sizes.title, bold: true })];
        if (this.layout.formal) {
          return [
            this.centred(FORMAL_TYPE_NAME, { size: FORMAL_SIZES.typeName, bold: true }, { before: 360, after: 0 }),
            this.paragraph(runs, { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
            this.rule(TEXT_WIDTH / 4, TEXT_WIDTH),
            this.paragraph([], { spacing: { after: 120 } }),
          ];
        }
        const alignment = this.layout.language === 'en' ? AlignmentType.CENTER : AlignmentType.LEFT;
        return [this.paragraph(runs, { alignment, spacing: { before: 120, after: 120 } })];
      }
      case 'lead': {
        const bold = !this.layout.formal && this.layout.language === 'vi';
        return [this.paragraph(this.inline(item.node.children, { size: bodySize, bold }), this.bodyParagraph)];
      }
      case 'figure':
        return this.figure(item);
      case 'signature':
        return this.blocks(item.node, { size: bodySize, bold: true }, { alignment: AlignmentType.RIGHT });
      case 'release-line':
        return this.blocks(item.node, { size: bodySize, bold: true }, { spacing: { after: 240 } });
      case 'end-mark':
        return [this.centred(item.text, { size: bodySize }, { before: 240 })];
      case 'contact':
        return this.contactParagraphs(item.contact);
      case 'block':
        return this.blocks(item.node, { size: bodySize }, this.bodyParagraph);
    }
  }

  private figure(item: BodyItem & { kind: 'figure' }): Paragraph[] {
    const { AlignmentType, ImageRun } = this.docx;
    const captionFormat = { size: this.sizes.caption, italics: true };
    const bytes = this.options.loadImage?.(item.url);
    const info = bytes && readImageInfo(bytes);
    let picture: Paragraph;
    if (bytes && info) {
      const scale = Math.min(1, MAX_IMAGE.width / info.width, MAX_IMAGE.height / info.height);
      const transformation = { width: Math.round(info.width * scale), height: Math.round(info.height * scale) };
      const image = new ImageRun({ type: info.type, data: bytes, transformation, altText: { name: item.alt || item.url, description: item.alt, title: item.title ?? item.alt } });
      picture = this.paragraph([image], { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, keepNext: true });
    } else {
      this.missingImages.push(item.url);
      picture = this.centred(localize(MISSING_IMAGE_NOTE, this.lang, { url: item.url }), captionFormat, { before: 120, after: 60 });
    }
    const caption = [item.caption, item.credit].filter(Boolean).join(' ');
    return caption ? [picture, this.centred(caption, captionFormat, { after: 200 })] : [picture];
  }

  /** Converts one Markdown block; lists, quotes and tables keep their shape. */
  private blocks(node: RootContent, format: RunFormat, paragraph: IParagraphOptions, level = 0): FileChild[] {
    switch (node.type) {
      case 'paragraph':
        return [this.paragraph(this.inline(node.children, format), paragraph)];
      case 'heading':
        return [this.paragraph(this.inline(node.children, { ...format, bold: true, size: node.depth <= 2 ? format.size + 1 : format.size }), { spacing: { before: 240, after: 120 }, keepNext: true })];
      case 'list':
        return node.children.flatMap((item, index) => this.listItem(item, node.ordered ? `${(node.start ?? 1) + index}.` : '–', format, level));
      case 'blockquote':
        return node.children.flatMap((child) => this.blocks(child, { ...format, italics: true }, { ...paragraph, indent: { left: FIRST_LINE_INDENT } }, level));
      case 'code':
        return node.value.split('\n').map((line) => this.paragraph([this.run(line, { size: format.size - 2, monospace: true })], { spacing: { after: 0 } }));
      case 'table':
        // Word puts no space after a table: a short empty paragraph keeps the next one off its bottom border.
        return [this.table(node.children, format), new this.docx.Paragraph({ spacing: { before: 0, after: 0, line: 160, lineRule: this.docx.LineRuleType.EXACT } })];
      case 'thematicBreak':
        return [this.rule(TEXT_WIDTH / 3, TEXT_WIDTH)];
      default:
        // Raw HTML, definitions and footnote definitions print nothing.
        return [];
    }
  }

  /** A list item: its first paragraph after the marker, hanging; its other blocks indented alike; nested lists one step in. */
  private listItem(item: ListItem, marker: string, format: RunFormat, level: number): FileChild[] {
    const options = { ...this.bodyParagraph, indent: { left: 360 * (level + 2), hanging: 360 } };
    return item.children.flatMap((child, index) => {
      if (child.type === 'list') return this.blocks(child, format, {}, level + 1);
      if (index === 0 && child.type === 'paragraph') return [this.paragraph([this.run(`${marker}\t`, format), ...this.inline(child.children, format)], options)];
      return this.blocks(child, format, options, level);
    });
  }

  private table(rows: MdastTableRow[], format: RunFormat): Table {
    const { Table, TableRow, WidthType } = this.docx;
    const columns = Math.max(1, ...rows.map((row) => row.children.length));
    const width = Math.floor(TEXT_WIDTH / columns);
    return new Table({
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => width),
      rows: rows.map(
        (row, rowIndex) =>
          new TableRow({
            tableHeader: rowIndex === 0,
            children: row.children.map((cell) => this.cell([this.paragraph(this.inline(cell.children, { ...format, bold: rowIndex === 0 || format.bold }))], width)),
          }),
      ),
    });
  }

  /** Inline Markdown as runs; only http(s) and mailto links become hyperlinks. */
  private inline(nodes: PhrasingContent[], format: RunFormat): ParagraphChild[] {
    return nodes.flatMap((node): ParagraphChild[] => {
      switch (node.type) {
        case 'text':
          return [this.run(node.value.replace(/\s*\n\s*/g, ' '), format)];
        case 'strong':
          return this.inline(node.children, { ...format, bold: true });
        case 'emphasis':
          return this.inline(node.children, { ...format, italics: !format.italics });
        case 'delete':
          return this.inline(node.children, { ...format, strike: true });
        case 'inlineCode':
          return [this.run(node.value, { ...format, monospace: true })];
        case 'break':
          return [new this.docx.TextRun({ break: 1 })];
        case 'link': {
          const runs = this.inline(node.children, { ...format, underline: true });
          return /^(?:https?:|mailto:)/i.test(node.url) ? [new this.docx.ExternalHyperlink({ link: node.url, children: runs })] : runs;
        }
        case 'linkReference':
          return this.inline(node.children, format);
        case 'image':
        case 'imageReference':
          return node.alt ? [this.run(node.alt, format)] : [];
        case 'footnoteReference': {
          const id = this.footnoteId(node.identifier);
          return id === undefined ? [this.run(`[${node.label ?? node.identifier}]`, format)] : [new this.docx.FootnoteReferenceRun(id)];
        }
        default:
          return [];
      }
    });
  }

  /** The Word footnote of a Markdown note, made on its first reference; undefined when the note is not defined. */
  private footnoteId(identifier: string): number | undefined {
    const known = this.footnoteIds.get(identifier);
    if (known !== undefined) return known;
    const note = this.notes.get(identifier);
    if (!note) return undefined;
    const id = this.footnoteIds.size + 1;
    // Registered before its text is converted, so a note that refers to itself ends.
    this.footnoteIds.set(identifier, id);
    const format = { size: this.sizes.caption };
    const children = note.children.flatMap((child) => this.blocks(child, format, { spacing: { after: 0 } }));
    this.footnotes[id] = { children: children.filter((child): child is Paragraph => child instanceof this.docx.Paragraph) };
    return id;
  }

  private signerParagraphs(alignment: IParagraphOptions['alignment']): Paragraph[] {
    const signer = this.layout.signer!;
    const format = { size: FORMAL_SIZES.signer, bold: true };
    const line = (text: string): Paragraph => this.paragraph([this.run(text, format)], { alignment, spacing: { after: 0 } });
    // Room for the handwritten signature and the seal on paper.
    const space = this.layout.formal ? Array.from({ length: 4 }, () => this.paragraph([], { spacing: { after: 0 } })) : [];
    return [...signer.titleLines.map(line), ...space, ...(signer.name ? [line(signer.name)] : [])];
  }

  /** Recipients on the left and the signature block on the right, as in Mẫu 1.4. */
  private closingTable(): Table {
    const widths: [number, number] = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)];
    const recipients = this.layout.recipients;
    const left = recipients
      ? [
          this.paragraph([this.run(RECIPIENTS_LABEL, { size: FORMAL_SIZES.recipientsLabel, bold: true, italics: true })], { spacing: { after: 0 } }),
          ...recipients.entries.map((entry) => this.paragraph([this.run(entry, { size: FORMAL_SIZES.recipient })], { spacing: { after: 0 }, indent: RECIPIENT_INDENT })),
        ]
      : [];
    const right = this.layout.signer ? this.signerParagraphs(this.docx.AlignmentType.CENTER) : [];
    return this.layoutTable(widths, [[[this.paragraph([], { spacing: { after: 120 } }), ...left], [this.paragraph([], { spacing: { after: 120 } }), ...right]]]);
  }

  private contactParagraphs(contact: ContactBlock): Paragraph[] {
    const size = this.layout.formal ? FORMAL_SIZES.contact : this.sizes.small;
    const { BorderStyle } = this.docx;
    const heading = contact.heading ? [this.paragraph([this.run(contact.heading, { size: this.sizes.body, bold: true })], { spacing: { before: 240, after: 60 } })] : [];
    const lines = contact.lines.map((text, index) =>
      this.paragraph([this.run(text, { size })], {
        spacing: { after: 0 },
        // Under a solid line (Phụ lục I): the first line carries the rule.
        ...(index === 0 && !contact.heading ? { border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } } } : {}),
      }),
    );
    return [...heading, ...lines];
  }
}
