/**
 * GovPress: Insert Figure. Copies a picture into the figure folder beside
 * the document (setting `govpress.figureFolder`, never overwriting a file)
 * and inserts the figure as the house style writes it: the image, its
 * caption as an emphasis line right under it, a blank line around both.
 * Files go through `workspace.fs`, so it works in the browser too.
 */
import * as vscode from 'vscode';

/** The picture and caption (for scripts and tests); the palette asks for both. */
export interface InsertFigureArguments {
  image?: vscode.Uri;
  caption?: string;
}

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'avif'];
/** A photo credit at the end of a caption (`Quang cảnh hội nghị. Ảnh: Bích Ngọc`): not part of the alt text. */
const CREDIT = /\.?\s*(?:nguồn\s+)?ảnh\s*:.*$/iu;

/** Inserts the figure; resolves to the copied picture, or undefined when the writer cancelled. */
export async function insertFigure(editor: vscode.TextEditor, answers: InsertFigureArguments = {}): Promise<vscode.Uri | undefined> {
  const { document } = editor;
  if (document.isUntitled) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Save the document first: the picture is copied into a folder beside it.'));
    return undefined;
  }
  const folder = figureFolder(document.uri);
  if (folder === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The setting govpress.figureFolder must name a folder inside the document’s folder, such as "images".'));
    return undefined;
  }
  const documentFolder = vscode.Uri.joinPath(document.uri, '..');
  const image = answers.image ?? (await pickImage(documentFolder));
  if (!image) return undefined;
  const caption = (answers.caption ?? (await askCaption()))?.trim();
  if (!caption) return undefined;

  const targetFolder = vscode.Uri.joinPath(documentFolder, ...folder);
  await vscode.workspace.fs.createDirectory(targetFolder);
  const fileName = await freeFileName(targetFolder, portableFileName(baseName(image)));
  const target = vscode.Uri.joinPath(targetFolder, fileName);
  // Read and write rather than copy: the picture may come from another file system (the local disk in a browser).
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(image));

  const markup = figureMarkup([...folder, fileName].join('/'), caption);
  const position = editor.selection.active;
  await editor.edit((builder) => builder.insert(position, surroundWithBlankLines(document, position, markup)));
  return target;
}

/** The setting as path segments under the document's folder; undefined when it leaves that folder. */
function figureFolder(scope: vscode.Uri): string[] | undefined {
  const setting = vscode.workspace.getConfiguration('govpress', scope).get<string>('figureFolder', 'images');
  if (/^(?:[\\/]|[a-z]:)/i.test(setting)) return undefined;
  const segments = setting.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  return segments.includes('..') ? undefined : segments;
}

async function pickImage(defaultUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Insert Figure'),
    openLabel: vscode.l10n.t('Insert'),
    canSelectMany: false,
    defaultUri,
    filters: { [vscode.l10n.t('Images')]: IMAGE_EXTENSIONS },
  });
  return picked?.[0];
}

function askCaption(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Insert Figure'),
    prompt: vscode.l10n.t('Caption: who the photo shows, doing what, where (a credit may follow: ". Ảnh: Name")'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A photo needs a caption.')),
  });
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * `Ảnh hội nghị 01.JPG` → `anh-hoi-nghi-01.jpg`: portal editors and Markdown
 * links break on spaces and accented letters in file names.
 */
export function portableFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const ascii = stem
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${ascii || 'anh'}${extension}`;
}

/** `name.jpg`, or `name-2.jpg`, `name-3.jpg`… when taken: an existing picture is never replaced. */
async function freeFileName(folder: vscode.Uri, name: string): Promise<string> {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let number = 1; ; number++) {
    const candidate = number === 1 ? name : `${stem}-${number}${extension}`;
    if (!(await exists(vscode.Uri.joinPath(folder, candidate)))) return candidate;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}

/** `![alt](path)` and the caption line; the alt text is the caption without its credit. */
export function figureMarkup(path: string, caption: string): string {
  const alt = caption.replace(CREDIT, '').trim() || caption;
  // A folder setting with spaces (`hình ảnh`) needs the angle-bracket form of a link destination.
  const destination = /[\s()<>]/.test(path) ? `<${path}>` : path;
  return `![${alt.replace(/[\\[\]]/g, '\\$&')}](${destination})\n*${caption.replace(/[\\*]/g, '\\$&')}*`;
}

/** The figure as a block of its own: a blank line before and after it, whatever surrounds the cursor. */
function surroundWithBlankLines(document: vscode.TextDocument, position: vscode.Position, markup: string): string {
  const before = document.getText(new vscode.Range(new vscode.Position(0, 0), position)).replace(/\r/g, '');
  const after = document.getText(new vscode.Range(position, document.lineAt(document.lineCount - 1).range.end)).replace(/\r/g, '');
  const opening = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const closing = after.startsWith('\n\n') ? '' : after === '' || after.startsWith('\n') ? '\n' : '\n\n';
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  return `${opening}${markup}${closing}`.replace(/\n/g, eol);
}
