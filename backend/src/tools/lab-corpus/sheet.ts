import { A4, type Box, miniPdf, type MiniPdfOptions, type Page, type Text } from './mini-pdf';

type Placed = Omit<Text, 'y'> & { readonly dy?: number };

/**
 * Lays lines out top to bottom over as many A4 pages as they need. A page break repeats the
 * table header the family registered, the way a lab's report continues its table.
 */
export class Sheet {
  private readonly pages: { texts: Text[]; boxes: Box[] }[] = [{ texts: [], boxes: [] }];
  private y = A4.height - 50;
  private repeat: ((sheet: Sheet) => void) | undefined;

  constructor(
    private readonly bottom = 70,
    private readonly footer?: (page: number, pages: number) => Placed[],
  ) {}

  /** What every following page starts with (letterhead line, column titles). */
  continueWith(draw: (sheet: Sheet) => void): void {
    this.repeat = draw;
  }

  /** Starts a new page now (for a report whose layout puts a block on its own page). */
  newPage(): void {
    this.pages.push({ texts: [], boxes: [] });
    this.y = A4.height - 50;
    this.repeat?.(this);
  }

  /** One printed line; `height` is the space it takes, `gap` extra space above it. */
  line(texts: readonly Placed[], options: { height?: number; gap?: number; boxes?: readonly Omit<Box, 'y'>[] } = {}): void {
    const height = (options.height ?? 13) + (options.gap ?? 0);
    if (this.y - height < this.bottom) this.newPage();
    this.y -= height;
    const page = this.pages[this.pages.length - 1];
    for (const t of texts) page.texts.push({ ...t, y: this.y + (t.dy ?? 0) });
    for (const b of options.boxes ?? []) page.boxes.push({ ...b, y: this.y - 3 });
  }

  space(points: number): void {
    this.y -= points;
  }

  pdf(options: MiniPdfOptions = {}): Uint8Array {
    const count = this.pages.length;
    const pages: Page[] = this.pages.map((p, i) => ({
      boxes: p.boxes,
      texts: [...p.texts, ...(this.footer?.(i + 1, count) ?? []).map((t) => ({ ...t, y: 30 }))],
    }));
    return miniPdf(pages, options);
  }

  get pageCount(): number {
    return this.pages.length;
  }
}
