import { PDFDocument } from 'pdf-lib';
import { ICP_LABS } from '../../src/domain/extraction';
import { BROKEN_FIXTURES, generateBrokenIcpFixture, generateIcpFixture } from '../../src/tools/icp-fixtures';

describe('the ICP fixture generator', () => {
  it.each(ICP_LABS)('writes the same %s PDF for the same seed and another for another seed', async (lab) => {
    const [a, b, c] = await Promise.all([
      generateIcpFixture(lab, { seed: 5 }),
      generateIcpFixture(lab, { seed: 5 }),
      generateIcpFixture(lab, { seed: 6 }),
    ]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes))).toBe(false);
    expect(a.expected).toEqual(b.expected);
  });

  it('gives the PDF a creation date after the sample date', async () => {
    const { bytes, expected } = await generateIcpFixture('OCEAMO', { sampleDate: '2025-04-02' });
    const created = (await PDFDocument.load(bytes)).getCreationDate()?.toISOString().slice(0, 10);
    expect(expected.sampleDate).toBe('2025-04-02');
    expect(created && created > '2025-04-02').toBe(true);
  });

  it('covers the whole panel of each lab, RO rows included where the lab tests RO water', async () => {
    const counts = await Promise.all(ICP_LABS.map(async (lab) => [lab, (await generateIcpFixture(lab)).expected.elements.length]));
    expect(Object.fromEntries(counts)).toEqual({ OCEAMO: 56, TRITON: 55, ATI: 39, FAUNA_MARIN: 58 });
  });

  it.each(BROKEN_FIXTURES)('writes the broken %s fixture deterministically', async (kind) => {
    const [a, b] = await Promise.all([generateBrokenIcpFixture(kind), generateBrokenIcpFixture(kind)]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
