import { PDFDocument, PDFFont, PDFPage, StandardFonts } from 'pdf-lib';

/** One piece of text at a column: left-aligned at `x`, or right-aligned so it ends at `x`. */
export interface Cell {
  readonly text: string;
  readonly x: number;
  readonly align?: 'left' | 'right';
}

/** One printed line of a report page. */
export interface ReportLine {
  readonly cells: readonly Cell[];
  readonly bold?: boolean;
  readonly size?: number;
  /** Extra space above the line, in points. */
  readonly gapBefore?: number;
}

export interface ReportDocument {
  readonly title: string;
  readonly author: string;
  /** The PDF's own creation date: deliberately not the sample date. */
  readonly created: Date;
  readonly header: readonly ReportLine[];
  /** What each following page repeats at its top (lab name, analysis number, column titles). */
  readonly continuation: readonly ReportLine[];
  readonly body: readonly ReportLine[];
  readonly footer: (page: number, pages: number) => ReportLine;
}

const PAGE: [number, number] = [595.28, 841.89];
const TOP = 800;
const BOTTOM = 70;
const FOOTER_Y = 36;

interface Placed {
  readonly line: ReportLine;
  readonly y: number;
}

const heightOf = (line: ReportLine) => (line.size ?? 9) + 4 + (line.gapBefore ?? 0);

// Lays the lines out page by page first, so footers can say "page 1 of 2".
function paginate(doc: ReportDocument): Placed[][] {
  const pages: Placed[][] = [];
  let page: Placed[] = [];
  let y = TOP;
  const place = (line: ReportLine) => {
    y -= heightOf(line);
    page.push({ line, y });
  };
  doc.header.forEach(place);
  for (const line of doc.body) {
    if (y - heightOf(line) < BOTTOM) {
      pages.push(page);
      page = [];
      y = TOP;
      doc.continuation.forEach(place);
    }
    place(line);
  }
  pages.push(page);
  return pages;
}

function draw(page: PDFPage, line: ReportLine, y: number, fonts: { regular: PDFFont; bold: PDFFont }) {
  const font = line.bold ? fonts.bold : fonts.regular;
  const size = line.size ?? 9;
  for (const cell of line.cells) {
    const width = cell.align === 'right' ? font.widthOfTextAtSize(cell.text, size) : 0;
    page.drawText(cell.text, { x: cell.x - width, y, size, font });
  }
}

/**
 * Writes a report as an A4 PDF with Helvetica text that pdf.js can extract, deterministically: the
 * same document always gives the same bytes.
 *
 * @example await writeReportPdf({ title, author, created, header, continuation, body, footer })
 */
export async function writeReportPdf(doc: ReportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setAuthor(doc.author);
  pdf.setCreator(doc.author);
  pdf.setProducer('RaM ICP fixture generator');
  pdf.setCreationDate(doc.created);
  pdf.setModificationDate(doc.created);
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const pages = paginate(doc);
  pages.forEach((placed, i) => {
    const page = pdf.addPage(PAGE);
    for (const { line, y } of placed) draw(page, line, y, fonts);
    draw(page, doc.footer(i + 1, pages.length), FOOTER_Y, fonts);
  });
  return pdf.save();
}
