import { generateIcpFixture } from '../../tools/icp-fixtures';
import { extractPdfText } from './extract-pdf-text';
import { PdfUnreadableError } from './pdf-errors';

describe('extractPdfText', () => {
  it('reads every page in reading order, one printed line per line, columns tab-separated', async () => {
    const { bytes, expected } = await generateIcpFixture('OCEAMO');
    const sut = await extractPdfText(bytes);
    expect(sut.pageCount).toBe(2);
    expect(sut.lines.slice(0, 3)).toEqual(['OCEAMO', expect.stringContaining('Oceamo GmbH'), expect.stringContaining('Prüfbericht')]);
    expect(sut.lines).toContain('Element\tSymbol\tMesswert\tEinheit\tReferenzbereich');
    expect(sut.lines.indexOf('Mengenelemente')).toBeLessThan(sut.lines.indexOf('Osmosewasser'));
    expect(sut.text).toBe(sut.lines.join('\n'));
    expect(sut.text).toContain(`Analysenummer: ${expected.analysisNumber}`);
  });

  it('leaves the bytes it was given intact', async () => {
    const { bytes } = await generateIcpFixture('ATI');
    const copy = bytes.slice();
    await extractPdfText(bytes);
    expect(bytes).toEqual(copy);
  });

  // The broken fixtures (empty, encrypted, truncated, PNG) are covered in test/extraction/broken-uploads.spec.ts.
  it('refuses bytes that claim to be a PDF but are not one', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n%%EOF');
    await expect(extractPdfText(junk)).rejects.toBeInstanceOf(PdfUnreadableError);
  });
});
