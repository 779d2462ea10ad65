import { loadPdfJs, PdfDocument, PdfTextItem } from './load-pdfjs';
import { PdfEmptyError, PdfEncryptedError, PdfImageOnlyError, PdfUnreadableError } from './pdf-errors';
import { linesOf, PositionedText } from './text-lines';

/** The text of a PDF: printed lines in reading order (columns separated by tabs), joined as `text`. */
export interface PdfText {
  readonly text: string;
  readonly lines: readonly string[];
  readonly pageCount: number;
}

const PDF_MAGIC = '%PDF-';
// The PDF spec allows junk before the header; readers look within the first kilobyte.
const HEADER_WINDOW = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, HEADER_WINDOW)).toString('latin1').includes(PDF_MAGIC);
}

function positioned(item: PdfTextItem): PositionedText | undefined {
  const { str, transform, width } = item;
  if (str === undefined || !transform) return undefined;
  const size = item.height || Math.hypot(transform[2], transform[3]) || 1;
  return { text: str, x: transform[4], y: transform[5], width: width ?? 0, size };
}

async function pageLines(document: PdfDocument, pageNumber: number): Promise<string[]> {
  const page = await document.getPage(pageNumber);
  const { items } = await page.getTextContent();
  page.cleanup();
  return linesOf(items.map(positioned).filter((p): p is PositionedText => p !== undefined));
}

function readError(error: unknown): Error {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return new PdfEncryptedError();
  const message = (error as { message?: string })?.message ?? String(error);
  return new PdfUnreadableError(message, { cause: error });
}

/**
 * Reads the text of a PDF with pdf.js (no worker thread, no eval, no system fonts, no canvas).
 * Throws PdfEmptyError for an empty file, PdfEncryptedError for a password-protected PDF, and
 * PdfImageOnlyError for a scan with no text layer, and PdfUnreadableError for anything that is not a
 * readable PDF (an image renamed .pdf, a truncated file).
 *
 * @example
 * const { lines, pageCount } = await extractPdfText(bytes);
 * lines[0]; // 'OCEAMO'
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  if (bytes.length === 0) throw new PdfEmptyError();
  if (!hasPdfHeader(bytes)) throw new PdfUnreadableError('no PDF header; is it an image or another file type?');
  const pdfjs = await loadPdfJs();
  // pdf.js may take ownership of the buffer it is given; hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if (document.numPages < 1) throw new PdfUnreadableError('the PDF has no pages');
    const lines: string[] = [];
    for (let page = 1; page <= document.numPages; page++) lines.push(...(await pageLines(document, page)));
    if (lines.length === 0) throw new PdfImageOnlyError();
    return { text: lines.join('\n'), lines, pageCount: document.numPages };
  } catch (error) {
    throw error instanceof PdfUnreadableError || error instanceof PdfImageOnlyError ? error : readError(error);
  } finally {
    await task.destroy();
  }
}
