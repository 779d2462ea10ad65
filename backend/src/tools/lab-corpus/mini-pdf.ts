import { createHash } from 'node:crypto';

// A deliberately small PDF writer for the lab-report corpus. It shares nothing with the parser or
// with src/tools/icp-fixtures (which uses pdf-lib): it writes PDF objects by hand, with the two
// standard Helvetica faces in WinAnsi encoding, so the corpus is drawn by a different hand.

/** One piece of text on a page, in points from the bottom left. */
export interface Text {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size?: number;
  readonly bold?: boolean;
  /** Right-aligned texts end at `x`. */
  readonly align?: 'left' | 'right';
}

/** A stroked rectangle (a box round a symbol, a table rule). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Page {
  readonly texts: readonly Text[];
  readonly boxes?: readonly Box[];
  /** A grey raster covering the page instead of text: what a scanner produces. */
  readonly scan?: boolean;
}

export interface MiniPdfOptions {
  readonly title?: string;
  /** Adds a Standard security handler whose user password is not empty. */
  readonly encrypted?: boolean;
}

export const A4 = { width: 595, height: 842 } as const;

// Helvetica advance widths (per 1000 em) for the characters the corpus prints most; others 556.
const NARROW: Readonly<Record<string, number>> = {
  ' ': 278,
  ',': 278,
  '.': 278,
  ':': 278,
  ';': 278,
  '/': 278,
  '-': 333,
  '(': 333,
  ')': 333,
  i: 222,
  l: 222,
  j: 222,
  f: 278,
  t: 278,
  r: 333,
  I: 278,
  '<': 584,
  '>': 584,
  '%': 889,
  m: 833,
  w: 722,
  M: 833,
  W: 944,
  µ: 556,
  '–': 556,
};

/** Width of a text in Helvetica at a size, close enough to right-align figures. */
export function textWidth(text: string, size: number, bold = false): number {
  const em = [...text].reduce((sum, ch) => sum + (NARROW[ch] ?? 556), 0);
  return (em * size * (bold ? 1.04 : 1)) / 1000;
}

const WIN_ANSI_EXTRA: Readonly<Record<string, number>> = { '–': 0x96, '—': 0x97, '€': 0x80, '‰': 0x89, '’': 0x92, '•': 0x95 };

function winAnsi(text: string): Buffer {
  const bytes = [...text].map((ch) => {
    const extra = WIN_ANSI_EXTRA[ch];
    if (extra !== undefined) return extra;
    const code = ch.codePointAt(0) ?? 63;
    return code < 256 ? code : 63;
  });
  return Buffer.from(bytes);
}

function pdfString(text: string): string {
  return `(${winAnsi(text)
    .toString('latin1')
    .replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function contentOf(page: Page): string {
  if (page.scan) return `q ${A4.width - 60} 0 0 ${A4.height - 80} 30 40 cm /Scan Do Q`;
  const ops: string[] = [];
  for (const box of page.boxes ?? []) ops.push(`0.5 w ${box.x} ${box.y} ${box.width} ${box.height} re S`);
  for (const t of page.texts) {
    const size = t.size ?? 9;
    const x = t.align === 'right' ? t.x - textWidth(t.text, size, t.bold) : t.x;
    ops.push(`BT /${t.bold ? 'F2' : 'F1'} ${size} Tf ${x.toFixed(2)} ${t.y.toFixed(2)} Td ${pdfString(t.text)} Tj ET`);
  }
  return ops.join('\n');
}

/**
 * Writes a PDF with the given pages.
 *
 * @example miniPdf([{ texts: [{ text: 'Kupfer', x: 50, y: 700 }] }])
 */
export function miniPdf(pages: readonly Page[], options: MiniPdfOptions = {}): Uint8Array {
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer) => objects.push(body) && objects.length;
  const catalog = add('');
  const pagesId = add('');
  const helvetica = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const side = 64;
  const pixels = Buffer.alloc(side * side, 0);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 200 + ((i * 7919) % 50);
  const scan = add(
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`,
      ),
      pixels,
      Buffer.from('\nendstream'),
    ]),
  );
  const pageIds = pages.map((page) => {
    const content = contentOf(page);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 ${helvetica} 0 R /F2 ${bold} 0 R >> /XObject << /Scan ${scan} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const info = add(`<< /Title ${pdfString(options.title ?? 'Report')} /Producer (lab-corpus mini-pdf) >>`);
  const fileId = createHash('md5')
    .update(options.title ?? 'Report')
    .digest('hex');
  // Random-looking O and U entries: no empty user password opens them, so readers ask for one.
  const encrypt = options.encrypted
    ? add(
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -3904 /O <${createHash('sha256').update('owner').digest('hex')}> /U <${createHash('sha256').update('user').digest('hex')}> >>`,
      )
    : undefined;

  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R /ID [<${fileId}> <${fileId}>]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
